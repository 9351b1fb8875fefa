"""Storage errors the user can do something about (as opposed to bugs).

Each carries a stable ``code``, explained in :mod:`desktop.core.catalogue.general`; the window and the command
line show them as they show every :class:`~desktop.core.errors.KnownError`.
"""

from __future__ import annotations

from desktop.core.errors import KnownError


class StorageError(KnownError):
    """An environment problem with the database: locked, read-only, full, corrupt, too new…

    ``detail`` is the driver's message, for the log only.
    """

    code = "storage_error"

    def __init__(self, detail: str = "", *, code: str | None = None) -> None:
        super().__init__(code or None)
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
