"""The dispatcher's rules, as plain functions: retries and back-off, the circuit breaker, status-poll
schedule, the compliance check made again at claim time, and when to switch to the fallback account.

Numbers (documented in the report and the architecture notes):

- **Retries**: one policy for every transient failure (time-out, connection, 429, 5xx), whether the message
  certainly did not reach the provider or was *uncertain* and the provider's history shows it never
  arrived. Each claim is an attempt; attempt *n* failed → next try ``30 s × 2^(n-1)`` after it (30 s, 1 min,
  2 min, 4 min, 8 min), capped at 15 min, ×[0.8, 1.2] jitter, never sooner than the provider's
  ``Retry-After``. A 429 with ``Retry-After`` waits just that (plus up to 20 %). The 6th failed attempt
  makes the message ``failed`` (code ``retries_exhausted``, the last error kept in its detail):
  :func:`after_failure`.
- **Circuit breaker**: 3 consecutive outage errors (5xx, time-out, connection, garbage) of one account,
  whichever messages they were for, pause its lane: nothing is claimed for it for 30 s, doubling at each
  new trip up to 10 min; then one message is sent as a probe — a success (or any answer that is not an
  outage) closes the breaker, an outage opens it again (:class:`desktop.services.dispatch.lanes.Breaker`).
- **Delivery status** is polled after ``max(10 s, age)`` capped at 1 h (10 s, 20 s, 40 s, 80 s…), and
  given up 48 h after sending (the message stays ``sent``).
- **Uncertain** messages are reconciled 30 s after a timed-out send (at once after a crash), then, while
  the provider cannot be asked, after a delay that doubles with the message's age (2 min at least, 1 h at
  most), until 24 h after the claim: then, as when the provider cannot tell, a human decides.
- **Claims** left in ``sending`` longer than 10 minutes are stale (a dispatcher that vanished).
- **Fallback**: 3 consecutive account-level failures (transient errors, ``auth_failed``,
  ``insufficient_credit``) of the default account switch its messages to the fallback account for 15 min.
- **Rate**: sends are spaced at 98 % of the account's rate, and never more than the rate's worth of sends
  leave within any 1.03 s: network jitter cannot push any sliding one-second window above the provider's
  limit (:class:`desktop.providers.ratelimit.RateLimiter`).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from desktop.core import compliance, optout
from desktop.core.entities import MessageKind, Purpose
from desktop.core.quiet_hours import DEFAULT_POLICY, SendingPolicy

MAX_ATTEMPTS: Final = 6
BACKOFF_BASE: Final = 30.0
BACKOFF_CAP: Final = 15 * 60.0
JITTER: Final = 0.2
RATE_LIMIT_MIN_WAIT: Final = 1.0

#: Errors that say the provider itself is not working (as opposed to a message it refused, or a 429).
OUTAGE_ERRORS: Final = frozenset({"server_error", "timeout", "connection_error", "bad_response"})
BREAKER_THRESHOLD: Final = 3
BREAKER_PAUSE: Final = 30.0
BREAKER_PAUSE_CAP: Final = 10 * 60.0

#: First status poll 10 s after sending (operators usually report delivery within seconds), then at the
#: message's age: at most one more request per message than a 30 s start, and « Livré » shows sooner.
POLL_MIN: Final = dt.timedelta(seconds=10)
POLL_MAX: Final = dt.timedelta(hours=1)
POLL_GIVE_UP: Final = dt.timedelta(hours=48)

RECONCILE_BASE: Final = dt.timedelta(minutes=2)
RECONCILE_CAP: Final = dt.timedelta(hours=1)
#: A provider that could not be asked for a day will not tell: a human decides (as with ``cannot_verify``).
RECONCILE_GIVE_UP: Final = dt.timedelta(hours=24)
#: Provider and local clocks differ: a lookup starts a little before the claim.
LOOKUP_MARGIN: Final = dt.timedelta(minutes=5)

CLAIM_LEASE: Final = dt.timedelta(minutes=10)

FALLBACK_THRESHOLD: Final = 3
FALLBACK_COOLDOWN: Final = dt.timedelta(minutes=15)
#: Errors that say something about the account rather than the message.
ACCOUNT_ERRORS: Final = frozenset({"auth_failed", "insufficient_credit"})

RATE_SAFETY: Final = 0.98
#: The sliding window in which at most the rate's worth of sends may leave: a second plus what the network
#: and the threads may add between our clock and the provider's (measured by bench/dispatch.py).
RATE_WINDOW: Final = 1.03

# Codes of this module (explained in desktop/core/catalogue/outbox.py); claim-time refusals are the
# compliance codes (desktop/core/catalogue/compliance.py).
RETRIES_EXHAUSTED: Final = "retries_exhausted"
INTERRUPTED: Final = "interrupted"
CANNOT_VERIFY: Final = "cannot_verify"
INTERNAL_ERROR: Final = "internal_error"
PROVIDER_PAUSED: Final = "provider_paused"


def retry_delay(
    attempts: int, rng: random.Random, *, code: str = "", retry_after: float | None = None
) -> float:
    """Seconds to wait before attempt ``attempts + 1`` after a transient failure of attempt ``attempts``."""
    if code == "rate_limited" and retry_after is not None:
        return max(retry_after, RATE_LIMIT_MIN_WAIT) * rng.uniform(1.0, 1.0 + JITTER)
    exponent = max(attempts - 1, 0)
    base = min(BACKOFF_BASE * 2.0**exponent, BACKOFF_CAP)
    delay = base * rng.uniform(1.0 - JITTER, 1.0 + JITTER)
    return max(delay, retry_after or 0.0)


def retries_left(attempts: int) -> bool:
    return attempts < MAX_ATTEMPTS


def after_failure(
    attempts: int,
    failed_at: dt.datetime,
    now: dt.datetime,
    rng: random.Random,
    *,
    code: str = "",
    retry_after: float | None = None,
) -> dt.datetime | None:
    """When to try again after attempt number ``attempts`` failed transiently at ``failed_at`` (never
    before ``now``); None when that was the last attempt allowed: the message fails (``retries_exhausted``).

    The one rule for every transient failure: a send refused at once, and an uncertain send the provider's
    history shows never arrived (counted from the failed attempt, so that the look-up's own wait counts).
    """
    if not retries_left(attempts):
        return None
    delay = retry_delay(attempts, rng, code=code, retry_after=retry_after)
    return max(failed_at + dt.timedelta(seconds=delay), now)


def breaker_pause(trips: int) -> float:
    """Seconds a lane stays paused after its breaker opened for the ``trips``-th time in a row."""
    return min(BREAKER_PAUSE * 2.0 ** max(trips - 1, 0), BREAKER_PAUSE_CAP)


def next_status_poll(sent_at: dt.datetime | None, now: dt.datetime) -> dt.datetime | None:
    """When to ask the provider again about a sent message; None once it is no use any more (48 h)."""
    age = now - (sent_at or now)
    if age >= POLL_GIVE_UP:
        return None
    return now + min(max(age, POLL_MIN), POLL_MAX)


def next_reconcile(claimed_at: dt.datetime | None, now: dt.datetime) -> dt.datetime | None:
    """When to try a lookup again after the provider could not be asked (doubling with the message's age);
    None once it has been tried for :data:`RECONCILE_GIVE_UP`: a human decides."""
    age = now - (claimed_at or now)
    if age >= RECONCILE_GIVE_UP:
        return None
    return now + min(max(age, RECONCILE_BASE), RECONCILE_CAP)


# ---------------------------------------------------------------------------------------- claim time


class Action(StrEnum):
    SEND = "send"
    CANCEL = "cancel"
    DEFER = "defer"


@dataclass(frozen=True, slots=True)
class ClaimDecision:
    action: Action
    code: str | None = None
    due_at: dt.datetime | None = None  # for DEFER


SEND: Final = ClaimDecision(Action.SEND)


def claim_decision(
    purpose: Purpose,
    kind: MessageKind,
    recipient: compliance.Recipient,
    *,
    now: dt.datetime,
    policy: SendingPolicy | None = None,
) -> ClaimDecision:
    """May this message leave now? The gate's consent, suppression, number and hours rules
    (:mod:`desktop.core.compliance`), applied again at the moment of sending ("opt-out always wins").

    Cancelled: the number is known to be invalid; it is suppressed or consent was withdrawn for this purpose
    or for the family of this message (« STOP RAPPEL » for reminders, :mod:`desktop.core.optout`); a promotion lacks granted consent (unknown consent too: a message queued
    by an older version, an import that changed consent, another desk) or goes to a number that is no
    client's; the sending hours leave no slot at all. Deferred: a promotion or survey outside the sending
    hours of the recipient's area. The caps were the gate's business when queuing.
    """
    family = optout.message_scope(kind, purpose)
    context = compliance.Context(
        policy=policy or DEFAULT_POLICY,
        stop_scope=family.value if family is not None else None,
        is_opt_out_confirmation=kind is MessageKind.OPT_OUT_CONFIRMATION,
    )
    refusals = compliance.blocking(
        [*compliance.number_findings(recipient), *compliance.consent_findings(purpose, recipient, context)]
    )
    if refusals:
        return ClaimDecision(Action.CANCEL, refusals[0].code)
    for finding in compliance.hours_findings(purpose, recipient, context, now):
        if finding.severity is compliance.Severity.BLOCK:
            return ClaimDecision(Action.CANCEL, finding.code)
        if finding.severity is compliance.Severity.DEFER:
            return ClaimDecision(Action.DEFER, finding.code, finding.next_allowed)
    return SEND
