"""A fake Brevo v3 transactional SMS API on 127.0.0.1.

Wire format reproduced: the ``api-key`` header (missing/wrong → 401 ``{"code":"unauthorized","message":"Key not
found"}``); ``POST /v3/transactionalSMS/sms`` (JSON ``SendTransacSms`` → 201 ``{reference, messageId (int),
smsCount, usedCredits, remainingCredits}``; 402 ``not_enough_credits`` when the credits run out; 400
``missing_parameter``/``invalid_parameter``); ``GET /v3/transactionalSMS/statistics/events`` (``limit`` 1–100,
``offset``, ``phoneNumber``, ``event``, ``startDate``+``endDate`` or ``days``, ``sort`` asc|desc, default desc;
answers ``{}`` when nothing matches); ``GET /v3/account`` (``plan[]`` with an ``sms`` plan holding the credits);
429 ``too_many_requests`` with ``x-sib-ratelimit-*`` headers and no ``Retry-After``.

Every send records a ``sent`` event, then (with ``auto_deliver``) the outcome, by recipient:

=====================  ===========================
recipient ends with    events
=====================  ===========================
``0000``               sent, hardBounces
``0001``               sent, softBounces
in :attr:`blocklist`   blocked
anything else          sent, delivered
=====================  ===========================

``[STOP_CODE]`` is replaced by :attr:`stop_code` (and the message becomes marketing), like Brevo does.
Tests inject replies with :meth:`inject_reply`, any raw event with :meth:`add_event`, one-off Brevo errors with
:meth:`queue_error`, and 429s with :attr:`throttle`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.core.sms import analyze
from tests.providers.fakeserver import FakeProvider, Reply, Request

API_KEY = "xkeysib-" + "0123456789abcdef" * 4 + "-FakeKey"
PREFIX = "/v3"
_RECIPIENT = re.compile(r"\+?\d{6,15}")
_SENDER = re.compile(r"[A-Za-z0-9 ]{1,11}|\d{1,15}")


@dataclass
class SentSms:
    message_id: int
    sender: str
    recipient: str  # as received
    content: str  # as received
    delivered_text: str  # after [STOP_CODE] substitution
    type: str
    tag: Any
    unicode_enabled: bool
    created_at: dt.datetime


def _stamp(when: dt.datetime) -> str:
    when = when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


class FakeBrevo(FakeProvider):
    def __init__(
        self,
        *,
        api_key: str = API_KEY,
        credits: Decimal | int | str = 100,
        credit_per_sms: Decimal | str = "0.35",
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__()
        # serve_forever's default 0.5 s poll interval makes every stop() take half a second
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-brevo", daemon=True
        )
        self.api_key = api_key
        self.credits = Decimal(credits)
        self.credit_per_sms = Decimal(credit_per_sms)
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.stop_code = "36184"
        self.auto_deliver = True
        self.record_events = True
        self.blocklist: set[str] = set()  # digits
        self.throttle = 0  # answer the next N requests with 429
        self.sent: list[SentSms] = []
        self.events: list[dict[str, Any]] = []
        self._errors: list[tuple[int, dict[str, str]]] = []
        self._ids = itertools.count(1511882900176220)
        self._state = threading.Lock()

    # ---------------------------------------------------------------- test controls
    def add_event(self, **event: Any) -> dict[str, Any]:
        event.setdefault("date", _stamp(self.now()))
        if "messageId" in event:
            event["messageId"] = str(event["messageId"])
        with self._state:
            self.events.append(event)
        return event

    def inject_reply(
        self, phone: str, text: str, *, message_id: int | str = "", at: dt.datetime | None = None
    ) -> dict[str, Any]:
        return self.add_event(
            phoneNumber=_digits(phone),
            date=_stamp(at or self.now()),
            messageId=message_id,
            event="replies",
            reply=text,
        )

    def queue_error(self, status: int, code: str, message: str) -> None:
        """The next request (after authentication) gets this Brevo error."""
        with self._state:
            self._errors.append((status, {"code": code, "message": message}))

    def message(self, message_id: int | str) -> SentSms:
        return next(m for m in self.sent if str(m.message_id) == str(message_id))

    # ---------------------------------------------------------------- dispatch
    def handle(self, request: Request) -> Reply:
        with self._state:
            if self.throttle > 0:
                self.throttle -= 1
                return Reply(
                    429,
                    {"code": "too_many_requests", "message": "The expected rate limit is exceeded."},
                    {
                        "x-sib-ratelimit-limit": "150",
                        "x-sib-ratelimit-remaining": "0",
                        "x-sib-ratelimit-reset": "7",
                    },
                )
        if request.headers.get("api-key") != self.api_key:
            return Reply(401, {"code": "unauthorized", "message": "Key not found"})
        with self._state:
            if self._errors:
                status, body = self._errors.pop(0)
                return Reply(status, body)
        route = (request.method, request.path)
        if route == ("POST", f"{PREFIX}/transactionalSMS/sms"):
            return self._post_sms(request)
        if route == ("GET", f"{PREFIX}/transactionalSMS/statistics/events"):
            return self._get_events(request)
        if route == ("GET", f"{PREFIX}/account"):
            return self._get_account()
        return Reply(404, {"code": "document_not_found", "message": "Invalid route"})

    # ---------------------------------------------------------------- endpoints
    def _post_sms(self, request: Request) -> Reply:
        try:
            body = request.json()
        except ValueError:
            return _bad("bad_request", "Malformed JSON")
        if not isinstance(body, dict):
            return _bad("bad_request", "Body must be an object")
        for name in ("sender", "recipient", "content"):
            if not isinstance(body.get(name), str) or not body[name]:
                return _bad("missing_parameter", f"{name} is missing")
        if not _RECIPIENT.fullmatch(body["recipient"]):
            return _bad("invalid_parameter", "Invalid recipient phone number")
        if not _SENDER.fullmatch(body["sender"]):
            return _bad("invalid_parameter", "Invalid sender name")
        kind = body.get("type", "transactional")
        if kind not in ("transactional", "marketing"):
            return _bad("invalid_parameter", "type is not valid")
        content: str = body["content"]
        text = content
        if "[STOP_CODE]" in content:
            kind = "marketing"
            text = content.replace("[STOP_CODE]", self.stop_code)
        count = analyze(text).segments
        recipient = _digits(body["recipient"])
        with self._state:
            cost = self.credit_per_sms * count
            if cost > self.credits:
                return Reply(402, {"code": "not_enough_credits", "message": "Not enough credits"})
            self.credits -= cost
            now = self.now()
            sms = SentSms(
                next(self._ids),
                body["sender"],
                body["recipient"],
                content,
                text,
                kind,
                body.get("tag"),
                bool(body.get("unicodeEnabled", False)),
                now,
            )
            self.sent.append(sms)
            if self.record_events:
                for name in self._outcome(recipient):
                    self.events.append(self._event(sms, recipient, name, now))
            remaining = self.credits
        answer = {
            "reference": f"ref{sms.message_id:x}",
            "messageId": sms.message_id,
            "smsCount": count,
            "usedCredits": float(cost),
            "remainingCredits": float(remaining),
        }
        return Reply(201, answer)

    def _outcome(self, recipient: str) -> list[str]:
        if recipient in self.blocklist:
            return ["blocked"]
        if not self.auto_deliver:
            return ["sent"]
        if recipient.endswith("0000"):
            return ["sent", "hardBounces"]
        if recipient.endswith("0001"):
            return ["sent", "softBounces"]
        return ["sent", "delivered"]

    @staticmethod
    def _event(sms: SentSms, recipient: str, name: str, now: dt.datetime) -> dict[str, Any]:
        event: dict[str, Any] = {
            "phoneNumber": recipient,
            "date": _stamp(now),
            "messageId": str(sms.message_id),
            "event": name,
        }
        if isinstance(sms.tag, str):
            event["tag"] = sms.tag
        elif isinstance(sms.tag, list) and sms.tag:
            event["tag"] = str(sms.tag[0])
        if name == "hardBounces":
            event["reason"] = "Invalid number"
        elif name == "softBounces":
            event["reason"] = "Handset unreachable"
        return event

    def _get_events(self, request: Request) -> Reply:
        q = {k: v[-1] for k, v in request.query.items()}
        try:
            limit = int(q.get("limit", "50"))
            offset = int(q.get("offset", "0"))
            days = int(q["days"]) if "days" in q else None
        except ValueError:
            return _bad("invalid_parameter", "limit, offset and days must be integers")
        if not 0 < limit <= 100 or offset < 0:
            return _bad("out_of_range", "limit must be between 1 and 100")
        if ("startDate" in q) != ("endDate" in q):
            return _bad("invalid_parameter", "startDate and endDate must be given together")
        if days is not None and "startDate" in q:
            return _bad("invalid_parameter", "days cannot be combined with startDate/endDate")
        sort = q.get("sort", "desc")
        if sort not in ("asc", "desc"):
            return _bad("invalid_parameter", "sort must be asc or desc")
        today = self.now().astimezone(dt.UTC).date()
        start: dt.date | None = None
        end: dt.date | None = None
        if days is not None:
            if days < 1:
                return _bad("out_of_range", "days must be positive")
            start, end = today - dt.timedelta(days=days - 1), today
        elif "startDate" in q:
            try:
                start, end = dt.date.fromisoformat(q["startDate"]), dt.date.fromisoformat(q["endDate"])
            except ValueError:
                return _bad("invalid_parameter", "dates must be YYYY-MM-DD")
        with self._state:
            events = list(self.events)
        phone = _digits(q.get("phoneNumber", ""))
        selected = []
        for event in events:
            when = dt.datetime.fromisoformat(event["date"].replace("Z", "+00:00")).astimezone(dt.UTC)
            if phone and _digits(str(event.get("phoneNumber", ""))) != phone:
                continue
            if "event" in q and event.get("event") != q["event"]:
                continue
            if start is not None and end is not None and not start <= when.date() <= end:
                continue
            selected.append((when, event))
        selected.sort(key=lambda pair: pair[0], reverse=sort == "desc")
        page = [event for _when, event in selected[offset : offset + limit]]
        return Reply(200, {"events": page} if page else {})

    def _get_account(self) -> Reply:
        with self._state:
            credits = float(self.credits)
        return Reply(
            200,
            {
                "email": "cabinet@example.fr",
                "firstName": "Claire",
                "lastName": "Martin",
                "companyName": "Optique Martin",
                "plan": [
                    {"type": "free", "credits": 300, "creditsType": "sendLimit"},
                    {"type": "sms", "credits": credits, "creditsType": "sendLimit"},
                ],
            },
        )


def _bad(code: str, message: str) -> Reply:
    return Reply(400, {"code": code, "message": message})
