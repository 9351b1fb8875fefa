"""Exports: no cell ever runs as a formula (read back with openpyxl and with csv), French Excel's CSV,
readable phone numbers, clients/messages/report tables, the import model, and round trips."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ConsentPurpose, ConsentSource, ConsentState
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientService
from desktop.services.exporter import (
    Exporter,
    ExportError,
    export_report,
    export_table,
    neutralise,
    write_import_model,
)
from desktop.services.importing.importer import Importer
from desktop.storage.db import Database
from desktop.storage.orm import MessageRow
from tests.services.spreadsheets import write_xlsx

DANGEROUS = [
    "=1+1",
    '=HYPERLINK("http://evil.example","clic")',
    "+33612345678",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
]


def _read_xlsx(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).active
    assert sheet is not None
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
    return [[c.value for c in row] for row in sheet.iter_rows()]


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: French Excel shows the accents
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_formulas_are_never_written_to_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    count = export_table(["Valeur", "=Titre"], [[value, "ok"] for value in DANGEROUS], path)
    assert count == len(DANGEROUS)
    rows = _read_xlsx(path)
    assert rows[0] == ["Valeur", "=Titre"]
    # kept as text, as the user typed it (XML turns a carriage return into a line feed)
    assert [r[0] for r in rows[1:]] == [v.replace("\r", "\n") for v in DANGEROUS]
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A2"].quotePrefix and not sheet["B2"].quotePrefix  # Excel keeps it text when edited


def test_formulas_are_neutralised_in_a_csv(tmp_path: Path) -> None:
    path = tmp_path / "table.csv"
    export_table(["Valeur"], [[value] for value in DANGEROUS] + [["texte = normal"], ["1-2"]], path)
    rows = _read_csv(path)
    assert [r[0] for r in rows[1:]] == ["'" + v for v in DANGEROUS] + ["texte = normal", "1-2"]
    assert path.read_bytes().count(b"\r\n") >= len(DANGEROUS)
    assert neutralise(12) == 12 and neutralise("abc") == "abc"


def test_values_are_written_as_spreadsheets_expect(tmp_path: Path) -> None:
    when = dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)
    row = ["Élodie", 3, 12.5, dt.date(1980, 1, 2), when, True, None]
    export_table(list("ABCDEFG"), [row], tmp_path / "t.xlsx")
    export_table(list("ABCDEFG"), [row], tmp_path / "t.csv")
    assert _read_xlsx(tmp_path / "t.xlsx")[1] == [
        "Élodie", 3, 12.5, dt.datetime(1980, 1, 2), dt.datetime(2026, 3, 1, 9, 30), "oui", None,
    ]  # fmt: skip
    assert _read_csv(tmp_path / "t.csv")[1] == [
        "Élodie",
        "3",
        "12,5",
        "02/01/1980",
        "01/03/2026 09:30",
        "oui",
        "",
    ]


def test_unsupported_formats_and_unwritable_places_are_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        export_table(["A"], [], tmp_path / "t.pdf")
    assert caught.value.code == "export_unsupported_format"
    with pytest.raises(ExportError) as caught:
        export_table(["A"], [], tmp_path / "missing" / "t.xlsx")
    assert caught.value.code == "export_write_failed"
    target = tmp_path / "t.csv"
    target.write_text("previous", encoding="utf-8")

    def broken() -> Iterator[list[str]]:
        yield ["a"]
        raise OSError("disk full")

    with pytest.raises(ExportError):
        export_table(["A"], broken(), target)
    assert target.read_text(encoding="utf-8") == "previous"  # never half a file
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]  # no temporary left behind


@pytest.fixture
def clients(db: Database) -> ClientService:
    return ClientService(db, ChangeHub())


def test_clients_export_with_consent_and_readable_numbers(
    tmp_path: Path, db: Database, clients: ClientService
) -> None:
    martin = clients.create(
        ClientDraft(
            civility="Mme", first_name="Élodie", last_name="Martin", mobile="0612345678",
            other_phone="0123456789", city="Paris", birthday=dt.date(1985, 4, 23), tags=("vip", "fidèle"),
            notes="=appeler",
        )
    )  # fmt: skip
    clients.create(ClientDraft(last_name="Janssens", mobile="+32470123456"))
    clients.record_consent(martin, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER)
    exporter = Exporter(db)
    assert exporter.export_clients(tmp_path / "clients.xlsx") == 2
    rows = _read_xlsx(tmp_path / "clients.xlsx")
    header = rows[0]
    first = dict(zip(header, rows[1], strict=True))
    assert first["Portable"] == "06 12 34 56 78" and first["Téléphone fixe"] == "01 23 45 67 89"
    assert first["Consentement SMS"] == "oui" and first["Étiquettes"] == "fidèle, vip"
    assert first["Notes"] == "=appeler"
    assert first["Date de naissance"] == dt.datetime(1985, 4, 23)
    assert dict(zip(header, rows[2], strict=True))["Portable"] == "+32 470 12 34 56"
    exporter.export_clients(tmp_path / "clients.csv")
    lines = _read_csv(tmp_path / "clients.csv")
    by_name = {line[2]: dict(zip(lines[0], line, strict=True)) for line in lines[1:]}
    assert by_name["Martin"]["Notes"] == "'=appeler"
    assert by_name["Janssens"]["Portable"] == "'+32 470 12 34 56"


def test_an_export_imports_back_into_the_same_clients(
    tmp_path: Path, db: Database, clients: ClientService
) -> None:
    clients.create(ClientDraft(first_name="Élodie", last_name="Martin", mobile="0612345678", tags=("vip",)))
    clients.create(ClientDraft(last_name="Janssens", mobile="+32470123456", email="j@example.be"))
    exporter = Exporter(db)
    importer = Importer(db, ChangeHub(), clock=FakeClock())
    for name in ("round.xlsx", "round.csv"):
        exporter.export_clients(tmp_path / name)
        report = importer.run(tmp_path / name)
        assert (report.imported, report.skipped_duplicates, report.rejected) == (0, 2, 0), name


def test_messages_export(tmp_path: Path, db: Database, clients: ClientService) -> None:
    client_id = clients.create(ClientDraft(first_name="Élodie", last_name="Martin", mobile="0612345678"))
    now = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    with db.session() as session:
        session.add(
            MessageRow(
                client_id=client_id, to_number="+33612345678", body="=Vos lunettes sont prêtes", encoding="gsm7",
                segments=1, cost_cents=750, purpose="transactional", status="delivered", due_at=now,
                idempotency_key="k1", created_at=now, updated_at=now, sent_at=now,
            )
        )  # fmt: skip
    assert Exporter(db).export_messages(tmp_path / "messages.xlsx") == 1
    rows = _read_xlsx(tmp_path / "messages.xlsx")
    line = dict(zip(rows[0], rows[1], strict=True))
    assert line["Client"] == "Élodie Martin" and line["Numéro"] == "06 12 34 56 78"
    assert line["Texte"] == "=Vos lunettes sont prêtes" and line["Coût (€)"] == 7.5
    assert line["Type"] == "Service"


def test_import_report_export(tmp_path: Path, db: Database) -> None:
    source = write_xlsx(
        tmp_path / "c.xlsx", [["Nom", "Portable"], ["Martin", "0612"], ["Durand", "+33611223344"]]
    )
    report = Importer(db, ChangeHub(), clock=FakeClock()).run(source)
    export_report(report, tmp_path / "rapport.xlsx")
    rows = _read_xlsx(tmp_path / "rapport.xlsx")
    assert rows[0] == ["Ligne", "Colonne", "Type", "Détail", "Valeur du fichier"]
    assert ["", "", "Lignes refusées", 1, ""] in [[c if c is not None else "" for c in r] for r in rows]
    issue = rows[-1]
    assert issue[:4] == [2, "Portable (B)", "Refusée", "Numéro trop court : il manque des chiffres."]
    assert issue[4] == "0612"


def test_the_import_model_imports_its_example(tmp_path: Path, db: Database, clients: ClientService) -> None:
    model = write_import_model(tmp_path / "modele.xlsx")
    rows = _read_xlsx(model)
    assert rows[0][:4] == ["Civilité", "Prénom", "Nom", "Portable"] and rows[0][-1] == "Consentement SMS"
    report = Importer(db, ChangeHub(), clock=FakeClock()).run(model)
    assert (report.imported, report.rejected, report.warnings) == (1, 0, [])
    client = clients.find_by_mobile("0612345678")
    assert client is not None and client.promotional_consent is ConsentState.GRANTED
    assert client.other_phone == "+33123456789" and client.tags == ("fidèle", "lunettes")
