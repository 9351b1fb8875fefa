"""Keep message texts only as long as the settings say (default 24 months); counts and statuses stay."""

from __future__ import annotations

import calendar
import datetime as dt

from desktop import logs
from desktop.core.clock import Clock
from desktop.services.changes import ChangeHub, Changes
from desktop.services.settings import SettingsService
from desktop.storage.db import Database
from desktop.storage.repositories import retention as repo

log = logs.get("db")


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day ``months`` earlier (clamped to the month's last day)."""
    year, month = divmod(moment.year * 12 + (moment.month - 1) - months, 12)
    last_day = calendar.monthrange(year, month + 1)[1]
    return moment.replace(year=year, month=month + 1, day=min(moment.day, last_day))


class RetentionService:
    def __init__(self, db: Database, hub: ChangeHub, settings: SettingsService, clock: Clock) -> None:
        self._db = db
        self._hub = hub
        self._settings = settings
        self._clock = clock

    def purge(self) -> tuple[int, int]:
        """Erase texts older than the retention period; returns (outgoing, inbound) messages changed."""
        months = self._settings.get().retention_months
        if months <= 0:
            return (0, 0)
        cutoff = months_before(self._clock.now(), months)
        with self._db.session() as session:
            changed = repo.purge_texts(session, cutoff)
        if any(changed):
            log.info("retention: texts erased from %d messages and %d replies", *changed)
            self._hub.publish(Changes(inbound=changed[1] > 0))
        return changed
