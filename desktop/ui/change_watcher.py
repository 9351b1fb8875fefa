"""Keeps the window in step with the other desks: polls the change probe every few seconds, off the UI
thread. What it finds reaches the screens through the change hub, like this desk's own changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop import logs
from desktop.services.change_probe import ChangeProbe
from desktop.storage.errors import StorageError

INTERVAL_MS = 3000
log = logs.get("ui")


class ChangeWatcher(QObject):
    def __init__(
        self, probe: ChangeProbe, tasks, parent: QObject | None = None, interval_ms: int = INTERVAL_MS
    ):
        super().__init__(parent)
        self._probe = probe
        self._tasks = tasks
        self._busy = False
        self._stopped = True
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._stopped = False
        self.poll()  # the first poll only takes the mark
        self.timer.start()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()

    def poll(self) -> None:
        """One look (skipped while the previous one is still running, or once stopped)."""
        if self._busy or self._stopped:
            return
        self._busy = True
        self._tasks.run(self._probe.poll, on_done=self._done, on_error=self._failed)

    def _done(self, _changes) -> None:
        self._busy = False

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        if not isinstance(error, StorageError):
            raise error
        # the database is busy or out of reach for a moment: the next look will tell (the dispatcher's
        # state already says when the database cannot be used)
        log.info("change probe skipped: %s", error.code)
