"""A client's card: details, consent (current state and every event), the conversation, and the actions
« Envoyer un SMS », « Modifier », « Enregistrer un consentement », « Désinscrire ».

Everything is read through ``tasks``; the card refreshes what changed (``on_changes``): the details and
consent when this client changed, the conversation (debounced) when messages or replies changed — at once
when visible, else the next time it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue.replies import stopped_words
from desktop.core.entities import Client, ConsentEvent, ConsentSource, ConsentState, NumberStatus
from desktop.core.phones import format_national
from desktop.services.changes import Changes
from desktop.services.clients import ClientService
from desktop.services.compose import ComposeService, ThreadEntry
from desktop.services.templates import TemplateService
from desktop.ui import errors, texts
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.dialogs.conflict_dialog import versioned_save
from desktop.ui.dialogs.consent_dialog import ConsentDialog, OptOutDialog
from desktop.ui.widgets.consent_history import ConsentHistoryModel, consent_detail, consent_text
from desktop.ui.widgets.conversation import ConversationView
from desktop.ui.widgets.privacy_actions import PrivacyActions

THREAD_LIMIT = 200
THREAD_DEBOUNCE_MS = 250
HISTORY_MAX_HEIGHT = 150
#: Columns of the consent history said under the table (how, by whom, the wording): the card is narrow.
HISTORY_DETAIL_COLUMNS = (3, 4, 5)


class ClientCard(QWidget):
    back_requested = Signal()
    messages_queued = Signal(list)  # ids queued from this card
    loaded = Signal(int)  # details and consent shown for this client id
    thread_loaded = Signal()

    def __init__(
        self,
        clients: ClientService,
        compose: ComposeService,
        templates: TemplateService,
        tasks,
        parent: QWidget | None = None,
        *,
        settings=None,
        privacy=None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings  # the shop's staff: who records a consent
        self._privacy = privacy
        self._clients = clients
        self._compose = compose
        self._templates = templates
        self._tasks = tasks
        self._client_id: int | None = None
        self._client: Client | None = None
        self._generation = 0
        self._thread_dirty = False
        self._zone = compose.business_zone()
        self._build()
        self._lay_out()
        self._thread_timer = QTimer(self)
        self._thread_timer.setSingleShot(True)
        self._thread_timer.setInterval(THREAD_DEBOUNCE_MS)
        self._thread_timer.timeout.connect(self.reload_thread)
        self._connect()
        self._set_actions_enabled(False)

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← &Clients"))
        self.back_button.setAccessibleName(self.tr("Retour à la liste des clients"))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.send_button = QPushButton(self.tr("&Envoyer un SMS"))
        self.edit_button = QPushButton(self.tr("&Modifier"))
        self.consent_button = QPushButton(self.tr("Enregistrer un c&onsentement"))
        self.opt_out_button = QPushButton(self.tr("&Désinscrire"))
        self.opt_out_button.setToolTip(
            self.tr("Le client ne recevra plus aucun SMS (promotions et messages pratiques).")
        )
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.privacy_actions = (
            PrivacyActions(self._privacy, self._tasks, lambda: self._client, self)
            if self._privacy is not None
            else None
        )
        self.fields: dict[str, QLabel] = {}
        for key in ("mobile", "other_phone", "email", "address", "tags", "notes", "number"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
        self.fields["number"].setStyleSheet("color: #b00020;")
        self.promotional_state = QLabel()
        self.transactional_state = QLabel()
        self.stopped = QLabel()  # what the client asked to stop, in plain words
        self.stopped.setWordWrap(True)
        self.stopped.setStyleSheet("color: #b00020;")
        self.stopped.hide()
        self.history_empty = QLabel(self.tr("Aucun consentement enregistré pour l'instant."))
        self.history_empty.setObjectName("emptyHint")
        self.history_empty.setWordWrap(True)
        self.history_model = ConsentHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setWordWrap(False)
        self.history.setMaximumHeight(HISTORY_MAX_HEIGHT)  # a few lines; the card is not a table
        self.history.setAccessibleName(self.tr("Historique des consentements"))
        for column in HISTORY_DETAIL_COLUMNS:  # said in full under the table, for the selected line
            self.history.setColumnHidden(column, True)
        self.history_detail = QLabel()
        self.history_detail.setObjectName("emptyHint")
        self.history_detail.setWordWrap(True)
        self.history_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_detail.setAccessibleName(self.tr("Détail du consentement choisi"))
        self.conversation = ConversationView()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.send_button)
        top.addWidget(self.edit_button)
        if self.privacy_actions is not None:
            top.addWidget(self.privacy_actions)
        details = self._details = QFormLayout()
        labels = {
            "mobile": self.tr("Portable"),
            "number": self.tr("État du numéro"),
            "other_phone": self.tr("Autre téléphone"),
            "email": self.tr("E-mail"),
            "address": self.tr("Adresse"),
            "tags": self.tr("Étiquettes"),
            "notes": self.tr("Notes"),
        }
        for key, text in labels.items():
            details.addRow(text, self.fields[key])
        details_box = QGroupBox(self.tr("Coordonnées"))
        details_box.setLayout(details)
        consent_form = QFormLayout()
        consent_form.addRow(self.tr("Promotions"), self.promotional_state)
        consent_form.addRow(self.tr("Messages de service"), self.transactional_state)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.consent_button)
        consent_buttons.addWidget(self.opt_out_button)
        consent_buttons.addStretch(1)
        consent_layout = QVBoxLayout()
        consent_layout.addLayout(consent_form)
        consent_layout.addWidget(self.stopped)
        consent_layout.addLayout(consent_buttons)
        consent_layout.addWidget(self.history_empty)
        consent_layout.addWidget(self.history)
        consent_layout.addWidget(self.history_detail)
        consent_box = QGroupBox(self.tr("Consentement aux SMS"))
        consent_box.setLayout(consent_layout)
        left = QWidget()
        left_layout = self._left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(details_box)
        left_layout.addWidget(consent_box)
        left_layout.addStretch(1)
        self.history.hide()  # until there is something to list: an empty table says nothing
        self.history_detail.hide()
        right = QGroupBox(self.tr("Conversation"))
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.conversation)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)

    def _show_history_detail(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        event = self.history_model.event_at(rows[0].row()) if rows else None
        self.history_detail.setText(consent_detail(event) if event is not None else "")

    def _connect(self) -> None:
        self.history.selectionModel().selectionChanged.connect(lambda *_: self._show_history_detail())
        self.back_button.clicked.connect(self.back_requested)
        self.send_button.clicked.connect(self.send_sms)
        self.edit_button.clicked.connect(self.edit_client)
        self.consent_button.clicked.connect(self.record_consent)
        self.opt_out_button.clicked.connect(self.opt_out)
        if self.privacy_actions is not None:
            self.privacy_actions.exported.connect(self._on_exported)
            self.privacy_actions.erased.connect(self._on_erased)
            self.privacy_actions.failed.connect(self._show_error)

    def add_panel(self, panel: QWidget) -> None:
        """A section of another area about this client (its appointments and orders), under the consent; it
        is told which client is shown through ``loaded``."""
        self._left_layout.addWidget(panel)

    # ---------------------------------------------------------------- loading
    def client_id(self) -> int | None:
        return self._client_id

    def show_client(self, client_id: int) -> None:
        """Show this client (details, consent, conversation), read off the UI thread."""
        if client_id != self._client_id:
            self._client = None
            self.notice.hide()
            self.title.setText("")
            self.conversation.set_entries([], self._zone, self._compose.now())
            self._set_actions_enabled(False)
        self._client_id = client_id
        self.reload()

    def reload(self) -> None:
        self.reload_details()
        self.reload_thread()

    def reload_details(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        self._generation += 1
        generation = self._generation

        def load() -> tuple[Client, list[ConsentEvent], tuple[str, ...]]:
            clients = self._clients
            return clients.get(client_id), clients.consent_history(client_id), clients.stopped(client_id)

        self._tasks.run(
            load, on_done=lambda found: self._show_details(generation, *found), on_error=self._on_error
        )

    def reload_thread(self) -> None:
        self._thread_timer.stop()
        client_id = self._client_id
        if client_id is None:
            return
        self._thread_dirty = False
        self._tasks.run(
            lambda: self._compose.conversation(client_id, THREAD_LIMIT),
            on_done=lambda entries: self._show_thread(client_id, entries),
            on_error=self._on_error,
        )

    def _show_details(
        self, generation: int, client: Client, history: list[ConsentEvent], stopped: tuple[str, ...] = ()
    ) -> None:
        if generation != self._generation or client.id != self._client_id:
            return
        self._client = client
        self.error.hide()
        name = " ".join(p for p in (client.civility, client.first_name, client.last_name) if p)
        self.title.setText(name or client.display_name)
        self.fields["mobile"].setText(format_national(client.mobile) if client.mobile else self.tr("Aucun"))
        self.fields["other_phone"].setText(format_national(client.other_phone) if client.other_phone else "")
        self.fields["email"].setText(client.email)
        place = " ".join(p for p in (client.postal_code, client.city) if p)
        self.fields["address"].setText("\n".join(p for p in (client.address, place) if p))
        self.fields["tags"].setText(", ".join(client.tags))
        self.fields["notes"].setText(client.notes)
        for key in ("other_phone", "email", "address", "tags", "notes"):
            self._details.setRowVisible(self.fields[key], bool(self.fields[key].text()))
        self._show_number_status(client.number_status)
        self.promotional_state.setText(consent_text(client.promotional_consent, promotional=True))
        self.transactional_state.setText(consent_text(client.transactional_consent, promotional=False))
        self.history_model.set_events(history, self._zone, self._compose.now())
        self._show_stopped(stopped, history)
        self.history.setVisible(bool(history))
        self.history_detail.setVisible(bool(history))
        self.history_empty.setVisible(not history)
        if history:
            self.history.selectRow(0)  # the newest: its details show under the table
        self._set_actions_enabled(True)
        self.loaded.emit(client.id)

    def _show_stopped(self, stopped: tuple[str, ...], history: list[ConsentEvent]) -> None:
        """« A demandé l'arrêt de nos promotions et de nos rappels de rendez-vous (réponse SMS « Stop merci »
        du mardi 8 décembre). »"""
        if not stopped:
            self.stopped.hide()
            return
        text = self.tr("A demandé l'arrêt de : %1.").replace("%1", stopped_words(stopped))
        withdrawn = [e for e in history if e.state is ConsentState.WITHDRAWN]
        last = withdrawn[-1] if withdrawn else None
        if last is not None and last.source is ConsentSource.SMS_REPLY and last.wording:
            when = texts.format_moment(
                last.at, self._zone, today=self._compose.now().astimezone(self._zone).date()
            )
            text += " " + self.tr("(réponse SMS « %1 », %2)").replace("%1", last.wording).replace("%2", when)
        self.stopped.setText(text)
        self.stopped.show()

    def _show_number_status(self, status: NumberStatus) -> None:
        label = self.fields["number"]
        if status is NumberStatus.INVALID:
            label.setText(self.tr("Numéro invalide : les SMS ne partent plus vers ce numéro. Vérifiez-le."))
        elif status is NumberStatus.UNREACHABLE:
            label.setText(self.tr("Injoignable : les derniers SMS n'ont pas été distribués."))
        else:
            label.setText("")
        self._details.setRowVisible(label, status is not NumberStatus.OK)

    def _show_thread(self, client_id: int, entries: list[ThreadEntry]) -> None:
        if client_id != self._client_id:
            return
        self.conversation.set_entries(entries, self._zone, self._compose.now(), THREAD_LIMIT)
        self.thread_loaded.emit()

    def _set_actions_enabled(self, enabled: bool) -> None:
        client = self._client
        for button in (self.edit_button, self.consent_button):
            button.setEnabled(enabled)
        has_mobile = bool(client and client.mobile)
        self.send_button.setEnabled(enabled and has_mobile)
        self.send_button.setToolTip("" if has_mobile else self.tr("Ce client n'a pas de numéro de portable."))
        opted_out = bool(client and client.opted_out)
        self.opt_out_button.setEnabled(enabled and not opted_out)
        if self.privacy_actions is not None:
            self.privacy_actions.set_enabled(enabled)

    # ---------------------------------------------------------------- changes
    def on_changes(self, changes: Changes) -> None:
        if self._client_id is None:
            return
        if self._client_id in changes.clients or changes.clients_reset:
            self.reload_details()
        if changes.messages or changes.inbound:
            if self.isVisible():
                self._thread_timer.start()
            else:
                self._thread_dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._thread_dirty:
            self.reload_thread()

    # ---------------------------------------------------------------- actions
    def send_sms(self) -> None:
        if self._client_id is None:
            return
        ids = ComposerDialog.ask(self._compose, self._templates, self._tasks, [self._client_id], self)
        if ids:
            self.reload_thread()
            self.messages_queued.emit(list(ids))

    def edit_client(self) -> None:
        client, client_id = self._client, self._client_id
        if client is None or client_id is None:
            return
        save = versioned_save(self._clients, client_id, client.version, self)
        if ClientDialog.ask(save, client.to_draft(), parent=self):
            self.reload_details()

    def record_consent(self) -> None:
        client, client_id = self._client, self._client_id
        if client is None or client_id is None:
            return
        entry = ConsentDialog.ask(
            client.display_name, self._compose.business().name, self, staff=self._staff()
        )
        if entry is None:
            return

        def save() -> None:
            self._clients.record_consent(
                client_id,
                entry.purpose,
                entry.state,
                entry.source,
                wording=entry.wording,
                recorded_by=entry.recorded_by,
            )

        self._tasks.run(save, on_done=lambda _r: self.reload_details(), on_error=self._on_error)

    def opt_out(self) -> None:
        client, client_id = self._client, self._client_id
        if client is None or client_id is None:
            return
        user = OptOutDialog.ask(client.display_name, self._staff(), self)
        if user is None:
            return
        self._tasks.run(
            lambda: self._clients.opt_out(client_id, ConsentSource.USER, recorded_by=user),
            on_done=lambda _r: self.reload_details(),
            on_error=self._on_error,
        )

    def _staff(self) -> tuple[str, ...]:
        return self._settings.get().staff if self._settings is not None else ()

    def _on_exported(self, path: str) -> None:
        self.notice.setText(self.tr("Données du client exportées dans %1").replace("%1", path))
        self.notice.show()

    def _on_erased(self, client_id: int) -> None:
        if client_id == self._client_id:
            self._client_id = None
            self._client = None
            self._set_actions_enabled(False)
            self.back_requested.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_error(self, error: BaseException) -> None:
        errors.show_in(self.error, error)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""
