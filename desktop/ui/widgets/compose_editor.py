"""The composer's body editor: the text with its variables as chips (never raw braces), the variables a
client card can fill, the special characters that make each SMS shorter highlighted, body problems, and
« Optimiser pour SMS » with its previewed saving."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sms import analyze
from desktop.services.compose import COMPOSER_VARIABLES
from desktop.services.templates import variables_for
from desktop.ui.widgets.chip_edit import OBJECT, ChipEdit
from desktop.ui.widgets.template_editor import VariablePalette

_UNICODE_BACKGROUND = "#ffe082"


class ComposeEditor(QWidget):
    """Edits the message; ``text_changed`` on every edit, ``optimize_requested`` on the button."""

    text_changed = Signal()
    optimize_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Message"))
        palette = [v for v in variables_for("other") if v.name in COMPOSER_VARIABLES]
        self.body = ChipEdit({v.name: v.label for v in variables_for("other")})
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr(
                "Écrivez votre message. Le prénom et les autres informations s'insèrent avec les boutons dessous."
            )
        )
        self.body.setAccessibleName(self.tr("Texte du message"))
        self.body.setMinimumHeight(110)
        self.label.setBuddy(self.body)
        self.variables_list = VariablePalette()
        self.variables_list.setAccessibleName(self.tr("Variables à insérer"))
        self.variables_list.setToolTip(
            self.tr("Cliquez (ou Entrée) pour insérer la variable à la place du curseur.")
        )
        self.variables_list.setFixedHeight(58)
        for variable in palette:
            item = QListWidgetItem(variable.label)
            item.setData(Qt.ItemDataRole.UserRole, variable.name)
            self.variables_list.addItem(item)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setAccessibleName(self.tr("Erreurs dans le message"))
        self.problems.hide()
        self.optimize_button = QPushButton(self.tr("O&ptimiser pour SMS"))
        self.optimize_button.setAutoDefault(False)
        self.optimize_button.setToolTip(
            self.tr(
                "Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins "
                "(annulable avec Ctrl+Z)."
            )
        )
        self.optimize_preview = QLabel()
        self.optimize_preview.setWordWrap(True)
        self.optimize_preview.setAccessibleName(self.tr("Effet de l'optimisation"))
        self.set_optimization("")

        optimize = QHBoxLayout()
        optimize.addWidget(self.optimize_button)
        optimize.addWidget(self.optimize_preview, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.variables_list)
        layout.addWidget(self.problems)
        layout.addLayout(optimize)
        self.setTabOrder(self.body, self.variables_list)
        self.setTabOrder(self.variables_list, self.optimize_button)

        self.body.textChanged.connect(self._on_text_changed)
        self.variables_list.chosen.connect(self.insert_variable)
        self.optimize_button.clicked.connect(self.optimize_requested)

    def text(self) -> str:
        return self.body.body()

    def set_text(self, text: str) -> None:
        """Load a text (a template): not an edit the user undoes."""
        self.body.setPlainText(text)
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def replace_text(self, text: str) -> None:
        """Replace the whole text as one step the user can undo (Ctrl+Z)."""
        self.body.replace_body(text)

    def insert_variable(self, name: str) -> None:
        self.body.insert_variable(name)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def set_optimization(self, description: str) -> None:
        """Show « Optimiser pour SMS » with what it would change; hidden when there is nothing to do."""
        self.optimize_preview.setText(description)
        self.optimize_button.setVisible(bool(description))
        self.optimize_preview.setVisible(bool(description))

    def _on_text_changed(self) -> None:
        self.highlight_unicode()
        self.text_changed.emit()

    def highlight_unicode(self) -> None:
        """Colour the special characters that make each SMS shorter; each explains itself in a tooltip.
        (Those inside a chip's « sinon » text are not coloured: the chip is one character.)"""
        body, positions = self.body.body_and_positions()
        forcing = frozenset(analyze(body).non_gsm)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(_UNICODE_BACKGROUND))
        selections = []
        tips = []
        tip = self.tr("Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160.")
        for index, ch in enumerate(body):
            start, end = positions[index], positions[index + 1]
            if ch in forcing and end > start and self.body.document().characterAt(start) != OBJECT:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.body.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                tips.append((start, end, tip))
        self.body.setExtraSelections(selections)
        self.body.set_tips(tips)

    def highlighted(self) -> list[str]:
        """The characters currently highlighted (for tests)."""
        return [s.cursor.selectedText() for s in self.body.extraSelections()]
