"""SMS provider accounts: configure them, choose the default and the fallback, build their adapters.

Rules worth knowing:

- A fresh database gets the built-in simulator account (:data:`SIMULATOR_NAME`), which is the default. It
  cannot be removed; removing the default account makes it the default again.
- Adding a real account makes it the default when the simulator was the default (so that "I configured
  Twilio" means "my SMS now leave through Twilio"), unless ``make_default=False``; ``make_default=True``
  makes it the default whatever the current one. Adding a simulator account never changes the default.
- The fallback is never the default: making the fallback the default clears the fallback.
- Secrets go to the keyring **before** the database is written: when the keyring refuses, nothing is saved;
  when the database refuses afterwards, the secrets just written are removed (or restored on update).
  Keyring entries are named after this database's own id and the account (:meth:`secret_owner`): two
  databases never share a secret, and removing an account removes its own entries only.
- Every value is checked by :mod:`desktop.services.account_checks` (an empty sender means "the sender
  configured at the provider"; any other must pass the compliance check of senders).
- Every change publishes ``Changes(accounts=True)`` — except saving an inbound cursor, which is bookkeeping
  the user never sees.

Errors are :class:`AccountError` with a stable ``code`` (texts in ``desktop.core.catalogue.accounts``,
``compliance`` for sender codes). Connection tests (:meth:`AccountService.test` and
:meth:`AccountService.test_values`) raise the provider's permanent answer as ``ProviderError`` (bad
credentials…) and a provider they could not reach as ``AccountError`` ``account_test_unreachable`` /
``account_test_unavailable`` (a test is run again by the user, not retried). :meth:`AccountService.provider`
raises ``ProviderError`` when the adapter cannot be built (see there).
"""

from __future__ import annotations

import builtins
import threading
from collections.abc import Mapping
from contextlib import suppress
from typing import Final

from desktop import logs
from desktop.core.entities import ProviderAccount
from desktop.core.outgoing import AccountFacts
from desktop.providers import registry
from desktop.providers.base import (
    AccountCheck,
    PermanentError,
    Provider,
    ProviderError,
    ProviderSpec,
    TransientError,
)
from desktop.providers.credentials import CredentialError, CredentialStore, SecretOwner
from desktop.providers.registry import ProviderEnv
from desktop.services import account_checks as checks
from desktop.services import identity
from desktop.services.account_checks import AccountError
from desktop.services.changes import ChangeHub, Changes
from desktop.storage.db import Database
from desktop.storage.errors import DuplicateError
from desktop.storage.repositories import accounts as repo
from desktop.storage.repositories.accounts import AccountValues

__all__ = [
    "SIMULATOR",
    "SIMULATOR_NAME",
    "SIMULATOR_SENDER",
    "AccountError",  # defined with the checks, raised by both
    "AccountService",
    "is_builtin",
]

#: Transient provider errors met while testing an account → what to tell the user (texts in the catalogue).
_TEST_AGAIN: Final = {"timeout": "account_test_unreachable", "connection_error": "account_test_unreachable"}
SIMULATOR: Final = "simulator"
SIMULATOR_NAME: Final = "Simulateur"
SIMULATOR_SENDER: Final = "Comptoir"

_log = logs.get("providers")


def is_builtin(account: ProviderAccount) -> bool:
    return account.provider == SIMULATOR and account.name == SIMULATOR_NAME


class AccountService:
    def __init__(self, db: Database, hub: ChangeHub, env: ProviderEnv, credentials: CredentialStore) -> None:
        self._db = db
        self._hub = hub
        self._env = env
        self._credentials = credentials
        self._lock = threading.RLock()
        self._builtin_ready = False
        self._adapters: dict[int, tuple[ProviderAccount, Provider]] = {}
        self._database_id: str | None = None
        self._retired: list[Provider] = []  # replaced adapters may still be in use: closed in close()

    # ------------------------------------------------------------------ reading

    def list(self) -> list[ProviderAccount]:
        """Every account, the default first, then by name."""
        self._ensure_builtin()
        with self._db.read() as session:
            return repo.list_all(session)

    def get(self, account_id: int) -> ProviderAccount:
        with self._db.read() as session:
            account = repo.get(session, account_id)
        if account is None:
            raise AccountError("account_not_found", name=str(account_id))
        return account

    def by_name(self, name: str) -> ProviderAccount:
        """Exact name, else the one account whose name matches ignoring case."""
        wanted = name.strip()
        self._ensure_builtin()
        with self._db.read() as session:
            account = repo.by_name(session, wanted)
            if account is None:
                matches = [a for a in repo.list_all(session) if a.name.casefold() == wanted.casefold()]
                account = matches[0] if len(matches) == 1 else None
        if account is None:
            raise AccountError("account_not_found", name=wanted)
        return account

    def default(self) -> ProviderAccount:
        self._ensure_builtin()
        with self._db.read() as session:
            account = repo.default(session)
        if account is None:  # another desk removed it between two calls: repair
            with self._lock:
                self._builtin_ready = False
            self._ensure_builtin()
            with self._db.read() as session:
                account = repo.default(session)
        if account is None:  # pragma: no cover - _ensure_builtin always leaves a default
            raise AccountError("account_not_found", name=SIMULATOR_NAME)
        return account

    def fallback(self) -> ProviderAccount | None:
        with self._db.read() as session:
            account = repo.fallback(session)
        return None if account is None or account.is_default else account

    def specs(self) -> builtins.list[ProviderSpec]:
        """The provider kinds that can be configured (for the settings dialog and the CLI's help)."""
        found = []
        for kind in registry.kinds():
            with suppress(ImportError, ProviderError):
                found.append(registry.spec(kind))
        return found

    def facts(self, account_id: int) -> AccountFacts:
        """What sending through the account means for a message's text (sender, STOP mention, length,
        price), from its provider's static capabilities: no adapter is built, the keyring is not opened."""
        return registry.account_facts(self.get(account_id))

    def inbound_cursor(self, account_id: int) -> str | None:
        with self._db.read() as session:
            return repo.get_inbound_cursor(session, account_id)

    def save_inbound_cursor(self, account_id: int, cursor: str | None) -> None:
        """Not published: the cursor is the poller's bookkeeping, no screen shows it."""
        with self._db.session() as session:
            repo.set_inbound_cursor(session, account_id, cursor)

    # ------------------------------------------------------------------ changing

    def add(
        self,
        kind: str,
        name: str,
        sender: str,
        options: Mapping[str, str],
        secrets: Mapping[str, str],
        base_url: str | None = None,
        rate_per_second: float | None = None,
        price_cents_per_segment: int | None = None,
        make_default: bool | None = None,
    ) -> ProviderAccount:
        """Add an account; without a price, the provider's estimated price for France (``ProviderSpec``)."""
        self._ensure_builtin()
        spec = checks.provider_spec(kind)
        values = AccountValues(
            name=self._check_name(name),
            provider=spec.key,
            sender=checks.check_sender(sender),
            base_url=checks.check_base_url(base_url),
            options=checks.check_options(spec, {}, options),
            rate_per_second=checks.check_rate(rate_per_second, spec),
            price_cents_per_segment=checks.check_price(
                spec.price_estimate_cents_fr if price_cents_per_segment is None else price_cents_per_segment
            ),
        )
        to_store = checks.check_secrets(spec, secrets, required=True)
        self._write_secrets(values.name, to_store, previous={})
        try:
            with self._db.session() as session:
                account = repo.insert(session, values)
                current = repo.default(session)
                automatic = spec.key != SIMULATOR and (current is None or current.provider == SIMULATOR)
                if make_default or (make_default is None and automatic):
                    repo.set_default(session, account.id)
                stored = repo.get(session, account.id)
        except DuplicateError as exc:
            self._restore_secrets(values.name, to_store, previous={})
            raise AccountError("account_name_taken", name=values.name) from exc
        except BaseException:
            self._restore_secrets(values.name, to_store, previous={})
            raise
        assert stored is not None
        _log.info("provider account %s added (%s)", stored.id, stored.provider)
        self._publish()
        return stored

    def update(
        self,
        name: str,
        *,
        sender: str | None = None,
        base_url: str | None = None,
        options: Mapping[str, str] | None = None,
        secrets: Mapping[str, str] | None = None,
        rate_per_second: float | None = None,
        price_cents_per_segment: int | None = None,
    ) -> ProviderAccount:
        """Change what is given (``None`` keeps the value; ``base_url=""`` returns to the provider's URL;
        an option given as "" is removed; only the secrets given are replaced)."""
        account = self.by_name(name)
        spec = checks.provider_spec(account.provider)
        values = AccountValues(
            name=account.name,
            provider=account.provider,
            sender=account.sender if sender is None else checks.check_sender(sender),
            base_url=account.base_url if base_url is None else checks.check_base_url(base_url),
            options=checks.check_options(spec, account.options, options or {}),
            rate_per_second=account.rate_per_second
            if rate_per_second is None
            else checks.check_rate(rate_per_second, spec),
            price_cents_per_segment=account.price_cents_per_segment
            if price_cents_per_segment is None
            else checks.check_price(price_cents_per_segment),
        )
        to_store = checks.check_secrets(spec, secrets or {}, required=False)
        previous = {key: self._read_secret(account.name, key) for key in to_store}
        self._write_secrets(account.name, to_store, previous=previous)
        try:
            with self._db.session() as session:
                updated = repo.update(session, account.id, values)
        except BaseException:
            self._restore_secrets(account.name, to_store, previous=previous)
            raise
        self._forget_adapter(account.id)
        self._publish()
        return updated

    def remove(self, name: str) -> None:
        """Delete the account and its keyring entries. Messages keep their history (account set to none)."""
        account = self.by_name(name)
        if is_builtin(account):
            raise AccountError("account_builtin", name=account.name)
        with self._db.session() as session:
            repo.delete(session, account.id)
        with self._lock:
            self._builtin_ready = False  # makes the simulator the default again if needed
        self._ensure_builtin()
        self._forget_adapter(account.id)
        keys = [f.key for f in checks.provider_spec(account.provider).secret_fields]
        try:
            self._credentials.delete_all(self.secret_owner(account.name), keys)
        except CredentialError as exc:
            _log.warning("secrets of removed account %s left in the keyring (%s)", account.id, exc.code)
        _log.info("provider account %s removed", account.id)
        self._publish()

    def set_default(self, name: str) -> ProviderAccount:
        account = self.by_name(name)
        with self._db.session() as session:
            repo.set_default(session, account.id)
            changed = repo.get(session, account.id)
        assert changed is not None
        self._publish()
        return changed

    def set_fallback(self, name: str | None) -> ProviderAccount | None:
        """Make ``name`` the fallback account (``None``: no fallback). The default cannot be its own fallback."""
        account = self.by_name(name) if name is not None else None
        if account is not None and account.is_default:
            raise AccountError("account_fallback_is_default", name=account.name)
        with self._db.session() as session:
            repo.set_fallback(session, account.id if account else None)
            changed = repo.get(session, account.id) if account else None
        self._publish()
        return changed

    # ------------------------------------------------------------------ adapters

    def test(self, name_or_id: str | int) -> AccountCheck:
        """Check the credentials with the provider (a fresh adapter, closed afterwards)."""
        account = self.get(name_or_id) if isinstance(name_or_id, int) else self.by_name(name_or_id)
        return self._check_with(account, self._secrets(account))

    def test_values(
        self,
        kind: str,
        sender: str,
        options: Mapping[str, str],
        secrets: Mapping[str, str],
        base_url: str | None = None,
        existing_name: str | None = None,
    ) -> AccountCheck:
        """Check credentials not saved yet ("Tester la connexion" in the account dialog): a fresh adapter
        over these values, closed afterwards; nothing is stored.

        Secrets left empty are read from the keyring entries of the account ``existing_name`` (being
        edited). The sender is only stripped (saving checks it). Raises AccountError (input, keyring,
        unknown ``existing_name``, provider out of reach) or ProviderError (the provider's answer).
        """
        spec = checks.provider_spec(kind)
        url = checks.check_base_url(base_url)
        existing = self.by_name(existing_name) if existing_name is not None else None
        typed = checks.check_secrets(spec, secrets, required=False)
        if existing is not None:
            for field in spec.secret_fields:
                if field.key not in typed and (stored := self._read_secret(existing.name, field.key)):
                    typed[field.key] = stored
        complete = checks.check_secrets(spec, typed, required=True)
        account = ProviderAccount(
            id=existing.id if existing is not None else 0,
            name=existing.name if existing is not None else "",
            provider=spec.key,
            sender=sender.strip(),
            base_url=url,
            options=checks.check_options(spec, {}, options),
            rate_per_second=spec.default_rate_per_second,
            price_cents_per_segment=0,
            is_default=False,
            is_fallback=False,
        )
        return self._check_with(account, complete)

    def provider(self, account_id: int) -> Provider:
        """The adapter of the account, built once and rebuilt when the account changed. Thread-safe.

        Failing to build it raises a ``ProviderError``, like the adapter itself would, so that the dispatcher
        handles one kind of error: secrets missing from this computer's keyring →
        ``PermanentError("auth_failed")``; keyring unavailable or locked (may come back) →
        ``TransientError("keyring_unreadable" | "keyring_locked")``. An unknown id raises AccountError.
        """
        account = self.get(account_id)
        with self._lock:
            cached = self._adapters.get(account_id)
            if cached is not None and cached[0] == account:
                return cached[1]
        try:
            secrets = self._secrets(account)
        except AccountError as exc:
            if exc.code == "account_secrets_missing":
                raise PermanentError("auth_failed", "secrets missing from this computer's keyring") from exc
            raise TransientError(exc.code, "keyring not usable") from exc
        adapter = registry.create(account, secrets, self._env)
        with self._lock:
            cached = self._adapters.get(account_id)
            if cached is not None and cached[0] == account:  # another thread was quicker
                self._retired.append(adapter)
                return cached[1]
            if cached is not None:
                self._retired.append(cached[1])
            self._adapters[account_id] = (account, adapter)
        return adapter

    def close(self) -> None:
        with self._lock:
            adapters = [a for _, a in self._adapters.values()] + self._retired
            self._adapters.clear()
            self._retired = []
        for adapter in adapters:
            try:
                adapter.close()
            except Exception:
                _log.warning("closing a provider adapter failed", exc_info=True)

    def secret_owner(self, account_name: str) -> SecretOwner:
        """Whose keyring entries these are: the account ``account_name`` of this database (its own id)."""
        with self._lock:
            if self._database_id is None:
                self._database_id = identity.database_id(self._db)
            return SecretOwner(self._database_id, account_name)

    # ------------------------------------------------------------------ internals

    def _check_with(self, account: ProviderAccount, secrets: Mapping[str, str]) -> AccountCheck:
        adapter = registry.create(account, secrets, self._env)
        try:
            return adapter.check_account()
        except TransientError as exc:
            # A test is not retried by itself: the user is told to try it again, not that Comptoir will.
            code = _TEST_AGAIN.get(exc.code, "account_test_unavailable")
            raise AccountError(code, provider=registry.spec(account.provider).label) from exc
        finally:
            adapter.close()

    def _publish(self) -> None:
        self._hub.publish(Changes(accounts=True))

    def _forget_adapter(self, account_id: int) -> None:
        with self._lock:
            cached = self._adapters.pop(account_id, None)
            if cached is not None:
                self._retired.append(cached[1])

    def _ensure_builtin(self) -> None:
        """Create the simulator account on a fresh database; make sure one account is the default."""
        with self._lock:
            if self._builtin_ready:
                return
            created = False
            for attempt in range(2):
                try:
                    with self._db.session() as session:
                        builtin = repo.by_name(session, SIMULATOR_NAME)
                        if builtin is None:
                            builtin = repo.insert(
                                session,
                                AccountValues(
                                    name=SIMULATOR_NAME,
                                    provider=SIMULATOR,
                                    sender=SIMULATOR_SENDER,
                                    rate_per_second=checks.provider_spec(SIMULATOR).default_rate_per_second,
                                    price_cents_per_segment=checks.provider_spec(
                                        SIMULATOR
                                    ).price_estimate_cents_fr,
                                ),
                            )
                            created = True
                        if repo.default(session) is None:
                            repo.set_default(session, builtin.id)
                            created = True
                    break
                except DuplicateError:  # another process created it at the same moment
                    if attempt:
                        raise
            self._builtin_ready = True
        if created:
            self._publish()

    def _check_name(self, name: str) -> str:
        """:func:`account_checks.check_name`, and no other account named so (ignoring case)."""
        value = checks.check_name(name)
        with self._db.read() as session:
            taken = any(a.name.casefold() == value.casefold() for a in repo.list_all(session))
        if taken:
            raise AccountError("account_name_taken", name=value)
        return value

    def _read_secret(self, account_name: str, key: str) -> str | None:
        try:
            return self._credentials.get(self.secret_owner(account_name), key)
        except CredentialError as exc:
            raise AccountError(exc.code) from exc

    def _secrets(self, account: ProviderAccount) -> dict[str, str]:
        secrets: dict[str, str] = {}
        for field in checks.provider_spec(account.provider).secret_fields:
            value = self._read_secret(account.name, field.key)
            if value:
                secrets[field.key] = value
            elif field.required:
                raise AccountError("account_secrets_missing", name=account.name)
        return secrets

    def _write_secrets(
        self, account_name: str, secrets: Mapping[str, str], previous: Mapping[str, str | None]
    ) -> None:
        written: dict[str, str] = {}
        try:
            for key, value in secrets.items():
                self._credentials.set(self.secret_owner(account_name), key, value)
                written[key] = value
        except CredentialError as exc:
            self._restore_secrets(account_name, written, previous)
            raise AccountError(exc.code) from exc

    def _restore_secrets(
        self, account_name: str, written: Mapping[str, str], previous: Mapping[str, str | None]
    ) -> None:
        """Undo :meth:`_write_secrets` as far as the keyring lets us (best effort, never raises)."""
        for key in written:
            try:
                old = previous.get(key)
                if old:
                    self._credentials.set(self.secret_owner(account_name), key, old)
                else:
                    self._credentials.delete_all(self.secret_owner(account_name), [key])
            except CredentialError:
                _log.warning("could not undo a keyring write for an account (%s)", key)
