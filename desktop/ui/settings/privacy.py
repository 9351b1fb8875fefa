"""Réglages › Données › Vie privée: the consent register and the prospects to review (the per-client export
and erasure are on the client's card)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.ui.dialogs.consent_register import ConsentRegisterDialog
from desktop.ui.dialogs.prospects import ProspectsDialog
from desktop.ui.settings.fields import hint_label


class PrivacyPanel(QWidget):
    def __init__(self, privacy, tasks, zone=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._tasks = tasks
        self._zone = zone
        self.register_button = QPushButton(self.tr("Registre des conse&ntements…"))
        self.prospects_button = QPushButton(self.tr("&Prospects sans contact depuis 3 ans…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.prospects_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Chaque accord ou refus est gardé avec sa date, sa source, le texte montré et qui l'a "
                    "enregistré. Pour exporter ou effacer les données d'un client, ouvrez sa fiche."
                )
            )
        )
        layout.addLayout(buttons)
        self.register_button.clicked.connect(
            lambda: ConsentRegisterDialog.show_for(self._privacy, self._tasks, self._zone, self)
        )
        self.prospects_button.clicked.connect(
            lambda: ProspectsDialog.show_for(self._privacy, self._tasks, self._zone, self)
        )
