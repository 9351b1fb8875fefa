"""The dispatcher: sends what is due, exactly once as far as the provider allows, and records every change.

One run (:meth:`Dispatcher.run_once`):

1. claims left in ``sending`` by a dispatcher that is gone become ``uncertain`` (:mod:`recovery`);
2. uncertain messages are reconciled with the provider before anything is sent again;
   then the agenda's notices whose moment has come are handed to the message gate (``planning``), so that
   what they queue leaves in this same pass;
3. due messages are **claimed** in batches — a conditional ``UPDATE … RETURNING`` (with ``FOR UPDATE SKIP
   LOCKED`` candidates on PostgreSQL) committed *before* any network call — after the compliance check is
   made again (opted out since queuing → ``cancelled``; a promotion outside the recipient's sending hours →
   ``deferred`` to the next allowed moment). They go out through each account's provider, paced by its rate
   limit (every sliding second) and held back by its circuit breaker while the provider fails (:mod:`lanes`),
   from a thread pool sized to the provider's latency — or from this thread when the
   provider answers within 2 ms (:class:`lanes.Concurrency`); results are committed in batches by
   this thread, the dispatcher's only writer (:mod:`sending`, :mod:`routing`);
4. delivery statuses and replies are polled (:mod:`polling`); the replies are then applied by the inbox
   (``replies``, :mod:`desktop.services.inbox.applying`), once each, whichever desk stored them.

A crash at any point leaves the database telling the truth: a message is ``sending`` only from its claim
until its result is committed, and a ``sending`` message found by the next run becomes ``uncertain``.

``worker_id`` identifies the desk: the same id after a restart lets the new run recognise the old run's
claims at once. Two dispatchers must never share an id at the same time (the command line and the window
hold :class:`desktop.services.dispatch.lock.InstanceLock` for that). Rules and numbers: :mod:`policy`.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable, Sequence

from desktop import logs
from desktop.core.clock import Clock
from desktop.providers.base import ProviderError
from desktop.services.changes import ChangeHub, Changes
from desktop.services.dispatch import policy, polling, recovery
from desktop.services.dispatch.ports import AccountsPort, PlanningStep, RepliesStep
from desktop.services.dispatch.report import DispatcherState, DispatcherStatus, DispatchReport
from desktop.services.dispatch.routing import Router
from desktop.services.dispatch.sending import Sender
from desktop.services.housekeeping import HousekeepingReport
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.errors import StorageError

__all__ = ["AccountsPort", "DispatchReport", "Dispatcher", "DispatcherState", "DispatcherStatus"]

_log = logs.get("dispatch")


class Dispatcher:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        accounts: AccountsPort,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings],
        worker_id: str,
        max_workers: int = 8,
        batch_size: int = 500,
        rng: random.Random | None = None,
        claim_lease: dt.timedelta = policy.CLAIM_LEASE,
        idle_interval: float = 5.0,
        on_state: Callable[[DispatcherState], None] | None = None,
        planning: PlanningStep | Sequence[PlanningStep] | None = None,
        replies: RepliesStep | None = None,
        housekeeping: Callable[[], HousekeepingReport | None] | None = None,
    ) -> None:
        self._db = db
        self._hub = hub
        self._accounts = accounts
        self._clock = clock
        self._settings = settings_provider
        self.worker_id = worker_id
        self._max_workers = max(1, max_workers)
        self._lease = claim_lease
        self._idle_interval = idle_interval
        self._planning: tuple[PlanningStep, ...] = (
            () if planning is None else tuple(planning) if isinstance(planning, Sequence) else (planning,)
        )
        self._replies = replies
        #: Called with each new :class:`DispatcherState` (from the dispatcher's thread): the window sets it.
        self.on_state = on_state
        #: The daily upkeep of the data (:mod:`desktop.services.housekeeping`), run after each pass.
        self._housekeeping = housekeeping
        self._router = Router(accounts, clock, max_workers=self._max_workers, batch_size=max(1, batch_size))
        self._sender = Sender(
            db,
            self._router,
            clock,
            settings_provider=settings_provider,
            worker_id=worker_id,
            max_workers=self._max_workers,
            rng=rng or random.Random(),
            on_busy=self._busy,
        )
        self._state = DispatcherState(DispatcherStatus.IDLE)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    # ---------------------------------------------------------------- running
    @property
    def state(self) -> DispatcherState:
        return self._state

    def set_state_listener(self, listener: Callable[[DispatcherState], None] | None) -> None:
        """Who hears about state changes (called on the dispatcher's thread); None: nobody."""
        self.on_state = listener

    @property
    def sending_mode(self) -> str:
        """How many sends are on the wire at once (adapted to the provider's latency), for logs and support."""
        return self._sender.mode

    def run_once(self, stop: threading.Event | None = None) -> DispatchReport:
        """One pass: recover, reconcile, send everything due, poll statuses and replies.

        Environment trouble (database locked, provider unreachable while recovering) ends the pass with an
        ``error`` state and its code; a bug in one phase is logged and the other phases still run.
        """
        halt = stop or threading.Event()
        report = DispatchReport()
        error = self._run_phases(report, halt)
        self._housekeep(report, halt)
        error = error or next((c for c in report.errors if c in policy.ACCOUNT_ERRORS), None)
        error = error or (policy.PROVIDER_PAUSED if self._router.paused() else None)
        self._set_state(
            DispatcherState(DispatcherStatus.ERROR, error)
            if error
            else DispatcherState(DispatcherStatus.IDLE)
        )
        if report.busy:
            counts = " ".join(f"{n}={getattr(report, n)}" for n in report.counters() if getattr(report, n))
            _log.info("dispatch run (%s): %s", self.sending_mode, counts)
        if report.messages or report.clients or report.inbound:
            changes = Changes(
                messages=frozenset(report.messages),
                clients=frozenset(report.clients),
                inbound=report.inbound > 0,
            )
            self._hub.publish(changes)
        return report

    def _run_phases(self, report: DispatchReport, halt: threading.Event) -> str | None:
        phases: list[Callable[[DispatchReport, threading.Event], None]] = [
            self._recover,
            self._reconcile,
            self._plan,
            self._send_due,
            self._poll_statuses,
            self._poll_inbound,
        ]
        error: str | None = None
        for index, phase in enumerate(phases):
            if halt.is_set() and index:
                break
            try:
                if not index:
                    self._router.refresh()
                phase(report, halt)
            except (StorageError, ProviderError) as exc:
                _log.warning("dispatcher run stopped: %s", exc.code)
                report.errors[exc.code] += 1
                return exc.code
            except Exception:
                _log.exception("dispatcher phase %s failed", getattr(phase, "__name__", phase))
                report.errors[policy.INTERNAL_ERROR] += 1
                error = policy.INTERNAL_ERROR
                if not index:
                    return error  # without accounts nothing else can run
        return error

    def run_forever(self, stop: threading.Event) -> DispatchReport:
        """Run until ``stop`` is set; the messages in flight are finished, the others released."""
        total = DispatchReport()
        _log.info("dispatcher running as %s", self.worker_id)
        while not stop.is_set():
            report = self.run_once(stop)
            total.merge(report)
            if not report.busy or report.errors:
                stop.wait(self._idle_interval)  # a real wait: stop interrupts it at once
        self._set_state(DispatcherState(DispatcherStatus.STOPPED))
        return total

    def start(self) -> None:
        """Run in a background thread (the window's mode) until :meth:`stop`."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self.run_forever, args=(self._stop,), name="dispatcher", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float | None = 60.0) -> None:
        """Ask the background thread to stop and wait for it (the message in flight is finished)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _set_state(self, state: DispatcherState) -> None:
        if state != self._state:
            self._state = state
            if self.on_state is not None:
                self.on_state(state)

    def _busy(self) -> None:
        if self._state.status is not DispatcherStatus.SENDING:
            self._set_state(DispatcherState(DispatcherStatus.SENDING))

    # ---------------------------------------------------------------- phases
    def _recover(self, report: DispatchReport, _stop: threading.Event) -> None:
        recovery.recover_stale(self._db, self._clock, self.worker_id, report, lease=self._lease)

    def _reconcile(self, report: DispatchReport, _stop: threading.Event) -> None:
        recovery.reconcile(self._db, self._accounts, self._clock, report)

    def _poll_statuses(self, report: DispatchReport, _stop: threading.Event) -> None:
        polling.poll_statuses(self._db, self._accounts, self._clock, report, max_workers=self._max_workers)

    def _poll_inbound(self, report: DispatchReport, _stop: threading.Event) -> None:
        polling.poll_inbound(self._db, self._accounts, self._clock, report)
        if self._replies is not None:
            applied, opt_outs = self._replies.apply_replies()
            report.replies_applied += applied
            report.opt_outs += opt_outs

    def _plan(self, _report: DispatchReport, _stop: threading.Event) -> None:
        for step in self._planning:
            step.run_due()

    def _send_due(self, report: DispatchReport, stop: threading.Event) -> None:
        self._sender.send_due(report, stop)

    def _housekeep(self, report: DispatchReport, stop: threading.Event) -> None:
        if self._housekeeping is None or stop.is_set():
            return
        try:
            done = self._housekeeping()
        except Exception:  # the upkeep never stops the sending
            _log.exception("housekeeping failed")
            return
        if done is not None:
            report.housekeeping.append(done)
