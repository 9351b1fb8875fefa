"""``backup``: a consistent copy of the database now (the app also makes one a day by itself)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import app_context, fail, print_json

ORDER = 60


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", help="copie la base de données maintenant (dossier des sauvegardes)"
    )
    backup.add_argument("--json", action="store_true", help="sortie JSON")
    backup.set_defaults(handler=backup_command)


def backup_command(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        outcome = context.backups.backup_now()
    if outcome.path is None:
        return fail(
            "la base n'est pas un fichier SQLite local : sauvegardez le serveur avec ses propres outils."
        )
    if args.json:
        print_json({"path": str(outcome.path)})
    else:
        print(f"Sauvegarde écrite : {outcome.path}")
    return 0
