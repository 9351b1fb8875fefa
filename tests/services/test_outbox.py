"""The outbox: storing what the gate prepared (a last safety on number and text, idempotency), the state
machine, the user's actions on messages. What a message says and whether it may leave is the gate's
(tests/services/test_gate.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.catalogue.compliance import explain_finding
from desktop.core.clock import FakeClock
from desktop.core.compliance import Finding, Severity
from desktop.core.entities import ClientDraft, Message, MessageKind, MessageStatus, Purpose
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService
from desktop.services.outbox import OutboxError, OutboxService, ReadyMessage
from desktop.storage.db import Database
from desktop.storage.errors import NotFoundError
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.messages import TRANSITIONS, IllegalTransitionError, Move
from tests.services.dispatch_fakes import FakeAccounts, ScriptedProvider
from tests.services.stored import Storer

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
def outbox(db: Database, hub: ChangeHub, fake_clock: FakeClock) -> OutboxService:
    return OutboxService(db, hub, fake_clock)


@pytest.fixture
def store(
    db: Database, outbox: OutboxService, accounts: FakeAccounts, fake_clock: FakeClock
) -> Callable[..., Message]:
    return Storer(db, outbox, accounts, fake_clock).store


def _ready(to: str = "+33612345678", body: str = "Bonjour", **changes: Any) -> ReadyMessage:
    values: dict[str, Any] = {
        "to": to,
        "body": body,
        "encoding": "GSM-7",
        "segments": 1,
        "cost_cents": 7,
        "purpose": Purpose.TRANSACTIONAL,
        "kind": MessageKind.MANUAL,
        "account_id": 1,
        "due_at": dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
        **changes,
    }
    return ReadyMessage(**values)


# ---------------------------------------------------------------------------------------- storing


def test_store_keeps_what_the_gate_prepared_and_records_history(
    outbox: OutboxService, accounts: FakeAccounts, fake_clock: FakeClock, store: Callable[..., Message]
):
    account = accounts.default().id
    ready = _ready(body="Soldes\nSTOP au 36180", purpose=Purpose.PROMOTIONAL, kind=MessageKind.CAMPAIGN,
                   segments=2, cost_cents=14, encoding="UCS-2", account_id=account, idempotency_key="c-1")  # fmt: skip

    (message,) = outbox.store([ready])

    stored = outbox.get(message.id)
    assert (stored.to, stored.body, stored.purpose, stored.kind) == (
        "+33612345678", "Soldes\nSTOP au 36180", Purpose.PROMOTIONAL, MessageKind.CAMPAIGN,
    )  # fmt: skip
    assert (stored.encoding, stored.segments, stored.cost_cents) == ("UCS-2", 2, 14)  # not recounted
    assert (stored.status, stored.due_at, stored.account_id) == (S.QUEUED, ready.due_at, account)
    assert [(h.status, h.detail) for h in stored.history] == [(S.QUEUED, "queued")]
    assert stored.history[0].at == fake_clock.now()
    assert stored.idempotency_key == "c-1"


def test_a_message_the_legal_hours_moved_is_stored_deferred(
    outbox: OutboxService, accounts: FakeAccounts, store: Callable[..., Message]
):
    (message,) = outbox.store([_ready(account_id=accounts.default().id, deferred=True)])

    assert (message.status, outbox.get(message.id).history[0].status) == (S.DEFERRED, S.DEFERRED)


def test_same_idempotency_key_returns_the_first_message(
    outbox: OutboxService, accounts: FakeAccounts, store: Callable[..., Message]
):
    account = accounts.default().id
    (first,) = outbox.store([_ready(body="Rappel", account_id=account, idempotency_key="rdv-42-j1")])
    (second,) = outbox.store(
        [_ready("+33698765432", "Autre", account_id=account, idempotency_key="rdv-42-j1")]
    )

    assert second.id == first.id
    assert second.body == "Rappel"
    assert outbox.count() == 1
    assert outbox.existing(["rdv-42-j1", "other"]) == {"rdv-42-j1": first.id}


def test_long_keys_are_hashed_and_stay_unique(
    outbox: OutboxService, accounts: FakeAccounts, store: Callable[..., Message]
):
    account = accounts.default().id
    (a,) = outbox.store([_ready(body="A", account_id=account, idempotency_key="k" * 100)])
    (b,) = outbox.store([_ready(body="B", account_id=account, idempotency_key="k" * 99 + "j")])

    assert len(a.idempotency_key) == 64 and a.id != b.id
    assert outbox.store([_ready(body="A again", account_id=account, idempotency_key="k" * 100)])[0].id == a.id
    assert outbox.existing(["k" * 100]) == {"k" * 100: a.id}


@pytest.mark.parametrize("number", ["06 12 34 56 78", "12", "", "+33 6 12 34 56 78"])
def test_a_number_not_in_e164_form_is_refused_as_a_last_safety(
    outbox: OutboxService, accounts: FakeAccounts, number: str, store: Callable[..., Message]
):
    with pytest.raises(OutboxError) as caught:
        outbox.store([_ready(number, account_id=accounts.default().id)])
    assert caught.value.code == "invalid"
    assert outbox.count() == 0


def test_empty_text_is_refused(outbox: OutboxService, accounts: FakeAccounts, store: Callable[..., Message]):
    with pytest.raises(OutboxError, match="empty_body"):
        outbox.store([_ready(body="  \n ", account_id=accounts.default().id)])


def test_naive_due_at_is_a_bug(outbox: OutboxService, accounts: FakeAccounts, store: Callable[..., Message]):
    with pytest.raises(ValueError, match="aware"):
        outbox.store([_ready(account_id=accounts.default().id, due_at=dt.datetime(2026, 1, 1, 10, 0))])


def test_store_is_all_or_nothing_and_dedupes_keys(
    outbox: OutboxService, accounts: FakeAccounts, store: Callable[..., Message]
):
    account = accounts.default().id
    ready = [
        _ready(f"+336123456{i:02d}", f"Message {i}", account_id=account, idempotency_key=f"c1-{i}")
        for i in range(5)
    ]
    ready.append(_ready("+33612345600", "Doublon", account_id=account, idempotency_key="c1-0"))

    stored = outbox.store(ready, batch_size=2)

    assert [m.body for m in stored] == [
        "Message 0",
        "Message 1",
        "Message 2",
        "Message 3",
        "Message 4",
        "Message 0",
    ]
    assert stored[0].id == stored[5].id
    assert outbox.count() == 5

    with pytest.raises(OutboxError) as caught:
        outbox.store([_ready(account_id=account), _ready("12", account_id=account)])
    assert caught.value.params["index"] == "1"
    assert outbox.count() == 5


def test_storing_publishes_the_messages(
    outbox: OutboxService, accounts: FakeAccounts, hub: ChangeHub, store: Callable[..., Message]
):
    seen: list[Changes] = []
    hub.subscribe(seen.append)

    (message,) = outbox.store([_ready(account_id=accounts.default().id)])

    assert seen == [Changes(messages=frozenset({message.id}))]
    assert outbox.store([]) == [] and len(seen) == 1  # nothing stored: nothing said


def test_storing_decides_nothing(
    db: Database, hub: ChangeHub, outbox: OutboxService, accounts: FakeAccounts, store: Callable[..., Message]
):
    """No STOP mention, no consent check: the gate did both (a promotion it never made is stored as given;
    the dispatcher cancels it at claim time, tests/services/test_dispatcher.py)."""
    ClientService(db, hub).create(ClientDraft(first_name="A", mobile="0612345678"))
    (message,) = outbox.store(
        [_ready(body="Promo", purpose=Purpose.PROMOTIONAL, account_id=accounts.default().id)]
    )

    assert (message.body, message.client_id) == ("Promo", None)


# ---------------------------------------------------------------------------------------- user actions


def _force(db: Database, message_id: int, *path: MessageStatus) -> None:
    with db.session() as session:
        for status in path:
            repo.transition(session, message_id, status, dt.datetime.now(dt.UTC), "test")


def test_cancel_a_queued_message(outbox: OutboxService, fake_clock: FakeClock, store: Callable[..., Message]):
    message = store("+33612345678", "Bonjour")

    cancelled = outbox.cancel(message.id)

    assert cancelled.status is S.CANCELLED
    assert [h.status for h in cancelled.history] == [S.QUEUED, S.CANCELLED]
    assert cancelled.history[-1].detail == "user_cancel"


def test_a_delivered_message_cannot_be_cancelled(
    db: Database, outbox: OutboxService, store: Callable[..., Message]
):
    message = store("+33612345678", "Bonjour")
    _force(db, message.id, S.SENDING, S.SENT, S.DELIVERED)

    with pytest.raises(OutboxError) as caught:
        outbox.cancel(message.id)
    assert (caught.value.code, caught.value.params["status"]) == ("transition_not_allowed", "delivered")
    assert outbox.get(message.id).status is S.DELIVERED


def test_retry_a_failed_message_with_a_fresh_budget(
    db: Database, outbox: OutboxService, fake_clock: FakeClock, store: Callable[..., Message]
):
    message = store("+33612345678", "Bonjour")
    _force(db, message.id, S.SENDING, S.FAILED)
    fake_clock.advance(3600)

    retried = outbox.retry(message.id)

    assert retried.status is S.QUEUED
    assert retried.due_at == fake_clock.now()
    assert retried.attempts == 0 and retried.error_code is None
    with pytest.raises(OutboxError):
        outbox.retry(message.id)  # queued: nothing to retry


def test_a_failed_message_can_be_dismissed_or_marked_sent_by_the_user(
    db: Database, outbox: OutboxService, store: Callable[..., Message]
):
    dismissed = store("+33612345678", "Bonjour")
    arrived = store("+33612345679", "Bonjour")
    for message in (dismissed, arrived):
        _force(db, message.id, S.SENDING, S.FAILED)

    assert outbox.cancel(dismissed.id).status is S.CANCELLED
    marked = outbox.mark_sent(arrived.id)

    assert marked.status is S.SENT and marked.error_code is None
    assert [c.detail for c in marked.history][-1] == "user_mark_sent"
    with pytest.raises(OutboxError):
        outbox.retry(dismissed.id)  # cancelled is final


def test_uncertain_can_be_marked_sent_by_hand(
    db: Database, outbox: OutboxService, store: Callable[..., Message]
):
    message = store("+33612345678", "Bonjour")
    _force(db, message.id, S.SENDING, S.UNCERTAIN)

    sent = outbox.mark_sent(message.id)

    assert sent.status is S.SENT and sent.sent_at is not None
    assert sent.history[-1].detail == "user_mark_sent"
    with pytest.raises(OutboxError):
        outbox.mark_sent(message.id)


def test_send_now_brings_a_scheduled_message_forward(
    outbox: OutboxService, fake_clock: FakeClock, store: Callable[..., Message]
):
    later = fake_clock.now() + dt.timedelta(days=2)
    message = store("+33612345678", "Bonjour", due_at=later)

    moved = outbox.send_now(message.id)

    assert (moved.status, moved.due_at) == (S.QUEUED, fake_clock.now())
    assert moved.history[-1].detail == "send_now"


@pytest.mark.parametrize("status", [S.DEFERRED, S.QUEUED])
def test_send_now_refuses_a_promotion_outside_legal_hours_and_keeps_its_departure(
    db: Database,
    outbox: OutboxService,
    fake_clock: FakeClock,
    store: Callable[..., Message],
    hub: ChangeHub,
    status: MessageStatus,
):
    """« Envoyer maintenant » on Sunday noon: refused with the reason; the planned departure stays."""
    fake_clock.set(dt.datetime(2026, 11, 29, 11, 0, tzinfo=dt.UTC))  # Sunday noon in Paris
    monday = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)
    client_id = ClientService(db, hub).create(ClientDraft(first_name="A", mobile="0612345678"))
    message = store("0612345678", "Promo", Purpose.PROMOTIONAL, due_at=monday, deferred=status is S.DEFERRED)
    assert (message.status, message.client_id) == (status, client_id)

    with pytest.raises(OutboxError) as caught:
        outbox.send_now(message.id)
    assert caught.value.code == "outside_hours"
    assert caught.value.params["next_allowed"].startswith("2026-11-30T07:00")
    assert caught.value.params["reason"] == "sunday"
    explained = explain_finding(Finding(caught.value.code, Severity.DEFER, caught.value.params), "fr")
    assert "partira lundi 30 novembre à 8h00" in explained and "dimanche" in explained
    kept = outbox.get(message.id)
    assert (kept.status, kept.due_at, len(kept.history)) == (status, monday, 1)

    fake_clock.set(dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC))  # Monday 10:00
    moved = outbox.send_now(message.id)
    assert (moved.status, moved.due_at) == (S.QUEUED, fake_clock.now())


def test_a_refused_send_now_says_the_departure_the_message_keeps(
    db: Database, outbox: OutboxService, fake_clock: FakeClock, store: Callable[..., Message], hub: ChangeHub
):
    """Planned for Monday, « Envoyer maintenant » on Thursday night: the hours would allow Friday 08:00, but
    the message stays planned for Monday, and that is what the refusal says."""
    fake_clock.set(dt.datetime(2026, 12, 3, 22, 0, tzinfo=dt.UTC))  # Thursday 23:00 in Paris
    monday = dt.datetime(2026, 12, 7, 7, 0, tzinfo=dt.UTC)
    ClientService(db, hub).create(ClientDraft(first_name="A", mobile="0612345678"))
    message = store("0612345678", "Promo", Purpose.PROMOTIONAL, due_at=monday, deferred=True)
    with pytest.raises(OutboxError) as caught:
        outbox.send_now(message.id)
    assert caught.value.params["next_allowed"].startswith("2026-12-04T07:00")  # what the hours allow
    explained = explain_finding(Finding(caught.value.code, Severity.DEFER, caught.value.params), "fr")
    assert "partira lundi 7 décembre à 8h00" in explained, explained
    assert outbox.get(message.id).due_at == monday


def test_send_now_lets_a_transactional_message_go_at_night(
    outbox: OutboxService, fake_clock: FakeClock, store: Callable[..., Message]
):
    fake_clock.set(dt.datetime(2026, 11, 28, 22, 0, tzinfo=dt.UTC))  # Saturday 23:00 in Paris
    message = store("+33612345678", "Le technicien arrive", due_at=fake_clock.now() + dt.timedelta(hours=9))

    assert outbox.send_now(message.id).due_at == fake_clock.now()


def test_send_now_on_a_final_message_is_refused(
    db: Database, outbox: OutboxService, store: Callable[..., Message]
):
    message = store("+33612345678", "x")
    outbox.cancel(message.id)

    with pytest.raises(OutboxError, match="transition_not_allowed"):
        outbox.send_now(message.id)


def test_get_unknown_message(outbox: OutboxService):
    with pytest.raises(NotFoundError):
        outbox.get(999)


def test_list_count_and_details(
    db: Database,
    outbox: OutboxService,
    accounts: FakeAccounts,
    fake_clock: FakeClock,
    store: Callable[..., Message],
):
    first = store("+33612345678", "Un")
    fake_clock.advance(60)
    second = store("+33612345679", "Deux", template_id=None)
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


def test_transition_checks_the_current_status(
    db: Database, outbox: OutboxService, store: Callable[..., Message]
):
    message = store("+33612345678", "x")
    with db.session() as session, pytest.raises(IllegalTransitionError):
        repo.transition(session, message.id, S.DELIVERED, dt.datetime.now(dt.UTC))


def test_get_many_refuses_an_unknown_id(outbox: OutboxService, db: Database, store: Callable[..., Message]):
    message = store("+33612345678", "Bonjour")

    with db.read() as session:
        assert [m.id for m in repo.get_many(session, [message.id, message.id])] == [message.id] * 2
        with pytest.raises(NotFoundError):
            repo.get_many(session, [message.id, message.id + 1])
