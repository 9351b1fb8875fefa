"""Putting a backup copy back in place of the SQLite database: check the copy, then swap files atomically.

A copy is usable when SQLite's ``PRAGMA integrity_check`` passes and its schema is Comptoir's, at the
current revision or an older one (it is migrated after the swap, like any older database). The swap never
runs while another program has the database open: switching the live file out of WAL mode needs exclusive
access, so the attempt proves that nobody else is reading or writing it — and folds the write-ahead log
back into the file, leaving nothing of the old database beside the new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.storage.backup import STAMP_FORMAT, backup_sqlite, copy_time, integrity_ok
from desktop.storage.errors import StorageError

#: Files SQLite keeps beside a database (write-ahead log, shared memory, rollback journal).
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


class RestoreError(StorageError):
    """A copy cannot be restored, or the database cannot be replaced now; ``code`` says why, ``params``
    fill its explanation (the catalogue's ``restore_*`` texts)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code=code)
        self.params = {key: str(value) for key, value in params.items()}


@dataclass(frozen=True)
class CopyFacts:
    """What can be read cheaply from a copy (no integrity check: that reads every page)."""

    path: Path
    size: int
    taken_at: dt.datetime  # from the copy's name, else the file's modification time (UTC)
    revision: str | None  # the schema revision, None when the file has none (or is not a database)
    clients: int | None  # how many clients, None when they cannot be counted


def read_facts(path: Path) -> CopyFacts:
    """Size, date, schema revision and client count of a database file (never raises for a bad file)."""
    stat = path.stat()
    taken = copy_time(path) or dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC)
    revision: str | None = None
    clients: int | None = None
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return CopyFacts(path, stat.st_size, taken, None, None)
    try:
        with contextlib.suppress(sqlite3.Error):
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = str(row[0]) if row else None
        with contextlib.suppress(sqlite3.Error):
            clients = int(connection.execute("SELECT count(*) FROM clients").fetchone()[0])
    finally:
        connection.close()
    return CopyFacts(path, stat.st_size, taken, revision, clients)


def check_copy(path: Path, known_revisions: set[str]) -> CopyFacts:
    """The facts of a copy that may be restored; :class:`RestoreError` with the reason otherwise.

    ``restore_file_missing`` (no such file), ``restore_damaged`` (not a database, or the integrity check
    fails), ``restore_not_comptoir`` (a database without Comptoir's schema), ``restore_too_new`` (written
    by a newer Comptoir, whose schema this version does not know).
    """
    if not path.is_file():
        raise RestoreError("restore_file_missing", file=path.name)
    if not integrity_ok(path):
        raise RestoreError("restore_damaged", file=path.name)
    facts = read_facts(path)
    if facts.revision is None or facts.clients is None:
        raise RestoreError("restore_not_comptoir", file=path.name)
    if facts.revision not in known_revisions:
        raise RestoreError("restore_too_new", file=path.name)
    return facts


def keep_current(database: Path, folder: Path, label: str, now: dt.datetime) -> Path:
    """A copy of the database about to be replaced: consistent (backup API) when SQLite can read it, else
    the raw file and its log (:func:`keep_damaged`), so that nothing is ever lost."""
    if integrity_ok(database):
        try:
            return backup_sqlite(database, folder, label=label, now=now)
        except sqlite3.DatabaseError:
            pass  # damaged in a way the integrity check did not see
    return keep_damaged(database, folder, now)


def keep_damaged(database: Path, folder: Path, now: dt.datetime) -> Path:
    """A plain copy of a database the backup API cannot read (with its write-ahead log), for support."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(dt.UTC).strftime(STAMP_FORMAT)
    target = folder / f"{database.stem}-damaged-{stamp}.sqlite3"
    shutil.copy2(database, target)
    log = database.with_name(database.name + "-wal")
    if log.exists():
        shutil.copy2(log, target.with_name(target.name + "-wal"))
    return target


def swap_in(copy: Path, database: Path) -> None:
    """Replace ``database`` by a consistent copy of ``copy``, atomically.

    The copy is first written beside the database (SQLite's backup API, then synced to disk), so a crash
    leaves either the old database or the new one, never half of one. Raises ``restore_database_in_use``
    when another program has the database open (nothing is changed then).
    """
    staging = database.with_name(database.name + ".restoring")
    staging.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{copy.as_posix()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(staging)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file until it is opened
        finally:
            target.close()
    finally:
        source.close()
    try:
        _fsync(staging)
        if not integrity_ok(staging):  # a disk that does not keep what it is given
            raise RestoreError("restore_write_failed", file=database.name)
        _take_over(database)
        for suffix in SIDE_SUFFIXES:
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        os.replace(staging, database)
        _fsync_folder(database.parent)
    finally:
        staging.unlink(missing_ok=True)


def _take_over(database: Path) -> None:
    """Make sure nobody else has ``database`` open, and fold its write-ahead log into it."""
    if not database.exists():
        return
    try:
        connection = sqlite3.connect(database, timeout=0.5)
    except sqlite3.Error:
        return  # unreadable: nobody can be using it either
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise RestoreError("restore_database_in_use", file=database.name) from exc
    except sqlite3.DatabaseError:
        pass  # a damaged database: it is being replaced precisely because nothing can use it
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - Windows cannot open a folder; its rename is durable
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
