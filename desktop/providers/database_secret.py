"""The password of the shop's database server, in the operating system's keyring and nowhere else.

One entry per server address: service ``"Comptoir"``, user name ``"database:<user>@<host>:<port>/<db>"``.
The desk needs it *before* it can open the database, so unlike the SMS accounts' secrets it cannot be keyed
by anything stored in the database. Which keyring is acceptable is decided exactly as for those secrets
(:func:`desktop.providers.credentials.backend_verdict`, through :meth:`CredentialStore.info`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Final

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desktop import logs
from desktop.providers.credentials import (
    SERVICE,
    CredentialError,
    CredentialStore,
    KeyringLockedError,
    KeyringUnavailableError,
    Verdict,
)

PREFIX: Final = "database:"
_log = logs.get("providers")

__all__ = ["CredentialError", "DatabaseSecret"]


class DatabaseSecret:
    """Reads and writes database passwords; ``address`` is :meth:`ServerAddress.label` (no secret)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._explicit = backend
        self._checks = CredentialStore(backend)

    def get(self, address: str) -> str | None:
        backend = self._backend("keyring_unreadable")
        with _translated("keyring_unreadable", "read"):
            value = backend.get_password(SERVICE, PREFIX + address)
        if value:
            logs.register_secret(value)
        return value or None

    def set(self, address: str, password: str) -> None:
        """Store the password, then read it back (a keyring that forgets is unavailable); an empty one
        removes the entry (a server that trusts this desk, or reads ``.pgpass``)."""
        if not password:
            self.delete(address)
            return
        logs.register_secret(password)
        backend = self._backend("keyring_unavailable")
        with _translated("keyring_unavailable", "write"):
            backend.set_password(SERVICE, PREFIX + address, password)
            kept = backend.get_password(SERVICE, PREFIX + address)
        if kept != password:
            raise KeyringUnavailableError("the keyring did not keep the database password")

    def delete(self, address: str) -> None:
        backend = self._backend("keyring_unavailable")
        with _translated("keyring_unavailable", "delete"), suppress(keyring.errors.PasswordDeleteError):
            backend.delete_password(SERVICE, PREFIX + address)  # nothing stored: nothing to do

    def _backend(self, code: str) -> KeyringBackend:
        info = self._checks.info()
        if info.verdict is Verdict.REFUSED:
            raise KeyringUnavailableError(f"keyring backend {info.name or '?'} refused", code=code)
        if self._explicit is not None:
            return self._explicit
        backend: KeyringBackend = keyring.get_keyring()
        return backend


@contextmanager
def _translated(code: str, operation: str) -> Iterator[None]:
    """Whatever the backend raises becomes a CredentialError without the secret (as for the SMS accounts)."""
    try:
        yield
    except CredentialError:
        raise
    except keyring.errors.KeyringLocked as exc:
        raise KeyringLockedError(f"keyring locked during {operation}") from exc
    except Exception as exc:
        _log.warning("keyring %s of the database password failed", operation, exc_info=True)
        raise KeyringUnavailableError(
            f"keyring {operation} failed ({type(exc).__name__})", code=code
        ) from exc
