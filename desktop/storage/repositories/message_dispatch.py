"""The dispatcher's queries on the outbox: atomic claims, recipient facts read at claim time, stale claims,
reconciliation and status-poll candidates, and what a provider's verdict changes about a recipient.

Claims are one conditional ``UPDATE … RETURNING`` (``FOR UPDATE SKIP LOCKED`` candidates on PostgreSQL):
a message another dispatcher claimed first is simply not returned. Status changes go through
:func:`desktop.storage.repositories.messages.apply_moves` like every other change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from desktop.core.entities import (
    ConsentSource,
    ConsentState,
    MessageKind,
    MessageStatus,
    NumberStatus,
    Purpose,
)
from desktop.core.phones import hash_number
from desktop.storage.orm import ClientRow, MessageRow, SuppressionRow
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories.messages import add_events, event, is_sqlite, read_kind

S = MessageStatus


@dataclass(frozen=True, slots=True)
class Candidate:
    """A message the dispatcher may act on, with what it needs to send or reconcile it."""

    id: int
    status: MessageStatus
    to: str
    body: str
    purpose: Purpose
    account_id: int | None
    client_id: int | None
    appointment_id: int | None
    urgent: bool
    idempotency_key: str
    attempts: int
    segments: int
    claimed_at: dt.datetime | None
    provider_message_id: str | None = None
    sent_at: dt.datetime | None = None
    kind: MessageKind = MessageKind.MANUAL


@dataclass(frozen=True, slots=True)
class RecipientFacts:
    """What the compliance check at claim time needs to know about a recipient, read in the claim's
    transaction. ``has_client`` is False when the number belongs to no client (then only the suppression
    list applies)."""

    scopes: frozenset[str]
    has_client: bool = False
    region: str | None = None
    subdiv: str | None = None
    promotional_consent: ConsentState = ConsentState.UNKNOWN
    transactional_consent: ConsentState = ConsentState.UNKNOWN
    number_invalid: bool = False


@dataclass(frozen=True, slots=True)
class Reroute:
    """A message moved to another account (the fallback) before its claim, with its text for that route."""

    message_id: int
    account_id: int
    body: str
    encoding: str
    segments: int
    cost_cents: int
    detail: str


_CANDIDATE_COLUMNS = (
    MessageRow.id,
    MessageRow.status,
    MessageRow.to_number,
    MessageRow.body,
    MessageRow.purpose,
    MessageRow.account_id,
    MessageRow.client_id,
    MessageRow.appointment_id,
    MessageRow.urgent,
    MessageRow.idempotency_key,
    MessageRow.attempts,
    MessageRow.segments,
    MessageRow.claimed_at,
    MessageRow.provider_message_id,
    MessageRow.sent_at,
    MessageRow.kind,
)


def _candidates(session: Session, statement: Any) -> list[Candidate]:
    if not is_sqlite(session):
        # PostgreSQL: lock the rows we pick and skip those another dispatcher is picking right now.
        statement = statement.with_for_update(skip_locked=True, of=MessageRow)
    return [
        Candidate(
            id=r[0],
            status=MessageStatus(r[1]),
            to=r[2],
            body=r[3],
            purpose=Purpose(r[4]),
            account_id=r[5],
            client_id=r[6],
            appointment_id=r[7],
            urgent=bool(r[8]),
            idempotency_key=r[9],
            attempts=r[10],
            segments=r[11],
            claimed_at=r[12],
            provider_message_id=r[13],
            sent_at=r[14],
            kind=read_kind(r[15]),
        )
        for r in session.execute(statement)
    ]


def due_candidates(
    session: Session,
    now: dt.datetime,
    limit: int,
    *,
    default_account: int | None = None,
    exclude_accounts: Collection[int] = (),
    only_account: int | None = None,
) -> list[Candidate]:
    """Queued or deferred messages whose time has come: urgent first, then oldest due first.

    ``exclude_accounts`` leaves out the messages of those accounts (their sending is paused),
    ``only_account`` keeps only that account's; a message without an account belongs to
    ``default_account``.
    """
    statement = select(*_CANDIDATE_COLUMNS).where(
        MessageRow.status.in_([S.QUEUED.value, S.DEFERRED.value]), MessageRow.due_at <= now
    )
    unassigned = MessageRow.account_id.is_(None)
    if exclude_accounts:
        kept = MessageRow.account_id.not_in(list(exclude_accounts))
        if default_account in exclude_accounts:
            statement = statement.where(~unassigned, kept)
        else:
            statement = statement.where(or_(unassigned, kept))
    if only_account is not None:
        mine = MessageRow.account_id == only_account
        statement = statement.where(or_(mine, unassigned) if only_account == default_account else mine)
    return _candidates(
        session, statement.order_by(MessageRow.urgent.desc(), MessageRow.due_at, MessageRow.id).limit(limit)
    )


def claim(session: Session, ids: Sequence[int], worker_id: str, now: dt.datetime) -> list[int]:
    """queued/deferred → sending for those of ``ids`` still due and unclaimed; returns the ids won.

    One conditional UPDATE … RETURNING: a message another dispatcher claimed first is simply not returned.
    Committed by the caller *before* any network call.
    """
    if not ids:
        return []
    statement = (
        update(MessageRow)
        .where(
            MessageRow.id.in_(list(ids)),
            MessageRow.status.in_([S.QUEUED.value, S.DEFERRED.value]),
            MessageRow.due_at <= now,
        )
        .values(
            status=S.SENDING.value,
            claimed_by=worker_id,
            claimed_at=now,
            attempts=MessageRow.attempts + 1,
            updated_at=now,
        )
        .returning(MessageRow.id)
        .execution_options(synchronize_session=False)
    )
    won = sorted(session.scalars(statement))
    add_events(session, [event(i, S.SENDING, now, f"claimed:{worker_id}") for i in won])
    return won


def recipient_facts(session: Session, candidates: Sequence[Candidate]) -> dict[int, RecipientFacts]:
    """Consent, suppression and number facts of each candidate's recipient (keyed by message id)."""
    client_ids = {c.client_id for c in candidates if c.client_id is not None}
    clients: dict[int, Any] = {}
    if client_ids:
        for row in session.execute(
            select(
                ClientRow.id,
                ClientRow.mobile,
                ClientRow.region,
                ClientRow.subdiv,
                ClientRow.promotional_consent,
                ClientRow.transactional_consent,
                ClientRow.number_status,
            ).where(ClientRow.id.in_(client_ids))
        ):
            clients[row[0]] = row
    hashes = {c.id: hash_number(c.to) for c in candidates}
    scopes: dict[str, set[str]] = {}
    if hashes:
        for number_hash, scope in session.execute(
            select(SuppressionRow.number_hash, SuppressionRow.scope).where(
                SuppressionRow.number_hash.in_(set(hashes.values()))
            )
        ):
            scopes.setdefault(number_hash, set()).add(scope)
    facts: dict[int, RecipientFacts] = {}
    for c in candidates:
        found = frozenset(scopes.get(hashes[c.id], ()))
        client = clients.get(c.client_id) if c.client_id is not None else None
        if client is None:
            facts[c.id] = RecipientFacts(scopes=found)
            continue
        facts[c.id] = RecipientFacts(
            scopes=found,
            has_client=True,
            region=client[2],
            subdiv=client[3],
            promotional_consent=ConsentState(client[4]),
            transactional_consent=ConsentState(client[5]),
            number_invalid=client[6] == NumberStatus.INVALID.value and client[1] == c.to,
        )
    return facts


def stale_claims(
    session: Session, worker_id: str, in_flight: Collection[int], lease_start: dt.datetime
) -> list[int]:
    """Messages left in ``sending`` by a dispatcher that is gone: claimed by this worker id but not in
    flight here (a previous run of this desk crashed), or claimed by anyone before ``lease_start``."""
    mine = (MessageRow.claimed_by == worker_id) & MessageRow.id.not_in(list(in_flight) or [-1])
    expired = MessageRow.claimed_at < lease_start
    return list(
        session.scalars(
            select(MessageRow.id)
            .where(MessageRow.status == S.SENDING.value, mine | expired)
            .order_by(MessageRow.id)
        )
    )


def due_uncertain(session: Session, now: dt.datetime, limit: int) -> list[Candidate]:
    """Uncertain messages due for a reconciliation attempt (those a human must decide have no date)."""
    return _candidates(
        session,
        select(*_CANDIDATE_COLUMNS)
        .where(
            MessageRow.status == S.UNCERTAIN.value,
            MessageRow.next_attempt_at.is_not(None),
            MessageRow.next_attempt_at <= now,
        )
        .order_by(MessageRow.next_attempt_at, MessageRow.id)
        .limit(limit),
    )


def due_status_polls(session: Session, now: dt.datetime, limit: int) -> list[Candidate]:
    """Sent messages whose delivery status should be asked for now."""
    return _candidates(
        session,
        select(*_CANDIDATE_COLUMNS)
        .where(
            MessageRow.status == S.SENT.value,
            MessageRow.provider_message_id.is_not(None),
            MessageRow.next_attempt_at.is_not(None),
            MessageRow.next_attempt_at <= now,
        )
        .order_by(MessageRow.next_attempt_at, MessageRow.id)
        .limit(limit),
    )


def bound_provider_ids(session: Session, provider_ids: Collection[str], exclude_id: int) -> set[str]:
    """Those of ``provider_ids`` already recorded on another message (a lookup must not reuse them)."""
    if not provider_ids:
        return set()
    return set(
        session.scalars(
            select(MessageRow.provider_message_id).where(
                MessageRow.provider_message_id.in_(list(provider_ids)), MessageRow.id != exclude_id
            )
        )
    )


def reroute(session: Session, change: Reroute, now: dt.datetime) -> None:
    """Send a still unclaimed message through another account; the history records it."""
    result = session.execute(
        update(MessageRow)
        .where(
            MessageRow.id == change.message_id,
            MessageRow.status.in_([S.QUEUED.value, S.DEFERRED.value]),
        )
        .values(
            account_id=change.account_id,
            body=change.body,
            encoding=change.encoding,
            segments=change.segments,
            cost_cents=change.cost_cents,
            updated_at=now,
        )
        .returning(MessageRow.status)
        .execution_options(synchronize_session=False)
    )
    status = result.scalar()
    if status is not None:
        add_events(session, [event(change.message_id, MessageStatus(status), now, change.detail)])


# ---------------------------------------------------------------------------------------- recipients


def opt_out(
    session: Session, client_id: int | None, number: str, scope: str, source: ConsentSource, at: dt.datetime
) -> None:
    """Withdraw consent for ``scope`` (a :class:`desktop.core.optout.Scope` value) and suppress the number
    (:func:`desktop.storage.repositories.consent.withdraw`)."""
    consent_repo.withdraw(session, client_id, number, [scope], source, at, recorded_by="dispatch")


def apply_provider_verdict(
    session: Session, client_id: int | None, number: str, code: str, at: dt.datetime
) -> bool:
    """Consequences of a permanent error about the recipient; True when the client's record changed.

    ``invalid_number`` marks the client's number (only if it is still the number the message went to);
    ``opted_out`` records a withdrawal of every purpose (source: provider) and suppresses the number.
    """
    if code == "invalid_number":
        client = session.get(ClientRow, client_id) if client_id is not None else None
        if client is None or client.mobile != number:
            return False
        client.number_status = NumberStatus.INVALID.value
        return True
    if code == "opted_out":
        opt_out(session, client_id, number, "all", ConsentSource.PROVIDER, at)
        return client_id is not None
    return False
