"""Pace and exclusivity: sends in flight follow the provider's latency; one dispatcher per desk."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.clock import FakeClock
from desktop.core.entities import MessageStatus
from desktop.paths import DataFolderError
from desktop.providers.base import TransientError
from desktop.services.dispatch import policy
from desktop.services.dispatch.lanes import INLINE_ABOVE, INLINE_BELOW, Admission, Breaker, Concurrency, Lane
from desktop.services.dispatch.lock import InstanceLock, desk_worker_id
from desktop.storage.db import Database
from tests.services.dispatcher_env import make_env


def test_concurrency_starts_wide_then_follows_latency_over_cost():
    pace = Concurrency(8)
    assert pace.limit() == 8 and not pace.inline()  # unknown provider: assume a far one

    stop = threading.Event()
    assert pace.enter(stop)
    pace.leave(0.200, 0.001)  # a real provider: 200 ms away, 1 ms of work here
    assert pace.limit() == 8 and not pace.inline()

    fast = Concurrency(8)
    assert fast.enter(stop)
    fast.leave(0.0012, 0.0006)  # a local endpoint: the answer costs as much as the request
    assert fast.limit() == 2
    assert fast.inline()


def test_inline_has_hysteresis():
    pace = Concurrency(4)
    stop = threading.Event()
    pace.enter(stop)
    pace.leave(INLINE_BELOW / 2, INLINE_BELOW / 4)
    assert pace.inline()
    for _ in range(60):  # slower answers raise the floor slowly
        pace.enter(stop)
        pace.leave((INLINE_BELOW + INLINE_ABOVE) / 2, INLINE_BELOW / 4)
    assert pace.inline()  # between the thresholds: no flapping
    for _ in range(200):
        pace.enter(stop)
        pace.leave(INLINE_ABOVE * 5, INLINE_BELOW / 4)
    assert not pace.inline()


def test_a_full_gate_waits_and_lets_a_stop_through():
    pace = Concurrency(1)
    stop = threading.Event()
    assert pace.enter(stop)
    stop.set()
    assert pace.enter(stop) is False  # full and stopping: gives up instead of waiting
    pace.leave(None, None)
    assert pace.enter(threading.Event())


def test_lane_pause_after_429_is_waited_on_the_clock(fake_clock: FakeClock, db: Database):
    env = make_env(db, fake_clock, rate=10.0)
    lane = Lane(env.accounts.default(), fake_clock)
    start = fake_clock.monotonic()
    lane.pause(3.0)

    assert lane.wait_turn(threading.Event())
    assert fake_clock.monotonic() - start == pytest.approx(3.0)


def test_a_fast_provider_is_sent_inline_after_the_first_batch(db: Database, fake_clock: FakeClock):
    env = make_env(db, fake_clock)
    for i in range(5):
        env.queue(f"+3361234560{i}", f"M{i}")
    dispatcher = env.dispatcher(max_workers=4)
    assert dispatcher.sending_mode == "4 in flight"

    dispatcher.run_once()

    assert dispatcher.sending_mode == "on its own thread"  # the fake answers in microseconds
    assert {env.get(i).status for i in range(1, 6)} == {MessageStatus.SENT}


def test_worker_id_is_stable_per_desk_and_folder(tmp_path: Path):
    first = desk_worker_id(tmp_path / "a")
    assert first == desk_worker_id(tmp_path / "a")
    assert first != desk_worker_id(tmp_path / "b")
    assert len(first) <= 64


def test_only_one_dispatcher_per_data_folder(tmp_path: Path):
    first = InstanceLock.for_data_dir(tmp_path)
    second = InstanceLock.for_data_dir(tmp_path)
    assert first.acquire() and first.held
    assert first.acquire()  # idempotent for its holder
    assert not second.acquire()
    first.release()
    with second:
        assert second.acquire()
    assert not second.held


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_lock_file_that_cannot_be_written_stops_the_dispatcher_from_starting(tmp_path: Path):
    (tmp_path / "dispatcher.lock").symlink_to("/dev/full")  # the system refuses every write
    lock = InstanceLock.for_data_dir(tmp_path)
    with pytest.raises(DataFolderError) as refused:
        lock.acquire()
    assert not lock.held
    assert str(tmp_path) in refused.value.message()


def test_the_breaker_trips_after_three_outages_and_lets_one_probe_through(fake_clock: FakeClock):
    breaker = Breaker(fake_clock)
    assert not breaker.note("server_error") and not breaker.note("timeout")
    assert breaker.admission() is Admission.OPEN
    assert breaker.note("connection_error")  # the third in a row, whichever messages they were for
    assert breaker.admission() is Admission.CLOSED and breaker.holds_back(probe=False)
    assert not breaker.note("server_error")  # a send that left before it tripped does not trip it again

    fake_clock.advance(policy.BREAKER_PAUSE)
    assert breaker.admission() is Admission.PROBE
    breaker.probe_claimed()
    assert breaker.admission() is Admission.CLOSED  # one probe at a time
    assert not breaker.holds_back(probe=True)
    assert breaker.note("server_error")  # the probe failed: paused again, twice as long
    fake_clock.advance(policy.BREAKER_PAUSE)
    assert breaker.admission() is Admission.CLOSED
    fake_clock.advance(policy.BREAKER_PAUSE)
    assert breaker.admission() is Admission.PROBE

    breaker.probe_claimed()
    assert not breaker.note("invalid_number")  # the provider answers: it works again
    assert breaker.admission() is Admission.OPEN and not breaker.tripped
    assert not breaker.note("server_error") and not breaker.note("server_error")  # counting starts afresh


def test_the_breaker_pause_doubles_up_to_its_cap():
    pauses = [policy.breaker_pause(n) for n in range(1, 9)]
    assert pauses[:5] == [30.0, 60.0, 120.0, 240.0, 480.0]
    assert max(pauses) == policy.BREAKER_PAUSE_CAP == pauses[-1]


def test_a_rate_limited_answer_pauses_without_tripping_the_breaker(fake_clock: FakeClock, db: Database):
    env = make_env(db, fake_clock, rate=10.0)
    lane = Lane(env.accounts.default(), fake_clock)
    for _ in range(5):
        lane.note(TransientError("rate_limited", retry_after=2.0))
    assert not lane.breaker.tripped
    start = fake_clock.monotonic()
    assert lane.wait_turn(threading.Event())
    assert fake_clock.monotonic() - start == pytest.approx(2.0)


def test_sends_claimed_before_the_breaker_tripped_go_back_unsent(fake_clock: FakeClock, db: Database):
    env = make_env(db, fake_clock, rate=10.0)
    lane = Lane(env.accounts.default(), fake_clock)
    for _ in range(policy.BREAKER_THRESHOLD):
        lane.note(TransientError("server_error"))
    assert not lane.wait_turn(threading.Event())  # released: it returns to the queue
    fake_clock.advance(policy.BREAKER_PAUSE)
    lane.breaker.probe_claimed()
    assert lane.wait_turn(threading.Event(), probe=True)
