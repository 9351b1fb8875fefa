"""Switch this desk to a PostgreSQL server shared by the desks: address, user, password, a connection test.

The password goes to the system's keyring only. « Utiliser ce serveur » tests the server first; nothing is
changed when the test fails, and the French reason is shown (unreachable, wrong credentials, no such
database, a newer version's or another program's data).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.database_choice import DEFAULT_NAME, DEFAULT_PORT, ServerAddress
from desktop.services.server import ServerSetup, ServerTest
from desktop.ui import errors
from desktop.ui.settings.fields import OK_STYLE, error_label, hint_label


class ServerDialog(QDialog):
    def __init__(
        self, setup: ServerSetup, tasks, address: ServerAddress | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._setup = setup
        self._tasks = tasks
        self._busy = False
        self.setWindowTitle(self.tr("Base de données sur un serveur"))
        self.setMinimumWidth(480)
        self.host_edit = QLineEdit(address.host if address else "")
        self.host_edit.setPlaceholderText("serveur.local, 192.168.1.10")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(address.port if address else DEFAULT_PORT)
        self.database_edit = QLineEdit(address.database if address else DEFAULT_NAME)
        self.user_edit = QLineEdit(address.user if address else "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if address is not None:
            self.password_edit.setPlaceholderText(self.tr("laissé vide : celui déjà enregistré"))
        self.test_button = QPushButton(self.tr("&Tester la connexion"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Serveur"), self.host_edit),
            (self.tr("&Port"), self.port_spin),
            (self.tr("&Base de données"), self.database_edit),
            (self.tr("&Utilisateur"), self.user_edit),
            (self.tr("&Mot de passe"), self.password_edit),
        ):
            title = QLabel(label)
            title.setBuddy(widget)
            form.addRow(title, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.use_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.use_button.setText(self.tr("Utiliser ce ser&veur"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Tous les postes de la boutique travaillent alors sur les mêmes clients, messages et "
                    "rendez-vous. Le mot de passe est gardé dans le trousseau du système, jamais dans un "
                    "fichier. Les données de cet ordinateur restent dans son dossier : elles ne sont pas "
                    "recopiées sur le serveur."
                )
            )
        )
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self.use)
        self.buttons.rejected.connect(self.reject)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
        )

    def password(self) -> str | None:
        """None when left empty: the password already saved for this server (if any) is kept."""
        return self.password_edit.text() or None

    def test(self) -> None:
        self._run(self._setup.test, self._tested)

    def use(self) -> None:
        self._run(self._setup.use, self._used)

    def _run(self, action, on_done) -> None:
        if self._busy:
            return
        self._busy = True
        self._set_enabled(False)
        self.error.hide()
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.tr("Connexion au serveur…"))
        address, password = self.address(), self.password()
        self._tasks.run(lambda: action(address, password), on_done=on_done, on_error=self._failed)

    def _tested(self, tested: ServerTest) -> None:
        self._finished()
        states = {
            "empty": self.tr("Connexion réussie : base vide, Comptoir y créera ses tables."),
            "current": self.tr("Connexion réussie : la base Comptoir de ce serveur est prête."),
            "outdated": self.tr(
                "Connexion réussie : base Comptoir d'une version précédente, mise à jour à l'ouverture."
            ),
        }
        self.outcome.setStyleSheet(OK_STYLE)
        self.outcome.setText(states[tested.state])

    def _used(self, _tested: ServerTest) -> None:
        self._finished()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._finished()
        self.outcome.clear()
        errors.show_in(self.error, error)

    def _finished(self) -> None:
        self._busy = False
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        self.test_button.setEnabled(enabled)
        self.use_button.setEnabled(enabled)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    @classmethod
    def ask(cls, setup: ServerSetup, tasks, address: ServerAddress | None = None, parent=None) -> bool:
        """True when this desk was switched to the server (it takes effect when the database reopens)."""
        return cls(setup, tasks, address, parent).exec() == QDialog.DialogCode.Accepted
