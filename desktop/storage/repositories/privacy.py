"""What is held about one client (GDPR access), erasing it (GDPR erasure), the consent register, and the
prospects gone quiet for years.

Appointments, orders and their notices are read through the agenda's repositories; erasing deletes the
appointments and orders (their notices go with them: ``ON DELETE CASCADE``).

Erasing keeps what the shop must keep and nothing that names the person: messages and replies stay as
anonymous rows (status, segments, cost, dates: the statistics keep their counts) without number or text;
consent events stay as anonymous audit lines; the hash of the number stays in the suppression list, with a
promotional opt-out added, so that re-importing the number never brings promotions back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.agenda import Appointment, Notice, Order
from desktop.core.entities import (
    Client,
    ConsentEvent,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    InboundMessage,
    Message,
    MessageStatus,
)
from desktop.core.phones import hash_number
from desktop.storage.errors import NotFoundError, StorageError
from desktop.storage.orm import (
    AppointmentRow,
    ClientRow,
    ConsentEventRow,
    InboundMessageRow,
    MessageRow,
    OrderRow,
)
from desktop.storage.repositories import appointments as appointments_repo
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import messages as messages_repo
from desktop.storage.repositories import notices as notices_repo
from desktop.storage.repositories import orders as orders_repo
from desktop.storage.repositories.messages import Move

S = MessageStatus
#: Reference of the consent event that records an erasure, and history detail of the messages it cancels.
ERASURE = "client_erased"
#: Contacts that come from the person (CNIL: a prospect's data is kept 3 years from the last one).
_FROM_THE_PERSON = (ConsentSource.FORM.value, ConsentSource.PAPER.value, ConsentSource.SMS_REPLY.value)


class ErasureBlockedError(StorageError):
    """A message to the client is on its way or unverified: erasing now would lose track of it."""

    code = "erase_message_in_flight"


@dataclass(frozen=True)
class ClientDossier:
    """Everything held about one client."""

    client: Client
    consent_events: list[ConsentEvent]
    suppressed_scopes: list[str]  # what the number is opted out of in the suppression list
    messages: list[Message]  # with their status history
    replies: list[InboundMessage]
    appointments: list[Appointment]  # the earliest first
    orders: list[Order]
    notices: list[Notice]  # reminders and order notices, planned or done


@dataclass(frozen=True, slots=True)
class Erasure:
    """What erasing a client did."""

    client_id: int
    messages_anonymised: int
    messages_cancelled: int  # waiting to leave: cancelled rather than sent to nobody
    replies_anonymised: int
    consent_events_kept: int  # now anonymous audit lines
    appointments_deleted: int
    orders_deleted: int
    number_suppressed: bool  # the client had a mobile: its hash stays in the suppression list


@dataclass(frozen=True, slots=True)
class ConsentAuditLine:
    """One line of the consent register: every event, the client's name while the client exists."""

    id: int
    at: dt.datetime
    client_id: int | None  # None: the client was erased (or deleted)
    client_name: str
    purpose: ConsentPurpose
    state: ConsentState
    source: ConsentSource
    wording: str
    recorded_by: str
    reference: str


@dataclass(frozen=True, slots=True)
class Prospect:
    """A client who never bought anything (no order, appointment or visit), quiet since ``last_activity``."""

    client_id: int
    name: str
    mobile: str | None
    created_at: dt.datetime
    last_activity: dt.datetime


# ---------------------------------------------------------------------------------------- access


def _about(client: ClientRow, column_id: Any, column_number: Any) -> ColumnElement[bool]:
    """Rows linked to the client, or sent to / received from its mobile without a client (``send --to``)."""
    condition: ColumnElement[bool] = column_id == client.id
    if client.mobile:
        condition = or_(condition, column_number == client.mobile)
    return condition


def dossier(session: Session, client_id: int) -> ClientDossier:
    row = clients_repo.get_row(session, client_id)
    message_ids = session.scalars(
        select(MessageRow.id)
        .where(_about(row, MessageRow.client_id, MessageRow.to_number))
        .order_by(MessageRow.created_at, MessageRow.id)
    ).all()
    messages = [messages_repo.get(session, i) for i in message_ids]
    replies = [
        inbound_repo.to_record(r)
        for r in session.scalars(
            select(InboundMessageRow)
            .where(_about(row, InboundMessageRow.client_id, InboundMessageRow.from_number))
            .order_by(InboundMessageRow.received_at, InboundMessageRow.id)
        )
    ]
    scopes = sorted(consent_repo.suppressed_scopes(session, row.mobile)) if row.mobile else []
    appointments = list(reversed(appointments_repo.of_client(session, client_id, limit=_ALL)))
    orders = list(reversed(orders_repo.of_client(session, client_id, limit=_ALL)))
    return ClientDossier(
        client=clients_repo.to_record(row),
        consent_events=consent_repo.history(session, client_id),
        suppressed_scopes=scopes,
        messages=messages,
        replies=replies,
        appointments=appointments,
        orders=orders,
        notices=_notices(session, appointments, orders),
    )


#: « Everything held »: no client has this many appointments or orders.
_ALL = 1_000_000


def _notices(session: Session, appointments: list[Appointment], orders: list[Order]) -> list[Notice]:
    found = {
        n.id: n
        for group in (
            *notices_repo.of_appointments(session, [a.id for a in appointments]).values(),
            *notices_repo.of_orders(session, [o.id for o in orders]).values(),
        )
        for n in group
    }
    return sorted(found.values(), key=lambda n: (n.due_at, n.id))


# ---------------------------------------------------------------------------------------- erasure


def erase(session: Session, client_id: int, now: dt.datetime, recorded_by: str = "") -> Erasure:
    """Erase the client (one transaction): see the module's docstring for what is kept, and how.

    :class:`ErasureBlockedError` when a message to the client is being sent or awaits verification with
    the provider (erasing its number now would make it impossible to reconcile): nothing is changed.
    """
    row = session.get(ClientRow, client_id, with_for_update=not messages_repo.is_sqlite(session))
    if row is None:
        raise NotFoundError(f"client {client_id}")
    about_messages = _about(row, MessageRow.client_id, MessageRow.to_number)
    in_flight = session.scalar(
        select(func.count(MessageRow.id)).where(
            about_messages, MessageRow.status.in_([S.SENDING.value, S.UNCERTAIN.value])
        )
    )
    if in_flight:
        raise ErasureBlockedError(f"client {client_id}: {in_flight} message(s) in flight")

    waiting = frozenset({S.QUEUED, S.DEFERRED})
    waiting_ids = session.scalars(
        select(MessageRow.id).where(about_messages, MessageRow.status.in_([s.value for s in waiting]))
    ).all()
    cancelled = messages_repo.apply_moves(
        session, [Move(i, S.CANCELLED, waiting, ERASURE) for i in waiting_ids], now
    )
    anonymised = session.execute(
        update(MessageRow)
        .where(about_messages)
        .values(client_id=None, to_number="", body="", error_detail="", updated_at=now)
    ).rowcount  # type: ignore[attr-defined]
    replies = session.execute(
        update(InboundMessageRow)
        .where(_about(row, InboundMessageRow.client_id, InboundMessageRow.from_number))
        .values(client_id=None, from_number="", text="")
    ).rowcount  # type: ignore[attr-defined]
    kept = session.execute(
        update(ConsentEventRow)
        .where(ConsentEventRow.client_id == client_id)
        .values(client_id=None, number_hash=None, reference="")
    ).rowcount  # type: ignore[attr-defined]
    # the erasure itself, as an anonymous line of the register: who erased, when
    session.add(
        ConsentEventRow(
            client_id=None,
            number_hash=None,
            purpose=ConsentPurpose.PROMOTIONAL.value,
            state=ConsentState.WITHDRAWN.value,
            source=ConsentSource.USER.value,
            wording="",
            recorded_by=recorded_by[:100],
            reference=ERASURE,
            at=now,
        )
    )
    if row.mobile:
        consent_repo.suppress(
            session, hash_number(row.mobile), consent_repo.SCOPE_PROMOTIONAL, ConsentSource.USER.value, now
        )
    appointments = session.execute(
        delete(AppointmentRow).where(AppointmentRow.client_id == client_id)
    ).rowcount  # type: ignore[attr-defined]
    orders = session.execute(delete(OrderRow).where(OrderRow.client_id == client_id)).rowcount  # type: ignore[attr-defined]
    clients_repo.delete_client(session, client_id)
    return Erasure(
        client_id,
        messages_anonymised=int(anonymised),
        messages_cancelled=len(cancelled),
        replies_anonymised=int(replies),
        consent_events_kept=int(kept),
        appointments_deleted=int(appointments),
        orders_deleted=int(orders),
        number_suppressed=bool(row.mobile),
    )


# ---------------------------------------------------------------------------------------- register


def consent_register(
    session: Session, *, before_id: int | None = None, limit: int = 500, client_id: int | None = None
) -> list[ConsentAuditLine]:
    """The consent events, newest first, ``limit`` at a time (``before_id``: the last id of the previous
    page); only one client's with ``client_id``."""
    statement = (
        select(ConsentEventRow, ClientRow.first_name, ClientRow.last_name)
        .outerjoin(ClientRow, ClientRow.id == ConsentEventRow.client_id)
        .order_by(ConsentEventRow.id.desc())
        .limit(max(limit, 0))
    )
    if before_id is not None:
        statement = statement.where(ConsentEventRow.id < before_id)
    if client_id is not None:
        statement = statement.where(ConsentEventRow.client_id == client_id)
    return [_audit_line(event, first, last) for event, first, last in session.execute(statement)]


def iter_consent_register(session: Session, chunk: int = 2000) -> Iterator[ConsentAuditLine]:
    """Every line of the register, newest first, read ``chunk`` at a time (exports)."""
    before: int | None = None
    while True:
        page = consent_register(session, before_id=before, limit=chunk)
        yield from page
        if len(page) < chunk:
            return
        before = page[-1].id


def count_consent_events(session: Session) -> int:
    return int(session.scalar(select(func.count(ConsentEventRow.id))) or 0)


def _audit_line(event: ConsentEventRow, first: str | None, last: str | None) -> ConsentAuditLine:
    return ConsentAuditLine(
        id=event.id,
        at=event.at,
        client_id=event.client_id,
        client_name=" ".join(p for p in (first, last) if p),
        purpose=ConsentPurpose(event.purpose),
        state=ConsentState(event.state),
        source=ConsentSource(event.source),
        wording=event.wording,
        recorded_by=event.recorded_by,
        reference=event.reference,
    )


# ---------------------------------------------------------------------------------------- prospects


def quiet_prospects(session: Session, before: dt.datetime) -> list[Prospect]:
    """Prospects whose last contact coming from them (being added, a reply, a consent given on a form or on
    paper or by SMS) is older than ``before``, the quietest first."""
    last_reply = (
        select(func.max(InboundMessageRow.received_at))
        .where(InboundMessageRow.client_id == ClientRow.id)
        .scalar_subquery()
    )
    last_consent = (
        select(func.max(ConsentEventRow.at))
        .where(ConsentEventRow.client_id == ClientRow.id, ConsentEventRow.source.in_(_FROM_THE_PERSON))
        .scalar_subquery()
    )
    statement = select(
        ClientRow.id,
        ClientRow.first_name,
        ClientRow.last_name,
        ClientRow.mobile,
        ClientRow.created_at,
        last_reply.label("last_reply"),
        last_consent.label("last_consent"),
    ).where(
        ClientRow.created_at < before,
        ClientRow.last_visit.is_(None),
        ~select(AppointmentRow.id).where(AppointmentRow.client_id == ClientRow.id).exists(),
        ~select(OrderRow.id).where(OrderRow.client_id == ClientRow.id).exists(),
    )
    found = []
    for r in session.execute(statement):
        moments = [m for m in (r.created_at, _aware(r.last_reply), _aware(r.last_consent)) if m is not None]
        last = max(moments)
        if last < before:
            name = " ".join(p for p in (r.first_name, r.last_name) if p)
            found.append(Prospect(r.id, name, r.mobile, r.created_at, last))
    return sorted(found, key=lambda p: (p.last_activity, p.client_id))


def _aware(value: dt.datetime | str | None) -> dt.datetime | None:
    """A subquery's aggregate comes back as the database gave it (SQLite: text; PostgreSQL: naive UTC)."""
    if value is None:
        return None
    moment = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)
