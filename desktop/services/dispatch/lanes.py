"""Pace of sending: a lane per account (rate limit, pause after a 429, circuit breaker, failures for the
fallback rule), how many sends to keep in flight, and an idle SQLite connection held during a burst.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from enum import StrEnum
from typing import Any

from desktop import logs
from desktop.core.clock import Clock
from desktop.core.entities import ProviderAccount
from desktop.providers.base import ProviderError
from desktop.providers.ratelimit import RateLimiter
from desktop.services.dispatch import policy
from desktop.storage.db import Database

_log = logs.get("dispatch")

#: Weight of the newest measure in the moving averages of :class:`Concurrency`.
_ALPHA = 0.2
#: How fast the latency floor rises again when the provider becomes slower (per send).
_FLOOR_RISE = 1.02
#: A provider whose answers take less than this (seconds) is not worth a thread per request…
INLINE_BELOW = 0.002
#: …until they take more than this (a real provider answers in tens to hundreds of milliseconds).
INLINE_ABOVE = 0.010


class Admission(StrEnum):
    """What the claim may take for an account now (see :class:`Breaker`)."""

    OPEN = "open"  # as many messages as are due
    PROBE = "probe"  # one message, to see whether the provider works again
    CLOSED = "closed"  # none: the provider is failing, its messages wait in the queue


class Breaker:
    """The circuit breaker of one account (numbers in :mod:`policy`).

    Outage errors (5xx, time-outs, connection failures, garbage) are counted whichever messages they were
    for; :data:`policy.BREAKER_THRESHOLD` in a row trip it: for :func:`policy.breaker_pause` seconds nothing
    is claimed for the account and sends already claimed are released unsent; then one message is claimed
    as a probe. Any answer that is not an outage closes the breaker; an outage trips it again, for twice as
    long. Thread-safe: workers report results, the dispatcher's thread asks what it may claim.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._outages = 0  # consecutive outage errors
        self._trips = 0  # consecutive trips (reset by a success)
        self._open_until: float | None = None  # monotonic time; None: closed
        self._probing = False

    def admission(self) -> Admission:
        with self._lock:
            if self._open_until is None:
                return Admission.OPEN
            if self._probing or self._clock.monotonic() < self._open_until:
                return Admission.CLOSED
            return Admission.PROBE

    @property
    def probing(self) -> bool:
        """True while the probe is on its way (claimed, not answered yet)."""
        with self._lock:
            return self._probing

    @property
    def tripped(self) -> bool:
        """True while sends are held back (paused, or a probe on the wire)."""
        return self.admission() is not Admission.OPEN

    def probe_claimed(self) -> None:
        with self._lock:
            if self._open_until is not None:
                self._probing = True

    def probe_released(self) -> None:
        """The probe was not sent after all (stopped): the next claim may take another one."""
        with self._lock:
            self._probing = False

    def holds_back(self, probe: bool) -> bool:
        """Must a claimed send stay unsent (the breaker tripped after its claim)? Never the probe."""
        with self._lock:
            return self._open_until is not None and not probe

    def note(self, error_code: str | None) -> bool:
        """The provider answered (``None``: accepted; else the error's code). True when this trips it."""
        with self._lock:
            probing, self._probing = self._probing, False
            if error_code not in policy.OUTAGE_ERRORS:
                self._outages = self._trips = 0
                self._open_until = None
                return False
            if self._open_until is not None and not probing:
                return False  # a send that left before the breaker tripped: it knows already
            self._outages += 1
            if self._open_until is None and self._outages < policy.BREAKER_THRESHOLD:
                return False
            self._trips += 1
            self._outages = 0
            self._open_until = self._clock.monotonic() + policy.breaker_pause(self._trips)
            return True


class Lane:
    """One account's pace: its rate limit (every sliding window), a pause after a 429, its circuit breaker,
    and the count of consecutive account-level failures (the fallback rule). Thread-safe where workers
    touch it."""

    def __init__(self, account: ProviderAccount, clock: Clock) -> None:
        self.rate = account.rate_per_second
        self.limiter = RateLimiter(
            max(self.rate, 0.001), safety=policy.RATE_SAFETY, window=policy.RATE_WINDOW, clock=clock
        )
        self.breaker = Breaker(clock)
        self._clock = clock
        self._lock = threading.Lock()
        self._paused_until = 0.0
        self.failures = 0  # dispatcher thread only
        self.tripped_until: dt.datetime | None = None  # dispatcher thread only

    def update(self, account: ProviderAccount) -> None:
        if account.rate_per_second != self.rate and account.rate_per_second > 0:
            self.rate = account.rate_per_second
            self.limiter.set_rate(self.rate)

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, self._clock.monotonic() + seconds)

    def note(self, error: ProviderError | None) -> None:
        """A worker's send got an answer (None: accepted): the 429 pause and the breaker learn from it."""
        if error is not None and error.code == "rate_limited" and error.retry_after:
            self.pause(error.retry_after)
        if self.breaker.note(error.code if error is not None else None):
            _log.warning("provider failing (%s): sending paused for this account", error and error.code)

    def wait_turn(self, stop: threading.Event, *, probe: bool = False) -> bool:
        """Block until this account may send one more message; False when it must not be sent now: asked
        to stop meanwhile, or the breaker tripped since the message was claimed (it goes back to the
        queue)."""
        while True:
            with self._lock:
                remaining = self._paused_until - self._clock.monotonic()
            if stop.is_set() or self.breaker.holds_back(probe):
                return False
            if remaining <= 0:
                break
            self._clock.sleep(min(remaining, 0.25))
        while (wait := self.limiter.try_acquire()) > 0:
            if stop.is_set() or self.breaker.holds_back(probe):
                return False
            self._clock.sleep(min(wait, 0.25))
        return not stop.is_set()


class Concurrency:
    """A gate on the number of sends on the wire: enough to hide the provider's latency, no more.

    Little's law on the client's side: while one send waits ``latency`` seconds for its answer, this process
    can prepare ``latency / cpu`` others (``cpu``: the thread time one send costs here). More sends at once
    only make the threads contend for the interpreter lock, so the limit follows a floor of the latency and
    an average of the cost, between 1 and ``max_workers``. Against a real provider (tens to hundreds of
    milliseconds) the pool's size is the limit; against an endpoint that answers within
    :data:`INLINE_BELOW`, handing requests to threads costs more than it saves (:meth:`inline`).
    """

    def __init__(self, max_workers: int) -> None:
        self.max_workers = max(1, max_workers)
        self._latency: float | None = None
        self._cpu: float | None = None
        self._active = 0
        self._inline = False
        self._cond = threading.Condition()

    @property
    def measured(self) -> bool:
        """True once a send has been timed."""
        with self._cond:
            return self._latency is not None

    def limit(self) -> int:
        with self._cond:
            return self._limit()

    def inline(self) -> bool:
        """True when the provider answers faster than a hand-over to another thread costs: the dispatcher
        thread then sends itself, one message after the other (a local endpoint, never a real provider).
        Entered below :data:`INLINE_BELOW`, left above :data:`INLINE_ABOVE` (no flapping in between)."""
        with self._cond:
            if self._latency is not None:
                if self._inline and self._latency > INLINE_ABOVE:
                    self._inline = False
                elif not self._inline and self._latency < INLINE_BELOW:
                    self._inline = True
            return self._inline

    def _limit(self) -> int:
        if self._latency is None or self._cpu is None:
            return self.max_workers  # until measured, assume a real provider far away
        wanted = math.ceil(self._latency / max(self._cpu, 1e-4))
        return max(1, min(self.max_workers, wanted))

    def enter(self, stop: threading.Event) -> bool:
        """Wait for a free slot; False when asked to stop meanwhile."""
        with self._cond:
            while self._active >= self._limit():
                if stop.is_set():
                    return False
                self._cond.wait(0.25)
            self._active += 1
        return True

    def _note(self, latency: float, cpu: float) -> None:
        """Latency: a floor that rises slowly (GIL waits inflate single measures); cpu: a moving average."""
        if self._latency is None or self._cpu is None:
            self._latency, self._cpu = latency, cpu
        else:
            self._latency = min(latency, self._latency * _FLOOR_RISE)
            self._cpu += _ALPHA * (cpu - self._cpu)

    def leave(self, latency: float | None, cpu: float | None) -> None:
        """Free the slot; ``latency`` and ``cpu`` of the send (None when nothing was sent)."""
        with self._cond:
            self._active -= 1
            if latency is not None and cpu is not None:
                self._note(latency, cpu)
            free = self._limit() - self._active
            if free > 0:
                self._cond.notify(free)


class KeepOpen:
    """Hold one idle SQLite connection (no transaction, so no snapshot) while sending.

    The database closes its connections after each unit of work; when the last one closes, SQLite
    checkpoints the write-ahead log into the database file. One idle connection kept open during a burst
    leaves checkpoints to SQLite's own schedule, so that a commit costs one fsync of the log.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._connection: Any = None

    def __enter__(self) -> KeepOpen:
        if self._db.is_sqlite:
            self._connection = self._db.engine.connect()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
