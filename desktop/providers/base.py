"""What every SMS provider adapter offers, and the errors it raises.

An adapter turns one provider's HTTP API into these calls. It never guesses what the rest of the program
wants: it declares its :class:`Capabilities`, returns plain records, and raises :class:`ProviderError`
subclasses whose ``code`` is stable (explained in French by ``desktop.core.catalogue.providers``).

Errors are either **transient** (time-out, connection error, 429, 5xx: retry later) or **permanent**
(invalid number, opted-out recipient, bad credentials, no credit: do not retry). ``may_have_been_sent`` tells
the dispatcher that the request may have reached the provider (a read time-out after the body left, a reset
connection, a 500): the message becomes *uncertain* and is reconciled before any retry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Protocol, runtime_checkable

from desktop.core import catalogue
from desktop.core.entities import Purpose
from desktop.core.errors import KnownError


class DeliveryState(StrEnum):
    """The provider's view of one message, mapped to our vocabulary."""

    ACCEPTED = "accepted"  # queued at the provider
    SENT = "sent"  # handed to the operator
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    FAILED = "failed"
    EXPIRED = "expired"
    UNKNOWN = "unknown"

    @property
    def final(self) -> bool:
        return self in (
            DeliveryState.DELIVERED,
            DeliveryState.UNDELIVERED,
            DeliveryState.FAILED,
            DeliveryState.EXPIRED,
        )


@dataclass(frozen=True)
class OutgoingSms:
    to: str  # E.164
    body: str  # final text (STOP mention already in it when the provider does not add its own)
    sender: str
    reference: str  # our idempotency key: sent as client reference / tag where the API has one
    purpose: Purpose = Purpose.TRANSACTIONAL


@dataclass(frozen=True)
class SendResult:
    provider_id: str
    state: DeliveryState = DeliveryState.ACCEPTED
    segments: int | None = None
    cost: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class StatusReport:
    provider_id: str
    state: DeliveryState
    error_code: str | None = None  # our stable code (e.g. "undelivered", "invalid_number") when failed
    provider_code: str | None = None  # the provider's own code, for support
    at: dt.datetime | None = None
    segments: int | None = None
    cost: Decimal | None = None


@dataclass(frozen=True)
class InboundSms:
    provider_id: str
    from_number: str  # E.164 when the provider gives a full number
    text: str
    received_at: dt.datetime  # aware UTC
    to: str = ""


@dataclass(frozen=True)
class InboundPage:
    messages: Sequence[InboundSms]
    cursor: str | None  # opaque: give it back on the next poll (None = start from "now minus a day")


@dataclass(frozen=True)
class AccountCheck:
    ok: bool
    balance: Decimal | None = None
    balance_unit: str | None = None  # "EUR", "USD", "credits"
    detail: str = ""  # non-secret, e.g. the account's friendly name


@dataclass(frozen=True)
class Capabilities:
    """What a provider kind can do: static data of its module's :data:`SPEC`, known without building an
    adapter or unlocking the keyring (the gate and the dispatcher's routing read it from the registry)."""

    delivery_status: bool  # fetch_status works
    inbound_polling: bool  # poll_inbound works
    reconciliation: bool  # lookup can tell whether a message was sent
    balance: bool  # check_account reports a balance
    provider_stop_mention: bool  # the provider appends its own STOP mention to promotional messages
    default_rate_per_second: float
    max_body_length: int = 1600
    #: The STOP mention the provider expects in a promotion's text when the account names none (Brevo fills
    #: ``[STOP_CODE]`` with its short code); "" when Comptoir's default mention is right.
    stop_text: str = ""


class ProviderError(KnownError):
    """Base of adapter errors. ``str()`` never contains a secret or a message body; ``detail`` (the
    provider's own words, e.g. why it refused a request) also fills the catalogue's ``{detail}``."""

    transient = False

    def __init__(
        self,
        code: str,
        detail: str = "",
        *,
        provider_code: str | None = None,
        http_status: int | None = None,
        retry_after: float | None = None,
        may_have_been_sent: bool = False,
    ) -> None:
        super().__init__(code, **({"detail": detail} if detail else {}))
        self.detail = detail
        self.provider_code = provider_code
        self.http_status = http_status
        self.retry_after = retry_after
        self.may_have_been_sent = may_have_been_sent


class TransientError(ProviderError):
    """Try again later: time-out, connection problem, 429, 5xx."""

    transient = True


class PermanentError(ProviderError):
    """Do not retry: invalid number, opted-out recipient, bad credentials, no credit, refused request."""


#: Stable codes adapters use (explained in desktop/core/catalogue/providers.py).
TRANSIENT_CODES = frozenset({"timeout", "connection_error", "rate_limited", "server_error", "bad_response"})
PERMANENT_CODES = frozenset(
    {
        "invalid_number",  # the recipient number does not exist / is not a mobile → client number marked
        "opted_out",  # the recipient replied STOP at the provider → client opted out
        "cannot_route",  # the provider cannot deliver to this destination
        "auth_failed",
        "insufficient_credit",
        "sender_refused",
        "bad_request",  # the provider refused the request for another reason (detail says why)
        "message_too_long",
        "not_supported",  # this provider cannot do that (see Capabilities)
        "not_found",
        "undelivered",  # final delivery failure reported later by a status poll
        "expired",
    }
)


@runtime_checkable
class Provider(Protocol):
    """One configured provider account. Implementations are thread-safe for concurrent ``send`` calls."""

    name: str
    capabilities: Capabilities

    def send(self, sms: OutgoingSms) -> SendResult:
        """Submit one SMS. Raises TransientError / PermanentError."""
        ...

    def fetch_status(self, provider_id: str) -> StatusReport: ...

    def poll_inbound(self, cursor: str | None) -> InboundPage:
        """Replies received since ``cursor``; raises PermanentError("not_supported") without the capability."""
        ...

    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        """Messages the provider holds that match ``sms`` (recipient, text, reference) created after ``since``.

        An empty list means "certainly not sent". Raises PermanentError("not_supported") when the provider
        cannot tell (the message then stays uncertain for a human to decide).
        """
        ...

    def check_account(self) -> AccountCheck: ...

    def close(self) -> None: ...


#: A text shown to the user: French alone (a brand, a term the provider's console shows as is), or
#: (French, English).
Wording = str | tuple[str, str]


def shown(text: Wording) -> str:
    """The text in the interface's language (:func:`desktop.core.catalogue.language`)."""
    if isinstance(text, str):
        return text
    french, english = text
    return english if english and catalogue.language() == "en" else french


@dataclass(frozen=True)
class FieldSpec:
    """A field the user fills when adding an account (for the CLI and the settings dialog)."""

    key: str  # e.g. "account_sid", "auth_token"
    texts: Wording  # its label
    secret: bool = False
    required: bool = True
    default: str = ""
    hint: Wording = ""  # where to find the value

    @property
    def label(self) -> str:
        return shown(self.texts)

    @property
    def help(self) -> str:
        return shown(self.hint)


@dataclass(frozen=True)
class ProviderSpec:
    """Static description of a provider kind."""

    key: str  # "twilio", "brevo", "ovh", "smsmode", "simulator"
    name: Wording  # shown to the user
    capabilities: Capabilities
    fields: tuple[FieldSpec, ...] = field(default=())
    default_base_url: str = ""
    needs_network: bool = True
    #: Estimated price of one SMS (one segment) to France in cents, proposed when an account is added and
    #: changed by the owner to their own rate; 0 = unknown. Each SPEC says where its figure comes from.
    price_estimate_cents_fr: int = 0

    @property
    def default_rate_per_second(self) -> float:
        return self.capabilities.default_rate_per_second

    @property
    def label(self) -> str:
        return shown(self.name)

    @property
    def secret_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.secret)

    @property
    def option_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.secret)
