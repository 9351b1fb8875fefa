"""The built-in simulator: a provider that sends nothing, so every feature can be tried offline.

Its state is a small SQLite file, ``simulator.sqlite3`` in the data folder, shared by every process using that
folder: ``python main.py simulate-reply`` (one process) injects a reply that the application or
``dispatch --once`` (another process) picks up on its next poll.

Behaviour, driven by the recipient number (E.164) and the injected clock only:

=====================  ==========================================================================
recipient ends with    what happens
=====================  ==========================================================================
``0000``               refused at once: ``PermanentError("invalid_number")``, nothing recorded
``0001``               accepted, then *undelivered* (``"undelivered"``) once the delay has passed
``0002``               recorded, then ``TransientError("timeout", may_have_been_sent=True)``: the
                       reply was "lost", ``lookup`` finds the message (to try reconciliation)
``0003``               ``TransientError("server_error")``, nothing recorded (to try retries)
anything else          accepted, *sent* after half the delay, *delivered* after the delay
=====================  ==========================================================================

The delay is the account option ``delivery_delay`` in seconds (default 3).
"""

from __future__ import annotations

import datetime as dt
import math
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core.entities import ProviderAccount
from desktop.core.sms import analyze
from desktop.providers.base import (
    AccountCheck,
    Capabilities,
    DeliveryState,
    InboundPage,
    InboundSms,
    OutgoingSms,
    PermanentError,
    Provider,
    ProviderSpec,
    SendResult,
    StatusReport,
    TransientError,
)
from desktop.providers.registry import ProviderEnv

FILENAME: Final = "simulator.sqlite3"
DEFAULT_DELAY: Final = 3.0
BUSY_TIMEOUT_MS: Final = 10_000
#: Replies older than this are not returned by a first poll (``cursor=None``), like real providers.
FIRST_POLL_WINDOW: Final = dt.timedelta(hours=24)

CAPABILITIES: Final = Capabilities(
    delivery_status=True,
    inbound_polling=True,
    reconciliation=True,
    balance=True,
    provider_stop_mention=False,
    default_rate_per_second=50.0,
)
SPEC: Final = ProviderSpec(
    key="simulator",
    name=("Simulateur (essai sans envoi réel)", "Simulator (trial, nothing really sent)"),
    capabilities=CAPABILITIES,
    fields=(),
    default_base_url="",
    needs_network=False,
    price_estimate_cents_fr=7,  # sends nothing; a typical French price, so that trying shows real-looking costs
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sent (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    to_number TEXT NOT NULL,
    body TEXT NOT NULL,
    sender TEXT NOT NULL,
    reference TEXT NOT NULL,
    created_at TEXT NOT NULL,
    delay REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_sent_to ON sent (to_number, created_at);
CREATE TABLE IF NOT EXISTS inbound (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    from_number TEXT NOT NULL,
    to_number TEXT NOT NULL,
    text TEXT NOT NULL,
    received_at TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT ''
);
"""
#: Added to the inbound table after the first release: a reply for one simulator account ('' for any).
_ACCOUNT_COLUMN = "ALTER TABLE inbound ADD COLUMN account TEXT NOT NULL DEFAULT ''"


def _iso(when: dt.datetime) -> str:
    """A fixed-width UTC text form, so that SQL string comparison is time order."""
    if when.tzinfo is None:
        raise ValueError("aware datetime required")
    return when.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _parse(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@dataclass(frozen=True)
class SentRecord:
    """One message the simulator accepted (tests and the demo read these)."""

    id: str
    to: str
    body: str
    sender: str
    reference: str
    created_at: dt.datetime
    delay: float


class SimulatorState:
    """The shared state file. Each operation opens its own short connection (safe across threads and
    processes; SQLite in WAL mode with a busy time-out serialises writers)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILENAME
        self._ready = False
        self._init_lock = threading.Lock()

    def _initialise(self, conn: sqlite3.Connection) -> None:
        """WAL mode and the schema, once per process. Switching to WAL takes a lock that SQLite's busy
        handler does not wait for, so concurrent first connections (threads or processes) retry briefly."""
        with self._init_lock:
            if self._ready:
                return
            deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
            while True:
                try:
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.executescript(_SCHEMA)
                    columns = {row[1] for row in conn.execute("PRAGMA table_info(inbound)")}
                    if "account" not in columns:
                        conn.execute(_ACCOUNT_COLUMN)
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.01)
            self._ready = True

    @contextmanager
    def _connect(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(
            sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        ) as conn:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            if not self._ready:
                self._initialise(conn)
            conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def record(self, sms: OutgoingSms, created_at: dt.datetime, delay: float) -> SentRecord:
        record = SentRecord(
            id="SIM-" + uuid.uuid4().hex[:16].upper(),
            to=sms.to,
            body=sms.body,
            sender=sms.sender,
            reference=sms.reference,
            created_at=created_at,
            delay=delay,
        )
        with self._connect(write=True) as conn:
            conn.execute(
                "INSERT INTO sent (id, to_number, body, sender, reference, created_at, delay)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record.id, record.to, record.body, record.sender, record.reference, _iso(created_at), delay),
            )
        return record

    def sent(self, provider_id: str | None = None) -> list[SentRecord]:
        """Every accepted message in order (or the one with ``provider_id``)."""
        query = "SELECT id, to_number, body, sender, reference, created_at, delay FROM sent"
        params: tuple[str, ...] = ()
        if provider_id is not None:
            query += " WHERE id = ?"
            params = (provider_id,)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY seq", params).fetchall()
        return [SentRecord(r[0], r[1], r[2], r[3], r[4], _parse(r[5]), float(r[6])) for r in rows]

    def find(self, to: str, body: str, reference: str, since: dt.datetime) -> list[SentRecord]:
        query = (
            "SELECT id, to_number, body, sender, reference, created_at, delay FROM sent"
            " WHERE to_number = ? AND body = ? AND created_at >= ?"
        )
        params: list[str] = [to, body, _iso(since)]
        if reference:
            query += " AND reference = ?"
            params.append(reference)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY seq", params).fetchall()
        return [SentRecord(r[0], r[1], r[2], r[3], r[4], _parse(r[5]), float(r[6])) for r in rows]

    def inject(
        self, from_number: str, text: str, when: dt.datetime, to: str = "", account: str = ""
    ) -> InboundSms:
        with self._connect(write=True) as conn:
            cursor = conn.execute(
                "INSERT INTO inbound (from_number, to_number, text, received_at, account) VALUES (?, ?, ?, ?, ?)",
                (from_number, to, text, _iso(when), account),
            )
            seq = cursor.lastrowid
        return InboundSms(f"SIM-IN-{seq}", from_number, text, when.astimezone(dt.UTC), to)

    def inbound_after(
        self, after_seq: int | None, since: dt.datetime, account: str = ""
    ) -> tuple[list[InboundSms], int]:
        """Replies for ``account`` (or for any simulator account) numbered above ``after_seq`` (or received
        since ``since`` when None), and the highest number in the file (the next cursor)."""
        mine = "(account = '' OR account = ?)"
        with self._connect() as conn:
            if after_seq is None:
                rows = conn.execute(
                    "SELECT seq, from_number, to_number, text, received_at FROM inbound"
                    f" WHERE received_at >= ? AND {mine} ORDER BY seq",
                    (_iso(since), account),
                ).fetchall()
            else:
                rows = conn.execute(
                    "SELECT seq, from_number, to_number, text, received_at FROM inbound"
                    f" WHERE seq > ? AND {mine} ORDER BY seq",
                    (after_seq, account),
                ).fetchall()
            top = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM inbound").fetchone()[0]
        messages = [InboundSms(f"SIM-IN-{r[0]}", r[1], r[3], _parse(r[4]), r[2]) for r in rows]
        return messages, int(top)


def inject_reply(
    data_dir: Path, from_number: str, text: str, when: dt.datetime, to: str = "", account: str = ""
) -> InboundSms:
    """Make the simulator of ``data_dir`` receive a reply (used by ``simulate-reply`` and tests): for the
    simulator account named ``account``, or for whichever polls first ('')."""
    return SimulatorState(data_dir).inject(from_number, text, when, to, account)


class SimulatorProvider:
    """The simulator adapter. Thread-safe: it holds no mutable state besides the shared file."""

    capabilities = CAPABILITIES

    def __init__(self, account: ProviderAccount, env: ProviderEnv) -> None:
        self.name = account.name
        self._sender = account.sender
        self._clock = env.clock
        self._state = SimulatorState(env.data_dir)
        self._delay = _delay(account.options)

    def send(self, sms: OutgoingSms) -> SendResult:
        digits = sms.to.removeprefix("+")
        if not sms.to.startswith("+") or not digits.isdigit() or sms.to.endswith("0000"):
            raise PermanentError("invalid_number", "simulated invalid number", provider_code="SIM-0000")
        if sms.to.endswith("0003"):
            raise TransientError(
                "server_error", "simulated outage", provider_code="SIM-0003", http_status=503
            )
        segments = analyze(sms.body).segments
        record = self._state.record(sms, self._clock.now(), self._delay)
        if sms.to.endswith("0002"):
            raise TransientError(
                "timeout", "simulated lost answer", provider_code="SIM-0002", may_have_been_sent=True
            )
        return SendResult(provider_id=record.id, state=DeliveryState.ACCEPTED, segments=segments)

    def _status(self, record: SentRecord) -> StatusReport:
        elapsed = (self._clock.now() - record.created_at).total_seconds()
        segments = analyze(record.body).segments
        if elapsed >= record.delay:
            at = record.created_at + dt.timedelta(seconds=record.delay)
            if record.to.endswith("0001"):
                return StatusReport(
                    record.id,
                    DeliveryState.UNDELIVERED,
                    error_code="undelivered",
                    provider_code="SIM-0001",
                    at=at,
                    segments=segments,
                )
            return StatusReport(record.id, DeliveryState.DELIVERED, at=at, segments=segments)
        state = DeliveryState.SENT if elapsed >= record.delay / 2 else DeliveryState.ACCEPTED
        return StatusReport(record.id, state, at=record.created_at, segments=segments)

    def fetch_status(self, provider_id: str) -> StatusReport:
        found = self._state.sent(provider_id)
        if not found:
            raise PermanentError("not_found", "unknown simulator message")
        return self._status(found[0])

    def poll_inbound(self, cursor: str | None) -> InboundPage:
        after: int | None = None
        if cursor is not None and cursor.strip().isdigit():
            after = int(cursor)
        messages, top = self._state.inbound_after(after, self._clock.now() - FIRST_POLL_WINDOW, self.name)
        return InboundPage(messages=messages, cursor=str(top))

    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        found = self._state.find(sms.to, sms.body, sms.reference, since)
        return [
            SendResult(provider_id=r.id, state=self._status(r).state, segments=analyze(r.body).segments)
            for r in found
        ]

    def check_account(self) -> AccountCheck:
        return AccountCheck(ok=True, balance=None, balance_unit=None, detail="Simulateur : crédit illimité")

    def close(self) -> None:
        return None


def _delay(options: Mapping[str, str]) -> float:
    try:
        value = float(options.get("delivery_delay", DEFAULT_DELAY))
    except ValueError:
        return DEFAULT_DELAY
    return value if math.isfinite(value) and value >= 0 else DEFAULT_DELAY


def create(account: ProviderAccount, secrets: Mapping[str, str], env: ProviderEnv) -> Provider:
    return SimulatorProvider(account, env)
