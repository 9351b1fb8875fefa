"""The collector paused during bulk work: held by any number of threads, enabled again by the last one out,
never left disabled by an error, and left disabled if it was before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from desktop.core import collector


@pytest.fixture(autouse=True)
def _restore() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_does_not_run_inside_and_runs_again_after() -> None:
    gc.enable()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_an_error_inside_does_not_leave_it_disabled() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), collector.paused():
        raise RuntimeError("planning failed")
    assert gc.isenabled()


def test_a_collector_disabled_before_stays_disabled() -> None:
    gc.disable()
    with collector.paused():
        pass
    assert not gc.isenabled()


def test_two_threads_the_last_one_out_enables_it() -> None:
    gc.enable()
    inside, leave = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with collector.paused():
            inside.set()
            leave.wait(timeout=10)
        seen.append(gc.isenabled())

    worker = threading.Thread(target=other)
    with collector.paused():
        worker.start()
        assert inside.wait(timeout=10)
    assert not gc.isenabled()  # this thread let go, the other one still holds it
    leave.set()
    worker.join(timeout=10)
    assert seen == [True] and gc.isenabled()
