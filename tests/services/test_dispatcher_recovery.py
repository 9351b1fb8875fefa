"""Crash and time-out safety: uncertain messages, stale claims, reconciliation before any resend."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event

from desktop.cli import messaging
from desktop.core.clock import FakeClock
from desktop.core.entities import MessageStatus
from desktop.providers.base import Capabilities, OutgoingSms, PermanentError, TransientError
from desktop.storage.db import Database
from desktop.storage.repositories import message_dispatch as claims
from tests.services.dispatch_fakes import FULL, ScriptedProvider
from tests.services.dispatcher_env import Env, make_env

S = MessageStatus
TIMEOUT = TransientError("timeout", "no answer in time", may_have_been_sent=True)


@pytest.fixture
def env(db: Database, fake_clock: FakeClock) -> Env:
    return make_env(db, fake_clock)


def _crash_while_sending(env: Env, worker: str, *ids: int) -> None:
    """What a dispatcher killed after its claim leaves behind: committed claims, nothing else."""
    with env.db.session() as session:
        assert claims.claim(session, list(ids), worker, env.clock.now()) == sorted(ids)


def test_a_lost_answer_is_found_by_reconciliation(env: Env):
    message = env.queue()
    env.provider.script(message.to, ("lost", TIMEOUT))
    dispatcher = env.dispatcher()

    report = dispatcher.run_once()
    uncertain = env.get(message.id)
    assert (uncertain.status, uncertain.error_code, report.uncertain) == (S.UNCERTAIN, "timeout", 1)

    env.later(30)
    report = dispatcher.run_once()

    found = env.get(message.id)
    assert found.status is S.SENT
    assert found.provider_message_id == env.provider.received[0].provider_id
    assert found.history[-1].detail == "reconciled_found"
    assert report.reconciled_sent == 1
    assert len(env.provider.received) == 1  # never sent twice
    sms, since = env.provider.lookups[0]
    assert (sms.to, sms.body) == (message.to, message.body)
    assert since <= uncertain.history[1].at  # the lookup starts before the claim (clock margin)


def test_nothing_found_means_safe_to_send_once(env: Env):
    message = env.queue()
    env.provider.script(message.to, TIMEOUT)  # the request never reached the provider
    dispatcher = env.dispatcher()
    dispatcher.run_once()

    env.later(30)
    report = dispatcher.run_once()

    sent = env.get(message.id)
    assert sent.status is S.SENT
    assert report.reconciled_requeued == 1 and report.sent == 1
    assert len(env.provider.received) == 1
    details = [h.detail for h in sent.history]
    assert details.index("reconciled_absent") < details.index("accepted")


def test_a_provider_that_cannot_tell_leaves_it_to_the_user(env: Env):
    message = env.queue()
    env.provider.script(message.to, ("lost", TIMEOUT))
    env.provider.lookup_error = PermanentError("not_supported", "too many messages")
    dispatcher = env.dispatcher()
    dispatcher.run_once()
    env.later(30)

    report = dispatcher.run_once()
    for _ in range(3):
        env.later(3600)
        dispatcher.run_once()

    stuck = env.get(message.id)
    assert (stuck.status, stuck.error_code) == (S.UNCERTAIN, "cannot_verify")
    assert report.left_to_user == 1
    assert len(env.provider.lookups) == 1  # asked once, then left alone
    assert len(env.provider.received) == 1  # never resent automatically
    assert env.outbox.details([message.id])[message.id].next_attempt_at is None


def test_without_reconciliation_capability_it_stays_uncertain(db: Database, fake_clock: FakeClock):
    env = make_env(db, fake_clock)
    env.provider.capabilities = Capabilities(**{**FULL.__dict__, "reconciliation": False})
    message = env.queue()
    env.provider.script(message.to, TIMEOUT)
    dispatcher = env.dispatcher()
    dispatcher.run_once()
    env.later(30)

    dispatcher.run_once()

    assert env.get(message.id).error_code == "cannot_verify"
    assert env.provider.lookups == [] and env.provider.received == []


def test_user_retry_after_cannot_verify(env: Env):
    message = env.queue()
    env.provider.script(message.to, TIMEOUT)
    env.provider.lookup_error = PermanentError("not_supported")
    dispatcher = env.dispatcher()
    dispatcher.run_once()
    env.later(30)
    dispatcher.run_once()

    env.outbox.retry(message.id)  # the user decided to send it again
    dispatcher.run_once()

    assert env.get(message.id).status is S.SENT


def test_provider_unreachable_during_lookup_tries_again_later(env: Env):
    message = env.queue()
    env.provider.script(message.to, ("lost", TIMEOUT))
    dispatcher = env.dispatcher()
    dispatcher.run_once()
    env.later(30)
    env.provider.lookup_error = TransientError("connection_error")

    report = dispatcher.run_once()

    waiting = env.get(message.id)
    assert waiting.status is S.UNCERTAIN and report.errors["connection_error"] == 1
    next_try = env.outbox.details([message.id])[message.id].next_attempt_at
    assert next_try is not None and next_try >= env.clock.now() + dt.timedelta(minutes=2)

    env.provider.lookup_error = None
    env.clock.set(next_try)
    dispatcher.run_once()
    assert env.get(message.id).status is S.SENT
    assert len(env.provider.received) == 1


def test_a_provider_that_cannot_be_asked_for_a_day_leaves_it_to_the_user(env: Env):
    message = env.queue()
    env.provider.script(message.to, ("lost", TIMEOUT))
    env.provider.lookup_error = TransientError("server_error")
    dispatcher = env.dispatcher()
    dispatcher.run_once()

    while (due := env.outbox.details([message.id])[message.id].next_attempt_at) is not None:
        env.clock.set(due)
        dispatcher.run_once()

    left = env.get(message.id)
    assert (left.status, left.error_code) == (S.UNCERTAIN, "cannot_verify")
    assert dt.timedelta(hours=24) <= env.clock.now() - left.history[1].at <= dt.timedelta(hours=25)
    assert len(env.provider.lookups) < 40  # bounded: doubling up to one an hour
    assert len(env.provider.received) == 1  # never resent blindly


def test_a_candidate_already_bound_to_another_message_is_not_reused(env: Env):
    first = env.queue(body="Même texte")
    dispatcher = env.dispatcher()
    dispatcher.run_once()  # first is sent: P1
    second = env.queue(body="Même texte")
    env.provider.script(second.to, TIMEOUT)  # never reached the provider
    dispatcher.run_once()
    env.later(30)

    dispatcher.run_once()

    assert env.get(second.id).status is S.SENT
    assert env.get(second.id).provider_message_id != env.get(first.id).provider_message_id
    assert len(env.provider.received) == 2


def test_stale_claims_after_a_crash_are_reconciled_not_resent(env: Env):
    reached = env.queue("+33612345671", "Parti avant le crash")
    not_reached = env.queue("+33612345672", "Pas parti")
    _crash_while_sending(env, "desk-1", reached.id, not_reached.id)
    env.provider.send(OutgoingSms(reached.to, reached.body, "BOUTIQUE", reached.idempotency_key))
    env.later(5)

    report = env.dispatcher("desk-1").run_once()  # the same desk restarts

    assert report.interrupted == 2
    assert env.get(reached.id).status is S.SENT
    assert env.get(reached.id).provider_message_id == env.provider.received[0].provider_id
    assert env.get(not_reached.id).status is S.SENT
    assert sorted(env.provider.bodies()) == ["Parti avant le crash", "Pas parti"]
    history = [h.detail for h in env.get(reached.id).history]
    assert history == ["queued", "claimed:desk-1", "interrupted", "reconciled_found"]


def test_another_desks_fresh_claim_is_left_alone_until_its_lease_ends(env: Env):
    message = env.queue()
    _crash_while_sending(env, "desk-2", message.id)
    dispatcher = env.dispatcher("desk-1")

    assert dispatcher.run_once().interrupted == 0
    assert env.get(message.id).status is S.SENDING

    env.later(10 * 60 + 1)
    dispatcher.run_once()
    assert env.get(message.id).status is S.SENT
    assert len(env.provider.received) == 1


def test_an_uncertain_message_can_be_cancelled_but_not_resent_directly(env: Env):
    message = env.queue()
    env.provider.script(message.to, TIMEOUT)
    env.dispatcher().run_once()

    assert env.outbox.cancel(message.id).status is S.CANCELLED
    env.later(60)
    env.dispatcher().run_once()
    assert env.provider.lookups == [] and env.provider.received == []


def test_sends_the_full_disk_did_not_let_us_record_are_not_counted_as_sent(
    env: Env, capsys: pytest.CaptureFixture[str]
):
    ids = [env.queue(f"+336123456{i:02d}", f"Message numéro {i}").id for i in range(5)]
    # Long provider ids: recording a send needs new database pages (overflow pages of the id's index).
    env.provider = ScriptedProvider(env.clock, prefix="SM" + "0" * 3000)
    env.accounts.providers[env.accounts.default().id] = env.provider
    disk_full = False

    def fill_the_disk() -> None:  # while the first SMS is on its way, the disk fills up
        nonlocal disk_full
        disk_full = True

    @event.listens_for(env.db.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        if disk_full:  # SQLite's own "database or disk is full" for any page more: the real error path
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    env.provider.script("+33612345600", fill_the_disk)
    dispatcher = env.dispatcher()

    report = dispatcher.run_once()

    taken = len(env.provider.received)
    assert taken >= 1  # the provider took them…
    assert report.sent == 0 and report.unrecorded == taken  # …but none is counted as sent
    assert dispatcher.state.code == "disk_full"
    statuses = [env.get(i).status for i in ids]
    assert statuses.count(S.SENDING) == taken  # the database still says « not known yet »
    messaging._print_summary(report)
    out = capsys.readouterr().out
    assert "envoyé(s)," not in out and f"{taken} envoyé(s) sans avoir pu l'enregistrer" in out

    disk_full = False  # space freed: the next run finds them at the provider, and sends nothing twice
    event.remove(env.db.engine, "connect", _cap)
    env.later(60)
    again = dispatcher.run_once()
    assert again.interrupted == taken and again.reconciled_sent == taken
    assert {env.get(i).status for i in ids} == {S.SENT}
    assert len(env.provider.received) == 5
