"""Prospects with no contact from them for three years (CNIL: ask them again, or erase them): the list,
and erasing a selection after a confirmation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.phones import format_national
from desktop.services.privacy import Prospect
from desktop.ui import errors, texts
from desktop.ui.dialogs.consent_dialog import current_user
from desktop.ui.settings.fields import OK_STYLE, error_label, hint_label

Index = QModelIndex | QPersistentModelIndex


class ProspectsModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._prospects: list[Prospect] = []
        self._zone = texts.business_zone()

    def set_prospects(self, prospects: list[Prospect], zone=None) -> None:
        self.beginResetModel()
        self._prospects = list(prospects)
        self._zone = zone or self._zone
        self.endResetModel()

    def prospect_at(self, row: int) -> Prospect | None:
        return self._prospects[row] if 0 <= row < len(self._prospects) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._prospects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Nom"), self.tr("Portable"), self.tr("Fiche créée le"), self.tr("Dernier contact"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        prospect = self.prospect_at(index.row()) if index.isValid() else None
        if prospect is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return prospect.name or self.tr("(sans nom)")
        if column == 1:
            return format_national(prospect.mobile) if prospect.mobile else ""
        if column == 2:
            return texts.format_day(prospect.created_at.astimezone(self._zone).date(), with_year=True)
        if column == 3:
            return texts.format_day(prospect.last_activity.astimezone(self._zone).date(), with_year=True)
        return None


class ProspectsDialog(QDialog):
    def __init__(self, privacy, tasks, zone=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._tasks = tasks
        self._zone = zone
        self.setWindowTitle(self.tr("Prospects sans contact depuis 3 ans"))
        self.resize(760, 460)
        self.model = ProspectsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Prospects sans contact depuis 3 ans"))
        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.erase_button = QPushButton(self.tr("&Effacer la sélection…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Ces clients n'ont jamais acheté ni pris rendez-vous, et aucun contact n'est venu d'eux "
                    "depuis trois ans (ni réponse, ni accord donné). La CNIL recommande de leur redemander "
                    "leur accord, ou d'effacer leurs données."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.erase_button.clicked.connect(self.erase_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def refresh(self) -> None:
        self._tasks.run(self._privacy.quiet_prospects, on_done=self._listed, on_error=self._on_error)

    def _listed(self, prospects: list[Prospect]) -> None:
        self.model.set_prospects(prospects, self._zone)
        self.count.setText(self.tr("%n prospect(s) à revoir", "", len(prospects)))
        self._update_buttons()

    def selected(self) -> list[Prospect]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [p for p in (self.model.prospect_at(r) for r in rows) if p is not None]

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(bool(self.selected()))

    def erase_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Effacer des prospects"),
            self.tr(
                "Effacer définitivement %n prospect(s) ? Leurs consentements restent au registre sans leur "
                "nom, et leurs numéros en liste d'opposition.",
                "",
                len(chosen),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        who = current_user()
        ids = [p.client_id for p in chosen]

        def erase() -> int:
            for client_id in ids:
                self._privacy.erase(client_id, recorded_by=who)
            return len(ids)

        self.error.hide()
        self._tasks.run(erase, on_done=self._erased, on_error=self._on_error)

    def _erased(self, count: int) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(self.tr("%n prospect(s) effacé(s).", "", count))
        self.refresh()

    def _on_error(self, error: BaseException) -> None:
        errors.show_in(self.error, error)
        self.refresh()  # some may have been erased before the one that could not be

    @classmethod
    def show_for(cls, privacy, tasks, zone=None, parent: QWidget | None = None) -> None:
        cls(privacy, tasks, zone, parent).exec()
