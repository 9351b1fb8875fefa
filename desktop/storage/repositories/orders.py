"""Orders and interventions: writes, the list by status, a client's orders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.core.agenda import Order
from desktop.core.entities import OrderStatus
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import ClientRow, OrderRow
from desktop.storage.repositories.chunks import in_chunks

_CLIENT_NAME = func.trim(ClientRow.first_name + " " + ClientRow.last_name)


def _base() -> Select[Any]:
    return select(
        OrderRow.id,
        OrderRow.client_id,
        OrderRow.label,
        OrderRow.status,
        OrderRow.amount_cents,
        OrderRow.ready_at,
        OrderRow.collected_at,
        OrderRow.created_at,
        OrderRow.updated_at,
        _CLIENT_NAME.label("client_name"),
        ClientRow.mobile,
    ).join(ClientRow, ClientRow.id == OrderRow.client_id)


def _record(row: Any) -> Order:
    return Order(
        id=row.id,
        client_id=row.client_id,
        label=row.label,
        status=OrderStatus(row.status),
        amount_cents=row.amount_cents,
        ready_at=row.ready_at,
        collected_at=row.collected_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        client_name=row.client_name or row.mobile or "",
    )


def get(session: Session, order_id: int) -> Order:
    row = session.execute(_base().where(OrderRow.id == order_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"order {order_id}")
    return _record(row)


def get_many(session: Session, ids: Sequence[int]) -> list[Order]:
    found: list[Order] = []
    for chunk in in_chunks(list(dict.fromkeys(ids))):
        found.extend(_record(r) for r in session.execute(_base().where(OrderRow.id.in_(chunk))))
    return sorted(found, key=lambda o: o.id)


def listing(
    session: Session, statuses: Sequence[OrderStatus] | None = None, limit: int = 1000
) -> list[Order]:
    """Orders (of these statuses), the most recent first."""
    statement = _base()
    if statuses is not None:
        statement = statement.where(OrderRow.status.in_([s.value for s in statuses]))
    statement = statement.order_by(OrderRow.created_at.desc(), OrderRow.id.desc()).limit(limit)
    return [_record(row) for row in session.execute(statement)]


def of_client(session: Session, client_id: int, limit: int = 200) -> list[Order]:
    statement = (
        _base()
        .where(OrderRow.client_id == client_id)
        .order_by(OrderRow.created_at.desc(), OrderRow.id.desc())
        .limit(limit)
    )
    return [_record(row) for row in session.execute(statement)]


def insert(session: Session, client_id: int, label: str, amount_cents: int | None, now: dt.datetime) -> int:
    row = OrderRow(
        client_id=client_id,
        label=label,
        status=OrderStatus.IN_PROGRESS.value,
        amount_cents=amount_cents,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def set_status(
    session: Session,
    order_id: int,
    status: OrderStatus,
    now: dt.datetime,
    *,
    ready_at: dt.datetime | None = None,
    collected_at: dt.datetime | None = None,
) -> None:
    row = session.get(OrderRow, order_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"order {order_id}")
    row.status = status.value
    if ready_at is not None:
        row.ready_at = ready_at
    if collected_at is not None:
        row.collected_at = collected_at
    row.updated_at = now


def current_status(session: Session, order_id: int) -> OrderStatus:
    """The status as stored now, the row locked until the transaction ends (a transition's check)."""
    row = session.get(OrderRow, order_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"order {order_id}")
    return OrderStatus(row.status)


def collected_between(session: Session, start: dt.datetime, end: dt.datetime) -> list[Order]:
    """Orders collected (or interventions done) in ``[start, end)``, in collection order."""
    statement = _base().where(
        OrderRow.status == OrderStatus.COLLECTED.value,
        OrderRow.collected_at >= start,
        OrderRow.collected_at < end,
    )
    return [_record(row) for row in session.execute(statement.order_by(OrderRow.collected_at, OrderRow.id))]
