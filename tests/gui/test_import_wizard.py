"""The import assistant driven page by page with a synchronous task runner (and once with real threads)."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any, cast

from openpyxl import load_workbook
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWizard

from desktop.context import AppContext
from desktop.core.entities import ClientDraft, ClientQuery
from desktop.services.importing.importer import Verdict
from desktop.services.importing.mapping import Field
from desktop.services.importing.report import DuplicatePolicy, Progress, RunStatus
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.widgets.sheet_grid import SHOWN_COLUMNS
from tests.services.spreadsheets import write_encrypted_workbook, write_xlsx

MESSY: list[list[Any]] = [
    ["Fichier clients — Optique Martin"],
    [],
    ["Nom", "Prénom", "Tél.", "Divers", "Consentement SMS"],
    ["Martin", "Élodie", 612345678.0, "fidèle", "oui"],
    ["Durand", "Paul", "0611223344", "", ""],
    ["Martin", "Élodie", "06 12 34 56 78", "", ""],
    ["Faux", "Numéro", "0612", "", ""],
    ["Lefèvre", "Jean", "01 23 45 67 89", "", ""],
]


def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None
    return item


def _text(table: QTableWidget, row: int, column: int) -> str:
    return _item(table, row, column).text()


def _wizard(qtbot, ctx: AppContext, tasks, path: Path | None = None) -> ImportWizard:
    wizard = ImportWizard(ctx.importer, tasks, str(path) if path else None)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_every_page_from_file_to_report(qtbot, ctx: AppContext, tasks, tmp_path: Path) -> None:
    ctx.clients.create(ClientDraft(last_name="Durand", mobile="0611223344"))
    source = write_xlsx(tmp_path / "clients.xlsx", MESSY, extra_sheets={"Archives": [["Nom"], ["Ancien"]]})
    wizard = _wizard(qtbot, ctx, tasks)
    assert not wizard.file_page.isComplete()
    wizard.file_page.choose_file(str(source))
    assert wizard.file_page.isComplete()
    assert "2 feuille(s)" in wizard.file_page.status.text()
    wizard.next()

    page = wizard.sheet_page
    assert wizard.currentPage() is page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == ["Clients", "Archives"]
    assert page.header_spin.value() == 3  # found below the title and the blank row
    wizard.next()

    mapping_page = wizard.mapping_page
    assert wizard.currentPage() is mapping_page
    table = mapping_page.columns_table
    combos = [cast(QComboBox, table.cellWidget(r, 2)) for r in range(table.rowCount())]
    assert [Field(c.currentData()) for c in combos] == [
        Field.LAST_NAME, Field.FIRST_NAME, Field.MOBILE, Field.IGNORE, Field.CONSENT,
    ]  # fmt: skip
    verdicts = [_text(mapping_page.preview_table, r, 1) for r in range(mapping_page.preview_table.rowCount())]
    assert verdicts == [
        "Nouveau",
        "Déjà connu",
        "Doublon dans le fichier",
        "Refusé",
        "Nouveau, avec remarque",
    ]
    assert "trop court" in _item(mapping_page.preview_table, 3, 0).toolTip()
    assert _text(mapping_page.preview_table, 3, 2) == "Numéro trop court : il manque des chiffres."
    assert (
        _text(mapping_page.preview_table, 0, 5) == "612345678"
    )  # as the sheet shows it, not « 612345678.0 »
    assert _text(mapping_page.preview_table, 0, 2) == ""
    assert _text(table, 2, 1) == "612345678"  # the example of the « Tél. » column
    mapping_page.set_field(3, Field.NOTES)  # the user maps « Divers » to the notes
    assert wizard.mapping is not None and wizard.mapping.column_of(Field.NOTES) == 3
    assert combos[3].currentData() == Field.NOTES.value
    mapping_page.set_field(2, Field.IGNORE)
    assert not mapping_page.isComplete() or wizard.mapping.usable  # name columns still make it usable
    mapping_page.set_field(2, Field.MOBILE)
    wizard.next()

    options = wizard.options_page
    assert wizard.currentPage() is options
    assert "« Consentement SMS (E) »" in options.consent_note.text()
    assert options.options().on_duplicate is DuplicatePolicy.SKIP
    progressed: list[Progress] = []
    wizard.progressed.connect(progressed.append)
    with qtbot.waitSignal(wizard.imported, timeout=5000):
        wizard.next()  # « Importer »: the commit page
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=2000)
    assert progressed and progressed[-1].rows_done == 8

    report = wizard.report
    assert report is not None and report.status is RunStatus.COMPLETED
    assert (report.imported, report.skipped_duplicates, report.rejected) == (2, 2, 1)
    assert "2 client(s) importé(s)" in wizard.report_page.summary.text()
    issues = wizard.report_page.issues_table
    rows = [[_text(issues, r, c) for c in range(4)] for r in range(issues.rowCount())]
    assert ["7", "Tél. (C)", "Refusée", "Numéro trop court : il manque des chiffres."] in rows
    martin = ctx.clients.find_by_mobile("0612345678")
    assert martin is not None and martin.notes == "fidèle"

    wizard.export_report(str(tmp_path / "rapport.xlsx"))
    assert "rapport.xlsx" in wizard.report_page.status.text()
    sheet = load_workbook(tmp_path / "rapport.xlsx").active
    assert sheet is not None and sheet["A1"].value == "Ligne"
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # nothing left to cancel


def test_a_broken_file_shows_a_french_message_and_blocks_next(
    qtbot, ctx: AppContext, tasks, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ctx, tasks, write_encrypted_workbook(tmp_path / "locked.xlsx"))
    assert not wizard.file_page.isComplete()
    assert "mot de passe" in wizard.file_page.error.text()
    wizard.file_page.choose_file(str(tmp_path / "absent.csv"))
    assert "introuvable" in wizard.file_page.error.text()


def test_the_sheet_page_shows_the_first_rows_and_a_click_picks_the_title_row(
    qtbot, ctx: AppContext, tasks, tmp_path: Path
) -> None:
    source = write_xlsx(tmp_path / "clients.xlsx", MESSY, first_row=2, first_column=2)
    wizard = _wizard(qtbot, ctx, tasks, source)
    wizard.next()
    grid = wizard.sheet_page.grid
    rows = [grid.verticalHeaderItem(r) for r in range(4)]
    columns = [grid.horizontalHeaderItem(c) for c in range(2)]
    assert [i.text() if i else "" for i in rows] == ["1", "2", "3", "4"]  # numbered as in the sheet
    assert [i.text() if i else "" for i in columns] == ["B", "C"]
    header = 3  # sheet row 4
    assert _item(grid, header, 0).text() == "Nom" and _item(grid, header, 0).font().bold()
    assert not _item(grid, header + 1, 0).font().bold()
    assert _item(grid, header + 1, 2).text() == "612345678"

    grid.cellClicked.emit(header + 1, 0)  # the user clicks the first client's row: it becomes the titles
    assert wizard.sheet_page.header_spin.value() == 5
    assert _item(grid, header + 1, 0).font().bold() and not _item(grid, header, 0).font().bold()
    assert wizard.mapping is not None and wizard.mapping.header_row == 5
    grid.cellClicked.emit(header, 1)
    assert wizard.mapping.header_row == 4 and wizard.mapping.column_of(Field.MOBILE) == 2


def test_choosing_another_sheet_and_header_row(qtbot, ctx: AppContext, tasks, tmp_path: Path) -> None:
    source = write_xlsx(
        tmp_path / "book.xlsx",
        [["Titre"], ["Nom", "Portable"], ["Martin", "0612345678"]],
        extra_sheets={"Autres": [["Client", "GSM"], ["Paul Durand", "0611223344"]]},
    )
    wizard = _wizard(qtbot, ctx, tasks, source)
    wizard.next()
    wizard.sheet_page.choose_sheet("Autres")
    assert wizard.analysis is not None and wizard.analysis.sheet == "Autres"
    assert wizard.mapping is not None and wizard.mapping.fields == (Field.FULL_NAME, Field.MOBILE)
    wizard.sheet_page.set_header_row(None)  # « aucune »: the first row becomes data
    assert wizard.mapping.header_row is None
    wizard.sheet_page.set_header_row(1)
    wizard.next()
    wizard.next()
    wizard.options_page.set_policy(DuplicatePolicy.FILL)
    with qtbot.waitSignal(wizard.imported, timeout=5000):
        wizard.next()
    paul = ctx.clients.find_by_mobile("0611223344")
    assert paul is not None and (paul.first_name, paul.last_name) == ("Paul", "Durand")


def test_cancel_during_the_import_keeps_whole_batches(qtbot, ctx: AppContext, tasks, tmp_path: Path) -> None:
    rows = [["Nom", "Portable"]] + [[f"C{i}", f"06{i:08d}"] for i in range(1, 11)]
    wizard = _wizard(qtbot, ctx, tasks, write_xlsx(tmp_path / "c.xlsx", rows))
    wizard.batch_size = 4
    wizard.progressed.connect(lambda _p: wizard.reject())  # the user presses « Annuler » during the run
    for _ in range(3):
        wizard.next()
    with qtbot.waitSignal(wizard.imported, timeout=5000):
        wizard.next()
    report = wizard.report
    assert report is not None and report.status is RunStatus.CANCELLED
    assert [(b.first_row, b.last_row) for b in report.batches] == [(2, 5)]
    assert len(ctx.clients.search_ids(ClientQuery())) == 4
    assert wizard.isVisible()  # the cancel stopped the import, it did not close the window
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.report_page, timeout=2000)
    assert "Lignes enregistrées jusqu'à la ligne 5" in wizard.report_page.summary.text()


class ThreadTaskRunner(QObject):
    """Like the app's TaskRunner, with Python threads the test can join (Qt's pool threads would outlive it)."""

    _finished = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []
        self.ui_thread = threading.get_ident()
        self.worker_threads: set[int] = set()
        self._finished.connect(self._deliver)

    def run(self, fn, on_done=None, on_error=None) -> None:
        def work() -> None:
            self.worker_threads.add(threading.get_ident())
            try:
                outcome = (True, fn())
            except Exception as exc:
                outcome = (False, exc)
            self._finished.emit(on_done, on_error, outcome)  # queued to the UI thread

        thread = threading.Thread(target=work)
        self.threads.append(thread)
        thread.start()

    def _deliver(self, on_done, on_error, outcome) -> None:
        assert threading.get_ident() == self.ui_thread
        ok, value = outcome
        (on_done if ok else on_error)(value)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(5)


def test_with_real_threads_the_work_leaves_the_ui_thread(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    runner = ThreadTaskRunner()
    rows = [["Nom", "Portable", "Né le"]] + [
        [f"C{i}", f"06{i:08d}", dt.date(1980, 1, 1)] for i in range(1, 301)
    ]
    wizard = _wizard(qtbot, ctx, runner, write_xlsx(tmp_path / "c.xlsx", rows))
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=5000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.preview) and wizard.preview[0].verdict is Verdict.NEW, timeout=5000)
    wizard.next()
    progress_threads: list[int] = []
    wizard.progressed.connect(lambda _p: progress_threads.append(threading.get_ident()))
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    runner.join()
    assert wizard.report is not None and wizard.report.imported == 300
    assert runner.ui_thread not in runner.worker_threads
    assert progress_threads and set(progress_threads) == {runner.ui_thread}  # relayed to the UI thread


def test_a_very_wide_sheet_shows_only_its_first_columns(
    qtbot, ctx: AppContext, tasks, tmp_path: Path
) -> None:
    header = ["Nom", "Portable"] + [f"Colonne {i}" for i in range(300)]
    source = write_xlsx(tmp_path / "large.xlsx", [header, ["Martin", "0612345678"] + ["x"] * 300])
    wizard = _wizard(qtbot, ctx, tasks, source)
    wizard.next()
    grid = wizard.sheet_page.grid
    assert grid.columnCount() == SHOWN_COLUMNS
    assert _item(grid, 0, 0).text() == "Nom" and _item(grid, 0, 0).font().bold()
