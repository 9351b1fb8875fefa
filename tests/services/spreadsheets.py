"""Writers for the messy files a shop really has: generated in each test, never committed.

``write_xlsx`` places rows at an absolute position (title rows, blank rows and a left margin included);
``write_ods`` writes a minimal OpenDocument spreadsheet (zip + content.xml) that LibreOffice and
python-calamine open; ``write_encrypted_workbook`` writes the OLE container Excel produces for a
password-protected workbook (the streams hold random bytes: only the structure matters).
"""

from __future__ import annotations

import datetime as dt
import os
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook

Rows = Sequence[Sequence[Any]]


def write_xlsx(
    path: Path,
    rows: Rows,
    *,
    sheet: str = "Clients",
    first_row: int = 1,
    first_column: int = 1,
    extra_sheets: dict[str, Rows] | None = None,
) -> Path:
    """Rows from (first_row, first_column); ``None`` leaves a cell empty."""
    book = Workbook()
    main = book.active
    assert main is not None
    main.title = sheet
    _fill(main, rows, first_row, first_column)
    for name, extra in (extra_sheets or {}).items():
        _fill(book.create_sheet(name), extra, 1, 1)
    book.save(path)
    return path


def _fill(worksheet: Any, rows: Rows, first_row: int, first_column: int) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                worksheet.cell(row=first_row + r, column=first_column + c, value=value)


def write_csv(
    path: Path, rows: Rows, *, delimiter: str = ";", encoding: str = "utf-8", newline: str = "\r\n"
) -> Path:
    """A CSV as Excel writes it (``encoding="utf-8-sig"`` for the BOM, ``"cp1252"`` for « CSV (;) »)."""
    lines = []
    for row in rows:
        cells = []
        for value in row:
            text = "" if value is None else str(value)
            if any(ch in text for ch in (delimiter, '"', "\n", "\r")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(delimiter.join(cells))
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def write_xls(path: Path, rows: Rows, *, sheet: str = "Clients", first_row: int = 1) -> Path:
    """An Excel 97-2003 workbook (BIFF8, what old shop software still exports) written by xlwt.

    Numbers are stored as Excel stores them (floats); dates as date serials with a date format.
    """
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook(encoding="utf-8")
    worksheet = book.add_sheet(sheet)
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                worksheet.write(first_row - 1 + r, c, value, date_style)
            elif value is not None:
                worksheet.write(first_row - 1 + r, c, value)
    book.save(str(path))
    return path


def write_ods(path: Path, rows: Rows, *, sheet: str = "Clients") -> Path:
    """A minimal .ods: strings, numbers and dates; ``None`` cells stay empty."""
    body = []
    for row in rows:
        cells = []
        for value in row:
            if value is None or value == "":
                cells.append("<table:table-cell/>")
            elif isinstance(value, bool):
                raise TypeError("booleans are not used in these fixtures")
            elif isinstance(value, int | float):
                cells.append(
                    f'<table:table-cell office:value-type="float" office:value="{value!r}">'
                    f"<text:p>{value!r}</text:p></table:table-cell>"
                )
            elif isinstance(value, dt.date):
                cells.append(
                    f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
                    f"<text:p>{value.isoformat()}</text:p></table:table-cell>"
                )
            else:
                cells.append(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p>'
                    "</table:table-cell>"
                )
        body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
        + "".join(body)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def write_vcf(path: Path, cards: Sequence[str], *, encoding: str = "utf-8") -> Path:
    text = "".join(
        "BEGIN:VCARD\r\n" + card.strip().replace("\n", "\r\n") + "\r\nEND:VCARD\r\n" for card in cards
    )
    path.write_bytes(text.encode(encoding))
    return path


# ---------------------------------------------------------------------------------------- broken files

_FREE, _END, _FAT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _dir_entry(name: str, kind: int, *, left: int, right: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le") if name else b""
    return (
        encoded.ljust(64, b"\0")
        + struct.pack("<HBB", len(encoded), kind, 1)
        + struct.pack("<III", left, right, child)
        + b"\0" * 16  # CLSID
        + b"\0" * 4  # state bits
        + b"\0" * 16  # creation and modification times
        + struct.pack("<IQ", start, size)
    )


def write_encrypted_workbook(path: Path) -> Path:
    """The OLE compound file of an Excel workbook saved with « Chiffrer avec mot de passe »."""
    stream_sectors = 8  # 4096 bytes each: regular sectors, no mini stream needed
    fat = [_FAT, _END]
    for first in (2, 2 + stream_sectors):
        fat += [first + i + 1 for i in range(stream_sectors - 1)] + [_END]
    fat += [_FREE] * (128 - len(fat))
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", _FREE) * 108
    )
    assert len(header) == 512
    directory = (
        _dir_entry("Root Entry", 5, left=_NOSTREAM, right=_NOSTREAM, child=1, start=_END, size=0)
        + _dir_entry("EncryptionInfo", 2, left=_NOSTREAM, right=2, child=_NOSTREAM, start=2, size=4096)
        + _dir_entry(
            "EncryptedPackage", 2, left=_NOSTREAM, right=_NOSTREAM, child=_NOSTREAM, start=10, size=4096
        )
        + _dir_entry("", 0, left=_NOSTREAM, right=_NOSTREAM, child=_NOSTREAM, start=0, size=0)
    )
    data = os.urandom(2 * stream_sectors * 512)
    path.write_bytes(header + struct.pack("<128I", *fat) + directory + data)
    return path


def truncate(source: Path, target: Path, keep: float = 0.5) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


def write_wide_sheet(path: Path, columns: int = 16_000) -> Path:
    """A sheet with a header row and one client, and a stray value in a far column."""
    return write_xlsx(path, [["Nom", "Portable"] + [None] * (columns - 3) + ["x"], ["Dupont", "0612345678"]])
