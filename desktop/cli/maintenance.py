"""``backup``, ``backups`` and ``restore``: copies of the database, listed and put back.

``restore`` works on a database that no longer opens (that is when it is needed): it does not open the
application's services, only reads the backup folder chosen in the settings when the database still can.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, app_context, fail, print_json

if TYPE_CHECKING:
    from desktop.paths import AppPaths
    from desktop.services.housekeeping import HousekeepingReport
    from desktop.services.restore import BackupCopy, RestoreService

ORDER = 60

#: How a kind of copy is named in the listing.
KIND_LABELS = {
    "daily": "quotidienne",
    "manual": "manuelle",
    "before_migration": "avant mise à jour",
    "before_restore": "avant restauration",
    "damaged": "base endommagée (gardée)",
    "other": "autre",
}


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", help="copie la base de données maintenant (dossier des sauvegardes)"
    )
    backup.add_argument("--json", action="store_true", help="sortie JSON")
    backup.set_defaults(handler=backup_command)

    listing = subparsers.add_parser(
        "backups", help="liste les sauvegardes (date, taille, nombre de clients), la plus récente d'abord"
    )
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=backups_command)

    restore = subparsers.add_parser(
        "restore",
        help="remplace la base par une sauvegarde, après l'avoir vérifiée (la base actuelle est gardée)",
        description="Restaure une sauvegarde : la base actuelle est d'abord copiée dans le dossier des "
        "sauvegardes, puis la sauvegarde est vérifiée (intégrité, version) et mise à sa place. Fermez "
        "Comptoir et « dispatch » avant.",
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FICHIER", help="la sauvegarde à restaurer")
    which.add_argument("--latest", action="store_true", help="la plus récente sauvegarde utilisable")
    restore.add_argument("--json", action="store_true", help="sortie JSON")
    restore.set_defaults(handler=restore_command)


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


def backups_command(args: argparse.Namespace) -> int:
    from desktop.core.text import file_size

    service = restore_service(args)
    copies = service.copies()
    if args.json:
        print_json([copy_json(c) for c in copies])
        return 0
    if not copies:
        print("Aucune sauvegarde dans " + ", ".join(str(f) for f in service.folders()) + ".")
    for copy in copies:
        clients = "?" if copy.clients is None else f"{copy.clients}"
        print(
            f"{_when(copy)}  {KIND_LABELS[copy.kind.value]:<26} {file_size(copy.size):>9}  "
            f"{clients:>7} clients  {copy.path}"
        )
    return 0


def restore_command(args: argparse.Namespace) -> int:
    from desktop.core import catalogue

    service = restore_service(args)
    if args.latest:
        latest = service.latest_usable()
        if latest is None:
            folder = service.folders()[-1] if service.available else ""
            raise CommandError(catalogue.explain("restore_no_backup", folder=folder))
        chosen = latest.path
    else:
        chosen = Path(args.file).expanduser()
    outcome = service.restore(chosen)
    if args.json:
        print_json(
            {
                "restored": copy_json(outcome.restored),
                "safety_copy": str(outcome.safety_copy) if outcome.safety_copy else None,
                "migrated_from": outcome.migrated_from,
                "rechecked_messages": outcome.rechecked,
            }
        )
        return 0
    copy = outcome.restored
    print(f"Sauvegarde du {_when(copy)} restaurée ({copy.clients} clients).")
    if outcome.safety_copy is not None:
        print(f"La base remplacée est gardée : {outcome.safety_copy}")
    if outcome.migrated_from:
        print("Elle venait d'une version précédente de Comptoir : elle a été mise à jour.")
    if outcome.rechecked:
        print(
            f"{outcome.rechecked} SMS en attente dans cette sauvegarde seront vérifiés auprès du fournisseur "
            "avant tout envoi (ils sont peut-être partis depuis)."
        )
    return 0


def restore_service(args: argparse.Namespace) -> RestoreService:
    """The restore service for the data folder of ``args``, with the backup folder chosen in the settings
    when the database opens (a damaged one does not: then only the data folder's ``backups``)."""
    from desktop import logs
    from desktop.core.clock import SystemClock
    from desktop.paths import resolve
    from desktop.services.restore import RestoreService
    from desktop.storage.errors import StorageError

    paths = resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    paths.ensure()  # DataFolderError: explained by the command line's handler
    logs.setup(paths.log_dir)
    chosen: list[Path] = []
    if paths.db_file is not None and paths.db_file.exists():
        from desktop.context import open_context

        try:
            context = open_context(paths)
        except StorageError:
            pass  # the database does not open: the copies are looked for where they are by default
        else:
            try:
                chosen.append(context.backups.folder())
            except StorageError:
                pass
            finally:
                context.close()
    return RestoreService(paths, SystemClock(), folders=lambda: chosen)


def damaged_database_hint(paths: AppPaths) -> str:
    """What to run when the database is damaged: the exact ``restore`` command for the newest usable copy,
    or "" when there is none."""
    from desktop.core import catalogue
    from desktop.core.clock import SystemClock
    from desktop.services.restore import RestoreService, restore_command

    service = RestoreService(paths, SystemClock())
    latest = service.latest_usable() if service.available else None
    if latest is None:
        return ""
    return catalogue.explain(
        "restore_latest_hint",
        when=_when(latest),
        clients=latest.clients,
        command=restore_command(paths, latest),
    )


def housekeeping_lines(reports: Sequence[HousekeepingReport]) -> list[str]:
    """``dispatch``'s words for the daily upkeep it did (one line per run)."""
    from desktop.core import catalogue
    from desktop.services.housekeeping import Integrity

    lines = []
    for done in reports:
        when = done.at.astimezone().strftime("%d/%m %H:%M")
        if done.backup is not None:
            backup = f"sauvegarde écrite ({done.backup})"
        elif done.backup_skipped == "not_due":
            backup = "sauvegarde du jour déjà faite"
        elif done.backup_skipped == "not_sqlite":
            backup = "pas de sauvegarde (base sur un serveur)"
        elif done.backup_skipped == "damaged":
            backup = "pas de sauvegarde d'une base endommagée (les précédentes sont gardées)"
        else:
            backup = "sauvegarde impossible"
        purged = f"textes effacés : {done.purged_messages} message(s), {done.purged_replies} réponse(s)"
        integrity = {
            Integrity.OK: "base vérifiée : intacte",
            Integrity.DAMAGED: "base vérifiée : ENDOMMAGÉE, restaurez une sauvegarde (python main.py backups)",
            Integrity.NOT_CHECKED: "vérification laissée au serveur",
        }[done.integrity]
        lines.append(f"Entretien du {when} : {backup} ; {purged} ; {integrity}.")
        for code in done.errors:
            reason = catalogue.explain(code) if catalogue.has(code) else code
            lines.append(f"  {code} : {reason}")
    return lines


def copy_json(copy: BackupCopy) -> dict[str, Any]:
    return {
        "path": str(copy.path),
        "kind": copy.kind.value,
        "taken_at": copy.taken_at.isoformat(),
        "size": copy.size,
        "clients": copy.clients,
        "revision": copy.revision,
    }


def _when(copy: BackupCopy) -> str:
    return copy.taken_at.astimezone().strftime("%d/%m/%Y %H:%M")
