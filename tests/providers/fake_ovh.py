"""A fake OVHcloud SMS API on 127.0.0.1, served under ``/1.0`` like the real one.

It checks every authenticated call the way OVH does: known application key, timestamp within 180 s of *its*
clock (``clock`` + ``clock_offset``), known consumer key, then the ``$1$`` signature recomputed over the full
URL as the client built it (``http://127.0.0.1:PORT`` + the path and query received) and the raw body.

State tests can read or drive:
- ``posted``: the JSON bodies of ``POST /jobs`` as received; ``jobs`` (queued) and ``outgoing`` (sent) records;
  ``dispatch(id)`` moves a job to outgoing (ptt 3), ``set_ptt(id, ptt, dlr)`` sets its outcome.
- ``incoming``: ``add_incoming(sender, text, at)``; ``blacklist``: ``add_to_blacklist(number)``.
- ``blacklist_mode``: ``"reject"`` (default) puts a blacklisted receiver in ``invalidReceivers`` and charges
  nothing; ``"ptt23"`` accepts it and the message ends with ptt 23 when dispatched.
- ``credits``: decreases by ``numberOfSms`` per receiver; not enough → 403 with OVH's quota message.
- ``scripted``: ``(predicate, Reply)`` pairs answered instead of the normal handling (one use each);
  ``not_granted``: ``(METHOD, path prefix)`` pairs the consumer key has no right for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import re
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from desktop.core.clock import Clock, SystemClock
from desktop.core.sms import analyze
from tests.providers.fakeserver import FakeProvider, Reply, Request

APPLICATION_KEY = "TDPKJdwZwAQPwKX2"
APPLICATION_SECRET = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk"
CONSUMER_KEY = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY"
SERVICE = "sms-xx12345-1"
STOP_MENTION = "\nSTOP au 36180"
MAX_DRIFT = 180
PARIS = ZoneInfo("Europe/Paris")
_RECEIVER = re.compile(r"^(\+|00)[1-9][0-9]{9,16}$")
_JOB_FIELDS = {
    "message", "receivers", "receiversDocumentUrl", "receiversSlotId", "sender", "senderForResponse",
    "noStopClause", "coding", "charset", "class", "priority", "differedPeriod", "validityPeriod", "tag",
}  # fmt: skip


def _error(status: int, message: str, code: str | None = None) -> Reply:
    if code:
        return Reply(
            status, {"errorCode": code, "httpCode": f"{status} {_REASONS[status]}", "message": message}
        )
    return Reply(status, {"class": f"Client::{_REASONS[status].replace(' ', '')}", "message": message})


_REASONS = {400: "Bad Request", 403: "Forbidden", 404: "Not Found"}


def ovh_time(when: dt.datetime) -> str:
    """Dates as OVH writes them: Paris local time with its offset."""
    return when.astimezone(PARIS).isoformat(timespec="seconds")


class FakeOvh(FakeProvider):
    def __init__(
        self, *, clock: Clock | None = None, clock_offset: float = 0.0, credits: float = 100.0
    ) -> None:
        super().__init__()
        # serve_forever's default 0.5 s poll makes every stop() slow; answer shutdown() within 20 ms
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-ovh", daemon=True
        )
        self.clock = clock or SystemClock()
        self.clock_offset = clock_offset
        self.credits = credits
        self.service = SERVICE
        self.application_keys = {APPLICATION_KEY: APPLICATION_SECRET}
        self.consumer_keys = {CONSUMER_KEY}
        self.senders: set[str] | None = {"OPTIQUE"}  # validated senders; None = any
        self.blacklist_mode = "reject"
        self.invalid_numbers: set[str] = set()
        self.not_granted: set[tuple[str, str]] = set()
        self.scripted: list[tuple[Callable[[Request], bool], Reply]] = []
        self.posted: list[dict[str, Any]] = []
        self.jobs: dict[int, dict[str, Any]] = {}
        self.outgoing: dict[int, dict[str, Any]] = {}
        self.incoming: dict[int, dict[str, Any]] = {}
        self.blacklist: dict[str, str] = {}
        self.time_requests = 0
        self._ids = itertools.count(26929925)
        self._state = threading.RLock()

    @property
    def api_root(self) -> str:
        return self.base_url + "/1.0"

    def now(self) -> dt.datetime:
        return self.clock.now() + dt.timedelta(seconds=self.clock_offset)

    # ------------------------------------------------------------------ test helpers
    def add_incoming(self, sender: str, message: str, at: dt.datetime | None = None) -> int:
        with self._state:
            message_id = next(self._ids)
            self.incoming[message_id] = {
                "creationDatetime": ovh_time(at or self.now()),
                "credits": 1.0,
                "id": message_id,
                "message": message,
                "sender": sender,
                "tag": "",
            }
            return message_id

    def add_to_blacklist(self, number: str) -> None:
        with self._state:
            self.blacklist[number] = ovh_time(self.now())

    def dispatch(self, message_id: int) -> dict[str, Any]:
        """The job leaves the queue: it is now in outgoing, handed to the operator (ptt 3)."""
        with self._state:
            if message_id in self.outgoing:
                return self.outgoing[message_id]
            record = self.jobs.pop(message_id)
            blocked = self.blacklist_mode == "ptt23" and record["receiver"] in self.blacklist
            record.update(ptt=23 if blocked else 3, deliveryReceipt=2 if blocked else 4)
            record["sentAt"] = ovh_time(self.now())
            self.outgoing[message_id] = record
            return record

    def set_ptt(self, message_id: int, ptt: int, dlr: int | None = None) -> None:
        with self._state:
            record = self.dispatch(message_id)
            record["ptt"] = ptt
            record["deliveryReceipt"] = dlr if dlr is not None else {4: 1, 3: 4}.get(ptt, 2)
            if ptt == 4:
                record["deliveredAt"] = ovh_time(self.now())

    # ------------------------------------------------------------------ protocol
    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        # headers and body leave in two writes: without TCP_NODELAY, Nagle + delayed ACK cost 40 ms a call
        with contextlib.suppress(OSError):
            handler.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super()._dispatch(handler)

    def handle(self, request: Request) -> Reply:
        with self._state:
            for index, (matches, reply) in enumerate(list(self.scripted)):
                if matches(request):
                    del self.scripted[index]
                    return reply
        if not request.path.startswith("/1.0/"):
            return _error(404, "Got an invalid (or empty) URL")
        path = unquote(request.path[len("/1.0") :])
        if request.method == "GET" and path == "/auth/time":
            with self._state:
                self.time_requests += 1
            return Reply(200, int(self.now().timestamp()))
        refused = self._authenticate(request)
        if refused is not None:
            return refused
        if any(request.method == m and path.startswith(p) for m, p in self.not_granted):
            return _error(403, "This call has not been granted", "NOT_GRANTED_CALL")
        parts = path.strip("/").split("/")
        if parts[0] != "sms" or len(parts) < 2:
            return _error(404, "Got an invalid (or empty) URL")
        if parts[1] != self.service:
            return _error(404, "This service does not exist")
        with self._state:
            return self._route(request, parts[2:])

    def _authenticate(self, request: Request) -> Reply | None:
        headers = request.headers
        secret = self.application_keys.get(headers.get("x-ovh-application", ""))
        if secret is None:
            return _error(403, "Invalid application key", "INVALID_KEY")
        timestamp = headers.get("x-ovh-timestamp", "")
        if not timestamp.isdigit() or abs(int(timestamp) - int(self.now().timestamp())) > MAX_DRIFT:
            return _error(400, "Query out of time", "QUERY_TIME_OUT")
        consumer = headers.get("x-ovh-consumer", "")
        if consumer not in self.consumer_keys:
            return _error(403, "This credential is not valid", "INVALID_CREDENTIAL")
        url = self.base_url + request.raw_path
        to_sign = "+".join([secret, consumer, request.method, url, request.body.decode("utf-8"), timestamp])
        expected = "$1$" + hashlib.sha1(to_sign.encode("utf-8")).hexdigest()
        if headers.get("x-ovh-signature") != expected:
            return _error(400, "Invalid signature", "INVALID_SIGNATURE")
        return None

    def _route(self, request: Request, rest: list[str]) -> Reply:
        method = request.method
        if not rest and method == "GET":
            return Reply(200, {"name": self.service, "description": "Optique Martin", "creditsLeft": self.credits,
                               "status": "enable", "smsResponse": {"responseType": "text"}})  # fmt: skip
        kind, ident = rest[0], (rest[1] if len(rest) > 1 else None)
        if kind == "jobs" and method == "POST" and ident is None:
            return self._post_job(request)
        tables = {"jobs": self.jobs, "outgoing": self.outgoing, "incoming": self.incoming}
        if method == "GET" and kind in tables:
            table = tables[kind]
            if ident is None:
                return Reply(200, sorted(i for i, r in table.items() if _filtered(r, request.query)))
            if ident.isdigit() and int(ident) in table:
                return Reply(200, table[int(ident)])
            return _error(404, f"The requested object (id = {ident}) does not exist")
        if method == "GET" and kind == "blacklists":
            if ident is None:
                return Reply(200, sorted(self.blacklist))
            if ident in self.blacklist:
                return Reply(200, {"dateCreation": self.blacklist[ident], "number": ident})
            return _error(404, f"The requested object (number = {ident}) does not exist")
        return _error(404, "Got an invalid (or empty) URL")

    def _post_job(self, request: Request) -> Reply:
        body = request.json()
        self.posted.append(body)
        unknown = sorted(set(body) - _JOB_FIELDS)
        if unknown:
            return _error(400, f"Unknown body parameter {unknown[0]}")
        message = body.get("message")
        if not isinstance(message, str) or not message:
            return _error(400, "Missing parameter message")
        sender = body.get("sender")
        if sender is not None and body.get("senderForResponse"):
            return _error(400, "You can't use both sender and senderForResponse")
        if sender is not None and self.senders is not None and sender not in self.senders:
            return _error(400, f"The sender {sender} is not valid for this account")
        valid: list[str] = []
        invalid: list[str] = []
        for receiver in body.get("receivers") or []:
            number = "+" + receiver[2:] if str(receiver).startswith("00") else str(receiver)
            refused = self.blacklist_mode == "reject" and number in self.blacklist
            bad = not _RECEIVER.match(str(receiver)) or number in self.invalid_numbers
            (invalid if bad or refused else valid).append(number)
        stored = message if body.get("noStopClause") else message + STOP_MENTION
        parts = analyze(stored).segments
        needed = parts * len(valid)
        if needed > self.credits:
            return _error(
                403, f"No more quota credit for the user api. Quota available : {self.credits:.2f}. "
                f"Credit needed : {needed}",
            )  # fmt: skip
        self.credits -= needed
        ids = []
        for number in valid:
            message_id = next(self._ids)
            ids.append(message_id)
            self.jobs[message_id] = {
                "creationDatetime": ovh_time(self.now()), "credits": float(parts), "deliveredAt": None,
                "deliveryReceipt": 0, "differedDelivery": 0, "id": message_id, "message": stored,
                "messageLength": len(stored), "numberOfSms": parts, "ptt": 0, "receiver": number,
                "sender": sender or "36180", "sentAt": None, "tag": body.get("tag", ""), "tariffCode": "FR",
            }  # fmt: skip
        report = {
            "totalCreditsRemoved": needed,
            "invalidReceivers": invalid,
            "ids": ids,
            "validReceivers": valid,
        }
        return Reply(200, report)


def _filtered(record: dict[str, Any], query: dict[str, list[str]]) -> bool:
    """OVH's list filters: exact ``receiver``/``sender``/``tag``, ``creationDatetime.from/.to`` bounds."""
    for name, values in query.items():
        value = values[0]
        if name in ("receiver", "sender", "tag") and record.get(name) != value:
            return False
        if name.startswith("creationDatetime."):
            created = dt.datetime.fromisoformat(record["creationDatetime"])
            bound = dt.datetime.fromisoformat(value)
            if (name.endswith(".from") and created < bound) or (name.endswith(".to") and created > bound):
                return False
    return True
