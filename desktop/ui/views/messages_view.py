"""The Messages screen: every outgoing message, filters, the detail of one, and the actions on problems.

Reads and actions run through ``tasks``; the list refreshes when the bus says messages changed
(:meth:`MessagesView.on_changes`): pages holding the changed messages are read again, and the whole list is
reloaded when new messages arrive or when a status filter may have gained or lost some.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import catalogue
from desktop.core.clock import Clock, SystemClock
from desktop.core.entities import Message, MessageStatus
from desktop.core.errors import KnownError
from desktop.core.message_actions import NEEDS_CONFIRMATION, Action, actions_for
from desktop.services.changes import Changes
from desktop.services.outbox import OutboxError
from desktop.ui import errors, texts
from desktop.ui.dialogs.message_detail import MessageDetailPanel, MessageInfo, load_info
from desktop.ui.models import messages_model as mm
from desktop.ui.models.messages_model import (
    MessageLine,
    MessagePager,
    MessageQuery,
    MessagesModel,
    Snapshot,
)
from desktop.ui.views.messages_filters import TO_HANDLE, MessageFilters
from desktop.ui.widgets.empty_state import EmptyState

S = MessageStatus
CHANGES_DEBOUNCE_MS = 150
_COLUMN_WIDTHS = {
    mm.DATE: 90,
    mm.RECIPIENT: 230,
    mm.PURPOSE: 105,
    mm.STATUS: 130,
    mm.ACCOUNT: 100,
    mm.SEGMENTS: 45,
    mm.COST: 70,
}


class MessagesView(QWidget):
    """Owns the message table, the filter bar, the detail pane and the action buttons."""

    messages_loaded = Signal(int)  # number of messages in the list after a (re)load
    clients_requested = Signal()  # the empty list's « Écrire à un client »
    message_shown = Signal(int)  # id of the message now in the detail pane
    action_finished = Signal(str, int)  # Action value, number of messages it changed

    def __init__(
        self,
        outbox,
        accounts,
        templates,
        tasks,
        *,
        clients=None,
        zone: ZoneInfo | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._accounts = accounts
        self._templates = templates
        self._tasks = tasks
        self._zone = zone or texts.business_zone()
        self._clock = clock or SystemClock()
        self._client_names = _names_from(clients) if clients is not None else None
        self._pager = MessagePager(outbox, self._client_names)
        self._generation = 0
        self._detail_generation = 0
        self._pending: set[int] = set()
        self._last_query: MessageQuery | None = None

        self.filters = MessageFilters(self._zone, self._clock.now)
        # The filter widgets stay reachable from the view (tests drive them as the user would).
        self.status_filter = self.filters.status_filter
        self.period_filter = self.filters.period_filter
        self.from_date = self.filters.from_date
        self.to_date = self.filters.to_date
        self.account_filter = self.filters.account_filter
        self.template_filter = self.filters.template_filter
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Résumé des envois"))
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.count_label = QLabel()
        self.model = MessagesModel(self._pager.page, zone=self._zone, now=self._clock.now, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Liste des messages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never sized from every row
        header.setSectionResizeMode(mm.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in _COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)

        self.retry_button = QPushButton(self.tr("&Réessayer"))
        self.mark_sent_button = QPushButton(self.tr("&Marquer comme envoyé"))
        self.send_now_button = QPushButton(self.tr("&Envoyer maintenant"))
        self.cancel_button = QPushButton(self.tr("A&nnuler l'envoi"))
        self.detail = MessageDetailPanel(self._zone, self._clock.now)
        self._lay_out()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(CHANGES_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._flush_changes)
        self._connect()
        self._update_buttons()

    # ---------------------------------------------------------------- layout
    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        for button in (self.retry_button, self.mark_sent_button, self.send_now_button, self.cancel_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.detail_area = detail = QScrollArea()  # a long history scrolls: the list keeps its height
        detail.setWidget(self.detail)
        detail.setWidgetResizable(True)
        detail.setFrameShape(QFrame.Shape.NoFrame)
        detail.setMinimumHeight(200)
        splitter = QSplitter(Qt.Orientation.Vertical)  # the table keeps the full width for its columns
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # 3 : 2 from the start, whatever the placeholder's size
        self.empty = EmptyState(
            "no_messages",
            self.tr("Aucun SMS envoyé pour l'instant"),
            self.tr(
                "Écrivez à un client depuis sa fiche (« Envoyer un SMS »), ou à plusieurs depuis la liste "
                "des clients. Chaque message apparaît ici avec ce qu'il est devenu."
            ),
        )
        self.empty_clients_button = self.empty.add_button(
            self.tr("Écrire à un client…"), primary=True, icon="send"
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.pages, 1)

    def _connect(self) -> None:
        self.filters.changed.connect(self.reload)
        self.empty_clients_button.clicked.connect(self.clients_requested)
        self.summary_label.linkActivated.connect(lambda _link: self.show_to_handle())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.model.modelReset.connect(self._update_buttons)
        self.retry_button.clicked.connect(lambda: self.run_action(Action.RETRY))
        self.mark_sent_button.clicked.connect(lambda: self.run_action(Action.MARK_SENT))
        self.send_now_button.clicked.connect(lambda: self.run_action(Action.SEND_NOW))
        self.cancel_button.clicked.connect(lambda: self.run_action(Action.CANCEL))
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Everything: filter choices, the list and the summary (at start, or F5)."""
        self.reload_filters()
        self.reload()
        self.refresh_summary()

    def current_query(self) -> MessageQuery:
        return self.filters.query()

    def reload(self) -> None:
        """Count and read the first page off the UI thread; only the latest answer is shown."""
        self._generation += 1
        generation = self._generation
        query = self.current_query()
        same_filter, self._last_query = query == self._last_query, query
        self._tasks.run(
            lambda: self._pager.snapshot(query),
            on_done=lambda snapshot: self._show(generation, snapshot, keep_selection=same_filter),
            on_error=self._on_error,
        )

    def _show(self, generation: int, snapshot: Snapshot, *, keep_selection: bool = True) -> None:
        if generation != self._generation:
            return
        rows = self.table.selectionModel().selectedRows() if keep_selection else []
        selected = [(i, r.row()) for r in rows if (i := self.model.message_id(r.row())) is not None]
        self.model.set_snapshot(snapshot)
        self.count_label.setText(self.tr("%n message(s)", "", snapshot.total))
        nothing_yet = snapshot.total == 0 and snapshot.query == MessageQuery()  # no filter hides any
        self.pages.setCurrentIndex(1 if nothing_yet else 0)  # 1: the empty state
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        restored = False
        for message_id, near in selected[:50]:  # a huge selection is not worth restoring page by page
            row = self.model.find_row(message_id, near)
            if row is not None:
                self.table.selectionModel().select(self.model.index(row, 0), flags)
                restored = True
        if not restored:  # a reset clears the selection without telling: say it ourselves
            self._on_selection()
        self.messages_loaded.emit(snapshot.total)

    def reload_filters(self) -> None:
        self._tasks.run(self._accounts.list, on_done=self.filters.set_accounts, on_error=self._on_error)
        self._tasks.run(
            self._templates.list_templates, on_done=self.filters.set_templates, on_error=self._on_error
        )

    def refresh_summary(self) -> None:
        today = self._today()
        month = dt.datetime.combine(today.replace(day=1), dt.time(), self._zone).astimezone(dt.UTC)
        self._tasks.run(
            lambda: (self._outbox.count_by_status(), self._outbox.count(S.DELIVERED, since=month)),
            on_done=self._show_summary,
            on_error=self._on_error,
        )

    def _show_summary(self, counts: tuple[dict[MessageStatus, int], int]) -> None:
        by_status, delivered = counts
        to_handle = sum(by_status.get(s, 0) for s in texts.TO_HANDLE)
        waiting = sum(by_status.get(s, 0) for s in texts.WAITING)
        handle_text = self.tr("%n à traiter", "", to_handle)
        if to_handle:
            handle_text = f'<a href="{TO_HANDLE}"><b>{handle_text}</b></a>'
        parts = (
            handle_text,
            self.tr("%n en file", "", waiting),
            self.tr("%n livré(s) ce mois", "", delivered),
        )
        self.summary_label.setText(" · ".join(parts))

    def show_to_handle(self) -> None:
        """Show only the messages someone has to decide about (failed and uncertain)."""
        self.filters.show_to_handle()

    # ---------------------------------------------------------------- changes from the bus
    def on_changes(self, changes: Changes) -> None:
        if changes.accounts or changes.templates:
            self.reload_filters()
        if changes.accounts:  # account names shown in rows
            self.reload()
        if changes.messages:
            self._pending |= changes.messages
            self._debounce.start()

    def _flush_changes(self) -> None:
        ids, self._pending = self._pending, set()
        if not ids:
            return
        self.refresh_summary()
        snapshot = self.model.snapshot
        if snapshot.query.statuses or max(ids) > snapshot.newest_id:
            self.reload()  # rows may have entered or left the list
        else:
            generation = self._generation
            query = snapshot.query
            for page in self.model.pages_holding(ids):
                self._tasks.run(
                    lambda page=page: self._pager.page(query, page * mm.PAGE, mm.PAGE),
                    on_done=lambda lines, page=page: self._replace_page(generation, page, lines),
                    on_error=self._on_error,
                )
        shown = self.detail.info
        if shown is not None and shown.message.id in ids:
            self._load_detail(shown.message.id)

    def _replace_page(self, generation: int, page: int, lines: list[MessageLine]) -> None:
        if generation == self._generation:
            self.model.replace_page(page, lines)
            self._update_buttons()

    # ---------------------------------------------------------------- selection and detail
    def selected_lines(self) -> list[MessageLine | None]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.line(r) for r in rows]

    def selected_ids(self) -> list[int]:
        return [line.message.id for line in self.selected_lines() if line is not None]

    def _on_selection(self) -> None:
        self._update_buttons()
        lines = self.selected_lines()
        if len(lines) == 1 and lines[0] is not None:
            self._load_detail(lines[0].message.id)
        else:
            self._detail_generation += 1
            text = self.tr("%n messages sélectionnés.", "", len(lines)) if lines else None
            self.detail.show_placeholder(text)

    def _load_detail(self, message_id: int) -> None:
        self._detail_generation += 1
        generation = self._detail_generation
        self._tasks.run(
            lambda: load_info(self._outbox, message_id, self._client_names),
            on_done=lambda info: self._show_detail(generation, info),
            on_error=self._on_error,
        )

    def _show_detail(self, generation: int, info: MessageInfo) -> None:
        if generation == self._detail_generation:
            self.detail.show_info(info)
            self.message_shown.emit(info.message.id)

    def _applicable(self, action: Action) -> list[Message]:
        """The selected messages if the action applies to every one of them, else nothing."""
        lines = self.selected_lines()
        now = self._clock.now()
        if not lines or any(line is None or action not in actions_for(line.message, now) for line in lines):
            return []
        return [line.message for line in lines if line is not None]

    def _update_buttons(self) -> None:
        for action, button in self._buttons().items():
            button.setEnabled(bool(self._applicable(action)))

    def _buttons(self) -> dict[Action, QPushButton]:
        return {
            Action.RETRY: self.retry_button,
            Action.MARK_SENT: self.mark_sent_button,
            Action.SEND_NOW: self.send_now_button,
            Action.CANCEL: self.cancel_button,
        }

    # ---------------------------------------------------------------- actions
    def run_action(self, action: Action) -> None:
        messages = self._applicable(action)
        if not messages or not self._confirm(action, messages):
            return
        call: Callable[[int], Any] = {
            Action.RETRY: self._outbox.retry,
            Action.MARK_SENT: self._outbox.mark_sent,
            Action.SEND_NOW: self._outbox.send_now,
            Action.CANCEL: self._outbox.cancel,
        }[action]
        ids = [m.id for m in messages]
        self._tasks.run(
            lambda: _apply(call, ids),
            on_done=lambda failures: self._after_action(action, len(ids), failures),
            on_error=self._on_error,
        )

    def _confirm(self, action: Action, messages: Sequence[Message]) -> bool:
        n = len(messages)
        uncertain = sum(1 for m in messages if m.status is S.UNCERTAIN)
        if action not in NEEDS_CONFIRMATION:
            return True
        if action is Action.RETRY:
            title = self.tr("Réessayer")
            if n == 1 and uncertain:
                text = self.tr(
                    "Comptoir ne sait pas si ce message est parti. Il a peut-être déjà été reçu. "
                    "Le renvoyer quand même ?"
                )
            elif uncertain:
                text = self.tr(
                    "Comptoir ne sait pas si %n de ces messages sont partis : ils ont peut-être déjà été "
                    "reçus. Les renvoyer quand même ?",
                    "",
                    uncertain,
                )
            else:
                text = self.tr("Renvoyer %n message(s) maintenant ?", "", n)
        elif action is Action.MARK_SENT:
            title = self.tr("Marquer comme envoyé")
            text = self.tr("Marquer %n message(s) comme envoyé(s) ? Comptoir ne les renverra pas.", "", n)
        else:
            title = self.tr("Annuler l'envoi")
            text = self.tr("Annuler l'envoi de %n message(s) ? Ils ne partiront pas.", "", n)
            if uncertain:
                text += " " + self.tr(
                    "Un message incertain est peut-être déjà parti : l'annuler le retire seulement des "
                    "messages à traiter."
                )
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _after_action(self, action: Action, asked: int, failures: list[Exception]) -> None:
        self.action_finished.emit(action.value, asked - len(failures))
        if not failures:
            return
        text = self._failure_text(failures[0])
        if len(failures) > 1:
            text += "\n\n" + self.tr("%n message(s) n'ont pas pu être modifiés.", "", len(failures))
        titles = {
            Action.RETRY: self.tr("Réessayer"),
            Action.MARK_SENT: self.tr("Marquer comme envoyé"),
            Action.SEND_NOW: self.tr("Envoyer maintenant"),
            Action.CANCEL: self.tr("Annuler l'envoi"),
        }
        QMessageBox.warning(self, titles[action], text)

    def _failure_text(self, error: BaseException) -> str:
        """The outbox's refusals with their status and departure in words; others from the presenter."""
        if isinstance(error, OutboxError):
            params: dict[str, str] = dict(error.params)
            if "status" in params:
                params["status"] = texts.status_label(params["status"])
            moment = params.get("departure") or params.get("next_allowed")
            if error.code == "outside_hours":
                when = (
                    texts.format_moment(dt.datetime.fromisoformat(moment), self._zone, today=self._today())
                    if moment
                    else self.tr("dès que possible")
                )
                params["departure"] = when
                return (
                    self.tr("Impossible d'envoyer maintenant : les heures d'envoi légales sont fermées.")
                    + "\n"
                    + catalogue.explain(error.code, **params)
                )
            return catalogue.explain(error.code, **params)
        return errors.text_for(error)

    def _on_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Messages"), self._failure_text(error))

    # ---------------------------------------------------------------- dates
    def _today(self) -> dt.date:
        return self._clock.now().astimezone(self._zone).date()


def _apply(call: Callable[[int], Any], ids: Sequence[int]) -> list[KnownError]:
    """Run one action on each message (off the UI thread); refusals are collected, not raised."""
    failures: list[KnownError] = []
    for message_id in ids:
        try:
            call(message_id)
        except KnownError as exc:
            failures.append(exc)
    return failures


def _names_from(clients) -> Callable[[Sequence[int]], dict[int, str]]:
    def names(ids: Sequence[int]) -> dict[int, str]:
        return {
            client_id: " ".join(p for p in (item.first_name, item.last_name) if p)
            for client_id, item in clients.list_items(ids).items()
        }

    return names
