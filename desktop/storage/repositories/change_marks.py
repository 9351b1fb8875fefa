"""A cheap mark of what other desks may have changed: counters that move with every change that matters.

Read in one statement: the clients' count, highest id and sum of versions (every edit adds one to a
version, so the sum moves with any insert, edit or deletion), and the highest id of the append-only
tables — consent events, message status events, replies. Ids and versions are given by the database, not
by a desk's clock, so two desks with clocks apart still see each other's changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.orm import ClientRow, ConsentEventRow, InboundMessageRow, MessageEventRow


@dataclass(frozen=True, slots=True)
class ChangeMark:
    clients: tuple[int, int, int]  # count, highest id, sum of versions
    consent_event: int  # highest id
    message_event: int
    inbound: int


def read_mark(session: Session) -> ChangeMark:
    statement = select(
        select(func.count()).select_from(ClientRow).scalar_subquery(),  # count(*): SQLite's fast path
        select(func.coalesce(func.max(ClientRow.id), 0)).scalar_subquery(),
        select(func.coalesce(func.sum(ClientRow.version), 0)).scalar_subquery(),
        select(func.coalesce(func.max(ConsentEventRow.id), 0)).scalar_subquery(),
        select(func.coalesce(func.max(MessageEventRow.id), 0)).scalar_subquery(),
        select(func.coalesce(func.max(InboundMessageRow.id), 0)).scalar_subquery(),
    )
    row = session.execute(statement).one()
    count, top, versions, consent, events, inbound = (int(v or 0) for v in row)
    return ChangeMark((count, top, versions), consent, events, inbound)


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
