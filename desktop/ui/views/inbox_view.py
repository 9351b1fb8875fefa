"""The « Réponses » area: what clients wrote, per number, for the staff to read, handle and answer; and the
results of the satisfaction surveys (second tab).

Threads are filtered in SQL (unread, à traiter, done; the person following them; a name or a number) and
read off the UI thread. Opening a thread marks its replies read. « Marquer traitée » records the person
chosen in « Vous êtes » (kept on this desk) and now; when another desk was first, the view says who did it.
Answering goes through the composer, as any message to a client; a number that is nobody's is attached to a
client, or a client is created from it, first.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ClientDraft, InboundMessage
from desktop.services.changes import Changes
from desktop.services.inbox.service import DoneResult, InboxFilter, Status, Thread, ThreadEntry
from desktop.ui import errors, texts
from desktop.ui.dialogs.attach_dialog import AttachDialog
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.models.inbox_model import ThreadsModel
from desktop.ui.views.surveys_view import SurveysView
from desktop.ui.widgets.thread_panel import ThreadPanel

ME_KEY = "inbox/me"
SEARCH_DEBOUNCE_MS = 250
LIMIT = 500
ALL = "all"  # the status filter's « Toutes »


class InboxView(QWidget):
    client_requested = Signal(int)
    threads_loaded = Signal()
    thread_loaded = Signal(str)  # number
    handled = Signal(object)  # DoneResult

    def __init__(
        self,
        inbox,
        clients,
        compose,
        templates,
        surveys,
        tasks,
        preferences: QSettings,
        *,
        zone: ZoneInfo,
        clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._inbox = inbox
        self._clients = clients
        self._compose = compose
        self._templates = templates
        self._tasks = tasks
        self._preferences = preferences
        self._zone = zone
        self._clock = clock
        self._number: str | None = None
        self._generation = 0

        self.me = QComboBox()
        self.me.setAccessibleName(self.tr("Vous êtes"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Quelles réponses"))
        for label, status in (
            (self.tr("À lire ou à traiter"), Status.ATTENTION.value),
            (self.tr("À traiter"), Status.TODO.value),
            (self.tr("Non lues"), Status.UNREAD.value),
            (self.tr("Traitées"), Status.DONE.value),
            (self.tr("Toutes"), ALL),
        ):
            self.status_filter.addItem(label, status)
        self.person_filter = QComboBox()
        self.person_filter.setAccessibleName(self.tr("Suivies par"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Nom ou numéro"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher une conversation"))
        self.model = ThreadsModel(zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # a name and a number: capped
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the last message takes the rest
        header.resizeSection(0, 170)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName(self.tr("Conversations"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.panel = ThreadPanel(zone)
        self.surveys = SurveysView(surveys, clients, tasks)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Vous êtes :")))
        filters.addWidget(self.me)
        filters.addSpacing(16)
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(self.tr("suivies par")))
        filters.addWidget(self.person_filter)
        filters.addWidget(self.search, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)  # the list of conversations gets the room to show each last message
        split.setStretchFactor(1, 2)
        split.setSizes([720, 300])
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(filters)
        page_layout.addWidget(self.notice)
        page_layout.addWidget(self.error)
        page_layout.addWidget(split, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, self.tr("Réponses"))
        self.tabs.addTab(self.surveys, self.tr("Enquêtes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _connect(self) -> None:
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.person_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.refresh)
        self.me.currentIndexChanged.connect(self._me_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.panel.done_requested.connect(self.mark_done)
        self.panel.reopen_requested.connect(self.reopen)
        self.panel.assign_requested.connect(self.assign)
        self.panel.reply_requested.connect(self.answer)
        self.panel.client_requested.connect(self.client_requested)
        self.panel.attach_requested.connect(self.attach)
        self.panel.create_requested.connect(self.create_client)

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Read the staff and the threads matching the filters (off the UI thread)."""
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        inbox = self._inbox

        def load() -> tuple[tuple[str, ...], list[Thread]]:
            return inbox.staff(), inbox.threads(flt, LIMIT)

        self._tasks.run(load, on_done=lambda found: self._show(generation, *found), on_error=self._on_error)
        self.surveys.refresh()

    def current_filter(self) -> InboxFilter:
        status = str(self.status_filter.currentData() or ALL)
        person = self.person_filter.currentData()
        return InboxFilter(
            status=Status(status) if status != ALL else None,
            assignee=None if person is None else str(person),
            text=self.search.text(),
        )

    def _show(self, generation: int, staff: tuple[str, ...], threads: list[Thread]) -> None:
        if generation != self._generation:
            return
        self.error.hide()
        self._fill_staff(staff)
        self.model.set_threads(threads, self._clock.now())
        self.empty.setVisible(not threads)
        self.empty.setText(
            self.tr("Aucune réponse à lire ni à traiter : tout est à jour.")
            if self.current_filter().status in (Status.TODO, Status.ATTENTION)
            else self.tr("Aucune conversation ne correspond.")
        )
        row = self.model.row_of(self._number) if self._number else None
        if row is not None:  # the thread shown stays shown (opening one marks it read: never by itself)
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
            self.load_thread(self._number or "")
        else:
            self._number = None
            self.panel.show_thread(None, [], [], self._clock.now())
        self.threads_loaded.emit()

    def _fill_staff(self, staff: tuple[str, ...]) -> None:
        for combo in (self.me, self.person_filter):
            combo.blockSignals(True)
        chosen_filter = self.person_filter.currentData()
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("tout le monde"), None)
        self.person_filter.addItem(self.tr("personne"), "")
        self.me.clear()
        self.me.addItem(self.tr("(non précisé)"), "")
        for person in staff:
            self.person_filter.addItem(person, person)
            self.me.addItem(person, person)
        self.person_filter.setCurrentIndex(max(self.person_filter.findData(chosen_filter), 0))
        self.me.setCurrentIndex(max(self.me.findData(str(self._preferences.value(ME_KEY, ""))), 0))
        for combo in (self.me, self.person_filter):
            combo.blockSignals(False)
        self.panel.set_staff(staff)

    def _me_changed(self, _index: int) -> None:
        self._preferences.setValue(ME_KEY, str(self.me.currentData() or ""))

    def me_name(self) -> str:
        return str(self.me.currentData() or "")

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        thread = self.model.thread_at(rows[0].row()) if rows else None
        if thread is None:
            return
        if thread.number != self._number:
            self.notice.clear()
        self._number = thread.number
        self.load_thread(thread.number)

    def load_thread(self, number: str) -> None:
        """Show a number's replies and conversation, and mark its replies read."""
        inbox = self._inbox

        def load() -> tuple[list[InboundMessage], list[ThreadEntry]]:
            inbox.mark_read(number)
            entries = inbox.conversation(number)
            replies = [e.inbound for e in entries if e.inbound is not None]
            return replies, entries

        def show(found: tuple[list[InboundMessage], list[ThreadEntry]]) -> None:
            if number != self._number:
                return
            row = self.model.row_of(number)
            thread = self.model.thread_at(row) if row is not None else None
            self.panel.show_thread(thread, found[0], found[1], self._clock.now())
            self.thread_loaded.emit(number)

        self._tasks.run(load, on_done=show, on_error=self._on_error)

    def select_number(self, number: str) -> None:
        """Show this number's thread (from a tray notification)."""
        self.status_filter.setCurrentIndex(self.status_filter.findData(ALL))
        self._number = number
        self.refresh()

    # ---------------------------------------------------------------- actions
    def mark_done(self, reply_id: int) -> None:
        inbox, by = self._inbox, self.me_name()

        def done(result: DoneResult) -> None:
            when = texts.format_moment(result.at, self._zone) if result.at else ""
            who = result.by or self.tr("quelqu'un")
            if result.changed:
                self.notice.setText(
                    self.tr("Réponse traitée (%1, %2).").replace("%1", who).replace("%2", when)
                )
            else:
                self.notice.setText(
                    self.tr("Déjà traitée par %1, %2 : rien n'a changé.")
                    .replace("%1", who)
                    .replace("%2", when)
                )
            self.handled.emit(result)
            self.refresh()

        self._tasks.run(lambda: inbox.mark_done(reply_id, by), on_done=done, on_error=self._on_error)

    def reopen(self, reply_id: int) -> None:
        inbox = self._inbox
        self._tasks.run(
            lambda: inbox.reopen(reply_id), on_done=lambda _r: self.refresh(), on_error=self._on_error
        )

    def assign(self, number: str, person: str) -> None:
        inbox = self._inbox
        self._tasks.run(
            lambda: inbox.assign(number, person), on_done=lambda _r: self.refresh(), on_error=self._on_error
        )

    def answer(self, client_id: int) -> None:
        ComposerDialog.ask(self._compose, self._templates, self._tasks, [client_id], self)
        if self._number:
            self.load_thread(self._number)

    def attach(self, number: str) -> None:
        chosen = AttachDialog.ask(self._clients, self._tasks, number, self)
        reply = self._first_reply()
        if chosen is None or reply is None:
            return
        inbox = self._inbox
        self._tasks.run(
            lambda: inbox.attach(reply.id, chosen.client_id, set_mobile=chosen.set_mobile),
            on_done=lambda _n: self.refresh(),
            on_error=self._on_error,
        )

    def create_client(self, number: str) -> None:
        created: list[int] = []
        clients = self._clients

        def save(draft: ClientDraft) -> None:
            created.append(clients.create(draft))

        reply = self._first_reply()
        if not ClientDialog.ask(save, ClientDraft(mobile=number), self) or not created or reply is None:
            return
        inbox = self._inbox
        self._tasks.run(
            lambda: inbox.attach(reply.id, created[0]),
            on_done=lambda _n: self.refresh(),
            on_error=self._on_error,
        )

    def _first_reply(self) -> InboundMessage | None:
        replies = self.panel.replies_model.replies()
        return replies[-1] if replies else None

    # ---------------------------------------------------------------- changes
    def on_changes(self, changes: Changes) -> None:
        if changes.inbound or changes.settings or changes.clients_reset or changes.clients:
            self.refresh()
        elif changes.messages and self._number:
            self.load_thread(self._number)

    def _on_error(self, error: BaseException) -> None:
        errors.show_in(self.error, error)
