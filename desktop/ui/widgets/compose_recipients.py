"""« À : Mme Claire Martin · 06 12 34 56 78 », or « À : 12 destinataires » with « Voir la liste »: who
the composer writes to, said at the top before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktop.core.phones import format_national
from desktop.services.compose import ComposePreview, RecipientPreview

#: The list shows this many people; beyond, a last line says how many more.
LISTED = 40


class RecipientsLine(QWidget):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("recipients")
        self.label.setAccessibleName(self.tr("Destinataires"))
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("Voir la &liste"))
        self.list_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.list_button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list_button)
        layout.addStretch(1)
        self._count = count
        self.label.setText(self._many(count) if count > 1 else self.tr("À : …"))
        self.list_button.setVisible(count > 1)

    def _many(self, count: int) -> str:
        return self.tr("À : %n destinataire(s)", "", count)

    def set_preview(self, preview: ComposePreview) -> None:
        people = preview.recipients
        if len(people) == 1:
            self.label.setText(self.tr("À : %1").replace("%1", _person(people[0])))
            self.list_button.hide()
            return
        self.label.setText(self._many(len(people)))
        self.menu.clear()
        for person in people[:LISTED]:
            line = _person(person)
            if person.skipped:
                line += self.tr(" — ne le recevra pas")
            self.menu.addAction(line).setEnabled(False)
        if len(people) > LISTED:
            self.menu.addAction(self.tr("… et %n autre(s)", "", len(people) - LISTED)).setEnabled(False)
        self.list_button.setVisible(bool(people))

    def listed(self) -> list[str]:
        """The lines of « Voir la liste » (for tests and accessibility)."""
        return [action.text() for action in self.menu.actions()]


def _person(person: RecipientPreview) -> str:
    number = format_national(person.to) if person.to else ""
    return f"{person.name} · {number}" if number else person.name
