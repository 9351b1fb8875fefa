"""Bulk reads and writes for importing and exporting clients: whole batches per statement.

The client form writes one client through the ORM (:mod:`.clients`); an import writes thousands per
transaction, so here rows go in with one ``executemany`` each (:mod:`.bulk`: plain values, no ORM
objects), ids are allocated up front on SQLite (the writer holds the lock: ``BEGIN IMMEDIATE``), and
clients come as records (:mod:`.client_records`). Consent changes keep the same rules as
:func:`.consent.record` (event + current state + suppression list), in bulk.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.entities import ConsentPurpose, ConsentSource, ConsentState
from desktop.core.phones import hash_number
from desktop.storage.db import Database, translate_errors
from desktop.storage.orm import ClientRow, ClientTagRow, ConsentEventRow, MessageRow
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories.bulk import driver_value, insert_rows
from desktop.storage.repositories.chunks import in_chunks
from desktop.storage.repositories.client_records import (
    BIRTHDAY,
    FIELDS,
    TAGS,
    ClientRecord,
    name_key,
    record_search_key,
    search_key,
)
from desktop.storage.repositories.clients import ClientValues

_CLIENTS: Table = ClientRow.__table__  # type: ignore[assignment]
_TAGS: Table = ClientTagRow.__table__  # type: ignore[assignment]
_EVENTS: Table = ConsentEventRow.__table__  # type: ignore[assignment]
_MESSAGES: Table = MessageRow.__table__  # type: ignore[assignment]
_VALUE_COLUMNS: Final = (
    "civility",
    "first_name",
    "last_name",
    "mobile",
    "other_phone",
    "email",
    "address",
    "postal_code",
    "city",
    "birthday",
    "notes",
    "language",
    "region",
    "subdiv",
)
_INSERT_COLUMNS: Final = (
    "id",
    *_VALUE_COLUMNS,
    "promotional_consent",
    "transactional_consent",
    "number_status",
    "search_key",
    "created_at",
    "updated_at",
)

#: The record's values in the order of ``_VALUE_COLUMNS``.
_VALUE_PICK = operator.itemgetter(*(FIELDS.index(name) for name in _VALUE_COLUMNS))
_BIRTHDAY_COLUMN: Final = _VALUE_COLUMNS.index("birthday")


@contextmanager
def connection_kept(db: Database) -> Iterator[None]:
    """Keep one idle connection open during a run of many short transactions.

    With SQLite (one connection per session), the last connection to close checkpoints the WAL into the
    database and deletes it: every batch of an import would pay that. An idle connection (no transaction,
    so no snapshot) lets SQLite checkpoint as usual instead.
    """
    if not db.is_sqlite:
        yield
        return
    with translate_errors(), db.engine.connect():
        yield


# ---------------------------------------------------------------------------------------- lookups


@dataclass(frozen=True, slots=True)
class ExistingClient:
    """What the importer needs to merge a row into a client already in the database."""

    id: int
    values: ClientValues
    tags: frozenset[str]
    promotional_consent: ConsentState


def count_clients(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(_CLIENTS)).scalar_one())


def find_existing(
    session: Session, mobiles: Sequence[str], name_keys: Sequence[str], cache: dict[str, int]
) -> dict[str, int]:
    """Client ids already in the database for these mobiles and name keys.

    Name keys are computed once for the whole table into ``cache`` (kept by the caller across batches)
    and only when some rows have no mobile.
    """
    found = clients_repo.ids_by_mobiles(session, list(mobiles)) if mobiles else {}
    if name_keys:
        if not cache:
            statement = select(
                ClientRow.id,
                ClientRow.last_name,
                ClientRow.first_name,
                ClientRow.email,
                ClientRow.other_phone,
            ).where((ClientRow.mobile.is_(None)) | (ClientRow.email != ""))
            for row in session.execute(statement):
                cache[name_key(row.last_name, row.first_name, row.email, row.other_phone)] = row.id
            cache.setdefault("", 0)  # marks the cache as loaded, even for an empty table
        found.update((key, cache[key]) for key in name_keys if key in cache)
    return found


def remember(cache: dict[str, int], key: str, client_id: int) -> None:
    """Keep a loaded name-key cache in step with clients inserted since."""
    if cache and key.startswith("n|"):
        cache[key] = client_id


def fetch_existing(session: Session, ids: Sequence[int]) -> dict[int, ExistingClient]:
    found: dict[int, ExistingClient] = {}
    for chunk in in_chunks(ids):
        tags: dict[int, set[str]] = {}
        for client_id, tag in session.execute(
            select(ClientTagRow.client_id, ClientTagRow.tag).where(ClientTagRow.client_id.in_(chunk))
        ):
            tags.setdefault(client_id, set()).add(tag)
        columns = [_CLIENTS.c[name] for name in _VALUE_COLUMNS]
        statement = select(_CLIENTS.c.id, _CLIENTS.c.promotional_consent, *columns).where(
            _CLIENTS.c.id.in_(chunk)
        )
        for row in session.execute(statement):
            mapping = row._mapping
            values = ClientValues(
                **{name: mapping[name] for name in _VALUE_COLUMNS},
                tags=tuple(sorted(tags.get(row.id, ()))),
            )
            found[row.id] = ExistingClient(
                id=row.id,
                values=values,
                tags=frozenset(tags.get(row.id, ())),
                promotional_consent=ConsentState(row.promotional_consent),
            )
    return found


# ---------------------------------------------------------------------------------------- writes


#: A client to insert: its record, its promotional and its transactional consent.
NewClient = tuple[ClientRecord, ConsentState, ConsentState]


#: Enum values by member (``.value`` of an enum is a slow property, read here 100 000 times).
_VALUE: Final[dict[object, str]] = {m: m.value for e in (ConsentState, ConsentPurpose) for m in e}
_EVENT_COLUMNS: Final = (
    "client_id", "number_hash", "purpose", "state", "source", "wording", "recorded_by", "reference", "at",
)  # fmt: skip


def insert_clients(session: Session, clients: Sequence[NewClient], now: dt.datetime) -> list[int]:
    """Insert a batch; returns the new ids in the same order."""
    if not clients:
        return []
    connection = session.connection()
    dialect = connection.dialect
    stamp = driver_value(dialect, _CLIENTS.c.created_at, now)
    if dialect.name == "sqlite":
        # The transaction holds the write lock from its first statement: nobody can take these ids.
        start = int(connection.execute(select(func.coalesce(func.max(_CLIENTS.c.id), 0))).scalar_one()) + 1
        ids = list(range(start, start + len(clients)))
        birthday = _CLIENTS.c.birthday.type.dialect_impl(dialect).bind_processor(dialect)
        pick, key, value = _VALUE_PICK, record_search_key, _VALUE
        rows = []
        for client_id, (record, promotional, transactional) in zip(ids, clients, strict=True):
            values = pick(record)
            if record[BIRTHDAY] is not None and birthday is not None:
                at = _BIRTHDAY_COLUMN
                values = (*values[:at], birthday(record[BIRTHDAY]), *values[at + 1 :])
            rows.append(
                (
                    client_id,
                    *values,
                    value[promotional],
                    value[transactional],
                    "ok",
                    key(record),
                    stamp,
                    stamp,
                )
            )
        insert_rows(session, _CLIENTS, _INSERT_COLUMNS, rows)
    else:
        dicts = [
            {
                **dict(zip(_VALUE_COLUMNS, _VALUE_PICK(record), strict=True)),
                "promotional_consent": promotional.value,
                "transactional_consent": transactional.value,
                "number_status": "ok",
                "search_key": record_search_key(record),
                "created_at": now,
                "updated_at": now,
            }
            for record, promotional, transactional in clients
        ]
        statement = insert(_CLIENTS).returning(_CLIENTS.c.id, sort_by_parameter_order=True)
        ids = list(connection.execute(statement, dicts).scalars())
    tags = [
        (client_id, tag)
        for client_id, (record, _p, _t) in zip(ids, clients, strict=True)
        for tag in record[TAGS]
    ]
    add_tags(session, tags)
    return ids


def update_clients(session: Session, changes: Sequence[tuple[int, ClientValues]], now: dt.datetime) -> None:
    """Write merged values (tags are added separately with :func:`add_tags`)."""
    if not changes:
        return
    statement = (
        update(_CLIENTS)
        .where(_CLIENTS.c.id == bindparam("b_id"))
        .values(
            {name: bindparam(f"b_{name}") for name in (*_VALUE_COLUMNS, "search_key")}
            | {"updated_at": bindparam("b_updated_at")}
            # an edit like the form's: a desk saving this client from an older version is told so
            | {"version": _CLIENTS.c.version + 1, "updated_by": ""}
        )
    )
    params = [
        {"b_id": client_id, "b_search_key": search_key(values), "b_updated_at": now}
        | {f"b_{name}": getattr(values, name) for name in _VALUE_COLUMNS}
        for client_id, values in changes
    ]
    session.connection().execute(statement, params)


def add_tags(session: Session, pairs: Iterable[tuple[int, str]]) -> None:
    insert_rows(session, _TAGS, ("client_id", "tag"), list(pairs))


@dataclass(frozen=True, slots=True)
class ConsentChange:
    client_id: int
    mobile: str | None
    purpose: ConsentPurpose
    state: ConsentState
    wording: str = ""


def record_consents(
    session: Session,
    changes: Sequence[ConsentChange],
    source: ConsentSource,
    reference: str,
    now: dt.datetime,
    *,
    set_state: bool = True,
) -> None:
    """Append the events; with ``set_state`` also update the clients' current state (already set for
    clients inserted with it); withdrawals go to the suppression list like :func:`.consent.record`."""
    if not changes:
        return
    connection = session.connection()
    at = driver_value(connection.dialect, _EVENTS.c.at, now)
    hashes: dict[str, str] = {}
    source_value = source.value
    rows = [
        (
            c.client_id,
            (hashes.get(c.mobile) or hashes.setdefault(c.mobile, hash_number(c.mobile)))
            if c.mobile
            else None,
            _VALUE[c.purpose],
            _VALUE[c.state],
            source_value,
            c.wording,
            "",
            reference[:255],
            at,
        )
        for c in changes
    ]
    insert_rows(session, _EVENTS, _EVENT_COLUMNS, rows)
    if set_state:
        for purpose, column in (
            (ConsentPurpose.PROMOTIONAL, "promotional_consent"),
            (ConsentPurpose.TRANSACTIONAL, "transactional_consent"),
        ):
            params = [
                {"b_id": c.client_id, "b_state": c.state.value} for c in changes if c.purpose is purpose
            ]
            if params:
                statement = (
                    update(_CLIENTS)
                    .where(_CLIENTS.c.id == bindparam("b_id"))
                    .values({column: bindparam("b_state")})
                )
                connection.execute(statement, params)
    for change in changes:
        if change.state is ConsentState.WITHDRAWN and change.mobile:
            scope = (
                consent_repo.SCOPE_PROMOTIONAL
                if change.purpose is ConsentPurpose.PROMOTIONAL
                else consent_repo.SCOPE_ALL
            )
            consent_repo.suppress(session, hash_number(change.mobile), scope, source.value, now)
    session.flush()


# ---------------------------------------------------------------------------------------- export reads


def iter_clients(session: Session, chunk: int = 2000) -> Iterator[tuple[ClientValues, dict[str, Any]]]:
    """Every client, by id, with the columns an export shows besides the values (consent, dates)."""
    last_id = 0
    while True:
        rows = session.execute(
            select(_CLIENTS).where(_CLIENTS.c.id > last_id).order_by(_CLIENTS.c.id).limit(chunk)
        ).all()
        if not rows:
            return
        ids = [r.id for r in rows]
        tags: dict[int, list[str]] = {}
        for client_id, tag in session.execute(
            select(ClientTagRow.client_id, ClientTagRow.tag)
            .where(ClientTagRow.client_id.in_(ids))
            .order_by(ClientTagRow.tag)
        ):
            tags.setdefault(client_id, []).append(tag)
        for row in rows:
            mapping = row._mapping
            values = ClientValues(
                **{name: mapping[name] for name in _VALUE_COLUMNS}, tags=tuple(tags.get(row.id, ()))
            )
            yield values, dict(mapping)
        last_id = ids[-1]


def iter_messages(session: Session, chunk: int = 2000) -> Iterator[dict[str, Any]]:
    """Every outgoing message, by id, as plain column values (with the client's name when known)."""
    table = _MESSAGES
    last_id = 0
    while True:
        statement = (
            select(table, _CLIENTS.c.first_name, _CLIENTS.c.last_name)
            .select_from(table.outerjoin(_CLIENTS, table.c.client_id == _CLIENTS.c.id))
            .where(table.c.id > last_id)
            .order_by(table.c.id)
            .limit(chunk)
        )
        rows = session.execute(statement).all()
        if not rows:
            return
        for row in rows:
            yield dict(row._mapping)
        last_id = rows[-1].id
