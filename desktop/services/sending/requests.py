"""What a sender asks of the gate (:class:`SendRequest` for one or many :class:`Addressee`), and what the gate
answers for each addressee (:class:`Checked`) and for the whole request (:class:`SendOutcome`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from desktop.core import compliance
from desktop.core.compliance import Finding
from desktop.core.entities import Message, MessageKind, Purpose
from desktop.core.errors import KnownError
from desktop.core.outgoing import Draft, Verdict
from desktop.services.sending.facts import Person

# Codes of the gate itself (texts in desktop.core.catalogue.outgoing).
NO_ADDRESSEE: Final = "send_no_addressee"
UNKNOWN_CLIENT: Final = "send_unknown_client"
SCHEDULE_PAST: Final = "compose_schedule_past"

_NO_VALUES: Final[Mapping[str, str | None]] = MappingProxyType({})


class GateError(KnownError):
    """A request the gate cannot take at all (not one addressee's refusal), with a stable ``code``."""


@dataclass(frozen=True, slots=True)
class Addressee:
    """Who one message goes to: a client (by id), or a number — which uses the client's card when it is a
    client's mobile, and otherwise only the business's values (transactional messages only).

    ``values`` are this addressee's own variables (a reminder's ``date_rdv``, ``heure_rdv``, ``praticien``,
    ``lieu``; an order's ``commande``; a survey's ``lien_enquete``…); they win over the card's and the
    business's. ``idempotency_key``: the same key is never stored twice (a reminder, an automatic answer).
    ``plain_names``: the sender accepted to write this client's own values (first name, name…) without the
    accents that make the message cost more SMS, for this message only (:class:`desktop.core.outgoing.
    PlainNames` decides whether it saves anything; the card is never changed).
    """

    client_id: int | None = None
    number: str | None = None
    values: Mapping[str, str | None] = field(default_factory=lambda: _NO_VALUES)
    appointment_id: int | None = None
    order_id: int | None = None
    idempotency_key: str | None = None
    plain_names: bool = False

    def __post_init__(self) -> None:
        if (self.client_id is None) == (self.number is None):
            raise ValueError("an addressee is a client_id or a number, exactly one of them")


@dataclass(frozen=True)
class SendRequest:
    """One message (a body or a template's body) for one or many addressees."""

    body: str
    purpose: Purpose
    addressees: tuple[Addressee, ...]
    kind: MessageKind = MessageKind.MANUAL
    account_id: int | None = None  # None: the default account
    template_id: int | None = None
    campaign_id: int | None = None
    urgent: bool = False  # transactional: no courtesy hours, no daily duplicate cap
    at: dt.datetime | None = None  # aware: leave at that moment (the legal hours may move it); None: now
    polite: bool = False  # a transactional message outside courtesy hours waits for them

    @property
    def draft(self) -> Draft:
        return Draft(self.body, Purpose(str(self.purpose)), self.kind, self.urgent)


@dataclass(frozen=True, slots=True)
class Checked:
    """The gate's answer for one addressee: the verdict of the rule, or why the addressee itself is unusable
    (an unknown client, a number no SMS can reach) — then there is no verdict."""

    index: int  # in the request's addressees
    addressee: Addressee
    person: Person | None
    verdict: Verdict | None
    refusal: Finding | None = None  # the addressee is unusable
    existing_id: int | None = None  # already stored under the addressee's idempotency key

    @property
    def accepted(self) -> bool:
        return self.verdict is not None and self.verdict.accepted and self.refusal is None

    @property
    def reasons(self) -> tuple[Finding, ...]:
        """Why it may not leave, most telling first."""
        if self.refusal is not None:
            return (self.refusal,)
        return self.verdict.reasons if self.verdict is not None else ()

    @property
    def client_id(self) -> int | None:
        client = self.person.client if self.person is not None else None
        return client.id if client is not None else None

    @property
    def to(self) -> str | None:
        return self.person.to if self.person is not None else None

    @property
    def name(self) -> str:
        if self.person is not None:
            return self.person.name
        return self.addressee.number or ""

    @property
    def departure(self) -> dt.datetime | None:
        """When the legal sending hours let it leave (UTC), if they move it; else None."""
        return compliance.deferral(self.verdict.findings) if self.verdict is not None else None


@dataclass(frozen=True)
class SendOutcome:
    """What :meth:`desktop.services.sending.gate.Gate.send` did: each addressee's answer, and the stored
    message of each accepted one (index in the request → message; already stored ones included)."""

    checked: tuple[Checked, ...]
    messages: Mapping[int, Message] = field(default_factory=dict)

    @property
    def queued(self) -> tuple[Message, ...]:
        return tuple(self.messages[c.index] for c in self.checked if c.index in self.messages)

    @property
    def refused(self) -> tuple[Checked, ...]:
        return tuple(c for c in self.checked if c.index not in self.messages)
