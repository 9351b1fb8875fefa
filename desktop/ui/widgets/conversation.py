"""A client's conversation: sent messages on the right with their French status, replies on the left,
oldest at the top and the newest at the bottom (where the view scrolls to), times in the business's zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core import catalogue
from desktop.core.entities import FINAL_STATUSES, InboundMessage, Interpretation, Message, MessageStatus
from desktop.services.compose import ThreadEntry
from desktop.ui import texts

_PADDING = 10  # horizontal padding of a bubble, in pixels
_OUT_STYLE = f"background: #dcebff; color: #000000; border-radius: 12px; padding: 7px {_PADDING}px;"
_IN_STYLE = f"background: #ececee; color: #000000; border-radius: 12px; padding: 7px {_PADDING}px;"
_MAX_WIDTH = 420


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


@dataclass(frozen=True, slots=True)
class BubbleInfo:
    """What one bubble shows (for tests and accessibility)."""

    outgoing: bool
    text: str
    meta: str
    item_id: int


def outgoing_meta(message: Message, zone: ZoneInfo, now: dt.datetime) -> str:
    """« Livré · mardi 2 décembre à 14h05 », « En file d'attente · partira lundi 30 novembre à 08h00 »."""
    status = texts.status_label(message.status)
    today = now.astimezone(zone).date()
    waiting = message.status in (MessageStatus.QUEUED, MessageStatus.DEFERRED)
    if waiting and message.due_at > now + dt.timedelta(minutes=1):
        departure = texts.format_moment(message.due_at, zone, today=today)
        return f"{status} · " + translate("Conversation", "partira %1").replace("%1", departure)
    moment = message.sent_at if message.sent_at is not None else message.created_at
    return f"{status} · {texts.format_moment(moment, zone, today=today)}"


def inbound_meta(reply: InboundMessage, zone: ZoneInfo, now: dt.datetime) -> str:
    """« Reçu · mardi 2 décembre à 14h07 · Désinscription »."""
    today = now.astimezone(zone).date()
    meta = (
        translate("Conversation", "Reçu") + " · " + texts.format_moment(reply.received_at, zone, today=today)
    )
    if reply.interpretation is not Interpretation.UNKNOWN:
        meta += " · " + texts.interpretation_label(reply.interpretation)
    return meta


class ConversationView(QScrollArea):
    """Shows a thread (``set_entries``); rebuilt whole each time: it holds 200 messages at most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(320)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Conversation avec le client"))
        self._bubbles: list[BubbleInfo] = []
        self._fitted: list[tuple[QLabel, int]] = []  # wrapped labels and their padding, refitted on resize
        self._set_content()

    def _set_content(self) -> None:
        content = QWidget()
        self._layout = QVBoxLayout(content)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)  # bubbles sit at the bottom, like a phone
        self.setWidget(content)

    def set_entries(
        self, entries: Sequence[ThreadEntry], zone: ZoneInfo, now: dt.datetime, limit: int = 0
    ) -> None:
        self._set_content()
        self._bubbles = []
        self._fitted = []
        if limit and len(entries) >= limit:
            note = QLabel(self.tr("Seuls les %n derniers messages sont affichés.", "", limit))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note.setStyleSheet("color: #6b6b6b;")
            self._layout.addWidget(note)
        if not entries:
            empty = QLabel(self.tr("Aucun message échangé avec ce client pour l'instant."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setStyleSheet("color: #6b6b6b;")
            self._layout.addWidget(empty)
        for entry in entries:
            if entry.outgoing is not None:
                self._add(entry.outgoing, zone, now)
            elif entry.inbound is not None:
                self._add_reply(entry.inbound, zone, now)
        QTimer.singleShot(0, self, self._scroll_to_end)  # not called once this view is gone

    def _add(self, message: Message, zone: ZoneInfo, now: dt.datetime) -> None:
        meta = outgoing_meta(message, zone, now)
        color = texts.FAMILY_COLORS[texts.status_family(message.status)]
        tip = ""
        if message.error_code and catalogue.has(message.error_code):
            tip = catalogue.explain(message.error_code)
        elif message.status in FINAL_STATUSES and message.error_code:
            tip = message.error_code
        self._add_bubble(BubbleInfo(True, message.body, meta, message.id), color, tip)

    def _add_reply(self, reply: InboundMessage, zone: ZoneInfo, now: dt.datetime) -> None:
        self._add_bubble(
            BubbleInfo(False, reply.text, inbound_meta(reply, zone, now), reply.id), "#6b6b6b", ""
        )

    def _add_bubble(self, info: BubbleInfo, meta_color: str, tip: str) -> None:
        text = QLabel(info.text)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setStyleSheet(_OUT_STYLE if info.outgoing else _IN_STYLE)
        self._fit(text, 2 * _PADDING + 4)
        text.setAccessibleName(self.tr("Message envoyé") if info.outgoing else self.tr("Réponse du client"))
        meta = QLabel(info.meta)
        meta.setWordWrap(True)
        meta.setStyleSheet(f"color: {meta_color}; font-size: small;")
        self._fit(meta, 4)
        if tip:
            meta.setToolTip(tip)
            text.setToolTip(tip)
        column = QVBoxLayout()
        column.setSpacing(2)
        side = Qt.AlignmentFlag.AlignRight if info.outgoing else Qt.AlignmentFlag.AlignLeft
        column.addWidget(text, 0, side)
        column.addWidget(meta, 0, side)
        row = QHBoxLayout()
        if info.outgoing:
            row.addStretch(1)
        row.addLayout(column)
        if not info.outgoing:
            row.addStretch(1)
        self._layout.addLayout(row)
        self._bubbles.append(info)

    def _bubble_width(self) -> int:
        """The widest a bubble may be: 420 px, or most of a narrow pane (never clipped at its edge)."""
        return max(120, min(_MAX_WIDTH, int(self.viewport().width() * 0.85) - 16))

    def _fit(self, label: QLabel, extra: int) -> None:
        self._fitted.append((label, extra))
        _fit(label, extra, self._bubble_width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = self._bubble_width()
        for label, extra in self._fitted:
            _fit(label, extra, width)

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def bubbles(self) -> list[BubbleInfo]:
        """What is shown, oldest first."""
        return list(self._bubbles)


def _fit(label: QLabel, extra: int, widest: int = _MAX_WIDTH) -> None:
    """A wrapped label placed with an alignment gets its one-line size hint and loses lines: give it the
    width its text needs (up to the bubble maximum) so that its height follows from that width. Measured
    once polished: the application's stylesheet sets the font the label will draw with."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    longest = max((metrics.horizontalAdvance(line) for line in label.text().splitlines()), default=0)
    label.setFixedWidth(min(widest, longest + extra))
    label.setMinimumHeight(label.heightForWidth(label.width()))
