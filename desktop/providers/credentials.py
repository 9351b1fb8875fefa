"""Provider secrets in the operating system's keyring, and nowhere else.

One keyring entry per database, account and secret: service ``"Comptoir"``, user name
``"<database id>/<account name>:<key>"`` (:class:`SecretOwner`). The database id is a random id the database
holds (:mod:`desktop.services.identity`): two databases on one computer — a test folder and the real one,
two shops — never read, overwrite or delete each other's secrets, even for accounts of the same name.
Entries of older versions, named ``"<account name>:<key>"``, are moved under the database's name the first
time they are read; removing an account deletes its own entries only.

Which backend is acceptable (:func:`backend_verdict`):

- a *recommended* backend (``keyring.core.recommended``: priority ≥ 1 — Windows Credential Manager, macOS
  Keychain, Secret Service, KWallet…) is used;
- a backend the user **named** in ``PYTHON_KEYRING_BACKEND`` is used even when not recommended (a warning
  is logged once): that is an explicit, informed choice;
- ``fail`` and ``null`` backends are refused (one raises, the other forgets what it is given);
- any other backend with 0 < priority < 1 is refused: keyring picks such a backend (keyrings.alt's
  ``PlaintextKeyring``, priority 0.5, base64 in a file) silently when nothing better exists;
- a backend of priority ≤ 0 that is neither ``fail`` nor ``null`` is trusted, because keyring never
  selects one by itself (``fail``, priority 0, always wins over it): it was set on purpose, through
  ``keyring.set_keyring`` (the tests' in-memory keyring) or the user's ``keyringrc.cfg``.

A backend can also be passed to :class:`CredentialStore` directly; it is then trusted as is.

Every write is read back: a backend that does not keep what it is given is treated as unavailable, so an
account is never saved with secrets that went nowhere. Every secret read or written is registered with
:func:`desktop.logs.register_secret` so that it can never reach a log line.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backend import KeyringBackend

from desktop import logs
from desktop.core.errors import KnownError

SERVICE: Final = "Comptoir"
ENV_BACKEND: Final = "PYTHON_KEYRING_BACKEND"
_REFUSED_CLASSES: Final = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})

_log = logs.get("providers")


class CredentialError(KnownError):
    """The keyring cannot be used right now. ``code`` is explained by the catalogue; never holds a secret."""

    code = "keyring_unavailable"

    def __init__(self, detail: str = "", *, code: str | None = None) -> None:
        super().__init__(code or None)
        self.detail = detail


class KeyringUnavailableError(CredentialError):
    """No secure keyring (``keyring_unavailable`` on writes, ``keyring_unreadable`` on reads)."""

    code = "keyring_unavailable"


class KeyringLockedError(CredentialError):
    """The keyring exists but is locked (the user refused or dismissed the unlock prompt)."""

    code = "keyring_locked"


class Verdict(StrEnum):
    RECOMMENDED = "recommended"
    EXPLICIT = "explicit"  # not recommended, but chosen on purpose: used, with a warning
    REFUSED = "refused"


def class_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def backend_verdict(backend: KeyringBackend, env_choice: str | None) -> Verdict:
    """May Comptoir store secrets in ``backend``? ``env_choice`` is the value of PYTHON_KEYRING_BACKEND."""
    name = class_name(backend)
    try:
        priority = float(backend.priority)
    except Exception:  # a backend whose priority raises is not viable
        return Verdict.REFUSED
    if keyring.core.recommended(backend):
        return Verdict.RECOMMENDED
    if name in _REFUSED_CLASSES:  # "fail" and "null" cannot keep a secret, even when chosen on purpose
        return Verdict.REFUSED
    if env_choice and env_choice.strip() == name:
        return Verdict.EXPLICIT
    if priority <= 0:
        return Verdict.EXPLICIT
    return Verdict.REFUSED


@dataclass(frozen=True)
class SecretOwner:
    """Whose secrets: an account of one database."""

    database_id: str
    account_name: str

    def username(self, key: str) -> str:
        return f"{self.database_id}/{self.account_name}:{key}"

    def legacy_username(self, key: str) -> str:
        """The name older versions gave the entry (shared by every database with an account so named)."""
        return f"{self.account_name}:{key}"


@dataclass(frozen=True)
class BackendInfo:
    """What the settings screen can show about the keyring in use (no secret)."""

    name: str
    verdict: Verdict


class CredentialStore:
    """Reads and writes the secrets of provider accounts. Thread-safe (keyring backends are)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._explicit = backend
        self._warned: set[str] = set()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ backend choice

    def info(self) -> BackendInfo:
        try:
            backend = self._current()
        except Exception:
            return BackendInfo(name="", verdict=Verdict.REFUSED)
        if self._explicit is not None:
            return BackendInfo(class_name(backend), Verdict.EXPLICIT)
        return BackendInfo(class_name(backend), backend_verdict(backend, os.environ.get(ENV_BACKEND)))

    def _current(self) -> KeyringBackend:
        if self._explicit is not None:
            return self._explicit
        backend: KeyringBackend = keyring.get_keyring()
        return backend

    def _backend(self, code: str) -> KeyringBackend:
        try:
            backend = self._current()
        except Exception as exc:  # PYTHON_KEYRING_BACKEND naming a missing or non-viable class, …
            raise KeyringUnavailableError(
                f"cannot load keyring backend ({type(exc).__name__})", code=code
            ) from exc
        if self._explicit is not None:
            return backend
        verdict = backend_verdict(backend, os.environ.get(ENV_BACKEND))
        name = class_name(backend)
        if verdict is Verdict.REFUSED:
            raise KeyringUnavailableError(f"keyring backend {name} is not secure enough", code=code)
        if verdict is Verdict.EXPLICIT:
            with self._lock:
                first = name not in self._warned
                self._warned.add(name)
            if first:
                _log.warning(
                    "keyring backend %s is not a recommended one; used because it was chosen explicitly", name
                )
        return backend

    # ------------------------------------------------------------------ secrets

    def get(self, owner: SecretOwner, key: str) -> str | None:
        """The secret, or None. An entry of an older version (named after the account alone) is moved under
        the database's name on the way (the old one is deleted once the new one reads back)."""
        backend = self._backend("keyring_unreadable")
        with _translated("keyring_unreadable", "read"):
            value = backend.get_password(SERVICE, owner.username(key))
            legacy = None if value else backend.get_password(SERVICE, owner.legacy_username(key))
        if legacy:
            logs.register_secret(legacy)
            self._adopt(backend, owner, key, legacy)
            return legacy
        if value:
            logs.register_secret(value)
        return value or None

    def _adopt(self, backend: KeyringBackend, owner: SecretOwner, key: str, value: str) -> None:
        """Move an older version's entry under the database's name; on any trouble, leave it where it is
        (it is read again next time)."""
        try:
            with _translated("keyring_unavailable", "write"):
                backend.set_password(SERVICE, owner.username(key), value)
                if backend.get_password(SERVICE, owner.username(key)) != value:
                    return
                with suppress(keyring.errors.PasswordDeleteError):
                    backend.delete_password(SERVICE, owner.legacy_username(key))
        except CredentialError as exc:
            _log.warning("an account's secret could not be moved to its database's name (%s)", exc.code)
            return
        _log.info("an account's secret (%s) is now named after its database", key)

    def set(self, owner: SecretOwner, key: str, value: str) -> None:
        """Store one secret, then read it back (a backend that forgets is unavailable)."""
        logs.register_secret(value)
        backend = self._backend("keyring_unavailable")
        user = owner.username(key)
        with _translated("keyring_unavailable", "write"):
            backend.set_password(SERVICE, user, value)
            stored = backend.get_password(SERVICE, user)
        if stored != value:
            raise KeyringUnavailableError(f"keyring backend {class_name(backend)} did not keep the secret")

    def delete_all(self, owner: SecretOwner, keys: Iterable[str]) -> None:
        """Delete the account's secrets — this database's entries only; entries that do not exist are
        ignored. An older version's entry not moved yet is left alone: another database may be using it."""
        backend = self._backend("keyring_unavailable")
        for key in keys:
            with _translated("keyring_unavailable", "delete"), suppress(keyring.errors.PasswordDeleteError):
                backend.delete_password(SERVICE, owner.username(key))


@contextmanager
def _translated(code: str, operation: str) -> Iterator[None]:
    """Turn whatever the backend raises into a :class:`CredentialError` (no secret in it).

    Anything a keyring backend raises is about the environment (no D-Bus, locked wallet, file rights…); the
    original error is chained and logged with its traceback for support.
    """
    try:
        yield
    except CredentialError:
        raise
    except keyring.errors.KeyringLocked as exc:
        _log.warning("keyring locked during %s", operation)
        raise KeyringLockedError(f"keyring locked during {operation}") from exc
    except Exception as exc:
        _log.warning("keyring %s failed", operation, exc_info=True)
        raise KeyringUnavailableError(
            f"keyring {operation} failed ({type(exc).__name__})", code=code
        ) from exc
