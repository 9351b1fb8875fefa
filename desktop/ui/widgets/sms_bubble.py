"""A phone-like speech bubble showing the exact text of an SMS, and its figures underneath.

Standalone: give it the final text (variables filled, STOP line included) with ``set_text(text, analysis)``;
it shows the text as is (line breaks and spaces kept, special characters highlighted) and a line such as
« 94 caractères · 1 SMS » (« · caractères spéciaux » when some make each SMS shorter). ``set_footer`` adds a free line under the figures (the composer
puts the cost there), ``set_sender`` a header like a phone's conversation title.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop.core.sms import GSM7, SmsAnalysis, analyze

BUBBLE_WIDTH = 250
_HIGHLIGHT = "#ffd54f"
_STYLE = """
QFrame#smsPhone { background: #ffffff; border: 1px solid #c8c8cc; border-radius: 22px; }
QLabel#smsSender { color: #555555; font-weight: bold; }
QLabel#smsBubble { background: #e9e9eb; color: #000000; border-radius: 14px; padding: 8px 10px; }
QLabel#smsFigures { color: #555555; }
QLabel#smsFigures[multi="true"] { color: #a15c00; font-weight: bold; }
QLabel#smsFooter { color: #555555; }
"""


def _display_char(ch: str) -> str:
    """How to name a character in a list: itself, or its code point when it is invisible."""
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def bubble_html(text: str, non_gsm: frozenset[str] = frozenset()) -> str:
    """Rich text for `text`: escaped, spaces and line breaks kept, characters of `non_gsm` highlighted."""
    pieces: list[str] = []
    for ch in text:
        if ch == "\r":
            continue
        piece = "<br>" if ch == "\n" else html.escape(ch)
        if ch in non_gsm and ch != "\n":
            shown = piece if ch.isprintable() and not ch.isspace() else "&#x2423;"
            piece = f'<span style="background-color: {_HIGHLIGHT};">{shown}</span>'
        pieces.append(piece)
    return '<div style="white-space: pre-wrap;">' + "".join(pieces) + "</div>"


class SmsBubble(QFrame):
    """Shows an SMS as the recipient will read it. ``set_text`` is the only thing a caller must call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("smsPhone")
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFixedWidth(BUBBLE_WIDTH + 36)
        self._text = ""
        self._analysis = analyze("")
        self._placeholder = self.tr("Le message apparaîtra ici.")

        self.sender_label = QLabel()
        self.sender_label.setObjectName("smsSender")
        self.sender_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sender_label.hide()
        self.text_label = QLabel()
        self.text_label.setObjectName("smsBubble")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(BUBBLE_WIDTH)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setAccessibleName(self.tr("Aperçu du SMS"))
        self.figures_label = QLabel()
        self.figures_label.setObjectName("smsFigures")
        self.figures_label.setWordWrap(True)
        self.figures_label.setAccessibleName(self.tr("Taille du SMS"))
        self.footer_label = QLabel()
        self.footer_label.setObjectName("smsFooter")
        self.footer_label.setWordWrap(True)
        self.footer_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.text_label)
        layout.addStretch(1)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.footer_label)
        self.set_text("")

    # ---------------------------------------------------------------- API
    def set_text(self, text: str, analysis: SmsAnalysis | None = None) -> None:
        """Show `text` exactly; `analysis` is ``desktop.core.sms.analyze(text)`` (computed when omitted)."""
        self._text = text
        self._analysis = analysis if analysis is not None else analyze(text)
        if text:
            self.text_label.setText(bubble_html(text, frozenset(self._analysis.non_gsm)))
            self.text_label.setAccessibleDescription(text)
        else:
            self.text_label.setText(
                f'<span style="color: #888888;"><i>{html.escape(self._placeholder)}</i></span>'
            )
            self.text_label.setAccessibleDescription("")
        self.figures_label.setText(self.figures_text())
        self.figures_label.setToolTip(self._figures_tooltip())
        multi = "true" if self._analysis.segments > 1 else "false"
        if self.figures_label.property("multi") != multi:
            self.figures_label.setProperty("multi", multi)
            self.figures_label.style().unpolish(self.figures_label)
            self.figures_label.style().polish(self.figures_label)

    def set_placeholder(self, text: str) -> None:
        """What the bubble says while the text is empty."""
        self._placeholder = text
        if not self._text:
            self.set_text("")

    def set_sender(self, sender: str) -> None:
        self.sender_label.setText(sender)
        self.sender_label.setVisible(bool(sender))

    def set_footer(self, text: str) -> None:
        self.footer_label.setText(text)
        self.footer_label.setVisible(bool(text))

    def text(self) -> str:
        return self._text

    def analysis(self) -> SmsAnalysis:
        return self._analysis

    def figures_text(self) -> str:
        """« 94 caractères · 1 SMS », and « · caractères spéciaux » when some make each SMS shorter."""
        a = self._analysis
        count = a.characters
        characters = self.tr("%n caractère", "", count) if count <= 1 else self.tr("%n caractères", "", count)
        figures = f"{characters} · {self.tr('%n SMS', '', a.segments)}"
        if a.encoding != GSM7:
            figures += " · " + self.tr("caractères spéciaux")
        return figures

    def _figures_tooltip(self) -> str:
        a = self._analysis
        single, per_part = a.limits
        lines = [
            self.tr("Un SMS seul contient %1 caractères ; un message plus long part en parties de %2.")
            .replace("%1", str(single))
            .replace("%2", str(per_part))
        ]
        if a.segments:
            lines.append(self.tr("Encore %n caractère(s) avant le SMS suivant.", "", max(a.remaining, 0)))
        if a.non_gsm:
            chars = " ".join(_display_char(ch) for ch in a.non_gsm)
            lines.append(
                self.tr("Caractères spéciaux (70 caractères par SMS au lieu de 160) : %1").replace(
                    "%1", chars
                )
            )
        return "\n".join(lines)
