"""Schema versioning: Alembic migrations run at start-up, after a backup; newer databases are refused."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, Connection, MetaData, PrimaryKeyConstraint, String, Table, inspect, text

from desktop import logs
from desktop.paths import bundle_dir
from desktop.storage.backup import backup_sqlite
from desktop.storage.db import Database, translate_errors
from desktop.storage.errors import DuplicateError, SchemaTooNewError, StorageError
from desktop.storage.repositories import settings as settings_repo

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = bundle_dir() / "desktop" / "storage" / "migrations"
#: The newest migration. Checked against Alembic by a test; lets a start-up on a current database skip
#: loading Alembic at all (a noticeable part of the start-up time).
HEAD_REVISION = "0006_change_versions"
log = logs.get("db")
#: The table Alembic keeps the revision in, declared as ``alembic.runtime.migration`` declares it.
_ALEMBIC_VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


class SchemaState(StrEnum):
    FRESH = "fresh"  # empty database
    CURRENT = "current"
    OUTDATED = "outdated"  # written by an older version: will be migrated after a backup
    TOO_NEW = "too_new"  # written by a newer version: refused, left untouched
    FOREIGN = "foreign"  # has tables but is not a Comptoir database


@dataclass(frozen=True)
class UpgradeReport:
    state_before: SchemaState
    revision_before: str | None
    backup: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def inspect_state(db: Database) -> tuple[SchemaState, str | None]:
    with translate_errors(), db.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is None:
        tables.discard("alembic_version")
        return (SchemaState.FOREIGN if tables else SchemaState.FRESH), None
    if revision == HEAD_REVISION:
        return SchemaState.CURRENT, revision
    if revision in known_revisions():
        return SchemaState.OUTDATED, revision
    return SchemaState.TOO_NEW, revision


def upgrade(db: Database, backup_dir: Path | None) -> UpgradeReport:
    """Bring the database to the current schema.

    A database written by a newer Comptoir is refused untouched (:class:`SchemaTooNewError`); an older
    SQLite database is copied to ``backup_dir`` (online backup API) before it is migrated.
    """
    sqlite_path = _sqlite_path(db)
    if sqlite_path is not None and _is_empty_file(sqlite_path):
        # SQLite would take it for a new database: an empty file where a database was is a lost database.
        raise StorageError("the database file is empty", code="database_empty_file")
    state, revision = inspect_state(db)
    head = HEAD_REVISION
    if state is SchemaState.TOO_NEW:
        raise SchemaTooNewError(f"database revision {revision} is newer than {head}")
    if state is SchemaState.FOREIGN:
        raise StorageError("the database has tables but no Comptoir schema version", code="foreign_database")
    if state is SchemaState.CURRENT:
        return UpgradeReport(state, revision, None)
    backup = None
    if state is SchemaState.OUTDATED and sqlite_path is not None and backup_dir is not None:
        backup = backup_sqlite(sqlite_path, backup_dir, label=f"before-migration-{revision}")
        log.info("database backed up to %s before migrating from %s", backup, revision)
    if not (state is SchemaState.FRESH and db.is_sqlite and create_current(db)):
        migrate(db)
    if state is SchemaState.FRESH:
        # Another desk creating the database at the same moment may give it its id first: that one it is.
        with contextlib.suppress(DuplicateError), db.session() as session:
            settings_repo.create_database_id(session)
    log.info("database schema %s -> %s", revision or "(new)", head)
    return UpgradeReport(state, revision, backup)


def migrate(db: Database) -> None:
    """Run the Alembic migrations up to the head (what an outdated database, or PostgreSQL, goes through)."""
    from alembic import command

    with translate_errors(), db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def create_current(db: Database) -> bool:
    """Create the current schema in an empty database straight from the models, stamped at the head.

    One transaction, without loading Alembic (a fresh data folder opens noticeably faster); a test checks
    that the result is identical to running every migration. False, with nothing done, when the database
    is no longer empty (another process got there first): the caller then migrates as usual.
    """
    from desktop.storage.orm import Base

    with translate_errors(), db.engine.begin() as connection:
        if inspect(connection).get_table_names():
            return False
        Base.metadata.create_all(connection, checkfirst=False)
        _ALEMBIC_VERSION.create(connection)
        connection.execute(_ALEMBIC_VERSION.insert().values(version_num=HEAD_REVISION))
    return True


def _is_empty_file(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except OSError:  # missing (a new database), or unreadable (SQLite will say so)
        return False


def _sqlite_path(db: Database) -> Path | None:
    if not db.is_sqlite:
        return None
    name = db.engine.url.database
    if not name or name == ":memory:":
        return None
    return Path(name)
