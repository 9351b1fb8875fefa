"""smsmode over its REST v1 API, ``https://rest.smsmode.com`` with an ``X-Api-Key`` header.

- **Send**: ``POST /sms/v1/messages`` with ``{"recipient": {"to": digits}, "body": {"text"}, "from", "refClient"}``
  → 201 and the message object (``messageId``, ``status.value``, ``body.messagePartCount``, optional ``price``).
  ``refClient`` carries our reference (cut to 40 characters, the legacy API's limit).
- **Status**: ``GET /sms/v1/messages/{messageId}``; ``status.value`` SCHEDULED / ENROUTE / DELIVERED /
  UNDELIVERABLE / UNDELIVERED, ``status.detail`` (INVALID_PHONE_NUMBER, BLACKLISTED…) gives our error code.
- **Reconciliation**: the list ``GET /sms/v1/messages?page=&pageSize=`` (``{"items": [...]}``), matched on
  ``refClient`` and recipient. The list is read until a short page, or until it is older than needed when it
  comes newest first; if the page budget runs out first, ``lookup`` cannot tell (``not_supported``).

UNCONFIRMED assumptions, to verify against a real account:

- **Inbound**: MO messages are assumed to appear in the same list with ``direction: "MO"`` (``from`` = the
  person who replied, ``recipient.to`` = our short code). The ``direction=MO`` query filter is an assumption:
  items are filtered on ``direction`` again here, and a 400 on the filter makes us list without it.
- **STOP**: what ``body.stop`` does in a request is not documented, so it is never sent and the account
  declares ``provider_stop_mention=False``: the app writes the STOP mention (with the short code shown in the
  smsmode account) itself.
- **Errors**: the error body shape is unknown; every string of the body (``errorCode``, ``code``, ``detail``,
  ``message``, nested ``error``/``details``/``errors``) is searched for known codes.
- **Dates** without an offset (``"2021-10-14T12:00:00"``) are read as UTC; margins of a few hours
  (:data:`LATE_MARGIN`) absorb a Paris-time reading.
- **Balance**: the consumption endpoint's shape is unknown; ``check_account`` only proves the key works.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import requests

from desktop import logs
from desktop.core.entities import ProviderAccount
from desktop.core.sms import analyze
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
    error_json,
    first_match,
    inbound_number,
    only_digits,
    parse_iso_datetime,
    read_answer,
    recipient_digits,
)

MAX_PARTS = 10  # messagePartCount is 1–10
CAPABILITIES = Capabilities(
    delivery_status=True,
    inbound_polling=True,
    reconciliation=True,
    balance=False,
    provider_stop_mention=False,
    default_rate_per_second=5.0,
    max_body_length=153 * MAX_PARTS,
)
SPEC = ProviderSpec(
    key="smsmode",
    name="smsmode",
    capabilities=CAPABILITIES,
    fields=(
        FieldSpec(
            "api_key",
            ("Clé API", "API key"),
            secret=True,
            hint=("smsmode › Paramètres › Clés API", "smsmode › Settings › API keys"),
        ),
    ),
    default_base_url="https://rest.smsmode.com",
    price_estimate_cents_fr=6,  # estimate, not checked against the live page: smsmode's small packs for France, ~0.06 € HT an SMS (2024)
)

MESSAGES_PATH = "/sms/v1/messages"
PAGE_SIZE = 100
MAX_PAGES = 20
REF_LENGTH = 40
INBOUND_START = dt.timedelta(hours=24)
LATE_MARGIN = dt.timedelta(hours=3)

_STATES = {
    "SCHEDULED": DeliveryState.ACCEPTED,
    "ENROUTE": DeliveryState.SENT,
    "DELIVERED": DeliveryState.DELIVERED,
    "UNDELIVERABLE": DeliveryState.FAILED,
    "UNDELIVERED": DeliveryState.UNDELIVERED,
    "EXPIRED": DeliveryState.EXPIRED,
}
# searched in order in the error body / status detail (upper case)
_CODES = (
    (re.compile(r"BLACKLIST|BLOCKLIST|OPT.?OUT|UNSUBSCRI"), "opted_out"),
    (re.compile(r"CREDIT|BALANCE"), "insufficient_credit"),
    (re.compile(r"PHONE|RECIPIENT|MSISDN"), "invalid_number"),
    (re.compile(r"SENDER|ORIGINATOR|\bFROM\b"), "sender_refused"),
    (re.compile(r"TOO.?LONG|LENGTH|PART.?COUNT"), "message_too_long"),
    (re.compile(r"UNAUTHORI[SZ]ED|API.?KEY|FORBIDDEN"), "auth_failed"),
)
_CODE_KEYS = ("errorCode", "code", "error", "detail", "title", "status")
_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]{2,}")
_LEADING_CODE = re.compile(r"([A-Z][A-Z0-9_]{2,})\s*:")


def create(account: ProviderAccount, secrets: Mapping[str, str], env: ProviderEnv) -> SmsmodeProvider:
    return SmsmodeProvider(account, secrets["api_key"], env)


class SmsmodeProvider:
    """One smsmode account. Stateless apart from the shared HTTP session: safe for concurrent sends."""

    capabilities = CAPABILITIES

    def __init__(self, account: ProviderAccount, api_key: str, env: ProviderEnv) -> None:
        self.name = account.name
        self._clock = env.clock
        self._http = api_key_client(
            account.base_url or SPEC.default_base_url, env, header="X-Api-Key", api_key=api_key
        )

    # ------------------------------------------------------------------ send
    def send(self, sms: OutgoingSms) -> SendResult:
        if analyze(sms.body).segments > MAX_PARTS:
            raise PermanentError("message_too_long", f"more than {MAX_PARTS} parts")
        payload: dict[str, Any] = {
            "recipient": {"to": recipient_digits(sms.to)},
            "body": {"text": sms.body},
            "refClient": sms.reference[:REF_LENGTH],
        }
        if sms.sender:
            payload["from"] = sms.sender
        message = _message(self._call("POST", MESSAGES_PATH, json=payload), sent=True)
        state, error_code, detail = _status(message)
        if state is DeliveryState.FAILED and error_code:  # refused at once (blacklisted, no credit…)
            raise PermanentError(error_code, f"status UNDELIVERABLE {detail}".strip(), provider_code=detail)
        cost, currency = _price(message)
        return SendResult(str(message["messageId"]), state, _part_count(message), cost, currency)

    # ------------------------------------------------------------------ status
    def fetch_status(self, provider_id: str) -> StatusReport:
        message = _message(self._call("GET", f"{MESSAGES_PATH}/{quote(provider_id, safe='')}"))
        state, error_code, detail = _status(message)
        status = message.get("status")
        value = status.get("value") if isinstance(status, dict) else None
        return StatusReport(
            provider_id,
            state,
            error_code=error_code,
            provider_code="/".join(str(v) for v in (value, detail) if v) or None,
            at=parse_iso_datetime(status.get("deliveryDate")) if isinstance(status, dict) else None,
            segments=_part_count(message),
            cost=_price(message)[0],
        )

    # ------------------------------------------------------------------ inbound
    def poll_inbound(self, cursor: str | None) -> InboundPage:
        now = self._clock.now()
        state = FloorCursor(cursor, now=now, start=INBOUND_START, late_margin=LATE_MARGIN)
        stop_before = state.floor - LATE_MARGIN
        try:
            items, complete = self._list({"direction": "MO"}, stop_before=stop_before)
        except PermanentError as exc:
            if exc.http_status != 400:
                raise
            items, complete = self._list({}, stop_before=stop_before)  # filter refused: list all
        if not complete:  # only possible when the list is not newest first: recent replies may be missed
            logs.get("providers").warning("smsmode: message list not read to its end (%d items)", len(items))
        messages: list[InboundSms] = []
        for item in items:
            message_id = item.get("messageId")
            if str(item.get("direction", "")).upper() != "MO" or not message_id:
                continue
            key = str(message_id)
            when = _item_date(item) or now
            if not state.is_new(key, when):
                continue
            body = item.get("body")
            recipient = item.get("recipient")
            messages.append(
                InboundSms(
                    provider_id=key,
                    from_number=inbound_number(item.get("from")),
                    text=str(body.get("text") or "") if isinstance(body, dict) else "",
                    received_at=when,
                    to=str(recipient.get("to") or "") if isinstance(recipient, dict) else "",
                )
            )
        messages.sort(key=lambda m: m.received_at)
        return InboundPage(messages, state.dump())

    # ------------------------------------------------------------------ reconciliation
    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        reference, to = sms.reference[:REF_LENGTH], recipient_digits(sms.to)
        items, complete = self._list({}, stop_before=since - LATE_MARGIN)
        results = []
        for item in items:
            recipient = item.get("recipient")
            if (
                item.get("refClient") == reference
                and str(item.get("direction", "MT")).upper() != "MO"
                and isinstance(recipient, dict)
                and only_digits(recipient.get("to", "")) == to
                and item.get("messageId")
            ):
                state, _error, _detail = _status(item)
                cost, currency = _price(item)
                results.append(SendResult(str(item["messageId"]), state, _part_count(item), cost, currency))
        if not results and not complete:
            raise PermanentError("not_supported", "message list too long to be sure")
        return results

    # ------------------------------------------------------------------ account
    def check_account(self) -> AccountCheck:
        body = self._call("GET", MESSAGES_PATH, params={"page": 1, "pageSize": 1})
        if not isinstance(body, dict):
            raise TransientError("bad_response", "list answer is not an object")
        return AccountCheck(ok=True)

    def close(self) -> None:
        self._http.close()

    # ------------------------------------------------------------------ HTTP
    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        return read_answer(self._http.request(method, path, **kwargs), method, _error)

    def _list(
        self, filters: Mapping[str, str], *, stop_before: dt.datetime
    ) -> tuple[list[dict[str, Any]], bool]:
        """Items of the message list, and whether the list was read to its end (or far enough back).

        Reading stops early only when the dates seen so far prove a newest-first order (some decrease, no
        increase) and the last item read is older than ``stop_before``.
        """
        items: list[dict[str, Any]] = []
        decreased = increased = False
        previous: dt.datetime | None = None
        for page in range(1, MAX_PAGES + 1):
            body = self._call("GET", MESSAGES_PATH, params={**filters, "page": page, "pageSize": PAGE_SIZE})
            batch = body.get("items") if isinstance(body, dict) else None
            if not isinstance(batch, list):
                raise TransientError("bad_response", "message list without items")
            for item in _dicts(batch):
                items.append(item)
                when = _item_date(item)
                if when is None:
                    continue
                if previous is not None:
                    increased = increased or when > previous
                    decreased = decreased or when < previous
                previous = when
            if len(batch) < PAGE_SIZE:
                return items, True
            if decreased and not increased and previous is not None and previous < stop_before:
                return items, True
        return items, False


# ---------------------------------------------------------------------- errors


def _error(response: requests.Response, method: str) -> ProviderError:
    """429/5xx are common; then smsmode's body, whatever its shape, is searched for a known code."""
    common = common_status_error(response, method)
    if common is not None:
        return common
    status = response.status_code
    strings = list(_strings(error_json(response)))
    provider_code = next((v for k, v in strings if k in _CODE_KEYS and _CONSTANT.fullmatch(v)), None)
    texts = [v for key in ("message", "detail", "title") for k, v in strings if k == key]
    if provider_code is None:  # e.g. a problem+json "detail": "INVALID_PHONE_NUMBER: …"
        provider_code = next((m.group(1) for m in map(_LEADING_CODE.match, texts) if m), None)
    detail = error_detail(provider_code or "", texts[0] if texts else "", status)
    kwargs: dict[str, Any] = {"provider_code": provider_code, "http_status": status}
    if status in (401, 403):
        return PermanentError("auth_failed", detail, **kwargs)
    code = _classify(" ".join(v for _k, v in strings))
    if code:
        return PermanentError(code, detail, **kwargs)
    if status == 402:
        return PermanentError("insufficient_credit", detail, **kwargs)
    if status == 404:
        return PermanentError("not_found", detail, **kwargs)
    return PermanentError("bad_request", detail, **kwargs)


def _classify(text: str) -> str | None:
    return first_match(text.upper(), _CODES)


def _strings(value: Any, key: str = "", depth: int = 0) -> Iterator[tuple[str, str]]:
    """(key, text) pairs of every string (or number) in a JSON value, a few levels deep."""
    if depth > 4:
        return
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(v, str(k), depth + 1)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key, depth + 1)
    elif isinstance(value, str) and value.strip():
        yield key, value.strip()


# ---------------------------------------------------------------------- message objects


def _message(body: Any, *, sent: bool = False) -> dict[str, Any]:
    if (
        not isinstance(body, dict)
        or not isinstance(body.get("messageId"), str | int)
        or not body["messageId"]
    ):
        raise TransientError("bad_response", "no messageId in the answer", may_have_been_sent=sent)
    return body


def _status(message: Mapping[str, Any]) -> tuple[DeliveryState, str | None, str | None]:
    """Our state, our error code and smsmode's ``status.detail`` for one message object."""
    status = message.get("status")
    value = str(status.get("value") or "").upper() if isinstance(status, dict) else ""
    raw_detail = status.get("detail") if isinstance(status, dict) else None
    detail = str(raw_detail) if raw_detail else None
    state = _STATES.get(value, DeliveryState.UNKNOWN)
    if not state.final or state is DeliveryState.DELIVERED:
        return state, None, detail
    if detail and re.search(r"LIMIT_EXCEEDED|SPAM", detail.upper()):
        return state, "bad_request", detail
    fallback = "expired" if state is DeliveryState.EXPIRED else "undelivered"
    return state, (_classify(detail) if detail else None) or fallback, detail


def _part_count(message: Mapping[str, Any]) -> int | None:
    body = message.get("body")
    return as_int(body.get("messagePartCount")) if isinstance(body, dict) else None


def _price(message: Mapping[str, Any]) -> tuple[Decimal | None, str | None]:
    price = message.get("price")
    if not isinstance(price, dict) or (value := as_decimal(price.get("amount"))) is None:
        return None, None
    currency = price.get("currency")
    return value, str(currency) if currency else None


def _item_date(item: Mapping[str, Any]) -> dt.datetime | None:
    status = item.get("status")
    delivery = status.get("deliveryDate") if isinstance(status, dict) else None
    return (
        parse_iso_datetime(item.get("acceptedAt"))
        or parse_iso_datetime(item.get("sentDate"))
        or parse_iso_datetime(delivery)
    )


def _dicts(values: list[Any]) -> Iterator[dict[str, Any]]:
    return (v for v in values if isinstance(v, dict))
