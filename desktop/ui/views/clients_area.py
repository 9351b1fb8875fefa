"""The Clients area: the list, the client card, and moving clients in and out (import, export, model file).

Dropping a spreadsheet anywhere on the area opens the import wizard with that file. At start-up the area is
built before the services (the list shows its first page meanwhile) and :meth:`ClientsArea.attach` gives them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import errors
from desktop.ui.views.clients_view import ClientsView

if TYPE_CHECKING:
    from desktop.ui.views.client_card import ClientCard

_SPREADSHEETS = "*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.vcf"


class ClientsArea(QWidget):
    """List ↔ card, plus the import/export actions of the client file."""

    exported = Signal(str)  # path written
    messages_queued = Signal(list)  # ids queued from the list's « Envoyer un SMS »

    def __init__(
        self,
        clients,
        importer,
        exporter,
        tasks,
        card=None,
        parent=None,
        *,
        compose=None,
        templates=None,
        settings=None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._exporter = exporter
        self._tasks = tasks
        self._compose = compose
        self._templates = templates
        self.list_view = ClientsView(clients, tasks, settings=settings)
        self.list_view.send_button.setVisible(compose is not None and templates is not None)
        self.list_view.compose_requested.connect(self.compose_for)
        self.list_view.import_requested.connect(lambda: self.import_file(None))
        self.card: ClientCard | None = None
        self.import_button = QPushButton(self.tr("&Importer un fichier…"))
        self.import_button.setToolTip(
            self.tr("Importer des clients depuis Excel, LibreOffice, un CSV ou des fiches contact (vCard)")
        )
        self.export_button = QPushButton(self.tr("E&xporter…"))
        self.model_button = QPushButton(self.tr("Télécharger le &modèle"))
        self.model_button.setToolTip(self.tr("Un fichier Excel avec les colonnes attendues et un exemple"))

        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.model_button)
        actions.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_view)
        self._set_card(card)
        self._enable_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)

        self.import_button.clicked.connect(lambda: self.import_file(None))
        self.export_button.clicked.connect(self.export_clients)
        self.model_button.clicked.connect(self.save_model)

    def attach(
        self, clients, importer, exporter, card=None, *, compose=None, templates=None, settings=None
    ) -> None:
        """The services, once the database is open (the area was built before them, at start-up)."""
        self._importer, self._exporter = importer, exporter
        self._compose, self._templates = compose, templates
        self._set_card(card)
        self.list_view.send_button.setVisible(compose is not None and templates is not None)
        self.list_view.attach(clients, settings)
        self._enable_actions()

    def _set_card(self, card) -> None:
        self.card = card
        if card is not None:
            self.stack.addWidget(card)

    def _enable_actions(self) -> None:
        for button in (self.import_button, self.export_button, self.model_button):
            button.setEnabled(self._importer is not None)
        self.setAcceptDrops(self._importer is not None)

    # ---------------------------------------------------------------- list ↔ card
    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.table.setFocus()

    def show_card(self, client_id: int) -> None:
        if self.card is None:
            self.list_view.edit_client(client_id)
            return
        self.card.show_client(client_id)
        self.stack.setCurrentWidget(self.card)

    def compose_for(self, client_ids: list[int]) -> None:
        """One message to these clients: the composer shows each one's text and who will be skipped."""
        if not client_ids or self._compose is None or self._templates is None:
            return
        from desktop.ui.dialogs.composer import ComposerDialog

        ids = ComposerDialog.ask(self._compose, self._templates, self._tasks, client_ids, self)
        if ids:
            self.messages_queued.emit(list(ids))

    # ---------------------------------------------------------------- import / export
    def import_file(self, path: str | None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Importer des clients"),
                "",
                self.tr("Fichiers de clients (%1)").replace("%1", _SPREADSHEETS),
            )
            if not path:
                return
        from desktop.ui.dialogs.import_wizard import ImportWizard

        ImportWizard.ask(self._importer, self._tasks, path=path, parent=self)

    def export_clients(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les clients"), "clients.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self._write(
                lambda: self._exporter.export_clients(path),
                path,
                self.tr("Les clients sont exportés dans ce fichier :"),
            )

    def save_model(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le modèle d'import"), "modele_clients.xlsx", self.tr("Excel (*.xlsx)")
        )
        if path:
            from desktop.services.exporter import write_import_model

            self._write(
                lambda: write_import_model(path),
                path,
                self.tr("Le modèle d'import est enregistré dans ce fichier :"),
            )

    def _write(self, work, path: str, written: str = "") -> None:
        """Write a file off the UI thread, then say where it went (`written`: what the file holds)."""

        def done(_result) -> None:
            self.exported.emit(path)
            self.confirm_written(written or self.tr("Le fichier est enregistré ici :"), path)

        def failed(error: BaseException) -> None:
            errors.warn(self, self.tr("Export"), error)

        self._tasks.run(work, on_done=done, on_error=failed)

    def confirm_written(self, text: str, path: str) -> None:
        """Say where the file went, with a button to open its folder."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export terminé"))
        box.setText(text)
        box.setInformativeText(QDir.toNativeSeparators(path))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = box.addButton(self.tr("Ouvrir le &dossier"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.exec()
        if box.clickedButton() is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    # ---------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    from desktop.services.importing.formats import SUPPORTED_EXTENSIONS

    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in SUPPORTED_EXTENSIONS else None
