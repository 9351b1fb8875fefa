"""SQLite connection settings and the translation of environment errors into codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.storage import db as db_module
from desktop.storage.db import Database
from desktop.storage.errors import DatabaseLockedError, DuplicateError, StorageError
from desktop.storage.schema import upgrade


def test_sqlite_runs_with_wal_foreign_keys_full_sync_and_busy_timeout(db: Database) -> None:
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == db_module.BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as session:
        session.execute(text("INSERT INTO client_tags(client_id, tag) VALUES (999, 'x')"))


def test_unique_violation_becomes_duplicate_error(db: Database) -> None:
    with db.session() as session:
        session.execute(text("INSERT INTO settings(key, value) VALUES ('a', '1')"))
    with pytest.raises(DuplicateError), db.session() as session:
        session.execute(text("INSERT INTO settings(key, value) VALUES ('a', '2')"))


def test_a_database_locked_by_another_program_gives_a_clear_code(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "locked.sqlite3"
    database = Database(f"sqlite:///{path}")
    upgrade(database, None)
    other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError) as caught, database.session() as session:
            session.execute(text("INSERT INTO settings(key, value) VALUES ('a', '1')"))
        assert caught.value.code == "database_locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.dispose()
    with Database(f"sqlite:///{path}").read() as session:
        assert session.execute(text("SELECT count(*) FROM settings WHERE key = 'a'")).scalar() == 0


def test_readers_are_not_blocked_by_a_writer(db: Database) -> None:
    path = Path(db.engine.url.database or "")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO settings(key, value) VALUES ('w', '1')")
    try:
        with db.read() as session:  # WAL: the reader sees the last committed state at once
            assert session.execute(text("SELECT count(*) FROM settings WHERE key = 'a'")).scalar() == 0
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_file_that_is_not_a_database_gives_the_corrupt_code(tmp_path: Path) -> None:
    path = tmp_path / "comptoir.sqlite3"
    path.write_bytes(b"Nom;Portable\nMartin;0612345678\n" * 100)  # a CSV renamed, for instance
    database = Database(f"sqlite:///{path}")
    with pytest.raises(StorageError) as caught, database.read() as session:
        session.execute(text("SELECT 1 FROM sqlite_master"))
    assert caught.value.code == "database_corrupt"
    database.dispose()


@pytest.mark.parametrize(
    "url", ["nonsense", "mysql://user:hunter2@localhost/comptoir", "oracle+nodriver://user@host/x"]
)
def test_an_unusable_database_address_gives_a_code_without_repeating_it(url: str) -> None:
    with pytest.raises(StorageError) as caught:
        Database(url)
    assert caught.value.code == "database_url_invalid"
    assert "hunter2" not in str(caught.value) and caught.value.__cause__ is None
