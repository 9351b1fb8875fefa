"""Where Comptoir keeps its files: data, logs, backups.

The data folder comes from platformdirs unless ``--data-dir`` or ``COMPTOIR_DATA_DIR`` says otherwise;
the database URL defaults to a SQLite file in that folder unless ``--db`` or ``COMPTOIR_DB`` says otherwise.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_ID, APP_NAME

ENV_DATA_DIR = "COMPTOIR_DATA_DIR"
ENV_DB = "COMPTOIR_DB"
DB_FILENAME = "comptoir.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    db_url: str

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def db_file(self) -> Path | None:
        """The SQLite file when the database is a local SQLite file, else None."""
        return sqlite_file(self.db_url)

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None) -> AppPaths:
    """Command-line values win over environment variables, which win over the platform defaults."""
    folder = Path(data_dir) if data_dir else None
    if folder is None and os.environ.get(ENV_DATA_DIR):
        folder = Path(os.environ[ENV_DATA_DIR])
    if folder is None:
        folder = default_data_dir()
    url = db_url or os.environ.get(ENV_DB) or sqlite_url(folder / DB_FILENAME)
    return AppPaths(data_dir=folder.expanduser().resolve(), db_url=url)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve().as_posix()}"


def sqlite_file(url: str) -> Path | None:
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url.endswith(":memory:") or url == prefix:
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])


__all__ = ["APP_ID", "ENV_DATA_DIR", "ENV_DB", "AppPaths", "resolve", "sqlite_file", "sqlite_url"]
