"""Which database this desk uses when no ``--db`` / ``COMPTOIR_DB`` says otherwise: a small file in the data
folder (``database.json``), written by Réglages › Données or ``database use-server``.

It holds the server's address — host, port, database, user — and never the password, which lives in the
system's keyring only (:mod:`desktop.providers.database_secret`). The choice belongs to this desk, not to
the database: it is what the desk needs *before* it can reach the database. Without the file, the database
is the SQLite file of the data folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote

from desktop.core.errors import KnownError

FILENAME: Final = "database.json"
DEFAULT_PORT: Final = 5432
DEFAULT_NAME: Final = "comptoir"
_VERSION: Final = 1


class DatabaseChoiceError(KnownError):
    """``database.json`` cannot be read (edited by hand, half-copied…)."""

    code = "database_choice_unreadable"


@dataclass(frozen=True)
class ServerAddress:
    """Where a PostgreSQL server shared by the desks is, and who connects (no password)."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_NAME
    user: str = ""

    def problems(self) -> list[str]:
        """Field names that cannot be used: ``host``, ``port``, ``database``, ``user`` (empty: usable)."""
        wrong = []
        if not self.host.strip() or any(c.isspace() or c in "/@?#" for c in self.host.strip()):
            wrong.append("host")
        if not 0 < self.port < 65536:
            wrong.append("port")
        if not self.database.strip():
            wrong.append("database")
        if not self.user.strip():
            wrong.append("user")
        return wrong

    def url(self) -> str:
        """The SQLAlchemy address, without password: ``postgresql+psycopg://user@host:port/database``."""
        host = self.host.strip()
        if ":" in host and not host.startswith("["):  # an IPv6 address
            host = f"[{host}]"
        user = quote(self.user.strip(), safe="")
        return f"postgresql+psycopg://{user}@{host}:{self.port}/{quote(self.database.strip(), safe='')}"

    def label(self) -> str:
        """``user@host:port/database``: how the address is shown, and the keyring entry's name."""
        return f"{self.user.strip()}@{self.host.strip()}:{self.port}/{self.database.strip()}"


def load(data_dir: Path) -> ServerAddress | None:
    """The saved choice, None when there is none (the local SQLite file); DatabaseChoiceError when the
    file is there but cannot be used."""
    path = Path(data_dir) / FILENAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseChoiceError() from exc
    try:
        data: Any = json.loads(text)
        server = data["server"]
        address = ServerAddress(
            host=str(server["host"]),
            port=int(server.get("port", DEFAULT_PORT)),
            database=str(server.get("database", DEFAULT_NAME)),
            user=str(server.get("user", "")),
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DatabaseChoiceError() from exc
    if address.problems():
        raise DatabaseChoiceError()
    return address


def save(data_dir: Path, address: ServerAddress | None) -> None:
    """Remember ``address`` (None: back to the local SQLite file), atomically; readable by this user only."""
    path = Path(data_dir) / FILENAME
    if address is None:
        path.unlink(missing_ok=True)
        return
    data = {
        "version": _VERSION,
        "server": {
            "host": address.host.strip(),
            "port": address.port,
            "database": address.database.strip(),
            "user": address.user.strip(),
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=".database-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(data, file, ensure_ascii=False, indent=2)
            file.write("\n")
        with contextlib.suppress(OSError):  # Windows keeps its own rights
            os.chmod(name, 0o600)
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
