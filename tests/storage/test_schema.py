"""Migrations produce exactly the models' schema; newer databases are refused untouched; backups work."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.storage.backup import backup_sqlite, integrity_ok
from desktop.storage.db import Database
from desktop.storage.errors import SchemaTooNewError, StorageError
from desktop.storage.orm import Base
from desktop.storage.schema import (
    HEAD_REVISION,
    SchemaState,
    alembic_config,
    create_current,
    head_revision,
    inspect_state,
    migrate,
    upgrade,
)

DATA = Path(__file__).resolve().parents[1] / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrations_produce_exactly_the_models_schema(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate(db)
    with db.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    db.dispose()
    assert diff == []


def _parts(sql: str) -> list[str]:
    """The statement's head and each column or constraint of its body, split at top-level commas: a column a
    migration added (``ALTER TABLE … ADD COLUMN`` writes it at the end) reads the same as one created with
    the table."""
    start, end = sql.find("("), sql.rfind(")")
    if start == -1:
        return [" ".join(sql.split())]
    parts, depth, current = [], 0, ""
    for ch in sql[start + 1 : end]:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    head = " ".join(sql[:start].split()).replace('"', "")
    return [head, *sorted(" ".join(p.split()) for p in parts)]


def _schema(path: Path) -> list[tuple[str, str, str, list[str]]]:
    """Every table and index as SQLite stores it; a table's columns and constraints in any order."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        return [(kind, name, table, _parts(sql or "")) for kind, name, table, sql in rows]


def test_a_fresh_database_is_created_from_the_models_exactly_as_the_migrations_would(tmp_path: Path) -> None:
    migrated, created = tmp_path / "migrated.sqlite3", tmp_path / "created.sqlite3"
    reference = Database(f"sqlite:///{migrated}")
    migrate(reference)
    reference.dispose()
    db = Database(f"sqlite:///{created}")
    report = upgrade(db, tmp_path / "backups")
    assert (report.state_before, report.revision_before, report.backup) == (SchemaState.FRESH, None, None)
    with db.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    db.dispose()
    assert diff == [] and versions == [HEAD_REVISION] == [head_revision()]
    assert _schema(created) == _schema(migrated)
    assert len(_schema(created)) > 10
    assert inspect_state(Database(f"sqlite:///{created}")) == (SchemaState.CURRENT, HEAD_REVISION)


def test_creating_from_the_models_gives_way_when_the_database_is_no_longer_empty(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'raced.sqlite3'}")
    migrate(db)  # another process created the schema between the state check and the creation
    assert create_current(db) is False
    with db.engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    db.dispose()
    assert versions == [HEAD_REVISION]


def test_the_head_constant_is_alembics_head() -> None:
    assert head_revision() == HEAD_REVISION


def test_fresh_database_is_current_after_upgrade_and_second_upgrade_is_a_no_op(db: Database) -> None:
    assert inspect_state(db) == (SchemaState.CURRENT, head_revision())
    assert upgrade(db, None).backup is None


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db, tmp_path)
    with db.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    db.dispose()
    before = _digest(path)
    db = Database(f"sqlite:///{path}")
    with pytest.raises(SchemaTooNewError) as caught:
        upgrade(db, tmp_path / "backups")
    db.dispose()
    assert caught.value.code == "schema_too_new"
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    db = Database(f"sqlite:///{path}")
    with pytest.raises(StorageError) as caught:
        upgrade(db, tmp_path)
    db.dispose()
    assert caught.value.code == "foreign_database"


def test_messages_of_revision_0001_keep_their_history_and_get_the_kind_their_links_tell(
    tmp_path: Path,
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    day = "2026-01-05 09:00:00"
    with db.session() as session:
        for statement in (
            "INSERT INTO clients (id, civility, first_name, last_name, email, address, postal_code, city, notes, "
            "language, region, promotional_consent, transactional_consent, number_status, search_key, created_at, "
            "updated_at) VALUES (1, '', 'Claire', 'Martin', '', '', '', '', '', 'fr', 'FR', 'unknown', 'unknown', "
            "'ok', 'claire martin', :day, :day)",
            "INSERT INTO appointments (id, client_id, start_at, end_at, staff, kind, reason, status, source, "
            "created_at, updated_at) VALUES (1, 1, :day, :day, '', '', '', 'planned', 'user', :day, :day)",
            "INSERT INTO orders (id, client_id, label, status, created_at, updated_at) "
            "VALUES (1, 1, 'Lunettes', 'ready', :day, :day)",
            "INSERT INTO campaigns (id, name, filter_json, status, created_at) VALUES (1, 'Soldes', '{}', 'sent', :day)",
        ):
            session.execute(text(statement), {"day": day})
        links = [("appointment_id", "transactional"), ("order_id", "transactional"), ("campaign_id", "promotional"),
                 (None, "survey"), (None, "transactional")]  # fmt: skip
        for number, (link, purpose) in enumerate(links, start=1):
            column = f", {link}" if link else ""
            session.execute(
                text(
                    "INSERT INTO messages (id, client_id, to_number, body, encoding, segments, cost_cents, purpose, "
                    f"status, due_at, attempts, error_detail, idempotency_key, urgent, created_at, updated_at{column}) "
                    f"VALUES (:id, 1, '+33612345678', 'x', 'GSM-7', 1, 0, :purpose, 'delivered', :day, 1, '', :key, 0, "
                    f":day, :day{', 1' if link else ''})"
                ),
                {"id": number, "purpose": purpose, "day": day, "key": f"k{number}"},
            )
            session.execute(
                text(
                    "INSERT INTO message_events (message_id, status, at, detail) VALUES (:id, 'queued', :day, '')"
                ),
                {"id": number, "day": day},
            )

    upgrade(db, tmp_path / "backups")

    with db.read() as session:
        kinds = session.execute(text("SELECT kind FROM messages ORDER BY id")).scalars().all()
        events = session.execute(text("SELECT COUNT(*) FROM message_events")).scalar()
    db.dispose()
    assert kinds == ["reminder", "order_notice", "campaign", "survey", "manual"]
    assert events == 5  # every message's history is still there


@pytest.mark.parametrize("fixture", sorted(DATA.glob("schema_*.sql")), ids=lambda p: p.stem)
def test_every_released_schema_fixture_opens_and_keeps_its_rows(tmp_path: Path, fixture: Path) -> None:
    path = tmp_path / "released.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.executescript(fixture.read_text(encoding="utf-8"))
    db = Database(f"sqlite:///{path}")
    upgrade(db, tmp_path / "backups")
    with db.read() as session:
        names = session.execute(text("SELECT last_name FROM clients ORDER BY id")).scalars().all()
    db.dispose()
    assert names == ["Martin", "Dupont"]
    assert inspect_state(Database(f"sqlite:///{path}"))[0] is SchemaState.CURRENT


def test_backup_is_a_consistent_copy_and_old_copies_are_pruned(db: Database, tmp_path: Path) -> None:
    source = Path(db.engine.url.database or "")
    with db.session() as session:
        session.execute(text("INSERT INTO settings(key, value) VALUES ('k', 'v')"))
    copies = [backup_sqlite(source, tmp_path / "b", label="daily", keep=2) for _ in range(3)]
    remaining = sorted((tmp_path / "b").glob("*.sqlite3"))
    assert remaining == sorted(copies[1:])
    assert integrity_ok(copies[-1])
    with sqlite3.connect(copies[-1]) as connection:
        assert connection.execute("SELECT value FROM settings WHERE key='k'").fetchone() == ("v",)


def test_integrity_check_rejects_a_damaged_file(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    assert not integrity_ok(damaged)
