"""Record a consent given or withdrawn: for what, how it was collected, the wording shown, and by whom
(one of the shop's staff, never the computer's login).

``ConsentDialog.ask(...)`` returns a :class:`ConsentEntry` (plain values) or None; the caller records it.
``OptOutDialog.ask(...)`` confirms an opt-out and returns who records it.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import french
from desktop.core.consent import usual_wording, wording_missing
from desktop.core.entities import ConsentPurpose, ConsentRecord, ConsentSource, ConsentState
from desktop.ui import texts
from desktop.ui.widgets.staff_picker import StaffPicker

#: What the dialog returns: the consent to record (one record type for the client form and this dialog).
ConsentEntry = ConsentRecord


def promotional_wording(business_name: str) -> str:
    """The usual wording a client accepts for promotions, with the business's name (« d'Optique Martin »)."""
    return usual_wording(ConsentPurpose.PROMOTIONAL, business_name)


def current_user() -> str:
    """The desk's session name. Only the privacy actions (erasure, prospects) still sign their audit lines
    with it; a consent's « Enregistré par » is one of the staff (:class:`StaffPicker`), never this."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some service accounts, containers)
        return ""


def collection_sources() -> list[tuple[ConsentSource, str]]:
    """How a consent can be collected at the counter, and how each is named."""
    return [
        (ConsentSource.FORM, QCoreApplication.translate("ConsentDialog", "Formulaire")),
        (ConsentSource.PAPER, QCoreApplication.translate("ConsentDialog", "Papier signé")),
        (ConsentSource.USER, QCoreApplication.translate("ConsentDialog", "Oral en boutique")),
        (ConsentSource.SMS_REPLY, QCoreApplication.translate("ConsentDialog", "SMS")),
    ]


class ConsentDialog(QDialog):
    def __init__(
        self,
        client_name: str,
        business_name: str = "",
        staff: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(french.fill(self.tr("Consentement de %1"), "%1", client_name))
        self.setMinimumWidth(480)
        self._business = business_name
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
        for source, label in collection_sources():
            self.source.addItem(label, source)
        self.wording = QPlainTextEdit()
        self.wording.setTabChangesFocus(True)
        self.wording.setFixedHeight(80)
        self.wording.setAccessibleName(self.tr("Texte montré au client"))
        self.recorded_by = StaffPicker(staff)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        states = QVBoxLayout()  # one answer per line: both read in full
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
        else:
            suggestion = usual_wording(ConsentPurpose(self.purpose.currentData()), self._business)
        self._suggested = suggestion
        self.wording.setPlainText(suggestion)

    def entry(self) -> ConsentEntry:
        return ConsentEntry(
            purpose=ConsentPurpose(self.purpose.currentData()),
            state=ConsentState.GRANTED if self.granted.isChecked() else ConsentState.WITHDRAWN,
            source=ConsentSource(self.source.currentData()),
            wording=self.wording.toPlainText().strip(),
            recorded_by=self.recorded_by.name(),
        )

    def _on_save(self) -> None:
        entry = self.entry()
        if wording_missing(entry.purpose, entry.state, entry.wording):
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
        *,
        staff: Sequence[str] = (),
    ) -> ConsentEntry | None:
        dialog = cls(client_name, business_name, staff, parent=parent)
        return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OptOutDialog(QDialog):
    """« Désinscrire » : confirms that the client will receive nothing more, and who records it."""

    def __init__(self, client_name: str, staff: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Désinscrire"))
        self.setMinimumWidth(440)
        question = QLabel(
            self.tr(
                "Désinscrire %1 ? Ce client ne recevra plus aucun SMS, ni promotion ni message pratique. Son "
                "numéro reste en liste d'opposition, même si la fiche est supprimée."
            ).replace("%1", client_name)
        )
        question.setWordWrap(True)
        self.recorded_by = StaffPicker(staff)
        form = QFormLayout()
        form.addRow(self.tr("&Enregistré par"), self.recorded_by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Désinscrire"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, client_name: str, staff: Sequence[str] = (), parent: QWidget | None = None) -> str | None:
        """Who records the opt-out ("" when nobody was named), or None when cancelled."""
        dialog = cls(client_name, staff, parent)
        return dialog.recorded_by.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
