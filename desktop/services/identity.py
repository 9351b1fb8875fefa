"""The database's own identity: a random id stored in it when it is created (older databases get theirs on
first use). Provider secrets in the keyring are named after it, so that two databases on one computer — a
test folder and the real one, two shops — never read, overwrite or delete each other's secrets."""

from __future__ import annotations

from desktop.storage.db import Database
from desktop.storage.errors import DuplicateError
from desktop.storage.repositories import settings as repo


def database_id(db: Database) -> str:
    """This database's id, created now if it has none yet (two desks doing so at once agree on one)."""
    with db.read() as session:
        found = repo.database_id(session)
    if found:
        return found
    try:
        with db.session() as session:
            return repo.create_database_id(session)
    except DuplicateError:  # another desk gave it one at the same moment: that one it is
        with db.read() as session:
            found = repo.database_id(session)
        if not found:  # pragma: no cover - the duplicate says it exists
            raise
        return found
