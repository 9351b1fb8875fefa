"""One message in full: text, recipient, account, the problem explained in French and the status history.

:class:`MessageDetailPanel` sits beside the Messages table; :class:`MessageDetailDialog` shows the same panel
for other screens (a client's conversation…). :func:`load_info` reads everything in one go, off the UI
thread (``tasks.run``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue.outbox import explain_message_error, history_reading
from desktop.core.entities import Message, MessageStatus
from desktop.core.phones import format_national
from desktop.ui import texts

S = MessageStatus


@dataclass(frozen=True, slots=True)
class MessageInfo:
    """What the panel shows: the message with its history and the outbox's details."""

    message: Message
    client_name: str = ""
    account_name: str = ""
    error_detail: str = ""
    next_attempt_at: dt.datetime | None = None


def load_info(
    outbox: Any, message_id: int, client_names: Callable[[Sequence[int]], Mapping[int, str]] | None = None
) -> MessageInfo:
    """Read one message, its history and details (two or three small queries; call it through tasks)."""
    message = outbox.get(message_id)
    detail = outbox.details([message_id]).get(message_id)
    name = ""
    if message.client_id is not None and client_names is not None:
        name = client_names([message.client_id]).get(message.client_id, "")
    return MessageInfo(
        message=message,
        client_name=name,
        account_name=(detail.account_name or "") if detail is not None else "",
        error_detail=detail.error_detail if detail is not None else "",
        next_attempt_at=detail.next_attempt_at if detail is not None else None,
    )


def history_detail(detail: str) -> str:
    """The reading of a history event's detail code (``user_retry``, ``retry:timeout``…)."""
    return history_reading(detail)


class MessageDetailPanel(QWidget):
    """Shows one :class:`MessageInfo`, or a short placeholder sentence."""

    def __init__(
        self,
        zone: ZoneInfo | None = None,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._zone = zone or texts.business_zone()
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.info: MessageInfo | None = None

        self.placeholder = QLabel(self.tr("Sélectionnez un message pour voir son historique."))
        self.placeholder.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Statut du message"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.support_label = QLabel()
        self.support_label.setWordWrap(True)
        self.support_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recipient_label = QLabel()
        self.account_label = QLabel()
        self.purpose_label = QLabel()
        self.size_label = QLabel()
        self.created_label = QLabel()
        self.due_label = QLabel()
        self.sent_label = QLabel()
        self.provider_id_label = QLabel()
        self.provider_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QLabel()  # the whole text, wrapped: the pane scrolls, the text is never cut
        self.body.setObjectName("messageText")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(self.tr("Texte du message"))
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels([self.tr("Quand"), self.tr("Statut"), self.tr("Détail")])
        self.history.setAccessibleName(self.tr("Historique des statuts"))
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setWordWrap(False)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.content = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Destinataire :"), self.recipient_label)
        form.addRow(self.tr("Compte SMS :"), self.account_label)
        form.addRow(self.tr("Catégorie :"), self.purpose_label)
        form.addRow(self.tr("Taille :"), self.size_label)
        form.addRow(self.tr("Créé :"), self.created_label)
        form.addRow(self.tr("Départ prévu :"), self.due_label)
        form.addRow(self.tr("Envoyé :"), self.sent_label)
        form.addRow(self.tr("Identifiant fournisseur :"), self.provider_id_label)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.status_label)
        inner.addWidget(self.hint_label)
        inner.addWidget(self.error_label)
        inner.addWidget(self.support_label)
        inner.addWidget(self.body)
        inner.addLayout(form)
        inner.addWidget(QLabel(self.tr("Historique :")))
        inner.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content, 1)
        self.show_placeholder()

    def show_placeholder(self, text: str | None = None) -> None:
        self.info = None
        self.placeholder.setText(text or self.tr("Sélectionnez un message pour voir son historique."))
        self.placeholder.setVisible(True)
        self.content.setVisible(False)

    def show_info(self, info: MessageInfo) -> None:
        self.info = info
        m = info.message
        today = self._now().astimezone(self._zone).date()
        family = texts.status_family(m.status)
        self.status_label.setText(f"<b>{texts.status_label(m.status)}</b>")
        self.status_label.setStyleSheet(f"color: {texts.FAMILY_COLORS[family]};")
        self.hint_label.setText(self._hint(m, today))
        self.hint_label.setVisible(bool(self.hint_label.text()))
        error = explain_message_error(m.error_code, info.error_detail) if m.error_code else ""
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        support = self._support(m, info)
        self.support_label.setText(support)
        self.support_label.setVisible(bool(support))
        number = format_national(m.to) if m.to else ""
        self.recipient_label.setText(f"{info.client_name} · {number}" if info.client_name else number)
        self.account_label.setText(info.account_name or "—")
        self.purpose_label.setText(texts.purpose_label(m.purpose))
        self.size_label.setText(self.tr("%n SMS", "", m.segments) + f" · {texts.message_cost(m.cost_cents)}")
        self.created_label.setText(texts.format_moment(m.created_at, self._zone, today=today))
        self.due_label.setText(texts.format_moment(m.due_at, self._zone, today=today))
        self.sent_label.setText(texts.format_moment(m.sent_at, self._zone, today=today) if m.sent_at else "—")
        self.provider_id_label.setText(m.provider_message_id or "—")
        self.body.setText(m.body)
        self._fill_history(m, today)
        self.placeholder.setVisible(False)
        self.content.setVisible(True)

    def _hint(self, m: Message, today: dt.date) -> str:
        when = texts.format_moment(m.due_at, self._zone, today=today)
        if m.status is S.UNCERTAIN:
            return self.tr(
                "Comptoir ne sait pas si ce SMS est parti et ne le renverra jamais de lui-même. Vérifiez "
                "l'historique de votre compte SMS, puis choisissez « Marquer comme envoyé », « Réessayer » ou "
                "« Annuler l'envoi »."
            )
        if m.status is S.FAILED:
            return self.tr(
                "Ce SMS n'est pas parti. Corrigez la cause ci-dessous, puis choisissez « Réessayer »."
            )
        if m.status is S.DEFERRED:
            return self.tr("Promotion retenue hors des heures d'envoi légales : elle partira {when}.").format(
                when=when
            )
        if m.status is S.QUEUED and m.due_at > self._now():
            return self.tr("Programmé : partira {when}.").format(when=when)
        if m.status is S.SENT:
            return self.tr("Accepté par le fournisseur ; en attente de l'accusé de réception.")
        return ""

    @staticmethod
    def _support(m: Message, info: MessageInfo) -> str:
        if not m.error_code:
            return ""
        code = m.error_code
        if info.error_detail and info.error_detail != code:
            code = f"{code} ({info.error_detail})"
        return QCoreApplication.translate("MessageDetail", "Code pour le support : {code}").format(code=code)

    def _fill_history(self, m: Message, today: dt.date) -> None:
        self.history.setRowCount(len(m.history))
        for row, change in enumerate(reversed(m.history)):  # newest first
            local = change.at.astimezone(self._zone)
            when = QTableWidgetItem(texts.format_short(change.at, self._zone, today=today))
            when.setToolTip(local.strftime("%d/%m/%Y %H:%M:%S"))
            status = QTableWidgetItem(texts.status_label(change.status))
            status.setForeground(QColor(texts.FAMILY_COLORS[texts.status_family(change.status)]))
            reading = history_detail(change.detail)
            detail = QTableWidgetItem(reading)
            detail.setToolTip(f"{reading}\n({change.detail})" if reading != change.detail else reading)
            self.history.setItem(row, 0, when)
            self.history.setItem(row, 1, status)
            self.history.setItem(row, 2, detail)


class MessageDetailDialog(QDialog):
    """The panel in a dialog, for screens without a detail pane of their own."""

    def __init__(
        self,
        info: MessageInfo,
        zone: ZoneInfo | None = None,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message n° {id}").format(id=info.message.id))
        self.resize(520, 620)
        self.panel = MessageDetailPanel(zone, now, self)
        self.panel.show_info(info)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

    @classmethod
    def show_message(
        cls,
        info: MessageInfo,
        *,
        zone: ZoneInfo | None = None,
        now: Callable[[], dt.datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Show the message until the user closes the dialog (Échap or « Fermer »)."""
        cls(info, zone, now, parent).exec()
