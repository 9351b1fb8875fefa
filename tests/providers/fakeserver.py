"""A tiny HTTP server on 127.0.0.1 for provider fakes, with fault injection.

A fake subclasses :class:`FakeProvider` and implements ``handle(request) -> Reply``. Tests queue faults with
``server.faults.append(Fault.HANG)`` etc.; each fault applies to the next matching request only — or set
``server.always = Fault.ERROR_500`` for a provider that fails every matching request, forever.

Faults:
- ``HANG``: the request is read (so the provider "received" it and ``handle`` runs), then no answer comes
  until the client gives up — the classic "did it leave?" case.
- ``HANG_BEFORE``: the request is read but not handled (nothing was created), then no answer.
- ``RESET``: the request is handled, then the connection is closed without an answer.
- ``RESET_BEFORE``: the connection is closed before the request is handled.
- ``ERROR_500`` / ``ERROR_503``: a server error without handling the request (or with, for 500_AFTER).
- ``RATE_LIMIT``: 429 with ``Retry-After: 2``.
- ``MALFORMED``: 200/201 with a body that is not JSON (after handling the request).

Holding: with ``server.hold`` set to a predicate, each matching request is read whole and then waits for the
test, which lets it through (:meth:`FakeProvider.release`) or — once the client is gone — decides whether the
provider had taken it (:meth:`FakeProvider.settle`). A test can so stop a client while it has a request on the
wire by construction, instead of by luck.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit


class Fault(Enum):
    HANG = "hang"
    HANG_BEFORE = "hang_before"
    RESET = "reset"
    RESET_BEFORE = "reset_before"
    ERROR_500 = "error_500"
    ERROR_500_AFTER = "error_500_after"
    ERROR_503 = "error_503"
    RATE_LIMIT = "rate_limit"
    MALFORMED = "malformed"


@dataclass
class Request:
    method: str
    path: str  # without the query string
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    raw_path: str = ""  # path with query string, as sent

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True)


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # dict/list → JSON; str/bytes sent as is
    headers: dict[str, str] = field(default_factory=dict)

    def encoded(self) -> tuple[bytes, str]:
        if self.body is None:
            return b"", "application/json"
        if isinstance(self.body, bytes):
            return self.body, "application/octet-stream"
        if isinstance(self.body, str):
            return self.body.encode("utf-8"), "text/plain; charset=utf-8"
        return json.dumps(self.body).encode("utf-8"), "application/json"


class Verdict(Enum):
    """What becomes of a held request."""

    ANSWER = "answer"  # handled and answered as usual
    TAKEN = "taken"  # handled (the provider got it), but the client is gone: no answer
    LOST = "lost"  # never reached the provider: not handled, no answer


@dataclass
class _Held:
    request: Request
    decided: threading.Event = field(default_factory=threading.Event)
    verdict: Verdict = Verdict.LOST


class FakeProvider:
    """Base for fakes: subclass and implement ``handle``. Use as a context manager in fixtures."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []
        self.always: Fault | None = None  # applied to every request the filter matches (after queued faults)
        self.fault_filter: Callable[[Request], bool] = lambda request: True
        self.requests: list[Request] = []
        self.latency: float = 0.0  # seconds to wait before answering (benchmarks)
        #: Requests this predicate accepts wait for :meth:`release` or :meth:`settle` (None: none waits).
        self.hold: Callable[[Request], bool] | None = None
        self._lock = threading.Lock()
        self._held_changed = threading.Condition(self._lock)
        self._held: list[_Held] = []
        self._release = threading.Event()
        self._connections: set[socket.socket] = set()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                # Answers go out in two writes (headers, body): without this, Nagle's algorithm and delayed
                # ACKs add ~40 ms to every request.
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                with fake._lock:
                    fake._connections.add(self.connection)

            def finish(self) -> None:
                with fake._lock:
                    fake._connections.discard(self.connection)
                super().finish()

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _serve(self) -> None:
                fake._dispatch(self)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="fake-provider",
            daemon=True,
        )

    @property
    def base_url(self) -> str:
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close kept-alive connections, so no handler thread outlives the test."""
        self._release.set()
        self.hold = None
        self.settle(lambda _request: False)
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread.is_alive():
            self._thread.join(5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---------------------------------------------------------------- holding
    def wait_held(self, count: int = 1, timeout: float = 30.0) -> list[Request]:
        """The held requests, once at least ``count`` are waiting; TimeoutError if they do not come."""
        with self._held_changed:
            if not self._held_changed.wait_for(lambda: len(self._held) >= count, timeout):
                raise TimeoutError(f"{len(self._held)} request(s) held, {count} expected within {timeout} s")
            return [held.request for held in self._held]

    def release(self, timeout: float = 30.0) -> Request:
        """Wait for a held request and let the oldest one through (handled and answered as usual)."""
        self.wait_held(1, timeout)
        return self._decide(lambda _request: Verdict.ANSWER, limit=1)[0][0]

    def settle(self, taken: Callable[[Request], bool]) -> tuple[list[Request], list[Request]]:
        """Decide every held request whose client is gone: those ``taken`` says the provider got are handled
        (without an answer), the others never arrived. Returns (taken, lost)."""
        decided = self._decide(lambda request: Verdict.TAKEN if taken(request) else Verdict.LOST)
        return (
            [request for request, verdict in decided if verdict is Verdict.TAKEN],
            [request for request, verdict in decided if verdict is Verdict.LOST],
        )

    def _decide(
        self, verdict_of: Callable[[Request], Verdict], limit: int | None = None
    ) -> list[tuple[Request, Verdict]]:
        with self._held_changed:
            count = len(self._held) if limit is None else min(limit, len(self._held))
            chosen, self._held = self._held[:count], self._held[count:]
        for held in chosen:
            held.verdict = verdict_of(held.request)
            held.decided.set()
        return [(held.request, held.verdict) for held in chosen]

    def _wait_for_verdict(self, request: Request) -> Verdict:
        held = _Held(request)
        with self._held_changed:
            self._held.append(held)
            self._held_changed.notify_all()
        held.decided.wait()
        return held.verdict

    # ---------------------------------------------------------------- to implement
    def handle(self, request: Request) -> Reply:
        raise NotImplementedError

    # ---------------------------------------------------------------- machinery
    def _next_fault(self, request: Request) -> Fault | None:
        with self._lock:
            if (self.faults or self.always is not None) and self.fault_filter(request):
                return self.faults.pop(0) if self.faults else self.always
        return None

    def _dispatch(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        if len(body) < length:
            # The client died mid-request (the crash test kills it at random): a real server never sees a
            # request it did not receive whole, so neither does the fake.
            handler.close_connection = True
            return
        parts = urlsplit(handler.path)
        request = Request(
            method=handler.command,
            path=parts.path,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
            raw_path=handler.path,
        )
        with self._lock:
            self.requests.append(request)
        fault = self._next_fault(request)
        if fault in (Fault.RESET_BEFORE,):
            _reset(handler)
            return
        if fault is Fault.HANG_BEFORE:
            self._release.wait(60)
            _reset(handler)
            return
        if fault is Fault.ERROR_500:
            self._send(handler, Reply(500, {"message": "internal error"}))
            return
        if fault is Fault.ERROR_503:
            self._send(handler, Reply(503, "Service Unavailable"))
            return
        if fault is Fault.RATE_LIMIT:
            self._send(handler, Reply(429, {"message": "too many requests"}, {"Retry-After": "2"}))
            return
        hold = self.hold
        verdict = self._wait_for_verdict(request) if hold is not None and hold(request) else Verdict.ANSWER
        if verdict is Verdict.LOST:
            _reset(handler)
            return
        try:
            reply = self.handle(request)
        except Exception as exc:  # a bug in the fake must be visible, not a hang
            reply = Reply(599, {"fake_error": repr(exc)})
        if verdict is Verdict.TAKEN:
            _reset(handler)
            return
        if fault is Fault.HANG:
            self._release.wait(60)
            _reset(handler)
            return
        if fault is Fault.RESET:
            _reset(handler)
            return
        if fault is Fault.ERROR_500_AFTER:
            reply = Reply(500, {"message": "internal error"})
        if fault is Fault.MALFORMED:
            reply = Reply(reply.status, "{not json", {"Content-Type": "application/json"})
        if self.latency:
            self._release.wait(self.latency)
        self._send(handler, reply)

    def _send(self, handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        body, content_type = reply.encoded()
        try:
            handler.send_response(reply.status)
            headers = {"Content-Type": content_type, **reply.headers}
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def _reset(handler: BaseHTTPRequestHandler) -> None:
    """Close the connection abruptly (RST) without any answer."""
    with contextlib.suppress(OSError):
        handler.connection.setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
        )
    handler.close_connection = True
    with contextlib.suppress(OSError):
        handler.connection.shutdown(socket.SHUT_RDWR)
