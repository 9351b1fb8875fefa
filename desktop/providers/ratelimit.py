"""A token bucket per account: never more than ``rate`` messages per second, on average and in bursts.

The bucket starts with ``burst`` tokens (default 1, i.e. no burst above the rate). ``acquire`` blocks using
the injected clock, so tests run instantly with a :class:`~desktop.core.clock.FakeClock`.
"""

from __future__ import annotations

import threading

from desktop.core.clock import Clock, SystemClock


class TokenBucket:
    def __init__(self, rate: float, burst: float = 1.0, clock: Clock | None = None) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate
        self.capacity = max(burst, 1.0)
        self._clock = clock or SystemClock()
        self._tokens = self.capacity
        self._stamp = self._clock.monotonic()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def reserve(self) -> float:
        """Take one token now (possibly going into debt) and return how long to wait before using it."""
        with self._lock:
            self._refill()
            self._tokens -= 1.0
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def acquire(self) -> None:
        """Block until one message may leave."""
        wait = self.reserve()
        if wait > 0:
            self._clock.sleep(wait)

    def set_rate(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        with self._lock:
            self._refill()
            self.rate = rate
