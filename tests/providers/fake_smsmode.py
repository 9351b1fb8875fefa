"""A fake smsmode REST v1 API (``/sms/v1/messages``) on 127.0.0.1.

Reproduced: the ``X-Api-Key`` header (missing/wrong → 401); ``POST /sms/v1/messages`` → 201 and the message
object with ``href`` (``messageId``, ``acceptedAt``, ``channel``, ``direction: MT``, ``recipient``, ``from``,
``body`` with ``encoding``/``messagePartCount``/``length``, ``status.value``, ``price``, ``refClient``);
``GET /sms/v1/messages/{id}``; the list ``GET /sms/v1/messages?page=&pageSize=`` → ``{"items": [...]}``,
newest first (``oldest_first`` flips it), ``pageSize`` ≤ 100.

UNCONFIRMED parts of smsmode's contract are choices here, switchable by tests: the error body shape
(:attr:`error_style`: ``flat``, ``nested``, ``details``, ``problem``); the ``direction=MO`` list filter
(honoured, or ignored with :attr:`ignore_direction_filter`, or refused with 400 with
:attr:`reject_direction_filter`); MO messages living in the same list (:meth:`inject_mo`).

Recipients: digits only (a ``+`` → 400 INVALID_PHONE_NUMBER, like any number ending in ``0000``); a number in
:attr:`blacklist` is accepted (201) but UNDELIVERABLE / BLACKLISTED; with :attr:`credits` set, running out
gives 400 INSUFFICIENT_CREDIT. Messages start ENROUTE; tests move them with :meth:`set_status`.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import uuid
from collections.abc import Callable
from decimal import Decimal
from http import HTTPStatus
from typing import Any

from desktop.core.sms import UCS2, analyze
from tests.providers.fakeserver import FakeProvider, Reply, Request

API_KEY = "smsmode-" + "0123456789abcdef" * 2
PATH = "/sms/v1/messages"
_SENDER = re.compile(r"[a-zA-Z0-9\s]{1,11}")
_RECIPIENT = re.compile(r"\d{6,15}")


def _stamp(when: dt.datetime) -> str:
    """smsmode's documented examples carry no offset: UTC here."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


class FakeSmsmode(FakeProvider):
    def __init__(
        self,
        *,
        api_key: str = API_KEY,
        now: Callable[[], dt.datetime] | None = None,
        price_per_part: Decimal | str = "0.045",
    ) -> None:
        super().__init__()
        # serve_forever's default 0.5 s poll interval makes every stop() take half a second
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="fake-smsmode",
            daemon=True,
        )
        self.api_key = api_key
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.price_per_part = Decimal(price_per_part)
        self.credits: Decimal | None = None  # None: unlimited
        self.error_style = "flat"
        self.oldest_first = False
        self.ignore_direction_filter = False
        self.reject_direction_filter = False
        self.blacklist: set[str] = set()
        self.messages: list[dict[str, Any]] = []  # creation order, MT and MO
        self._errors: list[tuple[int, str, str]] = []
        self._state = threading.Lock()

    # ---------------------------------------------------------------- test controls
    def queue_error(self, status: int, code: str, message: str) -> None:
        """The next authenticated request gets this error, in :attr:`error_style`."""
        with self._state:
            self._errors.append((status, code, message))

    def get(self, message_id: str) -> dict[str, Any]:
        with self._state:
            return next(m for m in self.messages if m["messageId"] == message_id)

    def set_status(self, message_id: str, value: str, detail: str | None = None) -> None:
        with self._state:
            message = next(m for m in self.messages if m["messageId"] == message_id)
            status: dict[str, Any] = {"value": value, "deliveryDate": _stamp(self.now())}
            if detail:
                status["detail"] = detail
            message["status"] = status

    def inject_mo(
        self, from_number: str, text: str, *, at: dt.datetime | None = None, to: str = "36034"
    ) -> dict[str, Any]:
        """A reply received on our short code ``to`` from ``from_number`` (digits)."""
        message = {
            "messageId": str(uuid.uuid4()),
            "acceptedAt": _stamp(at or self.now()),
            "type": "SMS",
            "direction": "MO",
            "from": from_number.lstrip("+"),
            "recipient": {"to": to},
            "body": {"text": text, "encoding": "GSM7", "messagePartCount": 1, "length": len(text)},
        }
        with self._state:
            self.messages.append(message)
        return message

    def add_message(self, message: dict[str, Any]) -> None:
        with self._state:
            self.messages.append(message)

    # ---------------------------------------------------------------- dispatch
    def handle(self, request: Request) -> Reply:
        if request.headers.get("x-api-key") != self.api_key:
            return self._error(401, "UNAUTHORIZED", "Invalid API key")
        with self._state:
            if self._errors:
                return self._error(*self._errors.pop(0))
        if request.path == PATH and request.method == "POST":
            return self._create(request)
        if request.path == PATH and request.method == "GET":
            return self._list(request)
        if request.path.startswith(PATH + "/") and request.method == "GET":
            message_id = request.path[len(PATH) + 1 :]
            with self._state:
                found = next((m for m in self.messages if m["messageId"] == message_id), None)
            return Reply(200, found) if found else self._error(404, "NOT_FOUND", "Message not found")
        return self._error(404, "NOT_FOUND", "Resource not found")

    def _error(self, status: int, code: str, message: str) -> Reply:
        if self.error_style == "nested":
            return Reply(status, {"error": {"code": code, "detail": message}})
        if self.error_style == "details":
            detail = {"field": "request", "errorCode": code, "detail": message}
            return Reply(status, {"message": "Request validation failed", "details": [detail]})
        if self.error_style == "problem":
            phrase = HTTPStatus(status).phrase
            return Reply(
                status,
                {"type": "about:blank", "title": phrase, "status": status, "detail": f"{code}: {message}"},
                {"Content-Type": "application/problem+json"},
            )
        return Reply(status, {"status": status, "errorCode": code, "message": message})

    # ---------------------------------------------------------------- endpoints
    def _create(self, request: Request) -> Reply:
        try:
            body = request.json()
        except ValueError:
            return self._error(400, "INVALID_BODY", "Malformed JSON")
        recipient = body.get("recipient") if isinstance(body, dict) else None
        text_part = body.get("body") if isinstance(body, dict) else None
        to = recipient.get("to") if isinstance(recipient, dict) else None
        text = text_part.get("text") if isinstance(text_part, dict) else None
        if not isinstance(to, str) or not _RECIPIENT.fullmatch(to) or to.endswith("0000"):
            return self._error(400, "INVALID_PHONE_NUMBER", "Invalid phone number")
        if not isinstance(text, str) or not text:
            return self._error(400, "INVALID_BODY", "body.text is required")
        sender = body.get("from")
        if sender is not None and (not isinstance(sender, str) or not _SENDER.fullmatch(sender)):
            return self._error(400, "INVALID_SENDER", "Invalid 'from' value")
        analysis = analyze(text)
        parts = analysis.segments
        if parts > 10:
            return self._error(400, "MESSAGE_TOO_LONG", "Too many message parts")
        price = self.price_per_part * parts
        with self._state:
            if self.credits is not None:
                if self.credits < price:
                    return self._error(400, "INSUFFICIENT_CREDIT", "Not enough credit")
                self.credits -= price
            message_id = str(uuid.uuid4())
            status: dict[str, Any] = {"value": "ENROUTE"}
            if to in self.blacklist:
                status = {"value": "UNDELIVERABLE", "detail": "BLACKLISTED"}
            message: dict[str, Any] = {
                "messageId": message_id,
                "acceptedAt": _stamp(self.now()),
                "channel": {"channelId": "c0ffee00-0000-4000-8000-000000000001", "name": "notification",
                            "type": "SMS", "flow": "TRANSACTIONAL"},
                "type": "SMS",
                "direction": "MT",
                "recipient": {"to": to},
                "from": sender or "36034",
                "body": {
                    "text": text,
                    "encoding": "UNICODE" if analysis.encoding == UCS2 else "GSM7",
                    "messagePartCount": parts,
                    "length": len(text),
                },
                "status": status,
                "price": {"amount": float(price), "currency": "EUR"},
                "href": f"{self.base_url}{PATH}/{message_id}",
            }  # fmt: skip
            if isinstance(body.get("refClient"), str):
                message["refClient"] = body["refClient"]
            self.messages.append(message)
        return Reply(201, message)

    def _list(self, request: Request) -> Reply:
        q = {k: v[-1] for k, v in request.query.items()}
        try:
            page = int(q.get("page", "1"))
            size = int(q.get("pageSize", "20"))
        except ValueError:
            return self._error(400, "INVALID_PARAMETER", "page and pageSize must be integers")
        if page < 1 or not 0 < size <= 100:
            return self._error(400, "INVALID_PARAMETER", "pageSize must be between 1 and 100")
        direction = q.get("direction")
        if direction is not None and self.reject_direction_filter:
            return self._error(400, "INVALID_PARAMETER", "Unknown parameter: direction")
        with self._state:
            items = list(self.messages)
        if direction is not None and not self.ignore_direction_filter:
            items = [m for m in items if m.get("direction") == direction]
        items.sort(key=lambda m: str(m.get("acceptedAt", "")), reverse=not self.oldest_first)
        return Reply(200, {"items": items[(page - 1) * size : page * size]})
