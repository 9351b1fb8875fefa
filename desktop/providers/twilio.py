"""Twilio Programmable Messaging over its REST API 2010-04-01.

- Auth: HTTP Basic with the Account SID and Auth Token; form-encoded ``POST …/Messages.json`` → 201 + Message.
- Delivery status: ``GET …/Messages/{Sid}.json``.
- Inbound replies: the message list filtered by ``To=<our number>`` and ``DateSent>=<day>``, following
  ``next_page_uri``; only when the sender is a phone number or a short code. **An alphanumeric sender cannot
  receive replies: ``poll_inbound`` then returns an empty page** (the capability stays declared because it
  depends on the sender, not on the API).
- Reconciliation: Twilio keeps every message it created, so listing by ``To`` + day and comparing the body
  tells whether an uncertain send reached it. Twilio has no client-reference field: the reference is unused.
- Twilio never appends a STOP mention of its own (``provider_stop_mention=False``).

Statuses: ``accepted``/``scheduled``/``queued``/``sending`` → ACCEPTED; ``sent`` → SENT; ``delivered``,
``read`` and ``partially_delivered`` → DELIVERED (part of it reached the phone: never resend);
``undelivered`` → UNDELIVERED; ``failed`` → FAILED; ``canceled`` (only a scheduled message cancelled by a
person) → FAILED with ``bad_request`` / provider code ``canceled``. Failures keep Twilio's ``error_code`` as
``provider_code``; 30005/30006 (unknown handset, landline) become ``invalid_number``, 30001 (queue overflow)
``expired``, others ``undelivered``.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import requests

from desktop.core.entities import ProviderAccount
from desktop.providers.base import (
    TRANSIENT_CODES,
    AccountCheck,
    Capabilities,
    DeliveryState,
    FieldSpec,
    InboundPage,
    InboundSms,
    OutgoingSms,
    PermanentError,
    ProviderError,
    ProviderSpec,
    SendResult,
    StatusReport,
    TransientError,
)
from desktop.providers.registry import ProviderEnv
from desktop.providers.wire import (
    as_decimal,
    as_int,
    client_for,
    common_status_error,
    error_object,
    mask_numbers,
    read_answer,
)

RATE_PER_SECOND = 5.0  # far below the REST concurrency limit; Twilio queues above a sender's own throughput
CAPABILITIES = Capabilities(
    delivery_status=True,
    inbound_polling=True,  # empty for alphanumeric senders, which cannot receive replies
    reconciliation=True,
    balance=True,
    provider_stop_mention=False,
    default_rate_per_second=RATE_PER_SECOND,
    max_body_length=1600,
)
SPEC = ProviderSpec(
    key="twilio",
    name="Twilio",
    capabilities=CAPABILITIES,
    fields=(
        FieldSpec(
            "account_sid",
            "Account SID",
            hint=(
                "Identifiant du compte : « AC » suivi de 32 caractères, page d'accueil de la console Twilio.",
                "Account identifier: « AC » followed by 32 characters, on the Twilio console's home page.",
            ),
        ),
        FieldSpec(
            "auth_token",
            "Auth Token",
            secret=True,
            hint=("Jeton secret affiché sous l'Account SID.", "Secret token shown under the Account SID."),
        ),
    ),
    default_base_url="https://api.twilio.com",
    price_estimate_cents_fr=8,  # estimate, not checked against the live page: Twilio's public price list for France, ~0.08 USD an SMS (2024)
)

ACCOUNT_SID_RE = re.compile(r"AC[0-9a-fA-F]{32}")
MESSAGE_SID_RE = re.compile(r"(SM|MM)[0-9a-fA-F]{32}")
RECEIVING_SENDER_RE = re.compile(r"\+[1-9]\d{6,14}|\d{3,8}")  # E.164 number or short code
PAGE_SIZE = 100
MAX_PAGES = 50
CLOCK_SKEW = dt.timedelta(minutes=2)
INBOUND_DAY_MARGIN = dt.timedelta(hours=1)  # a reply listed late around midnight is still fetched
MAX_SEEN = 5000

_STATES = {
    **dict.fromkeys(("accepted", "scheduled", "queued", "sending"), DeliveryState.ACCEPTED),
    "sent": DeliveryState.SENT,
    **dict.fromkeys(("delivered", "read", "partially_delivered"), DeliveryState.DELIVERED),
    "undelivered": DeliveryState.UNDELIVERED,
    **dict.fromkeys(("failed", "canceled"), DeliveryState.FAILED),
}
#: Twilio error codes of refused requests (HTTP 4xx) → our stable codes.
ERRORS = {
    20003: "auth_failed",
    20404: "not_found",
    20429: "rate_limited",
    21611: "rate_limited",  # the sender's queue holds 10 h of messages: later, it will drain
    **dict.fromkeys((21211, 21217, 21401, 21614), "invalid_number"),
    21610: "opted_out",
    **dict.fromkeys((21408, 21612), "cannot_route"),
    **dict.fromkeys((21212, 21603, 21606, 21659), "sender_refused"),
    21617: "message_too_long",
}
_BY_STATUS = {401: "auth_failed", 403: "auth_failed", 404: "not_found"}
#: Twilio error codes found on failed/undelivered messages (asynchronous) → our stable codes.
DELIVERY_ERRORS = {30001: "expired", 30005: "invalid_number", 30006: "invalid_number"}


class TwilioProvider:
    """One Twilio account. Thread-safe: no state besides the shared HTTP session."""

    capabilities = CAPABILITIES

    def __init__(
        self, *, name: str, account_sid: str, auth_token: str, sender: str, base_url: str, env: ProviderEnv
    ) -> None:
        self.name = name
        self._sender = sender
        self._clock = env.clock
        self._http = client_for(base_url, env, auth=(account_sid, auth_token))
        self._account_path = f"/2010-04-01/Accounts/{account_sid}"
        self._messages_path = f"{self._account_path}/Messages.json"
        self._secrets = (auth_token,)

    # ---------------------------------------------------------------- Provider
    def send(self, sms: OutgoingSms) -> SendResult:
        sender = sms.sender or self._sender
        if not sender:
            raise PermanentError("sender_refused", "no sender configured")
        data = {"To": sms.to, "From": sender, "Body": sms.body}
        body = self._call("POST", self._messages_path, data=data)
        result = _send_result(body)
        if result is None:
            raise TransientError("bad_response", "created message has no sid", may_have_been_sent=True)
        return result

    def fetch_status(self, provider_id: str) -> StatusReport:
        if not MESSAGE_SID_RE.fullmatch(provider_id):
            raise PermanentError("not_found", "not a Twilio message id")
        body = self._call("GET", f"{self._account_path}/Messages/{provider_id}.json")
        status = str(body.get("status") or "")
        state = _STATES.get(status, DeliveryState.UNKNOWN)
        twilio_code = as_int(body.get("error_code"), loose=True)
        error_code = provider_code = None
        if state in (DeliveryState.FAILED, DeliveryState.UNDELIVERED):
            error_code, provider_code = _failure(status, twilio_code)
        return StatusReport(
            provider_id=provider_id,
            state=state,
            error_code=error_code,
            provider_code=provider_code,
            at=_date(body.get("date_updated")),
            segments=_segments(body),
            cost=_price(body)[0],
        )

    def poll_inbound(self, cursor: str | None) -> InboundPage:
        """Replies to our number since ``cursor`` (JSON: the first day listed and the sids seen since)."""
        if not RECEIVING_SENDER_RE.fullmatch(self._sender):
            return InboundPage(messages=[], cursor=cursor)  # alphanumeric senders are one-way
        now = self._clock.now()
        first_day, seen = _read_cursor(cursor)
        window_start = None
        if first_day is None:  # first poll: the last 24 hours
            window_start = now - dt.timedelta(days=1)
            first_day = window_start.astimezone(dt.UTC).date()
        items, complete = self._list({"To": self._sender, "DateSent>": first_day.isoformat()})
        fresh: dict[str, InboundSms] = {}
        listed: dict[str, dt.date] = {}
        for item in items:
            sid = str(item.get("sid") or "")
            if item.get("direction") != "inbound" or not sid:
                continue
            received = _date(item.get("date_sent")) or _date(item.get("date_created")) or now
            listed[sid] = received.astimezone(dt.UTC).date()
            if sid in seen or (window_start is not None and received < window_start):
                continue
            fresh[sid] = InboundSms(
                provider_id=sid,
                from_number=str(item.get("from") or ""),
                text=str(item.get("body") or ""),
                received_at=received,
                to=str(item.get("to") or ""),
            )
        next_day = (
            max(first_day, (now - INBOUND_DAY_MARGIN).astimezone(dt.UTC).date()) if complete else first_day
        )
        keep = {sid: d for sid, d in listed.items() if d >= next_day}
        if not complete:
            keep.update({sid: next_day for sid in seen if sid not in keep})
        newest = sorted(keep, key=lambda sid: (keep[sid], sid), reverse=True)[:MAX_SEEN]
        new_cursor = json.dumps({"v": 1, "day": next_day.isoformat(), "seen": sorted(newest)})
        messages = sorted(fresh.values(), key=lambda m: (m.received_at, m.provider_id))
        return InboundPage(messages=messages, cursor=new_cursor)

    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        """Outbound messages to ``sms.to`` with the same text created at/after ``since`` (minus clock skew)."""
        earliest = since - CLOCK_SKEW
        query = {"To": sms.to, "DateSent>": earliest.astimezone(dt.UTC).date().isoformat()}
        items, complete = self._list(query)
        wanted = _normalised(sms.body)
        found: list[tuple[dt.datetime, SendResult]] = []
        for item in items:
            if not str(item.get("direction") or "").startswith("outbound"):
                continue
            created = _date(item.get("date_created"))
            result = _send_result(item)
            if result and created and created >= earliest and _normalised(item.get("body")) == wanted:
                found.append((created, result))
        if not found and not complete:
            raise PermanentError("not_supported", "too many messages to check")
        return [result for _, result in sorted(found, key=lambda pair: pair[0])]

    def check_account(self) -> AccountCheck:
        body = self._call("GET", f"{self._account_path}.json")  # holds the auth token: read two fields only
        status = str(body.get("status") or "")
        name = str(body.get("friendly_name") or "")[:80]
        try:
            money = self._call("GET", f"{self._account_path}/Balance.json")
        except ProviderError:
            money = {}  # subaccounts and restricted keys may not read it; the check still stands
        balance = unit = None
        if (amount := as_decimal(money.get("balance"))) is not None:
            balance, unit = abs(amount), str(money.get("currency") or "").upper() or None
        if status != "active":
            return AccountCheck(ok=False, detail=f"account {status or 'status unknown'}")
        return AccountCheck(ok=True, balance=balance, balance_unit=unit, detail=name)

    def close(self) -> None:
        self._http.close()

    # ---------------------------------------------------------------- HTTP
    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        # a 201 we cannot read still created the message: read_answer flags it may_have_been_sent
        response = self._http.request(method, path, allow_redirects=False, **kwargs)
        body = read_answer(response, method, self._error)
        if not isinstance(body, dict):
            raise TransientError("bad_response", "JSON object expected", may_have_been_sent=method == "POST")
        return body

    def _error(self, response: requests.Response, method: str) -> ProviderError:
        status = response.status_code
        body = error_object(response)
        code = as_int(body.get("code"), loose=True)
        provider_code = str(code) if code is not None else None
        common = common_status_error(response, method)
        if common is not None:
            common.provider_code = provider_code
            return common
        ours = ERRORS.get(code or 0) or _BY_STATUS.get(status)
        if ours is None and not body:
            return TransientError(
                "bad_response", f"HTTP {status}: body is not a Twilio error", http_status=status
            )
        detail = (
            f"Twilio {code or f'HTTP {status}'}" if ours else self._safe_detail(code, body.get("message"))
        )
        error_class = TransientError if ours in TRANSIENT_CODES else PermanentError
        return error_class(ours or "bad_request", detail, provider_code=provider_code, http_status=status)

    def _safe_detail(self, code: int | None, message: object) -> str:
        """Twilio's message without numbers (it quotes the recipient), long hex runs or secrets."""
        text = str(message or "")
        for secret in self._secrets:
            text = text.replace(secret, "…")
        text = mask_numbers(re.sub(r"[0-9a-fA-F]{16,}", "…", text), min_digits=1)  # every digit
        text = " ".join(text.split())[:160]
        return f"Twilio {code}: {text}" if text else f"Twilio {code}"

    def _list(self, query: Mapping[str, str]) -> tuple[list[dict[str, Any]], bool]:
        """Every message of the list (newest first) and whether all pages were read."""
        prefix = self._messages_path + "?"
        body = self._call("GET", self._messages_path, params={**query, "PageSize": str(PAGE_SIZE)})
        items: list[dict[str, Any]] = []
        for _ in range(MAX_PAGES):
            page = body.get("messages")
            if not isinstance(page, list):
                raise TransientError("bad_response", "message list expected")
            items += [item for item in page if isinstance(item, dict)]
            next_uri = body.get("next_page_uri")
            if not next_uri:
                return items, True
            if not isinstance(next_uri, str) or not next_uri.startswith(prefix):
                raise TransientError("bad_response", "unexpected next_page_uri")
            body = self._call("GET", next_uri)  # relative to the host; credentials never leave it
        return items, False


def create(account: ProviderAccount, secrets: Mapping[str, str], env: ProviderEnv) -> TwilioProvider:
    account_sid = account.options.get("account_sid", "").strip()
    if not ACCOUNT_SID_RE.fullmatch(account_sid):
        raise PermanentError(
            "auth_failed", "the Account SID must be AC followed by 32 hexadecimal characters"
        )
    token = secrets.get("auth_token", "").strip()
    if not token:
        raise PermanentError("auth_failed", "missing secret: auth_token")
    return TwilioProvider(
        name=account.name,
        account_sid=account_sid,
        auth_token=token,
        sender=account.sender.strip(),
        base_url=account.base_url or SPEC.default_base_url,
        env=env,
    )


# ---------------------------------------------------------------- parsing
def _send_result(message: Mapping[str, Any]) -> SendResult | None:
    sid = message.get("sid")
    if not isinstance(sid, str) or not MESSAGE_SID_RE.fullmatch(sid):
        return None
    cost, currency = _price(message)
    return SendResult(
        provider_id=sid,
        state=_STATES.get(str(message.get("status") or ""), DeliveryState.UNKNOWN),
        segments=_segments(message),
        cost=cost,
        currency=currency,
    )


def _failure(status: str, twilio_code: int | None) -> tuple[str, str | None]:
    """Our error code and the provider code for a failed/undelivered/canceled message."""
    if status == "canceled":
        return "bad_request", "canceled"
    provider_code = str(twilio_code) if twilio_code is not None else None
    ours = DELIVERY_ERRORS.get(twilio_code or 0) or ERRORS.get(twilio_code or 0)
    if ours is None or ours in TRANSIENT_CODES or ours in ("auth_failed", "not_found"):
        ours = "undelivered"
    return ours, provider_code


def _segments(message: Mapping[str, Any]) -> int | None:
    count = as_int(message.get("num_segments"), loose=True)
    return count if count and count > 0 else None


def _price(message: Mapping[str, Any]) -> tuple[Decimal | None, str | None]:
    """``"-0.00750"`` → ``Decimal("0.00750")`` (Twilio writes charges as negative amounts) and the currency."""
    amount = as_decimal(message.get("price"))
    if amount is None:
        return None, None
    unit = message.get("price_unit")
    return abs(amount), str(unit).upper() if unit else None


def _date(value: object) -> dt.datetime | None:
    """Twilio's RFC 2822 dates (``Thu, 24 Aug 2023 05:01:45 +0000``) as aware UTC datetimes."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)


def _normalised(text: object) -> str:
    return str(text or "").replace("\r\n", "\n").strip()


def _read_cursor(cursor: str | None) -> tuple[dt.date | None, frozenset[str]]:
    """The cursor's first day and seen sids; an unreadable cursor starts over from the last 24 h."""
    if not cursor:
        return None, frozenset()
    try:
        data = json.loads(cursor)
        day = dt.date.fromisoformat(data["day"])
        seen = frozenset(str(sid) for sid in data.get("seen", []))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, frozenset()
    return day, seen
