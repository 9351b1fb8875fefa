"""A fake Twilio REST API (2010-04-01 Messages, Account, Balance) on 127.0.0.1.

It speaks Twilio's wire format: HTTP Basic auth (wrong credentials → 401 with code 20003),
form-encoded ``POST …/Messages.json`` → 201 + Message JSON, ``GET …/Messages/{Sid}.json``, the paged list
with ``next_page_uri`` and the filters ``To``, ``From``, ``DateSent``, ``DateSent<``, ``DateSent>``, and legacy
error bodies ``{"code", "message", "more_info", "status"}``.

**Every request is checked against the OpenAPI contract** (``/work/shared/specs/…`` or the copy given to the
constructor) by :mod:`tests.providers.openapi_check`; violations are recorded in :attr:`FakeTwilio.violations`
and a fixture asserts there are none.

Magic recipient numbers (Twilio's test-credential table, plus French ones in the ARCEP range reserved for
fiction, ``06 39 98 xx xx``):

========================  =====================================  =======
``To``                    meaning                                code
========================  =====================================  =======
``+15005550001``          invalid number                         21211
``+15005550002``          cannot route                           21612
``+15005550003``          no permission for this country         21408
``+15005550004``          recipient replied STOP (blocked)       21610
``+15005550009``          not SMS-capable (landline)             21614
``+336399800NN``          same as ``+150055500NN`` above (01…09)
any ``…0000``             invalid number                         21211
========================  =====================================  =======

Magic ``From``: ``+15005550001`` → 21212 (invalid), ``+15005550007`` → 21606 (not owned),
``+15005550008`` → 21611 (queue full); an alphanumeric sender longer than 11 characters or with characters
outside ``A-Za-z0-9 +-_&`` → 21212. ``allowed_senders`` (when set) restricts ``From`` like a real account
(others → 21606). A ``Body`` longer than 1600 characters → 21617.

Tests drive statuses with :meth:`deliver`, :meth:`fail`, :meth:`set_status`, inject replies
with :meth:`inject_inbound`, and queue one-off Twilio errors with :meth:`queue_error`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import email.utils
import itertools
import re
import socket
import threading
from collections.abc import Callable
from decimal import Decimal
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from desktop.core.sms import analyze
from tests.providers.fakeserver import FakeProvider, Fault, Reply, Request
from tests.providers.openapi_check import OpenApiSpec

SPEC_PATH = (
    Path(__file__).with_name("specs") / "twilio_api_v2010_messages.json"
)  # copy of the shared contract
ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "f00dcafe" * 4
API = "/2010-04-01"

MAGIC_TO = {"01": 21211, "02": 21612, "03": 21408, "04": 21610, "09": 21614}
MAGIC_FROM = {"+15005550001": 21212, "+15005550007": 21606, "+15005550008": 21611}
MESSAGES = {
    20001: (400, "Invalid parameter"),
    20003: (401, "Authenticate"),
    20004: (405, "Method not allowed"),
    20404: (404, "The requested resource was not found"),
    20429: (429, "Too Many Requests"),
    21211: (400, "The 'To' number {to} is not a valid phone number."),
    21212: (
        400,
        "The 'From' number {from_} is not a valid phone number, shortcode, or alphanumeric sender ID.",
    ),
    21408: (
        400,
        "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: {to}.",
    ),
    21602: (400, "Message body is required."),
    21603: (400, "A 'From' phone number is required."),
    21604: (400, "A 'To' phone number is required."),
    21606: (
        400,
        "The 'From' phone number provided is not a valid message-capable Twilio phone number for this destination/account.",
    ),
    21610: (400, "Attempt to send to unsubscribed recipient"),
    21611: (400, "This 'From' number has exceeded the maximum number of queued messages"),
    21612: (
        400,
        "The 'To' phone number: {to}, is not currently reachable using the 'From' phone number: {from_} via SMS.",
    ),
    21614: (400, "'To' number {to} is not a valid mobile number"),
    21617: (400, "The concatenated message body exceeds the 1600 character limit."),
}
_ALPHA_SENDER = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 +\-_&]{1,11}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class TwilioError(Exception):
    def __init__(self, code: int, *, to: str = "", from_: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.to = to
        self.from_ = from_


class FakeTwilio(FakeProvider):
    """A Twilio account with messages you can inspect and drive. Use ``with FakeTwilio() as fake:``."""

    def __init__(
        self,
        account_sid: str = ACCOUNT_SID,
        auth_token: str = AUTH_TOKEN,
        *,
        spec_path: Path = SPEC_PATH,
        now: Callable[[], dt.datetime] | None = None,
        allowed_senders: set[str] | None = None,
        balance: str = "12.34",
        currency: str = "USD",
        price_per_segment: str = "0.07600",
    ) -> None:
        super().__init__()
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.spec = OpenApiSpec.load(spec_path)
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.allowed_senders = allowed_senders
        self.balance = balance
        self.currency = currency
        self.friendly_name = "Opticien Martin"
        self.account_status = "active"
        self.price_per_segment = price_per_segment
        self.violations: list[str] = []
        self.messages: dict[str, dict[str, Any]] = {}  # sid → Message JSON, in creation order
        self._queued_errors: list[tuple[int, int, dict[str, str]]] = []
        self._ids = itertools.count(1)
        self._state = threading.Lock()

    # ---------------------------------------------------------------- test controls
    def queue_error(
        self, code: int, *, status: int | None = None, headers: dict[str, str] | None = None
    ) -> None:
        """The next authenticated request answers with Twilio error ``code`` (and nothing is created)."""
        http_status = status if status is not None else MESSAGES.get(code, (400, ""))[0]
        with self._state:
            self._queued_errors.append((code, http_status, headers or {}))

    def set_status(self, sid: str, status: str, error_code: int | None = None) -> None:
        with self._state:
            message = self.messages[sid]
            message["status"] = status
            message["error_code"] = error_code
            message["error_message"] = f"Error {error_code}" if error_code else None
            message["date_updated"] = _rfc2822(self.now())
            if status in ("sent", "delivered", "undelivered") and message["price"] is None:
                segments = max(int(message["num_segments"]), 1)
                message["price"] = "-" + _money(self.price_per_segment, segments)
                message["price_unit"] = self.currency

    def deliver(self, sid: str) -> None:
        self.set_status(sid, "delivered")

    def fail(self, sid: str, code: int = 30008) -> None:
        self.set_status(sid, "failed", code)

    def inject_inbound(self, from_number: str, body: str, to: str, at: dt.datetime | None = None) -> str:
        """A reply from ``from_number`` to our number ``to``, received at ``at`` (default: now)."""
        when = at or self.now()
        with self._state:
            sid = self._new_sid()
            self.messages[sid] = self._message(sid, to=to, from_=from_number, body=body, when=when)
            self.messages[sid].update(direction="inbound", status="received")
        return sid

    def outbound(self) -> list[dict[str, Any]]:
        with self._state:
            return [dict(m) for m in self.messages.values() if m["direction"] != "inbound"]

    # ---------------------------------------------------------------- HTTP
    def _next_fault(self, request: Request) -> Fault | None:
        """Called for every request, faulty or not, before anything else: check it against the contract."""
        violations = self.spec.validate(
            request.method,
            request.path,
            query=request.query,
            form=request.form() if request.body else None,
            content_type=request.headers.get("content-type"),
            authorization=request.headers.get("authorization"),
        )
        with self._state:
            self.violations += violations
        return super()._next_fault(request)

    def handle(self, request: Request) -> Reply:
        try:
            self._authenticate(request)
            with self._state:
                if self._queued_errors:
                    code, status, headers = self._queued_errors.pop(0)
                    return _error(code, status, headers=headers)
            return self._route(request, request.form() if request.method == "POST" else {})
        except TwilioError as exc:
            return _error(exc.code, to=exc.to, from_=exc.from_)

    def _send(self, handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        # Headers and body leave in two writes: without TCP_NODELAY, Nagle + delayed ACK add 40 ms per request.
        with contextlib.suppress(OSError):
            handler.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super()._send(handler, reply)

    def _authenticate(self, request: Request) -> None:
        header = request.headers.get("authorization", "")
        scheme, _, encoded = header.partition(" ")
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            user = password = ""
        if scheme.lower() != "basic" or user != self.account_sid or password != self.auth_token:
            raise TwilioError(20003)
        prefix = f"{API}/Accounts/"
        if not request.path.startswith(prefix + self.account_sid):
            raise TwilioError(20003)  # another account's resources: Twilio answers 20003 as well

    def _route(self, request: Request, form: dict[str, list[str]]) -> Reply:
        base = f"{API}/Accounts/{self.account_sid}"
        path, method = request.path, request.method
        if path == base + ".json" and method == "GET":
            return Reply(200, self._account())
        if path == base + "/Balance.json" and method == "GET":
            return Reply(
                200, {"account_sid": self.account_sid, "balance": self.balance, "currency": self.currency}
            )
        if path == base + "/Messages.json":
            if method == "POST":
                return Reply(201, self._create({k: v[-1] for k, v in form.items()}))
            if method == "GET":
                return Reply(200, self._list(request))
            raise TwilioError(20004)
        matched = re.fullmatch(re.escape(base) + r"/Messages/([^/]+)\.json", path)
        if matched and method == "GET":
            with self._state:
                message = self.messages.get(matched.group(1))
                if message is None:
                    raise TwilioError(20404)
                return Reply(200, _wire(message))
        raise TwilioError(20404)

    # ---------------------------------------------------------------- resources
    def _create(self, form: dict[str, str]) -> dict[str, Any]:
        to, from_, body = form.get("To", ""), form.get("From", ""), form.get("Body")
        if not to:
            raise TwilioError(21604)
        if not from_ and not form.get("MessagingServiceSid"):
            raise TwilioError(21603)
        if not body:
            raise TwilioError(21602)
        if from_ in MAGIC_FROM:
            raise TwilioError(MAGIC_FROM[from_], to=to, from_=from_)
        if not from_.startswith("+") and not from_.isdigit() and not _ALPHA_SENDER.fullmatch(from_):
            raise TwilioError(21212, to=to, from_=from_)
        if self.allowed_senders is not None and from_ not in self.allowed_senders:
            raise TwilioError(21606, to=to, from_=from_)
        code = _magic_to(to)
        if code is not None:
            raise TwilioError(code, to=to, from_=from_)
        if len(body) > 1600:
            raise TwilioError(21617)
        with self._state:
            sid = self._new_sid()
            self.messages[sid] = self._message(sid, to=to, from_=from_, body=body, when=self.now())
            return _wire(self.messages[sid])

    def _message(self, sid: str, *, to: str, from_: str, body: str, when: dt.datetime) -> dict[str, Any]:
        stamp = _rfc2822(when)
        return {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": body,
            "date_created": stamp,
            "date_sent": stamp,
            "date_updated": stamp,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": from_,
            "messaging_service_sid": None,
            "num_media": "0",
            "num_segments": str(analyze(body).segments),
            "price": None,
            "price_unit": None,
            "sid": sid,
            "status": "queued",
            "subresource_uris": {"media": f"{API}/Accounts/{self.account_sid}/Messages/{sid}/Media.json"},
            "to": to,
            "uri": f"{API}/Accounts/{self.account_sid}/Messages/{sid}.json",
            "_when": when,  # removed from the wire copy
        }

    def _list(self, request: Request) -> dict[str, Any]:
        query = {name: values[-1] for name, values in request.query.items()}
        size = int(query.get("PageSize", "50"))
        page = int(query.get("Page", "0"))
        with self._state:
            matching = [m for m in reversed(self.messages.values()) if _matches(m, query)]
        start = page * size
        token = query.get("PageToken")
        if token:
            sids = [m["sid"] for m in matching]
            if not token.startswith("PA") or token[2:] not in sids:
                raise TwilioError(20001)
            start = sids.index(token[2:]) + 1
        items = matching[start : start + size]
        filters = {k: v for k, v in query.items() if k not in ("PageSize", "Page", "PageToken")}
        uri = f"{API}/Accounts/{self.account_sid}/Messages.json"

        def page_uri(number: int, extra: dict[str, str]) -> str:
            return uri + "?" + urlencode({**filters, "PageSize": size, "Page": number, **extra})

        more = start + size < len(matching)
        return {
            "end": start + len(items) - 1 if items else start,
            "first_page_uri": page_uri(0, {}),
            "next_page_uri": page_uri(page + 1, {"PageToken": "PA" + items[-1]["sid"]}) if more else None,
            "page": page,
            "page_size": size,
            "previous_page_uri": page_uri(page - 1, {}) if page > 0 else None,
            "start": start,
            "uri": request.raw_path,
            "messages": [_wire(m) for m in items],
        }

    def _account(self) -> dict[str, Any]:
        stamp = _rfc2822(self.now())
        return {
            "auth_token": self.auth_token,  # the real resource returns it: adapters must never surface it
            "date_created": stamp,
            "date_updated": stamp,
            "friendly_name": self.friendly_name,
            "owner_account_sid": self.account_sid,
            "sid": self.account_sid,
            "status": self.account_status,
            "type": "Full",
            "uri": f"{API}/Accounts/{self.account_sid}.json",
        }

    def _new_sid(self) -> str:
        return f"SM{next(self._ids):032x}"


def _wire(message: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in message.items() if not k.startswith("_")}


def _matches(message: dict[str, Any], query: dict[str, str]) -> bool:
    if "To" in query and message["to"] != query["To"]:
        return False
    if "From" in query and message["from"] != query["From"]:
        return False
    day = message["_when"].astimezone(dt.UTC).date().isoformat()
    for name in ("DateSent", "DateSent>", "DateSent<"):
        value = query.get(name)
        if value is None:
            continue
        if not _DAY.fullmatch(value):
            raise TwilioError(20001)
        # "DateSent>=YYYY-MM-DD" on the wire is the parameter "DateSent>": on or after that day
        if (name == "DateSent" and day != value) or (name == "DateSent>" and day < value):
            return False
        if name == "DateSent<" and day > value:
            return False
    return True


def _magic_to(to: str) -> int | None:
    if to.startswith("+150055500") and to[-2:] in MAGIC_TO:
        return MAGIC_TO[to[-2:]]
    if to.startswith("+336399800") and len(to) == 12 and to[-2:] in MAGIC_TO:
        return MAGIC_TO[to[-2:]]
    if to.endswith("0000"):
        return 21211
    return None


def _error(
    code: int,
    status: int | None = None,
    headers: dict[str, str] | None = None,
    *,
    to: str = "",
    from_: str = "",
) -> Reply:
    default_status, template = MESSAGES.get(code, (400, "Error"))
    body = {
        "code": code,
        "message": template.format(to=to, from_=from_),
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status or default_status,
    }
    extra = dict(headers or {})
    if code == 20003:
        extra.setdefault("WWW-Authenticate", 'Basic realm="Twilio API"')
    return Reply(status or default_status, body, extra)


def _rfc2822(when: dt.datetime) -> str:
    return email.utils.format_datetime(when.astimezone(dt.UTC).replace(microsecond=0))


def _money(unit: str, count: int) -> str:
    return f"{Decimal(unit) * count:.5f}"
