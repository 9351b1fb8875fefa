"""The Messages screen: lazy model, filters, detail with history, and the actions on problem messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import insert

from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, MessageStatus, Purpose
from desktop.paths import resolve
from desktop.services.changes import Changes
from desktop.services.templates import TemplateDraft
from desktop.storage.orm import MessageRow
from desktop.storage.repositories import messages as repo
from desktop.ui import texts
from desktop.ui.bus import ChangeBus
from desktop.ui.dialogs.message_detail import MessageDetailDialog, history_detail, load_info
from desktop.ui.models import messages_model
from desktop.ui.models.messages_model import (
    MessagePager,
    MessageQuery,
    MessagesModel,
)
from desktop.ui.views.messages_view import MessagesView
from tests.services.stored import Storer

S = MessageStatus
ROWS = QItemSelectionModel.SelectionFlag.Rows
START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # Monday 10:00 in Paris


@pytest.fixture
def mctx(tmp_path: Path, mem_keyring: Any) -> Iterator[AppContext]:
    """Services on a fresh database with a fake clock (messages get deterministic times)."""
    ctx = open_context(resolve(tmp_path / "data"), clock=FakeClock(START))
    yield ctx
    ctx.accounts.close()
    ctx.close()


def _clock(ctx: AppContext) -> FakeClock:
    assert isinstance(ctx.clock, FakeClock)
    return ctx.clock


def _queue(ctx: AppContext, body: str = "Bonjour", to: str = "06 12 34 56 78", **kwargs: Any) -> int:
    return Storer.of(ctx).store(to, body, **kwargs).id


def _force(ctx: AppContext, message_id: int, *path: MessageStatus, **values: Any) -> None:
    """Drive a message through the state machine (as the dispatcher would), values on the last step."""
    with ctx.db.session() as session:
        for i, status in enumerate(path):
            last = i == len(path) - 1
            detail = str(values.get("error_code") or status.value) if last else status.value
            repo.transition(session, message_id, status, ctx.clock.now(), detail, **(values if last else {}))


def _failed(ctx: AppContext, body: str = "Échoué") -> int:
    message_id = _queue(ctx, body)
    _force(
        ctx,
        message_id,
        S.SENDING,
        S.FAILED,
        error_code="invalid_number",
        error_detail="invalid_number: 21211 not a mobile number",
    )
    return message_id


def _uncertain(ctx: AppContext, body: str = "Incertain") -> int:
    message_id = _queue(ctx, body)
    _force(ctx, message_id, S.SENDING, S.UNCERTAIN, error_code="interrupted")
    return message_id


def _view(qtbot, ctx: AppContext, tasks) -> MessagesView:
    view = MessagesView(ctx.outbox, ctx.accounts, ctx.templates, tasks, clients=ctx.clients, clock=ctx.clock)
    qtbot.addWidget(view)
    bus = ChangeBus(ctx.hub, view)
    bus.changed.connect(view.on_changes)
    view.destroyed.connect(lambda *_: bus.detach())
    view.refresh()
    return view


def _row_of(view: MessagesView, message_id: int) -> int:
    row = view.model.find_row(message_id, 0)
    assert row is not None, f"message {message_id} not in the list"
    return row


def _select(view: MessagesView, *message_ids: int) -> None:
    view.table.clearSelection()
    for message_id in message_ids:
        index = view.model.index(_row_of(view, message_id), 0)
        view.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select | ROWS)


def _status_text(view: MessagesView, message_id: int) -> str:
    return view.model.data(view.model.index(_row_of(view, message_id), messages_model.STATUS))


def _status(ctx: AppContext, message_id: int) -> MessageStatus:
    return ctx.outbox.get(message_id).status


def _enabled(view: MessagesView) -> set[str]:
    buttons = {
        "retry": view.retry_button,
        "mark_sent": view.mark_sent_button,
        "send_now": view.send_now_button,
        "cancel": view.cancel_button,
    }
    return {name for name, button in buttons.items() if button.isEnabled()}


class Questions:
    """Replaces QMessageBox.question: records what was asked and answers ``answer``."""

    def __init__(self, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: Any, _title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def questions(monkeypatch) -> Questions:
    found = Questions()
    monkeypatch.setattr(QMessageBox, "question", found)
    return found


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


# ---------------------------------------------------------------------------------------- texts


def test_display_names_are_french_and_unknown_values_pass_through() -> None:
    names = [texts.status_label(s) for s in texts.STATUS_ORDER]
    assert names == [
        "En file d'attente",
        "Reporté (heures légales)",
        "En cours d'envoi",
        "Envoyé",
        "Livré",
        "Non livré",
        "Échec",
        "Expiré",
        "Incertain",
        "Annulé",
    ]
    assert set(texts.STATUS_ORDER) == set(MessageStatus)
    assert [texts.purpose_label(p) for p in Purpose] == ["Transactionnel", "Promotionnel", "Enquête"]
    assert texts.purpose_label("survey") == "Enquête"
    assert texts.status_label("archived") == "archived"
    assert texts.status_family(S.UNCERTAIN) is texts.StatusFamily.PROBLEM
    assert texts.status_family(S.DELIVERED) is texts.StatusFamily.SUCCESS
    assert texts.status_family(S.DEFERRED) is texts.StatusFamily.PENDING


def test_french_dates_and_money() -> None:
    paris = texts.business_zone()
    when = dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC)
    assert texts.format_moment(when, paris, today=dt.date(2026, 11, 23)) == "mercredi 2 décembre à 08h00"
    assert texts.format_moment(when, paris, today=dt.date(2027, 1, 5)) == "mercredi 2 décembre 2026 à 08h00"
    assert texts.format_short(when, paris, today=dt.date(2026, 11, 23)) == "02/12 08h00"
    assert texts.format_short(when, texts.business_zone("RE")) == "02/12/2026 11h00"
    assert texts.format_cents(8) == "0,08 €"
    assert texts.format_cents(1250) == "12,50 €"
    assert texts.format_cents(-5) == "-0,05 €"


def test_history_details_read_in_french() -> None:
    assert history_detail("user_retry") == "Renvoi demandé"
    assert history_detail("claimed:desk-1") == "Pris en charge pour l'envoi"
    assert history_detail("retry:timeout").startswith(
        "Nouvel essai prévu — Le fournisseur SMS n'a pas répondu"
    )
    assert history_detail("invalid_number").startswith("Ce numéro n'est pas valide")
    assert history_detail("weird_code_42") == "weird_code_42"
    assert history_detail("sending") == ""


# ---------------------------------------------------------------------------------------- the model


def test_model_passes_the_model_tester_and_reads_by_page(
    qtmodeltester, mctx: AppContext, monkeypatch
) -> None:
    monkeypatch.setattr(messages_model, "PAGE", 7)
    client = mctx.clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0611223344"))
    ids = [_queue(mctx, f"Message {i}\nseconde ligne", to=f"06{i:08d}") for i in range(20)]
    named = _queue(mctx, "Pour Claire", to="06 11 22 33 44", purpose=Purpose.PROMOTIONAL)
    _force(mctx, ids[3], S.SENDING, S.FAILED, error_code="invalid_number")
    pager = MessagePager(mctx.outbox, lambda wanted: {i: "Claire Martin" for i in wanted if i == client})
    model = MessagesModel(pager.page, now=mctx.clock.now)
    model.set_snapshot(pager.snapshot(MessageQuery(), limit=7))
    qtmodeltester.check(model)
    assert model.rowCount() == 21
    texts_shown = [model.data(model.index(r, messages_model.TEXT)) for r in range(21)]
    assert len(set(texts_shown)) == 21
    assert model.fetched == [7, 7]  # the first page came with the snapshot; then one page at a time
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[messages_model.RECIPIENT] == "Claire Martin · 06 11 22 33 44"
    assert first[messages_model.PURPOSE] == "Promotionnel"
    assert first[messages_model.STATUS] == "En file d'attente"
    assert first[messages_model.ACCOUNT] == "Simulateur"
    assert first[messages_model.COST] == "0,07 €"  # the simulator's estimated price for France
    assert first[messages_model.DATE] == "23/11 10h00"
    assert model.data(model.index(0, 0), MessagesModel.ID_ROLE) == named
    last = model.index(20, messages_model.TEXT)
    assert model.data(last) == "Message 0"  # first line only; newest first
    assert "seconde ligne" in model.data(last, Qt.ItemDataRole.ToolTipRole)
    failed_row = model.find_row(ids[3])
    assert failed_row is not None
    status = model.index(failed_row, messages_model.STATUS)
    assert model.data(status) == "Échec"
    assert model.data(status, Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    assert model.data(status, Qt.ItemDataRole.ToolTipRole).startswith("Échec\nCe numéro n'est pas valide")
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Statut"


def test_five_thousand_messages_load_lazily(qtbot, mctx: AppContext, tasks) -> None:
    account = mctx.accounts.default().id
    now = mctx.clock.now()
    rows = [
        {
            "to_number": f"+3361{i:07d}",
            "body": f"Message {i}",
            "encoding": "GSM-7",
            "segments": 1,
            "cost_cents": 8,
            "purpose": "transactional",
            "account_id": account,
            "status": "delivered",
            "due_at": now,
            "attempts": 1,
            "error_detail": "",
            "idempotency_key": f"bulk-{i}",
            "urgent": False,
            "created_at": now + dt.timedelta(seconds=i),
            "updated_at": now,
        }
        for i in range(5000)
    ]
    with mctx.db.session() as session:
        session.execute(insert(MessageRow), rows)
    view = _view(qtbot, mctx, tasks)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 5000
    assert view.count_label.text() == "5000 message(s)"
    assert view.model.data(view.model.index(0, messages_model.TEXT)) == "Message 4999"
    read = len(view.model.snapshot.first_page) + sum(view.model.fetched)
    assert read <= 2 * messages_model.PAGE
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.line(4999) is not None)
    assert view.model.data(view.model.index(4999, messages_model.TEXT)) == "Message 0"
    assert max(view.model.fetched) <= messages_model.PAGE
    assert sum(view.model.fetched) + messages_model.PAGE < 5000


# ---------------------------------------------------------------------------------------- filters


def test_filters_change_the_rows(qtbot, mctx: AppContext, tasks) -> None:
    clock = _clock(mctx)
    template = mctx.templates.create(TemplateDraft("Rappel", Purpose.TRANSACTIONAL, "Rappel de RDV"))
    second = mctx.accounts.add("simulator", "Boutique 2", "", {}, {})
    old = _queue(mctx, "Il y a dix jours")
    clock.advance(10 * 86400)
    week = _queue(mctx, "Modèle", template_id=template.id, account_id=second.id)
    failed = _failed(mctx)
    uncertain = _uncertain(mctx)
    _force(mctx, week, S.SENDING, S.SENT, S.DELIVERED)
    view = _view(qtbot, mctx, tasks)

    def shown() -> set[int]:
        return {view.model.message_id(r) for r in range(view.model.rowCount())}  # type: ignore[misc]

    assert shown() == {old, week, failed, uncertain}
    view.show_to_handle()
    assert shown() == {failed, uncertain}
    view.status_filter.setCurrentIndex(view.status_filter.findData("delivered"))
    assert shown() == {week}
    view.status_filter.setCurrentIndex(0)
    view.period_filter.setCurrentIndex(view.period_filter.findData("today"))
    assert shown() == {week, failed, uncertain}
    view.period_filter.setCurrentIndex(view.period_filter.findData("30"))
    assert shown() == {old, week, failed, uncertain}
    view.period_filter.setCurrentIndex(view.period_filter.findData("custom"))
    assert view.from_date.isVisibleTo(view)
    view.from_date.setDate(view.from_date.date().fromString("20/11/2026", "dd/MM/yyyy"))
    view.to_date.setDate(view.to_date.date().fromString("25/11/2026", "dd/MM/yyyy"))
    assert shown() == {old}
    view.period_filter.setCurrentIndex(0)
    view.account_filter.setCurrentIndex(view.account_filter.findData(second.id))
    assert shown() == {week}
    view.account_filter.setCurrentIndex(0)
    view.template_filter.setCurrentIndex(view.template_filter.findData(template.id))
    assert shown() == {week}
    assert view.count_label.text() == "1 message(s)"


def test_summary_line_counts_and_links_to_the_problems(qtbot, mctx: AppContext, tasks) -> None:
    _failed(mctx)
    _uncertain(mctx)
    _queue(mctx)
    delivered = _queue(mctx)
    _force(mctx, delivered, S.SENDING, S.SENT, S.DELIVERED)
    view = _view(qtbot, mctx, tasks)
    text = view.summary_label.text()
    assert "2 à traiter" in text and "1 en file" in text and "1 livré(s) ce mois" in text
    view.summary_label.linkActivated.emit("to_handle")
    assert view.status_filter.currentData() == "to_handle"
    assert view.model.rowCount() == 2


# ---------------------------------------------------------------------------------------- buttons


def test_buttons_follow_what_the_selection_allows(qtbot, mctx: AppContext, tasks) -> None:
    failed = _failed(mctx)
    uncertain = _uncertain(mctx)
    delivered = _queue(mctx)
    _force(mctx, delivered, S.SENDING, S.SENT, S.DELIVERED)
    now_queued = _queue(mctx)
    later = _queue(mctx, due_at=START + dt.timedelta(days=1))
    deferred = _queue(mctx, purpose=Purpose.PROMOTIONAL)
    _force(mctx, deferred, S.DEFERRED, due_at=START + dt.timedelta(hours=12))
    view = _view(qtbot, mctx, tasks)
    assert _enabled(view) == set()
    expected = {
        failed: {"retry", "mark_sent", "cancel"},  # the issue: retry, mark as sent, cancel
        uncertain: {"retry", "mark_sent", "cancel"},
        delivered: set(),
        now_queued: {"cancel"},
        later: {"cancel", "send_now"},
        deferred: {"cancel", "send_now"},
    }
    for message_id, allowed in expected.items():
        _select(view, message_id)
        assert _enabled(view) == allowed, texts.status_label(_status(mctx, message_id))
    _select(view, failed, uncertain)
    assert _enabled(view) == {"retry", "mark_sent", "cancel"}
    _select(view, failed, delivered)
    assert _enabled(view) == set()
    assert "prévu le 24/11 10h00" in _status_text(view, later)


# ---------------------------------------------------------------------------------------- actions


def test_retry_a_failed_message_after_confirmation(qtbot, mctx: AppContext, tasks, questions) -> None:
    failed = _failed(mctx)
    view = _view(qtbot, mctx, tasks)
    _select(view, failed)
    assert _status_text(view, failed) == "Échec"
    with qtbot.waitSignal(view.action_finished) as finished:
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["retry", 1]
    assert questions.asked == ["Renvoyer 1 message(s) maintenant ?"]
    assert _status(mctx, failed) is S.QUEUED
    qtbot.waitUntil(lambda: _status_text(view, failed) == "En file d'attente")
    assert _enabled(view) == {"cancel"}


def test_retry_an_uncertain_message_warns_it_may_have_arrived(
    qtbot, mctx: AppContext, tasks, questions
) -> None:
    uncertain = _uncertain(mctx)
    view = _view(qtbot, mctx, tasks)
    _select(view, uncertain)
    questions.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert "Il a peut-être déjà été reçu. Le renvoyer quand même ?" in questions.asked[0]
    assert _status(mctx, uncertain) is S.UNCERTAIN  # "No" changes nothing
    questions.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert _status(mctx, uncertain) is S.QUEUED
    assert [c.detail for c in mctx.outbox.get(uncertain).history][-1] == "user_retry"


def test_mark_an_uncertain_message_as_sent(qtbot, mctx: AppContext, tasks, questions) -> None:
    uncertain = _uncertain(mctx)
    view = _view(qtbot, mctx, tasks)
    _select(view, uncertain)
    qtbot.mouseClick(view.mark_sent_button, Qt.MouseButton.LeftButton)
    assert "ne les renverra pas" in questions.asked[0]
    assert _status(mctx, uncertain) is S.SENT
    qtbot.waitUntil(lambda: _status_text(view, uncertain) == "Envoyé")
    assert _enabled(view) == set()


def test_cancel_uncertain_and_scheduled_messages(qtbot, mctx: AppContext, tasks, questions) -> None:
    uncertain = _uncertain(mctx)
    later = _queue(mctx, due_at=START + dt.timedelta(days=2))
    view = _view(qtbot, mctx, tasks)
    _select(view, uncertain)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert "peut-être déjà parti" in questions.asked[-1]
    assert _status(mctx, uncertain) is S.CANCELLED
    _select(view, later)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert _status(mctx, later) is S.CANCELLED
    qtbot.waitUntil(lambda: _status_text(view, later) == "Annulé")
    assert "2 à traiter" not in view.summary_label.text()


def test_send_now_a_scheduled_and_a_deferred_message(qtbot, mctx: AppContext, tasks, questions) -> None:
    later = _queue(mctx, due_at=START + dt.timedelta(days=1))
    deferred = _queue(mctx, "Promo", purpose=Purpose.PROMOTIONAL)
    _force(mctx, deferred, S.DEFERRED, due_at=START + dt.timedelta(hours=2))
    view = _view(qtbot, mctx, tasks)
    _select(view, later)
    with qtbot.waitSignal(view.action_finished):
        qtbot.mouseClick(view.send_now_button, Qt.MouseButton.LeftButton)
    assert mctx.outbox.get(later).due_at == START
    _select(view, deferred)
    qtbot.mouseClick(view.send_now_button, Qt.MouseButton.LeftButton)
    assert _status(mctx, deferred) is S.QUEUED
    assert questions.asked == []  # sending now needs no confirmation
    qtbot.waitUntil(lambda: _status_text(view, deferred) == "En file d'attente")


def test_send_now_explains_the_closed_legal_window(
    qtbot, mctx: AppContext, tasks, questions, warnings
) -> None:
    _clock(mctx).set(dt.datetime(2026, 11, 23, 21, 0, tzinfo=dt.UTC))  # 22:00 in Paris
    deferred = _queue(mctx, "Promo", purpose=Purpose.PROMOTIONAL)
    _force(mctx, deferred, S.DEFERRED, due_at=dt.datetime(2026, 11, 24, 7, 0, tzinfo=dt.UTC))
    view = _view(qtbot, mctx, tasks)
    _select(view, deferred)
    with qtbot.waitSignal(view.action_finished) as finished:
        qtbot.mouseClick(view.send_now_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["send_now", 0]
    assert _status(mctx, deferred) is S.DEFERRED
    assert len(warnings) == 1
    assert "heures d'envoi légales sont fermées" in warnings[0]
    assert "mardi 24 novembre à 08h00" in warnings[0]


def test_a_message_changed_meanwhile_is_explained(
    qtbot, mctx: AppContext, tasks, questions, warnings
) -> None:
    uncertain = _uncertain(mctx)
    view = _view(qtbot, mctx, tasks)
    _select(view, uncertain)
    _force(mctx, uncertain, S.SENT, sent_at=START)  # the dispatcher reconciled it; no event reached us yet
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert warnings == ["Impossible : ce message est « Envoyé » et ne peut plus être modifié ainsi."]


# ---------------------------------------------------------------------------------------- detail and bus


def test_detail_shows_history_and_the_french_error(qtbot, mctx: AppContext, tasks) -> None:
    mctx.clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))
    failed = _failed(mctx, "Votre commande est prête.\nÀ bientôt")
    view = _view(qtbot, mctx, tasks)
    with qtbot.waitSignal(view.message_shown) as shown:
        _select(view, failed)
    assert shown.args == [failed]
    panel = view.detail
    assert panel.content.isVisibleTo(view)
    assert panel.recipient_label.text() == "Claire Martin · 06 12 34 56 78"
    assert panel.body.text() == "Votre commande est prête.\nÀ bientôt"
    assert panel.error_label.text().startswith("Ce numéro n'est pas valide pour recevoir des SMS")
    assert "invalid_number" in panel.support_label.text() and "21211" in panel.support_label.text()
    assert panel.account_label.text() == "Simulateur"
    assert panel.created_label.text() == "lundi 23 novembre à 10h00"

    def cell(row: int, column: int) -> str:
        item = panel.history.item(row, column)
        return item.text() if item is not None else ""

    statuses = [cell(r, 1) for r in range(panel.history.rowCount())]
    assert statuses == ["Échec", "En cours d'envoi", "En file d'attente"]  # newest first
    assert cell(2, 2) == "Mis en file d'attente"
    assert cell(0, 2).startswith("Ce numéro n'est pas valide")
    _select(view)
    assert not panel.content.isVisibleTo(view)


def test_the_list_follows_changes_from_the_bus(qtbot, mctx: AppContext, tasks) -> None:
    first = _queue(mctx)
    view = _view(qtbot, mctx, tasks)
    _select(view, first)
    assert view.model.rowCount() == 1
    newer = _queue(mctx, "Nouveau")  # the outbox publishes Changes(messages=…)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert view.model.message_id(0) == newer
    assert view.selected_ids() == [first]  # the selection survived the reload
    # A status change made elsewhere (the dispatcher) patches the row in place.
    _force(mctx, first, S.SENDING, S.SENT, provider_message_id="SIM-42")
    mctx.hub.publish(Changes(messages=frozenset({first})))
    qtbot.waitUntil(lambda: _status_text(view, first) == "Envoyé")
    qtbot.waitUntil(lambda: view.detail.provider_id_label.text() == "SIM-42")
    assert view.model.rowCount() == 2


def test_detail_dialog_closes_with_escape(qtbot, mctx: AppContext) -> None:
    uncertain = _uncertain(mctx)
    info = load_info(mctx.outbox, uncertain)
    dialog = MessageDetailDialog(info, now=mctx.clock.now)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.panel.hint_label.text().startswith("Comptoir ne sait pas si ce SMS est parti")
    assert dialog.windowTitle() == f"Message n° {uncertain}"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_show_message_opens_the_dialog_on_the_message(qtbot, mctx: AppContext, monkeypatch) -> None:
    failed = _failed(mctx)
    opened: list[MessageDetailDialog] = []

    def fake_exec(dialog: MessageDetailDialog) -> int:
        qtbot.addWidget(dialog)
        opened.append(dialog)
        return 0

    monkeypatch.setattr(MessageDetailDialog, "exec", fake_exec)
    MessageDetailDialog.show_message(load_info(mctx.outbox, failed), now=mctx.clock.now)
    assert opened[0].panel.error_label.text().startswith("Ce numéro n'est pas valide")


def test_a_long_detail_scrolls_and_the_list_keeps_most_of_the_height(qtbot, ctx: AppContext, tasks) -> None:
    for n in range(20):
        _queue(ctx, f"Message {n}", to=f"06 12 34 56 {n:02d}")
    failed = _failed(ctx)
    view = _view(qtbot, ctx, tasks)
    view.resize(1000, 700)
    view.show()
    _select(view, failed)
    qtbot.waitUntil(view.detail.isVisible)

    list_height = view.table.viewport().height()
    assert list_height > view.detail_area.height() > 150
    assert list_height >= 8 * view.table.verticalHeader().defaultSectionSize()


def test_a_cost_from_an_unknown_price_is_never_shown_as_free(qtbot, mctx: AppContext, tasks) -> None:
    mctx.accounts.update(mctx.accounts.default().name, price_cents_per_segment=0)
    message_id = _queue(mctx, "Bonjour")
    view = _view(qtbot, mctx, tasks)
    row = view.model.find_row(message_id)
    assert row is not None
    cost = view.model.index(row, messages_model.COST)
    assert view.model.data(cost) == "—"
    assert view.model.data(cost, Qt.ItemDataRole.ToolTipRole) == "prix par SMS non renseigné"
    with qtbot.waitSignal(view.message_shown):
        _select(view, message_id)
    assert view.detail.size_label.text() == "1 SMS · prix par SMS non renseigné"
