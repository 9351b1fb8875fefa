"""Consistent copies of a SQLite database with the online backup API (safe while the app is writing)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


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
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(STAMP_FORMAT)
    target = backup_dir / f"{source.stem}-{label}-{stamp}.sqlite3"
    partial = target.with_suffix(".partial")
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
    if keep is not None:
        copies = sorted(backup_dir.glob(f"{source.stem}-{label}-*.sqlite3"))
        for old in copies[:-keep] if keep > 0 else copies:
            old.unlink(missing_ok=True)
    return target


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
