"""Sending what is due: claim (with the compliance check made again), send through a thread pool, record.

The dispatcher's own thread claims batches (committed *before* any network call) and records results in
batches; worker threads only wait for their account's turn and talk to the provider. How a result changes a
message (sent, retried later, uncertain, failed) is :meth:`Sender.move_for`; the numbers are in
:mod:`policy`.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from desktop import logs
from desktop.core import compliance, phones
from desktop.core.clock import Clock
from desktop.core.entities import MessageStatus, NumberStatus
from desktop.core.quiet_hours import SendingPolicy
from desktop.providers.base import ProviderError, StatusReport, TransientError
from desktop.services.dispatch import policy, polling
from desktop.services.dispatch.lanes import Admission, Concurrency, KeepOpen
from desktop.services.dispatch.policy import Action
from desktop.services.dispatch.report import DispatchReport
from desktop.services.dispatch.routing import Job, Outcome, Router
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.errors import StorageError
from desktop.storage.repositories import message_dispatch as claims
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.message_dispatch import Candidate, RecipientFacts
from desktop.storage.repositories.messages import Move

S = MessageStatus
_log = logs.get("dispatch")

RECORD_WINDOW = 0.05  # seconds to gather more results before committing them together
INLINE_CHUNK = 250  # messages sent on the dispatcher's thread between two commits
UNCERTAIN_FIRST_LOOKUP = 30.0  # seconds: let the provider settle before asking about a timed-out send
_QUEUED_OR_DEFERRED = frozenset({S.QUEUED, S.DEFERRED})
_SENDING = frozenset({S.SENDING})


def verdict_move(message_id: int, decision: policy.ClaimDecision, now: dt.datetime) -> Move:
    """The claim-time compliance check said no: cancelled (opted out…) or deferred (sending hours)."""
    code = decision.code or ""
    if decision.action is Action.CANCEL:
        values = {"error_code": code, "final_at": now, "next_attempt_at": None}
        return Move(message_id, S.CANCELLED, _QUEUED_OR_DEFERRED, code, values)
    return Move(message_id, S.DEFERRED, _QUEUED_OR_DEFERRED, code, {"due_at": decision.due_at})


class Sender:
    def __init__(
        self,
        db: Database,
        router: Router,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings],
        worker_id: str,
        max_workers: int,
        rng: random.Random,
        on_busy: Callable[[], None],
    ) -> None:
        self._db = db
        self._router = router
        self._clock = clock
        self._settings = settings_provider
        self._worker_id = worker_id
        self._rng = rng
        self._on_busy = on_busy
        self._concurrency = Concurrency(max_workers)

    @property
    def mode(self) -> str:
        """How sends go out now: "on its own thread" (a local endpoint) or "N in flight"."""
        return "on its own thread" if self._concurrency.inline() else f"{self._concurrency.limit()} in flight"

    def send_due(self, report: DispatchReport, stop: threading.Event) -> None:
        """Claim and send until nothing is due; on ``stop``, finish what is on the wire, release the rest."""
        in_flight: dict[Future[Outcome], Job] = {}
        workers = self._concurrency.max_workers
        with KeepOpen(self._db), ThreadPoolExecutor(workers, thread_name_prefix="dispatch-send") as pool:
            try:
                self._loop(pool, in_flight, report, stop)
            except BaseException:
                # Jobs not started yet never run: their messages stay claimed and are reconciled (as
                # certainly unsent) by the next run; those already on the wire finish first.
                for future in in_flight:
                    future.cancel()
                raise

    def _loop(
        self,
        pool: ThreadPoolExecutor,
        in_flight: dict[Future[Outcome], Job],
        report: DispatchReport,
        stop: threading.Event,
    ) -> None:
        exhausted = False
        while True:
            window = self._router.window
            if not self._concurrency.measured:  # learn the provider's latency on a small first batch
                window = min(window, 2 * self._concurrency.max_workers)
            room = window - len(in_flight)
            inline = self._concurrency.inline()  # drain the pool first, then send on this thread
            wanted = not in_flight if inline else not in_flight or room >= window // 2
            if not exhausted and not stop.is_set() and wanted:
                jobs, exhausted = self._claim_round(room, report)
                if jobs:
                    self._on_busy()
                failed = [Outcome(j, error=j.error) for j in jobs if j.error is not None]
                ready = [j for j in jobs if j.error is None]
                if failed:
                    self.record(failed, report)
                if inline:  # in order, on this thread, committed every INLINE_CHUNK messages
                    for start in range(0, len(ready), INLINE_CHUNK):
                        chunk = ready[start : start + INLINE_CHUNK]
                        self.record([self._send(job, stop) for job in chunk], report)
                else:
                    in_flight.update({pool.submit(self._send, job, stop): job for job in ready})
            if not in_flight:
                if exhausted or stop.is_set():
                    return
                continue
            done, _ = wait(in_flight, timeout=None if exhausted else 0.5, return_when=FIRST_COMPLETED)
            if done and len(done) < len(in_flight):
                more, _ = wait(set(in_flight) - done, timeout=RECORD_WINDOW)
                done |= more
            for future in done:
                del in_flight[future]
            if done:
                self.record([f.result() for f in done], report)

    # ---------------------------------------------------------------- claiming
    def _claim_round(self, limit: int, report: DispatchReport) -> tuple[list[Job], bool]:
        """Claim up to ``limit`` due messages; returns the jobs and whether the outbox is exhausted.

        The messages of an account whose breaker is tripped stay queued (not claimed, so no attempt is
        counted), except one probe when its pause is over.
        """
        now = self._clock.now()
        rules = self._settings().policy
        held = self._router.held_back(now)
        default = self._router.default_id()
        with self._db.session() as session:
            probes = [
                found
                for account_id, admission in held.items()
                if admission is Admission.PROBE
                for found in claims.due_candidates(
                    session, now, 1, default_account=default, only_account=account_id
                )
            ]
            candidates = probes + claims.due_candidates(
                session, now, max(limit - len(probes), 1), default_account=default, exclude_accounts=held
            )
            if not candidates:  # nothing due — or nothing but what a probe on its way may free
                return [], not self._router.probing()
            facts = claims.recipient_facts(session, candidates)
            moves: list[Move] = []
            sendable = []
            for candidate in candidates:
                decision = self._decide(candidate, facts[candidate.id], now, rules)
                if decision.action is not Action.SEND:
                    moves.append(verdict_move(candidate.id, decision, now))
                    continue
                routed, account, reroute = self._router.route(candidate, now)
                if reroute is not None:
                    claims.reroute(session, reroute, now)
                    report.rerouted += int(reroute.account_id != candidate.account_id)
                sendable.append((routed, account))
            done = set(repo.apply_moves(session, moves, now))
            report.messages |= done
            report.cancelled += sum(1 for m in moves if m.id in done and m.to is S.CANCELLED)
            report.deferred += sum(1 for m in moves if m.id in done and m.to is S.DEFERRED)
            won = set(claims.claim(session, [c.id for c, _ in sendable], self._worker_id, now))
        report.claimed += len(won)
        report.messages |= won
        probe_ids = {c.id for c in probes}
        jobs = []
        for candidate, account in sendable:
            if candidate.id not in won:
                continue
            probe = candidate.id in probe_ids
            job = self._router.job(candidate, account, probe=probe and account.id in held)
            if job.probe and job.error is None:
                self._router.lane(account).breaker.probe_claimed()
            jobs.append(job)
        return jobs, False

    def _decide(
        self, candidate: Candidate, facts: RecipientFacts, now: dt.datetime, rules: SendingPolicy
    ) -> policy.ClaimDecision:
        region, subdiv = facts.region, facts.subdiv
        if not facts.has_client:
            region, subdiv = phones.normalize(candidate.to).region, None
        recipient = compliance.Recipient(
            e164=candidate.to,
            region=region or "FR",
            subdiv=subdiv,
            promotional_consent=facts.promotional_consent,
            transactional_consent=facts.transactional_consent,
            suppressed_scopes=facts.scopes,
            number_status=NumberStatus.INVALID if facts.number_invalid else NumberStatus.OK,
            is_client=facts.has_client,
        )
        return policy.claim_decision(candidate.purpose, candidate.kind, recipient, now=now, policy=rules)

    # ---------------------------------------------------------------- sending (worker threads)
    def _send(self, job: Job, stop: threading.Event) -> Outcome:
        """Worker thread: a slot on the wire, then the account's turn, then the provider.

        The turn is taken inside the slot, so that a send leaves as soon as its turn comes (taking turns
        first and queueing for a slot afterwards would bunch the sends up behind the gate). The answer is
        told to the account's lane at once, so that its breaker holds the next sends back.
        """
        assert job.provider is not None
        if not self._concurrency.enter(stop):
            return self._released(job)
        started = cpu = 0.0
        lane = self._router.lane(job.account)
        try:
            if not lane.wait_turn(stop, probe=job.probe):
                return self._released(job)
            started, cpu = time.perf_counter(), time.thread_time()
            result = job.provider.send(job.sms)
        except ProviderError as exc:
            lane.note(exc)
            return Outcome(job, error=exc)
        except Exception:  # a bug in an adapter: we cannot know whether the message left
            _log.exception("provider %s failed unexpectedly", job.account.provider)
            return Outcome(job, error=TransientError(policy.INTERNAL_ERROR, may_have_been_sent=True))
        finally:
            if started:
                self._concurrency.leave(time.perf_counter() - started, time.thread_time() - cpu)
            else:
                self._concurrency.leave(None, None)
        lane.note(None)
        return Outcome(job, result=result)

    def _released(self, job: Job) -> Outcome:
        """Not sent (stopping, or the account's breaker tripped meanwhile): back to the queue."""
        if job.probe:
            self._router.lane(job.account).breaker.probe_released()
        return Outcome(job, released=True)

    # ---------------------------------------------------------------- recording (dispatcher thread)
    def record(self, outcomes: Sequence[Outcome], report: DispatchReport) -> None:
        """Commit what the sends became. Counted in ``report`` only once committed: results the database
        could not take (disk full…) are counted as ``unrecorded`` — their messages stay ``sending`` and the
        next run reconciles them with the provider."""
        now = self._clock.now()
        planned = [(o, self.move_for(o, now)) for o in outcomes]
        tally = DispatchReport()
        try:
            with self._db.session() as session:
                done = set(repo.apply_moves(session, [m for _, m in planned], now))
                for outcome, move in planned:
                    if move.id not in done:
                        _log.warning(
                            "message %s changed while it was being sent; result not recorded", move.id
                        )
                        continue
                    tally.messages.add(move.id)
                    _count(outcome, move, tally)
                    candidate = outcome.job.candidate
                    if outcome.error is not None and move.to is S.FAILED:
                        client_id, code = candidate.client_id, outcome.error.code
                        if client_id is not None and claims.apply_provider_verdict(
                            session, client_id, candidate.to, code, now
                        ):
                            tally.clients.add(client_id)
                    if outcome.result is not None and outcome.result.state.final:
                        status = StatusReport(outcome.result.provider_id, outcome.result.state)
                        final = polling.final_move(move.id, status, now)
                        if final is not None and repo.apply_moves(session, [final], now):
                            polling.count_final(tally, final.to)
        except StorageError:
            report.unrecorded += sum(1 for o in outcomes if o.result is not None)
            raise
        report.merge(tally)
        for outcome in outcomes:
            self._router.note_health(outcome, now)

    def move_for(self, outcome: Outcome, now: dt.datetime) -> Move:
        """The change of status a send's outcome makes (see policy for the rules)."""
        job, candidate, me = outcome.job, outcome.job.candidate, self._worker_id
        if outcome.released:
            restore = {"attempts": candidate.attempts, "claimed_by": None, "claimed_at": None}
            return Move(candidate.id, S.QUEUED, _SENDING, "released", restore, claimed_by=me)
        if outcome.result is not None:
            values = _sent_values(outcome, now)
            return Move(candidate.id, S.SENT, frozenset({S.SENDING, S.UNCERTAIN}), "accepted", values, me)
        error = outcome.error
        assert error is not None
        detail = f"{error.code}: {error.detail}" if error.detail else error.code
        failure: dict[str, object] = {"error_code": error.code, "error_detail": detail}
        attempts = candidate.attempts + 1  # the claim counted this attempt
        due = (
            policy.after_failure(
                attempts, now, now, self._rng, code=error.code, retry_after=error.retry_after
            )
            if error.transient
            else None
        )
        if error.transient and error.may_have_been_sent:
            # Ask the provider once the back-off is over (and the provider has settled): if it never got the
            # message, it is due again at once (recovery); after the last attempt, it fails then.
            lookup = now + dt.timedelta(seconds=UNCERTAIN_FIRST_LOOKUP)
            failure["next_attempt_at"] = max(lookup, due) if due is not None else lookup
            if due is not None:
                failure["due_at"] = due
            return Move(candidate.id, S.UNCERTAIN, _SENDING, error.code, failure, me)
        fall_back = self._router.can_fall_back(job.account)
        if not error.transient and error.code in policy.ACCOUNT_ERRORS and fall_back:
            failure.update(due_at=now, attempts=candidate.attempts)  # not the message's fault
            return Move(candidate.id, S.QUEUED, _SENDING, f"account_error:{error.code}", failure, me)
        if due is not None:
            failure.update(due_at=due, next_attempt_at=due)
            return Move(candidate.id, S.QUEUED, _SENDING, f"retry:{error.code}", failure, me)
        code = policy.RETRIES_EXHAUSTED if error.transient else error.code
        failure.update(error_code=code, final_at=now, next_attempt_at=None)
        return Move(candidate.id, S.FAILED, _SENDING, code, failure, me)


def _sent_values(outcome: Outcome, now: dt.datetime) -> dict[str, object]:
    result = outcome.result
    assert result is not None and outcome.job.provider is not None
    polls = outcome.job.provider.capabilities.delivery_status and not result.state.final
    values: dict[str, object] = {
        "provider_message_id": result.provider_id,
        "sent_at": now,
        "error_code": None,
        "error_detail": "",
        "next_attempt_at": policy.next_status_poll(now, now) if polls else None,
    }
    if result.segments:
        values["segments"] = result.segments
        values["cost_cents"] = result.segments * outcome.job.account.price_cents_per_segment
    return values


def _count(outcome: Outcome, move: Move, report: DispatchReport) -> None:
    if move.to is S.SENT:
        report.sent += 1
    elif move.to is S.UNCERTAIN:
        report.uncertain += 1
    elif move.to is S.FAILED:
        report.failed += 1
    elif outcome.released:
        report.released += 1
    else:
        report.retried += 1
    if outcome.error is not None:
        report.errors[outcome.error.code] += 1
