"""Restoring a backup: the current data kept first, the copy checked, swapped in, migrated, and messages that
may have left since the copy checked with the provider before anything is resent."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ClientQuery, MessageStatus
from desktop.paths import AppPaths
from desktop.providers.base import TransientError
from desktop.services.outbox import OutboxService
from desktop.services.restore import CopyKind, RestoreError, RestoreService, copy_kind
from desktop.storage.backup import backup_sqlite
from desktop.storage.repositories.restored import RESTORED
from tests.services.dispatch_fakes import FakeAccounts, ScriptedProvider
from tests.services.dispatcher_env import Env
from tests.services.stored import Storer

DATA = Path(__file__).resolve().parents[1] / "data"
START = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _clients(context: AppContext) -> list[tuple[object, ...]]:
    """Every client with every field but the bookkeeping ones (what « identical client base » means)."""
    found = context.clients.get_many(context.clients.search_ids(ClientQuery()))
    return [dataclasses.astuple(dataclasses.replace(c, updated_at=START, created_at=START)) for c in found]


def _scribble_over_clients(path: Path) -> None:
    """Damage the first page of the clients table (its header says it is no b-tree page at all)."""
    with sqlite3.connect(path) as connection:
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'clients'").fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : (root - 1) * page_size + 8] = b"\x42" * 8
    path.write_bytes(bytes(data))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def _open(app_paths: AppPaths, clock: FakeClock) -> AppContext:
    return open_context(app_paths, clock=clock)


def _shop(app_paths: AppPaths, clock: FakeClock) -> tuple[Path, list[tuple[object, ...]]]:
    """A database with three clients and one manual copy of it; returns the copy and its clients."""
    context = _open(app_paths, clock)
    try:
        context.clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))
        context.clients.create(ClientDraft(first_name="Jean", last_name="Dupont", email="jean@example.fr"))
        context.clients.create(ClientDraft(last_name="Payet", mobile="0692123456", tags=("vip",)))
        copy = context.backups.backup_now().path
        assert copy is not None
        return copy, _clients(context)
    finally:
        context.close()


def test_a_backup_restores_to_an_identical_client_base(app_paths: AppPaths, clock: FakeClock) -> None:
    copy, at_backup = _shop(app_paths, clock)
    context = _open(app_paths, clock)
    ids = context.clients.search_ids(ClientQuery())
    context.clients.update(ids[0], ClientDraft(last_name="Changé"))
    context.clients.delete(ids[1])
    context.clients.create(ClientDraft(last_name="Nouveau"))
    after_changes = _clients(context)
    context.close()
    clock.advance(3600)

    outcome = RestoreService(app_paths, clock).restore(copy)

    context = _open(app_paths, clock)
    try:
        assert _clients(context) == at_backup
    finally:
        context.close()
    assert outcome.restored.path == copy and outcome.restored.clients == 3
    assert outcome.migrated_from is None and outcome.rechecked == 0
    # the data replaced is kept, whole, in the backup folder
    assert outcome.safety_copy is not None and outcome.safety_copy.parent == app_paths.backup_dir
    assert copy_kind(outcome.safety_copy, "comptoir") is CopyKind.BEFORE_RESTORE
    with sqlite3.connect(outcome.safety_copy) as kept:
        names = [r[0] for r in kept.execute("SELECT last_name FROM clients ORDER BY id")]
    assert sorted(names) == sorted(str(c[2]) for c in after_changes)


def test_backups_are_listed_newest_first_with_kind_size_and_client_count(
    app_paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    usb = tmp_path / "clé USB"
    context = _open(app_paths, clock)
    try:
        context.settings.save(dataclasses.replace(context.settings.get(), backup_dir=str(usb)))
        context.clients.create(ClientDraft(last_name="Martin"))
        daily = context.backups.daily_if_due().path
        clock.advance(60)
        context.clients.create(ClientDraft(last_name="Dupont"))
        manual = context.backups.backup_now().path
        listed = context.restore.copies()
        folders = context.restore.folders()
    finally:
        context.close()
    assert folders == [usb.resolve(), app_paths.backup_dir.resolve()]
    assert [(c.path, c.kind, c.clients) for c in listed] == [
        (manual, CopyKind.MANUAL, 2),
        (daily, CopyKind.DAILY, 1),
    ]
    assert listed[0].taken_at == START + dt.timedelta(seconds=60)
    assert manual is not None and listed[0].size == manual.stat().st_size > 0


def test_a_damaged_copy_is_refused_and_nothing_changes(app_paths: AppPaths, clock: FakeClock) -> None:
    copy, _ = _shop(app_paths, clock)
    _scribble_over_clients(copy)
    database = app_paths.db_file
    assert database is not None
    before = _digest(database)
    with pytest.raises(RestoreError) as caught:
        RestoreService(app_paths, clock).restore(copy)
    assert caught.value.code == "restore_damaged"
    assert caught.value.params == {"file": copy.name}
    assert _digest(database) == before
    assert not list(app_paths.backup_dir.glob("*before-restore*"))


def test_a_copy_from_a_newer_comptoir_is_refused(app_paths: AppPaths, clock: FakeClock) -> None:
    copy, _ = _shop(app_paths, clock)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(RestoreError) as caught:
        RestoreService(app_paths, clock).restore(copy)
    assert caught.value.code == "restore_too_new"


def test_another_programs_file_and_a_missing_file_are_refused(
    app_paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    _shop(app_paths, clock)
    other = tmp_path / "factures.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    service = RestoreService(app_paths, clock)
    for path, code in (
        (other, "restore_not_comptoir"),
        (tmp_path / "absent.sqlite3", "restore_file_missing"),
    ):
        with pytest.raises(RestoreError) as caught:
            service.restore(path)
        assert caught.value.code == code


def test_restoring_while_another_program_has_the_database_open_is_refused(
    app_paths: AppPaths, clock: FakeClock
) -> None:
    copy, _ = _shop(app_paths, clock)
    database = app_paths.db_file
    assert database is not None
    other = sqlite3.connect(database)  # another Comptoir, say
    try:
        other.execute("PRAGMA journal_mode=WAL")
        other.execute("SELECT count(*) FROM clients").fetchone()
        with pytest.raises(RestoreError) as caught:
            RestoreService(app_paths, clock).restore(copy)
        assert caught.value.code == "restore_database_in_use"
        assert other.execute("SELECT count(*) FROM clients").fetchone() == (3,)
    finally:
        other.close()


def test_an_older_copy_is_migrated_after_the_swap(app_paths: AppPaths, clock: FakeClock) -> None:
    _shop(app_paths, clock)
    old = app_paths.backup_dir / "comptoir-manual-20260115-100000-000000.sqlite3"
    with sqlite3.connect(old) as connection:
        connection.executescript((DATA / "schema_0001.sql").read_text(encoding="utf-8"))
    outcome = RestoreService(app_paths, clock).restore(old)
    assert outcome.migrated_from == "0001"
    context = _open(app_paths, clock)
    try:
        assert [c.last_name for c in context.clients.get_many(context.clients.search_ids(ClientQuery()))] == [
            "Martin",
            "Dupont",
        ]
    finally:
        context.close()
    # the migration itself kept a copy of the old schema, as any migration does
    assert list(app_paths.backup_dir.glob("*before-migration-0001*"))


def test_a_damaged_database_is_replaced_and_kept_as_it_was(app_paths: AppPaths, clock: FakeClock) -> None:
    copy, at_backup = _shop(app_paths, clock)
    database = app_paths.db_file
    assert database is not None
    database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    damaged = _digest(database)
    service = RestoreService(app_paths, clock)
    assert service.latest_usable() is not None and service.latest_usable().path == copy  # type: ignore[union-attr]
    outcome = service.restore(copy)
    assert outcome.safety_copy is not None and copy_kind(outcome.safety_copy, "comptoir") is CopyKind.DAMAGED
    assert _digest(outcome.safety_copy) == damaged
    context = _open(app_paths, clock)
    try:
        assert _clients(context) == at_backup
    finally:
        context.close()
    # the damaged database kept for support is listed but never offered
    assert [c.kind for c in service.copies()].count(CopyKind.DAMAGED) == 1
    assert service.latest_usable().kind is not CopyKind.DAMAGED  # type: ignore[union-attr]


def test_the_latest_usable_copy_skips_a_damaged_newer_one(app_paths: AppPaths, clock: FakeClock) -> None:
    good, _ = _shop(app_paths, clock)
    database = app_paths.db_file
    assert database is not None
    newer = backup_sqlite(database, app_paths.backup_dir, label="daily", now=START + dt.timedelta(days=1))
    newer.write_bytes(b"not a database at all" * 100)
    assert RestoreService(app_paths, clock).latest_usable().path == good  # type: ignore[union-attr]


def test_messages_waiting_in_the_copy_are_checked_with_the_provider_before_any_send(
    app_paths: AppPaths, clock: FakeClock
) -> None:
    """Sent after the copy was taken, then the copy restored: found at the provider → sent, not resent;
    never sent → sent once; scheduled for later → still waiting, untouched."""
    context = _open(app_paths, clock)
    accounts = FakeAccounts(context.db)
    provider = ScriptedProvider(clock)
    accounts.add("Principal", provider, default=True)
    outbox = OutboxService(context.db, context.hub, clock)
    store = Storer(context.db, outbox, accounts, clock).store
    left = store("+33612345678", "Vos lunettes sont prêtes.")
    stayed = store("+33612345679", "Votre commande est prête.")
    later = store("+33612345670", "Rappel : rendez-vous demain.", due_at=START + dt.timedelta(days=2))
    copy = context.backups.backup_now().path
    assert copy is not None
    clock.advance(600)
    # after the copy: the first message leaves (the provider has it), then the database is lost
    env = Env(context.db, clock, context.hub, accounts, provider, outbox)
    provider.script("+33612345679", TransientError("network_error"))  # this one did not leave
    env.dispatcher().run_once()
    assert [r.sms.to for r in provider.received] == ["+33612345678"]
    context.close()

    clock.advance(600)
    outcome = RestoreService(app_paths, clock).restore(copy)
    assert outcome.rechecked == 2

    context = _open(app_paths, clock)
    try:
        env = Env(
            context.db,
            clock,
            context.hub,
            accounts,
            provider,
            OutboxService(context.db, context.hub, clock),
        )
        waiting = env.get(left.id)
        assert (waiting.status, waiting.error_code) == (MessageStatus.UNCERTAIN, RESTORED)
        assert env.get(later.id).status is MessageStatus.QUEUED
        env.dispatcher().run_once()
        assert env.get(left.id).status is MessageStatus.SENT  # found at the provider: not sent again
        env.dispatcher().run_once()
        assert env.get(stayed.id).status is MessageStatus.SENT  # certainly absent: sent now, once
        assert sorted(r.sms.to for r in provider.received) == ["+33612345678", "+33612345679"]
        assert env.get(later.id).status is MessageStatus.QUEUED
    finally:
        context.close()
