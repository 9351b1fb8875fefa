"""The outbox: queuing (number, final text, segments, cost, idempotency), the state machine, user actions."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.clock import FakeClock
from desktop.core.compliance import DEFAULT_STOP_TEXT
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    MessageStatus,
    Purpose,
)
from desktop.providers.base import Capabilities
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService
from desktop.services.outbox import MessageDraft, OutboxError, OutboxService
from desktop.storage.db import Database
from desktop.storage.errors import NotFoundError
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.messages import TRANSITIONS, IllegalTransitionError, Move
from tests.services.dispatch_fakes import FULL, FakeAccounts, ScriptedProvider

S = MessageStatus


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def accounts(db: Database, fake_clock: FakeClock) -> FakeAccounts:
    fakes = FakeAccounts(db)
    fakes.add("Principal", ScriptedProvider(fake_clock), price=7, default=True)
    return fakes


@pytest.fixture
def outbox(db: Database, hub: ChangeHub, accounts: FakeAccounts, fake_clock: FakeClock) -> OutboxService:
    return OutboxService(db, hub, accounts, fake_clock)


def test_queue_normalises_analyses_prices_and_records_history(outbox: OutboxService, fake_clock: FakeClock):
    message = outbox.queue("06 12 34 56 78", "Vos lunettes sont disponibles.", Purpose.TRANSACTIONAL)

    assert message.to == "+33612345678"
    assert message.status is S.QUEUED
    assert message.encoding == "GSM-7"
    assert message.segments == 1
    assert message.cost_cents == 7
    assert message.due_at == fake_clock.now()
    assert [(h.status, h.detail) for h in message.history] == [(S.QUEUED, "queued")]
    assert message.history[0].at == fake_clock.now()
    assert len(message.idempotency_key) == 32


def test_cost_counts_every_segment_of_the_final_text(outbox: OutboxService):
    message = outbox.queue("+33612345678", "ê" * 110)  # UCS-2: 110 units → 2 segments

    assert (message.encoding, message.segments, message.cost_cents) == ("UCS-2", 2, 14)


def test_promotion_gets_the_stop_mention_before_analysis(outbox: OutboxService, accounts: FakeAccounts):
    accounts.stop_texts[accounts.default().id] = "STOP au 36180"
    body = "x" * 150  # 150 + "\nSTOP au 36180" > 160 → the mention makes it two segments

    message = outbox.queue("+33612345678", body, Purpose.PROMOTIONAL)

    assert message.body == body + "\nSTOP au 36180"
    assert message.segments == 2


def test_promotion_default_mention_when_the_account_has_none(outbox: OutboxService):
    message = outbox.queue("+33612345678", "Soldes -20 % ce week-end", "promotional")

    assert message.body.endswith(DEFAULT_STOP_TEXT)
    assert message.purpose is Purpose.PROMOTIONAL


def test_no_mention_added_when_the_provider_appends_its_own(
    db: Database, hub: ChangeHub, fake_clock: FakeClock
):
    accounts = FakeAccounts(db)
    appends = Capabilities(**{**FULL.__dict__, "provider_stop_mention": True})
    accounts.add("Brevo", ScriptedProvider(fake_clock, capabilities=appends), default=True)
    outbox = OutboxService(db, hub, accounts, fake_clock)

    assert outbox.queue("+33612345678", "Promo !", Purpose.PROMOTIONAL).body == "Promo !"


def test_transactional_text_is_left_as_written(outbox: OutboxService):
    assert outbox.queue("+33612345678", "RDV demain 10h").body == "RDV demain 10h"


def test_same_idempotency_key_returns_the_first_message(outbox: OutboxService, hub: ChangeHub):
    first = outbox.queue("+33612345678", "Rappel", idempotency_key="rdv-42-j1")
    second = outbox.queue("+33698765432", "Autre texte", idempotency_key="rdv-42-j1")

    assert second.id == first.id
    assert second.body == "Rappel"
    assert outbox.count() == 1


def test_long_keys_are_hashed_and_stay_unique(outbox: OutboxService):
    a = outbox.queue("+33612345678", "A", idempotency_key="k" * 100)
    b = outbox.queue("+33612345678", "B", idempotency_key="k" * 99 + "j")

    assert len(a.idempotency_key) == 64 and a.id != b.id
    assert outbox.queue("+33612345678", "A again", idempotency_key="k" * 100).id == a.id


@pytest.mark.parametrize(
    ("number", "code"),
    [("12", "too_short"), ("bonjour", "not_a_number"), ("01 42 68 53 00", "landline"), ("", "empty")],
)
def test_unusable_numbers_are_refused(outbox: OutboxService, number: str, code: str):
    with pytest.raises(OutboxError) as caught:
        outbox.queue(number, "Bonjour")
    assert caught.value.code == code
    assert outbox.count() == 0


def test_non_french_numbers_are_left_to_the_provider(outbox: OutboxService):
    assert outbox.queue("+15005550006", "Hello").to == "+15005550006"


def test_empty_text_is_refused(outbox: OutboxService):
    with pytest.raises(OutboxError, match="empty_body"):
        outbox.queue("+33612345678", "  \n ")


def test_naive_due_at_is_a_bug(outbox: OutboxService):
    with pytest.raises(ValueError, match="aware"):
        outbox.queue("+33612345678", "x", due_at=dt.datetime(2026, 1, 1, 10, 0))


def test_too_long_for_the_provider_is_refused(outbox: OutboxService):
    with pytest.raises(OutboxError, match="message_too_long"):
        outbox.queue("+33612345678", "x" * 1601)


def test_the_client_is_found_by_number(db: Database, hub: ChangeHub, outbox: OutboxService):
    client_id = ClientService(db, hub).create(ClientDraft(first_name="Claire", mobile="0612345678"))

    assert outbox.queue("+33 6 12 34 56 78", "Bonjour").client_id == client_id
    assert outbox.queue("+33698765432", "Bonjour").client_id is None


def test_queue_many_is_all_or_nothing_and_dedupes_keys(outbox: OutboxService):
    drafts = [MessageDraft(f"+336123456{i:02d}", f"Message {i}", idempotency_key=f"c1-{i}") for i in range(5)]
    drafts.append(MessageDraft("+33612345600", "Doublon", idempotency_key="c1-0"))

    queued = outbox.queue_many(drafts, batch_size=2)

    assert [m.body for m in queued] == [
        "Message 0",
        "Message 1",
        "Message 2",
        "Message 3",
        "Message 4",
        "Message 0",
    ]
    assert queued[0].id == queued[5].id
    assert outbox.count() == 5

    with pytest.raises(OutboxError) as caught:
        outbox.queue_many([MessageDraft("+33612345678", "ok"), MessageDraft("12", "bad")])
    assert caught.value.params["index"] == "1"
    assert outbox.count() == 5


def test_queuing_publishes_the_messages(outbox: OutboxService, hub: ChangeHub):
    seen: list[Changes] = []
    hub.subscribe(seen.append)

    message = outbox.queue("+33612345678", "Bonjour")

    assert seen == [Changes(messages=frozenset({message.id}))]


# ---------------------------------------------------------------------------------------- user actions


def _force(db: Database, message_id: int, *path: MessageStatus) -> None:
    with db.session() as session:
        for status in path:
            repo.transition(session, message_id, status, dt.datetime.now(dt.UTC), "test")


def test_cancel_a_queued_message(outbox: OutboxService, fake_clock: FakeClock):
    message = outbox.queue("+33612345678", "Bonjour")

    cancelled = outbox.cancel(message.id)

    assert cancelled.status is S.CANCELLED
    assert [h.status for h in cancelled.history] == [S.QUEUED, S.CANCELLED]
    assert cancelled.history[-1].detail == "user_cancel"


def test_a_delivered_message_cannot_be_cancelled(db: Database, outbox: OutboxService):
    message = outbox.queue("+33612345678", "Bonjour")
    _force(db, message.id, S.SENDING, S.SENT, S.DELIVERED)

    with pytest.raises(OutboxError) as caught:
        outbox.cancel(message.id)
    assert (caught.value.code, caught.value.params["status"]) == ("transition_not_allowed", "delivered")
    assert outbox.get(message.id).status is S.DELIVERED


def test_retry_a_failed_message_with_a_fresh_budget(
    db: Database, outbox: OutboxService, fake_clock: FakeClock
):
    message = outbox.queue("+33612345678", "Bonjour")
    _force(db, message.id, S.SENDING, S.FAILED)
    fake_clock.advance(3600)

    retried = outbox.retry(message.id)

    assert retried.status is S.QUEUED
    assert retried.due_at == fake_clock.now()
    assert retried.attempts == 0 and retried.error_code is None
    with pytest.raises(OutboxError):
        outbox.retry(message.id)  # queued: nothing to retry


def test_a_failed_message_can_be_dismissed_or_marked_sent_by_the_user(db: Database, outbox: OutboxService):
    dismissed = outbox.queue("+33612345678", "Bonjour")
    arrived = outbox.queue("+33612345679", "Bonjour")
    for message in (dismissed, arrived):
        _force(db, message.id, S.SENDING, S.FAILED)

    assert outbox.cancel(dismissed.id).status is S.CANCELLED
    marked = outbox.mark_sent(arrived.id)

    assert marked.status is S.SENT and marked.error_code is None
    assert [c.detail for c in marked.history][-1] == "user_mark_sent"
    with pytest.raises(OutboxError):
        outbox.retry(dismissed.id)  # cancelled is final


def test_uncertain_can_be_marked_sent_by_hand(db: Database, outbox: OutboxService):
    message = outbox.queue("+33612345678", "Bonjour")
    _force(db, message.id, S.SENDING, S.UNCERTAIN)

    sent = outbox.mark_sent(message.id)

    assert sent.status is S.SENT and sent.sent_at is not None
    assert sent.history[-1].detail == "user_mark_sent"
    with pytest.raises(OutboxError):
        outbox.mark_sent(message.id)


def test_send_now_brings_a_scheduled_message_forward(outbox: OutboxService, fake_clock: FakeClock):
    later = fake_clock.now() + dt.timedelta(days=2)
    message = outbox.queue("+33612345678", "Bonjour", due_at=later)

    moved = outbox.send_now(message.id)

    assert (moved.status, moved.due_at) == (S.QUEUED, fake_clock.now())
    assert moved.history[-1].detail == "send_now"


def test_send_now_refuses_a_deferred_promotion_outside_legal_hours(
    db: Database, outbox: OutboxService, fake_clock: FakeClock
):
    fake_clock.set(dt.datetime(2026, 11, 29, 11, 0, tzinfo=dt.UTC))  # Sunday noon in Paris
    message = outbox.queue("+33612345678", "Promo", Purpose.PROMOTIONAL)
    _force(db, message.id, S.DEFERRED)

    with pytest.raises(OutboxError) as caught:
        outbox.send_now(message.id)
    assert caught.value.code == "outside_hours"
    assert caught.value.params["next_allowed"].startswith("2026-11-30T07:00")

    fake_clock.set(dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC))  # Monday 10:00
    assert outbox.send_now(message.id).status is S.QUEUED


def test_send_now_on_a_final_message_is_refused(db: Database, outbox: OutboxService):
    message = outbox.queue("+33612345678", "x")
    outbox.cancel(message.id)

    with pytest.raises(OutboxError, match="transition_not_allowed"):
        outbox.send_now(message.id)


def test_get_unknown_message(outbox: OutboxService):
    with pytest.raises(NotFoundError):
        outbox.get(999)


def test_list_count_and_details(
    db: Database, outbox: OutboxService, accounts: FakeAccounts, fake_clock: FakeClock
):
    first = outbox.queue("+33612345678", "Un")
    fake_clock.advance(60)
    second = outbox.queue("+33612345679", "Deux", template_id=None)
    outbox.cancel(second.id)

    assert [m.id for m in outbox.list()] == [second.id, first.id]
    assert [m.id for m in outbox.list(S.QUEUED)] == [first.id]
    assert [m.id for m in outbox.list(limit=1, offset=1)] == [first.id]
    assert outbox.count(S.CANCELLED) == 1
    assert outbox.count({S.CANCELLED, S.QUEUED}) == 2 and outbox.count([S.SENT]) == 0
    assert [m.id for m in outbox.list({S.QUEUED, S.FAILED})] == [first.id]
    assert outbox.count(since=fake_clock.now()) == 1
    assert outbox.count(until=fake_clock.now()) == 1
    assert outbox.count(account_id=accounts.default().id) == 2
    assert outbox.count_by_status() == {S.QUEUED: 1, S.CANCELLED: 1}
    details = outbox.details([first.id, second.id])
    assert details[first.id].account_name == "Principal"
    assert details[second.id].final_at == fake_clock.now()


# ---------------------------------------------------------------------------------------- state machine


def test_final_states_have_no_way_out():
    for status in (S.DELIVERED, S.UNDELIVERED, S.EXPIRED, S.CANCELLED):
        assert TRANSITIONS[status] == frozenset()


def test_a_move_the_state_machine_forbids_is_refused_before_any_write():
    with pytest.raises(IllegalTransitionError):
        Move(1, S.QUEUED, frozenset({S.DELIVERED}))
    with pytest.raises(IllegalTransitionError):
        Move(1, S.SENDING, frozenset({S.UNCERTAIN}))  # an uncertain message is never resent directly


def test_transition_checks_the_current_status(db: Database, outbox: OutboxService):
    message = outbox.queue("+33612345678", "x")
    with db.session() as session, pytest.raises(IllegalTransitionError):
        repo.transition(session, message.id, S.DELIVERED, dt.datetime.now(dt.UTC))


def test_withdrawn_consent_does_not_block_queuing(db: Database, hub: ChangeHub, outbox: OutboxService):
    """Who may receive a message is decided by the composer; the dispatcher re-checks opt-outs at claim."""
    clients = ClientService(db, hub)
    client_id = clients.create(ClientDraft(first_name="A", mobile="0612345678"))
    clients.record_consent(client_id, ConsentPurpose.PROMOTIONAL, ConsentState.WITHDRAWN, ConsentSource.USER)

    assert outbox.queue("0612345678", "Promo", Purpose.PROMOTIONAL).status is S.QUEUED


def test_queue_many_reads_each_account_once_and_returns_messages_in_order(
    outbox: OutboxService, accounts: FakeAccounts, monkeypatch: pytest.MonkeyPatch
):
    calls: list[str] = []
    for name in ("get", "default", "provider", "stop_text"):
        original = getattr(accounts, name)

        def counted(*args: object, _name: str = name, _original: object = original) -> object:
            calls.append(_name)
            return _original(*args)  # type: ignore[operator]

        monkeypatch.setattr(accounts, name, counted)
    drafts = [MessageDraft(f"+3361234{n:04d}", f"Promo {n}", Purpose.PROMOTIONAL) for n in range(40, 0, -1)]

    messages = outbox.queue_many(drafts)

    assert [m.to for m in messages] == [d.to for d in drafts]
    assert all(m.body.endswith(DEFAULT_STOP_TEXT) for m in messages)
    assert sorted(calls) == ["default", "provider", "stop_text"]


def test_get_many_refuses_an_unknown_id(outbox: OutboxService, db: Database):
    message = outbox.queue("+33612345678", "Bonjour")

    with db.read() as session:
        assert [m.id for m in repo.get_many(session, [message.id, message.id])] == [message.id] * 2
        with pytest.raises(NotFoundError):
            repo.get_many(session, [message.id, message.id + 1])
