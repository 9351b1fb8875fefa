"""Benchmark: the dispatcher against a fake Twilio on 127.0.0.1.

(a) Throughput, no rate limit: dispatch N (default 10 000) queued messages with the real dispatcher and the
    real Twilio adapter, every status change committed to SQLite (WAL, synchronous=FULL); baseline in the
    same run: a plain ``requests.Session`` loop posting the same N requests to the same fake. Each side runs
    ``--repeat`` times back to back; the median of the runs' ratios counts (the machine is shared, and a
    ratio of two runs made seconds apart cancels most of the load of the moment). Target: ratio ≥ 0.8.
(b) Pace: 200 ms of fake latency and an account limit of 30 msg/s; the achieved rate (arrival times at the
    fake) ÷ the limit, target ≥ 95 %, and the worst sliding one-second window (the most arrivals within any
    second, wherever it starts) ÷ the limit, target ≤ 1.

The fake runs in its own process (``tests/providers/fake_twilio.py``), so that neither side shares its
interpreter with the server. Delivery-status and reply polling are switched off for the run (the baseline
does not poll either; they would start 30 s after the first send).

    python -m bench.dispatch [--messages 10000] [--repeat 3] [--paced 600]

The last lines are the ratios.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.core.clock import SystemClock  # noqa: E402
from desktop.core.entities import MessageStatus, ProviderAccount, Purpose  # noqa: E402
from desktop.core.outgoing import AccountFacts  # noqa: E402
from desktop.providers import registry, twilio  # noqa: E402
from desktop.providers.base import Provider  # noqa: E402
from desktop.providers.registry import ProviderEnv  # noqa: E402
from desktop.services.changes import ChangeHub  # noqa: E402
from desktop.services.dispatch.dispatcher import Dispatcher  # noqa: E402
from desktop.services.outbox import OutboxService  # noqa: E402
from desktop.services.sending.gate import Gate  # noqa: E402
from desktop.services.sending.requests import Addressee, SendRequest  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from desktop.storage.db import Database  # noqa: E402
from desktop.storage.orm import ProviderAccountRow  # noqa: E402
from desktop.storage.repositories import messages as repo  # noqa: E402
from desktop.storage.schema import upgrade  # noqa: E402
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN  # noqa: E402

SENDER = "+15005550006"
LIMIT = 30.0
LATENCY = 0.2

SERVER = """
import json, sys
from tests.providers.fake_twilio import FakeTwilio
fake = FakeTwilio()
fake.latency = float(sys.argv[1])
# The fake writes headers and body separately: without TCP_NODELAY, Nagle + delayed ACK add 40 ms to
# every request (a real API does not stall like that, and it would hide the client's own costs).
fake._server.RequestHandlerClass.disable_nagle_algorithm = True
fake.start()
print(fake.base_url, flush=True)
for line in sys.stdin:
    command = line.strip()
    if command == "times":
        stamps = sorted(m["_when"].timestamp() for m in fake.outbound())
        print(json.dumps(stamps), flush=True)
    elif command == "count":
        print(len(fake.outbound()), flush=True)
    elif command == "violations":
        print(json.dumps(fake.violations[:5]), flush=True)
    elif command == "quit":
        break
fake.stop()
"""


class FakeServer:
    """The fake Twilio in a child process, driven over its standard input."""

    def __init__(self, latency: float = 0.0) -> None:
        self._process = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(latency)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.base_url = self._process.stdout.readline().strip()

    def ask(self, command: str) -> Any:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()
        return json.loads(self._process.stdout.readline())

    def close(self) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write("quit\n")
        self._process.stdin.close()
        self._process.wait(30)


class _NoPolling:
    """The Twilio adapter with status and reply polling switched off (see the module docstring)."""

    def __init__(self, inner: Provider) -> None:
        self._inner = inner
        self.name = inner.name
        self.capabilities = dataclasses.replace(
            inner.capabilities, delivery_status=False, inbound_polling=False
        )

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class OneAccount:
    def __init__(self, account: ProviderAccount, provider: Provider) -> None:
        self.account, self.adapter = account, provider

    def get(self, account_id: int) -> ProviderAccount:
        return self.account

    def default(self) -> ProviderAccount:
        return self.account

    def fallback(self) -> ProviderAccount | None:
        return None

    def provider(self, account_id: int) -> Provider:
        return self.adapter

    def inbound_cursor(self, account_id: int) -> str | None:
        return None

    def save_inbound_cursor(self, account_id: int, cursor: str | None) -> None:
        return None

    def facts(self, account_id: int) -> AccountFacts:
        return registry.account_facts(self.account)

    def list(self) -> Sequence[ProviderAccount]:
        return [self.account]


def _bodies(count: int, tag: str) -> list[tuple[str, str]]:
    return [(f"+33612{i:05d}1", f"[{tag}] Bonjour, votre commande n°{i} est prête.") for i in range(count)]


def _request(count: int, tag: str) -> SendRequest:
    """The same messages as :func:`_bodies`, asked of the gate as one request (one value per addressee)."""
    addressees = tuple(
        Addressee(number=f"+33612{i:05d}1", values={"commande": str(i)}, idempotency_key=f"{tag}-{i}")
        for i in range(count)
    )
    body = f"[{tag}] Bonjour, votre commande n°{{commande}} est prête."
    return SendRequest(body, Purpose.TRANSACTIONAL, addressees)


def baseline(server: FakeServer, count: int, tag: str) -> float:
    """Seconds for a plain requests.Session loop posting ``count`` messages."""
    url = f"{server.base_url}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    session = requests.Session()
    session.auth = (ACCOUNT_SID, AUTH_TOKEN)
    start = time.perf_counter()
    for to, body in _bodies(count, tag):
        response = session.post(url, data={"To": to, "From": SENDER, "Body": body}, timeout=10)
        if response.status_code != 201:
            raise RuntimeError(f"baseline: HTTP {response.status_code}")
    elapsed = time.perf_counter() - start
    session.close()
    return elapsed


def dispatched(
    server: FakeServer, count: int, tag: str, *, rate: float, workdir: Path, workers: int = 8
) -> tuple[float, int, str]:
    """Seconds for the dispatcher to send ``count`` queued messages; and their number found ``sent``."""
    folder = Path(tempfile.mkdtemp(prefix=f"dispatch-{tag}-", dir=workdir))
    db = Database(f"sqlite:///{folder / 'comptoir.sqlite3'}")
    upgrade(db, folder / "backups")
    with db.session() as session:
        row = ProviderAccountRow(
            name="Twilio", provider="twilio", sender=SENDER, base_url=server.base_url, rate_per_second=rate
        )
        session.add(row)
        session.flush()
        account_id = row.id
    clock = SystemClock()
    account = ProviderAccount(
        account_id,
        "Twilio",
        "twilio",
        SENDER,
        server.base_url,
        {"account_sid": ACCOUNT_SID},
        rate,
        8,
        True,
        False,
    )
    env = ProviderEnv(data_dir=folder, clock=clock, connect_timeout=5.0, read_timeout=20.0)
    adapter = twilio.create(account, {"auth_token": AUTH_TOKEN}, env)
    accounts = OneAccount(account, _NoPolling(adapter))
    hub = ChangeHub()
    queued = Gate(db, OutboxService(db, hub, clock), accounts, Settings, clock).send(_request(count, tag))
    assert len(queued.queued) == count, "the gate refused some of the benchmark's messages"
    dispatcher = Dispatcher(
        db, hub, accounts, clock, settings_provider=Settings, worker_id="bench", max_workers=workers
    )
    start = time.perf_counter()
    report = dispatcher.run_once()
    elapsed = time.perf_counter() - start
    mode = dispatcher.sending_mode
    with db.read() as session:
        sent = repo.count_by_status(session).get(MessageStatus.SENT, 0)
    adapter.close()
    db.dispose()
    if report.sent != count:
        raise RuntimeError(f"dispatcher sent {report.sent} of {count}: {dict(report.errors)}")
    return elapsed, sent, mode


def max_in_window(stamps: Sequence[float], window: float = 1.0) -> int:
    """The largest number of arrivals within any half-open window of ``window`` seconds, wherever it
    starts (the worst window always starts at an arrival, so those are the ones tried)."""
    best, start = 0, 0
    for end, stamp in enumerate(stamps):
        while stamp - stamps[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--paced", type=int, default=600, help="messages of the paced run (b)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-dispatch-") as tmp:
        workdir = Path(tmp)
        server = FakeServer()
        try:
            baseline(server, 300, "warm")  # imports and statement caches of both sides
            dispatched(server, 300, "warm", rate=1e6, workdir=workdir)
            ratios = []
            for run in range(args.repeat):
                base = baseline(server, args.messages, f"b{run}")
                elapsed, sent, mode = dispatched(server, args.messages, f"d{run}", rate=1e6, workdir=workdir)
                ratios.append(base / elapsed)
                print(
                    f"run {run + 1}: baseline {args.messages / base:5.0f} msg/s, dispatcher "
                    f"{args.messages / elapsed:5.0f} msg/s ({sent} sent and committed; sent {mode}): "
                    f"{ratios[-1]:.2f}"
                )
            violations = server.ask("violations")
        finally:
            server.close()
        if violations:
            print(f"fake saw contract violations: {violations}")

        paced = FakeServer(latency=LATENCY)
        try:
            elapsed, _, mode = dispatched(paced, args.paced, "paced", rate=LIMIT, workdir=workdir)
            stamps = paced.ask("times")
        finally:
            paced.close()

    achieved = (len(stamps) - 1) / (stamps[-1] - stamps[0])
    busiest = max_in_window(stamps)
    throughput_ratio = statistics.median(ratios)
    print(
        f"(a) ratio of each run (baseline and dispatcher back to back): {', '.join(f'{r:.2f}' for r in ratios)}"
    )
    print(
        f"(b) {len(stamps)} messages in {elapsed:.1f} s with {LATENCY * 1000:.0f} ms latency, "
        f"{mode}: {achieved:.2f} msg/s"
    )
    print(f"(b) worst sliding one-second window: {busiest} messages (limit {LIMIT:.0f})")
    print(
        f"throughput ratio, median of runs (dispatcher / requests loop, target >= 0.8): {throughput_ratio:.2f}"
    )
    print(f"paced ratio (achieved / limit, target >= 0.95, never above): {achieved / LIMIT:.3f}")
    print(f"worst sliding 1 s window / limit (target <= 1): {busiest / LIMIT:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
