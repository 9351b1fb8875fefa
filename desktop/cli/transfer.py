"""``import`` and ``export``: client files in and out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import CommandError, app_context, print_json

ORDER = 20


def register(subparsers: Any) -> None:
    imp = subparsers.add_parser(
        "import",
        help="importe des clients depuis un classeur (.xlsx, .xls, .ods), un CSV ou une vCard",
        description="Importe des clients ; les colonnes sont reconnues d'après leur titre (Nom, Prénom, "
        "Portable, E-mail…). Les doublons sont détectés sur le numéro de portable.",
    )
    imp.add_argument("file", metavar="FICHIER")
    imp.add_argument("--sheet", metavar="FEUILLE", help="feuille à importer (par défaut : la première)")
    imp.add_argument(
        "--dry-run", action="store_true", help="montre ce qui serait fait, sans rien enregistrer"
    )
    imp.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "overwrite"),
        default="skip",
        help="client déjà connu : l'ignorer (défaut), compléter ses champs vides, ou les remplacer",
    )
    imp.add_argument("--batch-size", type=int, default=5000, metavar="N", help="lignes par transaction")
    imp.add_argument(
        "--report", metavar="RAPPORT.xlsx", help="enregistre le rapport détaillé (.xlsx ou .csv)"
    )
    imp.add_argument("--json", action="store_true", help="sortie JSON")
    imp.set_defaults(handler=import_file)

    exp = subparsers.add_parser("export", help="exporte les clients ou les messages en .xlsx ou .csv")
    exp.add_argument("table", choices=("clients", "messages"), metavar="clients|messages")
    exp.add_argument("file", metavar="FICHIER", help="fichier .xlsx ou .csv (le format suit l'extension)")
    exp.add_argument("--json", action="store_true", help="sortie JSON")
    exp.set_defaults(handler=export)


def _explain(code: str, params: dict[str, str]) -> str:
    from desktop.core import catalogue

    return catalogue.explain(code, **params)


def import_file(args: argparse.Namespace) -> int:
    # Parse the sheet while the database opens: python-calamine works without holding the GIL.
    from desktop.services.importing.formats import Prefetch
    from desktop.services.importing.report import DuplicatePolicy, ImportOptions, RunStatus

    prefetch = Prefetch(args.file, args.sheet)
    taken = False
    try:
        with app_context(args) as context:
            options = ImportOptions(
                on_duplicate=DuplicatePolicy(args.on_duplicate),
                dry_run=args.dry_run,
                batch_size=max(args.batch_size, 1),
            )
            taken = True
            report = context.importer.run(args.file, sheet=args.sheet, options=options, prefetched=prefetch)
            if args.report:
                _save_report(report, args.report)
    finally:
        if not taken:
            prefetch.discard()
    if args.json:
        print_json(report.to_json())
    else:
        _print_report(report)
    if report.status is not RunStatus.COMPLETED:
        raise CommandError(report.error_message() or _explain("import_cancelled", {}))
    return 0


def _save_report(report: Any, path: str) -> None:
    from desktop.services.exporter import export_report

    export_report(report, path)


def _print_report(report: Any) -> None:
    print(f"Fichier : {report.file} — feuille « {report.sheet} »")
    for code, params in report.notices:
        print(_explain(code, params))
    if report.dry_run:
        print("Simulation : rien n'a été enregistré.")
    print(f"Importés : {report.imported}")
    print(f"Mis à jour : {report.updated}")
    print(f"Doublons ignorés : {report.skipped_duplicates}")
    print(f"Refusés : {report.rejected}")
    for title, issues in (("Lignes refusées", report.errors), ("Avertissements", report.warnings)):
        if issues:
            print(f"{title} :")
        for issue in issues[:200]:
            where = f"ligne {issue.row}" + (f", {issue.column}" if issue.column else "")
            value = f" (« {issue.value} »)" if issue.value else ""
            print(f"  {where} : {issue.message()}{value}")
        if len(issues) > 200:
            print(f"  … et {len(issues) - 200} autres (voir --report ou --json).")
    if report.batches and report.status.value != "completed":
        print(f"Lignes enregistrées : jusqu'à la ligne {report.last_committed_row}.")


def export(args: argparse.Namespace) -> int:
    from desktop.core.phones import region_timezone
    from desktop.services.exporter import Exporter

    with app_context(args) as context:
        zone = region_timezone(context.settings.get().business.region)
        exporter = Exporter(context.db, timezone=zone)
        if args.table == "clients":
            count = exporter.export_clients(args.file)
        else:
            count = exporter.export_messages(args.file)
    path = str(Path(args.file).resolve())
    if args.json:
        print_json({"table": args.table, "file": path, "rows": count})
    else:
        print(f"{count} ligne(s) exportée(s) dans {path}")
    return 0
