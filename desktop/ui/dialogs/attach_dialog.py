"""« Rattacher à un client » : choose the client whose replies these are (a client who changed number), and
whether the number becomes the client's mobile when the card has none."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.core.phones import format_national
from desktop.ui.widgets.client_picker import ClientPicker


@dataclass(frozen=True, slots=True)
class Attachment:
    client_id: int
    set_mobile: bool


class AttachDialog(QDialog):
    def __init__(self, clients, tasks, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rattacher à un client"))
        self.client_id: int | None = None
        intro = QLabel(
            self.tr("Les réponses du %1 appartiennent à quel client ?").replace("%1", format_national(number))
        )
        intro.setWordWrap(True)
        self.picker = ClientPicker(clients, tasks)
        self.set_mobile = QCheckBox(self.tr("Enregistrer ce numéro comme portable du client s'il n'en a pas"))
        self.set_mobile.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rattacher"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.picker)
        layout.addWidget(self.set_mobile)
        layout.addWidget(self.buttons)
        self.picker.chosen.connect(self._chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _chosen(self, client_id: int) -> None:
        self.client_id = client_id
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def attachment(self) -> Attachment | None:
        if self.client_id is None:
            return None
        return Attachment(self.client_id, self.set_mobile.isChecked())

    @classmethod
    def ask(cls, clients, tasks, number: str, parent: QWidget | None = None) -> Attachment | None:
        dialog = cls(clients, tasks, number, parent)
        return dialog.attachment() if dialog.exec() == QDialog.DialogCode.Accepted else None
