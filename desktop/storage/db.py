"""The database: engine, sessions, SQLite pragmas, error classification.

SQLite (the default, one file in the data folder) runs in WAL mode with foreign keys and a busy timeout.
PostgreSQL works the same through ``--db postgresql+psycopg://…`` for shops with several desks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, StaticPool

from desktop.storage.errors import (
    DatabaseLockedError,
    DatabaseUnavailableError,
    DuplicateError,
    StorageError,
)

BUSY_TIMEOUT_MS = 10_000
#: How long connecting to a database server may take before it is called unreachable.
CONNECT_TIMEOUT_S = 10
#: An open session as services hand it from one repository call to the next (services never use SQLAlchemy
#: themselves: they only pass the unit of work along, so that several writes share one transaction).
UnitOfWork = Session


class Database:
    """Owns the engine; hands out short sessions (one per unit of work).

    ``password`` is given apart from the address (it comes from the keyring) and never kept in ``url``.
    """

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        password: str | None = None,
        connect_timeout: float = CONNECT_TIMEOUT_S,
    ) -> None:
        self.url = url
        self.engine: Engine = _make_engine(url, echo=echo, password=password, timeout=connect_timeout)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(comptoir_readonly=True), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error."""
        with translate_errors(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (no commit)."""
        with translate_errors(), self._read_sessions() as session:
            yield session
            session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def _make_engine(url: str, *, echo: bool, password: str | None, timeout: float) -> Engine:
    """The engine for ``url``; StorageError ``database_url_invalid`` for an address that cannot be used
    (malformed, or a database kind whose driver is not installed). The URL is not repeated: it may hold a
    password."""
    try:
        return _engine_for(url, echo=echo, password=password, timeout=timeout)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StorageError(type(exc).__name__, code="database_url_invalid") from None


def _engine_for(url: str, *, echo: bool, password: str | None, timeout: float) -> Engine:
    if url.startswith("sqlite"):
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
            poolclass=StaticPool if in_memory else NullPool,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    address = make_url(url)
    if password:
        address = address.set(password=password)
    connect_args: dict[str, Any] = {}
    if address.get_backend_name() == "postgresql":
        connect_args["connect_timeout"] = max(1, round(timeout))
    return create_engine(address, echo=echo, pool_pre_ping=True, connect_args=connect_args)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _sqlite_begin) so that writers take the lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed claim survives a power cut, so a message is never sent twice after a restart.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # BEGIN IMMEDIATE: a writer waits for the lock at the start (honouring busy_timeout) instead of failing
    # with "database is locked" half-way through when it upgrades a read lock. Readers never block (WAL).
    if connection.get_execution_options().get("comptoir_readonly"):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn driver errors that are about the environment into :class:`StorageError`s."""
    try:
        yield
    except IntegrityError as exc:
        message = str(exc.orig)
        if "unique" in message.lower() or "duplicate" in message.lower():
            raise DuplicateError(message) from exc
        raise
    except DBAPIError as exc:  # OperationalError, and DatabaseError (« file is not a database »)
        raise _classify(exc) from exc
    except sqlite3.DatabaseError as exc:
        raise _classify_message(str(exc), fallback=exc) from exc


def _classify(exc: DBAPIError) -> Exception:
    return _classify_message(str(exc.orig), fallback=exc)


#: What a database server answers, by what it means for the user (psycopg / libpq messages).
_SERVER_AUTH = ("password authentication failed", "no password supplied", "authentication failed")
_SERVER_UNREACHABLE = (
    "failed to resolve host",
    "could not connect",
    "connection refused",
    "could not translate host name",
    "name or service not known",
    "nodename nor servname",
    "temporary failure in name resolution",
    "timeout expired",
    "timed out",
    "no route to host",
    "network is unreachable",
    "server closed the connection unexpectedly",
)


def _classify_message(message: str, fallback: Exception | None = None) -> Exception:
    lowered = message.lower()
    if any(words in lowered for words in _SERVER_AUTH) or ("role" in lowered and "does not exist" in lowered):
        return StorageError(message, code="server_auth_failed")
    if "database" in lowered and "does not exist" in lowered:
        return StorageError(message, code="server_database_missing")
    if any(words in lowered for words in _SERVER_UNREACHABLE):
        return DatabaseUnavailableError(message, code="server_unreachable")
    if "locked" in lowered or "busy" in lowered:
        return DatabaseLockedError(message)
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(message, code="database_readonly")
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return StorageError(message, code="disk_full")
    if "malformed" in lowered or "not a database" in lowered:
        return StorageError(message, code="database_corrupt")
    if "unable to open" in lowered:
        return DatabaseUnavailableError(message)
    return fallback or StorageError(message)
