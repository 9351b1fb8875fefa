"""The body editor of a message template: inline problems, variables palette, live preview and SMS figures.

All the live work (validation, rendering with sample values, encoding, compliance hints) is pure and cheap:
it runs on the UI thread, debounced by ~150 ms after the last keystroke. Positions from the core are Python
code-point indices; Qt cursors count UTF-16 units, so they are converted when the body holds characters
outside the BMP (emoji).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue.compliance import explain_finding
from desktop.core.catalogue.templates import explain_problem
from desktop.core.compliance import Finding, Severity
from desktop.core.entities import Purpose
from desktop.core.sms import SmsAnalysis, analyze, suggest_gsm
from desktop.core.templates import TemplateProblem
from desktop.services.templates import (
    TemplateEnvironment,
    body_problems,
    preview_text,
    template_hints,
)
from desktop.ui.widgets.sms_bubble import SmsBubble

DEBOUNCE_MS = 150
_ERROR = QColor("#d32f2f")
_WARNING = QColor("#ef8f00")
_UNICODE = QColor("#ffe082")


def utf16_offsets(text: str) -> list[int]:
    """For each code-point index i of `text` (and len(text)), the UTF-16 index Qt uses for it."""
    offsets = [0] * (len(text) + 1)
    position = 0
    for index, ch in enumerate(text):
        offsets[index] = position
        position += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = position
    return offsets


def _display_char(ch: str) -> str:
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


class BodyEdit(QPlainTextEdit):
    """A plain-text edit whose underlined spans explain themselves in a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tips: list[tuple[int, int, str]] = []  # UTF-16 start, end, text

    def set_tips(self, tips: Sequence[tuple[int, int, str]]) -> None:
        self._tips = list(tips)

    def tip_at(self, position: int) -> str:
        """The explanation of what is underlined at UTF-16 `position` ("" when nothing is)."""
        texts = [text for start, end, text in self._tips if start <= position < max(end, start + 1)]
        return "\n".join(dict.fromkeys(texts))

    def body(self) -> str:
        """The text as typed (no-break spaces kept; paragraph separators as "\\n")."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            text = self.tip_at(position)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class VariablePalette(QListWidget):
    """The variables to insert, laid out in wrapping rows (one tab stop, arrows move): a click, Enter or
    Space inserts the current one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setUniformItemSizes(False)
        self.itemClicked.connect(self._emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.currentItem():
            self._emit(self.currentItem())
            return
        super().keyPressEvent(event)

    def _emit(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))


class TemplateEditor(QWidget):
    """Edits a template body. ``set_environment`` once (and when settings change), ``set_purpose`` with the
    form's purpose; read ``body()``; ``problems()`` are what blocks saving."""

    body_changed = Signal()  # every edit, at once (for "unsaved changes")
    analysed = Signal()  # the debounced checks and the preview are up to date

    def __init__(self, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._environment = TemplateEnvironment()
        self._purpose = Purpose.TRANSACTIONAL
        self._problems: list[TemplateProblem] = []
        self._hints: list[Finding] = []
        self._preview = ""
        self._analysis: SmsAnalysis = analyze("")
        self._optimized = ""

        self.body_label = QLabel(self.tr("&Message"))
        self.body = BodyEdit()
        self.body.setAccessibleName(self.tr("Texte du message"))
        self.body.setPlaceholderText(self.tr("Bonjour {prenom}, …"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(110)
        self.body_label.setBuddy(self.body)
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(self.tr("Erreurs dans le message"))
        self.problems_list.setStyleSheet("color: #b00020;")
        self.problems_list.setMaximumHeight(80)
        self.problems_list.setWordWrap(True)
        self.problems_list.hide()
        self.hints_label = QLabel()
        self.hints_label.setWordWrap(True)
        self.hints_label.setStyleSheet("color: #8a5300;")
        self.hints_label.setAccessibleName(self.tr("Conseils de conformité"))
        self.hints_label.hide()
        self.unicode_label = QLabel()
        self.unicode_label.setWordWrap(True)
        self.unicode_label.hide()
        self.optimize_button = QPushButton(self.tr("O&ptimiser pour SMS"))
        self.optimize_button.setToolTip(
            self.tr(
                "Remplacer les caractères spéciaux qui raccourcissent chaque SMS, pour en envoyer moins "
                "(annulable avec Ctrl+Z)."
            )
        )
        self.optimize_button.hide()
        self.optimize_preview = QLabel()
        self.optimize_preview.setWordWrap(True)
        self.optimize_preview.hide()

        self.variables_label = QLabel(self.tr("&Variables"))
        self.variables_list = VariablePalette()
        self.variables_list.setAccessibleName(self.tr("Variables à insérer"))
        self.variables_list.setToolTip(
            self.tr("Cliquez (ou Entrée) pour insérer la variable à la place du curseur.")
        )
        self.variables_list.setFixedHeight(84)
        self.variables_label.setBuddy(self.variables_list)
        self.preview_label = QLabel(self.tr("Aperçu"))
        self.bubble = SmsBubble()

        left = QVBoxLayout()
        left.addWidget(self.body_label)
        left.addWidget(self.body, 1)
        left.addWidget(self.variables_label)
        left.addWidget(self.variables_list)
        left.addWidget(self.problems_list)
        left.addWidget(self.hints_label)
        left.addWidget(self.unicode_label)
        left.addWidget(self.optimize_preview)
        optimize_row = QHBoxLayout()
        optimize_row.addWidget(self.optimize_button)
        optimize_row.addStretch(1)
        left.addLayout(optimize_row)
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(self.bubble)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right)
        self.setTabOrder(self.body, self.variables_list)
        self.setTabOrder(self.variables_list, self.optimize_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._connect()
        self._fill_palette()
        self.refresh_now()

    def _connect(self) -> None:
        self._debounce.timeout.connect(self.refresh_now)
        self.body.textChanged.connect(self._on_text_changed)
        self.variables_list.chosen.connect(self.insert_variable)
        self.problems_list.itemActivated.connect(self._on_problem_activated)
        self.problems_list.itemClicked.connect(self._on_problem_activated)
        self.optimize_button.clicked.connect(self.apply_optimization)

    # ---------------------------------------------------------------- configuration
    def set_environment(self, environment: TemplateEnvironment) -> None:
        self._environment = environment
        self._fill_palette()
        self.refresh_now()

    def environment(self) -> TemplateEnvironment:
        return self._environment

    def set_purpose(self, purpose: Purpose) -> None:
        if purpose != self._purpose:
            self._purpose = Purpose(purpose)
            self.refresh_now()

    def purpose(self) -> Purpose:
        return self._purpose

    def _fill_palette(self) -> None:
        self.variables_list.clear()
        samples = self._environment.sample_values
        for variable in self._environment.variables:
            item = QListWidgetItem(variable.label)
            item.setData(Qt.ItemDataRole.UserRole, variable.name)
            sample = samples.get(variable.name, "")
            tip = variable.placeholder
            if sample:
                tip += " — " + self.tr("exemple : %1").replace("%1", sample)
            item.setToolTip(tip)
            self.variables_list.addItem(item)

    # ---------------------------------------------------------------- body
    def set_body(self, text: str) -> None:
        """Replace the body (loading a template: not an edit the user can undo)."""
        self.body.setPlainText(text)
        self.body.moveCursor(QTextCursor.MoveOperation.End)
        self.refresh_now()

    def text(self) -> str:
        return self.body.body()

    def insert_variable(self, name: str) -> None:
        cursor = self.body.textCursor()
        cursor.insertText("{" + name + "}")
        self.body.setTextCursor(cursor)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text_changed(self) -> None:
        self.body_changed.emit()
        self._debounce.start()

    # ---------------------------------------------------------------- results
    def problems(self) -> list[TemplateProblem]:
        return list(self._problems)

    def hints(self) -> list[Finding]:
        return list(self._hints)

    def preview(self) -> str:
        return self._preview

    def analysis(self) -> SmsAnalysis:
        return self._analysis

    def refresh_now(self) -> None:
        """Run the checks and the preview now (the debounce calls this)."""
        self._debounce.stop()
        env = self._environment
        body = self.text()
        self._problems = body_problems(body, env.known_names)
        self._hints = template_hints(body, self._purpose, env.sector, env.business_name, env.stop_text)
        self._preview = preview_text(body, self._purpose, env.sample_values, env.stop_text, env.known_names)
        self._analysis = analyze(self._preview)
        self.bubble.set_text(self._preview, self._analysis)
        offsets = utf16_offsets(body)
        self._show_problems(body, offsets)
        self._show_hints()
        self._show_unicode(body)
        self._underline(body, offsets)
        self.analysed.emit()

    def _show_problems(self, body: str, offsets: list[int]) -> None:
        self.problems_list.clear()
        for problem in self._problems:
            item = QListWidgetItem(explain_problem(problem))
            start = offsets[min(problem.position, len(body))]
            end = offsets[min(problem.position + problem.length, len(body))]
            item.setData(Qt.ItemDataRole.UserRole, (start, end))
            self.problems_list.addItem(item)
        self.problems_list.setVisible(bool(self._problems))

    def _show_hints(self) -> None:
        lines = [f"• {explain_finding(hint)}" for hint in self._hints]
        self.hints_label.setText("\n".join(lines))
        self.hints_label.setVisible(bool(lines))

    def _show_unicode(self, body: str) -> None:
        non_gsm = self._analysis.non_gsm
        if non_gsm:
            chars = " ".join(_display_char(ch) for ch in non_gsm)
            self.unicode_label.setText(
                self.tr(
                    "Caractères spéciaux : avec eux, chaque SMS contient 70 caractères au lieu de 160 : %1"
                ).replace("%1", chars)
            )
        self.unicode_label.setVisible(bool(non_gsm))
        suggestion = suggest_gsm(body)
        self._optimized = suggestion.text if suggestion.changed else ""
        if not self._optimized:
            self.optimize_button.hide()
            self.optimize_preview.hide()
            return
        env = self._environment
        after = analyze(
            preview_text(self._optimized, self._purpose, env.sample_values, env.stop_text, env.known_names)
        )
        changes = ", ".join(f"{r.original} → {r.replacement or '∅'}" for r in suggestion.replacements)
        before_sms = self.tr("%n SMS", "", self._analysis.segments)
        after_sms = self.tr("%n SMS", "", after.segments)
        self.optimize_preview.setText(f"{before_sms} → {after_sms} : {changes}")
        self.optimize_button.show()
        self.optimize_preview.show()

    def apply_optimization(self) -> None:
        """Replace the body by its GSM-7-friendly version, as one step the user can undo."""
        if not self._optimized:
            return
        cursor = QTextCursor(self.body.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self._optimized)
        cursor.endEditBlock()
        self.refresh_now()

    # ---------------------------------------------------------------- underlines
    def _underline(self, body: str, offsets: list[int]) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        tips: list[tuple[int, int, str]] = []
        document = self.body.document()
        size = len(body)

        def add(start: int, end: int, fmt: QTextCharFormat, tip: str) -> None:
            a, b = offsets[min(start, size)], offsets[min(end, size)]
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(a)
            cursor.setPosition(max(b, a), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
            if tip:
                tips.append((a, b, tip))

        unicode_format = QTextCharFormat()
        unicode_format.setBackground(_UNICODE)
        unicode_tip = self.tr(
            "Caractère spécial : avec lui, chaque SMS contient 70 caractères au lieu de 160."
        )
        forcing = frozenset(self._analysis.non_gsm)
        for index, ch in enumerate(body):
            if ch in forcing:
                add(index, index + 1, unicode_format, unicode_tip)
        for hint in self._hints:
            warn = QTextCharFormat()
            warn.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            warn.setUnderlineColor(_WARNING if hint.severity != Severity.INFO else _UNICODE)
            for start, end in hint.spans:
                add(start, end, warn, explain_finding(hint))
        for problem in self._problems:
            error = QTextCharFormat()
            error.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            error.setUnderlineColor(_ERROR)
            error.setProperty(QTextFormat.Property.UserProperty, problem.code.value)
            add(problem.position, problem.position + max(problem.length, 1), error, explain_problem(problem))
        self.body.setExtraSelections(selections)
        self.body.set_tips(tips)

    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        start, end = item.data(Qt.ItemDataRole.UserRole)
        cursor = self.body.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.body.setTextCursor(cursor)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
