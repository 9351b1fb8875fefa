"""Daily backups (kept N) and the retention of old message texts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import MessageStatus
from desktop.paths import AppPaths
from desktop.services.retention import months_before
from desktop.storage.repositories import messages as messages_repo
from tests.services.stored import Storer


def _context(app_paths: AppPaths, clock: FakeClock) -> AppContext:
    return open_context(app_paths, clock=clock)


def test_one_daily_backup_per_day_and_only_the_newest_are_kept(app_paths: AppPaths) -> None:
    clock = FakeClock(dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC))
    context = _context(app_paths, clock)
    try:
        context.settings.save(dataclasses.replace(context.settings.get(), backups_to_keep=2))
        first = context.backups.daily_if_due()
        assert first.path is not None and first.path.exists()
        assert context.backups.daily_if_due().reason == "not_due"  # same day: nothing more
        written = [first.path]
        for _ in range(3):
            clock.advance(86_400 + 1)
            outcome = context.backups.daily_if_due()
            assert outcome.path is not None
            written.append(outcome.path)
        kept = sorted(app_paths.backup_dir.glob("*-daily-*.sqlite3"))
        assert kept == sorted(written[-2:])
        with sqlite3.connect(kept[-1]) as copy:
            assert copy.execute("SELECT count(*) FROM settings WHERE key = 'settings'").fetchone()[0] == 1
    finally:
        context.close()


def test_manual_backup_goes_to_the_chosen_folder(app_paths: AppPaths, tmp_path) -> None:
    context = _context(app_paths, FakeClock())
    try:
        target = tmp_path / "clé USB"
        context.settings.save(dataclasses.replace(context.settings.get(), backup_dir=str(target)))
        outcome = context.backups.backup_now()
        assert outcome.path is not None and outcome.path.parent == target
    finally:
        context.close()


def test_retention_erases_old_finished_texts_and_keeps_the_messages(app_paths: AppPaths) -> None:
    clock = FakeClock(dt.datetime(2024, 1, 10, 9, 0, tzinfo=dt.UTC))
    context = _context(app_paths, clock)
    try:
        old = Storer.of(context).store("+33612345678", "Vos lunettes sont prêtes.")
        pending = Storer.of(context).store("+33612345679", "Rappel : rendez-vous demain.")
        with context.db.session() as session:
            for status in (MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED):
                messages_repo.transition(session, old.id, status, clock.now())
        clock.set(dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC))  # 24 months and three weeks later
        recent = Storer.of(context).store("+33612345670", "Bonjour !")
        assert context.retention.purge() == (1, 0)
        assert context.outbox.get(old.id).body == ""
        assert context.outbox.get(old.id).status is MessageStatus.DELIVERED  # counted, just without text
        assert context.outbox.get(pending.id).body  # still to be sent: untouched
        assert context.outbox.get(recent.id).body == "Bonjour !"
        assert context.retention.purge() == (0, 0)
    finally:
        context.close()


def test_months_before_clamps_to_the_end_of_the_month() -> None:
    moment = dt.datetime(2026, 3, 31, 12, 0, tzinfo=dt.UTC)
    assert months_before(moment, 1) == dt.datetime(2026, 2, 28, 12, 0, tzinfo=dt.UTC)
    assert months_before(moment, 24) == dt.datetime(2024, 3, 31, 12, 0, tzinfo=dt.UTC)
    assert months_before(dt.datetime(2026, 1, 15, tzinfo=dt.UTC), 1) == dt.datetime(
        2025, 12, 15, tzinfo=dt.UTC
    )


def test_retention_also_erases_texts_sent_long_ago_without_a_delivery_report(app_paths: AppPaths) -> None:
    clock = FakeClock(dt.datetime(2024, 1, 10, 9, 0, tzinfo=dt.UTC))
    context = _context(app_paths, clock)
    try:
        sent = Storer.of(context).store("+33612345678", "Vos lunettes sont prêtes.")
        waiting = Storer.of(context).store(
            "+33612345679", "Rappel.", due_at=clock.now() + dt.timedelta(days=900)
        )
        with context.db.session() as session:
            for status in (MessageStatus.SENDING, MessageStatus.SENT):
                messages_repo.transition(session, sent.id, status, clock.now())
        clock.set(dt.datetime(2026, 2, 1, 9, 0, tzinfo=dt.UTC))
        assert context.retention.purge() == (1, 0)
        assert (context.outbox.get(sent.id).body, context.outbox.get(sent.id).status) == (
            "",
            MessageStatus.SENT,
        )
        assert context.outbox.get(waiting.id).body == "Rappel."  # still to be sent: untouched
    finally:
        context.close()
