"""When the database cannot be opened at start-up: the reason, and a way out when there is one — restore
the latest usable backup (a damaged database), or work on this computer's own file (a server out of
reach) — instead of only « Quitter »."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.services.restore import BackupCopy
from desktop.ui import texts


class Rescue(Enum):
    RESTORE = "restore"
    USE_LOCAL = "use_local"
    QUIT = "quit"


class StartupRefusal(QMessageBox):
    def __init__(
        self,
        message: str,
        *,
        latest: BackupCopy | None = None,
        can_go_local: bool = False,
        zone=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(APP_NAME)
        self.setText(message)
        self.restore_button = None
        self.local_button = None
        if latest is not None:
            clients = "?" if latest.clients is None else str(latest.clients)
            self.setInformativeText(
                self.tr("Dernière sauvegarde utilisable : %1 (%2 clients). La base actuelle sera gardée.")
                .replace("%1", texts.format_short(latest.taken_at, zone or texts.business_zone()))
                .replace("%2", clients)
            )
            self.restore_button = self.addButton(
                self.tr("&Restaurer la dernière sauvegarde"), QMessageBox.ButtonRole.AcceptRole
            )
        if can_go_local:
            self.setInformativeText(
                self.tr(
                    "En attendant, ce poste peut travailler sur la base de son dossier de données (sans les "
                    "clients du serveur) ; le serveur se choisit de nouveau dans Réglages › Données."
                )
            )
            self.local_button = self.addButton(
                self.tr("&Utiliser la base de cet ordinateur"), QMessageBox.ButtonRole.AcceptRole
            )
        self.quit_button = self.addButton(self.tr("&Quitter"), QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(self.quit_button)
        self.setDefaultButton(self.restore_button or self.local_button or self.quit_button)

    def choice(self) -> Rescue:
        clicked = self.clickedButton()
        if self.restore_button is not None and clicked is self.restore_button:
            return Rescue.RESTORE
        if self.local_button is not None and clicked is self.local_button:
            return Rescue.USE_LOCAL
        return Rescue.QUIT

    @classmethod
    def ask(
        cls,
        message: str,
        *,
        latest: BackupCopy | None = None,
        can_go_local: bool = False,
        zone=None,
        parent: QWidget | None = None,
    ) -> Rescue:
        dialog = cls(message, latest=latest, can_go_local=can_go_local, zone=zone, parent=parent)
        dialog.exec()
        return dialog.choice()
