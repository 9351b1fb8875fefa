"""A client's data: the handlers of ``client export ID FILE`` and ``client erase ID`` (registered with the
other ``client`` actions in :mod:`desktop.cli.client`); the consent register (``consents``); the prospects
quiet for three years (``prospects``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, app_context, print_json

if TYPE_CHECKING:
    from desktop.services.privacy import ConsentAuditLine

ORDER = 25


def register(subparsers: Any) -> None:
    consents = subparsers.add_parser(
        "consents", help="registre des consentements : chaque accord ou refus, qui, quand, comment"
    )
    consents.add_argument("--client", type=int, metavar="ID", help="seulement ce client")
    consents.add_argument(
        "--limit", type=int, default=100, metavar="N", help="les N plus récents (défaut 100)"
    )
    consents.add_argument("--export", metavar="FICHIER", help="enregistre tout le registre (.xlsx ou .csv)")
    consents.add_argument("--json", action="store_true", help="sortie JSON")
    consents.set_defaults(handler=consents_command)

    prospects = subparsers.add_parser(
        "prospects",
        help="prospects sans contact de leur part depuis 3 ans (à relancer ou à effacer)",
    )
    prospects.add_argument("--json", action="store_true", help="sortie JSON")
    prospects.set_defaults(handler=prospects_command)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def export_command(args: argparse.Namespace) -> int:
    from desktop.storage.errors import NotFoundError

    with app_context(args) as context:
        try:
            written = context.privacy.export_client(args.client_id, args.file)
        except NotFoundError as exc:
            raise CommandError(f"aucun client n° {args.client_id}.") from exc
    path = str(Path(written).resolve())
    if args.json:
        print_json({"client_id": args.client_id, "file": path})
    else:
        print(f"Données du client n° {args.client_id} exportées dans {path}")
    return 0


def erase_command(args: argparse.Namespace) -> int:
    from desktop.core import catalogue
    from desktop.storage.errors import NotFoundError

    with app_context(args) as context:
        try:
            client = context.clients.get(args.client_id)
        except NotFoundError as exc:
            raise CommandError(f"aucun client n° {args.client_id}.") from exc
        if not args.yes and not _confirmed(client.display_name):
            raise CommandError(catalogue.explain("erase_needs_confirmation"))
        done = context.privacy.erase(args.client_id, recorded_by=args.by)
    if args.json:
        print_json(
            {
                "client_id": done.client_id,
                "messages_anonymised": done.messages_anonymised,
                "messages_cancelled": done.messages_cancelled,
                "replies_anonymised": done.replies_anonymised,
                "consent_events_kept": done.consent_events_kept,
                "appointments_deleted": done.appointments_deleted,
                "orders_deleted": done.orders_deleted,
                "number_suppressed": done.number_suppressed,
            }
        )
        return 0
    print(f"Client n° {done.client_id} effacé.")
    print(
        f"{done.messages_anonymised} SMS et {done.replies_anonymised} réponse(s) gardés sans numéro ni texte "
        f"(statistiques) ; {done.messages_cancelled} SMS en attente annulé(s) ; "
        f"{done.consent_events_kept} ligne(s) du registre des consentements rendue(s) anonyme(s)."
    )
    if done.number_suppressed:
        print("Son numéro reste en liste d'opposition : un nouvel import ne lui enverra pas de promotions.")
    return 0


def _confirmed(name: str) -> bool:
    """Ask on a terminal; never on a pipe (a script must say --yes)."""
    if not sys.stdin.isatty():
        return False
    answer = input(f"Effacer définitivement {name} ? Tapez « oui » pour confirmer : ")
    return answer.strip().lower() == "oui"


def consents_command(args: argparse.Namespace) -> int:

    with app_context(args) as context:
        if args.export:
            count = context.privacy.export_consent_register(args.export)
            path = str(Path(args.export).resolve())
            if args.json:
                print_json({"file": path, "lines": count})
            else:
                print(f"{count} ligne(s) du registre exportée(s) dans {path}")
            return 0
        lines = context.privacy.consent_register(limit=max(args.limit, 0), client_id=args.client)
    if args.json:
        print_json([_line_json(line) for line in lines])
        return 0
    if not lines:
        print("Aucun consentement enregistré.")
    for line in lines:
        print(_line_text(line))
    return 0


def _line_json(line: ConsentAuditLine) -> dict[str, Any]:
    from desktop.services.privacy import ERASURE

    return {
        "id": line.id,
        "at": line.at.isoformat(),
        "client_id": line.client_id,
        "client": line.client_name,
        "purpose": line.purpose.value,
        "state": line.state.value,
        "source": line.source.value,
        "wording": line.wording,
        "recorded_by": line.recorded_by,
        "erasure": line.reference == ERASURE,
    }


def _line_text(line: ConsentAuditLine) -> str:
    from desktop.core import catalogue
    from desktop.services.privacy import ERASURE

    who = line.client_name if line.client_id is not None else catalogue.explain("privacy_erased_client")
    what = (
        f"{catalogue.explain('consent_purpose_' + line.purpose.value)} : "
        f"{catalogue.explain('consent_state_' + line.state.value)}"
    )
    how = catalogue.explain("consent_source_" + line.source.value)
    if line.reference == ERASURE:
        how += " — " + catalogue.explain("privacy_erasure")
    text = f"{line.at.astimezone().strftime('%d/%m/%Y %H:%M')}  {who:<28} {what:<32} {how}"
    if line.recorded_by:
        text += f" (par {line.recorded_by})"
    if line.wording:
        text += f" — « {line.wording} »"
    return text


def prospects_command(args: argparse.Namespace) -> int:
    from desktop.core.phones import format_national

    with app_context(args) as context:
        found = context.privacy.quiet_prospects()
    if args.json:
        print_json(
            [
                {
                    "client_id": p.client_id,
                    "name": p.name,
                    "mobile": p.mobile,
                    "created_at": p.created_at.isoformat(),
                    "last_activity": p.last_activity.isoformat(),
                }
                for p in found
            ]
        )
        return 0
    if not found:
        print("Aucun prospect sans contact depuis 3 ans.")
        return 0
    print(f"{len(found)} prospect(s) sans contact de leur part depuis 3 ans : demandez-leur à nouveau leur")
    print("accord, ou effacez-les (python main.py client erase ID).")
    for p in found:
        mobile = format_national(p.mobile) if p.mobile else ""
        since = p.last_activity.astimezone().strftime("%d/%m/%Y")
        print(f"{p.client_id:>6}  {p.name:<30} {mobile:<16} dernier contact : {since}")
    return 0
