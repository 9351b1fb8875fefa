"""The records of the composer: per-recipient previews, the batch's totals, the "Optimiser pour SMS" saving
and the send modes (see :mod:`desktop.services.compose`). The facts and the rule are the gate's
(:mod:`desktop.services.sending`, :mod:`desktop.core.outgoing`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final

from desktop.core import compliance
from desktop.core.compliance import Finding, Severity
from desktop.core.entities import Purpose
from desktop.core.errors import KnownError
from desktop.core.outgoing import (
    BUSINESS_VALUE_MISSING,
    CLIENT_VARIABLES,
    EMPTY_BODY,
    KNOWN_NAMES,
    MISSING_VALUE,
    TOO_LONG,
    VARIABLE_UNAVAILABLE,
    PlainNames,
)
from desktop.core.sms import SmsAnalysis
from desktop.core.templates import TemplateProblem
from desktop.services.sending.facts import BUSINESS_VARIABLES, Facts

__all__ = [
    "BUSINESS_VALUE_MISSING",
    "EMPTY_BODY",
    "KNOWN_NAMES",
    "MISSING_VALUE",
    "TOO_LONG",
    "VARIABLE_UNAVAILABLE",
]

#: The variables a composer can fill (the others come from appointments, orders, visits).
COMPOSER_VARIABLES: Final = CLIENT_VARIABLES | BUSINESS_VARIABLES

# Codes of the composer (texts in desktop.core.catalogue.outgoing).
BODY_INVALID: Final = "compose_body_invalid"
NOBODY: Final = "compose_nobody"
SCHEDULE_PAST: Final = "compose_schedule_past"

#: What :meth:`ComposeService.gather` returns: the gate's facts about the recipients.
RecipientFacts = Facts


class ComposeError(KnownError):
    """A preview that cannot be sent, with a stable ``code`` (explained by the catalogue)."""


# ---------------------------------------------------------------------------------------- previews


@dataclass(frozen=True, slots=True)
class RecipientPreview:
    client_id: int
    name: str
    to: str | None
    text: str  # exactly what leaves (what cannot be filled is shown as typed)
    analysis: SmsAnalysis
    cost_cents: int
    findings: tuple[Finding, ...]  # most severe first
    plain_names: PlainNames | None = None  # the gate's word on this client's accents (its finding is above)

    @property
    def skipped(self) -> bool:
        return any(f.severity == Severity.BLOCK for f in self.findings)

    @property
    def reason(self) -> Finding | None:
        """The first finding that keeps the message from this recipient."""
        return next((f for f in self.findings if f.severity == Severity.BLOCK), None)

    @property
    def departure(self) -> dt.datetime | None:
        """When a promotion outside the sending hours will leave (UTC); None when it leaves at once."""
        return compliance.deferral(self.findings)

    @property
    def courtesy_departure(self) -> dt.datetime | None:
        """The next polite moment (UTC) when a transactional message falls outside courtesy hours."""
        return next((f.next_allowed for f in self.findings if f.code == compliance.COURTESY_HOURS), None)


@dataclass(frozen=True)
class ComposePreview:
    body: str
    purpose: Purpose
    template_id: int | None
    account_id: int
    urgent: bool
    when: dt.datetime
    token: str  # idempotency: sending this preview twice queues once
    price_cents_per_segment: int
    recipients: tuple[RecipientPreview, ...]
    problems: tuple[TemplateProblem, ...]  # in the body itself: nobody can receive it
    facts: RecipientFacts = field(repr=False, compare=False)
    plain_names: frozenset[int] = frozenset()  # clients whose name is written plain when that saves SMS

    def plain_names_offered(self) -> tuple[RecipientPreview, ...]:
        """The receiving clients whose accents make this message cost more SMS, their name not yet written
        plain (the gate's :class:`desktop.core.outgoing.PlainNames`, not applied)."""
        return tuple(r for r in self.receiving if r.plain_names is not None and not r.plain_names.applied)

    def plain_names_applied(self) -> tuple[RecipientPreview, ...]:
        """The receiving clients whose name is written plain for this message."""
        return tuple(r for r in self.receiving if r.plain_names is not None and r.plain_names.applied)

    @property
    def receiving(self) -> tuple[RecipientPreview, ...]:
        if self.problems or not self.body.strip():
            return ()
        return tuple(r for r in self.recipients if not r.skipped)

    @property
    def skipped(self) -> tuple[RecipientPreview, ...]:
        return tuple(r for r in self.recipients if r.skipped)

    def skipped_by_reason(self) -> dict[str, tuple[RecipientPreview, ...]]:
        """Finding code → the recipients it keeps out, most frequent reason first."""
        groups: dict[str, list[RecipientPreview]] = {}
        for r in self.skipped:
            groups.setdefault(r.reason.code if r.reason else "", []).append(r)
        return {k: tuple(v) for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))}

    @property
    def total_segments(self) -> int:
        return sum(r.analysis.segments for r in self.receiving)

    @property
    def total_cost_cents(self) -> int:
        return sum(r.cost_cents for r in self.receiving)

    @property
    def departures(self) -> tuple[dt.datetime, ...]:
        """Planned departures of the receiving recipients deferred by the sending hours, sorted."""
        return tuple(sorted(d for d in (r.departure for r in self.receiving) if d is not None))

    @property
    def first_departure(self) -> dt.datetime | None:
        return self.departures[0] if self.departures else None

    @property
    def last_departure(self) -> dt.datetime | None:
        return self.departures[-1] if self.departures else None

    @property
    def courtesy_count(self) -> int:
        return sum(1 for r in self.receiving if r.courtesy_departure is not None)

    @property
    def blocker(self) -> str | None:
        """Why nothing can be sent (a code), or None."""
        if not self.body.strip():
            return EMPTY_BODY
        if self.problems:
            return BODY_INVALID
        if not self.receiving:
            return NOBODY
        return None

    def recipient(self, client_id: int) -> RecipientPreview | None:
        return next((r for r in self.recipients if r.client_id == client_id), None)


@dataclass(frozen=True, slots=True)
class GsmSaving:
    """What "Optimiser pour SMS" would change, and what it saves for the whole batch."""

    body: str  # the body with the replacements
    replacements: tuple[tuple[str, str, int], ...]  # (character, replacement, count)
    segments_before: int  # for the first receiving recipient
    segments_after: int
    total_segments_before: int
    total_segments_after: int
    recipients: int
    saving_cents: int


MODE_NOW: Final = "now"
MODE_AT: Final = "at"
MODE_NEXT_ALLOWED: Final = "next_allowed"


@dataclass(frozen=True, slots=True)
class SendMode:
    """When to send: ``SendMode.now()``, ``SendMode.at(moment)`` or ``SendMode.next_allowed()``."""

    kind: str  # MODE_NOW | MODE_AT | MODE_NEXT_ALLOWED
    moment: dt.datetime | None = None

    @classmethod
    def now(cls) -> SendMode:
        return cls(MODE_NOW)

    @classmethod
    def next_allowed(cls) -> SendMode:
        return cls(MODE_NEXT_ALLOWED)

    @classmethod
    def at(cls, moment: dt.datetime) -> SendMode:
        if moment.tzinfo is None:
            raise ValueError("SendMode.at needs an aware datetime")
        return cls(MODE_AT, moment)

    @classmethod
    def parse(cls, mode: SendMode | str | dt.datetime) -> SendMode:
        """Accept a SendMode, ``"now"``, ``"next_allowed"`` or an aware datetime (scheduled)."""
        if isinstance(mode, SendMode):
            return mode
        if isinstance(mode, dt.datetime):
            return cls.at(mode)
        if mode in (MODE_NOW, MODE_NEXT_ALLOWED):
            return cls(mode)
        raise ValueError(f"unknown send mode: {mode!r}")
