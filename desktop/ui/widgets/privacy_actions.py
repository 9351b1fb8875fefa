"""The client card's GDPR actions: « Exporter ses données… » (everything held, .xlsx or .json) and
« Effacer… » (after a confirmation that says what is kept and what is not)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop.core.entities import Client
from desktop.ui import errors
from desktop.ui.dialogs.consent_dialog import current_user


class EraseConfirmation(QMessageBox):
    """Erasing cannot be undone: the default (and Escape) is not to erase."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Effacer le client"))
        self.setText(self.tr("Effacer définitivement %1 ?").replace("%1", name))
        self.setInformativeText(
            self.tr(
                "Sa fiche, ses rendez-vous et ses commandes sont supprimés. Ses SMS et ses réponses restent "
                "dans les statistiques, sans numéro ni texte. Ses consentements restent au registre, sans son "
                "nom. Son numéro reste en liste d'opposition : il ne recevra plus de promotions, même après "
                "un nouvel import. Pensez à exporter ses données d'abord s'il les a demandées."
            )
        )
        self.erase_button = self.addButton(
            self.tr("&Effacer définitivement"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    @classmethod
    def ask(cls, name: str, parent: QWidget | None = None) -> bool:
        dialog = cls(name, parent)
        dialog.exec()
        return dialog.clickedButton() is dialog.erase_button


class PrivacyActions(QWidget):
    exported = Signal(str)  # the file written
    erased = Signal(int)  # the client erased
    failed = Signal(str)  # a French explanation

    def __init__(
        self, privacy, tasks, client: Callable[[], Client | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._tasks = tasks
        self._client = client
        self.export_button = QPushButton(self.tr("E&xporter ses données…"))
        self.export_button.setToolTip(
            self.tr("Tout ce que Comptoir garde sur ce client, pour répondre à sa demande d'accès (RGPD)")
        )
        self.erase_button = QPushButton(self.tr("E&ffacer…"))
        self.erase_button.setToolTip(self.tr("Effacer ce client à sa demande (droit à l'oubli)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.export_button)
        layout.addWidget(self.erase_button)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.erase_button.setEnabled(enabled)

    def export(self) -> None:
        client = self._client()
        if client is None:
            return
        name = re.sub(r"[^\w-]+", "-", client.display_name).strip("-") or str(client.id)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les données du client"),
            f"{name}.xlsx",
            self.tr("Excel (*.xlsx);;JSON (*.json)"),
        )
        if not path:
            return
        self._tasks.run(
            lambda: self._privacy.export_client(client.id, path),
            on_done=lambda _written: self.exported.emit(path),
            on_error=self._on_error,
        )

    def erase(self) -> None:
        client = self._client()
        if client is None or not EraseConfirmation.ask(client.display_name, self):
            return
        who = current_user()
        self._tasks.run(
            lambda: self._privacy.erase(client.id, recorded_by=who),
            on_done=lambda done: self.erased.emit(done.client_id),
            on_error=self._on_error,
        )

    def _on_error(self, error: BaseException) -> None:
        self.failed.emit(errors.text_for(error))
