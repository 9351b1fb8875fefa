"""Inbound messages (replies): stored once per (account, provider id), matched to a client by number."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.entities import InboundMessage, Interpretation
from desktop.storage.orm import ClientRow, InboundMessageRow


@dataclass(frozen=True, slots=True)
class NewInbound:
    account_id: int | None
    provider_id: str
    from_number: str
    to_number: str
    text: str
    received_at: dt.datetime
    interpretation: Interpretation = Interpretation.UNKNOWN
    handled: bool = False


def to_record(row: InboundMessageRow) -> InboundMessage:
    return InboundMessage(
        id=row.id,
        from_number=row.from_number,
        text=row.text,
        received_at=row.received_at,
        client_id=row.client_id,
        account_id=row.account_id,
        provider_id=row.provider_id,
        interpretation=Interpretation(row.interpretation),
        handled=row.handled,
    )


def client_for_number(session: Session, e164: str) -> int | None:
    """The client whose mobile is ``e164`` (numbers are unique), or None."""
    return session.scalar(select(ClientRow.id).where(ClientRow.mobile == e164))


def exists(session: Session, account_id: int | None, provider_id: str) -> bool:
    return (
        session.scalar(
            select(InboundMessageRow.id).where(
                InboundMessageRow.account_id == account_id, InboundMessageRow.provider_id == provider_id
            )
        )
        is not None
    )


def insert_if_new(session: Session, new: NewInbound, client_id: int | None, now: dt.datetime) -> int | None:
    """Store one reply unless it is already stored (same account and provider id); returns its id or None.

    A savepoint absorbs the race where another dispatcher stores the same reply at the same moment.
    """
    if exists(session, new.account_id, new.provider_id):
        return None
    row = InboundMessageRow(
        account_id=new.account_id,
        provider_id=new.provider_id,
        from_number=new.from_number,
        to_number=new.to_number,
        client_id=client_id,
        text=new.text,
        received_at=new.received_at,
        interpretation=new.interpretation.value,
        handled=new.handled,
        assignee="",
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        return None
    return row.id


def get(session: Session, inbound_id: int) -> InboundMessage | None:
    row = session.get(InboundMessageRow, inbound_id)
    return to_record(row) if row is not None else None


def list_recent(
    session: Session, *, limit: int = 100, offset: int = 0, unhandled_only: bool = False
) -> list[InboundMessage]:
    """Newest first."""
    statement = select(InboundMessageRow)
    if unhandled_only:
        statement = statement.where(InboundMessageRow.handled.is_(False))
    rows = session.scalars(
        statement.order_by(InboundMessageRow.received_at.desc(), InboundMessageRow.id.desc())
        .limit(max(limit, 0))
        .offset(max(offset, 0))
    )
    return [to_record(r) for r in rows]
