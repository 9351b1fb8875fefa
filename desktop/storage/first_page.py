"""The client list's first page, read with the standard library's sqlite3 while the window starts.

Loading SQLAlchemy, Alembic and the services takes longer than showing the window; the clients need not wait
for it. This read is the list's default order (:data:`~desktop.storage.client_list.SORT_COLUMNS`, name first,
no filter), from a local SQLite file opened read-only (``mode=ro``: never created, written or migrated here).
Anything unusual — no file yet, no Comptoir schema, a locked, damaged or foreign file — gives None, and the
normal opening answers instead, with its migrations and its explanations. A file from a newer Comptoir may be
listed for the moment it takes the normal opening to refuse it; nothing is written either way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import Final

from desktop.core.entities import ClientListItem, ClientSort
from desktop.storage.client_list import LIST_COLUMNS, SORT_COLUMNS, list_item

_ORDER: Final = ", ".join((*SORT_COLUMNS[ClientSort.NAME], "id"))
_IDS_SQL: Final = f"SELECT id FROM clients ORDER BY {_ORDER}"
_ROWS_SQL: Final = f"SELECT {', '.join(LIST_COLUMNS)} FROM clients WHERE id IN ({{marks}})"
#: A Comptoir database has it (Alembic's revision table); a foreign SQLite file does not.
_MARKER_SQL: Final = "SELECT version_num FROM alembic_version"


def first_page(db_file: Path, size: int) -> tuple[str, list[int], dict[int, ClientListItem]] | None:
    """The schema revision, every client id in the list's default order, and the lines of the first
    ``size``; None when the normal opening must answer (see the module)."""
    try:
        with closing(_connect(db_file)) as connection:
            (revision,) = connection.execute(_MARKER_SQL).fetchone()
            ids = [row[0] for row in connection.execute(_IDS_SQL)]
            return str(revision), ids, _rows(connection, ids[:size])
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return None


def rows(db_file: Path, ids: Sequence[int]) -> dict[int, ClientListItem]:
    """The lines of these clients (for scrolling before the normal opening is done); {} when unreadable."""
    try:
        with closing(_connect(db_file)) as connection:
            return _rows(connection, ids)
    except (sqlite3.Error, OSError, ValueError):
        return {}


def _connect(db_file: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)


def _rows(connection: sqlite3.Connection, ids: Sequence[int]) -> dict[int, ClientListItem]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    return {row[0]: list_item(row) for row in connection.execute(_ROWS_SQL.format(marks=marks), list(ids))}
