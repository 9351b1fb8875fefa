"""A keyring backend for command-line tests run in a subprocess: entries in a JSON file.

Select it with ``PYTHON_KEYRING_BACKEND=tests.e2e.keyring_backend.JsonFileKeyring`` and give the file with
``COMPTOIR_TEST_KEYRING=/tmp/…/keyring.json``. Its priority is 0.5, like keyrings.alt's plaintext
backend, so Comptoir accepts it only because the environment variable names it explicitly. Without
``COMPTOIR_TEST_KEYRING`` it is not viable, so keyring can never pick it by itself in the test process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors
from jaraco.classes import properties

ENV_FILE = "COMPTOIR_TEST_KEYRING"


def _path() -> Path:
    value = os.environ.get(ENV_FILE)
    if not value:
        raise RuntimeError(f"{ENV_FILE} is not set")
    return Path(value)


class JsonFileKeyring(keyring.backend.KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        _path()
        return 0.5

    def _load(self) -> dict[str, str]:
        path = _path()
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def _save(self, entries: dict[str, str]) -> None:
        _path().write_text(json.dumps(entries, indent=1, sort_keys=True), "utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._load()
        entries[f"{service}/{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._load()
        if entries.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("not found")
        self._save(entries)
