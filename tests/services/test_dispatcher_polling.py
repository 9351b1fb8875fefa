"""Delivery status polling and inbound replies (stored once, then applied by the inbox's step)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    Interpretation,
    MessageStatus,
    NumberStatus,
)
from desktop.providers.base import Capabilities, DeliveryState, InboundSms
from desktop.services.clients import ClientService
from desktop.storage.db import Database
from desktop.storage.repositories import inbound as inbound_repo
from tests.services.dispatch_fakes import FULL
from tests.services.dispatcher_env import Env, make_env

S = MessageStatus


@pytest.fixture
def env(db: Database, fake_clock: FakeClock) -> Env:
    return make_env(db, fake_clock)


def _client(env: Env, mobile: str = "0612345678") -> int:
    return ClientService(env.db, env.hub).create(ClientDraft(first_name="Claire", mobile=mobile))


def _sent(env: Env, **kw: object) -> tuple[int, str]:
    message = env.queue(**kw)  # type: ignore[arg-type]
    env.dispatcher().run_once()
    sent = env.get(message.id)
    assert sent.status is S.SENT and sent.provider_message_id
    return message.id, sent.provider_message_id


def test_status_is_polled_with_backoff_until_delivered(env: Env):
    message_id, provider_id = _sent(env)
    dispatcher = env.dispatcher()
    sent_at = env.clock.now()

    dispatcher.run_once()
    assert env.provider.status_calls == []  # the first poll waits 10 s

    polls: list[float] = []
    for _ in range(4):
        next_poll = env.outbox.details([message_id])[message_id].next_attempt_at
        assert next_poll is not None
        env.clock.set(next_poll)
        polls.append((next_poll - sent_at).total_seconds())
        dispatcher.run_once()
    assert polls == [10, 20, 40, 80]
    assert len(env.provider.status_calls) == 4

    env.provider.set_status(provider_id, DeliveryState.DELIVERED)
    env.clock.set(env.outbox.details([message_id])[message_id].next_attempt_at or env.clock.now())
    report = dispatcher.run_once()

    delivered = env.get(message_id)
    assert delivered.status is S.DELIVERED and report.delivered == 1
    assert env.outbox.details([message_id])[message_id].next_attempt_at is None
    env.later(3600)
    dispatcher.run_once()
    assert len(env.provider.status_calls) == 5  # no more polling once final


def test_undelivered_keeps_the_providers_code(env: Env):
    message_id, provider_id = _sent(env)
    env.provider.set_status(provider_id, DeliveryState.UNDELIVERED)
    env.later(30)

    report = env.dispatcher().run_once()

    result = env.get(message_id)
    assert (result.status, result.error_code, report.undelivered) == (S.UNDELIVERED, "undelivered", 1)
    assert [h.status for h in result.history][-2:] == [S.SENT, S.UNDELIVERED]


def test_failed_later_for_an_invalid_number_marks_the_client(env: Env):
    client_id = _client(env)
    message_id, provider_id = _sent(env, to="0612345678")
    env.provider.set_status(provider_id, DeliveryState.FAILED, "invalid_number")
    env.later(30)

    env.dispatcher().run_once()

    assert (env.get(message_id).status, env.get(message_id).error_code) == (S.FAILED, "invalid_number")
    assert ClientService(env.db, env.hub).get(client_id).number_status is NumberStatus.INVALID


def test_expired(env: Env):
    message_id, provider_id = _sent(env)
    env.provider.set_status(provider_id, DeliveryState.EXPIRED)
    env.later(30)

    assert env.dispatcher().run_once().expired == 1
    assert env.get(message_id).status is S.EXPIRED


def test_polling_gives_up_after_two_days(env: Env):
    message_id, _ = _sent(env)
    dispatcher = env.dispatcher()
    while (when := env.outbox.details([message_id])[message_id].next_attempt_at) is not None:
        env.clock.set(when)
        dispatcher.run_once()

    assert env.get(message_id).status is S.SENT
    assert env.clock.now() - (env.get(message_id).sent_at or env.clock.now()) >= dt.timedelta(hours=48)
    assert len(env.provider.status_calls) < 60


def test_no_polling_without_the_capability(db: Database, fake_clock: FakeClock):
    env = make_env(db, fake_clock)
    env.provider.capabilities = Capabilities(**{**FULL.__dict__, "delivery_status": False})
    message_id, _ = _sent(env)

    env.later(3600)
    env.dispatcher().run_once()

    assert env.provider.status_calls == []
    assert env.outbox.details([message_id])[message_id].next_attempt_at is None


# ---------------------------------------------------------------------------------------- replies


def _reply(provider_id: str, text: str, sender: str = "+33612345678") -> InboundSms:
    return InboundSms(
        provider_id, sender, text, dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC), to="+33700000000"
    )


def test_replies_are_stored_once_and_matched_to_the_client(env: Env):
    client_id = _client(env)
    env.provider.inbound += [
        _reply("R1", "Oui je confirme"),
        _reply("R2", "À quelle heure ?", "+33698765432"),
    ]
    dispatcher = env.dispatcher()

    report = dispatcher.run_once()
    env.provider.inbound.append(_reply("R1", "Oui je confirme"))  # the provider lists it again
    again = dispatcher.run_once()

    with env.db.read() as session:
        stored = inbound_repo.list_recent(session)
    assert report.inbound == 2 and again.inbound == 0
    # Stored as received: what a reply means and does is the inbox's step (tests/services/test_inbox_apply.py).
    assert sorted((m.provider_id, m.client_id, m.interpretation, m.applied) for m in stored) == [
        ("R1", client_id, Interpretation.UNKNOWN, False),
        ("R2", None, Interpretation.UNKNOWN, False),
    ]
    assert all(not m.handled for m in stored)
    assert env.accounts.cursors[env.accounts.default().id] is not None
    assert any(c.inbound for c in env.published)


def test_the_replies_step_runs_after_the_replies_are_stored(env: Env):
    seen: list[int] = []

    class Replies:
        def apply_replies(self) -> tuple[int, int]:
            with env.db.read() as session:
                seen.append(len(inbound_repo.pending(session)))
            return 1, 1

    env.provider.inbound.append(_reply("R1", "STOP"))
    report = env.dispatcher(replies=Replies()).run_once()

    assert seen == [1]
    assert (report.replies_applied, report.opt_outs) == (1, 1)


def test_accounts_without_inbound_polling_are_not_asked(db: Database, fake_clock: FakeClock):
    env = make_env(db, fake_clock)
    env.provider.capabilities = Capabilities(**{**FULL.__dict__, "inbound_polling": False})
    env.provider.inbound.append(_reply("R1", "STOP"))

    assert env.dispatcher().run_once().inbound == 0
    assert env.accounts.cursors == {}
