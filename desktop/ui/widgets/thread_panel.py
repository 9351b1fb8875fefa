"""One number's thread in the inbox: who it is, its replies with what Comptoir did or why a person must act,
the whole conversation, and what the staff can do — handle a reply, give the thread to someone, answer
through the composer, open the client's card, or attach an unknown number to a client (or create one)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import InboundMessage
from desktop.services.inbox.service import Thread, ThreadEntry
from desktop.ui.models.inbox_model import RepliesModel, who
from desktop.ui.widgets.conversation import ConversationView


class ThreadPanel(QWidget):
    done_requested = Signal(int)  # reply id
    reopen_requested = Signal(int)
    assign_requested = Signal(str, str)  # number, person ("" nobody)
    reply_requested = Signal(int)  # client id
    client_requested = Signal(int)
    attach_requested = Signal(str)  # number
    create_requested = Signal(str)  # number

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Thread | None = None
        self._zone = zone
        self._filling = False
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Ouvrir la &fiche"))
        self.reply_button = QPushButton(self.tr("&Répondre…"))
        self.attach_button = QPushButton(self.tr("Ra&ttacher à un client…"))
        self.create_button = QPushButton(self.tr("Cr&éer la fiche…"))
        self.assignee = QComboBox()
        self.assignee.setAccessibleName(self.tr("Suivi par"))
        self.replies_model = RepliesModel(zone, self)
        self.replies = QTableView()
        self.replies.setModel(self.replies_model)
        self.replies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.replies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.replies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.replies.setWordWrap(True)
        self.replies.verticalHeader().setVisible(False)
        header = self.replies.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.replies.setAccessibleName(self.tr("Réponses de ce numéro"))
        self.done_button = QPushButton(self.tr("&Marquer traitée"))
        self.reopen_button = QPushButton(self.tr("Remettre à trai&ter"))
        self.conversation = ConversationView()
        self._lay_out()
        self._connect()
        self.title.setText(self.tr("Choisissez une conversation."))
        self._body.hide()
        self._enable()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.open_button, self.reply_button, self.attach_button, self.create_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Suivi par :")))
        actions.addWidget(self.assignee)
        handling = QHBoxLayout()
        handling.addStretch(1)
        handling.addWidget(self.reopen_button)
        handling.addWidget(self.done_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.replies, 1)
        top_layout.addLayout(handling)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.conversation)
        split.setSizes([240, 320])
        self._body = QWidget()  # hidden while no conversation is chosen: only the title invites to choose
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(actions)
        body.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self._body, 100)
        layout.addStretch(1)  # keeps the title at the top while no conversation is chosen

    def _connect(self) -> None:
        self.done_button.clicked.connect(self._done)
        self.reopen_button.clicked.connect(self._reopen)
        self.open_button.clicked.connect(lambda: self._with_client(self.client_requested.emit))
        self.reply_button.clicked.connect(lambda: self._with_client(self.reply_requested.emit))
        self.attach_button.clicked.connect(lambda: self._with_number(self.attach_requested.emit))
        self.create_button.clicked.connect(lambda: self._with_number(self.create_requested.emit))
        self.assignee.currentIndexChanged.connect(self._assigned)
        self.replies.selectionModel().selectionChanged.connect(lambda *_: self._enable())

    # ---------------------------------------------------------------- showing
    def set_staff(self, staff: tuple[str, ...]) -> None:
        self._filling = True
        current = self.assignee.currentData()
        self.assignee.clear()
        self.assignee.addItem(self.tr("personne"), "")
        for person in staff:
            self.assignee.addItem(person, person)
        index = self.assignee.findData(current)
        self.assignee.setCurrentIndex(max(index, 0))
        self._filling = False

    def show_thread(
        self,
        thread: Thread | None,
        replies: list[InboundMessage],
        entries: list[ThreadEntry],
        now: dt.datetime,
    ) -> None:
        """Show a number's replies and conversation (None: nothing chosen); the first one still to handle
        is selected."""
        self.current = thread
        self.title.setText(who(thread) if thread is not None else self.tr("Choisissez une conversation."))
        self._body.setVisible(thread is not None)
        self.replies_model.set_replies(replies, now)
        self.conversation.set_entries(entries, self._zone, now)
        todo = [row for row, r in enumerate(self.replies_model.replies()) if not r.handled]
        if self.replies_model.rowCount():
            self.replies.selectRow(todo[0] if todo else 0)
        self._filling = True
        index = self.assignee.findData(thread.assignee if thread is not None else "")
        self.assignee.setCurrentIndex(max(index, 0))
        self._filling = False
        self._enable()

    def selected(self) -> InboundMessage | None:
        rows = self.replies.selectionModel().selectedRows()
        return self.replies_model.reply(rows[0].row()) if rows else None

    def _enable(self) -> None:
        thread = self.current
        known = thread is not None and thread.client_id is not None
        for button in (self.open_button, self.reply_button):
            button.setEnabled(known)
        for button in (self.attach_button, self.create_button):
            button.setVisible(thread is not None and not known)
        self.reply_button.setToolTip(
            "" if known else self.tr("Rattachez d'abord ce numéro à une fiche client pour lui répondre.")
        )
        self.assignee.setEnabled(thread is not None and thread.todo > 0)
        reply = self.selected()
        self.done_button.setEnabled(reply is not None and not reply.handled)
        self.reopen_button.setEnabled(reply is not None and reply.handled)

    # ---------------------------------------------------------------- actions
    def _done(self) -> None:
        reply = self.selected()
        if reply is not None and not reply.handled:
            self.done_requested.emit(reply.id)

    def _reopen(self) -> None:
        reply = self.selected()
        if reply is not None and reply.handled:
            self.reopen_requested.emit(reply.id)

    def _assigned(self, _index: int) -> None:
        if not self._filling and self.current is not None:
            self.assign_requested.emit(self.current.number, str(self.assignee.currentData() or ""))

    def _with_client(self, emit) -> None:
        if self.current is not None and self.current.client_id is not None:
            emit(self.current.client_id)

    def _with_number(self, emit) -> None:
        if self.current is not None:
            emit(self.current.number)
