"""Consent events (immutable) and the suppression list. The only writer of clients' consent columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.entities import ConsentEvent, ConsentPurpose, ConsentSource, ConsentState
from desktop.core.phones import hash_number
from desktop.storage.orm import ClientRow, ConsentEventRow, SuppressionRow

#: Suppression scopes (desktop.core.optout.Scope): "promotional" blocks promotions; "all" blocks every
#: message; a family's scope ("reminders", "order_notices", "surveys") blocks that family's messages.
SCOPE_PROMOTIONAL = "promotional"
SCOPE_ALL = "all"
#: Purposes that are one family of transactional messages: only the suppression list acts on them.
_FAMILIES = frozenset({ConsentPurpose.REMINDERS, ConsentPurpose.ORDER_NOTICES, ConsentPurpose.SURVEYS})


def record(
    session: Session,
    client_id: int,
    purpose: ConsentPurpose,
    state: ConsentState,
    source: ConsentSource,
    *,
    wording: str = "",
    recorded_by: str = "",
    reference: str = "",
    at: dt.datetime,
) -> ConsentEvent:
    """Append an event, update the client's current state and, for an opt-out, the suppression list (a
    family's event — reminders, order notices, surveys — only touches the suppression list)."""
    client = session.get(ClientRow, client_id)
    if client is None:
        raise LookupError(client_id)
    number_hash = hash_number(client.mobile) if client.mobile else None
    row = ConsentEventRow(
        client_id=client_id,
        number_hash=number_hash,
        purpose=purpose.value,
        state=state.value,
        source=source.value,
        wording=wording,
        recorded_by=recorded_by,
        reference=reference,
        at=at,
    )
    session.add(row)
    if purpose is ConsentPurpose.PROMOTIONAL:
        client.promotional_consent = state.value
    elif purpose is ConsentPurpose.TRANSACTIONAL:
        client.transactional_consent = state.value
    if number_hash is not None:
        scope = _scope(purpose)
        if state is ConsentState.WITHDRAWN:
            suppress(session, number_hash, scope, source.value, at)
        elif state is ConsentState.GRANTED:
            session.execute(
                delete(SuppressionRow).where(
                    SuppressionRow.number_hash == number_hash, SuppressionRow.scope == scope
                )
            )
    session.flush()
    return _to_record(row)


def withdraw(
    session: Session,
    client_id: int | None,
    number: str,
    scopes: Iterable[str],
    source: ConsentSource,
    at: dt.datetime,
    *,
    wording: str = "",
    recorded_by: str = "",
) -> None:
    """Opt ``number`` (and its client, if any) out of each scope: a consent event per purpose for the client
    (``all`` withdraws both purposes), and the number's suppression — also for a number without a client, so
    that it stays opted out if the client is created later."""
    client = session.get(ClientRow, client_id) if client_id is not None else None
    number_hash = hash_number(number)
    for scope in scopes:
        purposes: tuple[ConsentPurpose, ...] = (ConsentPurpose.PROMOTIONAL, ConsentPurpose.TRANSACTIONAL)
        if scope != SCOPE_ALL:
            purposes = (ConsentPurpose.PROMOTIONAL if scope == SCOPE_PROMOTIONAL else ConsentPurpose(scope),)
        if client is not None:
            for purpose in purposes:
                record(
                    session,
                    client.id,
                    purpose,
                    ConsentState.WITHDRAWN,
                    source,
                    wording=wording,
                    recorded_by=recorded_by,
                    at=at,
                )
        # record() suppresses the client's current number; the number concerned may be another one.
        suppress(session, number_hash, scope, source.value, at)


def _scope(purpose: ConsentPurpose) -> str:
    if purpose is ConsentPurpose.PROMOTIONAL:
        return SCOPE_PROMOTIONAL
    return purpose.value if purpose in _FAMILIES else SCOPE_ALL


def unsuppress(session: Session, number_hash: str, scopes: set[str]) -> None:
    session.execute(
        delete(SuppressionRow).where(
            SuppressionRow.number_hash == number_hash, SuppressionRow.scope.in_(scopes)
        )
    )


def suppress(session: Session, number_hash: str, scope: str, source: str, at: dt.datetime) -> None:
    if session.get(SuppressionRow, (number_hash, scope)) is None:
        session.add(SuppressionRow(number_hash=number_hash, scope=scope, source=source, created_at=at))


def suppressed_scopes(session: Session, e164: str) -> set[str]:
    return set(
        session.scalars(select(SuppressionRow.scope).where(SuppressionRow.number_hash == hash_number(e164)))
    )


def suppressed_hashes(session: Session, scope: str) -> set[str]:
    return set(session.scalars(select(SuppressionRow.number_hash).where(SuppressionRow.scope == scope)))


def history(session: Session, client_id: int) -> list[ConsentEvent]:
    rows = session.scalars(
        select(ConsentEventRow).where(ConsentEventRow.client_id == client_id).order_by(ConsentEventRow.id)
    )
    return [_to_record(r) for r in rows]


def _to_record(row: ConsentEventRow) -> ConsentEvent:
    return ConsentEvent(
        id=row.id,
        client_id=row.client_id,
        purpose=ConsentPurpose(row.purpose),
        state=ConsentState(row.state),
        source=ConsentSource(row.source),
        at=row.at,
        wording=row.wording,
        recorded_by=row.recorded_by,
        reference=row.reference,
    )
