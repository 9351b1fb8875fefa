"""Fixtures shared by the account tests: an AccountService on the test database and an in-memory keyring,
with the changes it publishes recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.clock import FakeClock
from desktop.paths import AppPaths
from desktop.providers.credentials import CredentialStore
from desktop.providers.registry import ProviderEnv
from desktop.services.accounts import AccountService
from desktop.services.changes import ChangeHub, Changes
from desktop.storage.db import Database
from tests.conftest import InMemoryKeyring


@pytest.fixture
def published() -> list[Changes]:
    return []


@pytest.fixture
def service(
    db: Database,
    app_paths: AppPaths,
    mem_keyring: InMemoryKeyring,
    fake_clock: FakeClock,
    published: list[Changes],
) -> Iterator[AccountService]:
    hub = ChangeHub()
    hub.subscribe(published.append)
    env = ProviderEnv(data_dir=app_paths.data_dir, clock=fake_clock, connect_timeout=0.5, read_timeout=0.5)
    accounts = AccountService(db, hub, env, CredentialStore())
    yield accounts
    accounts.close()
