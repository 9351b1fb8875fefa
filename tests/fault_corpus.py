"""The fault corpus: client files the import must refuse in French — never a traceback, nothing written.

Small files are kept in ``tests/data/faults/`` (so that anyone can open them and see what they are; the
README there lists them); files that would be large — or whose point is their size — are written at test
time by :func:`generated`. Each :class:`Case` says which catalogue code refuses it and words the French
message must hold. Regenerate the committed files with ``python -m tests.fault_corpus`` (only when a case is
added: they are meant to stay as they are).
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tests.services.spreadsheets import write_encrypted_workbook, write_wide_sheet, write_xls, write_xlsx

FOLDER = Path(__file__).resolve().parent / "data" / "faults"
MiB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    name: str  # the file's name (in FOLDER, or written at test time)
    code: str  # the importer catalogue's code that refuses it
    words: str  # what the French message says, at least
    make: Callable[[Path], object]
    committed: bool = True


# ---------------------------------------------------------------------------------------- xlsx by hand

_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Clients" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(path: Path, sheet: str | Callable[[IO[bytes]], None], strings: Sequence[str] = ()) -> None:
    """A workbook of one sheet ``Clients``: its XML given whole, or written by a callable (large ones)."""
    shared = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + "".join(f"<si><t>{s}</t></si>" for s in strings)
        + "</sst>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", shared)
        if isinstance(sheet, str):
            archive.writestr("xl/worksheets/sheet1.xml", _SHEET_HEAD + sheet + _SHEET_TAIL)
        else:
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                part.write(_SHEET_HEAD.encode())
                sheet(part)
                part.write(_SHEET_TAIL.encode())


def _header() -> str:
    return '<row r="1">' + inline("A1", "Nom") + inline("B1", "Portable") + "</row>"


def broken_sheet_xml(path: Path) -> None:
    xlsx(path, _header() + '<row r="2"><c r="A2" t="inlineStr"><is><t>Martin</is></c><<c/></row>')


def cell_too_long(path: Path) -> None:
    cell = inline("B3", "x" * (200 * 1024))
    xlsx(path, _header() + '<row r="2">' + inline("A2", "Martin") + '</row><row r="3">' + cell + "</row>")


def far_cell(path: Path) -> None:
    """A client, and a stray value in the sheet's last cell: a grid of 17 billion cells to hold."""
    xlsx(path, _header() + '<row r="1048576">' + inline("XFD1048576", "x") + "</row>")


def shared_string_fan_out(path: Path) -> None:
    """One long text (within the cell limit) shown in 10 000 cells: 1.2 GB of cells from a 60 kB file."""
    rows = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>1</v></c></row>' for r in range(2, 10_002))
    xlsx(path, '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + rows, ["Nom", "x" * 120_000])


def repeated_rows_ods(path: Path) -> None:
    """An OpenDocument row of ten 1 000-character cells, repeated a million times (1 kB on disk)."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Clients">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Nom</text:p>'
        "</table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="1000000">'
        '<table:table-cell table:number-columns-repeated="10" office:value-type="string">'
        f"<text:p>{'x' * 1000}</text:p></table:table-cell></table:table-row>"
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def wrong_mimetype_ods(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)


def letter_xlsx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")


def damaged_entry_xlsx(path: Path) -> None:
    good = path.with_suffix(".good.xlsx")
    write_xlsx(good, [["Nom", "Portable"]] + [["Martin", "0612345678"]] * 50)
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]  # XML cut in the middle
            target.writestr(item, data)
    good.unlink()


def cut_xlsx(path: Path) -> None:
    good = path.with_suffix(".good.xlsx")
    write_xlsx(good, [["Nom", "Portable"]] + [["Martin", "0612345678"]] * 200)
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    good.unlink()


def _xls_bytes(path: Path) -> bytes:
    good = path.with_suffix(".good.xls")
    write_xls(good, [["Nom", "Portable"]] + [[f"Client {i}", "0612345678"] for i in range(200)])
    data = good.read_bytes()
    good.unlink()
    return data


def truncated_xls(path: Path) -> None:
    data = _xls_bytes(path)
    path.write_bytes(data[: len(data) // 2])


def corrupt_xls(path: Path) -> None:
    data = bytearray(_xls_bytes(path))
    for offset in range(600, 3000, 7):  # the header survives, the records do not
        data[offset] = 0xFF
    path.write_bytes(bytes(data))


def broken_utf16_csv(path: Path) -> None:
    path.write_bytes("Nom;Portable\r\nMartin;0612345678\r\n".encode("utf-16") + b"\x00\xd8\x41")


# ---------------------------------------------------------------------------------------- large ones


def inflating_xlsx(path: Path) -> None:
    """A 400 kB workbook whose one cell unzips to 400 MB (what was measured at 4.35 GB of memory)."""
    block = b"A" * MiB

    def write(part: IO[bytes]) -> None:
        part.write(b'<row r="1"><c r="A1" t="inlineStr"><is><t>')
        for _ in range(400):
            part.write(block)
        part.write(b"</t></is></c></row>")

    xlsx(path, write)


def huge_xls(path: Path) -> None:
    """An Excel 97 file of 200 MB (sparse on disk: only its header is written)."""
    with path.open("wb") as handle:
        handle.write(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
        handle.truncate(200 * MiB)


def nul_after_64k_csv(path: Path) -> None:
    rows = "".join(f"Client {i};06{i:08d}\r\n" for i in range(4000))
    path.write_text("Nom;Portable\r\n" + rows + "Bad\x00Name;0699999999\r\n", encoding="utf-8")


def megabyte_cell_csv(path: Path) -> None:
    path.write_text("Nom;Portable;Notes\r\nMartin;0612345678;" + "x" * MiB + "\r\n", encoding="utf-8")


def endless_line_csv(path: Path) -> None:
    path.write_text("Nom;Portable\r\n" + ";".join(["y" * 100_000] * 30) + "\r\n", encoding="utf-8")


def _write(data: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data)


CASES: tuple[Case, ...] = (
    # already refused before this corpus
    Case("empty.xlsx", "import_file_empty", "est vide", _write(b"")),
    Case("blank.csv", "import_file_empty", "est vide", _write(b"  \r\n\r\n")),
    Case("binary.xlsx", "import_file_binary", "n'est ni un classeur", _write(bytes(range(256)) * 20)),
    Case(
        "photo.csv", "import_file_binary", "n'est ni un classeur", _write(b"\x89PNG\r\n\x1a\n" + bytes(300))
    ),
    Case("letter.xlsx", "import_file_not_spreadsheet", "n'est pas un tableur", letter_xlsx),
    Case("wrong-mimetype.ods", "import_file_not_spreadsheet", "n'est pas un tableur", wrong_mimetype_ods),
    Case("cut.xlsx", "import_file_truncated", "incomplet ou abîmé", cut_xlsx),
    Case(
        "locked.xlsx",
        "import_file_password_protected",
        "protégé par un mot de passe",
        write_encrypted_workbook,
    ),
    Case("damaged-entry.xlsx", "import_file_damaged", "est abîmé", damaged_entry_xlsx),
    Case("no-known-column.csv", "import_no_columns_mapped", "Aucune colonne", _write(b"foo;bar\r\n1;2\r\n")),
    Case("wide.xlsx", "import_too_many_columns", "colonnes", write_wide_sheet),
    Case("broken-utf16.csv", "import_file_damaged", "est abîmé", broken_utf16_csv),
    # refused with a traceback, or accepted, before this corpus
    Case("broken-sheet-xml.xlsx", "import_file_damaged", "est abîmé", broken_sheet_xml),
    Case("truncated.xls", "import_file_damaged", "est abîmé", truncated_xls),
    Case("corrupt.xls", "import_file_damaged", "est abîmé", corrupt_xls),
    Case(
        "cell-too-long.xlsx", "import_cell_too_long", "Cellule trop longue, ligne 3, colonne B", cell_too_long
    ),
    Case("far-cell.xlsx", "import_file_too_complex", "trop de mémoire", far_cell),
    Case("shared-string-fan-out.xlsx", "import_file_too_complex", "trop de mémoire", shared_string_fan_out),
    Case("repeated-rows.ods", "import_file_too_complex", "trop de mémoire", repeated_rows_ods),
    Case("inflating.xlsx", "import_file_too_large", "bien plus de données", inflating_xlsx, committed=False),
    Case("huge.xls", "import_file_too_large", "bien plus de données", huge_xls, committed=False),
    Case("nul-after-64k.csv", "import_file_nul", "caractère nul", nul_after_64k_csv, committed=False),
    Case(
        "megabyte-cell.csv",
        "import_cell_too_long",
        "Cellule trop longue, ligne 2, colonne C",
        megabyte_cell_csv,
        committed=False,
    ),
    Case(
        "endless-line.csv", "import_line_too_long", "Ligne 2 trop longue", endless_line_csv, committed=False
    ),
)


def path_of(case: Case, scratch: Path) -> Path:
    """The case's file: the committed one, or one written now in ``scratch``."""
    if case.committed:
        return FOLDER / case.name
    path = scratch / case.name
    case.make(path)
    return path


def write_committed(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        if case.committed:
            case.make(folder / case.name)


if __name__ == "__main__":
    write_committed(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
