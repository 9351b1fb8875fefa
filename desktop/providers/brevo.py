"""Brevo (ex-Sendinblue) transactional SMS over its v3 REST API.

API decisions:

- **Send** with ``POST /transactionalSMS/sms``. Brevo deprecated it on 2025-05-01 but keeps it "operational for an
  undetermined period"; it is the one whose answer is documented (201 + ``messageId``, ``smsCount``,
  ``usedCredits``, ``remainingCredits``), so we get segments and cost, and refusals (bad number, no credit)
  come back synchronously. The newer ``/transactionalSMS/send`` answers only ``messageId`` with an
  unconfirmed status code; moving to it means changing :data:`SEND_PATH` and losing segments/cost.
- **Recipient** is sent as digits with the country code and no ``+`` (Brevo's own examples; the derived spec
  accepts both). Phone numbers read back from events are normalised to E.164.
- **provider_id** is ``"<messageId>|<E.164 recipient>"``: Brevo's events are filtered by phone number, not by
  message id, so :meth:`BrevoProvider.fetch_status` needs both.
- **Statuses, replies, reconciliation** come from ``GET /transactionalSMS/statistics/events`` (``limit`` ≤ 100,
  ``offset`` pagination, ``days`` window, ``sort``); our reference travels as the message ``tag``.
- **STOP**: Brevo writes its STOP short code only where the text says ``[STOP_CODE]``, so the provider declares
  ``stop_text="STOP au [STOP_CODE]"``: the gate (:mod:`desktop.core.outgoing`) writes that line in every
  promotion whose account names no mention of its own, as for any provider, and counts it (the short code
  Brevo puts in its place is shorter, so the count errs on the safe side). The text is sent as written; a
  promotion, or any text holding ``[STOP_CODE]``, goes as ``type: marketing``.

UNCONFIRMED assumptions (to check against a real account):

- Event names returned may differ from the ``event`` filter enum (``hardBounces`` vs ``hardBounce``…): names are
  normalised (case, plural). ``blocked`` means the number is on Brevo's blocklist (→ ``opted_out``);
  ``rejected``/``skipped`` are final failures without blaming the number (→ ``undelivered``).
- Replies from French recipients may never arrive (alphanumeric senders are one-way); inbound polling is
  implemented anyway. An ``unsubscription`` event is surfaced as an inbound ``"STOP"`` so the client is opted
  out locally too.
- The ``sent``/``accepted`` event of a message appears within :data:`LOOKUP_SETTLE` after the request:
  ``lookup`` answers "not sent" (``[]``) only after that delay, and only when every event of the number in the
  window carries a tag (an untagged event could be ours: ``not_supported``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import requests

from desktop.core.entities import ProviderAccount, Purpose
from desktop.core.sms import UCS2, analyze
from desktop.providers.base import (
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
    FloorCursor,
    api_key_client,
    as_decimal,
    as_int,
    common_status_error,
    error_detail,
    error_object,
    first_match,
    inbound_number,
    international_digits,
    mask_numbers,
    parse_iso_datetime,
    read_answer,
    recipient_digits,
)

STOP_CODE = "[STOP_CODE]"
STOP_MENTION = f"STOP au {STOP_CODE}"
CAPABILITIES = Capabilities(
    delivery_status=True,
    inbound_polling=True,
    reconciliation=True,
    balance=True,
    provider_stop_mention=False,  # Comptoir writes the mention; Brevo only fills in its short code
    default_rate_per_second=10.0,
    stop_text=STOP_MENTION,
)
SPEC = ProviderSpec(
    key="brevo",
    name="Brevo",
    capabilities=CAPABILITIES,
    fields=(
        FieldSpec(
            "api_key",
            ("Clé API v3", "API key v3"),
            secret=True,
            hint=("Brevo › SMTP & API › Clés API (xkeysib-…)", "Brevo › SMTP & API › API keys (xkeysib-…)"),
        ),
    ),
    default_base_url="https://api.brevo.com/v3",
    price_estimate_cents_fr=5,  # estimate, not checked against the live page: Brevo's SMS credit packs for France, 0.045–0.06 € an SMS (2024)
)

SEND_PATH = "/transactionalSMS/sms"
EVENTS_PATH = "/transactionalSMS/statistics/events"
ACCOUNT_PATH = "/account"
PAGE_LIMIT = 100  # Brevo's maximum
MAX_PAGES = 100
STATUS_WINDOW_DAYS = 30
MAX_WINDOW_DAYS = 90
INBOUND_START = dt.timedelta(hours=24)
INBOUND_LATE_MARGIN = dt.timedelta(hours=2)
LOOKUP_SETTLE = dt.timedelta(minutes=15)
LOOKUP_SKEW = dt.timedelta(hours=1)

# normalised event name → (state, our error code, rank: the highest rank of a message's events wins)
_DELIVERY_EVENTS: dict[str, tuple[DeliveryState, str | None, int]] = {
    "accepted": (DeliveryState.ACCEPTED, None, 1),
    "sent": (DeliveryState.SENT, None, 2),
    "softbounce": (DeliveryState.UNDELIVERED, "undelivered", 3),
    "bounce": (DeliveryState.UNDELIVERED, "undelivered", 3),
    "rejected": (DeliveryState.FAILED, "undelivered", 4),
    "skipped": (DeliveryState.FAILED, "undelivered", 4),
    "skip": (DeliveryState.FAILED, "undelivered", 4),
    "hardbounce": (DeliveryState.UNDELIVERED, "invalid_number", 5),
    "blocked": (DeliveryState.FAILED, "opted_out", 5),
    "delivered": (DeliveryState.DELIVERED, None, 6),
}
_REPLY_EVENTS = frozenset({"replies", "reply", "replied"})
_UNSUB_EVENTS = frozenset({"unsubscription", "unsubscribe", "unsubscribed"})
# searched in order in the (lower-cased) message of a refused request
_MESSAGE_CODES = (
    (re.compile(r"blacklist|blocklist|unsubscri|opt.?out"), "opted_out"),
    (re.compile(r"recipient|phone|mobile|number"), "invalid_number"),
    (re.compile(r"sender"), "sender_refused"),
    (re.compile(r"too long|length"), "message_too_long"),
)


def create(account: ProviderAccount, secrets: Mapping[str, str], env: ProviderEnv) -> BrevoProvider:
    return BrevoProvider(account, secrets["api_key"], env)


class BrevoProvider:
    """One Brevo account. Stateless apart from the shared HTTP session: safe for concurrent sends."""

    capabilities = CAPABILITIES

    def __init__(self, account: ProviderAccount, api_key: str, env: ProviderEnv) -> None:
        self.name = account.name
        self._clock = env.clock
        self._http = api_key_client(
            account.base_url or SPEC.default_base_url, env, header="api-key", api_key=api_key
        )

    # ------------------------------------------------------------------ send
    def send(self, sms: OutgoingSms) -> SendResult:
        digits = recipient_digits(sms.to)
        content = sms.body
        payload: dict[str, Any] = {
            "sender": sms.sender,
            "recipient": digits,
            "content": content,
            "type": "marketing" if _is_marketing(sms, content) else "transactional",
            "tag": sms.reference,
        }
        if analyze(content).encoding == UCS2:
            payload["unicodeEnabled"] = True
        body = self._call("POST", SEND_PATH, json=payload)
        message_id = body.get("messageId") if isinstance(body, dict) else None
        if not isinstance(message_id, int | str) or isinstance(message_id, bool) or not str(message_id):
            raise TransientError("bad_response", "no messageId in the answer", may_have_been_sent=True)
        cost = as_decimal(body.get("usedCredits"))
        return SendResult(
            provider_id=f"{message_id}|+{digits}",
            state=DeliveryState.ACCEPTED,
            segments=as_int(body.get("smsCount"), loose=True),
            cost=cost,
            currency="credits" if cost is not None else None,
        )

    # ------------------------------------------------------------------ status
    def fetch_status(self, provider_id: str) -> StatusReport:
        message_id, to = _split_id(provider_id)
        events = self._events({"phoneNumber": to[1:], "days": STATUS_WINDOW_DAYS, "sort": "desc"})
        mine = [e for e in events if str(e.get("messageId", "")) == message_id]
        best = _best_event(mine)
        if best is None:  # Brevo gave us an id, so it accepted the message; no event recorded yet
            return StatusReport(provider_id, DeliveryState.ACCEPTED)
        state, error_code, _rank = _DELIVERY_EVENTS[_event_name(best)]
        return StatusReport(
            provider_id,
            state,
            error_code=error_code,
            provider_code=_provider_code(best),
            at=parse_iso_datetime(best.get("date")),
        )

    # ------------------------------------------------------------------ inbound
    def poll_inbound(self, cursor: str | None) -> InboundPage:
        now = self._clock.now()
        state = FloorCursor(cursor, now=now, start=INBOUND_START, late_margin=INBOUND_LATE_MARGIN)
        days = _window_days(state.floor, now)
        events = [
            *self._events({"event": "replies", "days": days, "sort": "asc"}),
            *self._events({"event": "unsubscription", "days": days, "sort": "asc"}),
        ]
        messages: list[InboundSms] = []
        for event in events:
            name = _event_name(event)
            if name not in _REPLY_EVENTS and name not in _UNSUB_EVENTS:
                continue
            key = _event_key(event)
            when = parse_iso_datetime(event.get("date")) or now
            if not state.is_new(key, when):
                continue
            text = str(event.get("reply") or "") if name in _REPLY_EVENTS else "STOP"
            messages.append(
                InboundSms(
                    provider_id=f"{event.get('messageId', '')}#{key}",
                    from_number=inbound_number(event.get("phoneNumber")),
                    text=text,
                    received_at=when,
                )
            )
        messages.sort(key=lambda m: m.received_at)
        return InboundPage(messages, state.dump())

    # ------------------------------------------------------------------ reconciliation
    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        now = self._clock.now()
        digits = recipient_digits(sms.to)
        window: dict[str, str | int] = {
            "phoneNumber": digits,
            "days": _window_days(since, now),
            "sort": "desc",
        }
        floor = since - LOOKUP_SKEW
        found: dict[str, list[dict[str, Any]]] = {}
        untagged = False
        for event in self._events(window):
            when = parse_iso_datetime(event.get("date"))
            if (when is not None and when < floor) or _event_name(event) not in _DELIVERY_EVENTS:
                continue
            tags = _tags(event.get("tag"))
            if not tags:
                untagged = True
            elif sms.reference in tags:
                found.setdefault(str(event.get("messageId", "")), []).append(event)
        if found:
            results = []
            for message_id, events in found.items():
                best = _best_event(events)
                state = _DELIVERY_EVENTS[_event_name(best)][0] if best else DeliveryState.ACCEPTED
                results.append(SendResult(provider_id=f"{message_id}|+{digits}", state=state))
            return results
        if untagged:
            raise PermanentError("not_supported", "untagged events for this number: cannot tell")
        waited = now - since
        if waited < LOOKUP_SETTLE:
            raise TransientError(
                "timeout",
                "Brevo events not settled yet",
                retry_after=(LOOKUP_SETTLE - waited).total_seconds(),
            )
        return []

    # ------------------------------------------------------------------ account
    def check_account(self) -> AccountCheck:
        body = self._call("GET", ACCOUNT_PATH)
        if not isinstance(body, dict):
            raise TransientError("bad_response", "account answer is not an object")
        credits = Decimal(0)
        plans = body.get("plan")
        for plan in plans if isinstance(plans, list) else []:
            if isinstance(plan, dict) and plan.get("type") == "sms":
                credits += as_decimal(plan.get("credits")) or Decimal(0)
        company = body.get("companyName")
        return AccountCheck(
            ok=True,
            balance=credits,
            balance_unit="credits",
            detail=str(company)[:80] if isinstance(company, str) else "",
        )

    def close(self) -> None:
        self._http.close()

    # ------------------------------------------------------------------ HTTP
    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return read_answer(self._http.request(method, path, **kwargs), method, _error)

    def _events(self, params: Mapping[str, str | int]) -> list[dict[str, Any]]:
        """Every event matching ``params``, following ``offset`` pages of :data:`PAGE_LIMIT`."""
        events: list[dict[str, Any]] = []
        for page in range(MAX_PAGES):
            body = self._call(
                "GET", EVENTS_PATH, params={**params, "limit": PAGE_LIMIT, "offset": page * PAGE_LIMIT}
            )
            if not isinstance(body, dict):
                raise TransientError("bad_response", "events answer is not an object")
            items = body.get("events") or []  # Brevo may answer {} when there is nothing
            if not isinstance(items, list):
                raise TransientError("bad_response", "events is not a list")
            events.extend(item for item in items if isinstance(item, dict))
            if len(items) < PAGE_LIMIT:
                break
        return events


# ---------------------------------------------------------------------- message text


def _is_marketing(sms: OutgoingSms, content: str) -> bool:
    # Brevo substitutes [STOP_CODE] only in marketing messages (and switches them to marketing itself)
    return sms.purpose == Purpose.PROMOTIONAL or STOP_CODE in content


# ---------------------------------------------------------------------- errors


def _error(response: requests.Response, method: str) -> ProviderError:
    """Map a non-2xx answer to our codes: 429/5xx common, then Brevo's ``{"code", "message"}`` bodies."""
    common = common_status_error(response, method)
    if common is not None:
        if common.code == "rate_limited" and common.retry_after is None:
            common.retry_after = _seconds(response.headers.get("x-sib-ratelimit-reset"))
        return common
    status = response.status_code
    body = error_object(response)
    code = str(body.get("code") or "")
    message = str(body.get("message") or "")
    detail = error_detail(code, message, status)
    kwargs: dict[str, Any] = {"provider_code": code or None, "http_status": status}
    if status in (401, 403) or code in ("unauthorized", "permission_denied", "account_under_validation"):
        return PermanentError("auth_failed", detail, **kwargs)  # account-level: fix the settings
    if status == 402 or code == "not_enough_credits":
        return PermanentError("insufficient_credit", detail, **kwargs)
    if status == 404 or code == "document_not_found":
        return PermanentError("not_found", detail, **kwargs)
    return PermanentError(first_match(message.lower(), _MESSAGE_CODES) or "bad_request", detail, **kwargs)


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


# ---------------------------------------------------------------------- events


def _event_name(event: Mapping[str, Any]) -> str:
    name = re.sub(r"[\s_\-]", "", str(event.get("event", ""))).lower()
    if name not in _DELIVERY_EVENTS and name.endswith("s") and name[:-1] in _DELIVERY_EVENTS:
        name = name[:-1]
    return name


def _best_event(events: Iterable[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    best: Mapping[str, Any] | None = None
    best_key: tuple[int, dt.datetime] | None = None
    for event in events:
        name = _event_name(event)
        if name not in _DELIVERY_EVENTS:
            continue
        key = (
            _DELIVERY_EVENTS[name][2],
            parse_iso_datetime(event.get("date")) or dt.datetime.min.replace(tzinfo=dt.UTC),
        )
        if best_key is None or key > best_key:
            best, best_key = event, key
    return best


def _provider_code(event: Mapping[str, Any]) -> str:
    name = str(event.get("event", ""))
    reason = event.get("reason")
    if isinstance(reason, str) and reason.strip():
        return f"{name} ({mask_numbers(reason.strip())[:80]})"
    return name


def _tags(value: Any) -> set[str]:
    if isinstance(value, list):
        return {str(v) for v in value if v}
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = None
            if isinstance(parsed, list):
                return {str(v) for v in parsed if v}
        return {text}
    return set()


def _event_key(event: Mapping[str, Any]) -> str:
    """A stable, non-personal key for dedupe (the cursor never holds numbers or texts)."""
    raw = "|".join(str(event.get(k, "")) for k in ("event", "messageId", "date", "phoneNumber", "reply"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def _window_days(since: dt.datetime, now: dt.datetime) -> int:
    """``days`` covering ``since`` (plus one day: Brevo's day boundaries may not be UTC)."""
    return max(1, min(MAX_WINDOW_DAYS, (now.date() - since.astimezone(dt.UTC).date()).days + 2))


# ---------------------------------------------------------------------- provider ids


def _split_id(provider_id: str) -> tuple[str, str]:
    message_id, sep, to = provider_id.partition("|")
    digits = international_digits(to)
    if not sep or not message_id or digits is None:
        raise PermanentError("not_found", "not a Brevo provider id (expected messageId|number)")
    return message_id, "+" + digits
