"""The composer's body editor: the text, the variables a client card can fill, the characters that force
Unicode highlighted, body problems, and « Optimiser pour SMS » with its previewed saving."""

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
from desktop.ui.widgets.template_editor import BodyEdit, VariablePalette, utf16_offsets

_UNICODE_BACKGROUND = "#ffe082"


class ComposeEditor(QWidget):
    """Edits the message; ``text_changed`` on every edit, ``optimize_requested`` on the button."""

    text_changed = Signal()
    optimize_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Message"))
        self.body = BodyEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("Bonjour {prenom}, …"))
        self.body.setAccessibleName(self.tr("Texte du message"))
        self.body.setMinimumHeight(110)
        self.label.setBuddy(self.body)
        self.variables_list = VariablePalette()
        self.variables_list.setAccessibleName(self.tr("Variables à insérer"))
        self.variables_list.setToolTip(
            self.tr("Cliquez (ou Entrée) pour insérer la variable à la place du curseur.")
        )
        self.variables_list.setFixedHeight(58)
        for variable in variables_for("other"):
            if variable.name in COMPOSER_VARIABLES:
                item = QListWidgetItem(variable.label)
                item.setData(Qt.ItemDataRole.UserRole, variable.name)
                item.setToolTip(variable.placeholder)
                self.variables_list.addItem(item)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setAccessibleName(self.tr("Erreurs dans le message"))
        self.problems.hide()
        self.optimize_button = QPushButton(self.tr("O&ptimiser pour SMS"))
        self.optimize_button.setAutoDefault(False)
        self.optimize_button.setToolTip(
            self.tr("Remplacer les caractères qui font passer le SMS en Unicode (annulable avec Ctrl+Z).")
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
        cursor = QTextCursor(self.body.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def insert_variable(self, name: str) -> None:
        cursor = self.body.textCursor()
        cursor.insertText("{" + name + "}")
        self.body.setTextCursor(cursor)
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
        """Colour the characters of the text that force Unicode; each explains itself in a tooltip."""
        body = self.text()
        forcing = frozenset(analyze(body).non_gsm)
        offsets = utf16_offsets(body)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(_UNICODE_BACKGROUND))
        selections = []
        tips = []
        tip = self.tr("Ce caractère fait passer le SMS en Unicode.")
        for index, ch in enumerate(body):
            if ch in forcing:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.body.document())
                cursor.setPosition(offsets[index])
                cursor.setPosition(offsets[index + 1], QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                tips.append((offsets[index], offsets[index + 1], tip))
        self.body.setExtraSelections(selections)
        self.body.set_tips(tips)

    def highlighted(self) -> list[str]:
        """The characters currently highlighted (for tests)."""
        return [s.cursor.selectedText() for s in self.body.extraSelections()]
