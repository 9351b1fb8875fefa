"""Réglages › Données › Plusieurs postes: where this desk's database is, and switching it to a PostgreSQL
server (or back to this computer's own file). The application reopens its services on the new database
when ``database_changed`` is emitted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.paths import AppPaths, DbOrigin
from desktop.services.server import ServerSetup
from desktop.ui import errors
from desktop.ui.dialogs.server_dialog import ServerDialog
from desktop.ui.settings.fields import error_label, hint_label


class ServerPanel(QWidget):
    database_changed = Signal()

    def __init__(self, setup: ServerSetup, paths: AppPaths, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._paths = paths
        self._tasks = tasks
        self.where = hint_label(self._where())
        self.server_button = QPushButton(
            self.tr("&Utiliser un serveur PostgreSQL…")
            if paths.server is None
            else self.tr("Changer de serve&ur…")
        )
        self.local_button = QPushButton(self.tr("Revenir à la base de cet ord&inateur"))
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.server_button)
        buttons.addWidget(self.local_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        imposed = setup.imposed is not None
        self.server_button.setEnabled(not imposed)
        self.local_button.setEnabled(not imposed and paths.db_origin is DbOrigin.SAVED)
        self.server_button.clicked.connect(self.choose_server)
        self.local_button.clicked.connect(self.use_local)

    def _where(self) -> str:
        paths = self._paths
        if self._setup.imposed is DbOrigin.OPTION:
            return self.tr(
                "La base de données est imposée au démarrage par l'option --db : elle ne se choisit pas ici."
            )
        if self._setup.imposed is DbOrigin.ENVIRONMENT:
            return self.tr(
                "La base de données est imposée par la variable COMPTOIR_DB : elle ne se choisit pas ici."
            )
        if paths.server is not None:
            return self.tr(
                "Ce poste travaille sur le serveur PostgreSQL %1, partagé avec les autres postes."
            ).replace("%1", paths.server.label())
        return self.tr(
            "Ce poste travaille sur la base de son dossier de données. Pour que plusieurs postes partagent "
            "les mêmes clients et messages, installez un serveur PostgreSQL sur le réseau de la boutique, "
            "puis choisissez-le ici sur chaque poste."
        )

    def choose_server(self) -> None:
        if ServerDialog.ask(self._setup, self._tasks, self._paths.server, self):
            self.database_changed.emit()

    def use_local(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Base de cet ordinateur"),
            self.tr(
                "Ce poste travaillera de nouveau sur la base de son dossier de données, sans les clients et "
                "messages du serveur. Continuer ?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.hide()
        self._tasks.run(
            self._setup.use_local, on_done=lambda _r: self.database_changed.emit(), on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        errors.show_in(self.error, error)
