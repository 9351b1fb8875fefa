"""Export to Excel (.xlsx, openpyxl write-only) and CSV (UTF-8 with BOM, ``;``: French Excel opens it right).

No cell ever runs as a formula when the file is opened (OWASP « CSV injection »): a text beginning with
``= + - @``, a tab or a carriage return is written, in a CSV, with a leading apostrophe; in a workbook, as
an explicit text cell with Excel's own « quote prefix » (the text is kept as it is, and stays text even
if the user edits the cell). French numbers are written « 06 12 34 56 78 », readable and not a formula.

Exports are written to a temporary file then moved into place: a failure never leaves half a file.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, Final
from zoneinfo import ZoneInfo

from desktop.core import catalogue
from desktop.core.errors import KnownError
from desktop.core.phones import format_national
from desktop.services.importing.report import ImportReport
from desktop.storage.db import Database
from desktop.storage.repositories import imports as repo

#: Characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER: Final = ";"

Value = str | int | float | Decimal | bool | dt.date | dt.datetime | None


class ExportError(KnownError):
    """The file cannot be written; ``code`` is explained by the catalogue with ``params``."""


def is_risky(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutralise(value: Any) -> Any:
    """The CSV form of a value: a text a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and is_risky(value):
        return "'" + value
    return value


def phone_cell(e164: str | None) -> str:
    """ "06 12 34 56 78" for French numbers; other countries in international form (neutralised later)."""
    return format_national(e164) if e164 else ""


def _plain(value: Any, zone: ZoneInfo) -> Value:
    """Values openpyxl and csv both understand: enums as their value, aware times in local time."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.datetime):
        local: dt.datetime = value.astimezone(zone).replace(tzinfo=None) if value.tzinfo else value
        return local.replace(microsecond=0)
    if isinstance(value, str | int | float | Decimal | bool | dt.date) or value is None:
        return value
    return str(value)


def _csv_text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float | Decimal):
        return str(value).replace(".", ",")  # French Excel reads 12,50
    return str(neutralise(value))


@contextlib.contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path``, moved over it when the block succeeds."""
    folder = path.parent
    try:
        handle, name = tempfile.mkstemp(prefix=".export-", suffix=path.suffix, dir=folder)
    except OSError as exc:
        raise ExportError("export_write_failed", name=path.name) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as exc:
        raise ExportError("export_write_failed", name=path.name) from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def export_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    path: str | os.PathLike[str],
    *,
    sheet_title: str = "Export",
    timezone: str = "Europe/Paris",
) -> int:
    """Write any table to ``.xlsx`` or ``.csv`` (from the extension); returns the number of rows written."""
    target = Path(path)
    suffix = target.suffix.lower()
    zone = ZoneInfo(timezone)
    writer: Callable[[Path, Sequence[str], Iterable[Sequence[Any]], str, ZoneInfo], int]
    if suffix == ".xlsx":
        writer = _write_xlsx
    elif suffix == ".csv":
        writer = _write_csv
    else:
        raise ExportError("export_unsupported_format", extension=target.suffix or "?")
    with _atomic(target) as temporary:
        return writer(temporary, headers, rows, sheet_title, zone)


def _write_csv(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], _title: str, zone: ZoneInfo
) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=CSV_DELIMITER, lineterminator="\r\n")
        writer.writerow([_csv_text(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_text(_plain(v, zone)) for v in row])
            count += 1
    return count


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str, zone: ZoneInfo
) -> int:
    return _write_sheets(path, [Sheet(title, headers, rows)], zone)


@dataclasses.dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its title, column headers and rows."""

    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]


def export_workbook(
    sheets: Sequence[Sheet], path: str | os.PathLike[str], *, timezone: str = "Europe/Paris"
) -> int:
    """Write several tables as the sheets of one ``.xlsx`` file; returns the number of rows written."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ExportError("export_unsupported_format", extension=target.suffix or "?")
    with _atomic(target) as temporary:
        return _write_sheets(temporary, sheets, ZoneInfo(timezone))


def export_json(data: Any, path: str | os.PathLike[str]) -> None:
    """Write ``data`` as indented UTF-8 JSON (times as ISO 8601 text), atomically like the other exports."""
    target = Path(path)
    with _atomic(target) as temporary:
        text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_value)
        temporary.write_text(text + "\n", encoding="utf-8")


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(type(value).__name__)


def _write_sheets(path: Path, sheets: Sequence[Sheet], zone: ZoneInfo) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    count = 0
    for spec in sheets:
        sheet = book.create_sheet(title=_sheet_title(spec.title))

        def text_cell(text: str, *, header: bool = False, sheet: Any = sheet) -> Any:
            cell = WriteOnlyCell(sheet, value=text)
            cell.data_type = "s"  # never "f": openpyxl would store "=…" as a formula
            if is_risky(text):
                cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
            if header:
                cell.font = bold
            return cell

        def value_cell(value: Value, sheet: Any = sheet, text_cell: Any = text_cell) -> Any:
            if isinstance(value, str):
                return text_cell(value)
            if isinstance(value, bool):
                return "oui" if value else "non"
            if isinstance(value, dt.datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD/MM/YYYY HH:MM"
                return cell
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD/MM/YYYY"
                return cell
            return value

        sheet.freeze_panes = "A2"
        sheet.append([text_cell(h, header=True) for h in spec.headers])
        for row in spec.rows:
            sheet.append([value_cell(_plain(v, zone)) for v in row])
            count += 1
    book.save(path)
    return count


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip()
    return (cleaned or "Export")[:31]


# ---------------------------------------------------------------------------------------- fixed exports

CLIENT_COLUMNS: Final = (
    "civility",
    "first_name",
    "last_name",
    "mobile",
    "other_phone",
    "email",
    "address",
    "postal_code",
    "city",
    "birthday",
    "tags",
    "notes",
    "promotional_consent",
    "transactional_consent",
    "created_at",
    "updated_at",
)
MESSAGE_COLUMNS: Final = (
    "id",
    "created_at",
    "client",
    "to",
    "purpose",
    "status",
    "segments",
    "cost",
    "sent_at",
    "error_code",
    "body",
)
#: The columns of the import model, in this order (the import recognises these names).
MODEL_COLUMNS: Final = (*CLIENT_COLUMNS[:12], "promotional_consent")


def header(column: str, lang: str | None = None) -> str:
    return catalogue.explain(f"export_col_{column}", lang)


def _consent(state: str) -> str:
    return {"granted": "oui", "withdrawn": "non"}.get(state, "")


def _label(prefix: str, value: str) -> str:
    code = f"{prefix}_{value}"
    return catalogue.explain(code) if catalogue.has(code) else value


class Exporter:
    """Clients, messages and import reports to files; reads in chunks so 100 000 rows stay cheap."""

    def __init__(self, db: Database, timezone: str = "Europe/Paris") -> None:
        self._db = db
        self.timezone = timezone

    def export_clients(self, path: str | os.PathLike[str]) -> int:
        def rows() -> Iterator[list[Any]]:
            with self._db.read() as session:
                for values, extra in repo.iter_clients(session):
                    yield [
                        values.civility,
                        values.first_name,
                        values.last_name,
                        phone_cell(values.mobile),
                        phone_cell(values.other_phone),
                        values.email,
                        values.address,
                        values.postal_code,
                        values.city,
                        values.birthday,
                        ", ".join(values.tags),
                        values.notes,
                        _consent(extra["promotional_consent"]),
                        _consent(extra["transactional_consent"]),
                        extra["created_at"],
                        extra["updated_at"],
                    ]

        headers = [header(c) for c in CLIENT_COLUMNS]
        return export_table(
            headers, rows(), path, sheet_title=header("sheet_clients"), timezone=self.timezone
        )

    def export_messages(self, path: str | os.PathLike[str]) -> int:
        def rows() -> Iterator[list[Any]]:
            with self._db.read() as session:
                for m in repo.iter_messages(session):
                    name = " ".join(p for p in (m.get("first_name"), m.get("last_name")) if p)
                    yield [
                        m["id"],
                        m["created_at"],
                        name,
                        phone_cell(m["to_number"]),
                        _label("export_purpose", m["purpose"]),
                        _label("status", m["status"]),
                        m["segments"],
                        Decimal(m["cost_cents"] or 0) / 100,
                        m["sent_at"],
                        m["error_code"] or "",
                        m["body"],
                    ]

        headers = [header(c) for c in MESSAGE_COLUMNS]
        return export_table(
            headers, rows(), path, sheet_title=header("sheet_messages"), timezone=self.timezone
        )

    def export_report(self, report: ImportReport, path: str | os.PathLike[str]) -> int:
        return export_report(report, path, timezone=self.timezone)


def export_report(
    report: ImportReport, path: str | os.PathLike[str], *, timezone: str = "Europe/Paris"
) -> int:
    """The import report as a table: a summary, then one line per rejected row, warning and duplicate."""
    kinds = {
        "error": "export_kind_error",
        "warning": "export_kind_warning",
        "duplicate": "export_kind_duplicate",
    }
    summary: list[list[Any]] = [
        ["", "", header("report_file"), report.file, ""],
        ["", "", header("report_imported"), report.imported, ""],
        ["", "", header("report_updated"), report.updated, ""],
        ["", "", header("report_skipped"), report.skipped_duplicates, ""],
        ["", "", header("report_rejected"), report.rejected, ""],
    ]
    if report.error_code:
        summary.append(["", "", header("report_stopped"), report.error_message(), ""])

    def rows() -> Iterator[list[Any]]:
        yield from summary
        for issue in report.issues:
            yield [
                issue.row,
                issue.column,
                catalogue.explain(kinds[issue.kind.value]),
                issue.message(),
                issue.value,
            ]

    headers = [
        header(c) for c in ("report_row", "report_column", "report_kind", "report_reason", "report_value")
    ]
    return export_table(headers, rows(), path, sheet_title=header("sheet_report"), timezone=timezone)


def write_import_model(path: str | os.PathLike[str]) -> Path:
    """Save the import model: the expected columns and one example row (``Télécharger le modèle``)."""
    example = [
        "Mme", "Élodie", "Martin", "06 12 34 56 78", "01 23 45 67 89", "elodie.martin@example.fr",
        "12 rue des Lilas", "75011", "Paris", dt.date(1985, 4, 23), "fidèle, lunettes", "Préfère le matin",
        "oui",
    ]  # fmt: skip
    target = Path(path)
    export_table([header(c) for c in MODEL_COLUMNS], [example], target, sheet_title=header("sheet_clients"))
    return target
