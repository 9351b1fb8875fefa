"""Several dispatchers at once, each in its own process as on several desks, against one fake Twilio on
127.0.0.1: every message reaches the provider exactly once.

- PostgreSQL: four processes (claims with ``FOR UPDATE SKIP LOCKED``), 2 000 messages;
- SQLite: two processes on one file (claims by a conditional update under SQLite's write lock), 2 000
  messages.

The processes are the crash test's worker (``tests/e2e/crash_worker.py``: the real dispatcher and the real
Twilio adapter), each with its own desk id and data folder; they start together on a signal, so that they
really compete for the same messages.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.clock import SystemClock
from desktop.core.entities import MessageStatus, Purpose
from desktop.services.changes import ChangeHub
from desktop.services.outbox import OutboxService
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, SendRequest
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.messages import MessageFilter
from desktop.storage.schema import upgrade
from tests.pg import pg_url, skip_without_pg
from tests.providers.fake_twilio import FakeTwilio
from tests.services.dispatch_fakes import FakeAccounts, ScriptedProvider

__all__ = ["pg_url"]  # a fixture

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = 2000


def _run_desks(url: str, tmp_path: Path, desks: int) -> None:
    db = Database(url)
    upgrade(db, None)
    clock = SystemClock()
    accounts = FakeAccounts(db)
    account = accounts.add("Twilio", ScriptedProvider(clock), rate=200.0, default=True)
    addressees = tuple(
        Addressee(number=f"+336{i + 1:08d}", values={"commande": str(i)}) for i in range(MESSAGES)
    )
    gate = Gate(db, OutboxService(db, ChangeHub(), clock), accounts, Settings, clock)
    outcome = gate.send(
        SendRequest("Commande n°{commande} prête, à bientôt !", Purpose.TRANSACTIONAL, addressees)
    )
    assert len(outcome.queued) == MESSAGES

    with FakeTwilio() as fake:
        workers = []
        for desk in range(desks):
            command = [
                sys.executable, "-m", "tests.e2e.crash_worker", "--db", url,
                "--data-dir", str(tmp_path / f"desk{desk}"), "--base-url", fake.base_url,
                "--account-id", str(account.id), "--rate", "200", "--worker-id", f"desk-{desk}",
                "--seed", str(desk), "--wait-for-go",
            ]  # fmt: skip
            workers.append(
                subprocess.Popen(
                    command,
                    cwd=ROOT,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        for worker in workers:  # every desk is up before any starts
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        reports = []
        for worker in workers:
            out, err = worker.communicate(timeout=300)
            assert worker.returncode == 0, err
            reports.append(json.loads(out.strip().splitlines()[-1]))
        received = fake.outbound()
        assert fake.violations == []

    with db.read() as session:
        messages = repo.list_messages(session, MessageFilter(), limit=MESSAGES + 1)
    db.dispose()
    bodies = Counter(m["body"] for m in received)
    assert len(received) == MESSAGES and set(bodies.values()) == {1}  # none sent twice
    assert set(bodies) == {m.body for m in messages}  # none lost
    assert {m.status for m in messages} == {MessageStatus.SENT}
    assert {m.provider_message_id for m in messages} == {r["sid"] for r in received}
    assert sum(r["sent"] for r in reports) == MESSAGES
    assert all(r["sent"] > 0 for r in reports), reports  # they did share the work


@pytest.mark.slow
@pytest.mark.postgres
@skip_without_pg
def test_four_desks_on_one_postgresql_send_each_message_once(pg_url: str, tmp_path: Path) -> None:
    _run_desks(pg_url, tmp_path, desks=4)


@pytest.mark.slow
def test_two_processes_on_one_sqlite_file_send_each_message_once(tmp_path: Path) -> None:
    _run_desks(f"sqlite:///{tmp_path / 'comptoir.sqlite3'}", tmp_path, desks=2)
