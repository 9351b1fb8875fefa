"""Backups listed and restored (Réglages › Données, ``backups`` and ``restore``).

Restoring never loses the current data: the database is first copied to the backup folder (a plain file
copy when it is too damaged for SQLite to read). The chosen copy is then checked — integrity, and a schema
this version knows — and swapped in atomically; an older copy is migrated like any older database. Messages
that were waiting to leave in the copy may have left since it was taken: they become *uncertain* and the
dispatcher asks the provider before sending any of them (see :mod:`desktop.storage.repositories.restored`).

The service holds no connection: the caller closes its own (the window stops its services first) and
opens the restored database afterwards. A database on a server is backed up and restored with the server's
own tools.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop import logs
from desktop.core.clock import Clock
from desktop.paths import AppPaths
from desktop.storage.db import Database
from desktop.storage.repositories import restored as restored_repo
from desktop.storage.restore import (
    CopyFacts,
    RestoreError,
    check_copy,
    keep_current,
    read_facts,
    swap_in,
)
from desktop.storage.schema import SchemaState, known_revisions, upgrade

log = logs.get("db")
BEFORE_RESTORE_LABEL = "before-restore"

__all__ = ["BackupCopy", "CopyKind", "RestoreError", "RestoreOutcome", "RestoreService"]


class CopyKind(StrEnum):
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before_migration"
    BEFORE_RESTORE = "before_restore"
    DAMAGED = "damaged"  # a damaged database kept for support: never restored
    OTHER = "other"  # a file chosen by the user, named otherwise


@dataclass(frozen=True)
class BackupCopy:
    path: Path
    kind: CopyKind
    taken_at: dt.datetime
    size: int
    clients: int | None
    revision: str | None


@dataclass(frozen=True)
class RestoreOutcome:
    restored: BackupCopy
    safety_copy: Path | None  # the database as it was just before (to undo the restore); None: there was none
    migrated_from: str | None  # the copy's schema revision when it was older, else None
    rechecked: int  # waiting messages to check with the provider before sending


class RestoreService:
    def __init__(
        self,
        paths: AppPaths,
        clock: Clock,
        folders: Callable[[], Sequence[Path]] | None = None,
    ) -> None:
        """``folders``: where copies may be besides the data folder's ``backups`` (the folder chosen in the
        settings); asked each time, since the settings may change."""
        self._paths = paths
        self._clock = clock
        self._folders = folders or (lambda: ())

    @property
    def available(self) -> bool:
        """False for a database on a server."""
        return self._paths.db_file is not None

    def folders(self) -> list[Path]:
        found: list[Path] = []
        for folder in (*self._folders(), self._paths.backup_dir):
            resolved = Path(folder).expanduser().resolve()
            if resolved not in found:
                found.append(resolved)
        return found

    # ---------------------------------------------------------------- listing
    def copies(self) -> list[BackupCopy]:
        """Every copy of this database in the backup folders, newest first (read cheaply: no integrity
        check, which reads every page of every copy)."""
        database = self._require_sqlite()
        listed = []
        for folder in self.folders():
            if folder.is_dir():
                listed += [
                    self._describe(read_facts(p), database)
                    for p in folder.glob(f"{database.stem}-*.sqlite3")
                    if p.is_file()
                ]
        return sorted(listed, key=lambda c: (c.taken_at, c.path.name), reverse=True)

    def latest_usable(self) -> BackupCopy | None:
        """The newest copy that passes every check (integrity included), or None."""
        known = known_revisions()
        for copy in self.copies():
            if copy.kind is CopyKind.DAMAGED:
                continue
            try:
                check_copy(copy.path, known)
            except RestoreError:
                log.warning("backup %s skipped: not usable", copy.path.name)
                continue
            return copy
        return None

    def check(self, path: Path) -> BackupCopy:
        """The copy as :meth:`copies` describes it, after every check; RestoreError with the reason."""
        database = self._require_sqlite()
        return self._describe(check_copy(Path(path), known_revisions()), database)

    # ---------------------------------------------------------------- restoring
    def restore(self, path: Path) -> RestoreOutcome:
        """Back up the database, then put the copy ``path`` in its place and migrate it if it is older.

        Every connection of this process to the database must be closed. RestoreError: the copy is not
        usable (damaged, not Comptoir's, newer), or another program has the database open; then nothing
        was changed (except the safety copy, which stays in the backup folder).
        """
        database = self._require_sqlite()
        source = Path(path).resolve()
        if source == database.resolve():
            raise RestoreError("restore_same_file", file=source.name)
        copy = self.check(source)
        if copy.kind is CopyKind.DAMAGED:
            raise RestoreError("restore_damaged", file=source.name)
        safety = self._safety_copy(database)
        swap_in(source, database)
        log.info("backup %s restored (safety copy: %s)", source.name, safety.name if safety else "none")
        db = Database(self._paths.db_url)
        try:
            report = upgrade(db, self._paths.backup_dir)
            with db.session() as session:
                rechecked = restored_repo.mark_waiting_uncertain(session, copy.taken_at, self._clock.now())
        finally:
            db.dispose()
        if rechecked:
            log.warning("%d waiting message(s) of the restored copy will be checked first", len(rechecked))
        migrated = report.revision_before if report.state_before is SchemaState.OUTDATED else None
        return RestoreOutcome(copy, safety, migrated, len(rechecked))

    def _safety_copy(self, database: Path) -> Path | None:
        """The current database, kept before it is replaced (None when there is no database file)."""
        if not database.exists():
            return None
        return keep_current(database, self._paths.backup_dir, BEFORE_RESTORE_LABEL, self._clock.now())

    # ---------------------------------------------------------------- helpers
    def _require_sqlite(self) -> Path:
        database = self._paths.db_file
        if database is None:
            raise RestoreError("restore_not_sqlite")
        return database

    @staticmethod
    def _describe(facts: CopyFacts, database: Path) -> BackupCopy:
        return BackupCopy(
            facts.path,
            copy_kind(facts.path, database.stem),
            facts.taken_at,
            facts.size,
            facts.clients,
            facts.revision,
        )


def restore_command(paths: AppPaths, copy: BackupCopy) -> str:
    """The command line that restores ``copy`` (with ``--data-dir`` when the folder is not the default)."""
    from desktop.paths import default_data_dir

    folder = ""
    if paths.data_dir != default_data_dir().expanduser().resolve():
        folder = f'--data-dir "{paths.data_dir}" '
    return f'python main.py {folder}restore "{copy.path}"'


def copy_kind(path: Path, stem: str) -> CopyKind:
    """The kind of a copy from its name ``<stem>-<label>-<stamp>.sqlite3`` (see :func:`backup_sqlite`)."""
    parts = path.stem.removeprefix(f"{stem}-").split("-")
    label = "-".join(parts[:-3]) if path.stem.startswith(f"{stem}-") and len(parts) > 3 else ""
    if label.startswith("before-migration"):
        return CopyKind.BEFORE_MIGRATION
    kinds = {
        "daily": CopyKind.DAILY,
        "manual": CopyKind.MANUAL,
        BEFORE_RESTORE_LABEL: CopyKind.BEFORE_RESTORE,
        "damaged": CopyKind.DAMAGED,
    }
    return kinds.get(label, CopyKind.OTHER)
