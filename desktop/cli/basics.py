"""``segments`` and ``clients``: read-only commands."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import app_context, print_json
from desktop.core import sms
from desktop.core.entities import ClientQuery, ConsentState

ORDER = 10


def register(subparsers: Any) -> None:
    seg = subparsers.add_parser(
        "segments", help="encodage, unités, nombre de SMS et caractères Unicode d'un texte"
    )
    seg.add_argument("text", metavar="TEXTE")
    seg.add_argument("--json", action="store_true", help="sortie JSON")
    seg.set_defaults(handler=segments)

    cli = subparsers.add_parser("clients", help="liste les clients")
    cli.add_argument("--search", metavar="TEXTE", default="", help="nom, numéro ou e-mail")
    cli.add_argument("--limit", type=int, default=50, metavar="N")
    cli.add_argument("--json", action="store_true", help="sortie JSON")
    cli.set_defaults(handler=clients)


def segments(args: argparse.Namespace) -> int:
    result = sms.analyze(args.text)
    data = {
        "encoding": result.encoding,
        "units": result.units,
        "segments": result.segments,
        "characters": result.characters,
        "non_gsm": list(result.non_gsm),
        "parts": list(result.parts),
    }
    if args.json:
        print_json(data)
    else:
        print(f"Encodage : {result.encoding}")
        print(f"Unités : {result.units}")
        print(f"SMS : {result.segments}")
        if result.non_gsm:
            print("Caractères qui imposent l'Unicode : " + " ".join(repr(c) for c in result.non_gsm))
    return 0


def clients(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        ids = context.clients.search_ids(ClientQuery(text=args.search))[: max(args.limit, 0)]
        found = context.clients.get_many(ids)
    by_id = {c.id: c for c in found}
    rows = [
        {
            "id": c.id,
            "first_name": c.first_name,
            "last_name": c.last_name,
            "mobile": c.mobile,
            "email": c.email,
            "promotional_consent": c.promotional_consent is ConsentState.GRANTED,
        }
        for c in (by_id[i] for i in ids if i in by_id)
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            consent = "oui" if row["promotional_consent"] else "non"
            name = f"{row['last_name']} {row['first_name']}".strip()
            print(
                f"{row['id']:>6}  {name:<30} {row['mobile'] or '':<14} {row['email']:<30} promo : {consent}"
            )
        if not rows:
            print("Aucun client.")
    return 0
