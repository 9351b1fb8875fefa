"""Two dispatchers (two engines on the same SQLite file, two threads) never both send a message.

The provider holds every send until both desks hold claims at the same time, so the two dispatchers
overlap by construction (one fast desk can no longer claim all 200 before the other starts)."""

from __future__ import annotations

import random
import threading
from collections import Counter

from sqlalchemy import select

from desktop.core.clock import FakeClock
from desktop.core.entities import MessageStatus
from desktop.paths import AppPaths
from desktop.services.changes import ChangeHub
from desktop.services.dispatch.dispatcher import Dispatcher
from desktop.services.dispatch.report import DispatchReport
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.orm import MessageRow
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.messages import MessageFilter
from tests.services.dispatcher_env import make_env

S = MessageStatus


def test_each_message_is_claimed_and_sent_once(db: Database, fake_clock: FakeClock, app_paths: AppPaths):
    env = make_env(db, fake_clock)
    env.queue_many(200)
    overlap = threading.Event()

    def hold() -> None:  # a send waits until both desks have claimed (at most 30 s: then the test fails)
        overlap.wait(30)

    env.provider.default_script = [hold] * 200
    finished = threading.Event()

    def watch() -> None:
        while not finished.is_set() and not overlap.is_set():
            with db.read() as session:
                desks = session.scalars(
                    select(MessageRow.claimed_by).where(MessageRow.claimed_by.is_not(None)).distinct()
                ).all()
            if len(set(desks)) >= 2:
                overlap.set()
            finished.wait(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    engines = [Database(app_paths.db_url), Database(app_paths.db_url)]
    reports: dict[str, DispatchReport] = {}
    start = threading.Barrier(2)

    def run(name: str, database: Database) -> None:
        dispatcher = Dispatcher(
            database,
            ChangeHub(),
            env.accounts,
            fake_clock,
            settings_provider=Settings,
            worker_id=name,
            max_workers=4,
            batch_size=8,
            rng=random.Random(name),
        )
        start.wait()
        total = DispatchReport()
        while (report := dispatcher.run_once()).claimed:
            total.merge(report)
        reports[name] = total

    threads = [
        threading.Thread(target=run, args=(n, d)) for n, d in zip(("desk-A", "desk-B"), engines, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    finished.set()
    overlap.set()
    watcher.join(5)
    for database in engines:
        database.dispose()

    assert sorted(reports) == ["desk-A", "desk-B"]
    assert reports["desk-A"].claimed + reports["desk-B"].claimed == 200
    assert reports["desk-A"].claimed and reports["desk-B"].claimed  # both took part
    assert Counter(Counter(env.provider.bodies()).values()) == {1: 200}
    with db.read() as session:
        messages = repo.list_messages(session, MessageFilter(), limit=500)
        histories = [repo.get(session, m.id).history for m in messages]
    assert {m.status for m in messages} == {S.SENT}
    assert all([h.status for h in history].count(S.SENDING) == 1 for history in histories)
