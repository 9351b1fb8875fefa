"""Shared fixtures: a migrated database per test, an in-memory keyring, a fake clock, no dangling threads."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from desktop import logs
from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.paths import AppPaths, resolve
from desktop.storage.db import Database
from desktop.storage.schema import upgrade

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring for tests. Priority ≤ 0: keyring never selects such a backend on its own."""

    priority = -1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError as exc:
            raise keyring.errors.PasswordDeleteError("not found") from exc


@pytest.fixture
def mem_keyring() -> Iterator[InMemoryKeyring]:
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def compiled_translations() -> None:
    """The .qm files, compiled when missing or older than their .ts (pytest run right after a clone)."""
    from tools import build_translations

    build_translations.build(build_translations.stale())


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    paths = resolve(tmp_path / "data")
    paths.ensure()
    return paths


@pytest.fixture
def db(app_paths: AppPaths) -> Iterator[Database]:
    database = Database(app_paths.db_url)
    upgrade(database, app_paths.backup_dir)
    yield database
    database.dispose()


@pytest.fixture
def context(app_paths: AppPaths) -> Iterator[AppContext]:
    ctx = open_context(app_paths)
    yield ctx
    ctx.close()


@pytest.fixture(autouse=True)
def _release_logs() -> Iterator[None]:
    yield
    logs.shutdown()


@pytest.fixture(autouse=True)
def _no_dangling_threads() -> Iterator[None]:
    """A test must stop every thread it started (napari's habit): leftovers make later tests flaky."""
    before = set(threading.enumerate())
    yield
    deadline = 50
    while deadline:
        # A thread that threading did not start (Qt's thread pools) shows up as a dummy once it has run Python
        # code, and stays listed forever (Python 3.11): the task runner's wait() is what a test owes it.
        extra = [
            t
            for t in threading.enumerate()
            if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
        ]
        if not extra:
            return
        extra[0].join(0.1)
        deadline -= 1
    names = ", ".join(t.name for t in extra)
    pytest.fail(f"threads left running after the test: {names}")
