"""Reading client files: kinds sniffed from content, Excel row numbers, encodings and delimiters, vCards,
and a clear code for every kind of broken file."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.app import FROZEN_WORKER_FLAG
from desktop.core import catalogue
from desktop.services.importing import workbook_worker
from desktop.services.importing.formats import (
    MAX_CELL_CHARS,
    FileKind,
    ImportFileError,
    Prefetch,
    Row,
    open_source,
    sniff,
)
from desktop.services.importing.text import detect_delimiter, detect_encoding
from desktop.services.importing.workbooks import worker_command
from tests.fault_corpus import inline, xlsx
from tests.services.spreadsheets import (
    truncate,
    write_csv,
    write_encrypted_workbook,
    write_ods,
    write_vcf,
    write_wide_sheet,
    write_xlsx,
)

ROOT = Path(__file__).resolve().parents[2]


def _rows(path: Path, sheet: str | None = None) -> list[Row]:
    source = open_source(path)
    try:
        return [(n, c) for n, c in source.open_sheet(sheet).rows() if any(x not in ("", None) for x in c)]
    finally:
        source.close()


def test_xlsx_rows_carry_the_row_numbers_excel_shows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "clients.xlsx",
        [["Mes clients"], [], ["Nom", "Portable"], ["Martin", 612345678.0], [], ["Durand", 33612345679]],
        first_row=3,
        first_column=2,
    )
    rows = _rows(path)
    assert rows == [
        (3, ["Mes clients", ""]),
        (5, ["Nom", "Portable"]),
        (6, ["Martin", 612345678.0]),  # the float Excel stores, untouched
        (8, ["Durand", 33612345679.0]),
    ]
    source = open_source(path)
    sheet = source.open_sheet()
    assert sheet.first_column == 1  # data starts in column B
    source.close()


def test_dates_stay_dates_and_sheets_are_listed_visible_first(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "book.xlsx",
        [["Nom", "Né le"], ["Martin", dt.date(1980, 5, 17)]],
        extra_sheets={"Archives": [["Nom"], ["Ancien"]]},
    )
    source = open_source(path)
    assert source.kind is FileKind.XLSX
    assert source.sheet_names == ["Clients", "Archives"]
    source.close()
    assert _rows(path)[1][1][1] == dt.date(1980, 5, 17)
    assert _rows(path, "Archives") == [(1, ["Nom"]), (2, ["Ancien"])]


def test_ods_written_by_a_tiny_zip_writer_is_read(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "clients.ods", [["Liste"], [None], ["Nom", "Mobile"], ["Élodie", 612345678]])
    assert sniff(path) is FileKind.ODS
    assert _rows(path) == [(1, ["Liste", ""]), (3, ["Nom", "Mobile"]), (4, ["Élodie", 612345678.0])]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "expected_encoding"),
    [
        ("cp1252", ";", "cp1252"),  # « CSV (séparateur : point-virgule) » of French Excel
        ("utf-8-sig", ",", "utf-8-sig"),
        ("utf-8", "\t", "utf-8"),
        ("utf-16", "\t", "utf-16"),  # « Texte Unicode » of Excel
    ],
)
def test_text_files_encoding_and_delimiter_are_detected(
    tmp_path: Path, encoding: str, delimiter: str, expected_encoding: str
) -> None:
    rows = [["Nom", "Prénom", "Ville"], ["Lœw", "Hélène", "Besançon"], ["Dupont, fils", "Noël", "Orléans"]]
    path = write_csv(tmp_path / "clients.csv", rows, delimiter=delimiter, encoding=encoding)
    assert detect_encoding(path) == expected_encoding
    assert _rows(path) == [(1, rows[0]), (2, rows[1]), (3, rows[2])]


def test_delimiter_detection_ignores_commas_inside_fields() -> None:
    sample = 'Nom;Adresse;Ville\nMartin;"3, rue de la Paix";Paris\nDurand;12, avenue Foch;Lyon\n'
    assert detect_delimiter(sample) == ";"
    assert detect_delimiter("Nom,Prénom\nMartin,Élodie\n") == ","
    assert detect_delimiter("une seule colonne\nrien d'autre\n") == ";"


def test_vcard_3_and_4_and_the_2_1_phones_export(tmp_path: Path) -> None:
    path = write_vcf(
        tmp_path / "contacts.vcf",
        [
            "VERSION:3.0\nN:Martin;Élodie;;Mme;\nFN:Élodie Martin\nTEL;TYPE=CELL:06 12 34 56 78\n"
            "TEL;TYPE=HOME:01 23 45 67 89\nEMAIL;TYPE=INTERNET:elodie@example.fr\n"
            "ADR;TYPE=HOME:;;12 rue des Lilas;Paris;;75011;France\nBDAY:1985-04-23\nCATEGORIES:fidèle,vip\n"
            "NOTE:Préfère\\, le matin",
            'VERSION:4.0\nFN:Paul Durand\nN:Durand;Paul;;;\nTEL;VALUE=uri;TYPE="voice,cell":tel:+33611223344',
            "VERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:L=C3=A9vy;Ana=C3=\n=AFs;;;\n"
            "TEL;CELL:0699887766",
        ],
    )
    assert sniff(path) is FileKind.VCF
    rows = _rows(path)
    assert [n for n, _c in rows] == [0, 1, 2, 3]
    header = rows[0][1]
    first = dict(zip(header, rows[1][1], strict=True))
    assert first["Nom"] == "Martin"
    assert first["Prénom"] == "Élodie"
    assert first["Civilité"] == "Mme"
    assert first["Portable"] == "06 12 34 56 78"
    assert first["Téléphone"] == "01 23 45 67 89"
    assert first["Ville"] == "Paris"
    assert first["Code postal"] == "75011"
    assert first["Date de naissance"] == "23/04/1985"
    assert first["Étiquettes"] == "fidèle, vip"
    assert first["Notes"] == "Préfère, le matin"
    second = dict(zip(header, rows[2][1], strict=True))
    assert second["Portable"] == "+33611223344"
    third = dict(zip(header, rows[3][1], strict=True))
    assert (third["Nom"], third["Prénom"], third["Portable"]) == ("Lévy", "Anaïs", "0699887766")


def test_a_xlsx_that_is_really_a_csv_is_read_as_one_with_a_notice(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "export.xlsx", [["Nom", "Portable"], ["Martin", "0612345678"]])
    source = open_source(path)
    assert source.kind is FileKind.CSV
    assert [n.code for n in source.notices] == ["import_format_mismatch"]
    assert list(source.open_sheet().rows()) == [(1, ["Nom", "Portable"]), (2, ["Martin", "0612345678"])]


def test_a_workbook_with_the_wrong_extension_is_read_from_its_content(tmp_path: Path) -> None:
    real = write_xlsx(tmp_path / "real.xlsx", [["Nom"], ["Martin"]])
    renamed = tmp_path / "renamed.xls"
    shutil.copy(real, renamed)
    source = open_source(renamed)
    assert source.kind is FileKind.XLSX
    assert list(source.open_sheet().rows()) == [(1, ["Nom"]), (2, ["Martin"])]
    source.close()


def _code(path: Path, sheet: str | None = None) -> str:
    with pytest.raises(ImportFileError) as caught:
        source = open_source(path)
        try:
            list(source.open_sheet(sheet).rows())
        finally:
            source.close()
    error = caught.value
    message = catalogue.explain(error.code, **error.params)
    assert catalogue.has(error.code) and "{" not in message  # a French sentence, placeholders filled
    return error.code


def test_broken_files_get_a_code_never_a_traceback(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nom", "Portable"]] + [["x", "0612345678"]] * 200)
    (tmp_path / "empty.xlsx").write_bytes(b"")
    (tmp_path / "blank.csv").write_text("  \r\n\r\n", encoding="utf-8")
    (tmp_path / "binary.xlsx").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "photo.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(300))
    with zipfile.ZipFile(tmp_path / "letter.xlsx", "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert _code(tmp_path / "missing.xlsx") == "import_file_not_found"
    (tmp_path / "Clients 2024").mkdir()
    assert _code(tmp_path / "Clients 2024") == "import_file_is_folder"
    assert _code(tmp_path / "empty.xlsx") == "import_file_empty"
    assert _code(tmp_path / "blank.csv") == "import_file_empty"
    assert _code(tmp_path / "binary.xlsx") == "import_file_binary"
    assert _code(tmp_path / "photo.csv") == "import_file_binary"
    assert _code(truncate(good, tmp_path / "cut.xlsx")) == "import_file_truncated"
    assert _code(write_encrypted_workbook(tmp_path / "locked.xlsx")) == "import_file_password_protected"
    assert _code(tmp_path / "letter.xlsx") == "import_file_not_spreadsheet"
    assert _code(good, "Feuil9") == "import_sheet_not_found"
    assert _code(write_wide_sheet(tmp_path / "wide.xlsx")) == "import_too_many_columns"


def test_a_damaged_entry_inside_a_whole_zip_is_reported(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nom"], ["Martin"]])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]  # cut XML
            target.writestr(item, data)
    assert _code(damaged) == "import_file_damaged"


def test_prefetch_loads_the_sheet_in_the_background(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "clients.xlsx", [["Nom"], ["Martin"]])
    prefetch = Prefetch(path)
    source, sheet = prefetch.result()
    assert list(sheet.rows()) == [(1, ["Nom"]), (2, ["Martin"])]
    source.close()
    failing = Prefetch(tmp_path / "nope.xlsx")
    with pytest.raises(ImportFileError):
        failing.result()
    failing.discard()


def test_the_installed_application_reads_workbooks_with_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen application has no ``python -m``: it starts itself with the worker flag."""
    assert FROZEN_WORKER_FLAG == workbook_worker.FROZEN_FLAG
    launcher = tmp_path / "Comptoir"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{ROOT / "main.py"}" "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(launcher))
    path = write_xlsx(tmp_path / "clients.xlsx", [["Nom", "Portable"], ["Martin", "0612345678"]])
    assert worker_command(path, by_content=False)[:2] == [str(launcher), FROZEN_WORKER_FLAG]
    assert _rows(path) == [(1, ["Nom", "Portable"]), (2, ["Martin", "0612345678"])]


def test_a_source_closed_in_the_middle_of_a_sheet_stops_its_reader(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "clients.xlsx", [["Nom"]] + [[f"Client {i}"] for i in range(5000)])
    source = open_source(path)
    rows = source.open_sheet().rows()
    assert next(rows) == (1, ["Nom"])
    source.close()
    assert source.sheet_names == ["Clients"]
    again = source.open_sheet()  # a new reader for the sheet, from its first row
    assert next(again.rows()) == (1, ["Nom"])
    source.close()


def test_a_cell_too_long_is_named_by_the_row_and_column_excel_shows(tmp_path: Path) -> None:
    long = "x" * (MAX_CELL_CHARS + 1)  # (Excel itself stops at 32 767; other programs do not)
    rows = [("Nom", "Notes"), ("Martin", "ok"), ("Durand", long)]
    sheet = "".join(
        f'<row r="{n}">' + inline(f"B{n}", name) + inline(f"C{n}", notes) + "</row>"
        for n, (name, notes) in enumerate(rows, start=3)
    )
    path = tmp_path / "c.xlsx"
    xlsx(path, sheet)
    with pytest.raises(ImportFileError) as caught:
        _rows(path)
    assert (caught.value.code, caught.value.params["row"], caught.value.params["column"]) == (
        "import_cell_too_long",
        "5",
        "C",
    )
    csv = write_csv(tmp_path / "c.csv", rows)
    with pytest.raises(ImportFileError) as in_csv:
        _rows(csv)
    assert (in_csv.value.params["row"], in_csv.value.params["column"]) == ("3", "B")
    exact = tmp_path / "exact.xlsx"
    xlsx(exact, '<row r="1">' + inline("A1", "Nom") + inline("B1", long[:-1]) + "</row>")
    assert _rows(exact) == [(1, ["Nom", long[:-1]])]  # the limit itself is read
