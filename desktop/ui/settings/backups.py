"""Réglages › Données › Sauvegardes: the copies of the database, a copy now, and restoring one.

Restoring replaces the data the window shows: once a copy is checked (off the UI thread: a damaged or newer
copy is refused at once, with the reason) and the user confirms, the panel emits ``restore_requested``
and the application closes its services, restores, and reopens them on the restored data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.text import file_size
from desktop.services.restore import BackupCopy, CopyKind
from desktop.ui import errors, texts
from desktop.ui.settings.fields import OK_STYLE, error_label, hint_label

Index = QModelIndex | QPersistentModelIndex


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text)


def kind_label(kind: CopyKind) -> str:
    return {
        CopyKind.DAILY: translate("BackupsModel", "Quotidienne"),
        CopyKind.MANUAL: translate("BackupsModel", "Manuelle"),
        CopyKind.BEFORE_MIGRATION: translate("BackupsModel", "Avant mise à jour"),
        CopyKind.BEFORE_RESTORE: translate("BackupsModel", "Avant restauration"),
        CopyKind.DAMAGED: translate("BackupsModel", "Base endommagée (gardée)"),
        CopyKind.OTHER: translate("BackupsModel", "Autre"),
    }[kind]


class BackupsModel(QAbstractTableModel):
    """The copies, newest first (a few dozen at most)."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._copies: list[BackupCopy] = []
        self._zone = texts.business_zone()

    def set_copies(self, copies: list[BackupCopy], zone=None) -> None:
        self.beginResetModel()
        self._copies = list(copies)
        self._zone = zone or self._zone
        self.endResetModel()

    def copy_at(self, row: int) -> BackupCopy | None:
        return self._copies[row] if 0 <= row < len(self._copies) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._copies)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Date"), self.tr("Type"), self.tr("Taille"), self.tr("Clients"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        copy = self.copy_at(index.row()) if index.isValid() else None
        if copy is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return texts.format_short(copy.taken_at, self._zone)
            if column == 1:
                return kind_label(copy.kind)
            if column == 2:
                return file_size(copy.size)
            if column == 3:
                return "?" if copy.clients is None else str(copy.clients)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(copy.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreConfirmation(QMessageBox):
    def __init__(self, copy: BackupCopy, zone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        clients = "?" if copy.clients is None else str(copy.clients)
        self.setText(
            self.tr("Remplacer les données actuelles par la sauvegarde du %1 (%2 clients) ?")
            .replace("%1", texts.format_short(copy.taken_at, zone))
            .replace("%2", clients)
        )
        self.setInformativeText(
            self.tr(
                "Les données actuelles sont d'abord gardées dans le dossier des sauvegardes. Ce qui a été "
                "saisi depuis cette sauvegarde ne sera plus affiché. Les SMS qui attendaient dans la "
                "sauvegarde sont vérifiés auprès du fournisseur avant tout envoi."
            )
        )
        self.restore_button = self.addButton(self.tr("&Restaurer"), QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @classmethod
    def ask(cls, copy: BackupCopy, zone, parent: QWidget | None = None) -> bool:
        dialog = cls(copy, zone, parent)
        dialog.exec()
        return dialog.clickedButton() is dialog.restore_button


class BackupsPanel(QWidget):
    restore_requested = Signal(object)  # Path: checked, and confirmed by the user
    listed = Signal(int)  # how many copies are shown

    def __init__(self, backups, restore, tasks, zone=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._restore = restore
        self._tasks = tasks
        self._zone = zone or texts.business_zone()
        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.table.setAccessibleName(self.tr("Sauvegardes"))
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenan&t"))
        self.restore_button = QPushButton(self.tr("&Restaurer la sauvegarde choisie…"))
        self.restore_file_button = QPushButton(self.tr("Restaurer un autre &fichier…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        self.server_note = hint_label(
            self.tr(
                "La base de données est sur un serveur : elle se sauvegarde et se restaure avec les outils "
                "du serveur (pg_dump, pg_restore)."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.server_note)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        available = restore.available
        self.server_note.setVisible(not available)
        for widget in (self.table, self.backup_button, self.restore_button, self.restore_file_button):
            widget.setEnabled(available)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_file)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    # ---------------------------------------------------------------- listing
    def refresh(self) -> None:
        if not self._restore.available:
            return
        self._tasks.run(self._restore.copies, on_done=self._listed, on_error=self._on_error)

    def _listed(self, copies: list[BackupCopy]) -> None:
        self.model.set_copies(copies, self._zone)
        self._update_buttons()
        self.listed.emit(len(copies))

    def selected(self) -> BackupCopy | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.copy_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        copy = self.selected()
        usable = copy is not None and copy.kind is not CopyKind.DAMAGED
        self.restore_button.setEnabled(self._restore.available and usable)

    # ---------------------------------------------------------------- actions
    def backup_now(self) -> None:
        self._clear()
        self._tasks.run(self._backups.backup_now, on_done=self._backed_up, on_error=self._on_error)

    def _backed_up(self, outcome) -> None:
        if outcome.path is not None:
            self.status.setStyleSheet(OK_STYLE)
            self.status.setText(self.tr("Sauvegarde écrite : %1").replace("%1", str(outcome.path)))
        self.refresh()

    def restore_selected(self) -> None:
        copy = self.selected()
        if copy is not None:
            self.check_then_confirm(copy.path)

    def restore_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restaurer une sauvegarde"),
            str(self._restore.folders()[0]),
            self.tr("Sauvegardes Comptoir (*.sqlite3);;Tous les fichiers (*)"),
        )
        if path:
            self.check_then_confirm(Path(path))

    def check_then_confirm(self, path: Path) -> None:
        """Check the copy off the UI thread; a usable one is confirmed, then asked for."""
        self._clear()
        self._tasks.run(lambda: self._restore.check(path), on_done=self._confirm, on_error=self._on_error)

    def _confirm(self, copy: BackupCopy) -> None:
        if RestoreConfirmation.ask(copy, self._zone, self):
            self.restore_requested.emit(copy.path)

    def _clear(self) -> None:
        self.status.clear()
        self.error.hide()

    def _on_error(self, error: BaseException) -> None:
        errors.show_in(self.error, error)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
