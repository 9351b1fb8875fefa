"""What the agenda needs from the rest of the application: a way to hand notices to the message gate.

:class:`NoticeOutbox` is shaped like the single message gate's input (every outgoing message goes through
it): the agenda never builds the text that leaves nor decides consent, hours or caps. The gate renders the
template with the client's values plus :attr:`NoticeRequest.values`, adds the mentions the purpose needs,
checks consent (a client who opted out of reminders is refused), hours and caps, and queues the message
under the request's idempotency key — asking twice with the same key never queues twice.

The application's implementation is :class:`desktop.services.agenda.gate_outbox.GateNoticeOutbox`; tests
may pass a small in-memory one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

from desktop.core.entities import MessageKind, Purpose


@dataclass(frozen=True, slots=True)
class NoticeRequest:
    """One message to queue for one client."""

    client_id: int
    template_id: int
    purpose: Purpose
    kind: MessageKind
    idempotency_key: str
    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # date_rdv, heure_rdv…
    appointment_id: int | None = None  # the first of the SMS's appointments
    order_id: int | None = None
    urgent: bool = False
    due_at: dt.datetime | None = None  # None: now


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why the gate will not queue a message: a catalogue code and its parameters."""

    code: str
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class NoticeOutcome:
    """Per request: the queued message's id, or the reasons it may not leave (most important first)."""

    message_id: int | None
    refusals: tuple[Refusal, ...] = ()


class NoticeOutbox(Protocol):
    def submit(self, requests: Sequence[NoticeRequest]) -> list[NoticeOutcome]:
        """One outcome per request, in order. Idempotent per ``idempotency_key``."""
        ...
