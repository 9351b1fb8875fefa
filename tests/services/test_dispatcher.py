"""The dispatcher's sending: claims, compliance at claim time, results, retries, fallback, pace, state."""

from __future__ import annotations

import datetime as dt
import itertools
import threading

import pytest

from desktop.core import catalogue
from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    MessageKind,
    MessageStatus,
    NumberStatus,
    Purpose,
)
from desktop.core.phones import hash_number
from desktop.providers.base import DeliveryState, PermanentError, TransientError
from desktop.services.clients import ClientService
from desktop.services.dispatch.report import DispatcherState, DispatcherStatus
from desktop.services.outbox import ReadyMessage
from desktop.storage.db import Database
from desktop.storage.repositories import consent as consent_repo
from tests.services.dispatch_fakes import ScriptedProvider
from tests.services.dispatcher_env import Env, make_env

S = MessageStatus
PARIS_SATURDAY_21H = dt.datetime(2026, 11, 28, 20, 0, tzinfo=dt.UTC)
PARIS_MONDAY_8H = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)


@pytest.fixture
def env(db: Database, fake_clock: FakeClock) -> Env:
    return make_env(db, fake_clock)


def _client(env: Env, mobile: str = "0612345678", *, promotions: bool = False) -> int:
    clients = ClientService(env.db, env.hub)
    client_id = clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile=mobile))
    if promotions:
        clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM
        )
    return client_id


def test_due_messages_leave_once_with_their_history(env: Env):
    ids = [env.queue(f"+3361234567{i}", f"Message {i}").id for i in range(3)]

    report = env.dispatcher().run_once()

    assert sorted(env.provider.bodies()) == ["Message 0", "Message 1", "Message 2"]
    assert (report.claimed, report.sent) == (3, 3)
    for message_id in ids:
        message = env.get(message_id)
        assert message.status is S.SENT
        assert message.provider_message_id is not None
        assert message.sent_at is not None and message.sent_at <= env.clock.now()
        assert [h.status for h in message.history] == [S.QUEUED, S.SENDING, S.SENT]
        assert message.history[1].detail == "claimed:desk-1"
        assert message.attempts == 1
    assert env.dispatcher().run_once().claimed == 0
    assert len(env.provider.received) == 3


def test_what_is_sent_is_the_stored_text_with_sender_and_reference(env: Env):
    message = env.queue(body="Bonjour", idempotency_key="rdv-1")

    env.dispatcher().run_once()

    sms = env.provider.received[0].sms
    assert (sms.to, sms.body, sms.sender, sms.reference) == ("+33612345678", "Bonjour", "BOUTIQUE", "rdv-1")
    assert env.get(message.id).provider_message_id == env.provider.received[0].provider_id


def test_messages_not_yet_due_wait(env: Env):
    message = env.queue(due_at=env.clock.now() + dt.timedelta(hours=1))

    assert env.dispatcher().run_once().claimed == 0
    env.later(3600)
    env.dispatcher().run_once()

    assert env.get(message.id).status is S.SENT


def test_urgent_messages_are_claimed_first(env: Env):
    env.queue(body="normal")
    env.queue(body="urgent", urgent=True)

    env.dispatcher(batch_size=1).run_once()

    assert env.provider.bodies() == ["urgent", "normal"]


# ---------------------------------------------------------------------------------------- compliance


def test_opted_out_since_queuing_is_cancelled_not_sent(env: Env):
    client_id = _client(env)
    message = env.queue("0612345678", "Rappel")
    ClientService(env.db, env.hub).opt_out(client_id)

    report = env.dispatcher().run_once()

    result = env.get(message.id)
    assert (result.status, result.error_code) == (S.CANCELLED, "recipient_opted_out")
    assert report.cancelled == 1 and env.provider.received == []


def test_suppressed_number_without_client_is_cancelled(env: Env):
    message = env.queue("+33698765432", "Bonjour")
    with env.db.session() as session:
        consent_repo.suppress(session, hash_number("+33698765432"), "all", "sms_reply", env.clock.now())

    env.dispatcher().run_once()

    assert env.get(message.id).status is S.CANCELLED


def test_promotional_withdrawal_stops_promotions_only(env: Env):
    client_id = _client(env)
    ClientService(env.db, env.hub).record_consent(
        client_id, ConsentPurpose.PROMOTIONAL, ConsentState.WITHDRAWN, ConsentSource.USER
    )
    promo = env.queue("0612345678", "Promo", purpose=Purpose.PROMOTIONAL)
    info = env.queue("0612345678", "Lunettes disponibles")

    env.dispatcher().run_once()

    assert env.get(promo.id).status is S.CANCELLED
    assert env.get(info.id).status is S.SENT


def test_known_invalid_number_is_cancelled(env: Env):
    client_id = _client(env)
    message = env.queue("0612345678", "Bonjour")
    with env.db.session() as session:
        from desktop.storage.repositories import clients as clients_repo

        clients_repo.set_number_status(session, client_id, NumberStatus.INVALID)

    env.dispatcher().run_once()

    assert (env.get(message.id).status, env.get(message.id).error_code) == (S.CANCELLED, "invalid_number")


def test_promotion_on_saturday_evening_waits_for_monday_morning(env: Env):
    env.clock.set(PARIS_SATURDAY_21H)
    _client(env, promotions=True)
    message = env.queue("0612345678", "Soldes", purpose=Purpose.PROMOTIONAL)

    report = env.dispatcher().run_once()

    deferred = env.get(message.id)
    assert (deferred.status, deferred.due_at) == (S.DEFERRED, PARIS_MONDAY_8H)
    assert deferred.history[-1].detail == "outside_hours"
    assert report.deferred == 1 and env.provider.received == []

    env.clock.set(PARIS_MONDAY_8H - dt.timedelta(minutes=1))
    assert env.dispatcher().run_once().claimed == 0
    env.clock.set(PARIS_MONDAY_8H)
    env.dispatcher().run_once()
    assert env.get(message.id).status is S.SENT
    assert [h.status for h in env.get(message.id).history] == [S.QUEUED, S.DEFERRED, S.SENDING, S.SENT]


def test_transactional_messages_leave_at_night(env: Env):
    env.clock.set(PARIS_SATURDAY_21H)
    message = env.queue("0612345678", "Le technicien arrive")

    env.dispatcher().run_once()

    assert env.get(message.id).status is S.SENT


def test_survey_to_a_number_without_client_uses_the_number_region(env: Env):
    env.clock.set(dt.datetime(2026, 11, 30, 4, 30, tzinfo=dt.UTC))  # 05:30 Paris, 08:30 Réunion
    paris = env.queue("+33612345678", "Votre avis ?", purpose=Purpose.SURVEY)
    reunion = env.queue("+262692123456", "Votre avis ?", purpose=Purpose.SURVEY)

    env.dispatcher().run_once()

    assert env.get(paris.id).status is S.DEFERRED
    assert env.get(reunion.id).status is S.SENT


@pytest.mark.parametrize(
    ("consent", "with_client", "code"),
    [
        (ConsentState.UNKNOWN, True, "no_promotional_consent"),
        (ConsentState.WITHDRAWN, True, "recipient_opted_out"),
        (None, False, "promotion_not_a_client"),
    ],
)
def test_a_promotion_stored_without_granted_consent_is_cancelled_at_claim_time(
    env: Env, consent: ConsentState | None, with_client: bool, code: str
):
    """Queued by an older version, an import that changed consent, another desk: it never leaves."""
    if with_client:
        client_id = _client(env)
        if consent is ConsentState.WITHDRAWN:
            ClientService(env.db, env.hub).record_consent(
                client_id, ConsentPurpose.PROMOTIONAL, consent, ConsentSource.USER
            )
    promo = env.queue("0612345678", "-20 % ce week-end", purpose=Purpose.PROMOTIONAL)
    info = env.queue("0612345678", "Vos lunettes sont prêtes")

    report = env.dispatcher().run_once()

    assert (env.get(promo.id).status, env.get(promo.id).error_code) == (S.CANCELLED, code)
    assert env.get(info.id).status is S.SENT
    assert env.provider.bodies() == ["Vos lunettes sont prêtes"]
    assert report.cancelled == 1
    assert catalogue.has(code)


def test_a_reminder_stops_at_a_stop_rappel_but_other_messages_go(env: Env):
    client_id = _client(env)
    reminder = env.queue("0612345678", "Rappel : RDV demain 10h", kind=MessageKind.REMINDER)
    ready = env.queue("0612345678", "Vos lunettes sont prêtes")
    with env.db.session() as session:
        consent_repo.suppress(session, hash_number("+33612345678"), "reminders", "sms_reply", env.clock.now())

    env.dispatcher().run_once()

    assert (env.get(reminder.id).status, env.get(reminder.id).error_code) == (
        S.CANCELLED,
        "recipient_opted_out",
    )
    assert env.get(ready.id).status is S.SENT
    assert client_id


def test_the_confirmation_of_an_opt_out_still_reaches_the_number(env: Env):
    with env.db.session() as session:
        consent_repo.suppress(session, hash_number("+33698765432"), "all", "sms_reply", env.clock.now())
    confirmation = env.queue(
        "+33698765432", "Vous ne recevrez plus nos SMS.", kind=MessageKind.OPT_OUT_CONFIRMATION
    )
    other = env.queue("+33698765432", "Bonjour")

    env.dispatcher().run_once()

    assert env.get(confirmation.id).status is S.SENT
    assert env.get(other.id).status is S.CANCELLED


# ---------------------------------------------------------------------------------------- results


def test_transient_errors_retry_with_backoff_on_the_clock(env: Env):
    message = env.queue()
    env.provider.script(message.to, TransientError("server_error"), TransientError("connection_error"), "ok")
    dispatcher = env.dispatcher()
    start = env.clock.now()

    report = dispatcher.run_once()
    first = env.get(message.id)
    assert (first.status, first.error_code, first.attempts, report.retried) == (
        S.QUEUED,
        "server_error",
        1,
        1,
    )
    assert start + dt.timedelta(seconds=24) <= first.due_at <= start + dt.timedelta(seconds=36)  # 30 s ±20 %

    assert dispatcher.run_once().claimed == 0  # not yet due
    env.clock.set(first.due_at)
    dispatcher.run_once()
    second = env.get(message.id)
    assert (second.status, second.attempts) == (S.QUEUED, 2)
    assert dt.timedelta(seconds=48) <= second.due_at - first.due_at <= dt.timedelta(seconds=72)  # 1 min

    env.clock.set(second.due_at)
    dispatcher.run_once()
    done = env.get(message.id)
    assert (done.status, done.attempts, done.error_code) == (S.SENT, 3, None)
    assert [h.detail for h in done.history if h.status is S.QUEUED][1:] == [
        "retry:server_error",
        "retry:connection_error",
    ]
    assert env.clock.slept == []  # nobody slept: back-off is a due date, not a wait


def test_retry_after_is_honoured(env: Env):
    limited = env.queue("+33612345678", "a")
    busy = env.queue("+33612345679", "b")
    failed_at: dict[str, dt.datetime] = {}

    def answer(key: str, error: TransientError):
        def run() -> TransientError:
            failed_at[key] = env.clock.now()
            return error

        return run

    env.provider.script(limited.to, answer("limited", TransientError("rate_limited", retry_after=30.0)))
    env.provider.script(busy.to, answer("busy", TransientError("server_error", retry_after=600.0)))

    env.dispatcher().run_once()

    assert failed_at["busy"] - failed_at["limited"] >= dt.timedelta(seconds=30)  # the account paused
    due = env.get(limited.id).due_at
    assert (
        failed_at["limited"] + dt.timedelta(seconds=30) <= due <= failed_at["busy"] + dt.timedelta(seconds=36)
    )
    assert env.get(busy.id).due_at >= failed_at["busy"] + dt.timedelta(seconds=600)


def test_after_six_attempts_the_message_fails(env: Env):
    message = env.queue()
    env.provider.script(message.to, *[TransientError("timeout")] * 6)
    dispatcher = env.dispatcher()

    for _ in range(6):
        dispatcher.run_once()
        current = env.get(message.id)
        env.clock.set(current.due_at)

    failed = env.get(message.id)
    assert (failed.status, failed.error_code, failed.attempts) == (S.FAILED, "retries_exhausted", 6)
    assert env.outbox.details([message.id])[message.id].error_detail.startswith("timeout")
    assert env.provider.received == []


def test_permanent_error_fails_at_once(env: Env):
    message = env.queue()
    env.provider.script(message.to, PermanentError("cannot_route", "no route"))

    report = env.dispatcher().run_once()

    failed = env.get(message.id)
    assert (failed.status, failed.error_code, failed.attempts) == (S.FAILED, "cannot_route", 1)
    assert report.failed == 1 and report.errors["cannot_route"] == 1
    assert env.outbox.details([message.id])[message.id].final_at == env.clock.now()


def test_invalid_number_marks_the_client(env: Env):
    client_id = _client(env)
    message = env.queue("0612345678", "Bonjour")
    env.provider.script(message.to, PermanentError("invalid_number"))

    report = env.dispatcher().run_once()

    assert env.get(message.id).error_code == "invalid_number"
    assert ClientService(env.db, env.hub).get(client_id).number_status is NumberStatus.INVALID
    assert client_id in report.clients
    assert any(client_id in c.clients for c in env.published)


def test_provider_opt_out_records_the_withdrawal(env: Env):
    client_id = _client(env)
    message = env.queue("0612345678", "Bonjour")
    later = env.queue("0612345678", "Autre", due_at=env.clock.now() + dt.timedelta(hours=1))
    env.provider.script(message.to, PermanentError("opted_out"))

    env.dispatcher().run_once()

    client = ClientService(env.db, env.hub).get(client_id)
    assert client.transactional_consent is ConsentState.WITHDRAWN
    assert client.promotional_consent is ConsentState.WITHDRAWN
    history = ClientService(env.db, env.hub).consent_history(client_id)
    assert {e.source for e in history} == {ConsentSource.PROVIDER}
    env.later(3600)
    env.dispatcher().run_once()
    assert env.get(later.id).status is S.CANCELLED  # suppressed: never sent


def test_an_adapter_bug_makes_the_message_uncertain(env: Env):
    message = env.queue()
    env.provider.script(message.to, RuntimeError("bug in adapter"))

    env.dispatcher().run_once()

    assert (env.get(message.id).status, env.get(message.id).error_code) == (S.UNCERTAIN, "internal_error")


def test_an_account_without_adapter_fails_its_messages(env: Env):
    env.accounts.providers[env.accounts.default().id] = PermanentError("auth_failed", "missing secret")
    message = env.queue()

    states: list[DispatcherState] = []
    report = env.dispatcher(on_state=states.append).run_once()

    assert (env.get(message.id).status, env.get(message.id).error_code) == (S.FAILED, "auth_failed")
    assert report.errors["auth_failed"] >= 1  # the send, and the reply poll of the same account
    assert states[-1] == DispatcherState(DispatcherStatus.ERROR, "auth_failed")


def test_provider_reporting_a_final_state_at_once(env: Env):
    env.provider.send_state = DeliveryState.DELIVERED
    message = env.queue()

    report = env.dispatcher().run_once()

    assert env.get(message.id).status is S.DELIVERED
    assert report.delivered == 1


# ---------------------------------------------------------------------------------------- fallback


def test_repeated_account_failures_switch_to_the_fallback(env: Env):
    backup = ScriptedProvider(env.clock, prefix="B")
    fallback = env.accounts.add("Secours", backup, fallback=True, price=9)
    env.provider.default_script = [PermanentError("auth_failed")] * 50
    ids = [env.queue(f"+3361234567{i}", f"M{i}").id for i in range(5)]

    report = env.dispatcher().run_once()

    assert env.provider.received == []
    assert sorted(backup.bodies()) == ["M0", "M1", "M2", "M3", "M4"]
    for message_id in ids:
        message = env.get(message_id)
        assert (message.status, message.account_id, message.cost_cents) == (S.SENT, fallback.id, 9)
        assert message.attempts == 1  # failures of the account do not use up the message's attempts
    assert report.rerouted == 5
    assert any(h.detail.startswith("fallback:") for h in env.get(ids[0]).history)


def test_without_fallback_account_errors_fail_the_message(env: Env):
    message = env.queue()
    env.provider.script(message.to, PermanentError("insufficient_credit"))

    env.dispatcher().run_once()

    assert env.get(message.id).error_code == "insufficient_credit"


def test_fallback_promotion_gets_the_fallback_stop_mention(env: Env):
    env.accounts.stop_texts[env.accounts.default().id] = "STOP au 36111"
    backup = ScriptedProvider(env.clock, prefix="B")
    fallback = env.accounts.add("Secours", backup, fallback=True)
    env.accounts.stop_texts[fallback.id] = "STOP au 36222"
    _client(env, promotions=True)
    env.provider.default_script = [TransientError("server_error")] * 3
    messages = [env.queue("0612345678", f"Promo {i}", purpose=Purpose.PROMOTIONAL) for i in range(3)]
    dispatcher = env.dispatcher()
    dispatcher.run_once()  # three transient failures trip the default account
    late = env.queue("0612345678", "Promo tardive", purpose=Purpose.PROMOTIONAL)

    dispatcher.run_once()

    assert late.body == "Promo tardive\nSTOP au 36111"
    assert backup.bodies() == ["Promo tardive\nSTOP au 36222"]
    assert env.get(late.id).body == "Promo tardive\nSTOP au 36222"
    env.clock.set(max(env.get(m.id).due_at for m in messages))
    dispatcher.run_once()
    assert sorted(backup.bodies())[:3] == [f"Promo {i}\nSTOP au 36222" for i in range(3)]


def test_a_promotion_stored_without_the_mention_its_account_needs_gets_it_at_claim_time(env: Env):
    """As an older version queued them for Brevo (its adapter wrote the line): the gate's rule applies."""
    env.accounts.stop_texts[env.accounts.default().id] = "STOP au 36111"
    client_id = _client(env, promotions=True)
    ready = ReadyMessage(
        to="+33612345678", body="Promo", encoding="GSM-7", segments=1, cost_cents=7,
        purpose=Purpose.PROMOTIONAL, kind=MessageKind.MANUAL, account_id=env.accounts.default().id,
        due_at=env.clock.now(), client_id=client_id,
    )  # fmt: skip
    (stored,) = env.outbox.store([ready])

    report = env.dispatcher().run_once()

    assert env.provider.bodies() == ["Promo\nSTOP au 36111"]
    message = env.get(stored.id)
    assert (message.status, message.body, message.account_id) == (
        S.SENT,
        "Promo\nSTOP au 36111",
        ready.account_id,
    )
    assert "stop_mention" in [h.detail for h in message.history]
    assert report.rerouted == 0  # the same account: not a fallback


# ---------------------------------------------------------------------------------------- pace and state


def test_token_bucket_paces_each_account_on_the_clock(env: Env):
    env.accounts.set_rate(env.accounts.default().id, 2.0)
    for i in range(9):
        env.queue(f"+3361234560{i}", f"M{i}")

    env.dispatcher().run_once()

    times = [r.at for r in env.provider.received]
    assert len(times) == 9
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 1 / 2.0  # never faster than the account's rate
    assert (times[-1] - times[0]).total_seconds() == pytest.approx(8 / (2.0 * 0.98), rel=0.01)


def test_stopping_finishes_the_message_in_flight_and_releases_the_others(env: Env):
    stop = threading.Event()
    env.provider.default_script = [stop.set]
    ids = [env.queue(f"+3361234567{i}", f"M{i}").id for i in range(4)]

    report = env.dispatcher(max_workers=1).run_once(stop)

    statuses = [env.get(i).status for i in ids]
    assert statuses.count(S.SENT) == 1 and statuses.count(S.QUEUED) == 3
    assert report.released == report.claimed - 1 >= 1  # claimed, never on the wire: released
    released = next(env.get(i) for i in ids if env.get(i).status is S.QUEUED)
    assert released.attempts == 0 and released.history[-1].detail == "released"


def test_states_reported_while_running(env: Env):
    states: list[DispatcherState] = []
    env.queue()

    env.dispatcher(on_state=states.append).run_once()

    assert states == [DispatcherState(DispatcherStatus.SENDING), DispatcherState(DispatcherStatus.IDLE)]


def test_background_thread_sends_and_stops(env: Env):
    sent = threading.Event()
    env.hub.subscribe(lambda changes: sent.set() if changes.messages else None)
    dispatcher = env.dispatcher(idle_interval=0.01)
    states: list[DispatcherState] = []
    dispatcher.set_state_listener(states.append)
    message = env.queue()
    sent.clear()

    dispatcher.start()
    try:
        assert sent.wait(10)
    finally:
        dispatcher.stop()

    assert env.get(message.id).status is S.SENT
    assert dispatcher.state == DispatcherState(DispatcherStatus.STOPPED)
    assert states[-1].status is DispatcherStatus.STOPPED


def test_changes_are_published(env: Env):
    message = env.queue()
    env.published.clear()

    env.dispatcher().run_once()

    assert any(message.id in c.messages for c in env.published)
