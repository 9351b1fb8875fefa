"""OVHcloud SMS wire format: signing, tags, payloads, ptt statuses, errors, records, cursor.

Pure functions and small records, no HTTP: :mod:`desktop.providers.ovh` makes the calls.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from desktop.core.entities import Purpose
from desktop.core.sms import UCS2, analyze
from desktop.providers.base import (
    DeliveryState,
    InboundSms,
    OutgoingSms,
    PermanentError,
    SendResult,
    StatusReport,
)
from desktop.providers.wire import as_decimal, as_int, mask_numbers, parse_iso_datetime

TAG_MAX = 32
VALIDITY_MINUTES = 2880  # OVH's default: 48 h
PARIS = ZoneInfo("Europe/Paris")  # OVH writes its dates without an offset, in Paris time
_AUTH_CODES = {"INVALID_CREDENTIAL", "NOT_CREDENTIAL", "INVALID_KEY", "NOT_GRANTED_CALL", "FORBIDDEN"}
_CREDIT_RE = re.compile(r"quota|\bcredits?\b", re.IGNORECASE)
_SENDER_RE = re.compile(r"\bsender\b", re.IGNORECASE)
_TAG_RE = re.compile(r"[A-Za-z0-9._:-]{1,32}")
# ptt codes that end delivery without success; 1–3 and 24–26 are still being retried.
_PTT_UNDELIVERED = frozenset({5, 20, 21, 27, 28, 29, 33, 39, 73, 74, 76, 202})
_PTT_FINAL: dict[int, tuple[DeliveryState, str | None]] = {
    4: (DeliveryState.DELIVERED, None),
    8: (DeliveryState.EXPIRED, "expired"),
    23: (DeliveryState.FAILED, "invalid_number"),
    6: (DeliveryState.UNKNOWN, None),
}
_DLR_DELIVERED = 1
_DLR_FAILED = frozenset({2, 16})


@dataclass(frozen=True)
class OvhCredentials:
    application_key: str
    application_secret: str = field(repr=False)
    consumer_key: str = field(repr=False)


def sign(
    application_secret: str, consumer_key: str, *, method: str, url: str, body: str, timestamp: str
) -> str:
    """OVH's request signature (python-ovh ``raw_call``): ``$1$`` + SHA-1 of the ``+``-joined parts."""
    to_sign = "+".join([application_secret, consumer_key, method.upper(), url, body, timestamp])
    return "$1$" + hashlib.sha1(to_sign.encode("utf-8")).hexdigest()


def signed_headers(
    credentials: OvhCredentials, *, method: str, url: str, body: str, timestamp: int
) -> dict[str, str]:
    """The headers of one authenticated call; ``timestamp`` is OVH's time (our clock plus its offset)."""
    stamp = str(timestamp)
    headers = {
        "X-Ovh-Application": credentials.application_key,
        "X-Ovh-Consumer": credentials.consumer_key,
        "X-Ovh-Timestamp": stamp,
        "X-Ovh-Signature": sign(
            credentials.application_secret,
            credentials.consumer_key,
            method=method,
            url=url,
            body=body,
            timestamp=stamp,
        ),
    }
    if body:
        headers["Content-Type"] = "application/json"
    return headers


def tag_for(reference: str) -> str:
    """The OVH ``tag`` for our reference: itself when short and plain, else a stable hash of it."""
    if _TAG_RE.fullmatch(reference):
        return reference
    return "c-" + hashlib.sha256(reference.encode("utf-8")).hexdigest()[: TAG_MAX - 2]


def job_payload(sms: OutgoingSms, sender: str, *, replies: bool) -> dict[str, Any]:
    """The body of ``POST /sms/{serviceName}/jobs``: OVH's reply-capable short code without a sender or
    when replies are wanted; its own STOP mention on promotional messages only."""
    payload: dict[str, Any] = {
        "message": sms.body,
        "receivers": [sms.to],
        "noStopClause": sms.purpose is not Purpose.PROMOTIONAL,
        "tag": tag_for(sms.reference) if sms.reference else "",
        "coding": "8bit" if analyze(sms.body).encoding == UCS2 else "7bit",
        "charset": "UTF-8",
        "priority": "high",
        "validityPeriod": VALIDITY_MINUTES,
    }
    if not payload["tag"]:
        del payload["tag"]
    if sender and not replies:
        payload["sender"] = sender
    else:
        payload["senderForResponse"] = True
    return payload


def status_from_ptt(ptt: int | None, dlr: int | None) -> tuple[DeliveryState, str | None]:
    """Map an ``sms.Outgoing`` (``ptt``, ``deliveryReceipt``) to our state and error code.

    ptt 4 → delivered; 8 → expired; 23 (invalid/barred/blacklisted number) → failed "invalid_number";
    6 (final state unknown) → unknown; 5, 20, 21, 27–29, 33, 39, 73, 74, 76, 202 → undelivered. Any other ptt
    (0–3 and the temporary 24–26 included) is still in progress: sent, unless the receipt already says
    delivered (1) or failed (2, 16 → undelivered).
    """
    if ptt in _PTT_FINAL:
        return _PTT_FINAL[ptt]
    if ptt in _PTT_UNDELIVERED or dlr in _DLR_FAILED:
        return DeliveryState.UNDELIVERED, "undelivered"
    if dlr == _DLR_DELIVERED:
        return DeliveryState.DELIVERED, None
    return DeliveryState.SENT, None


# ---------------------------------------------------------------------- errors


def error_fields(body: Mapping[str, Any]) -> tuple[str, str]:
    """OVH's error code (``errorCode``, else ``class``) and message from an error body."""
    code = str(body.get("errorCode") or body.get("class") or "")
    return code, str(body.get("message") or "")


def timestamp_refused(code: str, message: str) -> bool:
    """OVH said "Query out of time": the cached clock offset is stale."""
    return code == "QUERY_TIME_OUT" or "out of time" in message.lower()


def service_missing(message: str) -> bool:
    return "service does not exist" in message.lower()


def error_for(status: int, code: str, message: str) -> PermanentError:
    """The stable error of a refused call, once 429/5xx and timestamps are ruled out."""
    lowered = message.lower()
    detail = mask_numbers(message)[:120] or f"HTTP {status}"
    if code == "INVALID_SIGNATURE" or "invalid signature" in lowered:
        ours, detail = "auth_failed", "invalid signature"
    elif _CREDIT_RE.search(message):
        ours = "insufficient_credit"
    elif status in (401, 403) or code in _AUTH_CODES:
        ours = "auth_failed"
    elif status == 404:
        ours, detail = "not_found", "SMS service not found" if service_missing(message) else detail
    elif _SENDER_RE.search(message) and "parameter" not in lowered:
        ours = "sender_refused"
    else:
        ours, detail = "bad_request", "SMS service expired" if status == 460 else detail
    return PermanentError(ours, detail, provider_code=code or None, http_status=status)


# ---------------------------------------------------------------------- records


def ovh_number(number: object) -> str:
    """A number as OVH lists it, comparable with ours: separators dropped, ``00`` → ``+``."""
    text = re.sub(r"[\s.()-]", "", str(number or ""))
    return "+" + text[2:] if text.startswith("00") else text


def parse_time(value: object) -> dt.datetime | None:
    """An OVH date (ISO 8601; without an offset it is Paris time) as aware UTC."""
    return parse_iso_datetime(value, naive_zone=PARIS)


def format_time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def credits(value: object) -> tuple[Decimal | None, str | None]:
    """An amount of OVH credits as ``SendResult.cost`` / ``currency``."""
    amount = as_decimal(value)
    return amount, "credits" if amount is not None else None


def status_report(provider_id: str, record: Mapping[str, Any]) -> StatusReport:
    """The report of an ``sms.Outgoing`` record (a number on the blacklist is told apart by the caller)."""
    ptt = as_int(record.get("ptt"))
    state, error = status_from_ptt(ptt, as_int(record.get("deliveryReceipt")))
    at = parse_time(record.get("deliveredAt")) or parse_time(record.get("sentAt"))
    return StatusReport(
        provider_id,
        state,
        error_code=error,
        provider_code=f"ptt:{ptt}" if ptt is not None else None,
        at=at or parse_time(record.get("creationDatetime")),
        segments=as_int(record.get("numberOfSms")),
        cost=as_decimal(record.get("credits")),
    )


def outgoing_result(provider_id: str, record: Mapping[str, Any]) -> SendResult:
    """What an ``sms.Outgoing`` record says of a message we may have sent."""
    state, _ = status_from_ptt(as_int(record.get("ptt")), as_int(record.get("deliveryReceipt")))
    cost, currency = credits(record.get("credits"))
    return SendResult(
        provider_id, state, segments=as_int(record.get("numberOfSms")), cost=cost, currency=currency
    )


def same_text(sent: object, body: str) -> bool:
    """OVH keeps the text as sent, plus its STOP mention on promotional messages."""
    if not isinstance(sent, str):
        return False
    held = unicodedata.normalize("NFC", sent).strip()
    wanted = unicodedata.normalize("NFC", body).strip()
    return held == wanted or held.startswith(wanted)


def record_matches(record: Mapping[str, Any], sms: OutgoingSms, to: str, since: dt.datetime) -> bool:
    """Whether a job or outgoing record is ``sms`` sent to ``to`` (OVH's form) at/after ``since``."""
    created = parse_time(record.get("creationDatetime"))
    return (
        ovh_number(record.get("receiver")) == to
        and same_text(record.get("message"), sms.body)
        and (created is None or created >= since)
    )


def inbound_sms(message_id: int, record: Mapping[str, Any], received: dt.datetime) -> InboundSms:
    """An ``sms.Incoming`` record as a reply received at ``received``."""
    return InboundSms(
        provider_id=str(record.get("id") or message_id),
        from_number=ovh_number(record.get("sender")),
        text=str(record.get("message") or ""),
        received_at=received,
    )


class InboundCursor:
    """Where inbound polling stands: the newest creation time seen and the ids seen since shortly before.

    OVH filters ``/incoming`` by ``creationDatetime.from``; we ask from ``since - OVERLAP`` (a message may be
    indexed late) and skip ids already seen. Ids older than the window are forgotten: OVH no longer lists them.
    """

    OVERLAP = dt.timedelta(minutes=10)

    def __init__(self, since: dt.datetime, seen: dict[str, dt.datetime] | None = None) -> None:
        self.since = since
        self.seen = dict(seen or {})

    @classmethod
    def load(cls, cursor: str | None) -> InboundCursor | None:
        """None for no cursor or an unreadable one (polling then restarts from the last 24 h)."""
        if not cursor:
            return None
        try:
            data = json.loads(cursor)
            since = parse_time(data["since"])
            seen = {str(k): parse_time(v) for k, v in dict(data.get("seen") or {}).items()}
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        if since is None:
            return None
        return cls(since, {k: v for k, v in seen.items() if v is not None})

    def query_from(self) -> dt.datetime:
        return self.since - self.OVERLAP

    def has_seen(self, message_id: int) -> bool:
        return str(message_id) in self.seen

    def mark_seen(self, message_id: int, at: dt.datetime) -> None:
        self.seen[str(message_id)] = at
        self.since = max(self.since, at)

    def prune(self) -> None:
        limit = self.query_from()
        self.seen = {k: v for k, v in self.seen.items() if v >= limit}

    def dump(self) -> str:
        seen = {k: format_time(v) for k, v in sorted(self.seen.items())}
        return json.dumps({"since": format_time(self.since), "seen": seen}, separators=(",", ":"))
