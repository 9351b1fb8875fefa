"""A cheap mark of what other desks may have changed: counters that move with every change that matters.

Read in one statement: the clients' count, highest id and sum of versions (every edit adds one to a
version, so the sum moves with any insert, edit or deletion), and the highest id of the append-only
tables — consent events, message status events, replies. Ids and versions are given by the database, not
by a desk's clock, so two desks with clocks apart still see each other's changes. Appointments, orders and
replies carry a version the storage moves with every update (``orm.CHANGE_VERSIONED``): their count,
highest id and sum of versions move with any insert, edit or deletion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.orm import (
    AppointmentRow,
    ClientRow,
    ConsentEventRow,
    InboundMessageRow,
    MessageEventRow,
    OrderRow,
)


@dataclass(frozen=True, slots=True)
class ChangeMark:
    clients: tuple[int, int, int]  # count, highest id, sum of versions
    consent_event: int  # highest id
    message_event: int
    inbound: tuple[int, int, int]  # count, highest id, sum of versions
    agenda: tuple[int, int, int, int, int, int]  # the same for appointments, then orders


def _versioned(row: Any) -> tuple[Any, Any, Any]:
    """Count (SQLite's fast path for count(*)), highest id and sum of versions (from their index)."""
    return (
        select(func.count()).select_from(row).scalar_subquery(),
        select(func.coalesce(func.max(row.id), 0)).scalar_subquery(),
        select(func.coalesce(func.sum(row.version), 0)).scalar_subquery(),
    )


def read_mark(session: Session) -> ChangeMark:
    statement = select(
        *_versioned(ClientRow),
        select(func.coalesce(func.max(ConsentEventRow.id), 0)).scalar_subquery(),
        select(func.coalesce(func.max(MessageEventRow.id), 0)).scalar_subquery(),
        *_versioned(InboundMessageRow),
        *_versioned(AppointmentRow),
        *_versioned(OrderRow),
    )
    v = [int(value or 0) for value in session.execute(statement).one()]
    return ChangeMark(
        (v[0], v[1], v[2]), v[3], v[4], (v[5], v[6], v[7]), (v[8], v[9], v[10], v[11], v[12], v[13])
    )


def clients_after(session: Session, client_id: int, limit: int) -> set[int]:
    """Clients added since ``client_id`` was the highest."""
    return set(session.scalars(select(ClientRow.id).where(ClientRow.id > client_id).limit(limit)))


def consent_clients_after(session: Session, event_id: int, limit: int) -> set[int]:
    """Clients whose consent changed since event ``event_id``."""
    return set(
        session.scalars(
            select(ConsentEventRow.client_id)
            .where(ConsentEventRow.id > event_id, ConsentEventRow.client_id.is_not(None))
            .distinct()
            .limit(limit)
        )
    )


def messages_after(session: Session, event_id: int, limit: int) -> set[int]:
    """Messages whose status changed since status event ``event_id``, the newest messages first (when more
    than ``limit`` changed, the list still learns that new ones arrived)."""
    return set(
        session.scalars(
            select(MessageEventRow.message_id)
            .where(MessageEventRow.id > event_id)
            .distinct()
            .order_by(MessageEventRow.message_id.desc())
            .limit(limit)
        )
    )
