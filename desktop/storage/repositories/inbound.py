"""Inbound messages (replies) and the inbox: stored once per (account, provider id), matched to a client by
number, applied once, read, assigned and done.

Every change that two desks may make at the same moment is one conditional ``UPDATE`` (claiming a reply to
apply it, marking it done): the first desk's wins, the other's changes nothing and learns who was first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.entities import InboundMessage, Interpretation
from desktop.core.text import fold
from desktop.storage.orm import ClientRow, InboundMessageRow
from desktop.storage.repositories.chunks import in_chunks

R = InboundMessageRow

#: ``answer``: the SMS Comptoir owes in return for a reply (an opt-out's confirmation, a keyword's answer).
ANSWER_OWED = "owed"
ANSWER_QUEUED = "queued"
ANSWER_REFUSED = "refused"


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


def _details(text: str) -> Mapping[str, str]:
    if not text:
        return MappingProxyType({})
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return MappingProxyType({})
    if not isinstance(value, dict):
        return MappingProxyType({})
    return MappingProxyType({str(k): str(v) for k, v in value.items()})


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
        read_at=row.read_at,
        handled_at=row.handled_at,
        handled_by=row.handled_by,
        assignee=row.assignee,
        outcome=row.outcome,
        reason=row.reason,
        details=_details(row.details),
        applied=row.applied_at is not None,
    )


def client_for_number(session: Session, e164: str) -> int | None:
    """The client whose mobile is ``e164`` (numbers are unique), or None."""
    return session.scalar(select(ClientRow.id).where(ClientRow.mobile == e164))


def exists(session: Session, account_id: int | None, provider_id: str) -> bool:
    return (
        session.scalar(select(R.id).where(R.account_id == account_id, R.provider_id == provider_id))
        is not None
    )


def insert_if_new(session: Session, new: NewInbound, client_id: int | None, now: dt.datetime) -> int | None:
    """Store one reply unless it is already stored (same account and provider id); returns its id or None.

    A savepoint absorbs the race where another dispatcher stores the same reply at the same moment. The
    reply is stored unapplied: the inbox applies it (:mod:`desktop.services.inbox`).
    """
    if exists(session, new.account_id, new.provider_id):
        return None
    row = R(
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
    row = session.get(R, inbound_id)
    return to_record(row) if row is not None else None


def get_many(session: Session, ids: Collection[int]) -> list[InboundMessage]:
    found: list[InboundMessage] = []
    for chunk in in_chunks(sorted(set(ids))):
        found += [to_record(r) for r in session.scalars(select(R).where(R.id.in_(chunk)))]
    return sorted(found, key=lambda m: m.id)


def list_recent(
    session: Session, *, limit: int = 100, offset: int = 0, unhandled_only: bool = False
) -> list[InboundMessage]:
    """Newest first."""
    statement = select(R)
    if unhandled_only:
        statement = statement.where(R.handled.is_(False))
    rows = session.scalars(
        statement.order_by(R.received_at.desc(), R.id.desc()).limit(max(limit, 0)).offset(max(offset, 0))
    )
    return [to_record(r) for r in rows]


# ---------------------------------------------------------------------------------------- applying


def pending(session: Session, limit: int = 100) -> list[InboundMessage]:
    """Replies no desk has applied yet, oldest first."""
    rows = session.scalars(select(R).where(R.applied_at.is_(None)).order_by(R.id).limit(max(limit, 0)))
    return [to_record(r) for r in rows]


def claim(session: Session, inbound_id: int, now: dt.datetime) -> bool:
    """Take a reply to apply it, in the caller's transaction: True for the one desk that gets it."""
    result = session.execute(
        update(R).where(R.id == inbound_id, R.applied_at.is_(None)).values(applied_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


@dataclass(frozen=True, slots=True)
class Outcome:
    """What applying a reply decided: its meaning, what was done, why a person must act, and whether it is
    done already (``handled``), left unread for the staff to see, or owes an SMS in return."""

    interpretation: Interpretation
    outcome: str = ""
    reason: str = ""
    details: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    handled: bool = False
    unread: bool = True
    answer: str = ""
    client_id: int | None = None


def record_outcome(session: Session, inbound_id: int, result: Outcome, now: dt.datetime, by: str) -> None:
    values: dict[str, Any] = {
        "interpretation": result.interpretation.value,
        "outcome": result.outcome,
        "reason": result.reason,
        "details": json.dumps(dict(result.details), ensure_ascii=False, sort_keys=True),
        "handled": result.handled,
        "handled_at": now if result.handled else None,
        "handled_by": by if result.handled else "",
        "read_at": None if result.unread else now,
        "answer": result.answer,
    }
    if result.client_id is not None:
        values["client_id"] = result.client_id
    session.execute(update(R).where(R.id == inbound_id).values(**values))


def owed_answers(session: Session, limit: int = 100) -> list[InboundMessage]:
    rows = session.scalars(select(R).where(R.answer == ANSWER_OWED).order_by(R.id).limit(max(limit, 0)))
    return [to_record(r) for r in rows]


def settle_answer(
    session: Session, inbound_id: int, answer: str, details: Mapping[str, str], **changes: Any
) -> bool:
    """The owed SMS was queued or refused: its state and parameters (once: True for the desk that did it)."""
    row = session.get(R, inbound_id)
    if row is None or row.answer != ANSWER_OWED:
        return False
    merged = {**_details(row.details), **details}
    result = session.execute(
        update(R)
        .where(R.id == inbound_id, R.answer == ANSWER_OWED)
        .values(answer=answer, details=json.dumps(merged, ensure_ascii=False, sort_keys=True), **changes)
    )
    return bool(getattr(result, "rowcount", 0))


# ---------------------------------------------------------------------------------------- the inbox


class Status(StrEnum):
    """Filters of the inbox (not exclusive: an unread reply may be done already, e.g. a cancellation)."""

    UNREAD = "unread"
    TODO = "todo"  # not done: a person must act
    DONE = "done"
    ATTENTION = "attention"  # unread or not done: what the staff has to look at


@dataclass(frozen=True, slots=True)
class InboxFilter:
    status: Status | None = None
    assignee: str | None = None  # "" for nobody
    text: str = ""  # part of the number or of the client's name
    number: str | None = None


@dataclass(frozen=True, slots=True)
class Thread:
    """All the replies of one number, as one line of the inbox."""

    number: str
    client_id: int | None
    client_name: str
    last_id: int
    last_text: str
    last_received_at: dt.datetime
    replies: int
    unread: int
    todo: int
    assignee: str  # of the replies still to handle ("" nobody; the most recent one's when several)
    last_reason: str  # the newest reply still to handle's reason ("" none)


def _condition(flt: InboxFilter) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = [R.applied_at.is_not(None)]
    if flt.status is Status.UNREAD:
        found.append(R.read_at.is_(None))
    elif flt.status is Status.TODO:
        found.append(R.handled.is_(False))
    elif flt.status is Status.DONE:
        found.append(R.handled.is_(True))
    elif flt.status is Status.ATTENTION:
        found.append(or_(R.read_at.is_(None), R.handled.is_(False)))
    if flt.assignee is not None:
        found.append(R.assignee == flt.assignee)
    if flt.number is not None:
        found.append(R.from_number == flt.number)
    return found


def _text_condition(text: str) -> ColumnElement[bool] | None:
    words = text.strip()
    if not words:
        return None
    digits = "".join(ch for ch in words if ch.isdigit())
    name = ClientRow.search_key.contains(fold(words), autoescape=True)
    if digits:
        tail = digits.lstrip("0") or digits
        return or_(R.from_number.contains(tail, autoescape=True), name)
    return name


_THREAD_COLUMNS: tuple[Any, ...] = (
    R.from_number,
    func.max(R.id).label("last_id"),
    func.count(R.id).label("replies"),
    func.sum(case((R.read_at.is_(None), 1), else_=0)).label("unread"),
    func.sum(case((R.handled.is_(False), 1), else_=0)).label("todo"),
)


def _threads_statement(flt: InboxFilter) -> Select[Any]:
    """One row per number whose replies match ``flt``, with the counts of all its replies."""
    matching = select(R.from_number).outerjoin(ClientRow, ClientRow.id == R.client_id).where(*_condition(flt))
    text = _text_condition(flt.text)
    if text is not None:
        matching = matching.where(text)
    return (
        select(*_THREAD_COLUMNS)
        .where(R.applied_at.is_not(None), R.from_number.in_(matching))
        .group_by(R.from_number)
    )


def count_threads(session: Session, flt: InboxFilter) -> int:
    return int(session.scalar(select(func.count()).select_from(_threads_statement(flt).subquery())) or 0)


def threads(session: Session, flt: InboxFilter, limit: int = 200, offset: int = 0) -> list[Thread]:
    """One line per number, newest reply first."""
    grouped = _threads_statement(flt).subquery()
    rows = session.execute(
        select(grouped, R, ClientRow.first_name, ClientRow.last_name)
        .join(R, R.id == grouped.c.last_id)
        .outerjoin(ClientRow, ClientRow.id == R.client_id)
        .order_by(R.received_at.desc(), R.id.desc())
        .limit(max(limit, 0))
        .offset(max(offset, 0))
    ).all()
    numbers = [row.from_number for row in rows]
    waiting = _newest_todo(session, numbers)
    found: list[Thread] = []
    for row in rows:
        last: InboundMessageRow = row.InboundMessageRow
        todo_row = waiting.get(row.from_number)
        found.append(
            Thread(
                number=row.from_number,
                client_id=last.client_id,
                client_name=" ".join(p for p in (row.first_name, row.last_name) if p),
                last_id=last.id,
                last_text=last.text,
                last_received_at=last.received_at,
                replies=int(row.replies),
                unread=int(row.unread or 0),
                todo=int(row.todo or 0),
                assignee=todo_row.assignee if todo_row is not None else "",
                last_reason=todo_row.reason if todo_row is not None else "",
            )
        )
    return found


def _newest_todo(session: Session, numbers: Sequence[str]) -> dict[str, InboundMessageRow]:
    found: dict[str, InboundMessageRow] = {}
    for chunk in in_chunks(sorted(set(numbers))):
        rows = session.scalars(
            select(R)
            .where(R.from_number.in_(chunk), R.handled.is_(False), R.applied_at.is_not(None))
            .order_by(R.id)
        )
        for row in rows:
            found[row.from_number] = row  # the newest wins
    return found


def items(session: Session, flt: InboxFilter, limit: int = 200) -> list[InboundMessage]:
    """Replies (not threads) matching ``flt``, newest first: the command line's listing."""
    rows = session.scalars(select(R).where(*_condition(flt)).order_by(R.id.desc()).limit(max(limit, 0)))
    return [to_record(r) for r in rows]


def unread_count(session: Session) -> int:
    return int(
        session.scalar(select(func.count(R.id)).where(R.read_at.is_(None), R.applied_at.is_not(None))) or 0
    )


def mark_read(session: Session, number: str, now: dt.datetime) -> int:
    result = session.execute(
        update(R)
        .where(R.from_number == number, R.read_at.is_(None), R.applied_at.is_not(None))
        .values(read_at=now)
    )
    return int(getattr(result, "rowcount", 0))


def mark_done(session: Session, inbound_id: int, by: str, now: dt.datetime) -> bool:
    """Done by ``by`` now — unless it was done already (by another desk): False, nothing changed."""
    result = session.execute(
        update(R)
        .where(R.id == inbound_id, R.handled.is_(False))
        .values(handled=True, handled_at=now, handled_by=by, read_at=func.coalesce(R.read_at, now))
    )
    return bool(getattr(result, "rowcount", 0))


def reopen(session: Session, inbound_id: int) -> bool:
    result = session.execute(
        update(R)
        .where(R.id == inbound_id, R.handled.is_(True))
        .values(handled=False, handled_at=None, handled_by="")
    )
    return bool(getattr(result, "rowcount", 0))


def assign(session: Session, number: str, assignee: str) -> int:
    """Assign the replies of a number still to handle to ``assignee`` ("" for nobody)."""
    result = session.execute(
        update(R).where(R.from_number == number, R.handled.is_(False)).values(assignee=assignee)
    )
    return int(getattr(result, "rowcount", 0))


def attach(session: Session, number: str, client_id: int) -> int:
    """The replies of a number that belong to nobody now belong to ``client_id``."""
    result = session.execute(
        update(R).where(R.from_number == number, R.client_id.is_(None)).values(client_id=client_id)
    )
    return int(getattr(result, "rowcount", 0))


def alerts_after(
    session: Session, after_id: int, outcomes: Collection[str], reasons: Collection[str]
) -> list[InboundMessage]:
    """Replies above ``after_id`` whose outcome or reason the staff must hear about at once."""
    rows = session.scalars(
        select(R)
        .where(
            R.id > after_id,
            R.applied_at.is_not(None),
            or_(R.outcome.in_(list(outcomes)), and_(R.reason.in_(list(reasons)), R.handled.is_(False))),
        )
        .order_by(R.id)
    )
    return [to_record(r) for r in rows]


def last_id(session: Session) -> int:
    return int(session.scalar(select(func.max(R.id))) or 0)
