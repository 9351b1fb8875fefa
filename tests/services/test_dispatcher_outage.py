"""A provider that fails for a long time: bounded requests, growing intervals, « Échec » in the end, and the
account's other messages waiting while its sending is paused — against the fake Twilio on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.clock import FakeClock
from desktop.core.entities import MessageStatus, ProviderAccount
from desktop.providers import twilio
from desktop.providers.registry import ProviderEnv
from desktop.services.changes import ChangeHub
from desktop.services.dispatch import policy
from desktop.services.dispatch.dispatcher import Dispatcher
from desktop.services.dispatch.report import DispatcherStatus
from desktop.services.outbox import OutboxService
from desktop.settings import Settings
from desktop.storage.db import Database
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.providers.fakeserver import Fault, Request
from tests.services.dispatch_fakes import FakeAccounts
from tests.services.stored import Storer

S = MessageStatus


class Outage:
    """The fake Twilio answering 500 to every send (reads still work), and when each send came."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.server = FakeTwilio(now=clock.now)
        self.server.fault_filter = self._is_send
        self.server.always = Fault.ERROR_500
        self.sends: list[tuple[dt.datetime, str]] = []

    def _is_send(self, request: Request) -> bool:
        if request.method != "POST" or not request.path.endswith("/Messages.json"):
            return False
        self.sends.append((self.clock.now(), request.form()["To"][0]))
        return True

    def intervals(self, to: str) -> list[float]:
        times = [when for when, number in self.sends if number == to]
        return [(b - a).total_seconds() for a, b in itertools.pairwise(times)]


@pytest.fixture
def outage(fake_clock: FakeClock) -> Iterator[Outage]:
    world = Outage(fake_clock)
    with world.server:
        yield world


@pytest.fixture
def messages() -> int:
    """How many messages are queued for the failing account (a test may override it)."""
    return 5


@pytest.fixture
def dispatcher(
    db: Database, fake_clock: FakeClock, outage: Outage, tmp_path: Path, messages: int
) -> Iterator[Dispatcher]:
    account = ProviderAccount(
        1,
        "Twilio",
        "twilio",
        "BOUTIQUE",
        outage.server.base_url,
        {"account_sid": ACCOUNT_SID},
        5.0,
        8,
        True,
        False,
    )
    env = ProviderEnv(data_dir=tmp_path, clock=fake_clock, connect_timeout=2.0, read_timeout=2.0)
    adapter = twilio.create(account, {"auth_token": AUTH_TOKEN}, env)
    accounts = FakeAccounts(db)
    accounts.add("Twilio", adapter, default=True, rate=5.0)
    hub = ChangeHub()
    storer = Storer(db, OutboxService(db, hub, fake_clock), accounts, fake_clock)
    for i in range(messages):
        storer.store(f"+3361234567{i}", f"Vos lunettes sont prêtes ({i}).")
    yield Dispatcher(
        db,
        hub,
        accounts,
        fake_clock,
        settings_provider=Settings,
        worker_id="desk-1",
        max_workers=1,
        rng=random.Random(3),
    )
    adapter.close()


def _statuses(db: Database) -> dict[int, tuple[MessageStatus, int, str | None]]:
    outbox = OutboxService(db, ChangeHub(), FakeClock())
    return {m.id: (m.status, m.attempts, m.error_code) for m in outbox.list(None, limit=100)}


def _run_until_all_failed(db: Database, fake_clock: FakeClock, dispatcher: Dispatcher) -> None:
    for _ in range(2000):  # hours of fake time, a step a minute
        if all(s is S.FAILED for s, _, _ in _statuses(db).values()):
            return
        fake_clock.advance(60)
        dispatcher.run_once()


@pytest.mark.parametrize("messages", [1])
def test_one_message_to_a_provider_failing_forever_fails_after_spaced_attempts(
    db: Database, fake_clock: FakeClock, outage: Outage, dispatcher: Dispatcher
):
    dispatcher.run_once()
    _run_until_all_failed(db, fake_clock, dispatcher)

    assert _statuses(db) == {1: (S.FAILED, policy.MAX_ATTEMPTS, policy.RETRIES_EXHAUSTED)}
    intervals = outage.intervals("+33612345670")
    assert len(intervals) == policy.MAX_ATTEMPTS - 1  # six requests in all, then « Échec »
    for attempt, interval in enumerate(intervals, start=1):  # 30 s, 1 min, 2 min, 4 min, 8 min (±20 %)
        expected = policy.BACKOFF_BASE * 2 ** (attempt - 1)
        assert expected * (1 - policy.JITTER) <= interval <= expected * (1 + policy.JITTER) + 60
    assert intervals == sorted(intervals)


def test_a_provider_failing_forever_gets_a_bounded_number_of_spaced_requests(
    db: Database, fake_clock: FakeClock, outage: Outage, dispatcher: Dispatcher
):
    first = dispatcher.run_once()

    # Three 500s in a row trip the breaker: the two other messages are not tried, and keep their attempts.
    assert len(outage.sends) == policy.BREAKER_THRESHOLD
    statuses = _statuses(db)
    assert sorted(s for s, _, _ in statuses.values()) == sorted([S.UNCERTAIN] * 3 + [S.QUEUED] * 2)
    assert [a for s, a, _ in statuses.values() if s is S.QUEUED] == [0, 0]
    assert first.released == 2 and first.sent == 0
    assert dispatcher.state.status is DispatcherStatus.ERROR and dispatcher.state.code == "provider_paused"

    paused_until = fake_clock.now() + dt.timedelta(seconds=policy.BREAKER_PAUSE)
    fake_clock.advance(policy.BREAKER_PAUSE - 1)
    dispatcher.run_once()
    assert len(outage.sends) == policy.BREAKER_THRESHOLD  # nothing while paused, not even for the due ones

    _run_until_all_failed(db, fake_clock, dispatcher)

    final = _statuses(db)
    assert set(final.values()) == {(S.FAILED, policy.MAX_ATTEMPTS, policy.RETRIES_EXHAUSTED)}
    assert len(outage.sends) == 5 * policy.MAX_ATTEMPTS  # bounded: each message its attempts, no more
    after_trip = [when for when, _ in outage.sends[policy.BREAKER_THRESHOLD :]]
    assert after_trip[0] >= paused_until
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(after_trip)]
    assert min(gaps) >= policy.BREAKER_PAUSE  # one probe per pause, never two sends at once
    for i in range(5):
        intervals = outage.intervals(f"+3361234567{i}")
        assert len(intervals) == policy.MAX_ATTEMPTS - 1
        assert intervals == sorted(intervals) and intervals[-1] > intervals[0]  # they grow
    detail = OutboxService(db, ChangeHub(), fake_clock).details([1])[1].error_detail
    assert detail.startswith("server_error")  # the last error, for the French explanation's detail


def test_sending_resumes_for_every_waiting_message_once_the_probe_succeeds(
    db: Database, fake_clock: FakeClock, outage: Outage, dispatcher: Dispatcher
):
    dispatcher.run_once()
    assert len(outage.sends) == policy.BREAKER_THRESHOLD
    outage.server.always = None  # the provider is back

    fake_clock.advance(policy.BACKOFF_BASE * (1 + policy.JITTER) + 1)  # the breaker's pause, the look-ups
    report = dispatcher.run_once()

    assert report.sent == 5  # the probe, then all the others in the same pass
    assert {s for s, _, _ in _statuses(db).values()} == {S.SENT}
    assert len(outage.server.outbound()) == 5  # each message once: the 500s created nothing
    assert dispatcher.state.status is DispatcherStatus.IDLE
