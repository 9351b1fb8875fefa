"""Storage errors the user can do something about (as opposed to bugs).

Each carries a stable ``code``; the UI and the command line turn codes into French sentences
(see :mod:`desktop.storage.messages`).
"""

from __future__ import annotations


class StorageError(Exception):
    """An environment problem with the database: locked, read-only, full, corrupt, too new…"""

    code = "storage_error"

    def __init__(self, detail: str = "", *, code: str | None = None) -> None:
        super().__init__(detail or self.code)
        if code:
            self.code = code
        self.detail = detail


class SchemaTooNewError(StorageError):
    code = "schema_too_new"


class DatabaseLockedError(StorageError):
    code = "database_locked"


class DatabaseUnavailableError(StorageError):
    code = "database_unavailable"


class DuplicateError(StorageError):
    """A uniqueness rule was broken (e.g. two clients with the same mobile number)."""

    code = "duplicate"


class NotFoundError(StorageError):
    code = "not_found"
