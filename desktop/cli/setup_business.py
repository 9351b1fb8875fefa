"""``setup``: what the first-start wizard does, without the window.

The business's identity, sector and area are saved through the wizard's own service function
(:func:`desktop.services.setup.apply_first_run`): the sector's template presets are installed, an account is
the default (the built-in simulator until a real one is added), and the first start counts as done — the
window then opens on the client list. Run again, it changes what is given and keeps the rest.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from desktop.cli.common import CommandError, app_context, print_json
from desktop.core import catalogue
from desktop.core.entities import Sector

ORDER = 5

_SECTORS = {
    Sector.OPTICIAN: "opticien",
    Sector.CLINIC: "cabinet médical ou paramédical",
    Sector.CRAFTSMAN: "artisan",
    Sector.OTHER: "autre commerce",
}


def register(subparsers: Any) -> None:
    setup = subparsers.add_parser(
        "setup", help="prépare Comptoir sans la fenêtre : commerce, métier et ses modèles, zone"
    )
    setup.add_argument(
        "--sector", required=True, choices=[s.value for s in Sector], help="métier (modèles de messages)"
    )
    setup.add_argument(
        "--business-name", metavar="NOM", help="nom du commerce (obligatoire la première fois)"
    )
    setup.add_argument("--address", metavar="ADRESSE", help="adresse du commerce")
    setup.add_argument("--phone", metavar="NUMÉRO", help="téléphone du commerce")
    setup.add_argument(
        "--region", metavar="RÉGION", help="FR (par défaut) ou un territoire d'outre-mer : RE, GP, MQ…"
    )
    setup.add_argument("--subdiv", metavar="DÉPARTEMENT", help="département (57, 67 et 68 : Alsace-Moselle)")
    setup.add_argument("--sender", metavar="EXPÉDITEUR", help="nom d'expéditeur des SMS (3 à 11 caractères)")
    setup.add_argument("--json", action="store_true", help="sortie JSON")
    setup.set_defaults(handler=setup_command)


def setup_command(args: argparse.Namespace) -> int:
    from desktop.services import setup

    with app_context(args) as context:
        try:
            current = context.settings.get()
            business = current.business
            area = setup.area_of(args.region, args.subdiv, business.area)
            given = {
                "name": args.business_name,
                "address": args.address,
                "phone": args.phone,
            }
            business = replace(
                business,
                sector=Sector(args.sector),
                area=area,
                **{k: v.strip() for k, v in given.items() if v is not None},
            )
            sender = args.sender if args.sender is not None else current.sender
            answers = setup.FirstRunAnswers(business=business, sender=sender)
            result = setup.apply_first_run(context.settings, context.templates, context.accounts, answers)
        except setup.SettingsInvalidError as exc:
            lines = [catalogue.explain(p.code, **dict(p.params)) for p in exc.problems]
            raise CommandError("\n".join(lines)) from exc
        finally:
            context.accounts.close()
    saved = result.settings.business
    if args.json:
        print_json(
            {
                "business_name": saved.name,
                "address": saved.address,
                "phone": saved.phone,
                "sector": saved.sector.value,
                "area": saved.area,
                "region": saved.region,
                "sender": result.settings.sender,
                "templates_installed": result.templates_installed,
                "default_account": result.default_account.name,
            }
        )
        return 0
    print(f"Comptoir est prêt pour « {saved.name} » ({_SECTORS[saved.sector]}).")
    print(f"Modèles de messages ajoutés : {result.templates_installed}.")
    print(f"Les SMS partiront par le compte « {result.default_account.name} ».")
    return 0
