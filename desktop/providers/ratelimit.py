"""An account's rate limit, held in every sliding window, not only on average.

A provider that allows *r* messages a second counts them in any one-second window. A token bucket alone
keeps the average, yet a sender that wakes a few milliseconds late lets the next one leave "on time": two
departures come closer than the spacing, and a window can hold one message too many. :class:`RateLimiter`
paces departures like a token bucket (``spacing``, catching up after a late one) and, as a hard guard,
records when each one really left: a send may leave only when fewer than ``per_window`` sends left in the
last ``window`` seconds.

:meth:`RateLimiter.try_acquire` never blocks (it says how long to wait), so callers can watch a stop flag
meanwhile; everything uses the injected clock, so tests run instantly with a
:class:`~desktop.core.clock.FakeClock`.
"""

from __future__ import annotations

import collections
import math
import threading

from desktop.core.clock import Clock, SystemClock


class RateLimiter:
    """At most ``per_window`` departures in any ``window`` seconds, spaced ``1 / (rate × safety)`` apart on
    average. ``per_window`` is the whole number of messages the rate allows in one second (at least one)."""

    def __init__(
        self, rate: float, *, safety: float = 1.0, window: float = 1.0, clock: Clock | None = None
    ) -> None:
        if rate <= 0 or safety <= 0 or window < 1.0:
            raise ValueError("rate and safety must be positive, the window one second or more")
        self._clock = clock or SystemClock()
        self._safety = safety
        self.window = window
        self._lock = threading.Lock()
        self._next = self._clock.monotonic()  # when the next departure is due at the average pace
        self._departures: collections.deque[float] = collections.deque()
        self.rate = rate
        self.per_window = max(1, math.floor(rate + 1e-9))

    def set_rate(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        with self._lock:
            self.rate = rate
            self.per_window = max(1, math.floor(rate + 1e-9))

    def try_acquire(self) -> float:
        """Take the right to send now and return 0.0, or return how many seconds to wait before asking
        again (nothing taken). The time recorded is the moment of the call that returned 0.0."""
        with self._lock:
            now = self._clock.monotonic()
            departures = self._departures
            while departures and departures[0] <= now - self.window:
                departures.popleft()
            wait = self._next - now
            if len(departures) >= self.per_window:
                wait = max(wait, departures[-self.per_window] + self.window - now)
            if wait > 0:
                return wait
            departures.append(now)
            # Catch up after a late departure, but never bank more than one departure ahead.
            self._next = max(self._next, now - 1.0 / (self.rate * self._safety)) + 1.0 / (
                self.rate * self._safety
            )
            return 0.0
