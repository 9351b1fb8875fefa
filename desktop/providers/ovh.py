"""OVHcloud SMS adapter: signed JSON calls to ``/sms/{serviceName}/…`` (providers.md §3).

Every authenticated call carries ``X-Ovh-Signature = "$1$" + sha1(AS+CK+METHOD+URL+BODY+TIMESTAMP)`` where the
timestamp is the *server's* time: the offset is read once from ``GET /auth/time`` and cached; when OVH refuses
a timestamp ("Query out of time", e.g. after the computer's clock jumped) the offset is read again and the call
retried once. ``account.base_url`` replaces the endpoint's API root entirely (``https://eu.api.ovh.com/1.0``).

Decisions (see also the status mapping in :func:`status_from_ptt`):
- sender: ``sms.sender`` (or the account's); with no sender, or with the ``replies`` option on, the message goes
  out with ``senderForResponse: true`` (OVH's reply-capable short code; OVH blocks links on short codes).
- ``noStopClause`` is false only for promotional messages: OVH then appends its own STOP mention.
- ``tag`` = our reference when it is a short plain token, else a hash of it (:func:`tag_for`).
- a receiver refused in ``invalidReceivers`` is ``opted_out`` when OVH has it on the account blacklist
  (the recipient replied STOP), ``invalid_number`` otherwise; same for a status with ptt 23.
- costs are reported in OVH credits (``currency="credits"``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, cast
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

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
    ProviderSpec,
    SendResult,
    StatusReport,
    TransientError,
)
from desktop.providers.http import HttpClient, json_body, raise_for_common_status
from desktop.providers.registry import ProviderEnv

log = logging.getLogger("sms")

ENDPOINTS = {
    "ovh-eu": "https://eu.api.ovh.com/1.0",
    "ovh-ca": "https://ca.api.ovh.com/1.0",
    "ovh-us": "https://api.us.ovhcloud.com/1.0",
}
TAG_MAX = 32
VALIDITY_MINUTES = 2880  # OVH's default: 48 h
LOOKUP_MARGIN = dt.timedelta(minutes=5)
PARIS = ZoneInfo("Europe/Paris")
_TRUE = {"1", "true", "yes", "oui", "on"}
_AUTH_CODES = {"INVALID_CREDENTIAL", "NOT_CREDENTIAL", "INVALID_KEY", "NOT_GRANTED_CALL", "FORBIDDEN"}
_CREDIT_RE = re.compile(r"quota|\bcredits?\b", re.IGNORECASE)
_SENDER_RE = re.compile(r"\bsender\b", re.IGNORECASE)
_TAG_RE = re.compile(r"[A-Za-z0-9._:-]{1,32}")

SPEC = ProviderSpec(
    key="ovh",
    label="OVHcloud",
    fields=(
        FieldSpec(
            "service_name", "Nom du service SMS", help="Par exemple sms-xx12345-1 (espace client OVHcloud)."
        ),
        FieldSpec("application_key", "Application key (AK)"),
        FieldSpec(
            "endpoint", "Point d'accès", required=False, default="ovh-eu", help="ovh-eu, ovh-ca ou ovh-us."
        ),
        FieldSpec(
            "replies",
            "Recevoir les réponses",
            required=False,
            default="",
            help="« oui » : envoi par numéro court OVH pour que les clients puissent répondre "
            "(l'expéditeur est alors ignoré et les liens sont bloqués par OVH).",
        ),
        FieldSpec("application_secret", "Application secret (AS)", secret=True),
        FieldSpec("consumer_key", "Consumer key (CK)", secret=True),
    ),
    default_base_url=ENDPOINTS["ovh-eu"],
    default_rate_per_second=5.0,
)

CAPABILITIES = Capabilities(
    delivery_status=True,
    inbound_polling=True,
    reconciliation=True,
    balance=True,
    provider_stop_mention=True,
    default_rate_per_second=SPEC.default_rate_per_second,
)


def sign(
    application_secret: str, consumer_key: str, *, method: str, url: str, body: str, timestamp: str
) -> str:
    """OVH's request signature (python-ovh ``raw_call``): ``$1$`` + SHA-1 of the ``+``-joined parts."""
    to_sign = "+".join([application_secret, consumer_key, method.upper(), url, body, timestamp])
    return "$1$" + hashlib.sha1(to_sign.encode("utf-8")).hexdigest()


def tag_for(reference: str) -> str:
    """The OVH ``tag`` for our reference: itself when short and plain, else a stable hash of it."""
    if _TAG_RE.fullmatch(reference):
        return reference
    return "c-" + hashlib.sha256(reference.encode("utf-8")).hexdigest()[: TAG_MAX - 2]


# ptt codes (providers.md §3.5) that end delivery without success; 1–3 and 24–26 are still being retried.
_PTT_UNDELIVERED = frozenset({5, 20, 21, 27, 28, 29, 33, 39, 73, 74, 76, 202})
_DLR_DELIVERED = 1
_DLR_FAILED = frozenset({2, 16})


def status_from_ptt(ptt: int | None, dlr: int | None) -> tuple[DeliveryState, str | None]:
    """Map an ``sms.Outgoing`` (``ptt``, ``deliveryReceipt``) to our state and error code.

    ptt 4 → delivered; 8 → expired; 23 (invalid/barred/blacklisted number) → failed "invalid_number";
    6 (final state unknown) → unknown; 5, 20, 21, 27–29, 33, 39, 73, 74, 76, 202 → undelivered. Any other ptt
    (0–3 and the temporary 24–26 included) is still in progress: sent, unless the receipt already says
    delivered (1) or failed (2, 16 → undelivered).
    """
    final: dict[int, tuple[DeliveryState, str | None]] = {
        4: (DeliveryState.DELIVERED, None),
        8: (DeliveryState.EXPIRED, "expired"),
        23: (DeliveryState.FAILED, "invalid_number"),
        6: (DeliveryState.UNKNOWN, None),
    }
    if ptt in final:
        return final[ptt]
    if ptt in _PTT_UNDELIVERED or dlr in _DLR_FAILED:
        return DeliveryState.UNDELIVERED, "undelivered"
    if dlr == _DLR_DELIVERED:
        return DeliveryState.DELIVERED, None
    return DeliveryState.SENT, None


def _e164(number: object) -> str:
    text = re.sub(r"[\s.()-]", "", str(number or ""))
    return "+" + text[2:] if text.startswith("00") else text


def _parse_time(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=PARIS)).astimezone(dt.UTC)


def _format_time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat(timespec="seconds")


def _decimal(value: object) -> Decimal | None:
    return Decimal(str(value)) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _same_text(sent: object, body: str) -> bool:
    """OVH keeps the text as sent, plus its STOP mention on promotional messages."""
    if not isinstance(sent, str):
        return False
    held = unicodedata.normalize("NFC", sent).strip()
    wanted = unicodedata.normalize("NFC", body).strip()
    return held == wanted or held.startswith(wanted)


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
            since = _parse_time(data["since"])
            seen = {str(k): _parse_time(v) for k, v in dict(data.get("seen") or {}).items()}
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
        seen = {k: _format_time(v) for k, v in sorted(self.seen.items())}
        return json.dumps({"since": _format_time(self.since), "seen": seen}, separators=(",", ":"))


@dataclass(frozen=True)
class OvhCredentials:
    application_key: str
    application_secret: str = field(repr=False)
    consumer_key: str = field(repr=False)


class _TimestampRefusedError(Exception):
    """OVH said "Query out of time": our cached clock offset is stale."""


class OvhProvider:
    """One OVHcloud SMS service (``serviceName``) reached with one application's credentials."""

    capabilities = CAPABILITIES
    max_details_per_poll = 200  # detail calls per inbound poll; the rest waits for the next poll

    def __init__(
        self,
        name: str,
        api_root: str,
        service_name: str,
        credentials: OvhCredentials,
        *,
        default_sender: str = "",
        replies: bool = False,
        env: ProviderEnv,
    ) -> None:
        self.name = name
        self._root = api_root.rstrip("/")
        self._sn = quote(service_name, safe="")
        self._ak = credentials.application_key
        self._as = credentials.application_secret
        self._ck = credentials.consumer_key
        self._default_sender = default_sender
        self._replies = replies
        self._clock = env.clock
        self._http = HttpClient(
            self._root, connect_timeout=env.connect_timeout, read_timeout=env.read_timeout
        )
        self._delta: int | None = None
        self._delta_lock = threading.Lock()

    # ------------------------------------------------------------------ signing and calls
    def _local_time(self) -> int:
        return int(self._clock.now().timestamp())

    def time_delta(self) -> int:
        """Seconds to add to our clock to get OVH's (``GET /auth/time``, read once and cached)."""
        with self._delta_lock:
            if self._delta is None:
                response = self._http.request("GET", self._root + "/auth/time")
                raise_for_common_status(response, method="GET")
                if response.status_code != 200:
                    detail = f"no OVH API at this address (/auth/time: HTTP {response.status_code})"
                    raise PermanentError("not_found", detail, http_status=response.status_code)
                server = json_body(response)
                if not isinstance(server, int) or isinstance(server, bool):
                    raise TransientError("bad_response", "/auth/time did not return a timestamp")
                self._delta = server - self._local_time()
                log.debug("OVH clock offset: %d s", self._delta)
            return self._delta

    def _forget_delta(self, stale: int) -> None:
        with self._delta_lock:
            if self._delta == stale:
                self._delta = None

    def _signed_headers(self, method: str, url: str, body: str, delta: int) -> dict[str, str]:
        timestamp = str(self._local_time() + delta)
        headers = {
            "X-Ovh-Application": self._ak,
            "X-Ovh-Consumer": self._ck,
            "X-Ovh-Timestamp": timestamp,
            "X-Ovh-Signature": sign(
                self._as, self._ck, method=method, url=url, body=body, timestamp=timestamp
            ),
        }
        if body:
            headers["Content-Type"] = "application/json"
        return headers

    def _call(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, str] | None = None,
        data: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Any:
        """One signed call; the decoded JSON, or None on a 404 for an object when ``missing_ok``."""
        url = self._root + path + ("?" + urlencode(query) if query else "")
        body = "" if data is None else json.dumps(data, separators=(",", ":"))
        for attempt in (1, 2):
            delta = self.time_delta()
            headers = self._signed_headers(method, url, body, delta)
            response = self._http.request(method, url, data=body.encode("utf-8") or None, headers=headers)
            try:
                return self._decode(response, method, missing_ok)
            except _TimestampRefusedError:
                if attempt == 2:
                    break
                log.info("OVH refused our timestamp; reading its clock again")
                self._forget_delta(delta)
        raise TransientError("server_error", "OVH refused the request timestamp twice", http_status=400)

    def _decode(self, response: requests.Response, method: str, missing_ok: bool) -> Any:
        if missing_ok and response.status_code == 404 and not self._service_missing(response):
            return None
        self._check(response, method)
        if response.status_code == 204 or not response.content:
            return None
        try:
            return json_body(response)
        except TransientError as exc:
            if method.upper() == "GET":
                raise
            raise TransientError(
                "bad_response", exc.detail, http_status=exc.http_status, may_have_been_sent=True
            ) from exc

    @staticmethod
    def _error_fields(response: requests.Response) -> tuple[str, str]:
        try:
            payload = response.json()
        except ValueError:
            return "", ""
        if not isinstance(payload, dict):
            return "", ""
        code = str(payload.get("errorCode") or payload.get("class") or "")
        return code, str(payload.get("message") or "")

    def _service_missing(self, response: requests.Response) -> bool:
        return "service does not exist" in self._error_fields(response)[1].lower()

    def _check(self, response: requests.Response, method: str) -> None:
        """Raise the stable error for a non-2xx answer (providers.md §3.3)."""
        raise_for_common_status(response, method=method)
        status = response.status_code
        if status < 400:
            return
        code, message = self._error_fields(response)
        lowered = message.lower()
        detail = _safe(message) or f"HTTP {status}"
        if code == "QUERY_TIME_OUT" or "out of time" in lowered:
            raise _TimestampRefusedError
        if code == "INVALID_SIGNATURE" or "invalid signature" in lowered:
            raise PermanentError("auth_failed", "invalid signature", provider_code=code, http_status=status)
        if _CREDIT_RE.search(message):
            raise PermanentError("insufficient_credit", detail, provider_code=code, http_status=status)
        if status in (401, 403) or code in _AUTH_CODES:
            raise PermanentError("auth_failed", detail, provider_code=code or None, http_status=status)
        if status == 404:
            what = "SMS service not found" if "service does not exist" in lowered else detail
            raise PermanentError("not_found", what, provider_code=code or None, http_status=status)
        if _SENDER_RE.search(message) and "parameter" not in lowered:
            raise PermanentError("sender_refused", detail, provider_code=code or None, http_status=status)
        if status == 460:
            detail = "SMS service expired"
        raise PermanentError("bad_request", detail, provider_code=code or None, http_status=status)

    # ------------------------------------------------------------------ Provider
    def send(self, sms: OutgoingSms) -> SendResult:
        sender = sms.sender or self._default_sender
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
        if sender and not self._replies:
            payload["sender"] = sender
        else:
            payload["senderForResponse"] = True
        report = self._call("POST", f"/sms/{self._sn}/jobs", data=payload)
        if not isinstance(report, dict):
            raise TransientError("bad_response", "unexpected sending report", may_have_been_sent=True)
        ids = [i for i in report.get("ids") or [] if _int(i) is not None]
        invalid = {_e164(n) for n in report.get("invalidReceivers") or []}
        if _e164(sms.to) in invalid:
            raise self._refusal(sms.to)
        if not ids:
            raise TransientError(
                "bad_response", "no message id in the sending report", may_have_been_sent=True
            )
        credits = _decimal(report.get("totalCreditsRemoved"))
        return SendResult(
            str(ids[0]),
            DeliveryState.ACCEPTED,
            cost=credits,
            currency="credits" if credits is not None else None,
        )

    def _refusal(self, number: str) -> PermanentError:
        """Why OVH refused a receiver: on the account blacklist (STOP) or not a valid number."""
        try:
            blacklisted = self.is_blacklisted(number)
        except PermanentError:
            blacklisted = False
        if blacklisted:
            return PermanentError(
                "opted_out", "number is on the OVH blacklist (STOP)", provider_code="blacklist"
            )
        return PermanentError("invalid_number", "receiver refused by OVH", provider_code="invalidReceivers")

    def is_blacklisted(self, number: str) -> bool:
        record = self._call(
            "GET", f"/sms/{self._sn}/blacklists/{quote(_e164(number), safe='')}", missing_ok=True
        )
        return record is not None

    def blacklisted_numbers(self) -> list[str]:
        """Numbers on the account blacklist (recipients who replied STOP), E.164, sorted."""
        numbers = self._call("GET", f"/sms/{self._sn}/blacklists")
        if not isinstance(numbers, list):
            raise TransientError("bad_response", "blacklist is not a list")
        return sorted({_e164(n) for n in numbers if n})

    def _record(self, kind: str, message_id: int | str) -> dict[str, Any] | None:
        record = self._call("GET", f"/sms/{self._sn}/{kind}/{message_id}", missing_ok=True)
        if record is not None and not isinstance(record, dict):
            raise TransientError("bad_response", f"{kind} record is not an object")
        return cast("dict[str, Any] | None", record)

    def _ids(self, path: str, query: Mapping[str, str] | None = None) -> list[int]:
        ids = self._call("GET", path, query=query)
        if not isinstance(ids, list):
            raise TransientError("bad_response", "id list expected")
        return sorted({i for i in ids if _int(i) is not None})

    def fetch_status(self, provider_id: str) -> StatusReport:
        """``/outgoing/{id}``; a message still queued is only under ``/jobs/{id}`` (→ accepted)."""
        if not provider_id.isdigit():
            raise PermanentError("not_found", "not an OVH message id")
        for kind in ("outgoing", "jobs", "outgoing"):  # the job may leave the queue between two calls
            record = self._record(kind, provider_id)
            if record is not None:
                break
        else:
            raise PermanentError("not_found", "no such message at OVH")
        if kind == "jobs":
            return StatusReport(provider_id, DeliveryState.ACCEPTED, segments=_int(record.get("numberOfSms")))
        return self._report(provider_id, record)

    def _report(self, provider_id: str, record: Mapping[str, Any]) -> StatusReport:
        ptt, dlr = _int(record.get("ptt")), _int(record.get("deliveryReceipt"))
        state, error = status_from_ptt(ptt, dlr)
        if error == "invalid_number" and self._blacklisted_quietly(record.get("receiver")):
            error = "opted_out"
        at = _parse_time(record.get("deliveredAt")) or _parse_time(record.get("sentAt"))
        return StatusReport(
            provider_id,
            state,
            error_code=error,
            provider_code=f"ptt:{ptt}" if ptt is not None else None,
            at=at or _parse_time(record.get("creationDatetime")),
            segments=_int(record.get("numberOfSms")),
            cost=_decimal(record.get("credits")),
        )

    def _blacklisted_quietly(self, number: object) -> bool:
        try:
            return bool(number) and self.is_blacklisted(str(number))
        except PermanentError:
            return False

    def poll_inbound(self, cursor: str | None) -> InboundPage:
        """``/incoming?creationDatetime.from=…`` then each new id; dedupe by id across polls."""
        state = InboundCursor.load(cursor)
        if state is None:
            state = InboundCursor(since=self.server_now() - dt.timedelta(hours=24))
        query = {"creationDatetime.from": _format_time(state.query_from())}
        fresh = [i for i in self._ids(f"/sms/{self._sn}/incoming", query) if not state.has_seen(i)]
        messages: list[InboundSms] = []
        for message_id in fresh[: self.max_details_per_poll]:
            record = self._record("incoming", message_id)
            if record is None:  # deleted between the two calls
                state.mark_seen(message_id, state.since)
                continue
            received = _parse_time(record.get("creationDatetime")) or self.server_now()
            messages.append(
                InboundSms(
                    provider_id=str(record.get("id") or message_id),
                    from_number=_e164(record.get("sender")),
                    text=str(record.get("message") or ""),
                    received_at=received,
                )
            )
            state.mark_seen(message_id, received)
        state.prune()
        return InboundPage(messages, state.dump())

    def server_now(self) -> dt.datetime:
        """OVH's idea of now (our clock plus the cached offset)."""
        return self._clock.now() + dt.timedelta(seconds=self.time_delta())

    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        """Pending jobs first, then ``/outgoing`` filtered by receiver, tag and date: a job leaving the queue
        between the two calls is then seen in outgoing. OVH keeps 6 months of history: ``[]`` = not sent."""
        since_server = since + dt.timedelta(seconds=self.time_delta()) - LOOKUP_MARGIN
        to = _e164(sms.to)
        found: dict[str, SendResult] = {}
        for job_id in self._ids(f"/sms/{self._sn}/jobs"):
            job = self._record("jobs", job_id)
            if job is not None and self._matches(job, sms, to, since_server):
                found[str(job_id)] = SendResult(str(job_id), DeliveryState.ACCEPTED)
        query = {"receiver": to, "creationDatetime.from": _format_time(since_server)}
        if sms.reference:
            query["tag"] = tag_for(sms.reference)
        for out_id in self._ids(f"/sms/{self._sn}/outgoing", query):
            record = self._record("outgoing", out_id)
            if record is not None and self._matches(record, sms, to, since_server):
                state, _ = status_from_ptt(_int(record.get("ptt")), _int(record.get("deliveryReceipt")))
                found[str(out_id)] = SendResult(
                    str(out_id),
                    state,
                    segments=_int(record.get("numberOfSms")),
                    cost=_decimal(record.get("credits")),
                    currency="credits" if _decimal(record.get("credits")) is not None else None,
                )
        return [found[key] for key in sorted(found, key=int)]

    @staticmethod
    def _matches(record: Mapping[str, Any], sms: OutgoingSms, to: str, since: dt.datetime) -> bool:
        created = _parse_time(record.get("creationDatetime"))
        return (
            _e164(record.get("receiver")) == to
            and _same_text(record.get("message"), sms.body)
            and (created is None or created >= since)
        )

    def check_account(self) -> AccountCheck:
        """``GET /sms/{serviceName}``: credentials, service name and ``creditsLeft`` (0 → detail says so)."""
        info = self._call("GET", f"/sms/{self._sn}")
        if not isinstance(info, dict):
            raise TransientError("bad_response", "service description is not an object")
        balance = _decimal(info.get("creditsLeft"))
        detail = str(info.get("description") or info.get("name") or "")
        if balance is not None and balance <= 0:
            detail = "no credit left"
        return AccountCheck(ok=True, balance=balance, balance_unit="credits", detail=detail)

    def close(self) -> None:
        _close_pools(self._http.session)
        self._http.close()


def _close_pools(session: requests.Session) -> None:
    """Close idle sockets now: urllib3 2's ``PoolManager.clear()`` leaves them to the garbage collector."""
    for adapter in session.adapters.values():
        pools = getattr(getattr(adapter, "poolmanager", None), "pools", None)
        if pools is None:
            continue
        for key in list(pools.keys()):
            pool = pools.get(key)
            if pool is not None:
                pool.close()


def _safe(message: str) -> str:
    """The provider's error text without phone numbers, short enough for a log line."""
    return re.sub(r"\+?\d[\d ]{5,}\d", "…", message)[:120]


def api_root(account: ProviderAccount) -> str:
    """``account.base_url`` when set (the full API root), else the URL of the ``endpoint`` option."""
    if account.base_url:
        return account.base_url
    endpoint = (account.options.get("endpoint") or "ovh-eu").strip().lower()
    if endpoint not in ENDPOINTS:
        raise PermanentError("bad_request", f"unknown OVH endpoint {endpoint!r} (ovh-eu, ovh-ca, ovh-us)")
    return ENDPOINTS[endpoint]


def create(account: ProviderAccount, secrets: Mapping[str, str], env: ProviderEnv) -> OvhProvider:
    service_name = (account.options.get("service_name") or "").strip()
    application_key = (account.options.get("application_key") or "").strip()
    if not service_name:
        raise PermanentError("bad_request", "missing OVH service name")
    if not application_key:
        raise PermanentError("auth_failed", "missing application key")
    return OvhProvider(
        account.name,
        api_root(account),
        service_name,
        OvhCredentials(
            application_key, secrets.get("application_secret", ""), secrets.get("consumer_key", "")
        ),
        default_sender=account.sender,
        replies=(account.options.get("replies") or "").strip().lower() in _TRUE,
        env=env,
    )
