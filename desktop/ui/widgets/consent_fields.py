"""The promotional consent asked together with a new client: not asked yet, accepted or refused; the
wording the client accepted, how it was collected and who of the staff records it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consent import wording_missing
from desktop.core.entities import ConsentPurpose, ConsentRecord, ConsentSource, ConsentState
from desktop.ui.dialogs.consent_dialog import collection_sources, promotional_wording
from desktop.ui.widgets.staff_picker import StaffPicker


class ConsentFields(QGroupBox):
    def __init__(
        self, business_name: str = "", staff: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Promotions par SMS"), parent)
        self.not_asked = QRadioButton(self.tr("Pas encore demandé"))
        self.granted = QRadioButton(self.tr("A&ccepte"))
        self.withdrawn = QRadioButton(self.tr("Re&fuse"))
        self.not_asked.setChecked(True)
        self._choice = QButtonGroup(self)
        for button in (self.not_asked, self.granted, self.withdrawn):
            self._choice.addButton(button)
        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Recueilli par"))
        for source, label in collection_sources():
            if source is not ConsentSource.SMS_REPLY:  # at the counter: the client is there
                self.source.addItem(label, source)
        self.source.setCurrentIndex(self.source.findData(ConsentSource.USER))
        self.wording = QPlainTextEdit(promotional_wording(business_name))
        self.wording.setTabChangesFocus(True)
        self.wording.setFixedHeight(56)
        self.wording.setAccessibleName(self.tr("Texte accepté par le client"))
        self.recorded_by = StaffPicker(staff)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        choices = QHBoxLayout()
        for button in (self.not_asked, self.granted, self.withdrawn):
            choices.addWidget(button)
        choices.addStretch(1)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self._wording_label = QLabel(self.tr("&Texte accepté"))
        self._wording_label.setBuddy(self.wording)
        form.addRow(self._wording_label, self.wording)
        source_label = QLabel(self.tr("&Recueilli"))
        source_label.setBuddy(self.source)
        form.addRow(source_label, self.source)
        recorder_label = QLabel(self.tr("Enregistré &par"))
        recorder_label.setBuddy(self.recorded_by)
        form.addRow(recorder_label, self.recorded_by)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        self._choice.buttonToggled.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        asked = not self.not_asked.isChecked()
        self.details.setVisible(asked)
        accepting = self.granted.isChecked()
        self.wording.setVisible(accepting)
        self._wording_label.setVisible(accepting)
        self.error.hide()

    def record(self) -> ConsentRecord | None:
        """The consent to record with the client, or None when it was not asked."""
        if self.not_asked.isChecked():
            return None
        granted = self.granted.isChecked()
        return ConsentRecord(
            purpose=ConsentPurpose.PROMOTIONAL,
            state=ConsentState.GRANTED if granted else ConsentState.WITHDRAWN,
            source=ConsentSource(self.source.currentData()),
            wording=self.wording.toPlainText().strip() if granted else "",
            recorded_by=self.recorded_by.name(),
        )

    def check(self) -> bool:
        """An accepted consent needs the wording the client accepted: it is the proof of their agreement."""
        record = self.record()
        if record is not None and wording_missing(record.purpose, record.state, record.wording):
            self.error.setText(
                self.tr("Indiquez le texte que le client a accepté : c'est la preuve de son accord.")
            )
            self.error.show()
            self.wording.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True
