"""The import assistant: file → sheet → columns (with a live preview) → options → import → report.

Every file and database access runs through the task runner, off the UI thread; results come back as
callbacks on the UI thread. The import itself reports its progress through a signal and can be cancelled
between batches; the report page lists what was imported, updated, skipped and rejected, and exports it.

Pages are plain attributes (``file_page``, ``sheet_page``…) with small methods (``choose_file``,
``set_field``…) so tests drive them without dialogs.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core import catalogue
from desktop.services.exporter import export_report
from desktop.services.importing.importer import Importer, PreviewRow, SheetAnalysis
from desktop.services.importing.mapping import ColumnMapping
from desktop.services.importing.report import ImportOptions, ImportReport, Progress, RunStatus
from desktop.ui import errors
from desktop.ui.dialogs.import_wizard_pages import (
    FilePage,
    MappingPage,
    OptionsPage,
    SheetPage,
    error_label,
)


class _Relay(QObject):
    """Carries the worker's progress to the UI thread (queued when emitted from the worker)."""

    progressed = Signal(object)


class ImportWizard(QWizard):
    analysed = Signal(object)  # SheetAnalysis
    previewed = Signal(list)  # list[PreviewRow]
    progressed = Signal(object)  # Progress
    imported = Signal(object)  # ImportReport, when the run ended (completed, cancelled or failed)

    def __init__(
        self, importer: Importer, tasks, path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.importer = importer
        self.tasks = tasks
        self.analysis: SheetAnalysis | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: list[PreviewRow] = []
        self.report: ImportReport | None = None
        self.error = ""
        self.running = False
        #: Rows per transaction (a cancel keeps whole batches only).
        self.batch_size = ImportOptions().batch_size
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._generation = 0
        self.setWindowTitle(self.tr("Importer des clients"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importer"))
        self.resize(860, 600)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.progress_page = ProgressPage(self)
        self.report_page = ReportPage(self)
        for page in (
            self.file_page, self.sheet_page, self.mapping_page, self.options_page, self.progress_page,
            self.report_page,
        ):  # fmt: skip
            self.addPage(page)
        if path:
            self.file_page.choose_file(path)

    @classmethod
    def ask(cls, importer: Importer, tasks, path: str | None = None, parent: QWidget | None = None):
        """Run the assistant; the report of the import, or None if nothing was imported."""
        wizard = cls(importer, tasks, path, parent)
        wizard.exec()
        return wizard.report

    # ---------------------------------------------------------------- work off the UI thread
    def analyse(self, path: str, sheet: str | None = None) -> None:
        self._generation += 1
        generation = self._generation
        self.error = ""
        self.tasks.run(
            lambda: self.importer.analyse(path, sheet),
            on_done=lambda analysis: self._on_analysed(generation, analysis),
            on_error=lambda error: self._on_analyse_error(generation, error),
        )

    def _on_analysed(self, generation: int, analysis: SheetAnalysis) -> None:
        if generation != self._generation:
            return
        self.analysis = analysis
        self.set_mapping(analysis.mapping)
        self.analysed.emit(analysis)

    def _on_analyse_error(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.analysis, self.mapping, self.error = None, None, errors.text_for(error)
        self.analysed.emit(None)

    def set_mapping(self, mapping: ColumnMapping) -> None:
        self.mapping = mapping
        analysis = self.analysis
        if analysis is None:
            return
        self.tasks.run(
            lambda: self.importer.preview(analysis, mapping, limit=50),
            on_done=lambda rows: self._on_previewed(mapping, rows),
            on_error=lambda error: self.mapping_page.show_error(errors.text_for(error)),
        )

    def _on_previewed(self, mapping: ColumnMapping, rows: list[PreviewRow]) -> None:
        if mapping is self.mapping:
            self.preview = rows
            self.previewed.emit(rows)

    def start_import(self) -> None:
        assert self.analysis is not None and self.mapping is not None
        analysis, mapping = self.analysis, self.mapping
        options = self.options_page.options()
        self._cancel.clear()
        self.running = True
        self.report = None
        self.tasks.run(
            lambda: self.importer.run(
                analysis.path,
                sheet=analysis.sheet,
                mapping=mapping,
                options=options,
                progress=self._relay.progressed.emit,
                cancel=self._cancel,
            ),
            on_done=self._on_imported,
            on_error=self._on_import_error,
        )

    def cancel_import(self) -> None:
        """Stop after the batch being written (whole batches only are kept)."""
        self._cancel.set()
        self.progress_page.status.setText(self.tr("Annulation… le lot en cours se termine."))

    def _on_progress(self, progress: Progress) -> None:
        self.progress_page.show_progress(progress)
        self.progressed.emit(progress)

    def _on_imported(self, report: ImportReport) -> None:
        self.running = False
        self.report = report
        self.report_page.show_report(report)
        self.progress_page.done()
        self.imported.emit(report)
        QTimer.singleShot(0, self._advance_to_report)

    def _advance_to_report(self) -> None:
        if self.currentPage() is self.progress_page and self.progress_page.isComplete():
            self.next()

    def _on_import_error(self, error: BaseException) -> None:
        self.running = False
        self.progress_page.failed(errors.text_for(error))

    def reject(self) -> None:
        if self.running:  # the window stays until the batch in progress is committed
            self.cancel_import()
            return
        super().reject()

    def export_report(self, path: str) -> None:
        report = self.report
        if report is None:
            return
        self.tasks.run(
            lambda: export_report(report, path),
            on_done=lambda _count: self.report_page.exported(path),
            on_error=lambda error: self.report_page.status.setText(errors.text_for(error)),
        )


# ---------------------------------------------------------------------------------------- run and report


class ProgressPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import en cours"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuler l'&import"))
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(wizard.cancel_import)
        self._done = False

    def initializePage(self) -> None:
        self._done = False
        self.bar.setValue(0)
        self.error.clear()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Lecture et vérification des lignes…"))
        self._wizard.start_import()

    def show_progress(self, progress: Progress) -> None:
        self.bar.setValue(round(progress.fraction * 100))
        self.status.setText(
            self.tr("Ligne %1 sur environ %2 — %3 importé(s), %4 refusé(s).")
            .replace("%1", str(progress.rows_done))
            .replace("%2", str(progress.rows_total))
            .replace("%3", str(progress.imported))
            .replace("%4", str(progress.rejected))
        )

    def done(self) -> None:
        self._done = True
        self.bar.setValue(100)
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.error.setText(message)

    def isComplete(self) -> bool:
        return self._done


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Rapport d'import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.issues_table = QTableWidget(0, 4)
        self.issues_table.setHorizontalHeaderLabels(
            [self.tr("Ligne"), self.tr("Colonne"), self.tr("Type"), self.tr("Détail")]
        )
        self.issues_table.horizontalHeader().setStretchLastSection(True)
        self.issues_table.verticalHeader().setVisible(False)
        self.issues_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.export_button = QPushButton(self.tr("&Exporter le rapport…"))
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.export_button.clicked.connect(self._ask_export)

    def initializePage(self) -> None:
        # Nothing is left to cancel: « Terminer » alone closes the report.
        self._wizard.setOption(QWizard.WizardOption.NoCancelButton, True)

    def show_report(self, report: ImportReport) -> None:
        lines = [
            self.tr("%n client(s) importé(s)", "", report.imported),
            self.tr("%n mis à jour", "", report.updated),
            self.tr("%n doublon(s) ignoré(s)", "", report.skipped_duplicates),
            self.tr("%n ligne(s) refusée(s)", "", report.rejected),
        ]
        text = " · ".join(lines)
        if report.dry_run:
            text = self.tr("Vérification seulement : rien n'a été enregistré.") + "\n" + text
        if report.status is RunStatus.CANCELLED:
            text += "\n" + catalogue.explain("import_cancelled")
        elif report.status is RunStatus.FAILED:
            text += "\n" + report.error_message()
        if report.batches and report.status is not RunStatus.COMPLETED:
            text += "\n" + self.tr("Lignes enregistrées jusqu'à la ligne %1.").replace(
                "%1", str(report.last_committed_row)
            )
        self.summary.setText(text)
        kinds = {
            "error": self.tr("Refusée"),
            "warning": self.tr("Avertissement"),
            "duplicate": self.tr("Doublon"),
        }
        shown = report.issues[:5000]
        self.issues_table.setRowCount(len(shown))
        for r, issue in enumerate(shown):
            for c, value in enumerate(
                (str(issue.row), issue.column, kinds[issue.kind.value], issue.message())
            ):
                self.issues_table.setItem(r, c, QTableWidgetItem(value))

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le rapport"),
            "rapport-import.xlsx",
            self.tr("Classeur Excel (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self._wizard.export_report(path)

    def exported(self, path: str) -> None:
        self.status.setText(self.tr("Rapport enregistré : %1").replace("%1", Path(path).name))
