"""Outgoing messages: the durable outbox, its state machine, atomic claims and the status history.

Every change of status goes through this module and appends one ``message_events`` row (UTC time and a
short detail code). Writes used by the dispatcher are *conditional* (``UPDATE … WHERE status IN (…)``) so
that two dispatchers never both win the same message: the row count (or ``RETURNING``) says who did.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.entities import (
    Message,
    MessageDetail,
    MessageKind,
    MessageStatus,
    Purpose,
    StatusChange,
)
from desktop.core.errors import KnownError
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import MessageEventRow, MessageRow, ProviderAccountRow
from desktop.storage.repositories.chunks import in_chunks

S = MessageStatus

#: The state machine: which status may follow which. Anything else raises IllegalTransitionError.
#: (Waiting → uncertain: a restored backup cannot tell whether its waiting messages left after the copy.)
TRANSITIONS: Mapping[MessageStatus, frozenset[MessageStatus]] = {
    S.QUEUED: frozenset({S.SENDING, S.CANCELLED, S.DEFERRED, S.UNCERTAIN}),
    S.DEFERRED: frozenset({S.SENDING, S.CANCELLED, S.QUEUED, S.DEFERRED, S.UNCERTAIN}),
    S.SENDING: frozenset({S.SENT, S.QUEUED, S.FAILED, S.UNCERTAIN}),
    S.UNCERTAIN: frozenset({S.SENT, S.QUEUED, S.FAILED, S.CANCELLED}),  # failed: never arrived, no try left
    S.SENT: frozenset({S.DELIVERED, S.UNDELIVERED, S.FAILED, S.EXPIRED}),
    S.FAILED: frozenset({S.QUEUED, S.SENT, S.CANCELLED}),  # user: retry, « it did arrive », dismiss
    S.DELIVERED: frozenset(),
    S.UNDELIVERED: frozenset(),
    S.EXPIRED: frozenset(),
    S.CANCELLED: frozenset(),
}


class IllegalTransitionError(KnownError):
    """A change of status the state machine forbids (e.g. cancelling a delivered message)."""

    code = "transition_not_allowed"

    def __init__(self, message_id: int, current: MessageStatus, wanted: MessageStatus) -> None:
        super().__init__(status=current.value)
        self.detail = f"message {message_id}: {current} → {wanted} is not allowed"
        self.message_id = message_id
        self.current = current
        self.wanted = wanted


# ---------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A message to store as it will leave: text, figures and departure come from the gate
    (:mod:`desktop.core.outgoing`); the outbox only checked the number and the text are usable."""

    to: str
    body: str
    encoding: str
    segments: int
    cost_cents: int
    purpose: Purpose
    due_at: dt.datetime
    idempotency_key: str
    account_id: int | None
    client_id: int | None = None
    template_id: int | None = None
    campaign_id: int | None = None
    appointment_id: int | None = None
    order_id: int | None = None
    urgent: bool = False
    status: MessageStatus = S.QUEUED  # DEFERRED when the legal sending hours moved its departure
    kind: MessageKind = MessageKind.MANUAL


@dataclass(frozen=True, slots=True)
class MessageFilter:
    status: MessageStatus | frozenset[MessageStatus] | None = None  # one status, or any of several
    account_id: int | None = None
    template_id: int | None = None
    campaign_id: int | None = None
    client_id: int | None = None
    since: dt.datetime | None = None  # created at or after
    until: dt.datetime | None = None  # created before


@dataclass(frozen=True, slots=True)
class Move:
    """A conditional change of status: applied only if the message is still in one of ``expected``
    (and, when ``claimed_by`` is set, still claimed by that worker)."""

    id: int
    to: MessageStatus
    expected: frozenset[MessageStatus]
    detail: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)
    claimed_by: str | None = None

    def __post_init__(self) -> None:
        illegal = [s for s in self.expected if self.to not in TRANSITIONS[s]]
        if illegal:
            raise IllegalTransitionError(self.id, illegal[0], self.to)


# ---------------------------------------------------------------------------------------- reading


def to_record(row: MessageRow, history: Sequence[MessageEventRow] = ()) -> Message:
    return Message(
        id=row.id,
        client_id=row.client_id,
        to=row.to_number,
        body=row.body,
        purpose=Purpose(row.purpose),
        status=MessageStatus(row.status),
        encoding=row.encoding,
        segments=row.segments,
        cost_cents=row.cost_cents,
        due_at=row.due_at,
        created_at=row.created_at,
        account_id=row.account_id,
        provider_message_id=row.provider_message_id,
        error_code=row.error_code,
        template_id=row.template_id,
        campaign_id=row.campaign_id,
        appointment_id=row.appointment_id,
        order_id=row.order_id,
        attempts=row.attempts,
        idempotency_key=row.idempotency_key,
        sent_at=row.sent_at,
        history=tuple(StatusChange(MessageStatus(e.status), e.at, e.detail) for e in history),
        kind=read_kind(row.kind),
    )


def read_kind(value: str | None) -> MessageKind:
    """A kind this version does not know (a newer desk wrote it) reads as manual: nothing is inferred."""
    try:
        return MessageKind(value or MessageKind.MANUAL)
    except ValueError:
        return MessageKind.MANUAL


def _history(session: Session, message_id: int) -> list[MessageEventRow]:
    return list(
        session.scalars(
            select(MessageEventRow)
            .where(MessageEventRow.message_id == message_id)
            .order_by(MessageEventRow.id)
        )
    )


def get(session: Session, message_id: int, *, history: bool = True) -> Message:
    row = session.get(MessageRow, message_id)
    if row is None:
        raise NotFoundError(f"message {message_id}")
    return to_record(row, _history(session, message_id) if history else ())


def get_many(session: Session, message_ids: Sequence[int]) -> list[Message]:
    """These messages in this order, without their history (one query per 500)."""
    rows: dict[int, MessageRow] = {}
    unique = sorted(set(message_ids))
    for chunk in in_chunks(unique):
        rows.update(
            (row.id, row) for row in session.scalars(select(MessageRow).where(MessageRow.id.in_(chunk)))
        )
    missing = [i for i in unique if i not in rows]
    if missing:
        raise NotFoundError(f"message {missing[0]}")
    return [to_record(rows[i], ()) for i in message_ids]


def _filters(flt: MessageFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if isinstance(flt.status, MessageStatus):
        conditions.append(MessageRow.status == flt.status.value)
    elif flt.status is not None:
        conditions.append(MessageRow.status.in_(sorted(s.value for s in flt.status)))
    if flt.account_id is not None:
        conditions.append(MessageRow.account_id == flt.account_id)
    if flt.template_id is not None:
        conditions.append(MessageRow.template_id == flt.template_id)
    if flt.campaign_id is not None:
        conditions.append(MessageRow.campaign_id == flt.campaign_id)
    if flt.client_id is not None:
        conditions.append(MessageRow.client_id == flt.client_id)
    if flt.since is not None:
        conditions.append(MessageRow.created_at >= flt.since)
    if flt.until is not None:
        conditions.append(MessageRow.created_at < flt.until)
    return conditions


def list_messages(session: Session, flt: MessageFilter, limit: int = 100, offset: int = 0) -> list[Message]:
    """Newest first."""
    rows = session.scalars(
        select(MessageRow)
        .where(*_filters(flt))
        .order_by(MessageRow.id.desc())
        .limit(max(limit, 0))
        .offset(max(offset, 0))
    )
    return [to_record(r) for r in rows]


def count(session: Session, flt: MessageFilter) -> int:
    return int(session.scalar(select(func.count(MessageRow.id)).where(*_filters(flt))) or 0)


def count_by_status(session: Session) -> dict[MessageStatus, int]:
    rows = session.execute(select(MessageRow.status, func.count(MessageRow.id)).group_by(MessageRow.status))
    return {MessageStatus(status): int(n) for status, n in rows}


def details(session: Session, ids: Collection[int]) -> dict[int, MessageDetail]:
    if not ids:
        return {}
    rows = session.execute(
        select(
            MessageRow.id,
            MessageRow.error_detail,
            ProviderAccountRow.name,
            MessageRow.next_attempt_at,
            MessageRow.final_at,
            MessageRow.claimed_by,
            MessageRow.claimed_at,
            MessageRow.urgent,
        )
        .outerjoin(ProviderAccountRow, ProviderAccountRow.id == MessageRow.account_id)
        .where(MessageRow.id.in_(list(ids)))
    )
    return {
        r[0]: MessageDetail(
            error_detail=r[1] or "",
            account_name=r[2],
            next_attempt_at=r[3],
            final_at=r[4],
            claimed_by=r[5],
            claimed_at=r[6],
            urgent=bool(r[7]),
        )
        for r in rows
    }


# ---------------------------------------------------------------------------------------- writing


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def event(message_id: int, status: MessageStatus, at: dt.datetime, detail: str) -> dict[str, Any]:
    return {"message_id": message_id, "status": status.value, "at": at, "detail": detail}


def add_events(session: Session, events: Sequence[dict[str, Any]]) -> None:
    if events:
        session.execute(insert(MessageEventRow), list(events))


def insert_many(session: Session, messages: Sequence[NewMessage], now: dt.datetime) -> list[int]:
    """Insert messages with their first history event; returns their ids in order."""
    ids: list[int] = []
    for new in messages:
        row = MessageRow(
            client_id=new.client_id,
            to_number=new.to,
            body=new.body,
            encoding=new.encoding,
            segments=new.segments,
            cost_cents=new.cost_cents,
            purpose=new.purpose.value,
            template_id=new.template_id,
            campaign_id=new.campaign_id,
            appointment_id=new.appointment_id,
            order_id=new.order_id,
            account_id=new.account_id,
            status=new.status.value,
            due_at=new.due_at,
            attempts=0,
            error_detail="",
            idempotency_key=new.idempotency_key,
            urgent=new.urgent,
            kind=new.kind.value,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        ids.append(row.id)
    add_events(session, [event(i, m.status, now, "queued") for i, m in zip(ids, messages, strict=True)])
    return ids


def existing_keys(session: Session, keys: Collection[str]) -> dict[str, int]:
    """Idempotency key → id of the messages that already exist among ``keys``."""
    found: dict[str, int] = {}
    for chunk in in_chunks(list(keys)):
        for key, message_id in session.execute(
            select(MessageRow.idempotency_key, MessageRow.id).where(MessageRow.idempotency_key.in_(chunk))
        ):
            found[key] = message_id
    return found


def transition(
    session: Session,
    message_id: int,
    to: MessageStatus,
    now: dt.datetime,
    detail: str = "",
    *,
    expected: Collection[MessageStatus] | None = None,
    **values: Any,
) -> Message:
    """Change one message's status (validated against :data:`TRANSITIONS` and ``expected``) and log it."""
    row = session.get(MessageRow, message_id, with_for_update=not is_sqlite(session))
    if row is None:
        raise NotFoundError(f"message {message_id}")
    current = MessageStatus(row.status)
    if to not in TRANSITIONS[current] or (expected is not None and current not in expected):
        raise IllegalTransitionError(message_id, current, to)
    row.status = to.value
    row.updated_at = now
    for name, value in values.items():
        if not hasattr(MessageRow, name):
            raise AttributeError(name)
        setattr(row, name, value)
    session.flush()
    add_events(session, [event(message_id, to, now, detail)])
    return to_record(row, _history(session, message_id))


def reschedule(
    session: Session, message_id: int, due_at: dt.datetime, now: dt.datetime, detail: str
) -> Message:
    """Move a queued message's departure (no change of status; the history still records it)."""
    row = session.get(MessageRow, message_id)
    if row is None:
        raise NotFoundError(f"message {message_id}")
    current = MessageStatus(row.status)
    if current is not S.QUEUED:
        raise IllegalTransitionError(message_id, current, S.QUEUED)
    row.due_at = due_at
    row.next_attempt_at = None
    row.updated_at = now
    session.flush()
    add_events(session, [event(message_id, current, now, detail)])
    return to_record(row, _history(session, message_id))


def apply_moves(session: Session, moves: Sequence[Move], now: dt.datetime) -> list[int]:
    """Apply conditional status changes; returns the ids that did change (others were taken meanwhile).

    The current statuses are read first (locked on PostgreSQL; SQLite writers are serialised by BEGIN
    IMMEDIATE), then the eligible moves are written with one ``executemany`` per shape of change, each row
    still guarded by its status: hundreds of results cost a few statements, not hundreds.
    """
    if not moves:
        return []
    current = _current(session, {m.id for m in moves})
    eligible = [m for m in moves if _applies(m, current.get(m.id))]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for move in eligible:
        params = {"status": move.to.value, "updated_at": now, **move.values}
        params.update(b_id=move.id, b_status=current[move.id][0])
        groups.setdefault(tuple(sorted(params)), []).append(params)
    table = cast(Table, MessageRow.__table__)
    statement = update(table).where(table.c.id == bindparam("b_id"), table.c.status == bindparam("b_status"))
    for rows in groups.values():
        changed = session.execute(statement, rows).rowcount  # type: ignore[attr-defined]
        if changed != len(rows):  # cannot happen while the rows are locked: a bug, not a race
            raise RuntimeError(f"apply_moves: {changed} of {len(rows)} rows changed")
    add_events(session, [event(m.id, m.to, now, m.detail) for m in eligible])
    return [m.id for m in eligible]


def _current(session: Session, ids: Collection[int]) -> dict[int, tuple[str, str | None]]:
    found: dict[int, tuple[str, str | None]] = {}
    for chunk in in_chunks(sorted(ids)):
        statement = select(MessageRow.id, MessageRow.status, MessageRow.claimed_by).where(
            MessageRow.id.in_(chunk)
        )
        if not is_sqlite(session):
            statement = statement.with_for_update()
        found.update({r[0]: (r[1], r[2]) for r in session.execute(statement)})
    return found


def _applies(move: Move, current: tuple[str, str | None] | None) -> bool:
    if current is None:
        return False
    status, claimed_by = current
    return MessageStatus(status) in move.expected and (
        move.claimed_by is None or claimed_by == move.claimed_by
    )


def set_error(
    session: Session,
    message_id: int,
    code: str | None,
    detail: str,
    now: dt.datetime,
    *,
    next_attempt_at: dt.datetime | None,
) -> None:
    """Record an error code on a message without changing its status (e.g. "cannot be verified")."""
    session.execute(
        update(MessageRow)
        .where(MessageRow.id == message_id)
        .values(error_code=code, error_detail=detail, next_attempt_at=next_attempt_at, updated_at=now)
        .execution_options(synchronize_session=False)
    )


def set_next_attempts(session: Session, schedule: Mapping[int, dt.datetime | None], now: dt.datetime) -> None:
    """Set when the dispatcher looks at these messages again (status polls, reconciliation retries)."""
    for message_id, when in schedule.items():
        session.execute(
            update(MessageRow)
            .where(MessageRow.id == message_id)
            .values(next_attempt_at=when, updated_at=now)
            .execution_options(synchronize_session=False)
        )
