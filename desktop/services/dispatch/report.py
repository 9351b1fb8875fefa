"""What a dispatcher run did, and the dispatcher's state as the window shows it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.housekeeping import HousekeepingReport


@dataclass
class DispatchReport:
    """Counts of one ``run_once`` (or of a whole ``run_forever`` once merged). Filled by the dispatcher's
    own thread only."""

    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    uncertain: int = 0
    cancelled: int = 0
    deferred: int = 0
    released: int = 0
    #: Sends the provider accepted but the database could not record (disk full…): still ``sending``, they
    #: are reconciled with the provider by the next run. Never counted as ``sent``.
    unrecorded: int = 0
    rerouted: int = 0
    interrupted: int = 0
    reconciled_sent: int = 0
    reconciled_requeued: int = 0
    left_to_user: int = 0
    delivered: int = 0
    undelivered: int = 0
    expired: int = 0
    failed_later: int = 0
    inbound: int = 0
    replies_applied: int = 0
    opt_outs: int = 0
    #: Error codes met (provider codes, storage codes) and how many times.
    errors: Counter[str] = field(default_factory=Counter)
    #: Messages and clients this run changed (published as ``Changes``).
    messages: set[int] = field(default_factory=set)
    clients: set[int] = field(default_factory=set)
    #: The daily upkeep of the data done during the run(s), if it was due.
    housekeeping: list[HousekeepingReport] = field(default_factory=list)

    @staticmethod
    def counters() -> tuple[str, ...]:
        return tuple(f.name for f in fields(DispatchReport) if f.type in ("int", int))

    def merge(self, other: DispatchReport) -> None:
        for name in self.counters():
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.update(other.errors)
        self.messages |= other.messages
        self.clients |= other.clients
        self.housekeeping += other.housekeeping

    def as_dict(self) -> dict[str, object]:
        data: dict[str, object] = {name: getattr(self, name) for name in self.counters()}
        data["errors"] = dict(sorted(self.errors.items()))
        data["housekeeping"] = [done.as_dict() for done in self.housekeeping]
        return data

    @property
    def busy(self) -> bool:
        """True when the run changed something (the background loop then looks again at once)."""
        return any(getattr(self, name) for name in self.counters())


class DispatcherStatus(StrEnum):
    IDLE = "idle"
    SENDING = "sending"
    ERROR = "error"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class DispatcherState:
    """What the window's status bar shows: idle, sending, or an error with its code (French text in the
    catalogue), e.g. ``auth_failed`` or ``database_locked``."""

    status: DispatcherStatus
    code: str | None = None
