"""Consent events (immutable) and the suppression list. The only writer of clients' consent columns."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.entities import ConsentEvent, ConsentPurpose, ConsentSource, ConsentState
from desktop.core.phones import hash_number
from desktop.storage.orm import ClientRow, ConsentEventRow, SuppressionRow

#: Suppression scopes: "promotional" blocks promotions; "all" blocks every message; "reminders" only those.
SCOPE_PROMOTIONAL = "promotional"
SCOPE_ALL = "all"


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
    """Append an event, update the client's current state and, for an opt-out, the suppression list."""
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
    else:
        client.transactional_consent = state.value
    if number_hash is not None:
        scope = SCOPE_PROMOTIONAL if purpose is ConsentPurpose.PROMOTIONAL else SCOPE_ALL
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
