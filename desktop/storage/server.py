"""Trying a database server before using it: can it be reached, with these credentials, and whose is it?"""

from __future__ import annotations

from desktop.storage.db import Database
from desktop.storage.errors import SchemaTooNewError, StorageError
from desktop.storage.schema import SchemaState, inspect_state

#: A connection test answers within this many seconds (an unreachable server otherwise hangs for minutes).
TEST_TIMEOUT_S = 5


def check_server(url: str, password: str | None, *, timeout: float = TEST_TIMEOUT_S) -> SchemaState:
    """Connect and read the schema's state: FRESH (empty: Comptoir creates its tables), CURRENT, OUTDATED
    (migrated when opened, after the server's own backup). Raises StorageError with the reason otherwise:
    ``server_unreachable``, ``server_auth_failed``, ``server_database_missing``, ``schema_too_new``,
    ``server_foreign_database`` (another program's tables), ``database_url_invalid``. Nothing is written."""
    db = Database(url, password=password, connect_timeout=timeout)
    try:
        state, revision = inspect_state(db)
    finally:
        db.dispose()
    if state is SchemaState.TOO_NEW:
        raise SchemaTooNewError(f"server database at revision {revision}")
    if state is SchemaState.FOREIGN:
        raise StorageError(
            "the database has tables but no Comptoir schema version", code="server_foreign_database"
        )
    return state
