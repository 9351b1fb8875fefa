"""Notices (the ``reminders`` table): planned rows, what is due, and what became of each one.

A notice's message status is read from the message it was queued as (``message_id``), so the agenda shows
« Livré » without copying statuses around.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from sqlalchemy import Integer, Select, Table, func, select, update
from sqlalchemy.orm import Session

from desktop.core.agenda import Notice, NoticeKind, NoticeStatus
from desktop.core.entities import MessageStatus
from desktop.storage.orm import MessageRow, NoticeRow
from desktop.storage.repositories import bulk
from desktop.storage.repositories.chunks import in_chunks
from desktop.storage.repositories.key_rows import key_rows

_NO_VALUES: Mapping[str, str] = MappingProxyType({})


class NoticeValues(NamedTuple):
    """A notice to plan (an immutable tuple rather than a dataclass: a bulk booking makes ten thousand, and a
    tuple is made in half the time)."""

    client_id: int
    kind: NoticeKind
    key: str
    due_at: dt.datetime
    expires_at: dt.datetime | None = None
    appointment_id: int | None = None
    order_id: int | None = None
    template: str = ""
    values: Mapping[str, str] = _NO_VALUES


def _json(value: Mapping[str, str]) -> str:
    return json.dumps(dict(value), ensure_ascii=False, sort_keys=True) if value else ""


def _mapping(text: str) -> Mapping[str, str]:
    if not text:
        return _NO_VALUES  # read-only: one for every notice without values
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return _NO_VALUES
    return MappingProxyType({str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {})


_COLUMNS: tuple[Any, ...] = (
    NoticeRow.id,
    NoticeRow.client_id,
    NoticeRow.appointment_id,
    NoticeRow.order_id,
    NoticeRow.kind,
    NoticeRow.idempotency_key,
    NoticeRow.due_at,
    NoticeRow.expires_at,
    NoticeRow.status,
    NoticeRow.reason,
    NoticeRow.reason_params,
    NoticeRow.template,
    NoticeRow.values_json,
    NoticeRow.message_id,
    MessageRow.status.label("message_status"),
    NoticeRow.created_at,
    NoticeRow.updated_at,
)
_KINDS = {k.value: k for k in NoticeKind}
_STATUSES = {s.value: s for s in NoticeStatus}
_MESSAGE_STATUSES = {s.value: s for s in MessageStatus}


def _base() -> Select[Any]:
    return select(*_COLUMNS).outerjoin(MessageRow, MessageRow.id == NoticeRow.message_id)


def _record(row: Any) -> Notice:
    return Notice(
        id=row.id,
        client_id=row.client_id,
        appointment_id=row.appointment_id,
        order_id=row.order_id,
        kind=_KINDS[row.kind],
        key=row.idempotency_key,
        due_at=row.due_at,
        expires_at=row.expires_at,
        status=_STATUSES[row.status],
        reason=row.reason,
        reason_params=_mapping(row.reason_params),
        template=row.template,
        values=_mapping(row.values_json),
        message_id=row.message_id,
        message_status=_MESSAGE_STATUSES.get(row.message_status) if row.message_status else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _records(session: Session, statement: Select[Any]) -> list[Notice]:
    # A Core read (no ORM row processing): planning reads the notices of thousands of appointments. It does
    # not flush pending ORM changes by itself.
    session.flush()
    return [_record(row) for row in session.connection().execute(statement)]


# ---------------------------------------------------------------------------------------- reading


def _grouped(notices: list[Notice], attribute: str) -> dict[int, list[Notice]]:
    grouped: dict[int, list[Notice]] = defaultdict(list)
    for notice in sorted(notices, key=lambda n: (n.due_at, n.id)):
        grouped[getattr(notice, attribute)].append(notice)
    return dict(grouped)


_IDS: Final = (("id", Integer()),)


def of_appointments(
    session: Session, ids: Collection[int], *, cancelled: bool = True
) -> dict[int, list[Notice]]:
    """Every notice of these appointments (any status; without the cancelled ones if `cancelled` is false:
    planning never looks at them again), by appointment, in due order. One statement for any number of
    appointments (:mod:`.key_rows`: planning a bulk booking reads ten thousand)."""
    if not ids:
        return {}
    wanted = key_rows(session, "wanted", _IDS, [(i,) for i in dict.fromkeys(ids)])
    statement = _base().join(wanted, NoticeRow.appointment_id == wanted.c.id)
    if not cancelled:
        statement = statement.where(NoticeRow.status != NoticeStatus.CANCELLED.value)
    return _grouped(_records(session, statement), "appointment_id")


def of_orders(session: Session, ids: Collection[int]) -> dict[int, list[Notice]]:
    found: list[Notice] = []
    for chunk in in_chunks(list(ids)):
        found += _records(session, _base().where(NoticeRow.order_id.in_(chunk)))
    return _grouped(found, "order_id")


def with_keys(session: Session, keys: Collection[str]) -> list[Notice]:
    found: list[Notice] = []
    for chunk in in_chunks(list(keys)):
        found += _records(session, _base().where(NoticeRow.idempotency_key.in_(chunk)))
    return found


def due(session: Session, now: dt.datetime, kinds: Collection[NoticeKind], limit: int = 500) -> list[Notice]:
    """Planned notices of these kinds whose moment has come, the oldest first."""
    statement = (
        _base()
        .where(
            NoticeRow.status == NoticeStatus.PLANNED.value,
            NoticeRow.due_at <= now,
            NoticeRow.kind.in_([k.value for k in kinds]),
        )
        .order_by(NoticeRow.due_at, NoticeRow.id)
        .limit(limit)
    )
    return _records(session, statement)


def blocked_since(session: Session, since: dt.datetime) -> int:
    """How many notices were refused by the gate since `since` (the agenda's alert)."""
    statement = select(func.count(NoticeRow.id)).where(
        NoticeRow.status == NoticeStatus.BLOCKED.value, NoticeRow.updated_at >= since
    )
    return int(session.scalar(statement) or 0)


# ---------------------------------------------------------------------------------------- writing


_NOTICES: Table = NoticeRow.__table__  # type: ignore[assignment]
_INSERT_COLUMNS: Final = (
    "client_id", "appointment_id", "order_id", "kind", "idempotency_key", "due_at", "expires_at", "status",
    "reason", "reason_params", "template", "values_json", "message_id", "created_at", "updated_at",
)  # fmt: skip
_KIND_VALUES: Final = {k: k.value for k in NoticeKind}  # ``.value`` of an enum is a slow property


def insert_many(session: Session, values: Sequence[NoticeValues], now: dt.datetime) -> int:
    """Plan these notices: one ``executemany`` of plain values (:mod:`.bulk`; a bulk booking plans ten
    thousand). Returns how many were written."""
    if not values:
        return 0
    session.flush()
    moment = bulk.driver_values(session.connection().dialect, _NOTICES.c.due_at)
    stamp, planned, kinds = moment(now), NoticeStatus.PLANNED.value, _KIND_VALUES
    rows = [
        (
            v.client_id,
            v.appointment_id,
            v.order_id,
            kinds[v.kind],
            v.key,
            moment(v.due_at),
            moment(v.expires_at),
            planned,
            None,
            "",
            v.template,
            _json(v.values) if v.values else "",
            None,
            stamp,
            stamp,
        )
        for v in values
    ]
    bulk.insert_rows(session, _NOTICES, _INSERT_COLUMNS, rows)
    return len(rows)


def settle(
    session: Session,
    ids: Collection[int],
    status: NoticeStatus,
    now: dt.datetime,
    *,
    reason: str | None = None,
    params: Mapping[str, str] | None = None,
    message_id: int | None = None,
    only_planned: bool = True,
) -> int:
    """Give these notices their outcome (queued with its message, blocked, cancelled or skipped with the
    reason). Only planned ones change unless told otherwise; returns how many changed."""
    changed = 0
    for chunk in in_chunks(list(ids)):
        statement = update(NoticeRow).where(NoticeRow.id.in_(chunk))
        if only_planned:
            statement = statement.where(NoticeRow.status == NoticeStatus.PLANNED.value)
        result = session.execute(
            statement.values(
                status=status.value,
                reason=reason,
                reason_params=_json(params or {}),
                message_id=message_id,
                updated_at=now,
            ).execution_options(synchronize_session=False)
        )
        changed += int(getattr(result, "rowcount", 0) or 0)
    return changed


def postpone(session: Session, ids: Collection[int], due_at: dt.datetime, now: dt.datetime) -> None:
    """Planned notices wait until `due_at` (the next courteous moment)."""
    for chunk in in_chunks(list(ids)):
        session.execute(
            update(NoticeRow)
            .where(NoticeRow.id.in_(chunk), NoticeRow.status == NoticeStatus.PLANNED.value)
            .values(due_at=due_at, updated_at=now)
            .execution_options(synchronize_session=False)
        )


def reminded_appointments(
    session: Session, client_id: int, kinds: Collection[NoticeKind]
) -> dict[int, dt.datetime]:
    """The client's appointments a notice of ``kinds`` (a reminder) was sent for: appointment id → when the
    last such SMS left."""
    rows = session.execute(
        select(NoticeRow.appointment_id, func.max(MessageRow.sent_at))
        .join(MessageRow, MessageRow.id == NoticeRow.message_id)
        .where(
            NoticeRow.client_id == client_id,
            NoticeRow.appointment_id.is_not(None),
            NoticeRow.kind.in_([k.value for k in kinds]),
            MessageRow.sent_at.is_not(None),
        )
        .group_by(NoticeRow.appointment_id)
    )
    return {
        int(appointment_id): _aware(sent)
        for appointment_id, sent in rows
        if appointment_id is not None and sent is not None
    }


def without_notice(
    session: Session, kind: NoticeKind, *, appointments: Collection[int] = (), orders: Collection[int] = ()
) -> tuple[set[int], set[int]]:
    """Which of these appointments and orders have no notice of ``kind`` yet (whatever its status)."""
    has_appointment: set[int] = set()
    has_order: set[int] = set()
    for chunk in in_chunks(sorted(set(appointments))):
        has_appointment |= set(
            session.scalars(
                select(NoticeRow.appointment_id).where(
                    NoticeRow.kind == kind.value, NoticeRow.appointment_id.in_(chunk)
                )
            )
        )
    for chunk in in_chunks(sorted(set(orders))):
        has_order |= set(
            session.scalars(
                select(NoticeRow.order_id).where(NoticeRow.kind == kind.value, NoticeRow.order_id.in_(chunk))
            )
        )
    return set(appointments) - has_appointment, set(orders) - has_order


def _aware(value: dt.datetime | str) -> dt.datetime:
    """Aggregates lose the column type on SQLite: naive UTC (or text) back to aware UTC."""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
