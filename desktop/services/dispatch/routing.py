"""Which account a message leaves through, at what pace, and the fallback rule.

The default account's consecutive account-level failures (transient errors, ``auth_failed``,
``insufficient_credit``) are counted; at :data:`policy.FALLBACK_THRESHOLD` the default is set aside
for :data:`policy.FALLBACK_COOLDOWN` and its messages are moved to the fallback account at claim
time (history detail ``fallback:<from>><to>``). A success resets the count. Only the default account falls
back, and only to a fallback whose adapter can be built.

The text of a promotion is made right for the account it leaves through by the gate's own rule
(:func:`desktop.core.outgoing.retarget`): the first account's STOP mention is swapped for the fallback's, and
a promotion stored without the mention its account needs (by an older version) gets it (history detail
``stop_mention``). Figures and cost are counted again by :func:`desktop.core.outgoing.figures`.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace

from desktop import logs
from desktop.core import outgoing
from desktop.core.clock import Clock
from desktop.core.entities import ProviderAccount, Purpose
from desktop.core.outgoing import AccountFacts
from desktop.providers.base import OutgoingSms, Provider, ProviderError, SendResult
from desktop.services.dispatch import policy
from desktop.services.dispatch.lanes import Admission, Lane
from desktop.services.dispatch.ports import AccountsPort
from desktop.storage.repositories.message_dispatch import Candidate, Reroute

_log = logs.get("dispatch")

CLAIM_HORIZON = 2.0  # seconds of sending at the fastest account's rate claimed ahead


@dataclass(frozen=True, slots=True)
class Job:
    candidate: Candidate
    account: ProviderAccount
    provider: Provider | None
    sms: OutgoingSms
    error: ProviderError | None = None  # the adapter could not even be built: nothing left
    probe: bool = False  # sent while the account's breaker is half-open, to see whether it works again


@dataclass(frozen=True, slots=True)
class Outcome:
    job: Job
    result: SendResult | None = None
    error: ProviderError | None = None
    released: bool = False  # stopped before the network call: certainly not sent


class Router:
    """Accounts as the dispatcher sees them during a run; lanes live as long as the dispatcher."""

    def __init__(self, accounts: AccountsPort, clock: Clock, *, max_workers: int, batch_size: int) -> None:
        self._accounts = accounts
        self._clock = clock
        self._max_workers = max_workers
        self._batch_size = batch_size
        self._lanes: dict[int, Lane] = {}
        self._default: ProviderAccount | None = None
        self._fallback: ProviderAccount | None = None
        self._providers: dict[int, Provider | ProviderError] = {}
        self._facts: dict[int, AccountFacts] = {}
        self.window = batch_size

    def refresh(self) -> None:
        """Read the accounts again (once per run): default, usable fallback, claim window, adapters."""
        self._providers.clear()
        self._facts.clear()
        self._default = self._accounts.default()
        fallback = self._accounts.fallback()
        self._fallback = None
        if fallback is not None and fallback.id != self._default.id:
            try:  # a fallback whose adapter cannot be built (missing secret) is no fallback
                self.provider(fallback.id)
                self._fallback = fallback
            except ProviderError as exc:
                _log.warning("fallback account unavailable: %s", exc.code)
        rates = [a.rate_per_second for a in self._accounts.list()] or [self._default.rate_per_second]
        ahead = math.ceil(max(rates) * CLAIM_HORIZON)
        self.window = max(1, min(self._batch_size, max(2 * self._max_workers, ahead)))

    def account(self, account_id: int | None) -> ProviderAccount:
        assert self._default is not None, "refresh() first"
        if account_id is None or account_id == self._default.id:
            return self._default
        if self._fallback is not None and account_id == self._fallback.id:
            return self._fallback
        return self._accounts.get(account_id)

    def lane(self, account: ProviderAccount) -> Lane:
        lane = self._lanes.get(account.id)
        if lane is None:
            lane = self._lanes[account.id] = Lane(account, self._clock)
        else:
            lane.update(account)
        return lane

    def route(
        self, candidate: Candidate, now: dt.datetime
    ) -> tuple[Candidate, ProviderAccount, Reroute | None]:
        """The account the message leaves through — its own, or the fallback while the default is failing —
        and its text made right for that account; a Reroute when either changes."""
        account = self.account(candidate.account_id)
        target, detail = account, "stop_mention"
        lane = self.lane(account)
        fallback = self._fallback
        if fallback is not None and self.can_fall_back(account) and lane.tripped_until is not None:
            if lane.tripped_until <= now:
                lane.tripped_until = None
            else:
                target, detail = fallback, f"fallback:{account.id}>{fallback.id}"
        body = candidate.body
        if candidate.purpose is Purpose.PROMOTIONAL:
            body = outgoing.retarget(body, candidate.purpose, self.facts(account.id), self.facts(target.id))
        if target is account and body == candidate.body:
            return candidate, account, None
        counted = outgoing.figures(body, self.facts(target.id))
        reroute = Reroute(
            message_id=candidate.id,
            account_id=target.id,
            body=body,
            encoding=str(counted.analysis.encoding),
            segments=counted.analysis.segments,
            cost_cents=counted.cost_cents,
            detail=detail,
        )
        return replace(candidate, account_id=target.id, body=body), target, reroute

    def facts(self, account_id: int) -> AccountFacts:
        """The account's static facts (STOP mention, price…), asked once per run."""
        found = self._facts.get(account_id)
        if found is None:
            found = self._facts[account_id] = self._accounts.facts(account_id)
        return found

    def default_id(self) -> int:
        """The default account's id (messages without an account leave through it)."""
        return self.account(None).id

    def held_back(self, now: dt.datetime) -> dict[int, Admission]:
        """Accounts whose breaker holds their messages back (``CLOSED``) or lets one through (``PROBE``).

        Not the default account while its messages are moved to the fallback account: the claim moves them.
        """
        held: dict[int, Admission] = {}
        for account_id, lane in list(self._lanes.items()):  # a copy: workers may add a lane meanwhile
            admission = lane.breaker.admission()
            if admission is Admission.OPEN:
                continue
            rerouted = lane.tripped_until is not None and lane.tripped_until > now
            if rerouted and self._fallback is not None and account_id == self.default_id():
                continue
            held[account_id] = admission
        return held

    def probing(self) -> bool:
        """True while some account's probe is on its way: its other messages may be claimed after it."""
        return any(lane.breaker.probing for lane in list(self._lanes.values()))

    def paused(self) -> bool:
        """True when some account's sending is paused by its breaker (the window's status bar says so)."""
        return any(lane.breaker.tripped for lane in list(self._lanes.values()))

    def job(self, candidate: Candidate, account: ProviderAccount, *, probe: bool = False) -> Job:
        message = OutgoingSms(
            to=candidate.to,
            body=candidate.body,
            sender=account.sender,
            reference=candidate.idempotency_key,
            purpose=candidate.purpose,
        )
        try:
            provider = self.provider(account.id)
        except ProviderError as exc:
            return Job(candidate, account, None, message, exc)
        return Job(candidate, account, provider, message, probe=probe)

    def provider(self, account_id: int) -> Provider:
        """The account's adapter, asked of the accounts service once per run (it reads the database)."""
        found = self._providers.get(account_id)
        if found is None:
            try:
                found = self._accounts.provider(account_id)
            except ProviderError as exc:
                found = exc
            self._providers[account_id] = found
        if isinstance(found, ProviderError):
            raise found.with_traceback(None)
        return found

    def can_fall_back(self, account: ProviderAccount) -> bool:
        return self._fallback is not None and self._default is not None and account.id == self._default.id

    def note_health(self, outcome: Outcome, now: dt.datetime) -> None:
        """Count the account's consecutive failures; trip the fallback rule. (The 429 pause and the breaker
        learn from each answer on the worker's thread, at once: :meth:`Lane.note`.)"""
        lane = self.lane(outcome.job.account)
        error = outcome.error
        if outcome.result is not None:
            lane.failures = 0
            return
        if error is None:
            return
        if error.transient or error.code in policy.ACCOUNT_ERRORS:
            lane.failures += 1
            if lane.failures >= policy.FALLBACK_THRESHOLD and self.can_fall_back(outcome.job.account):
                lane.failures = 0
                lane.tripped_until = now + policy.FALLBACK_COOLDOWN
                _log.warning("default account failing (%s): switching to the fallback account", error.code)
