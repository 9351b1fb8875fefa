"""Consistent copies of a SQLite database with the online backup API (safe while the app is writing)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, backup_dir: Path, *, label: str = "backup", keep: int | None = None) -> Path:
    """Copy ``source`` into ``backup_dir`` and return the new file; keep the newest ``keep`` copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
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
