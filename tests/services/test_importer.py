"""The import use case end to end on a real database: counts, row-numbered errors, duplicates and their
options, consent and the suppression list, batches, cancel, errors, dry run, idempotence."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ClientQuery, ConsentPurpose, ConsentSource, ConsentState
from desktop.core.phones import hash_number
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService
from desktop.services.importing.formats import ImportFileError
from desktop.services.importing.importer import Importer, Verdict
from desktop.services.importing.mapping import Field
from desktop.services.importing.report import DuplicatePolicy, ImportOptions, IssueKind, Progress, RunStatus
from desktop.storage.db import Database
from desktop.storage.errors import DatabaseLockedError
from desktop.storage.orm import ClientRow, ConsentEventRow
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories import imports as imports_repo
from tests.services.spreadsheets import write_csv, write_ods, write_vcf, write_xls, write_xlsx

HEADER = ["Civilité", "Nom", "Prénom", "Tél. portable", "E-mail", "CP", "Ville", "Date de naissance", "Consentement SMS"]  # fmt: skip
MESSY: list[list[Any]] = [
    ["Fichier clients — Optique Martin"],
    [],
    HEADER,
    ["Mme", "Martin", "Élodie", 612345678.0, "elodie@example.fr", 6000, "Nice", dt.date(1980, 1, 2), "oui"],
    ["M.", "Durand", "Paul", "+33 (0)6 11 22 33 44", "paul@example.fr", "75001", "Paris", None, "x"],
    [],
    [None, "Petit", "Anne", "0033 6 99 88 77 66", None, None, None, None, "non"],
    [None, "Martin", "Élodie", "06 12 34 56 78"],  # same mobile as row 4
    [None, "Lefèvre", "Jean", "01 23 45 67 89"],  # a landline
    [None, "Faux", "Numéro", "0612"],
    [None, "Bernard", "Luc", 33655443322],
    [None, None, None, None, "orphan@example.fr"],  # neither name nor number
]


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def importer(db: Database, hub: ChangeHub) -> Importer:
    return Importer(db, hub, clock=FakeClock())


@pytest.fixture
def clients(db: Database, hub: ChangeHub) -> ClientService:
    return ClientService(db, hub)


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count(ClientRow.id))) or 0)


def test_a_messy_workbook_imports_with_the_right_counts_and_row_numbers(
    tmp_path: Path, importer: Importer, clients: ClientService, hub: ChangeHub
) -> None:
    published: list[Changes] = []
    hub.subscribe(published.append)
    path = write_xlsx(tmp_path / "clients.xlsx", MESSY, first_column=2)
    report = importer.run(path)
    assert report.status is RunStatus.COMPLETED
    assert (report.imported, report.updated, report.skipped_duplicates, report.rejected) == (5, 0, 1, 2)
    assert report.blank_rows == 1
    assert [(i.row, i.column, i.code) for i in report.errors] == [
        (10, "Tél. portable (E)", "too_short"),
        (12, "Nom (C)", "name_or_mobile_required"),
    ]
    assert [(i.row, i.code) for i in report.warnings] == [(9, "import_landline_moved")]
    assert [(i.row, i.code, dict(i.params)) for i in report.duplicates] == [
        (8, "import_duplicate_in_file", {"first_row": "4"})
    ]
    assert "ligne 4" in report.duplicates[0].message()
    assert report.batches[0].first_row == 4 and report.batches[-1].last_row == 12

    martin = clients.find_by_mobile("06 12 34 56 78")
    assert martin is not None
    assert (martin.civility, martin.postal_code, martin.city) == ("Mme", "06000", "Nice")
    assert martin.birthday == dt.date(1980, 1, 2)
    assert martin.promotional_consent is ConsentState.GRANTED
    assert clients.search_ids(ClientQuery(text="elodie")) == [martin.id]
    lefevre = clients.get(clients.search_ids(ClientQuery(text="Lefèvre"))[0])
    assert (lefevre.mobile, lefevre.other_phone) == (None, "+33123456789")
    assert clients.find_by_mobile("+33655443322") is not None  # an int that lost its "+"
    assert clients.find_by_mobile("+33699887766").promotional_consent is ConsentState.UNKNOWN  # type: ignore[union-attr]
    assert published == [Changes(clients_reset=True)]

    again = importer.run(path)
    assert (again.imported, again.updated, again.skipped_duplicates, again.rejected) == (0, 0, 6, 2)
    assert {i.code for i in again.duplicates} == {"import_duplicate_in_file", "import_already_exists"}
    assert len(clients.search_ids(ClientQuery())) == 5


def test_consent_is_recorded_as_an_import_event_with_the_file_name(
    tmp_path: Path, importer: Importer, clients: ClientService
) -> None:
    path = write_xlsx(
        tmp_path / "promo.xlsx", [["Nom", "Portable", "Consentement SMS"], ["Martin", "0612345678", "oui"]]
    )
    importer.run(path)
    client = clients.find_by_mobile("0612345678")
    assert client is not None
    history = clients.consent_history(client.id)
    assert [(e.purpose, e.state, e.source, e.reference) for e in history] == [
        (ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.IMPORT, "promo.xlsx")
    ]


def test_no_consent_without_an_explicit_consent_column(
    tmp_path: Path, importer: Importer, db: Database
) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Nom", "Portable", "Remarque"], ["Martin", "0612345678", "oui"]])
    importer.run(path)
    with db.read() as session:
        assert session.scalar(select(func.count(ConsentEventRow.id))) == 0


def test_the_suppression_list_wins_over_the_files_consent(
    tmp_path: Path, importer: Importer, clients: ClientService, db: Database
) -> None:
    with db.session() as session:  # the client opted out, then was erased
        consent_repo.suppress(
            session,
            hash_number("+33612345678"),
            consent_repo.SCOPE_PROMOTIONAL,
            "sms_reply",
            dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
        )
    path = write_xlsx(tmp_path / "c.xlsx", [["Nom", "Portable", "Opt-in"], ["Martin", "0612345678", "oui"]])
    report = importer.run(path)
    assert report.imported == 1
    assert [(w.code, w.column) for w in report.warnings] == [("import_consent_suppressed", "Opt-in (C)")]
    client = clients.find_by_mobile("0612345678")
    assert client is not None and client.promotional_consent is ConsentState.WITHDRAWN
    assert [e.state for e in clients.consent_history(client.id)] == [ConsentState.WITHDRAWN]


@pytest.mark.parametrize(
    ("policy", "counts", "email", "city", "consent"),
    [
        (DuplicatePolicy.SKIP, (0, 0, 1), "", "Lyon", ConsentState.UNKNOWN),
        (DuplicatePolicy.FILL, (0, 1, 0), "new@example.fr", "Lyon", ConsentState.GRANTED),
        (DuplicatePolicy.OVERWRITE, (0, 1, 0), "new@example.fr", "Paris", ConsentState.GRANTED),
    ],
)
def test_the_three_duplicate_options(
    tmp_path: Path,
    importer: Importer,
    clients: ClientService,
    policy: DuplicatePolicy,
    counts: tuple[int, int, int],
    email: str,
    city: str,
    consent: ConsentState,
) -> None:
    client_id = clients.create(
        ClientDraft(last_name="Martin", mobile="0612345678", city="Lyon", tags=("vip",))
    )
    path = write_xlsx(
        tmp_path / "c.xlsx",
        [
            ["Nom", "Prénom", "Portable", "E-mail", "Ville", "Étiquettes", "Consentement SMS"],
            ["Martin", "", "06 12 34 56 78", "new@example.fr", "Paris", "fidèle", "oui"],
        ],
    )
    report = importer.run(path, options=ImportOptions(on_duplicate=policy))
    assert (report.imported, report.updated, report.skipped_duplicates) == counts
    client = clients.get(client_id)
    assert (client.email, client.city, client.promotional_consent) == (email, city, consent)
    assert client.tags == (("vip",) if policy is DuplicatePolicy.SKIP else ("fidèle", "vip"))
    assert client.last_name == "Martin" and client.first_name == ""  # empty cells never erase
    if policy is not DuplicatePolicy.SKIP:
        assert clients.search_ids(ClientQuery(text="new@example")) == [client_id]
        repeat = importer.run(path, options=ImportOptions(on_duplicate=policy))
        assert (repeat.updated, repeat.skipped_duplicates) == (0, 1)  # nothing left to change


def test_clients_without_a_mobile_are_matched_on_name_and_email(
    tmp_path: Path, importer: Importer, clients: ClientService
) -> None:
    clients.create(ClientDraft(first_name="Élodie", last_name="Martin", email="elodie@example.fr"))
    path = write_csv(
        tmp_path / "c.csv",
        [["Nom", "Prénom", "E-mail"], ["MARTIN", "elodie", "Elodie@Example.fr"], ["Durand", "Paul", ""],
         ["Durand", "Paul", ""], ["Durand", "Paula", ""]],
    )  # fmt: skip
    report = importer.run(path)
    assert (report.imported, report.skipped_duplicates) == (2, 2)
    assert [(i.row, i.code) for i in report.duplicates] == [
        (2, "import_already_exists"),
        (4, "import_duplicate_in_file"),
    ]
    assert importer.run(path).imported == 0


def test_a_windows_1252_semicolon_csv_keeps_its_accents(
    tmp_path: Path, importer: Importer, clients: ClientService
) -> None:
    path = write_csv(
        tmp_path / "export excel.csv",
        [["Nom", "Prénom", "Téléphone", "Ville"], ["Lœw", "Hélène", "06 12 34 56 78", "Besançon"]],
        encoding="cp1252",
    )
    assert importer.run(path).imported == 1
    client = clients.find_by_mobile("0612345678")
    assert client is not None and (client.last_name, client.first_name, client.city) == (
        "Lœw",
        "Hélène",
        "Besançon",
    )


def test_ods_and_vcard_files_import(tmp_path: Path, importer: Importer, clients: ClientService) -> None:
    ods = write_ods(tmp_path / "c.ods", [["Nom", "Mobile"], ["Martin", 612345678]])
    vcf = write_vcf(
        tmp_path / "c.vcf", ["VERSION:3.0\nN:Durand;Paul;;;\nTEL;TYPE=CELL:0611223344\nEMAIL:paul@example.fr"]
    )
    assert importer.run(ods).imported == 1
    assert importer.run(vcf).imported == 1
    paul = clients.find_by_mobile("0611223344")
    assert paul is not None and (paul.first_name, paul.email) == ("Paul", "paul@example.fr")


def test_an_excel_97_workbook_imports_with_its_row_numbers_accents_and_dates(
    tmp_path: Path, importer: Importer, clients: ClientService
) -> None:
    xls = write_xls(
        tmp_path / "ancien logiciel.xls",
        [
            ["Fichier clients — Optique Lumière"],
            [],
            ["Nom", "Prénom", "Tél. portable", "Date de naissance"],
            ["Müller", "Hélène", 612345678.0, dt.date(1975, 3, 14)],
            ["Nguyễn", "Anaïs", "06 11 22 33 44", None],
            ["Faux", "Numéro", 12345.0, None],
        ],
        first_row=2,
    )
    report = importer.run(xls)
    assert (report.imported, report.rejected) == (2, 1)
    assert [(issue.row, issue.code) for issue in report.errors] == [(7, "too_short")]
    helene = clients.find_by_mobile("+33612345678")
    assert helene is not None
    assert (helene.last_name, helene.first_name, helene.birthday) == (
        "Müller",
        "Hélène",
        dt.date(1975, 3, 14),
    )
    anais = clients.find_by_mobile("0611223344")
    assert anais is not None and anais.last_name == "Nguyễn"


def _numbered(count: int) -> list[list[Any]]:
    return [["Nom", "Portable"]] + [[f"Client{i}", f"06{i:08d}"] for i in range(1, count + 1)]


def test_cancel_keeps_only_whole_committed_batches(tmp_path: Path, importer: Importer, db: Database) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", _numbered(10))
    cancel = threading.Event()
    seen: list[Progress] = []

    def progress(value: Progress) -> None:
        seen.append(value)
        cancel.set()  # the user clicks « Annuler » while the first batch is being saved

    report = importer.run(path, options=ImportOptions(batch_size=4), progress=progress, cancel=cancel)
    assert report.status is RunStatus.CANCELLED
    assert [(b.first_row, b.last_row) for b in report.batches] == [(2, 5)]
    assert report.imported == 4 == _count(db)
    assert seen[0].rows_done == 5 and seen[0].rows_total == 11 and 0 < seen[0].fraction < 1
    rest = importer.run(path)  # importing again completes the file, nothing twice
    assert (rest.imported, rest.skipped_duplicates) == (6, 4)
    assert _count(db) == 10


def test_cancel_before_the_first_batch_writes_nothing(
    tmp_path: Path, importer: Importer, db: Database
) -> None:
    cancel = threading.Event()
    cancel.set()
    report = importer.run(write_xlsx(tmp_path / "c.xlsx", _numbered(3)), cancel=cancel)
    assert report.status is RunStatus.CANCELLED and report.batches == [] and _count(db) == 0


def test_a_database_error_mid_way_leaves_whole_batches(
    tmp_path: Path, importer: Importer, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real = imports_repo.insert_clients

    def flaky(*args: Any, **kwargs: Any) -> list[int]:
        nonlocal calls
        calls += 1
        if calls == 2:
            real(*args, **kwargs)  # half-written, then the disk says no: rolled back
            raise DatabaseLockedError("locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(imports_repo, "insert_clients", flaky)
    report = importer.run(write_xlsx(tmp_path / "c.xlsx", _numbered(10)), options=ImportOptions(batch_size=4))
    assert report.status is RunStatus.FAILED and report.error_code == "database_locked"
    assert "occupée" in report.error_message()
    assert [(b.first_row, b.last_row) for b in report.batches] == [(2, 5)]
    assert _count(db) == 4 == report.imported


def test_a_file_damaged_after_some_batches_reports_what_was_saved(
    tmp_path: Path, importer: Importer, db: Database
) -> None:
    path = tmp_path / "c.csv"
    good = "Nom;Portable\r\n" + "".join(f"C{i};06{i:08d}\r\n" for i in range(1, 301))
    path.write_bytes(
        good.encode() + b'C6;"0600000006\r\n' + b"x" * (200 * 1024) + b"\r\n"
    )  # an endless field
    report = importer.run(path, options=ImportOptions(batch_size=100))
    assert report.status is RunStatus.FAILED and report.error_code == "import_cell_too_long"
    assert (report.error_params["row"], report.error_params["column"]) == ("302", "B")
    assert [(b.first_row, b.last_row) for b in report.batches] == [(2, 101), (102, 201), (202, 301)]
    assert _count(db) == report.imported == 300
    damaged_early = tmp_path / "early.csv"
    damaged_early.write_bytes(b'Nom;Portable\r\nC1;"06' + b"x" * (200 * 1024))
    with pytest.raises(ImportFileError):  # broken within the first rows: refused before any write
        importer.run(damaged_early)


def test_dry_run_reports_the_same_and_writes_nothing(
    tmp_path: Path, importer: Importer, db: Database
) -> None:
    path = write_xlsx(tmp_path / "clients.xlsx", MESSY, first_column=2)
    dry = importer.run(path, options=ImportOptions(dry_run=True, batch_size=3))
    assert dry.dry_run and _count(db) == 0
    real = importer.run(path, options=ImportOptions(batch_size=3))
    assert (dry.imported, dry.skipped_duplicates, dry.rejected) == (
        real.imported,
        real.skipped_duplicates,
        real.rejected,
    )
    assert [i.code for i in dry.issues] == [i.code for i in real.issues]


def test_a_sheet_nothing_can_be_read_from_is_refused(tmp_path: Path, importer: Importer) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Montant", "Date"], [12, "hier"], [13, "avant-hier"]])
    with pytest.raises(ImportFileError) as caught:
        importer.run(path)
    assert caught.value.code == "import_no_columns_mapped"


def test_analyse_and_preview_give_each_row_its_verdict(
    tmp_path: Path, importer: Importer, clients: ClientService
) -> None:
    clients.create(ClientDraft(last_name="Durand", mobile="0611223344"))
    path = write_xlsx(tmp_path / "clients.xlsx", MESSY, first_column=2, extra_sheets={"Notes": [["rien"]]})
    analysis = importer.analyse(path)
    assert analysis.sheet_names == ("Clients", "Notes") and analysis.sheet == "Clients"
    assert analysis.mapping.header_row == 3 and analysis.mapping.column_of(Field.MOBILE) == 3
    preview = importer.preview(analysis, analysis.mapping)
    assert [(p.row, p.verdict) for p in preview] == [
        (4, Verdict.NEW),
        (5, Verdict.EXISTS),
        (7, Verdict.NEW),
        (8, Verdict.DUPLICATE),
        (9, Verdict.WARNING),
        (10, Verdict.REJECTED),
        (11, Verdict.NEW),
        (12, Verdict.REJECTED),
    ]
    assert preview[5].issues[0].kind is IssueKind.ERROR
    unmapped = analysis.mapping.with_field(3, Field.IGNORE)
    assert [p.verdict for p in importer.preview(analysis, unmapped)][:2] == [Verdict.NEW, Verdict.NEW]
    assert _count_clients(clients) == 1  # previews never write


def _count_clients(clients: ClientService) -> int:
    return len(clients.search_ids(ClientQuery()))


def test_the_report_serialises_for_the_command_line(tmp_path: Path, importer: Importer) -> None:
    report = importer.run(write_xlsx(tmp_path / "clients.xlsx", MESSY, first_column=2))
    data = report.to_json()
    assert {k: data[k] for k in ("imported", "updated", "skipped_duplicates", "rejected")} == {
        "imported": 5, "updated": 0, "skipped_duplicates": 1, "rejected": 2,
    }  # fmt: skip
    assert data["errors"][0] == {
        "row": 10,
        "column": "Tél. portable (E)",
        "code": "too_short",
        "message": "Numéro trop court : il manque des chiffres.",
        "value": "0612",
    }
    assert set(data["timings"]) == {"read", "validate", "write"}


def test_the_garbage_collector_is_paused_during_a_run_only(tmp_path: Path, importer: Importer) -> None:
    import gc

    during: list[bool] = []
    importer.run(
        write_xlsx(tmp_path / "c.xlsx", _numbered(3)), progress=lambda _p: during.append(gc.isenabled())
    )
    assert during == [False] and gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    try:
        importer.run(write_xlsx(tmp_path / "d.xlsx", _numbered(3)))
        assert not gc.isenabled()
    finally:
        gc.enable()
