"""Consistent copies of a SQLite database with the online backup API (safe while the app is writing).

A copy is written as ``.partial`` and renamed when complete: a copy that fails (disk full, folder refused)
leaves nothing behind and raises :class:`BackupError`, whose code says why (texts in the catalogue).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import sqlite3
from pathlib import Path

from desktop.storage.errors import StorageError

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_log = logging.getLogger("comptoir.db")
#: SQLite's own files next to a database being written.
_SIDE_FILES = ("-journal", "-wal", "-shm")


class BackupError(StorageError):
    """The copy could not be written: ``backup_disk_full``, ``backup_folder_unusable``, or the source's own
    trouble (``database_corrupt``…). Nothing is left in the backup folder."""

    code = "backup_folder_unusable"


def backup_sqlite(
    source: Path,
    backup_dir: Path,
    *,
    label: str = "backup",
    keep: int | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy ``source`` into ``backup_dir`` as ``<name>-<label>-<UTC stamp>.sqlite3`` and return it; keep only
    the newest ``keep`` copies of that label."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(STAMP_FORMAT)
    target = backup_dir / f"{source.stem}-{label}-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        _copy(source, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        _discard(partial)
        raise _backup_error(exc) from exc
    if keep is not None:
        _prune(sorted(backup_dir.glob(f"{source.stem}-{label}-*.sqlite3")), keep)
    return target


def _copy(source: Path, partial: Path) -> None:
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        try:
            dst = sqlite3.connect(partial)
        except sqlite3.Error as exc:  # the backup folder refuses the new file: not the source's fault
            raise OSError(errno.EACCES, str(exc)) from exc
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _discard(partial: Path) -> None:
    """Remove what a failed copy left (the file and SQLite's journal); never raises."""
    for path in (partial, *(partial.with_name(partial.name + side) for side in _SIDE_FILES)):
        try:
            path.unlink(missing_ok=True)
        except OSError:
            _log.warning("could not remove the unfinished backup file %s", path.name)


def _backup_error(exc: BaseException) -> BackupError:
    full = (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    )
    if full:
        return BackupError(type(exc).__name__, code="backup_disk_full")
    if isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
    ):
        return BackupError(type(exc).__name__, code="database_corrupt")
    return BackupError(type(exc).__name__, code="backup_folder_unusable")


def _prune(copies: list[Path], keep: int) -> None:
    """Delete all but the newest ``keep`` copies; one that cannot be deleted now will be next time."""
    for old in copies[:-keep] if keep > 0 else copies:
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)


def integrity_ok(path: Path) -> bool:
    """``PRAGMA integrity_check`` on a database file (used before restoring a backup)."""
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    return bool(row) and row[0] == "ok"


def copy_time(path: Path) -> dt.datetime | None:
    """When a copy made by :func:`backup_sqlite` was taken (from its name), or None for another file."""
    try:
        return dt.datetime.strptime("-".join(path.stem.split("-")[-3:]), STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
