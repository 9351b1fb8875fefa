"""Is the database sound? SQLite's own integrity check on the live database (a server checks itself)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import text

from desktop.storage.db import Database, translate_errors
from desktop.storage.errors import StorageError


class Integrity(StrEnum):
    OK = "ok"
    DAMAGED = "damaged"
    NOT_CHECKED = "not_checked"  # a database on a server: the server keeps its own pages sound


def check_integrity(db: Database) -> Integrity:
    """``PRAGMA integrity_check`` (reads every page: seconds on a large database, once a day)."""
    if not db.is_sqlite:
        return Integrity.NOT_CHECKED
    try:
        with translate_errors(), db.engine.connect() as connection:
            verdict = connection.execute(text("PRAGMA integrity_check")).scalars().all()
    except StorageError as exc:
        if exc.code == "database_corrupt":
            return Integrity.DAMAGED
        raise
    return Integrity.OK if verdict == ["ok"] else Integrity.DAMAGED
