"""Record a consent given or withdrawn: for what, how it was collected, the wording shown, and by whom.

``ConsentDialog.ask(...)`` returns a :class:`ConsentEntry` (plain values) or None; the caller records it.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ConsentPurpose, ConsentSource, ConsentState
from desktop.ui import texts


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    purpose: ConsentPurpose
    state: ConsentState
    source: ConsentSource
    wording: str
    recorded_by: str


def current_user() -> str:
    """The desk's session name: a sensible default for "recorded by"."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some service accounts, containers)
        return ""


class ConsentDialog(QDialog):
    def __init__(
        self,
        client_name: str,
        business_name: str = "",
        recorded_by: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consentement de %1").replace("%1", client_name))
        self.setMinimumWidth(480)
        self._business = business_name.strip() or self.tr("notre commerce")
        self._suggested = ""

        self.purpose = QComboBox()
        for purpose in (ConsentPurpose.PROMOTIONAL, ConsentPurpose.TRANSACTIONAL):
            self.purpose.addItem(texts.consent_purpose_label(purpose), purpose)
        self.granted = QRadioButton(self.tr("&Accepte de recevoir ces SMS"))
        self.withdrawn = QRadioButton(self.tr("&Refuse ou retire son accord"))
        self.granted.setChecked(True)
        self._state = QButtonGroup(self)
        self._state.addButton(self.granted)
        self._state.addButton(self.withdrawn)
        self.source = QComboBox()
        for source, label in (
            (ConsentSource.FORM, self.tr("Formulaire")),
            (ConsentSource.PAPER, self.tr("Papier signé")),
            (ConsentSource.USER, self.tr("Oral en boutique")),
            (ConsentSource.SMS_REPLY, self.tr("SMS")),
        ):
            self.source.addItem(label, source)
        self.wording = QPlainTextEdit()
        self.wording.setTabChangesFocus(True)
        self.wording.setFixedHeight(80)
        self.wording.setAccessibleName(self.tr("Texte montré au client"))
        self.recorded_by = QLineEdit(current_user() if recorded_by is None else recorded_by)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        states = QHBoxLayout()
        states.addWidget(self.granted)
        states.addWidget(self.withdrawn)
        form = QFormLayout()
        form.addRow(self.tr("&Pour"), self.purpose)
        form.addRow(self.tr("Le client"), states)
        form.addRow(self.tr("&Recueilli par"), self.source)
        form.addRow(self.tr("&Texte montré au client"), self.wording)
        form.addRow(self.tr("&Enregistré par"), self.recorded_by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("E&nregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.purpose.currentIndexChanged.connect(lambda _i: self._suggest())
        self.granted.toggled.connect(lambda _on: self._suggest())
        self._suggest()
        self.purpose.setFocus(Qt.FocusReason.OtherFocusReason)

    def _suggest(self) -> None:
        """Offer the usual wording, unless the user already wrote their own."""
        current = self.wording.toPlainText().strip()
        if current and current != self._suggested:
            return
        if not self.granted.isChecked():
            suggestion = ""
        elif self.purpose.currentData() == ConsentPurpose.PROMOTIONAL:
            suggestion = self.tr(
                "J'accepte de recevoir par SMS les offres de %1. Je peux me désinscrire à tout moment en "
                "répondant STOP."
            ).replace("%1", self._business)
        else:
            suggestion = self.tr(
                "J'accepte de recevoir par SMS les informations pratiques de %1 (rendez-vous, commandes)."
            ).replace("%1", self._business)
        self._suggested = suggestion
        self.wording.setPlainText(suggestion)

    def entry(self) -> ConsentEntry:
        return ConsentEntry(
            purpose=ConsentPurpose(self.purpose.currentData()),
            state=ConsentState.GRANTED if self.granted.isChecked() else ConsentState.WITHDRAWN,
            source=ConsentSource(self.source.currentData()),
            wording=self.wording.toPlainText().strip(),
            recorded_by=self.recorded_by.text().strip(),
        )

    def _on_save(self) -> None:
        entry = self.entry()
        if (
            entry.state is ConsentState.GRANTED
            and entry.purpose is ConsentPurpose.PROMOTIONAL
            and not entry.wording
        ):
            self.error.setText(
                self.tr("Indiquez le texte que le client a accepté : c'est la preuve de son accord.")
            )
            self.error.show()
            self.wording.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        client_name: str,
        business_name: str = "",
        parent: QWidget | None = None,
    ) -> ConsentEntry | None:
        dialog = cls(client_name, business_name, parent=parent)
        return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None
