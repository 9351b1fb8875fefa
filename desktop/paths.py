"""Where Comptoir keeps its files: data, logs, backups — and where it reads the files it ships with.

The data folder comes from platformdirs unless ``--data-dir`` or ``COMPTOIR_DATA_DIR`` says otherwise;
the database URL defaults to a SQLite file in that folder unless ``--db`` or ``COMPTOIR_DB`` says otherwise, or
the desk was switched to a database server (:mod:`desktop.database_choice`).
The shipped files (``resources/``, the Alembic migrations) are found by :func:`bundle_dir`, the same way
from the source tree and from the installed, frozen application.
"""

from __future__ import annotations

import errno
import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import platformdirs

from desktop import APP_ID, APP_NAME, database_choice
from desktop.core import catalogue
from desktop.core.errors import KnownError
from desktop.database_choice import ServerAddress

ENV_DATA_DIR = "COMPTOIR_DATA_DIR"
ENV_DB = "COMPTOIR_DB"
DB_FILENAME = "comptoir.sqlite3"


#: Why a folder cannot be used, by errno (explained in :mod:`desktop.core.catalogue.general`).
_FOLDER_REASONS = {
    errno.EACCES: "folder_reason_denied",
    errno.EPERM: "folder_reason_denied",
    errno.EROFS: "folder_reason_read_only",
    errno.ENOSPC: "folder_reason_disk_full",
    errno.ENOTDIR: "folder_reason_not_a_folder",
    errno.EEXIST: "folder_reason_not_a_folder",
    errno.ENOENT: "folder_reason_missing",
}


def folder_reason(error: OSError) -> str:
    """The catalogue code saying why the system refused a folder or a file in it (``folder_reason_…``)."""
    return _FOLDER_REASONS.get(error.errno or 0, "folder_reason_other")


class DataFolderError(KnownError):
    """The data folder (or one of its sub-folders) cannot be created or written; ``reason`` is a code of its
    own for the cause, explained in the sentence's language."""

    code = "data_folder_unusable"

    def __init__(self, folder: Path, error: OSError) -> None:
        super().__init__(folder=folder)
        self.detail = f"{folder} ({error.strerror or error})"
        self.folder = folder
        self.reason = folder_reason(error)

    def message(self, lang: str | None = None) -> str:
        return catalogue.explain(self.code, lang, **self.params, reason=catalogue.explain(self.reason, lang))


class DbOrigin(StrEnum):
    """Where the database address came from (the first one given wins, in this order)."""

    OPTION = "option"  # --db
    ENVIRONMENT = "environment"  # COMPTOIR_DB
    SAVED = "saved"  # the data folder's database.json (Réglages › Données, ``database use-server``)
    DEFAULT = "default"  # the SQLite file of the data folder


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    db_url: str
    db_origin: DbOrigin = DbOrigin.DEFAULT
    #: The saved server when ``db_origin`` is SAVED (its password is in the keyring, not in ``db_url``).
    server: ServerAddress | None = None
    #: The saved choice could not be read: opening the database says so instead of using another one.
    choice_unreadable: bool = False

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
        """Create the folders; DataFolderError (never a bare OSError) when the system refuses.

        Not the log folder: a log that cannot be written goes to stderr instead (:mod:`desktop.logs`)."""
        for folder in (self.data_dir, self.backup_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DataFolderError(folder, exc) from exc
        db_file = self.db_file
        if db_file is not None and db_file.parent.is_dir() and not os.access(db_file.parent, os.W_OK):
            # SQLite writes its journal next to the database: a folder it cannot write is no place for one.
            raise DataFolderError(db_file.parent, _write_refusal(db_file.parent))


def _write_refusal(folder: Path) -> OSError:
    """The error the system would give when writing in ``folder``: read-only disk, or no rights."""
    statvfs = getattr(os, "statvfs", None)
    read_only = statvfs is not None and bool(statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1))
    code = errno.EROFS if read_only else errno.EACCES
    return OSError(code, os.strerror(code), str(folder))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve(data_dir: str | os.PathLike[str] | None = None, db_url: str | None = None) -> AppPaths:
    """Command-line values win over environment variables, which win over the choice saved in the data
    folder, which wins over the platform defaults."""
    folder = Path(data_dir) if data_dir else None
    if folder is None and os.environ.get(ENV_DATA_DIR):
        folder = Path(os.environ[ENV_DATA_DIR])
    if folder is None:
        folder = default_data_dir()
    folder = folder.expanduser().resolve()
    if db_url:
        return AppPaths(data_dir=folder, db_url=db_url, db_origin=DbOrigin.OPTION)
    if os.environ.get(ENV_DB):
        return AppPaths(data_dir=folder, db_url=os.environ[ENV_DB], db_origin=DbOrigin.ENVIRONMENT)
    local = sqlite_url(folder / DB_FILENAME)
    try:
        server = database_choice.load(folder)
    except database_choice.DatabaseChoiceError:
        return AppPaths(data_dir=folder, db_url="", db_origin=DbOrigin.SAVED, choice_unreadable=True)
    if server is not None:
        return AppPaths(data_dir=folder, db_url=server.url(), db_origin=DbOrigin.SAVED, server=server)
    return AppPaths(data_dir=folder, db_url=local)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve().as_posix()}"


def sqlite_file(url: str) -> Path | None:
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url.endswith(":memory:") or url == prefix:
        return None
    return Path(url[len(prefix) :].split("?", 1)[0])


# ---------------------------------------------------------------------------------------- shipped files


def bundle_dir() -> Path:
    """The folder that holds Comptoir's shipped files, laid out as in the source tree (``resources/``,
    ``desktop/storage/migrations/``): the project folder when run from source, the bundle's folder when
    frozen by PyInstaller (``sys._MEIPASS``; ``installer/layout.py`` lists what is copied there)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file or folder of ``resources/`` (translations, presets, icons…), from source or frozen."""
    return bundle_dir().joinpath("resources", *parts)


__all__ = [
    "APP_ID",
    "ENV_DATA_DIR",
    "ENV_DB",
    "AppPaths",
    "DataFolderError",
    "DbOrigin",
    "bundle_dir",
    "folder_reason",
    "resolve",
    "resource_path",
    "sqlite_file",
    "sqlite_url",
]
