"""Crash test: a dispatcher process killed with SIGKILL at random moments loses and doubles nothing.

500 messages go through the real dispatcher and the real Twilio adapter to the fake Twilio server in this
process. The dispatcher (``tests/e2e/crash_worker.py``) is killed five times at random moments and
restarted; a last run finishes the outbox. In the end every message reached the fake exactly once — those
caught mid-flight by a kill were reconciled (found at the provider, or certainly absent and sent then).

The seed is printed; set ``CRASH_SEED`` to replay a run.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.clock import SystemClock
from desktop.core.entities import MessageStatus, Purpose
from desktop.paths import resolve
from desktop.services.changes import ChangeHub
from desktop.services.outbox import OutboxService
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, SendRequest
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.messages import MessageFilter
from desktop.storage.schema import upgrade
from tests.providers.fake_twilio import FakeTwilio
from tests.services.dispatch_fakes import FakeAccounts, ScriptedProvider

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 500
KILLS = 5


@pytest.mark.slow
def test_killed_dispatcher_sends_every_message_exactly_once(tmp_path: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED") or random.SystemRandom().randrange(1_000_000))
    print(f"\ncrash test seed: {seed} (CRASH_SEED={seed} to replay)")
    rng = random.Random(seed)
    paths = resolve(tmp_path / "data")
    paths.ensure()
    db = Database(paths.db_url)
    upgrade(db, paths.backup_dir)
    clock = SystemClock()
    accounts = FakeAccounts(db)
    account = accounts.add("Twilio", ScriptedProvider(clock), rate=60.0, default=True)
    addressees = tuple(
        Addressee(number=f"+336123{i + 1:05d}", values={"commande": str(i)}) for i in range(MESSAGES)
    )
    gate = Gate(db, OutboxService(db, ChangeHub(), clock), accounts, Settings, clock)
    gate.send(SendRequest("Commande n°{commande} prête, à bientôt !", Purpose.TRANSACTIONAL, addressees))

    with FakeTwilio() as fake:
        fake.latency = 0.005
        command = [
            sys.executable, "-m", "tests.e2e.crash_worker", "--db", paths.db_url,
            "--data-dir", str(paths.data_dir), "--base-url", fake.base_url,
            "--account-id", str(account.id), "--seed", str(seed),
        ]  # fmt: skip
        kills = 0
        for _ in range(KILLS):
            worker = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            try:
                worker.wait(timeout=rng.uniform(1.0, 2.5))  # the moment of the kill
            except subprocess.TimeoutExpired:
                worker.kill()  # SIGKILL: no clean-up of any kind
                kills += 1
            _, err = worker.communicate()
            assert worker.returncode in (0, -9), err.decode()
        final = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=120, check=False)
        assert final.returncode == 0, final.stderr.decode()
        received = fake.outbound()
        assert fake.violations == []

    with db.read() as session:
        messages = repo.list_messages(session, MessageFilter(), limit=MESSAGES + 1)
        details = Counter(
            h.detail
            for m in messages
            for h in repo.get(session, m.id).history
            if not h.detail.startswith("claimed")
        )
    db.dispose()
    print(f"kills: {kills}; history: {dict(details)}")

    bodies = Counter(m["body"] for m in received)
    assert len(messages) == MESSAGES
    assert set(bodies.values()) == {1}, [b for b, n in bodies.items() if n > 1]  # none doubled
    assert set(bodies) == {m.body for m in messages}  # none lost
    assert {m.status for m in messages} == {MessageStatus.SENT}
    assert {m.provider_message_id for m in messages} == {m["sid"] for m in received}
    assert kills >= 3 and details["interrupted"] >= 1  # the kills did land mid-sending
    assert details["interrupted"] == details["reconciled_found"] + details["reconciled_absent"]
