"""Every released schema, migrated step by step to the current one with its data intact, on SQLite and on
PostgreSQL.

The test takes whatever fixtures ``tests/data/schema_*.sql`` holds (one per released revision, written by
``tools/schema_fixture.py``) and whatever migrations Alembic's chain holds: a new migration is covered
without changing this file. After each step every value of the fixture must still be where it was (a column
a migration drops is no longer checked); a column a migration adds must be filled; at the end the schema is
exactly the models'.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, create_engine, insert, select

from desktop.storage.orm import Base
from desktop.storage.schema import HEAD_REVISION, alembic_config
from tests.pg import ADMIN_URL, pg_url

__all__ = ["pg_url"]  # a fixture

DATA = Path(__file__).resolve().parents[1] / "data"
FIXTURES = sorted(DATA.glob("schema_*.sql"))
Rows = dict[str, dict[tuple[Any, ...], dict[str, Any]]]  # table → primary key → column → value


def _chain() -> list[str]:
    """The revisions from the first to the head, in order."""
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _fixture_database(fixture: Path, folder: Path) -> tuple[Path, str]:
    path = folder / f"{fixture.stem}.sqlite3"
    connection = sqlite3.connect(path)
    try:
        connection.executescript(fixture.read_text(encoding="utf-8"))
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()
    return path, str(revision)


def _rows(engine: Engine) -> Rows:
    """Every row of every table (but Alembic's), typed by the reflected column types."""
    tables = MetaData()
    tables.reflect(engine)
    found: Rows = {}
    with engine.connect() as connection:
        for name, table in tables.tables.items():
            if name == "alembic_version":
                continue
            key = [c.name for c in table.primary_key.columns]
            found[name] = {
                tuple(row[k] for k in key): dict(row) for row in connection.execute(select(table)).mappings()
            }
    return found


def _same(before: Any, after: Any) -> bool:
    if isinstance(before, dt.datetime) and isinstance(after, dt.datetime):
        return before.replace(tzinfo=None) == after.replace(tzinfo=None)
    if isinstance(before, bool) or isinstance(after, bool):
        return bool(before) == bool(after)
    return bool(before == after)


def _lost(expected: Rows, found: Rows) -> list[str]:
    """The fixture's values no longer there (columns and tables that no longer exist are not checked)."""
    problems = []
    for table, rows in expected.items():
        if table not in found:
            continue
        for key, row in rows.items():
            now = found[table].get(key)
            if now is None:
                problems.append(f"{table} {key}: row gone")
                continue
            problems += [
                f"{table} {key}.{column}: {value!r} became {now[column]!r}"
                for column, value in row.items()
                if column in now and not _same(value, now[column])
            ]
    return problems


def _unfilled(found: Rows, engine: Engine) -> list[str]:
    """Required columns left empty (NULL) by a migration that added them."""
    tables = MetaData()
    tables.reflect(engine)
    problems = []
    for name, rows in found.items():
        required = [c.name for c in tables.tables[name].columns if not c.nullable]
        problems += [f"{name} {key}.{c}" for key, row in rows.items() for c in required if row[c] is None]
    return problems


def _walk(engine: Engine, start: str, expected: Rows) -> None:
    """Migrate one revision at a time from ``start`` to the head, checking the data after each step."""
    chain = _chain()
    assert start in chain, f"fixture at {start}, a revision the migrations do not know"
    assert chain[-1] == HEAD_REVISION
    for revision in chain[chain.index(start) + 1 :]:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
        found = _rows(engine)
        assert _lost(expected, found) == [], f"after {revision}"
        assert _unfilled(found, engine) == [], f"after {revision}"
    with engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_there_is_a_fixture_of_the_first_release_and_every_fixture_is_on_the_chain() -> None:
    assert FIXTURES and FIXTURES[0].name == "schema_0001.sql"
    chain = _chain()
    for fixture in FIXTURES:
        assert fixture.stem.removeprefix("schema_") in chain, fixture.name


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_released_schema_migrates_step_by_step_with_its_data_on_sqlite(
    fixture: Path, tmp_path: Path
) -> None:
    path, revision = _fixture_database(fixture, tmp_path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        expected = _rows(engine)
        assert sum(len(rows) for rows in expected.values()) >= 10  # the fixture holds real data
        _walk(engine, revision, expected)
    finally:
        engine.dispose()


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server (set COMPTOIR_TEST_PG)")
@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_a_released_schema_migrates_step_by_step_with_its_data_on_postgres(
    fixture: Path, tmp_path: Path, pg_engine: Engine
) -> None:
    """The server is brought to the fixture's revision by the migrations themselves, then given the
    fixture's rows (read with their types from the SQLite fixture), then migrated on."""
    path, revision = _fixture_database(fixture, tmp_path)
    source = create_engine(f"sqlite:///{path}")
    expected = _rows(source)
    source.dispose()
    with pg_engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    tables = MetaData()
    tables.reflect(pg_engine)
    with pg_engine.begin() as connection:
        for table in tables.sorted_tables:
            rows = list(expected.get(table.name, {}).values())
            if rows:
                connection.execute(insert(table), rows)
    assert _lost(expected, _rows(pg_engine)) == []
    _walk(pg_engine, revision, expected)
