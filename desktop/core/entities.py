"""The product's vocabulary: enums and plain records shared by every layer.

Records are frozen dataclasses detached from any database session, so they can cross threads and layers
freely. Times are aware datetimes in UTC; phone numbers are E.164 strings; money is integer cents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Purpose(StrEnum):
    TRANSACTIONAL = "transactional"
    PROMOTIONAL = "promotional"
    SURVEY = "survey"


class MessageKind(StrEnum):
    """Why a message is sent: drives rules (a « STOP RAPPEL » stops reminders only; the confirmation of an
    opt-out still reaches an opted-out number) and tells the replies what a client answered to."""

    MANUAL = "manual"  # written by someone in the composer or on the command line
    REMINDER = "reminder"  # of an appointment
    ORDER_NOTICE = "order_notice"  # an order or intervention: ready, pickup reminder, on the way
    SURVEY = "survey"
    REVIEW_REQUEST = "review_request"
    AUTO_REPLY = "auto_reply"  # the automatic answer to a keyword
    OPT_OUT_CONFIRMATION = "opt_out_confirmation"
    CAMPAIGN = "campaign"


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    EXPIRED = "expired"
    UNCERTAIN = "uncertain"
    CANCELLED = "cancelled"
    DEFERRED = "deferred"


#: States after which nothing more will happen to a message on its own.
FINAL_STATUSES = frozenset(
    {
        MessageStatus.DELIVERED,
        MessageStatus.UNDELIVERED,
        MessageStatus.FAILED,
        MessageStatus.EXPIRED,
        MessageStatus.CANCELLED,
    }
)


class ConsentPurpose(StrEnum):
    """What a consent event is about. Besides the two purposes, a client may object to one family of
    transactional messages only (« STOP RAPPEL »): such events are kept under the family's name and only the
    suppression list acts on them (see :mod:`desktop.core.optout`)."""

    TRANSACTIONAL = "transactional"
    PROMOTIONAL = "promotional"
    REMINDERS = "reminders"
    ORDER_NOTICES = "order_notices"
    SURVEYS = "surveys"


class ConsentState(StrEnum):
    GRANTED = "granted"
    WITHDRAWN = "withdrawn"
    UNKNOWN = "unknown"


class ConsentSource(StrEnum):
    FORM = "form"
    PAPER = "paper"
    IMPORT = "import"
    SMS_REPLY = "sms_reply"
    USER = "user"
    PROVIDER = "provider"


class NumberStatus(StrEnum):
    """What the providers told us about a client's mobile number."""

    OK = "ok"
    INVALID = "invalid"
    UNREACHABLE = "unreachable"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    DONE = "done"
    NO_SHOW = "no_show"


class OrderStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    READY = "ready"
    COLLECTED = "collected"
    CANCELLED = "cancelled"


class Interpretation(StrEnum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    SCORE = "score"
    KEYWORD = "keyword"
    UNKNOWN = "unknown"


class Sector(StrEnum):
    OPTICIAN = "optician"
    CLINIC = "clinic"
    CRAFTSMAN = "craftsman"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ClientDraft:
    """What a user (or an import) provides for a client; validated by the clients service."""

    first_name: str = ""
    last_name: str = ""
    civility: str = ""
    mobile: str = ""
    other_phone: str = ""
    email: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    birthday: dt.date | None = None
    tags: tuple[str, ...] = ()
    notes: str = ""
    language: str = "fr"


@dataclass(frozen=True, slots=True)
class Client:
    id: int
    first_name: str
    last_name: str
    civility: str
    mobile: str | None
    other_phone: str | None
    email: str
    address: str
    postal_code: str
    city: str
    birthday: dt.date | None
    tags: tuple[str, ...]
    notes: str
    language: str
    region: str
    subdiv: str | None
    promotional_consent: ConsentState
    transactional_consent: ConsentState
    number_status: NumberStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    last_visit: dt.date | None = None
    #: Edits of the client's fields so far (a save based on an older version is refused) and who made the
    #: last one (the desk's name; empty for an import or before desks were recorded).
    version: int = 1
    updated_by: str = ""

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.first_name, self.last_name) if p)
        return name or (self.mobile or "")

    @property
    def opted_out(self) -> bool:
        """The client asked to hear nothing: promotions and service messages both refused."""
        return (
            self.promotional_consent is ConsentState.WITHDRAWN
            and self.transactional_consent is ConsentState.WITHDRAWN
        )

    def to_draft(self) -> ClientDraft:
        return ClientDraft(
            first_name=self.first_name,
            last_name=self.last_name,
            civility=self.civility,
            mobile=self.mobile or "",
            other_phone=self.other_phone or "",
            email=self.email,
            address=self.address,
            postal_code=self.postal_code,
            city=self.city,
            birthday=self.birthday,
            tags=self.tags,
            notes=self.notes,
            language=self.language,
        )


@dataclass(frozen=True, slots=True)
class ClientListItem:
    """One line of the client list: only what the table shows."""

    id: int
    last_name: str
    first_name: str
    mobile: str | None
    email: str
    city: str
    promotional_consent: ConsentState


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    id: int
    client_id: int | None
    purpose: ConsentPurpose
    state: ConsentState
    source: ConsentSource
    at: dt.datetime
    wording: str = ""
    recorded_by: str = ""
    reference: str = ""


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """A consent to record (the form's answer): for what, given or withdrawn, how, the wording, by whom."""

    purpose: ConsentPurpose
    state: ConsentState
    source: ConsentSource
    wording: str = ""
    recorded_by: str = ""


@dataclass(frozen=True, slots=True)
class Template:
    id: int
    name: str
    purpose: Purpose
    body: str
    sector: str = ""
    active: bool = True


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: MessageStatus
    at: dt.datetime
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    id: int
    client_id: int | None
    to: str
    body: str
    purpose: Purpose
    status: MessageStatus
    encoding: str
    segments: int
    cost_cents: int
    due_at: dt.datetime
    created_at: dt.datetime
    account_id: int | None
    provider_message_id: str | None = None
    error_code: str | None = None
    template_id: int | None = None
    campaign_id: int | None = None
    appointment_id: int | None = None
    order_id: int | None = None
    attempts: int = 0
    idempotency_key: str = ""
    sent_at: dt.datetime | None = None
    history: tuple[StatusChange, ...] = field(default=())
    kind: MessageKind = MessageKind.MANUAL


@dataclass(frozen=True, slots=True)
class MessageDetail:
    """What the Messages screen shows besides :class:`Message`: explanation details and scheduling."""

    error_detail: str
    account_name: str | None
    next_attempt_at: dt.datetime | None
    final_at: dt.datetime | None
    claimed_by: str | None
    claimed_at: dt.datetime | None
    urgent: bool


@dataclass(frozen=True, slots=True)
class InboundMessage:
    id: int
    from_number: str
    text: str
    received_at: dt.datetime
    client_id: int | None
    account_id: int | None
    provider_id: str
    interpretation: Interpretation = Interpretation.UNKNOWN
    handled: bool = False  # done: by a person, or by Comptoir when it applied the reply
    read_at: dt.datetime | None = None  # None: unread
    handled_at: dt.datetime | None = None
    handled_by: str = ""  # a person of the shop's staff, or "Comptoir"
    assignee: str = ""
    outcome: str = ""  # what Comptoir did (catalogue code), "" when nothing
    reason: str = ""  # why a person must act (catalogue code), "" when nothing
    details: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # their parameters
    applied: bool = True  # False until a desk has applied it

    @property
    def unread(self) -> bool:
        return self.read_at is None


@dataclass(frozen=True, slots=True)
class ProviderAccount:
    """The non-secret part of a provider account; secrets live only in the OS keyring."""

    id: int
    name: str
    provider: str
    sender: str
    base_url: str | None
    options: dict[str, str]
    rate_per_second: float
    price_cents_per_segment: int
    is_default: bool
    is_fallback: bool


class ClientSort(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    MOBILE = "mobile"
    EMAIL = "email"
    CITY = "city"
    CONSENT = "consent"
    CREATED = "created"


@dataclass(frozen=True, slots=True)
class ClientQuery:
    """What the client list asks for: a search, filters and an order; evaluated in SQL."""

    text: str = ""
    tag: str | None = None
    promotional_consent: ConsentState | None = None
    sort: ClientSort = ClientSort.NAME
    descending: bool = False
