"""The keyring policy of CredentialStore: which backends are used, refused, and what errors look like."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import ClassVar

import keyring
import keyring.backend
import keyring.errors
import pytest
from jaraco.classes import properties
from keyring.backends import fail, null

from desktop import logs
from desktop.core import catalogue
from desktop.providers.credentials import (
    ENV_BACKEND,
    SERVICE,
    CredentialStore,
    KeyringLockedError,
    KeyringUnavailableError,
    SecretOwner,
    Verdict,
    backend_verdict,
    class_name,
)
from tests.conftest import InMemoryKeyring


def owner(account: str, database: str = "db-1") -> SecretOwner:
    return SecretOwner(database, account)


_enabled: set[str] = set()


class _TestKeyring(keyring.backend.KeyringBackend):
    """A dict keyring whose priority is viable only while a test enables it (so keyring never auto-picks
    it: keyring's own rule)."""

    level: ClassVar[float] = -1

    @properties.classproperty
    def priority(cls: type[_TestKeyring]) -> float:
        if cls.__name__ not in _enabled:
            raise RuntimeError("test backend not enabled")
        return cls.level

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


class SecureKeyring(_TestKeyring):
    level = 5  # like Secret Service, Windows, macOS


class PlaintextLikeKeyring(_TestKeyring):
    level = 0.5  # like keyrings.alt.file.PlaintextKeyring


class LockedKeyring(_TestKeyring):
    level = 5

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


class ForgetfulKeyring(_TestKeyring):
    level = 5

    def set_password(self, service: str, username: str, password: str) -> None:
        return None


@pytest.fixture
def install() -> Iterator[Callable[[type[_TestKeyring]], _TestKeyring]]:
    """``install(cls)`` makes a fresh ``cls`` the process keyring for the test; returns the instance."""
    previous = keyring.get_keyring()  # initialised before any test class is viable
    installed: list[str] = []

    def _install(cls: type[_TestKeyring]) -> _TestKeyring:
        _enabled.add(cls.__name__)
        installed.append(cls.__name__)
        backend = cls()
        keyring.set_keyring(backend)
        return backend

    yield _install
    keyring.set_keyring(previous)
    _enabled.difference_update(installed)


@pytest.fixture
def captured() -> Iterator[list[logging.LogRecord]]:
    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect(logging.WARNING)
    logger = logging.getLogger("comptoir.providers")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


# ---------------------------------------------------------------------------------------- verdicts


def test_verdicts_follow_the_policy() -> None:
    _enabled.update({"SecureKeyring", "PlaintextLikeKeyring"})
    try:
        plaintext_name = class_name(PlaintextLikeKeyring())
        assert backend_verdict(SecureKeyring(), None) is Verdict.RECOMMENDED
        assert backend_verdict(PlaintextLikeKeyring(), None) is Verdict.REFUSED
        assert backend_verdict(PlaintextLikeKeyring(), "keyring.backends.null.Keyring") is Verdict.REFUSED
        assert backend_verdict(PlaintextLikeKeyring(), plaintext_name) is Verdict.EXPLICIT
        assert backend_verdict(PlaintextLikeKeyring(), f"  {plaintext_name}\n") is Verdict.EXPLICIT
    finally:
        _enabled.difference_update({"SecureKeyring", "PlaintextLikeKeyring"})
    assert backend_verdict(fail.Keyring(), None) is Verdict.REFUSED  # type: ignore[no-untyped-call]
    assert backend_verdict(null.Keyring(), None) is Verdict.REFUSED  # type: ignore[no-untyped-call]
    # named on purpose or not, "null" forgets and "fail" refuses: neither can keep a secret
    assert backend_verdict(null.Keyring(), "keyring.backends.null.Keyring") is Verdict.REFUSED  # type: ignore[no-untyped-call]
    assert backend_verdict(fail.Keyring(), "keyring.backends.fail.Keyring") is Verdict.REFUSED  # type: ignore[no-untyped-call]
    # priority ≤ 0 and neither fail nor null: keyring never picks it itself, so it was set on purpose
    assert backend_verdict(InMemoryKeyring(), None) is Verdict.EXPLICIT


def test_a_backend_whose_priority_raises_is_refused() -> None:
    assert backend_verdict(SecureKeyring(), None) is Verdict.REFUSED  # not enabled: priority raises


# ---------------------------------------------------------------------------------------- store


def test_recommended_backend_stores_one_entry_per_account_and_key(install, captured) -> None:
    backend = install(SecureKeyring)
    store = CredentialStore()
    store.set(owner("Twilio boutique"), "auth_token", "tok-123456")
    store.set(owner("Twilio boutique"), "other", "x-987654")
    assert backend.entries[(SERVICE, owner("Twilio boutique").username("auth_token"))] == "tok-123456"
    assert SERVICE == "Comptoir"
    assert store.get(owner("Twilio boutique"), "auth_token") == "tok-123456"
    assert store.get(owner("Twilio boutique"), "missing") is None
    assert store.get(owner("Autre"), "auth_token") is None
    store.delete_all(owner("Twilio boutique"), ["auth_token", "other", "never_set"])
    assert backend.entries == {}
    assert captured == []  # no warning for a recommended backend
    assert store.info().verdict is Verdict.RECOMMENDED


def test_secrets_read_or_written_are_redacted_from_logs(install) -> None:
    backend = install(SecureKeyring)
    store = CredentialStore()
    store.set(owner("A"), "k", "written-secret-42")
    backend.entries[(SERVICE, owner("B").username("k"))] = "read-secret-77"
    assert store.get(owner("B"), "k") == "read-secret-77"
    assert "written-secret-42" not in logs.redact("token=written-secret-42")
    assert "read-secret-77" not in logs.redact("token=read-secret-77")


def test_plaintext_like_backend_is_refused_and_nothing_is_written(install, monkeypatch) -> None:
    monkeypatch.delenv(ENV_BACKEND, raising=False)
    backend = install(PlaintextLikeKeyring)
    store = CredentialStore()
    with pytest.raises(KeyringUnavailableError) as caught:
        store.set(owner("A"), "api_key", "s3cr3t-value")
    assert caught.value.code == "keyring_unavailable"
    assert backend.entries == {}
    with pytest.raises(KeyringUnavailableError) as on_read:
        store.get(owner("A"), "api_key")
    assert on_read.value.code == "keyring_unreadable"
    assert "s3cr3t-value" not in str(caught.value)


def test_plaintext_like_backend_is_used_when_named_in_the_environment(install, monkeypatch, captured) -> None:
    backend = install(PlaintextLikeKeyring)
    monkeypatch.setenv(ENV_BACKEND, class_name(backend))
    store = CredentialStore()
    store.set(owner("A"), "api_key", "s3cr3t-value")
    store.set(owner("B"), "api_key", "s3cr3t-other")
    assert backend.entries[(SERVICE, owner("A").username("api_key"))] == "s3cr3t-value"
    warnings = [r.getMessage() for r in captured]
    assert len(warnings) == 1  # once per backend, not once per call
    assert "PlaintextLikeKeyring" in warnings[0]
    assert "not a recommended" in warnings[0]
    assert store.info().verdict is Verdict.EXPLICIT


def test_fail_backend_is_refused_with_a_french_explanation(monkeypatch) -> None:
    monkeypatch.delenv(ENV_BACKEND, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        with pytest.raises(KeyringUnavailableError) as caught:
            CredentialStore().set(owner("A"), "api_key", "s3cr3t-value")
    finally:
        keyring.set_keyring(previous)
    text = catalogue.explain(caught.value.code)
    for words in ("Trousseau de clés", "GNOME", "Portefeuille", "KDE", "KeePassXC", "n'a pas été enregistré"):
        assert words in text
    for jargon in ("Secret Service", "KWallet"):  # what the desktop calls them, not the protocol's name
        assert jargon not in text


def test_errors_of_an_injected_backend_are_translated() -> None:
    # trusted because injected: the error comes from the backend
    store = CredentialStore(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(KeyringUnavailableError) as caught:
        store.set(owner("A"), "api_key", "s3cr3t-value")
    assert caught.value.code == "keyring_unavailable"
    assert isinstance(caught.value.__cause__, keyring.errors.NoKeyringError)
    with pytest.raises(KeyringUnavailableError) as on_read:
        store.get(owner("A"), "api_key")
    assert on_read.value.code == "keyring_unreadable"


def test_locked_keyring_has_its_own_code(install) -> None:
    install(LockedKeyring)
    store = CredentialStore()
    with pytest.raises(KeyringLockedError) as caught:
        store.set(owner("A"), "api_key", "s3cr3t-value")
    assert caught.value.code == "keyring_locked"
    with pytest.raises(KeyringLockedError):
        store.get(owner("A"), "api_key")
    assert "verrouillé" in catalogue.explain("keyring_locked")


def test_a_backend_that_forgets_what_it_is_given_is_unavailable(install) -> None:
    install(ForgetfulKeyring)
    with pytest.raises(KeyringUnavailableError):
        CredentialStore().set(owner("A"), "api_key", "s3cr3t-value")
    with pytest.raises(KeyringUnavailableError):  # same with keyring's own null backend, named explicitly
        CredentialStore(null.Keyring()).set(owner("A"), "api_key", "s3cr3t-value")  # type: ignore[no-untyped-call]


def test_the_tests_in_memory_keyring_is_trusted(mem_keyring: InMemoryKeyring, monkeypatch) -> None:
    monkeypatch.delenv(ENV_BACKEND, raising=False)
    store = CredentialStore()
    store.set(owner("A"), "api_key", "s3cr3t-value")
    assert mem_keyring.entries == {(SERVICE, owner("A").username("api_key")): "s3cr3t-value"}


def test_two_databases_with_accounts_of_the_same_name_keep_their_own_secrets(
    mem_keyring: InMemoryKeyring,
) -> None:
    store = CredentialStore()
    store.set(owner("Boutique", "test"), "api_key", "test-secret-1")
    store.set(owner("Boutique", "shop"), "api_key", "real-secret-2")
    assert store.get(owner("Boutique", "test"), "api_key") == "test-secret-1"
    assert store.get(owner("Boutique", "shop"), "api_key") == "real-secret-2"
    store.delete_all(owner("Boutique", "test"), ["api_key"])
    assert store.get(owner("Boutique", "shop"), "api_key") == "real-secret-2"
    assert store.get(owner("Boutique", "test"), "api_key") is None


def test_an_older_versions_entry_is_moved_under_the_databases_name_on_first_read(
    mem_keyring: InMemoryKeyring,
) -> None:
    mem_keyring.entries[(SERVICE, "Boutique:api_key")] = "legacy-secret-3"  # named after the account alone
    store = CredentialStore()
    assert store.get(owner("Boutique"), "api_key") == "legacy-secret-3"
    assert mem_keyring.entries == {(SERVICE, owner("Boutique").username("api_key")): "legacy-secret-3"}
    assert store.get(owner("Boutique"), "api_key") == "legacy-secret-3"
    assert store.get(owner("Boutique", "another-database"), "api_key") is None  # moved, not shared


def test_removing_an_account_leaves_an_older_entry_another_database_may_still_need(
    mem_keyring: InMemoryKeyring,
) -> None:
    mem_keyring.entries[(SERVICE, "Boutique:api_key")] = "legacy-secret-4"
    CredentialStore().delete_all(owner("Boutique", "test"), ["api_key"])
    assert mem_keyring.entries == {(SERVICE, "Boutique:api_key"): "legacy-secret-4"}
