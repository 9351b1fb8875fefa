"""The composer: one message to one client or many — template, exact text per recipient, figures, cost,
compliance findings, then « Envoyer » (which only queues).

Facts about the recipients are gathered once, through ``tasks`` (database); each edit is then re-checked
~150 ms after the last keystroke, also through ``tasks`` (pure CPU, but 600 recipients take a while).
Only the latest answer is shown. ``ComposerDialog.ask(...)`` returns the queued message ids, or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import catalogue
from desktop.core.catalogue.templates import explain_problem
from desktop.core.entities import Purpose, Template
from desktop.core.phones import format_national
from desktop.services.compose import (
    ComposePreview,
    ComposeService,
    GsmSaving,
    RecipientFacts,
    SendMode,
)
from desktop.services.templates import TemplateService
from desktop.ui import errors, texts
from desktop.ui.widgets import compose_confirm
from desktop.ui.widgets.compose_editor import ComposeEditor
from desktop.ui.widgets.compose_panels import FindingsLabel, SkippedTree, saves, saving_text, summary_text
from desktop.ui.widgets.compose_recipients import RecipientsLine
from desktop.ui.widgets.compose_schedule import ScheduleDialog
from desktop.ui.widgets.sms_bubble import SmsBubble

DEBOUNCE_MS = 150


class ComposerDialog(QDialog):
    preview_ready = Signal()  # a preview for the current text is shown

    def __init__(
        self,
        compose: ComposeService,
        templates: TemplateService,
        tasks,
        client_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._compose = compose
        self._templates_service = templates
        self._tasks = tasks
        self._client_ids = tuple(dict.fromkeys(client_ids))
        self._zone = compose.business_zone()
        self._facts: RecipientFacts | None = None
        self._preview: ComposePreview | None = None
        self._saving: GsmSaving | None = None
        self._templates: list[Template] = []
        self._generation = 0
        self._sending = False
        self.result_ids: list[int] | None = None
        self.setWindowTitle(self.tr("Envoyer un SMS"))
        self.resize(960, 640)
        self._build()
        self._lay_out()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._connect()
        self._update_buttons()
        self.body.setFocus()
        self._load()

    # ---------------------------------------------------------------- building
    def _build(self) -> None:
        self.purpose = QComboBox()
        for purpose in Purpose:
            self.purpose.addItem(texts.purpose_label(purpose), purpose)
        self.purpose.setAccessibleName(self.tr("Type de message"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Modèle"))
        self.template.addItem(self.tr("Message libre"), None)
        self.urgent = QCheckBox(self.tr("&Urgent"))
        self.urgent.setToolTip(
            self.tr(
                "Un message urgent part à toute heure et peut être renvoyé le même jour (messages pratiques)."
            )
        )
        self.recipients = RecipientsLine(len(self._client_ids))
        self.editor = ComposeEditor()
        self.body = self.editor.body
        self.findings = FindingsLabel()
        self.summary = QLabel(self.tr("Préparation de l'aperçu…"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Résumé de l'envoi"))
        self.skipped_label = QLabel(self.tr("Ne recevront pas ce message :"))
        self.skipped = SkippedTree()
        self.skipped.setMaximumHeight(150)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Destinataire affiché"))
        self.recipient_label = QLabel(self.tr("&Aperçu pour"))
        self.recipient_label.setBuddy(self.recipient)
        self.bubble = SmsBubble()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.send_button = QPushButton(self.tr("&Envoyer"))
        self.send_button.setToolTip(self.tr("Mettre en file d'envoi maintenant (Ctrl+Entrée)"))
        self.schedule_button = QPushButton(self.tr("P&rogrammer…"))
        self.next_button = QPushButton(self.tr("Envoyer au prochain &créneau autorisé"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        for button in (self.send_button, self.schedule_button, self.next_button, self.cancel_button):
            button.setAutoDefault(False)  # Entrée never sends by accident: Ctrl+Entrée does

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        type_label = QLabel(self.tr("&Type"))
        type_label.setBuddy(self.purpose)
        template_label = QLabel(self.tr("Mo&dèle"))
        template_label.setBuddy(self.template)
        top.addWidget(type_label)
        top.addWidget(self.purpose)
        top.addWidget(template_label)
        top.addWidget(self.template, 1)
        top.addWidget(self.urgent)
        left = QVBoxLayout()
        left.addWidget(self.editor, 1)
        left.addWidget(self.findings)
        left.addWidget(self.summary)
        left.addWidget(self.skipped_label)
        left.addWidget(self.skipped)
        right = QVBoxLayout()
        picker = QHBoxLayout()
        picker.addWidget(self.recipient_label)
        picker.addWidget(self.recipient, 1)
        right.addLayout(picker)
        right.addWidget(self.bubble)
        right.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addLayout(right)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recipients)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setTabOrder(self.purpose, self.template)
        self.setTabOrder(self.template, self.urgent)
        self.setTabOrder(self.urgent, self.editor)
        many = len(self._client_ids) > 1
        self.recipient_label.setVisible(many)
        self.recipient.setVisible(many)
        self.skipped_label.hide()
        self.skipped.hide()

    def _connect(self) -> None:
        self._debounce.timeout.connect(self.refresh_now)
        self.editor.text_changed.connect(self._debounce.start)
        self.purpose.currentIndexChanged.connect(self._on_purpose)
        self.template.activated.connect(self._on_template)
        self.urgent.toggled.connect(lambda _on: self.refresh_now())
        self.recipient.currentIndexChanged.connect(lambda _i: self._show_recipient())
        self.editor.optimize_requested.connect(self.apply_optimization)
        self.send_button.clicked.connect(lambda: self.send(SendMode.now()))
        self.schedule_button.clicked.connect(self.schedule)
        self.next_button.clicked.connect(lambda: self.send(SendMode.next_allowed()))
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda: self.send(SendMode.now()))

    # ---------------------------------------------------------------- loading
    def _load(self) -> None:
        self._tasks.run(
            lambda: self._templates_service.list_templates(active_only=True),
            on_done=self._set_templates,
            on_error=self._on_error,
        )
        self._tasks.run(
            lambda: self._compose.gather(self._client_ids), on_done=self._set_facts, on_error=self._on_error
        )

    def _set_templates(self, templates: list[Template]) -> None:
        self._templates = list(templates)
        self._fill_templates()

    def _fill_templates(self) -> None:
        current = self.template.currentData()
        purpose = self.current_purpose()
        self.template.blockSignals(True)
        self.template.clear()
        self.template.addItem(self.tr("Message libre"), None)
        for template in self._templates:
            if template.purpose == purpose:
                self.template.addItem(template.name, template.id)
        self.template.setCurrentIndex(max(self.template.findData(current), 0))
        self.template.blockSignals(False)

    def _set_facts(self, facts: RecipientFacts) -> None:
        self._facts = facts
        self.bubble.set_sender(facts.account.sender or facts.settings.business.name)
        self.refresh_now()

    # ---------------------------------------------------------------- editing
    def current_purpose(self) -> Purpose:
        return Purpose(self.purpose.currentData())

    def text(self) -> str:
        return self.editor.text()

    def set_body(self, text: str) -> None:
        self.editor.set_text(text)
        self.refresh_now()

    def _on_purpose(self, _index: int) -> None:
        self._fill_templates()
        self.urgent.setEnabled(self.current_purpose() is Purpose.TRANSACTIONAL)
        self.refresh_now()

    def _on_template(self, _index: int) -> None:
        template_id = self.template.currentData()
        template = next((t for t in self._templates if t.id == template_id), None)
        if template is not None:
            self.set_body(template.body)

    # ---------------------------------------------------------------- live preview
    def refresh_now(self) -> None:
        """Re-check the current text now (the debounce calls this)."""
        self._debounce.stop()
        if self._facts is None:
            return
        self._generation += 1
        generation, facts = self._generation, self._facts
        body, purpose = self.text(), self.current_purpose()
        urgent = self.urgent.isChecked() and purpose is Purpose.TRANSACTIONAL
        template_id = self.template.currentData()

        def work() -> tuple[ComposePreview, GsmSaving | None]:
            preview = self._compose.prepare(
                facts.client_ids, body, purpose, template_id=template_id, urgent=urgent, facts=facts
            )
            return preview, self._compose.gsm_suggestion(body, preview)

        self._tasks.run(work, on_done=lambda result: self._show(generation, *result), on_error=self._on_error)

    def _show(self, generation: int, preview: ComposePreview, saving: GsmSaving | None) -> None:
        if generation != self._generation:
            return
        self._preview, self._saving = preview, saving
        self._fill_recipients(preview)
        self.recipients.set_preview(preview)
        self._show_recipient()
        self.summary.setText(summary_text(preview, self._zone))
        self.skipped.set_preview(preview)
        self.skipped_label.setVisible(bool(preview.skipped) and len(preview.recipients) > 1)
        self.skipped.setVisible(bool(preview.skipped) and len(preview.recipients) > 1)
        self.editor.set_problems([explain_problem(p) for p in preview.problems])
        self.editor.set_optimization(
            saving_text(saving, preview.price_cents_per_segment)
            if saving is not None and saves(saving)
            else ""
        )
        self._update_buttons()
        self.preview_ready.emit()

    def _fill_recipients(self, preview: ComposePreview) -> None:
        entries = [
            (
                r.client_id,
                r.name
                + (f" — {format_national(r.to)}" if r.to else "")
                + (self.tr(" (exclu)") if r.skipped else ""),
            )
            for r in preview.recipients
        ]
        current = [
            (self.recipient.itemData(i), self.recipient.itemText(i)) for i in range(self.recipient.count())
        ]
        if entries == current:
            return
        selected = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for client_id, label in entries:
            self.recipient.addItem(label, client_id)
        self.recipient.setCurrentIndex(max(self.recipient.findData(selected), 0))
        self.recipient.blockSignals(False)

    def shown_recipient(self):
        if self._preview is None:
            return None
        return self._preview.recipient(self.recipient.currentData()) or (
            self._preview.recipients[0] if self._preview.recipients else None
        )

    def _show_recipient(self) -> None:
        shown = self.shown_recipient()
        if shown is None or self._preview is None:
            self.bubble.set_text("")
            self.findings.set_findings(())
            return
        self.bubble.set_text(shown.text, shown.analysis)
        cost = texts.format_cost(shown.cost_cents, price_known=self._preview.price_cents_per_segment > 0)
        self.bubble.set_footer(self.tr("Coût estimé : %1").replace("%1", cost))
        self.findings.set_findings(shown.findings)

    def apply_optimization(self) -> None:
        """Replace the body by its GSM-7 version, as one step the user can undo."""
        if self._saving is None:
            return
        self.editor.replace_text(self._saving.body)
        self.refresh_now()

    def preview(self) -> ComposePreview | None:
        return self._preview

    def saving(self) -> GsmSaving | None:
        return self._saving

    # ---------------------------------------------------------------- sending
    def _current_preview(self) -> ComposePreview | None:
        """The preview of exactly what is on screen (computed now if an edit is still pending)."""
        preview = self._preview
        purpose = self.current_purpose()
        urgent = self.urgent.isChecked() and purpose is Purpose.TRANSACTIONAL
        shown = (self.text(), purpose, urgent, self.template.currentData())
        stale = (
            preview is None or (preview.body, preview.purpose, preview.urgent, preview.template_id) != shown
        )
        if self._facts is not None and (stale or self._debounce.isActive()):
            self._debounce.stop()
            self._generation += 1
            preview = self._compose.prepare(
                self._facts.client_ids,
                self.text(),
                purpose,
                template_id=self.template.currentData(),
                urgent=urgent,
                facts=self._facts,
            )
            self._show(self._generation, preview, self._compose.gsm_suggestion(self.text(), preview))
        return preview

    def _update_buttons(self) -> None:
        preview = self._preview
        ready = preview is not None and preview.blocker is None and not self._sending
        for button in (self.send_button, self.schedule_button, self.next_button):
            button.setEnabled(ready)

    def schedule(self) -> None:
        if self._sending:
            return
        moment = ScheduleDialog.ask(self._zone, self._compose.now(), self)
        if moment is not None:
            self.send(SendMode.at(moment))

    def send(self, mode: SendMode) -> None:
        """Queue the message (through ``tasks``) and close with the ids; nothing happens twice."""
        if self._sending:
            return
        preview = self._current_preview()
        if preview is None or preview.blocker is not None:
            if preview is not None:
                self._show_error(catalogue.explain(preview.blocker or ""))
            return
        if not self.confirm_send(preview, mode):
            return
        self._sending = True
        self._update_buttons()
        self.summary.setText(self.tr("Mise en file d'envoi…"))
        self._tasks.run(
            lambda: self._compose.send(preview, mode), on_done=self._sent, on_error=self._send_failed
        )

    def confirm_send(self, preview: ComposePreview, mode: SendMode) -> bool:
        """« Envoyer à 12 personnes, coût 0,84 € ? » and a later departure, asked before queueing."""
        found = compose_confirm.confirmation(preview, mode, self._zone)
        return found is None or compose_confirm.ask(self, found)

    def _sent(self, ids: list[int]) -> None:
        self.result_ids = list(ids)
        self.accept()

    def _send_failed(self, error: BaseException) -> None:
        self._sending = False
        self._update_buttons()
        self._on_error(error)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _on_error(self, error: BaseException) -> None:
        self._show_error(errors.text_for(error))

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    @classmethod
    def ask(
        cls,
        compose: ComposeService,
        templates: TemplateService,
        tasks,
        client_ids: Sequence[int],
        parent: QWidget | None = None,
    ) -> list[int] | None:
        """Show the composer; the ids of the queued messages, or None when it was closed without sending."""
        dialog = cls(compose, templates, tasks, client_ids, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_ids if accepted else None
