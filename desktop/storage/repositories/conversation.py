"""Queries of the composer and the client card: a client's thread, and the facts compliance needs in bulk.

Every function takes many clients at once (chunks of 500 ids, under any database's parameter limit) so that
preparing a message for 600 clients costs a handful of statements, not 600 round trips.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.entities import InboundMessage, Message, MessageKind, MessageStatus, Purpose
from desktop.storage.orm import ClientRow, InboundMessageRow, MessageRow, SuppressionRow
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import messages as messages_repo
from desktop.storage.repositories.chunks import in_chunks

#: Messages that never reached the client: they count neither for frequency caps nor as duplicates.
NOT_RECEIVED: frozenset[str] = frozenset(
    {
        MessageStatus.CANCELLED.value,
        MessageStatus.FAILED.value,
        MessageStatus.UNDELIVERED.value,
        MessageStatus.EXPIRED.value,
    }
)


# ---------------------------------------------------------------------------------------- thread


@dataclass(frozen=True, slots=True)
class ThreadEntry:
    """One bubble of a conversation: an outgoing message or an inbound reply (exactly one is set)."""

    at: dt.datetime  # when it was queued (outgoing) or received (inbound), UTC
    outgoing: Message | None = None
    inbound: InboundMessage | None = None

    @property
    def is_outgoing(self) -> bool:
        return self.outgoing is not None


def thread(session: Session, client_id: int, limit: int = 200) -> list[ThreadEntry]:
    """The client's last `limit` messages, sent and received, oldest first (newest last).

    Replies stored before the number was matched to the client (no client id yet) are included when they
    come from the client's current mobile number.
    """
    mobile = session.scalar(select(ClientRow.mobile).where(ClientRow.id == client_id))
    replies: ColumnElement[bool] = InboundMessageRow.client_id == client_id
    if mobile:
        replies = or_(
            replies,
            and_(InboundMessageRow.client_id.is_(None), InboundMessageRow.from_number == mobile),
        )
    return _merged(session, MessageRow.client_id == client_id, replies, limit)


def thread_of_number(session: Session, number: str, limit: int = 200) -> list[ThreadEntry]:
    """The last `limit` messages sent to and received from one number (whoever's card it is on), oldest
    first: the inbox's view of a number that may be nobody's."""
    return _merged(session, MessageRow.to_number == number, InboundMessageRow.from_number == number, limit)


def _merged(
    session: Session, sent: ColumnElement[bool], received: ColumnElement[bool], limit: int
) -> list[ThreadEntry]:
    """The last `limit` of the messages matching `sent` and the replies matching `received`, oldest first."""
    limit = max(limit, 0)
    outgoing = session.scalars(
        select(MessageRow)
        .where(sent)
        .order_by(MessageRow.created_at.desc(), MessageRow.id.desc())
        .limit(limit)
    )
    entries = [ThreadEntry(row.created_at, outgoing=messages_repo.to_record(row)) for row in outgoing]
    inbound = session.scalars(
        select(InboundMessageRow)
        .where(received)
        .order_by(InboundMessageRow.received_at.desc(), InboundMessageRow.id.desc())
        .limit(limit)
    )
    entries += [ThreadEntry(row.received_at, inbound=inbound_repo.to_record(row)) for row in inbound]
    entries.sort(key=_thread_key)
    return entries[-limit:] if limit else []


def last_sent_to(session: Session, number: str, before: dt.datetime, since: dt.datetime) -> Message | None:
    """The last message that left for ``number`` between ``since`` and ``before``: what a reply received at
    ``before`` answers."""
    row = session.scalars(
        select(MessageRow)
        .where(
            MessageRow.to_number == number,
            MessageRow.sent_at.is_not(None),
            MessageRow.sent_at <= before,
            MessageRow.sent_at >= since,
        )
        .order_by(MessageRow.sent_at.desc(), MessageRow.id.desc())
        .limit(1)
    ).first()
    return messages_repo.to_record(row) if row is not None else None


def waiting_for(session: Session, number: str, client_id: int | None) -> list[Message]:
    """Messages for this number (or this client) still waiting to leave: queued or deferred."""
    condition = MessageRow.to_number == number
    if client_id is not None:
        condition = or_(condition, MessageRow.client_id == client_id)
    rows = session.scalars(
        select(MessageRow).where(
            condition,
            MessageRow.status.in_([MessageStatus.QUEUED.value, MessageStatus.DEFERRED.value]),
        )
    )
    return [messages_repo.to_record(row) for row in rows]


def _thread_key(entry: ThreadEntry) -> tuple[dt.datetime, int, int]:
    item_id = entry.outgoing.id if entry.outgoing is not None else entry.inbound.id if entry.inbound else 0
    return entry.at, 0 if entry.outgoing is not None else 1, item_id


# ---------------------------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message that counts for caps and duplicates: to whom, when it leaves (or left) and, for
    non-promotional ones, its exact text."""

    client_id: int | None
    to: str
    purpose: Purpose
    moment: dt.datetime  # sent_at, else due_at (UTC)
    body: str


def suppression_scopes(session: Session, number_hashes: Collection[str]) -> dict[str, frozenset[str]]:
    """Hash of an E.164 number → its suppression scopes (only the suppressed numbers are keys)."""
    found: dict[str, set[str]] = {}
    for chunk in in_chunks(sorted(set(number_hashes))):
        rows = session.execute(
            select(SuppressionRow.number_hash, SuppressionRow.scope).where(
                SuppressionRow.number_hash.in_(chunk)
            )
        )
        for number_hash, scope in rows:
            found.setdefault(number_hash, set()).add(scope)
    return {key: frozenset(scopes) for key, scopes in found.items()}


def recent_messages(
    session: Session,
    client_ids: Collection[int],
    *,
    promotional_since: dt.datetime,
    other_since: dt.datetime,
    numbers: Collection[str] = (),
) -> list[SentMessage]:
    """Messages of these clients — and to these numbers, whoever they were for — that reached them or still
    may: promotional ones leaving after `promotional_since`, the others (with their text) after
    `other_since`, scheduled ones included."""
    found: list[SentMessage] = []
    since = min(promotional_since, other_since)
    chunks = [MessageRow.client_id.in_(c) for c in in_chunks(sorted(set(client_ids)))]
    chunks += [MessageRow.to_number.in_(c) for c in in_chunks(sorted(set(numbers)))]
    for condition in chunks:
        rows = session.execute(
            select(
                MessageRow.client_id,
                MessageRow.to_number,
                MessageRow.purpose,
                MessageRow.sent_at,
                MessageRow.due_at,
                MessageRow.body,
            ).where(
                condition,
                MessageRow.status.not_in(NOT_RECEIVED),
                or_(MessageRow.sent_at >= since, MessageRow.due_at >= since),
            )
        )
        for client_id, to, purpose, sent_at, due_at, body in rows:
            moment = sent_at or due_at
            kind = Purpose(purpose)
            limit = promotional_since if kind is Purpose.PROMOTIONAL else other_since
            if moment >= limit:
                text = "" if kind is Purpose.PROMOTIONAL else body
                found.append(SentMessage(client_id, to, kind, moment, text))
    return found


def last_messages_containing(
    session: Session, client_ids: Collection[int], text: str
) -> dict[int, dt.datetime]:
    """Client id → when the last message holding `text` (e.g. the review link) left or will leave."""
    if not text:
        return {}
    found: dict[int, dt.datetime] = {}
    for chunk in in_chunks(sorted(set(client_ids))):
        rows = session.execute(
            select(MessageRow.client_id, func.max(MessageRow.sent_at), func.max(MessageRow.due_at))
            .where(
                MessageRow.client_id.in_(chunk),
                MessageRow.status.not_in(NOT_RECEIVED),
                MessageRow.body.contains(text, autoescape=True),
            )
            .group_by(MessageRow.client_id)
        )
        for client_id, sent_at, due_at in rows:
            moments = [_aware(m) for m in (sent_at, due_at) if m is not None]
            if client_id is not None and moments:
                found[client_id] = max(moments)
    return found


def last_messages_of_kind(
    session: Session, client_ids: Collection[int], kind: MessageKind
) -> dict[int, dt.datetime]:
    """Client id → when the last message of ``kind`` (a survey) left or will leave."""
    found: dict[int, dt.datetime] = {}
    for chunk in in_chunks(sorted(set(client_ids))):
        rows = session.execute(
            select(MessageRow.client_id, func.max(MessageRow.sent_at), func.max(MessageRow.due_at))
            .where(
                MessageRow.client_id.in_(chunk),
                MessageRow.status.not_in(NOT_RECEIVED),
                MessageRow.kind == kind.value,
            )
            .group_by(MessageRow.client_id)
        )
        for client_id, sent_at, due_at in rows:
            moments = [_aware(m) for m in (sent_at, due_at) if m is not None]
            if client_id is not None and moments:
                found[client_id] = max(moments)
    return found


def _aware(value: dt.datetime | str) -> dt.datetime:
    """Aggregates lose the column type on SQLite: naive UTC (or text) back to aware UTC."""
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
