"""The daily upkeep runs from the dispatcher's loop: `dispatch` alone backs up, purges and checks, once a day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import MessageStatus
from desktop.paths import AppPaths
from desktop.services.dispatch.report import DispatchReport
from desktop.services.housekeeping import Housekeeping, HousekeepingReport, Integrity
from desktop.storage.repositories import messages as messages_repo
from tests.services.stored import Storer

START = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)  # 09:00 in Paris


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def context(app_paths: AppPaths, clock: FakeClock):
    ctx = open_context(app_paths, clock=clock)
    yield ctx
    ctx.close()


def _delivered(context: AppContext, clock: FakeClock, created: dt.datetime, body: str) -> int:
    """A message queued and delivered at ``created`` (the clock is put back afterwards)."""
    now = clock.now()
    clock.set(created)
    message = Storer.of(context).store("+33612345678", body)
    with context.db.session() as session:
        for status in (MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED):
            messages_repo.transition(session, message.id, status, created)
    clock.set(now)
    return message.id


def test_dispatch_alone_for_two_days_backs_up_twice_and_purges_per_the_retention_setting(
    context: AppContext, clock: FakeClock, app_paths: AppPaths
) -> None:
    context.settings.save(dataclasses.replace(context.settings.get(), retention_months=12))
    # texts 12 months old at the first day's run, at the second day's, and not yet by the end
    first = _delivered(context, clock, dt.datetime(2025, 11, 30, 20, 0, tzinfo=dt.UTC), "Premier.")
    second = _delivered(context, clock, dt.datetime(2025, 12, 1, 20, 0, tzinfo=dt.UTC), "Deuxième.")
    third = _delivered(context, clock, dt.datetime(2025, 12, 3, 8, 0, tzinfo=dt.UTC), "Troisième.")
    dispatcher = context.dispatcher  # exactly as `dispatch` builds it (the built-in simulator account)

    total = DispatchReport()
    bodies_after_first_day: list[str] = []
    for hour in range(48):  # a pass every hour for two days (`dispatch` passes every few seconds)
        total.merge(dispatcher.run_once())
        if hour == 0:
            bodies_after_first_day = [context.outbox.get(i).body for i in (first, second, third)]
        clock.advance(3600)

    daily = sorted(app_paths.backup_dir.glob("comptoir-daily-*.sqlite3"))
    assert len(daily) == 2
    assert [r.at for r in total.housekeeping] == [START, START + dt.timedelta(days=1)]
    assert [r.backup for r in total.housekeeping] == daily
    assert bodies_after_first_day == ["", "Deuxième.", "Troisième."]
    assert [context.outbox.get(i).body for i in (first, second, third)] == ["", "", "Troisième."]
    assert [r.purged_messages for r in total.housekeeping] == [1, 1]
    assert {r.integrity for r in total.housekeeping} == {Integrity.OK}
    assert all(not r.errors for r in total.housekeeping)
    # each copy is the database of its day, taken after the purge (a copy keeps no text past its retention)
    for copy_path, bodies in zip(
        daily, (["", "Deuxième.", "Troisième."], ["", "", "Troisième."]), strict=True
    ):
        copy = sqlite3.connect(copy_path)
        assert [r[0] for r in copy.execute("SELECT body FROM messages ORDER BY id")] == bodies
        copy.close()
    assert total.as_dict()["housekeeping"] == [r.as_dict() for r in total.housekeeping]
    assert total.housekeeping[0].as_dict()["integrity"] == "ok"


def test_the_last_run_is_remembered_across_processes(context: AppContext, clock: FakeClock) -> None:
    """`dispatch --once` started every few minutes by the system: the upkeep still runs once a day."""
    assert context.housekeeping.run_if_due() is not None
    clock.advance(600)
    fresh = Housekeeping(context.db, context.backups, context.retention, clock)  # another process
    assert fresh.run_if_due() is None
    clock.advance(86_400)
    assert fresh.run_if_due() is not None


def test_a_failing_backup_is_reported_retried_within_the_hour_and_does_not_stop_the_rest(
    context: AppContext, clock: FakeClock, tmp_path: Path
) -> None:
    blocked = tmp_path / "not a folder"
    blocked.write_text("a file where the backup folder should be")
    context.settings.save(dataclasses.replace(context.settings.get(), backup_dir=str(blocked)))
    heard: list[HousekeepingReport] = []
    context.housekeeping.set_listener(heard.append)

    report = context.housekeeping.run_if_due()
    assert report is not None and report.errors == ("daily_backup_failed",)
    assert report.integrity is Integrity.OK and report.backup is None
    assert heard == [report]
    clock.advance(1800)
    assert context.housekeeping.run_if_due() is None
    context.settings.save(dataclasses.replace(context.settings.get(), backup_dir=""))
    clock.advance(1800)
    retried = context.housekeeping.run_if_due()
    assert retried is not None and retried.errors == () and retried.backup is not None


def test_a_damaged_database_is_found_by_the_daily_check(context: AppContext, app_paths: AppPaths) -> None:
    database = app_paths.db_file
    assert database is not None
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("CREATE TABLE filler (x TEXT)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 400)
        connection.execute("CREATE INDEX ix_filler ON filler (x)")
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_filler'").fetchone()[0]
    page = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    with database.open("r+b") as handle:  # an index page scribbled over: the tables still read
        handle.seek((root - 1) * page + 8)
        handle.write(b"\x00\x00" * 40)
    report = context.housekeeping.run_if_due()
    assert report is not None and report.integrity is Integrity.DAMAGED
    # no copy of a damaged database pushes a sound one out of those kept
    assert (report.backup, report.backup_skipped) == (None, "damaged")
    assert not list(app_paths.backup_dir.glob("*daily*"))


def test_a_crashing_upkeep_never_stops_the_sending(context: AppContext, clock: FakeClock) -> None:
    from tests.services.dispatcher_env import make_env

    env = make_env(context.db, clock)

    def broken() -> HousekeepingReport | None:
        raise RuntimeError("bug")

    dispatcher = env.dispatcher(housekeeping=broken)
    env.queue()
    report = dispatcher.run_once()
    assert report.sent == 1 and report.housekeeping == []
