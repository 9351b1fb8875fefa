"""Run service calls off the UI thread; results come back to the UI thread through signals.

Widgets call ``tasks.run(fn, on_done=..., on_error=...)``. The callbacks always run on the UI thread.
Tests use :class:`SyncTaskRunner`, which runs everything at once, in order, on the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(object, object, object)  # on_done, on_error, (ok, value)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None):
        super().__init__()
        self._relay, self._fn, self._on_done, self._on_error = relay, fn, on_done, on_error

    def run(self) -> None:
        try:
            outcome = (True, self._fn())
        except BaseException as exc:  # delivered to on_error (or the crash handler) on the UI thread
            outcome = (False, exc)
        self._relay.finished.emit(self._on_done, self._on_error, outcome)


class TaskRunner(QObject):
    """A small thread pool for database and file work (network sends have their own pool)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)

    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        self._pool.start(_Job(self._relay, fn, on_done, on_error))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    @Slot(object, object, object)
    def _deliver(self, on_done: Done | None, on_error: Failed | None, outcome: tuple[bool, Any]) -> None:
        ok, value = outcome
        if ok:
            if on_done is not None:
                on_done(value)
        elif on_error is not None:
            on_error(value)
        else:
            raise value


class SyncTaskRunner(QObject):
    """Runs tasks immediately on the calling thread (deterministic GUI tests)."""

    def run(self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None) -> None:
        try:
            value = fn()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(value)

    def wait(self, msecs: int = 0) -> bool:
        return True
