"""The agenda's vocabulary: appointments, orders (optician orders, craftsman interventions) and the notices
planned for them (reminders, "ready" messages, pickup reminders, surveys, intervention notices).

Plain frozen records, detached from any database session. Times are aware datetimes in UTC.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from desktop.core.entities import AppointmentStatus, MessageKind, MessageStatus, OrderStatus

#: Appointments that still take place (reminders are planned for them only).
ACTIVE_APPOINTMENTS: Final = frozenset({AppointmentStatus.PLANNED, AppointmentStatus.CONFIRMED})
#: Orders that are finished: nothing more is planned or sent for them.
CLOSED_ORDERS: Final = frozenset({OrderStatus.COLLECTED, OrderStatus.CANCELLED})


class NoticeKind(StrEnum):
    """What a planned notice is for."""

    DAY_BEFORE = "day_before"  # the reminder before the appointment (D-1 by default)
    MORNING_OF = "morning_of"  # the optional reminder on the morning of an afternoon appointment
    CONFIRMATION = "confirmation"  # booked (or moved) after the reminder's moment: confirmed at once
    READY = "ready"  # an order is ready
    PICKUP = "pickup"  # a ready order not collected after N days
    SURVEY = "survey"  # the satisfaction survey after a collection or a visit (planned, sent later)
    REVIEW = "review"  # the review request after a collection or a visit ({lien_avis})
    ON_THE_WAY = "on_the_way"  # « technicien en route, arrivée vers … »
    DELAY = "delay"  # « il arrivera vers … »
    QUOTE_DATE = "quote_date"  # « votre devis vous sera envoyé le … »


APPOINTMENT_NOTICES: Final = frozenset(
    {NoticeKind.DAY_BEFORE, NoticeKind.MORNING_OF, NoticeKind.CONFIRMATION}
)
INTERVENTION_NOTICES: Final = frozenset({NoticeKind.ON_THE_WAY, NoticeKind.DELAY, NoticeKind.QUOTE_DATE})
#: What follows a visit or a collection: the satisfaction survey and the review request.
FEEDBACK_NOTICES: Final = frozenset({NoticeKind.SURVEY, NoticeKind.REVIEW})


def message_kind(kind: NoticeKind) -> MessageKind:
    """The kind of message the gate is asked for (it decides consent scopes — « STOP RAPPEL » — and caps)."""
    if kind in APPOINTMENT_NOTICES:
        return MessageKind.REMINDER
    if kind is NoticeKind.REVIEW:
        return MessageKind.REVIEW_REQUEST
    return MessageKind.SURVEY if kind is NoticeKind.SURVEY else MessageKind.ORDER_NOTICE


class NoticeStatus(StrEnum):
    PLANNED = "planned"  # waiting for its moment
    QUEUED = "queued"  # handed to the message gate, which queued it (see the message's own status)
    BLOCKED = "blocked"  # the gate refused it (reasons kept): staff must act
    CANCELLED = "cancelled"  # no longer wanted (appointment cancelled or moved, order collected…)
    SKIPPED = "skipped"  # its moment passed while Comptoir was closed, and it was no longer useful


@dataclass(frozen=True, slots=True)
class AppointmentDraft:
    """What a user (or a command) gives for an appointment; checked by the appointments service."""

    client_id: int
    start: dt.datetime  # aware
    duration_minutes: int = 30
    kind: str = ""
    staff: str = ""
    location: str = ""
    reason: str = ""  # internal, never put in an SMS by default


@dataclass(frozen=True, slots=True)
class Appointment:
    id: int
    client_id: int
    start: dt.datetime
    end: dt.datetime
    staff: str
    kind: str
    location: str
    reason: str
    status: AppointmentStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    client_name: str = ""

    @property
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_APPOINTMENTS


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One appointment as a day or a week of the agenda shows it (no internal note, no history)."""

    id: int
    client_id: int
    client_name: str
    start: dt.datetime
    end: dt.datetime
    staff: str
    kind: str
    location: str
    status: AppointmentStatus
    blocked_notices: int = 0  # notices the gate refused: the agenda shows ⚠

    @property
    def duration_minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_APPOINTMENTS


@dataclass(frozen=True, slots=True)
class Booking:
    """What planning reads about an appointment: who, when, what kind, its status and when it was booked."""

    id: int
    client_id: int
    start: dt.datetime
    kind: str
    status: AppointmentStatus
    booked_at: dt.datetime
    region: str = "FR"  # where the client lives: the courtesy window of their reminders
    subdiv: str | None = None

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_APPOINTMENTS


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    client_id: int
    label: str
    status: OrderStatus
    amount_cents: int | None
    ready_at: dt.datetime | None
    collected_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime
    client_name: str = ""


@dataclass(frozen=True, slots=True)
class Notice:
    """One planned notice and what became of it. Several same-day appointments of one client share one
    ``key`` (one SMS): each appointment has its own row, all with the same message once queued."""

    id: int
    client_id: int
    appointment_id: int | None
    order_id: int | None
    kind: NoticeKind
    key: str  # the idempotency key handed to the gate
    due_at: dt.datetime
    expires_at: dt.datetime | None  # after this moment it is no longer useful
    status: NoticeStatus
    reason: str | None = None  # catalogue code (blocked, cancelled, skipped)
    reason_params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    template: str = ""  # the template's name
    values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # fixed extra values
    message_id: int | None = None
    message_status: MessageStatus | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
