"""The gate: the one use case every outgoing message goes through, whoever sends it.

The composer (through :class:`desktop.services.compose.ComposeService`), the command line's ``send`` and
every automatic sender (reminders, order notices, automatic answers, surveys, campaigns) ask the gate; nothing
else builds an outgoing text or decides whether it may leave. Three steps:

1. :meth:`Gate.gather` reads, in a few bulk queries, what the rules need about the addressees and the
   account (:mod:`.facts`). It touches the database.
2. :meth:`Gate.check` applies the rule of :mod:`desktop.core.outgoing` to each addressee: the exact text,
   its figures and cost, the findings, the departure — or the reasons it may not leave. Pure CPU.
3. :meth:`Gate.store` hands the accepted ones to the outbox, exactly as checked: ``deferred`` (« Reporté
   (heures légales) ») with the moment the legal hours allow when they moved it.

:meth:`Gate.send` does the three for one request at its moment. An addressee whose ``idempotency_key`` is
already stored is not checked again: the stored message is returned, so a reminder or an automatic answer
asked twice is queued once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Final, Protocol

from desktop.core import compliance, outgoing
from desktop.core.clock import Clock
from desktop.core.compliance import Finding, Severity
from desktop.core.entities import Message, ProviderAccount
from desktop.core.outgoing import AccountFacts, Values
from desktop.services.outbox import OutboxService, ReadyMessage
from desktop.services.sending import facts as facts_module
from desktop.services.sending.facts import Facts, Person
from desktop.services.sending.requests import (
    NO_ADDRESSEE,
    SCHEDULE_PAST,
    UNKNOWN_CLIENT,
    Addressee,
    Checked,
    GateError,
    SendOutcome,
    SendRequest,
)
from desktop.settings import Settings
from desktop.storage.db import Database

#: A moment chosen "now" in a dialog is a little in the past when it arrives: still now, not refused.
PAST_TOLERANCE: Final = dt.timedelta(minutes=1)


class GateAccounts(Protocol):
    """What the gate needs from the accounts service: which account, and its static facts."""

    def get(self, account_id: int) -> ProviderAccount: ...

    def default(self) -> ProviderAccount: ...

    def facts(self, account_id: int) -> AccountFacts: ...


class Gate:
    def __init__(
        self,
        db: Database,
        outbox: OutboxService,
        accounts: GateAccounts,
        settings_provider: Callable[[], Settings],
        clock: Clock,
    ) -> None:
        self._db = db
        self._outbox = outbox
        self._accounts = accounts
        self._settings = settings_provider
        self._clock = clock

    # ---------------------------------------------------------------- 1. facts
    def gather(
        self,
        addressees: Sequence[Addressee] = (),
        account_id: int | None = None,
        *,
        client_ids: Sequence[int] = (),
    ) -> Facts:
        """Read what the rules need about these addressees (and clients) and the account (database)."""
        ids = [*client_ids, *(a.client_id for a in addressees if a.client_id is not None)]
        numbers = [a.number for a in addressees if a.number is not None]
        account = self._accounts.get(account_id) if account_id is not None else self._accounts.default()
        return facts_module.gather(
            self._db,
            self._settings(),
            account,
            self._accounts.facts(account.id),
            self._clock.now(),
            client_ids=ids,
            numbers=numbers,
        )

    # ---------------------------------------------------------------- 2. the rule
    def check(
        self, request: SendRequest, facts: Facts, when: dt.datetime | None = None
    ) -> tuple[Checked, ...]:
        """Each addressee's verdict at ``when`` (aware; default now), from ``facts`` only (no database)."""
        moment = when or self._clock.now()
        draft = request.draft
        context = facts.context()
        return tuple(
            self._check_one(index, addressee, draft, context, facts, moment)
            for index, addressee in enumerate(request.addressees)
        )

    def compose(self, request: SendRequest, facts: Facts) -> tuple[outgoing.Composed | None, ...]:
        """Each addressee's text and figures from ``facts``, before the compliance rules (None for an
        addressee nobody can be reached at): what a body would cost, without judging it."""
        draft = request.draft
        return tuple(
            None if isinstance(person, Finding) else _compose(addressee, person, draft, facts)
            for addressee, person in ((a, _person(a, facts)) for a in request.addressees)
        )

    @staticmethod
    def _check_one(
        index: int,
        addressee: Addressee,
        draft: outgoing.Draft,
        context: compliance.Context,
        facts: Facts,
        when: dt.datetime,
    ) -> Checked:
        person = _person(addressee, facts)
        if isinstance(person, Finding):
            return Checked(index, addressee, None, None, refusal=person)
        composed = _compose(addressee, person, draft, facts)
        recipient = person.recipient_at(when, composed.text)
        verdict = outgoing.judge(composed, recipient, context, facts.sending, when)
        return Checked(index, addressee, person, verdict)

    def moment(self, at: dt.datetime | None) -> dt.datetime:
        """When a request leaves: now, or its scheduled moment (refused when already past)."""
        now = self._clock.now()
        if at is None:
            return now
        if at.tzinfo is None or at.utcoffset() is None:
            raise ValueError("a scheduled moment must be an aware datetime")
        if at < now - PAST_TOLERANCE:
            raise GateError(SCHEDULE_PAST)
        return max(at.astimezone(dt.UTC), now)

    # ---------------------------------------------------------------- 3. storing
    def store(
        self, request: SendRequest, checked: Sequence[Checked], facts: Facts, when: dt.datetime
    ) -> dict[int, Message]:
        """Store the accepted addressees' messages as checked (not those already stored); index → message."""
        ready = [
            (c.index, self._ready(request, c, facts, when))
            for c in checked
            if c.accepted and c.to is not None and c.existing_id is None
        ]
        stored = self._outbox.store([message for _, message in ready]) if ready else []
        return {index: message for (index, _), message in zip(ready, stored, strict=True)}

    @staticmethod
    def _ready(request: SendRequest, checked: Checked, facts: Facts, when: dt.datetime) -> ReadyMessage:
        verdict = checked.verdict
        assert verdict is not None and checked.to is not None
        due = when
        if verdict.deferred:
            due = max(verdict.departure, when)
        elif request.polite and verdict.courtesy_departure is not None:
            due = max(verdict.courtesy_departure, when)
        addressee = checked.addressee
        return ReadyMessage(
            to=checked.to,
            body=verdict.text,
            encoding=str(verdict.analysis.encoding),
            segments=verdict.analysis.segments,
            cost_cents=verdict.cost_cents,
            purpose=request.draft.purpose,
            kind=request.kind,
            account_id=facts.account.id,
            due_at=due,
            deferred=verdict.deferred,
            client_id=checked.client_id,
            template_id=request.template_id,
            campaign_id=request.campaign_id,
            appointment_id=addressee.appointment_id,
            order_id=addressee.order_id,
            urgent=request.urgent,
            idempotency_key=addressee.idempotency_key,
        )

    def existing(self, keys: Sequence[str]) -> dict[str, int]:
        """Idempotency key → id of the messages already stored under one of ``keys``."""
        return self._outbox.existing(keys) if keys else {}

    # ---------------------------------------------------------------- all three
    def send(self, request: SendRequest) -> SendOutcome:
        """Check every addressee at the request's moment and queue the accepted ones.

        Raises :class:`GateError` when the request itself cannot be taken (no addressee, a moment already
        past); each addressee's refusal is in the outcome (``refused``, with ``reasons``)."""
        if not request.addressees:
            raise GateError(NO_ADDRESSEE)
        when = self.moment(request.at)
        existing = self.existing([a.idempotency_key for a in request.addressees if a.idempotency_key])
        facts = self.gather(request.addressees, request.account_id)
        checked = tuple(
            dataclasses.replace(c, existing_id=existing.get(c.addressee.idempotency_key or ""))
            for c in self.check(request, facts, when)
        )
        messages = self.store(request, checked, facts, when)
        for c in checked:
            if c.existing_id is not None:
                messages[c.index] = self._outbox.get(c.existing_id)
        return SendOutcome(checked, messages)


def _compose(addressee: Addressee, person: Person, draft: outgoing.Draft, facts: Facts) -> outgoing.Composed:
    """Steps 1–3 of the rule for one addressee: the business's values, then the card's, then the sender's."""
    values = Values(facts.business_values, person.client_values(), addressee.values)
    return outgoing.compose_text(draft, values, facts.sending, plain_names=addressee.plain_names)


def _person(addressee: Addressee, facts: Facts) -> Person | Finding:
    """The person an addressee is, or the refusal that says why nobody can be reached."""
    if addressee.client_id is not None:
        found = facts.people.get(addressee.client_id)
        if found is None:
            return Finding(UNKNOWN_CLIENT, Severity.BLOCK, {"client": str(addressee.client_id)})
        return found
    raw = addressee.number or ""
    known = facts.by_number.get(raw)
    if known is None:  # not gathered: an empty number, or facts of other addressees
        return Finding(compliance.NO_MOBILE, Severity.BLOCK)
    if isinstance(known, str):
        return Finding(known, Severity.BLOCK, {"number": raw})
    return known
