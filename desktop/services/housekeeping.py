"""The daily upkeep of a shop's data, run by the dispatcher wherever it runs (window, tray, ``dispatch``).

Once a day: the automatic backup (the last N kept), the retention of message texts (older than the setting,
default 24 months), and SQLite's integrity check of the live database. Each step is reported (log, the
``dispatch`` summary, the window's status bar through :meth:`Housekeeping.set_listener`); one failing step
does not stop the others, nor the sending. The moment of the last complete run is kept in the database, so
that ``dispatch --once`` started every few minutes by the system still does the work once a day.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import logs
from desktop.core.clock import Clock
from desktop.core.errors import KnownError
from desktop.services.backup import BackupService
from desktop.services.retention import RetentionService
from desktop.storage.db import Database
from desktop.storage.errors import StorageError
from desktop.storage.health import Integrity, check_integrity
from desktop.storage.repositories import settings as settings_repo

__all__ = ["Housekeeping", "HousekeepingReport", "Integrity"]

log = logs.get("db")
LAST_RUN_KEY = "housekeeping_last_run"
EVERY = dt.timedelta(days=1)
#: The report's code for a daily copy that could not be written (retried within the hour).
DAILY_BACKUP_FAILED = "daily_backup_failed"
#: ``backup_skipped`` when the integrity check failed: the copies kept are the sound ones.
DAMAGED_NOT_COPIED = "damaged"
#: After a step failed (disk full, backup folder unplugged…): the next attempt, instead of tomorrow.
RETRY_AFTER = dt.timedelta(hours=1)


@dataclass(frozen=True)
class HousekeepingReport:
    at: dt.datetime
    backup: Path | None = None  # the copy written, None when none was (see ``backup_skipped``)
    backup_skipped: str = ""  # "not_due", "not_sqlite", "damaged", or "" when a copy was written or failed
    purged_messages: int = 0  # outgoing messages whose text was erased
    purged_replies: int = 0
    integrity: Integrity = Integrity.NOT_CHECKED
    errors: tuple[str, ...] = field(default=())  # codes of the steps that failed ("daily_backup_failed", …)

    def as_dict(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "backup": str(self.backup) if self.backup else None,
            "backup_skipped": self.backup_skipped or None,
            "purged_messages": self.purged_messages,
            "purged_replies": self.purged_replies,
            "integrity": self.integrity.value,
            "errors": list(self.errors),
        }


class Housekeeping:
    def __init__(
        self, db: Database, backups: BackupService, retention: RetentionService, clock: Clock
    ) -> None:
        self._db = db
        self._backups = backups
        self._retention = retention
        self._clock = clock
        self._next_due: dt.datetime | None = None
        self._lock = threading.Lock()
        self._listener: Callable[[HousekeepingReport], None] | None = None

    def set_listener(self, listener: Callable[[HousekeepingReport], None] | None) -> None:
        """Who hears about each run (called on the thread that ran it); None: nobody."""
        self._listener = listener

    def run_if_due(self) -> HousekeepingReport | None:
        """Run when the last complete run is a day old (None otherwise); what the dispatcher calls."""
        with self._lock:
            now = self._clock.now()
            if self._next_due is not None and now < self._next_due:
                return None
            last = self._last_run()  # another process (or desk) may have run it meanwhile
            if last is not None and now - last < EVERY:
                self._next_due = last + EVERY
                return None
            report = self._run(now)
            self._next_due = now + (RETRY_AFTER if report.errors else EVERY)
        if self._listener is not None:
            self._listener(report)
        return report

    def _run(self, now: dt.datetime) -> HousekeepingReport:
        """Check first: a damaged database is not copied (the copy would push a sound one out of the N
        kept). Purge before copying: the copies do not keep texts past their retention."""
        errors: list[str] = []
        integrity = Integrity.NOT_CHECKED
        try:
            integrity = check_integrity(self._db)
        except StorageError as exc:
            errors.append(exc.code)
            log.warning("housekeeping: integrity check failed to run (%s)", exc.code)
        if integrity is Integrity.DAMAGED:
            log.error("housekeeping: the integrity check found the database damaged")
        purged = (0, 0)
        try:
            purged = self._retention.purge()
        except StorageError as exc:
            errors.append(exc.code)
            log.warning("housekeeping: retention purge failed (%s)", exc.code)
        backup, skipped = None, DAMAGED_NOT_COPIED
        if integrity is not Integrity.DAMAGED:
            try:
                outcome = self._backups.daily_if_due()
                backup, skipped = outcome.path, outcome.reason
            except KnownError as exc:  # the folder (BackupError), or the database (StorageError)
                errors.append(DAILY_BACKUP_FAILED)
                skipped = ""
                log.warning("housekeeping: daily backup failed (%s)", exc.code)
        if not errors:
            self._remember(now)
        report = HousekeepingReport(now, backup, skipped, purged[0], purged[1], integrity, tuple(errors))
        log.info(
            "housekeeping: backup %s, texts erased from %d message(s) and %d reply(ies), integrity %s",
            backup.name if backup else skipped or "failed",
            report.purged_messages,
            report.purged_replies,
            integrity.value,
        )
        return report

    def _last_run(self) -> dt.datetime | None:
        with self._db.read() as session:
            value = settings_repo.get_value(session, LAST_RUN_KEY)
        try:
            return dt.datetime.fromisoformat(value) if value else None
        except ValueError:
            return None

    def _remember(self, now: dt.datetime) -> None:
        try:
            with self._db.session() as session:
                settings_repo.set_value(session, LAST_RUN_KEY, now.isoformat())
        except StorageError as exc:  # the work is done; it may simply be done again sooner
            log.warning("housekeeping: could not record the run (%s)", exc.code)
