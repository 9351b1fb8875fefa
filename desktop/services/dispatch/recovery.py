"""Crash and time-out safety: stale claims become *uncertain*; uncertain messages are reconciled with the
provider before anything is sent again.

- A message left in ``sending`` by this desk's previous run (same worker id, not in flight here) or claimed
  longer ago than the lease by anyone becomes ``uncertain`` (code ``interrupted``).
- Reconciliation asks ``provider.lookup(sms, since=claimed_at - margin)``: a candidate not already bound to
  another message → ``sent`` with its provider id; ``[]`` → certainly not sent: the attempt failed like any
  transient failure — the look-up came after the back-off of :func:`policy.after_failure`, so the message
  is ``queued`` and due at once, or ``failed`` (``retries_exhausted``) after the last attempt allowed; a
  message interrupted by a crash is due at once as well (its attempt still counts);
  ``PermanentError("not_supported")`` (or a provider without the capability) → stays ``uncertain`` with
  code ``cannot_verify`` and is never resent automatically: the user decides (retry or mark sent).
  A provider that cannot be asked right now → tried again later (:func:`policy.next_reconcile`), for a day at
  most, then left to the user the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from desktop import logs
from desktop.core.clock import Clock
from desktop.core.entities import MessageStatus
from desktop.providers.base import OutgoingSms, PermanentError, ProviderError, SendResult
from desktop.services.dispatch import policy
from desktop.services.dispatch.ports import AccountsPort
from desktop.services.dispatch.report import DispatchReport
from desktop.storage.db import Database
from desktop.storage.repositories import message_dispatch as claims
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.message_dispatch import Candidate
from desktop.storage.repositories.messages import Move

S = MessageStatus
_log = logs.get("dispatch")
RECONCILE_BATCH = 100


def recover_stale(
    db: Database,
    clock: Clock,
    worker_id: str,
    report: DispatchReport,
    *,
    in_flight: Collection[int] = (),
    lease: dt.timedelta = policy.CLAIM_LEASE,
) -> list[int]:
    """``sending`` messages nobody is sending any more → ``uncertain`` (reconciled at once)."""
    now = clock.now()
    with db.session() as session:
        stale = claims.stale_claims(session, worker_id, in_flight, now - lease)
        moves = [
            Move(
                i,
                S.UNCERTAIN,
                frozenset({S.SENDING}),
                policy.INTERRUPTED,
                {"error_code": policy.INTERRUPTED, "error_detail": "", "next_attempt_at": now},
            )
            for i in stale
        ]
        done = repo.apply_moves(session, moves, now)
    if done:
        _log.warning("%d message(s) left in sending by a stopped dispatcher are now uncertain", len(done))
    report.interrupted += len(done)
    report.messages.update(done)
    return done


def reconcile(db: Database, accounts: AccountsPort, clock: Clock, report: DispatchReport) -> None:
    """Look up the uncertain messages that are due for it, one by one (they are few)."""
    with db.read() as session:
        due = claims.due_uncertain(session, clock.now(), RECONCILE_BATCH)
    for candidate in due:
        try:
            _reconcile_one(db, accounts, clock, candidate, report)
        except ProviderError as exc:
            report.errors[exc.code] += 1
            _schedule_retry(db, clock, candidate, exc, report)


def _reconcile_one(
    db: Database, accounts: AccountsPort, clock: Clock, candidate: Candidate, report: DispatchReport
) -> None:
    account = accounts.get(candidate.account_id) if candidate.account_id is not None else accounts.default()
    provider = accounts.provider(account.id)
    if not provider.capabilities.reconciliation:
        _leave_to_user(db, clock, candidate, report)
        return
    sms = OutgoingSms(
        to=candidate.to,
        body=candidate.body,
        sender=account.sender,
        reference=candidate.idempotency_key,
        purpose=candidate.purpose,
    )
    since = (candidate.claimed_at or clock.now()) - policy.LOOKUP_MARGIN
    try:
        found = provider.lookup(sms, since)
    except PermanentError as exc:
        if exc.code != "not_supported":
            raise
        _leave_to_user(db, clock, candidate, report)
        return
    _settle(db, clock, candidate, found, report, polls=provider.capabilities.delivery_status)


def _settle(
    db: Database,
    clock: Clock,
    candidate: Candidate,
    found: list[SendResult],
    report: DispatchReport,
    *,
    polls: bool,
) -> None:
    now = clock.now()
    uncertain = frozenset({S.UNCERTAIN})
    with db.session() as session:
        bound = claims.bound_provider_ids(session, {r.provider_id for r in found}, candidate.id)
        free = [r for r in found if r.provider_id not in bound]
        if free:
            sent_at = candidate.claimed_at or now
            move = Move(
                candidate.id,
                S.SENT,
                uncertain,
                "reconciled_found",
                {
                    "provider_message_id": free[0].provider_id,
                    "sent_at": sent_at,
                    "error_code": None,
                    "error_detail": "",
                    "next_attempt_at": policy.next_status_poll(sent_at, now) if polls else None,
                },
            )
        else:
            move = _absent_move(candidate, now)
        done = repo.apply_moves(session, [move], now)
    if done:
        report.messages.add(candidate.id)
        if free:
            report.reconciled_sent += 1
        elif move.to is S.FAILED:
            report.failed += 1
        else:
            report.reconciled_requeued += 1


def _absent_move(candidate: Candidate, now: dt.datetime) -> Move:
    """The provider never got the message: its attempt failed like any transient failure. The back-off was
    waited before the look-up (:meth:`Sender.move_for` set ``due_at``), so the message is due again now —
    or, after the last attempt allowed, ``failed``. The error stays the send's."""
    uncertain = frozenset({S.UNCERTAIN})
    if not policy.retries_left(candidate.attempts):
        values = {"error_code": policy.RETRIES_EXHAUSTED, "final_at": now, "next_attempt_at": None}
        return Move(candidate.id, S.FAILED, uncertain, "reconciled_absent", values)
    return Move(candidate.id, S.QUEUED, uncertain, "reconciled_absent", {"next_attempt_at": None})


def _leave_to_user(db: Database, clock: Clock, candidate: Candidate, report: DispatchReport) -> None:
    """The provider cannot tell: the message stays uncertain, out of the automatic loop."""
    now = clock.now()
    with db.session() as session:
        repo.set_error(session, candidate.id, policy.CANNOT_VERIFY, "", now, next_attempt_at=None)
    report.left_to_user += 1
    report.messages.add(candidate.id)


def _schedule_retry(
    db: Database, clock: Clock, candidate: Candidate, exc: ProviderError, report: DispatchReport
) -> None:
    now = clock.now()
    later = policy.next_reconcile(candidate.claimed_at, now)
    if later is None:
        _log.warning("message %s: the provider could not be asked for a day; left to the user", candidate.id)
        _leave_to_user(db, clock, candidate, report)
        return
    with db.session() as session:
        repo.set_next_attempts(session, {candidate.id: later}, now)
    _log.info("reconciliation of message %s postponed: %s", candidate.id, exc.code)
