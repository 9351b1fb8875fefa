"""A message editor whose variables are chips: ``{prenom|Madame, Monsieur}`` shows as one rounded token
« Prénom, sinon « Madame, Monsieur » » that the cursor, Backspace and Delete treat as one character.

The document holds each chip as one object character (U+FFFC) carrying its source text; :meth:`body` gives
the template back, braces included, which is all the rest of the program sees. A variable typed or pasted
with its braces becomes a chip as soon as its closing brace is there (in the same undo step as the typing);
an unknown name stays text, so that its mistake shows. Copying a selection copies its source text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QMimeData, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from desktop.core.templates import placeholders

CHIP_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
SOURCE = int(QTextFormat.Property.UserProperty) + 1
LABEL = int(QTextFormat.Property.UserProperty) + 2
OBJECT = "\ufffc"
_FILL = QColor("#dbe7f6")
_BORDER = QColor("#9db6d6")
_INK = QColor("#174c88")
_PAD = 6.0


class _ChipPainter(QPyTextObject):
    """Sizes and draws the chips of a document."""

    def intrinsicSize(self, doc: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        metrics = QFontMetricsF(doc.defaultFont())
        return QSizeF(metrics.horizontalAdvance(str(fmt.property(LABEL))) + 2 * _PAD, metrics.height())

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, position: int, fmt: QTextFormat
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(rect).adjusted(1, 0.5, -1, -0.5)
        painter.setPen(_BORDER)
        painter.setBrush(_FILL)
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        painter.setPen(_INK)
        painter.setFont(doc.defaultFont())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(fmt.property(LABEL)))
        painter.restore()


class ChipEdit(QTextEdit):
    """Plain text with variable chips. ``labels``: variable name → how a chip names it (« Prénom »)."""

    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self._labels = dict(labels)
        self._converting = False
        self._tips: list[tuple[int, int, str]] = []  # document start, end, text
        self._painter = _ChipPainter(self)
        self.document().documentLayout().registerHandler(CHIP_TYPE, self._painter)
        self.textChanged.connect(self._make_chips)

    # ---------------------------------------------------------------- the template in and out
    def body(self) -> str:
        """The template as typed: chips give back their source (``{prenom|Madame, Monsieur}``)."""
        return self.body_and_positions()[0]

    def body_and_positions(self) -> tuple[str, list[int]]:
        """The body, and for each of its characters (and its end) the document position it shows at: a
        chip's whole source sits at the chip's one position."""
        text: list[str] = []
        positions: list[int] = []
        block = self.document().begin()
        while block.isValid():
            if block != self.document().begin():
                text.append("\n")
                positions.append(block.position() - 1)
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                position = fragment.position()
                chip = fragment.charFormat().objectType() == CHIP_TYPE
                source = str(fragment.charFormat().property(SOURCE)) if chip else ""
                for ch in fragment.text():
                    if chip and ch == OBJECT:
                        text.append(source)
                        positions.extend([position] * len(source))
                        position += 1
                        continue
                    text.append("\n" if ch in "\u2028\u2029" else ch)
                    positions.append(position)
                    position += 2 if ord(ch) > 0xFFFF else 1
                iterator += 1
            block = block.next()
        positions.append(self.document().characterCount() - 1)
        return "".join(text), positions

    def setPlainText(self, text: str) -> None:
        """Load a body: its variables become chips (not an edit the user undoes)."""
        self._converting = True
        try:
            super().setPlainText("")
            self._insert_body(QTextCursor(self.document()), text)
        finally:
            self._converting = False
        self.document().clearUndoRedoStacks()
        self.textChanged.emit()

    def replace_body(self, text: str) -> None:
        """Replace the whole body as one step the user can undo (Ctrl+Z)."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()
        self._converting = True
        try:
            self._insert_body(cursor, text)
        finally:
            self._converting = False
        cursor.endEditBlock()
        self.textChanged.emit()

    def insert_variable(self, name: str) -> None:
        """A chip for `name` at the cursor."""
        cursor = self.textCursor()
        self._converting = True
        try:
            self._insert_chip(cursor, "{" + name + "}", name, None)
        finally:
            self._converting = False
        self.setTextCursor(cursor)
        self.textChanged.emit()

    def chips(self) -> list[str]:
        """The chips' labels, in order (what the user sees in place of the variables)."""
        found: list[str] = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fmt = iterator.fragment().charFormat()
                if fmt.objectType() == CHIP_TYPE:
                    found.extend([str(fmt.property(LABEL))] * iterator.fragment().text().count(OBJECT))
                iterator += 1
            block = block.next()
        return found

    def chip_label(self, name: str, default: str | None) -> str:
        label = self._labels.get(name, name)
        if default is None:
            return label
        return self.tr("%1, sinon « %2 »").replace("%1", label).replace("%2", default.strip() or "…")

    # ---------------------------------------------------------------- chips from text
    def _insert_body(self, cursor: QTextCursor, text: str) -> None:
        plain = QTextCharFormat()
        done = 0
        for found in placeholders(text):
            if found.name not in self._labels:
                continue
            cursor.insertText(text[done : found.position], plain)
            source = text[found.position : found.position + found.length]
            self._insert_chip(cursor, source, found.name, found.default)
            done = found.position + found.length
        cursor.insertText(text[done:], plain)

    def _insert_chip(self, cursor: QTextCursor, source: str, name: str, default: str | None) -> None:
        fmt = QTextCharFormat()
        fmt.setObjectType(CHIP_TYPE)
        fmt.setProperty(SOURCE, source)
        fmt.setProperty(LABEL, self.chip_label(name, default))
        cursor.insertText(OBJECT, fmt)
        cursor.setCharFormat(QTextCharFormat())  # what is typed next is text again

    def _make_chips(self) -> None:
        """Turn variables the user just completed (typed or pasted) into chips, within the same undo step."""
        if self._converting:
            return
        body, positions = self.body_and_positions()
        spans = [p for p in placeholders(body) if p.name in self._labels]
        spans = [p for p in spans if positions[p.position] != positions[p.position + p.length - 1]]
        if not spans:
            return
        self._converting = True
        try:
            cursor = QTextCursor(self.document())
            cursor.joinPreviousEditBlock()
            for found in reversed(spans):  # from the end: earlier positions stay valid
                start, end = positions[found.position], positions[found.position + found.length - 1] + 1
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                source = cursor.selectedText()
                cursor.removeSelectedText()
                self._insert_chip(cursor, source, found.name, found.default)
            cursor.endEditBlock()
        finally:
            self._converting = False
        self.textChanged.emit()

    # ---------------------------------------------------------------- copy and paste
    def createMimeDataFromSelection(self) -> QMimeData:
        """A copied selection is its source text: chips give back their variable."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        body, positions = self.body_and_positions()
        chosen = [ch for ch, at in zip(body, positions, strict=False) if start <= at < end]
        data = QMimeData()
        data.setText("".join(chosen))
        return data

    # ---------------------------------------------------------------- explanations under the mouse
    def set_tips(self, tips: Sequence[tuple[int, int, str]]) -> None:
        self._tips = list(tips)

    def tip_at(self, position: int) -> str:
        texts = [text for start, end, text in self._tips if start <= position < max(end, start + 1)]
        return "\n".join(dict.fromkeys(texts))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tip_at(self.cursorForPosition(event.pos()).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
