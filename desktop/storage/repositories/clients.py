"""Clients: ordered id lists for the big list, rows on demand, and writes that keep derived columns in step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import ColumnElement, Integer, Select, delete, func, select
from sqlalchemy.orm import Session

from desktop.core.entities import (
    Client,
    ClientListItem,
    ClientQuery,
    ClientSort,
    ConsentState,
    NumberStatus,
)
from desktop.core.text import digits_query, fold
from desktop.storage.client_list import LIST_COLUMNS, SORT_COLUMNS, list_item
from desktop.storage.errors import NotFoundError, StorageError
from desktop.storage.orm import ClientRow, ClientTagRow
from desktop.storage.repositories.chunks import in_chunks
from desktop.storage.repositories.key_rows import key_rows
from desktop.storage.types import utcnow


@dataclass(frozen=True, slots=True)
class ClientValues:
    """Validated values to write (the service has normalised the number and derived the region)."""

    first_name: str
    last_name: str
    civility: str
    mobile: str | None
    other_phone: str | None
    email: str
    address: str
    postal_code: str
    city: str
    birthday: dt.date | None
    tags: tuple[str, ...]
    notes: str
    language: str
    region: str
    subdiv: str | None


_IDS: Final = (("id", Integer()),)


def search_key(values: ClientValues) -> str:
    parts = [values.last_name, values.first_name, values.email, values.city]
    for number in (values.mobile, values.other_phone):
        if number:
            parts.append(number)
            if number.startswith("+33"):
                parts.append("0" + number[3:])
    return fold(" ".join(p for p in parts if p))


_SORT_COLUMNS: dict[ClientSort, tuple[Any, ...]] = {
    sort: tuple(getattr(ClientRow, name) for name in names) for sort, names in SORT_COLUMNS.items()
}
_LIST_COLUMNS = tuple(getattr(ClientRow, name) for name in LIST_COLUMNS)


def _filters(query: ClientQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    digits = digits_query(query.text)
    if digits is not None:
        conditions.append(ClientRow.search_key.contains(digits.lstrip("+"), autoescape=True))
    else:
        for token in fold(query.text).split():
            conditions.append(ClientRow.search_key.contains(token, autoescape=True))
    if query.tag:
        conditions.append(
            ClientRow.id.in_(select(ClientTagRow.client_id).where(ClientTagRow.tag == query.tag))
        )
    if query.promotional_consent is not None:
        conditions.append(ClientRow.promotional_consent == query.promotional_consent.value)
    return conditions


def ids_statement(query: ClientQuery) -> Select[int]:
    columns = _SORT_COLUMNS[query.sort]
    order = [c.desc() if query.descending else c.asc() for c in columns]
    order.append(ClientRow.id.desc() if query.descending else ClientRow.id.asc())
    return select(ClientRow.id).where(*_filters(query)).order_by(*order)


def search_ids(session: Session, query: ClientQuery) -> list[int]:
    # Through the connection: plain rows, without the ORM's per-row work (3x faster for 100 000 ids).
    return list(session.connection().execute(ids_statement(query)).scalars())


def count(session: Session, query: ClientQuery | None = None) -> int:
    statement = select(func.count(ClientRow.id))
    if query is not None:
        statement = statement.where(*_filters(query))
    return int(session.scalar(statement) or 0)


def list_items(session: Session, ids: Sequence[int]) -> dict[int, ClientListItem]:
    if not ids:
        return {}
    rows = session.connection().execute(select(*_LIST_COLUMNS).where(ClientRow.id.in_(ids)))
    return {row[0]: list_item(row) for row in rows}


def to_record(row: ClientRow) -> Client:
    return Client(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        civility=row.civility,
        mobile=row.mobile,
        other_phone=row.other_phone,
        email=row.email,
        address=row.address,
        postal_code=row.postal_code,
        city=row.city,
        birthday=row.birthday,
        tags=tuple(sorted(t.tag for t in row.tags)),
        notes=row.notes,
        language=row.language,
        region=row.region,
        subdiv=row.subdiv,
        promotional_consent=ConsentState(row.promotional_consent),
        transactional_consent=ConsentState(row.transactional_consent),
        number_status=NumberStatus(row.number_status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        last_visit=row.last_visit,
        version=row.version,
        updated_by=row.updated_by,
    )


def get_row(session: Session, client_id: int) -> ClientRow:
    row = session.get(ClientRow, client_id)
    if row is None:
        raise NotFoundError(f"client {client_id}")
    return row


def get(session: Session, client_id: int) -> Client:
    return to_record(get_row(session, client_id))


def get_many(session: Session, ids: Iterable[int]) -> list[Client]:
    rows = session.scalars(select(ClientRow).where(ClientRow.id.in_(list(ids))).order_by(ClientRow.id))
    return [to_record(r) for r in rows]


def areas(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str | None]]:
    """Where these clients live — region and département —, which sets the courtesy window of their
    reminders; one statement for any number of clients (:mod:`.key_rows`)."""
    wanted = key_rows(session, "wanted", _IDS, [(i,) for i in dict.fromkeys(ids)])
    statement = select(ClientRow.id, ClientRow.region, ClientRow.subdiv).join(
        wanted, ClientRow.id == wanted.c.id
    )
    session.flush()  # a Core read (no ORM row processing) does not flush pending ORM changes by itself
    rows = session.connection().execute(statement).all()
    return {client_id: (region, subdiv) for client_id, region, subdiv in rows}


def find_by_mobile(session: Session, mobile: str) -> Client | None:
    row = session.scalar(select(ClientRow).where(ClientRow.mobile == mobile))
    return to_record(row) if row else None


def ids_by_mobiles(session: Session, mobiles: Sequence[str]) -> dict[str, int]:
    """Existing clients for these numbers (the importer checks a whole batch at once)."""
    found: dict[str, int] = {}
    for chunk in in_chunks(mobiles):
        for mobile, client_id in session.execute(
            select(ClientRow.mobile, ClientRow.id).where(ClientRow.mobile.in_(chunk))
        ):
            if mobile is not None:
                found[mobile] = client_id
    return found


def all_tags(session: Session) -> list[str]:
    return list(session.scalars(select(ClientTagRow.tag).distinct().order_by(ClientTagRow.tag)))


def _apply(row: ClientRow, values: ClientValues) -> None:
    row.first_name = values.first_name
    row.last_name = values.last_name
    row.civility = values.civility
    row.mobile = values.mobile
    row.other_phone = values.other_phone
    row.email = values.email
    row.address = values.address
    row.postal_code = values.postal_code
    row.city = values.city
    row.birthday = values.birthday
    row.notes = values.notes
    row.language = values.language
    row.region = values.region
    row.subdiv = values.subdiv
    row.search_key = search_key(values)
    wanted = set(values.tags)
    row.tags = [t for t in row.tags if t.tag in wanted] + [
        ClientTagRow(tag=tag) for tag in sorted(wanted - {t.tag for t in row.tags})
    ]


def insert(session: Session, values: ClientValues) -> int:
    row = ClientRow()
    now = utcnow()
    row.created_at = now
    row.updated_at = now
    row.promotional_consent = ConsentState.UNKNOWN.value
    row.transactional_consent = ConsentState.UNKNOWN.value
    row.number_status = NumberStatus.OK.value
    row.tags = []
    _apply(row, values)
    session.add(row)
    session.flush()
    return row.id


class StaleClientError(StorageError):
    """The client was saved by someone else since ``expected`` was read: nothing was written."""

    code = "client_changed_elsewhere"

    def __init__(self, client_id: int, current: Client) -> None:
        super().__init__(f"client {client_id} is at version {current.version}")
        self.current = current


def update(
    session: Session,
    client_id: int,
    values: ClientValues,
    *,
    expected_version: int | None = None,
    by: str = "",
) -> int:
    """Write the client's fields and return its new version.

    With ``expected_version``, the write happens only if nobody saved the client since that version was
    read (:class:`StaleClientError` otherwise). The row is locked first on PostgreSQL (``FOR UPDATE``); a
    SQLite writer holds the database's write lock from ``BEGIN IMMEDIATE``, so the check and the write are
    one step on both.
    """
    row = session.get(ClientRow, client_id, with_for_update=session.get_bind().dialect.name != "sqlite")
    if row is None:
        raise NotFoundError(f"client {client_id}")
    if expected_version is not None and row.version != expected_version:
        raise StaleClientError(client_id, to_record(row))
    if row.mobile != values.mobile:
        row.number_status = NumberStatus.OK.value
    _apply(row, values)
    row.updated_at = utcnow()
    row.version += 1
    row.updated_by = by[:100]
    return row.version


def set_number_status(session: Session, client_id: int, status: NumberStatus) -> None:
    get_row(session, client_id).number_status = status.value


def delete_clients(session: Session, client_ids: Sequence[int]) -> int:
    """Delete these clients (their messages stay, without the client); the number actually deleted."""
    deleted = 0
    for chunk in in_chunks(sorted(set(client_ids))):
        deleted += session.execute(delete(ClientRow).where(ClientRow.id.in_(chunk))).rowcount  # type: ignore[attr-defined]
    return deleted


def delete_client(session: Session, client_id: int) -> None:
    if not delete_clients(session, [client_id]):
        raise NotFoundError(f"client {client_id}")
