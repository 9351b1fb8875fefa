"""The client list's first page read at start-up with sqlite3 is the list the repository gives, and is never
read from anything but a Comptoir SQLite file, which it never changes."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from desktop.context import AppContext
from desktop.core.entities import ClientDraft, ClientQuery, ConsentPurpose, ConsentSource, ConsentState
from desktop.paths import resolve
from desktop.services import first_page as service
from desktop.storage import first_page
from desktop.storage.repositories import clients as repo
from desktop.storage.schema import HEAD_REVISION

NAMES = ["Martin", "martin", "Émile", "Eve", "", "Zoé", "Durand", "de la Tour", "O'Neil", "Ørsted", "Ève"]


def _fill(ctx: AppContext, count: int) -> None:
    rng = random.Random(7)
    for i in range(count):
        client_id = ctx.clients.create(
            ClientDraft(
                first_name=rng.choice(NAMES),
                last_name=rng.choice(NAMES) or "Sans nom",
                mobile=f"06 12 34 {i // 100:02d} {i % 100:02d}" if i % 3 else "",
                email=f"c{i}@exemple.fr" if i % 2 else "",
                city=rng.choice(["Lyon", "Metz", ""]),
            )
        )
        if i % 4 == 0:
            ctx.clients.record_consent(
                client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM
            )


def test_it_is_the_repository_s_list_in_the_same_order_with_the_same_lines(context: AppContext) -> None:
    _fill(context, 60)
    path = context.paths.db_file
    assert path is not None
    found = first_page.first_page(path, 25)
    assert found is not None
    revision, ids, rows = found
    with context.db.read() as session:
        expected_ids = repo.search_ids(session, ClientQuery())
        expected_rows = repo.list_items(session, expected_ids[:25])
    assert revision == HEAD_REVISION
    assert ids == expected_ids  # ties on the name are broken by the id, as in SQL
    assert rows == expected_rows
    assert first_page.rows(path, ids[30:40]) == context.clients.list_items(ids[30:40])


def test_the_service_says_whether_the_page_is_still_what_the_list_shows(context: AppContext) -> None:
    _fill(context, 3)
    page = service.read(context.paths, 2)
    assert page is not None
    assert (len(page.ids), len(page.rows), page.is_current()) == (3, 2, True)
    path = context.paths.db_file
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000_older'")
    older = service.read(context.paths, 2)
    assert older is not None and not older.is_current()  # migrated since: the list reads it again


def test_an_empty_database_gives_an_empty_page(context: AppContext) -> None:
    page = service.read(context.paths, 50)
    assert page is not None and (page.ids, page.rows) == ([], {})


@pytest.mark.parametrize(
    "content",
    [
        b"",  # an empty file where the database was
        b"not a database at all" * 100,
        "sqlite: a foreign database",
    ],
    ids=["empty", "garbage", "foreign"],
)
def test_anything_but_a_comptoir_database_gives_no_page_and_is_left_as_it_was(
    tmp_path: Path, content: bytes | str
) -> None:
    path = tmp_path / "comptoir.sqlite3"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE clients (id INTEGER, last_name TEXT, first_name TEXT)")
    before = path.read_bytes()
    assert first_page.first_page(path, 50) is None
    assert first_page.rows(path, [1, 2]) == {}
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["comptoir.sqlite3"]  # no journal left either


def test_no_file_is_created_where_there_is_none(tmp_path: Path) -> None:
    assert service.read(resolve(tmp_path / "data"), 50) is None
    assert first_page.first_page(tmp_path / "missing.sqlite3", 50) is None
    assert list(tmp_path.iterdir()) == []


def test_a_server_database_has_no_first_page(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "data", "postgresql+psycopg://user@server/comptoir")
    assert service.read(paths, 50) is None


def test_the_background_reading_gives_the_page_and_raises_a_bug_where_it_is_taken(
    context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(context, 2)
    page = service.Reading(context.paths).result()
    assert page is not None and len(page.ids) == 2

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug in the reading")

    monkeypatch.setattr(service, "read", broken)
    reading = service.Reading(context.paths)
    with pytest.raises(RuntimeError, match="a bug in the reading"):
        reading.result()
