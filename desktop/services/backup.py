"""Backups of the SQLite database: one automatic copy a day (the last N kept) and copies on demand.

Copies use SQLite's online backup API, so they are consistent even while the dispatcher writes. A shop on
PostgreSQL backs its server up with the server's own tools: nothing is copied here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop import logs
from desktop.core.clock import Clock
from desktop.core.errors import KnownError
from desktop.paths import AppPaths
from desktop.services.settings import SettingsService
from desktop.storage.backup import backup_sqlite, copy_time

log = logs.get("db")
DAILY_LABEL = "daily"
MANUAL_LABEL = "manual"


class BackupError(KnownError):
    """The copy cannot be written: the backup folder is missing, full or read-only (or the database cannot
    be read). Nothing half-written is left: copies are written beside their name, then renamed."""

    code = "backup_failed"


@dataclass(frozen=True)
class BackupOutcome:
    path: Path | None  # the new copy, None when nothing was due or the database is not a SQLite file
    reason: str = ""  # "not_due", "not_sqlite", or "" when a copy was made


class BackupService:
    def __init__(self, paths: AppPaths, settings: SettingsService, clock: Clock) -> None:
        self._paths = paths
        self._settings = settings
        self._clock = clock

    def folder(self) -> Path:
        chosen = self._settings.get().backup_dir.strip()
        return Path(chosen).expanduser() if chosen else self._paths.backup_dir

    def last_daily(self) -> dt.datetime | None:
        source = self._paths.db_file
        if source is None or not self.folder().exists():
            return None
        times = [copy_time(p) for p in self.folder().glob(f"{source.stem}-{DAILY_LABEL}-*.sqlite3")]
        return max((t for t in times if t is not None), default=None)

    def daily_if_due(self) -> BackupOutcome:
        """Copy the database when the last automatic copy is more than a day old; keep the newest N."""
        source = self._paths.db_file
        if source is None:
            return BackupOutcome(None, "not_sqlite")
        last = self.last_daily()
        if last is not None and self._clock.now() - last < dt.timedelta(days=1):
            return BackupOutcome(None, "not_due")
        keep = max(1, self._settings.get().backups_to_keep)
        path = self._copy(source, DAILY_LABEL, keep)
        log.info("daily backup written to %s", path)
        return BackupOutcome(path)

    def backup_now(self) -> BackupOutcome:
        source = self._paths.db_file
        if source is None:
            return BackupOutcome(None, "not_sqlite")
        path = self._copy(source, MANUAL_LABEL, None)
        log.info("backup written to %s", path)
        return BackupOutcome(path)

    def _copy(self, source: Path, label: str, keep: int | None) -> Path:
        folder = self.folder()
        try:
            return backup_sqlite(source, folder, label=label, keep=keep, now=self._clock.now())
        except (OSError, sqlite3.Error) as exc:
            log.warning("backup to %s failed: %s", folder, type(exc).__name__)
            raise BackupError(folder=folder) from exc
