"""The consent register: every consent given or withdrawn (who, when, how, the wording shown), including
the anonymous lines of erased clients, newest first; exportable to Excel or CSV."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.models.consent_register_model import ConsentRegisterModel
from desktop.ui.settings.fields import OK_STYLE, error_label


class ConsentRegisterDialog(QDialog):
    def __init__(self, privacy, tasks, zone=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._tasks = tasks
        self.setWindowTitle(self.tr("Registre des consentements"))
        self.resize(900, 520)
        self.model = ConsentRegisterModel(privacy, tasks, zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Registre des consentements"))
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.export_button = QPushButton(self.tr("E&xporter…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self.export)
        self._tasks.run(self._privacy.consent_event_count, on_done=self._counted, on_error=self._on_error)
        self.model.reload()

    def _counted(self, total: int) -> None:
        self.count.setText(self.tr("%n évènement(s) enregistré(s)", "", total))

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le registre des consentements"),
            "registre-consentements.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        self.error.hide()
        self._tasks.run(
            lambda: self._privacy.export_consent_register(path),
            on_done=lambda lines: self._exported(path, lines),
            on_error=self._on_error,
        )

    def _exported(self, path: str, lines: int) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("%n ligne(s) exportée(s) dans %1", "", lines).replace("%1", path))

    def _on_error(self, error: BaseException) -> None:
        errors.show_in(self.error, error)

    @classmethod
    def show_for(cls, privacy, tasks, zone=None, parent: QWidget | None = None) -> None:
        cls(privacy, tasks, zone, parent).exec()
