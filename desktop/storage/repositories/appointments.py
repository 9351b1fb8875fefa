"""Appointments: writes, one period of the agenda (a day, a week) in one indexed query, a client's history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import BindParameter, Integer, Select, and_, bindparam, func, select
from sqlalchemy import insert as sql_insert
from sqlalchemy.orm import Session

from desktop.core.agenda import ACTIVE_APPOINTMENTS, AgendaEntry, Appointment, Booking, NoticeStatus
from desktop.core.entities import AppointmentStatus
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import AppointmentRow, ClientRow, NoticeRow
from desktop.storage.repositories.chunks import in_chunks
from desktop.storage.repositories.key_rows import key_rows


@dataclass(frozen=True, slots=True)
class AppointmentValues:
    """Checked values to write (the service has validated the client, the times and the texts)."""

    client_id: int
    start: dt.datetime
    end: dt.datetime
    staff: str
    kind: str
    location: str
    reason: str


_CLIENT_NAME = func.trim(ClientRow.first_name + " " + ClientRow.last_name)
_STATUSES: Final = {s.value: s for s in AppointmentStatus}
_ACTIVE: Final = [s.value for s in ACTIVE_APPOINTMENTS]


def _columns() -> tuple[Any, ...]:
    return (
        AppointmentRow.id,
        AppointmentRow.client_id,
        AppointmentRow.start_at,
        AppointmentRow.end_at,
        AppointmentRow.staff,
        AppointmentRow.kind,
        AppointmentRow.location,
        AppointmentRow.reason,
        AppointmentRow.status,
        AppointmentRow.created_at,
        AppointmentRow.updated_at,
        _CLIENT_NAME.label("client_name"),
        ClientRow.mobile,
    )


def _record(row: Any) -> Appointment:
    return Appointment(
        id=row.id,
        client_id=row.client_id,
        start=row.start_at,
        end=row.end_at,
        staff=row.staff,
        kind=row.kind,
        location=row.location,
        reason=row.reason,
        status=AppointmentStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        client_name=row.client_name or row.mobile or "",
    )


def _base() -> Select[Any]:
    return select(*_columns()).join(ClientRow, ClientRow.id == AppointmentRow.client_id)


# ---------------------------------------------------------------------------------------- reading


#: A moment of a statement: a value, or a parameter bound when it runs.
_Moment = dt.datetime | BindParameter[Any]


def period_statement(
    start: _Moment, end: _Moment, staff: str | BindParameter[Any] | None = None
) -> Select[Any]:
    """The appointments starting in ``[start, end)`` (of one staff member when given), with the count of
    their blocked notices, in start order. The agenda's one query for a day or a week."""
    blocked = (
        select(func.count(NoticeRow.id))
        .where(NoticeRow.appointment_id == AppointmentRow.id, NoticeRow.status == NoticeStatus.BLOCKED.value)
        .correlate(AppointmentRow)
        .scalar_subquery()
    )
    statement = select(
        AppointmentRow.id,
        AppointmentRow.client_id,
        _CLIENT_NAME.label("client_name"),
        ClientRow.mobile,
        AppointmentRow.start_at,
        AppointmentRow.end_at,
        AppointmentRow.staff,
        AppointmentRow.kind,
        AppointmentRow.location,
        AppointmentRow.status,
        blocked.label("blocked"),
    ).join(ClientRow, ClientRow.id == AppointmentRow.client_id)
    statement = statement.where(AppointmentRow.start_at >= start, AppointmentRow.start_at < end)
    if staff is not None:
        statement = statement.where(AppointmentRow.staff == staff)
    return statement.order_by(AppointmentRow.start_at, AppointmentRow.id)


#: The period's statements, built once: SQLAlchemy knows them again at once (parameters bound at each run).
_PERIOD = period_statement(bindparam("start"), bindparam("end"))
_PERIOD_OF = period_statement(bindparam("start"), bindparam("end"), bindparam("staff"))


def period(
    session: Session, start: dt.datetime, end: dt.datetime, staff: str | None = None
) -> list[AgendaEntry]:
    # A Core read (no ORM row processing), fetched at once: a week holds a thousand appointments in a busy
    # practice.
    if staff is None:
        result = session.connection().execute(_PERIOD, {"start": start, "end": end})
    else:
        result = session.connection().execute(_PERIOD_OF, {"start": start, "end": end, "staff": staff})
    rows = result.all()
    statuses = _STATUSES
    return [
        AgendaEntry(
            id_, client, name or mobile or "", begin, end_at, who, kind, place, statuses[status], blocked or 0
        )
        for id_, client, name, mobile, begin, end_at, who, kind, place, status, blocked in rows
    ]


def get(session: Session, appointment_id: int) -> Appointment:
    row = session.execute(_base().where(AppointmentRow.id == appointment_id)).one_or_none()
    if row is None:
        raise NotFoundError(f"appointment {appointment_id}")
    return _record(row)


def get_many(session: Session, ids: Sequence[int]) -> list[Appointment]:
    found: list[Appointment] = []
    for chunk in in_chunks(list(dict.fromkeys(ids))):
        found.extend(_record(r) for r in session.execute(_base().where(AppointmentRow.id.in_(chunk))))
    return sorted(found, key=lambda a: (a.start, a.id))


def between(session: Session, start: dt.datetime, end: dt.datetime) -> list[Appointment]:
    """Every appointment starting in ``[start, end)``, in start order (full records: the command line)."""
    statement = _base().where(AppointmentRow.start_at >= start, AppointmentRow.start_at < end)
    return [
        _record(row)
        for row in session.execute(statement.order_by(AppointmentRow.start_at, AppointmentRow.id))
    ]


def ended_between(session: Session, start: dt.datetime, end: dt.datetime) -> list[Appointment]:
    """Visits: appointments that ended in ``[start, end)`` and took place (or may have: planned,
    confirmed, done — not cancelled, not a no-show), in end order."""
    statement = _base().where(
        AppointmentRow.end_at >= start,
        AppointmentRow.end_at < end,
        AppointmentRow.status.in_(
            [AppointmentStatus.PLANNED.value, AppointmentStatus.CONFIRMED.value, AppointmentStatus.DONE.value]
        ),
    )
    return [
        _record(row) for row in session.execute(statement.order_by(AppointmentRow.end_at, AppointmentRow.id))
    ]


def of_client(session: Session, client_id: int, limit: int = 200) -> list[Appointment]:
    """A client's appointments, the latest first."""
    statement = (
        _base()
        .where(AppointmentRow.client_id == client_id)
        .order_by(AppointmentRow.start_at.desc(), AppointmentRow.id.desc())
        .limit(limit)
    )
    return [_record(row) for row in session.execute(statement)]


def _bookings(session: Session, statement: Select[Any]) -> list[Booking]:
    statuses = _STATUSES
    session.flush()  # a Core read does not flush pending ORM changes (a move made in this transaction)
    rows = session.connection().execute(statement).all()
    return [
        Booking(id_, client, start, kind, statuses[status], booked, region, subdiv)
        for id_, client, start, kind, status, booked, region, subdiv in rows
    ]


_BOOKING: tuple[Any, ...] = (
    AppointmentRow.id,
    AppointmentRow.client_id,
    AppointmentRow.start_at,
    AppointmentRow.kind,
    AppointmentRow.status,
    AppointmentRow.created_at,
    ClientRow.region,
    ClientRow.subdiv,
)


def _booking_columns() -> Select[Any]:
    return select(*_BOOKING).join(ClientRow, ClientRow.id == AppointmentRow.client_id)


def bookings(session: Session, ids: Sequence[int]) -> list[Booking]:
    """What planning needs about these appointments (any status)."""
    found: list[Booking] = []
    for chunk in in_chunks(list(dict.fromkeys(ids))):
        found += _bookings(session, _booking_columns().where(AppointmentRow.id.in_(chunk)))
    return found


_IDS: Final = (("id", Integer()),)
#: The (client, day) pairs of :func:`active_bookings_on`: a client and a day's ``[start, end)``.
_CLIENT_DAYS: Final = (
    ("client_id", Integer()),
    ("day_start", AppointmentRow.__table__.c.start_at.type),
    ("day_end", AppointmentRow.__table__.c.start_at.type),
)


def active_bookings_on(
    session: Session, days: Sequence[tuple[int, dt.datetime, dt.datetime]], besides: Collection[int] = ()
) -> list[Booking]:
    """The active (planned or confirmed) appointments of some clients on some days, but those `besides`
    (the caller has them): each item is a client and a day's ``[start, end)``. One statement for the whole
    batch (:mod:`.key_rows`), each pair found through the ``(client_id, start_at)`` index."""
    if not days:
        return []
    wanted = key_rows(session, "wanted", _CLIENT_DAYS, days)
    statement = _booking_columns().join(
        wanted,
        and_(
            AppointmentRow.client_id == wanted.c.client_id,
            AppointmentRow.start_at >= wanted.c.day_start,
            AppointmentRow.start_at < wanted.c.day_end,
        ),
    )
    statement = statement.where(AppointmentRow.status.in_(_ACTIVE))
    if besides:
        skipped = key_rows(session, "besides", _IDS, [(i,) for i in dict.fromkeys(besides)])
        statement = statement.where(AppointmentRow.id.not_in(select(skipped.c.id)))
    return _bookings(session, statement)


def active_after(session: Session, since: dt.datetime) -> list[int]:
    """The ids of every active appointment starting after `since` (to plan again when the rules change)."""
    active = [s.value for s in ACTIVE_APPOINTMENTS]
    statement = select(AppointmentRow.id).where(
        AppointmentRow.start_at > since, AppointmentRow.status.in_(active)
    )
    return list(session.scalars(statement.order_by(AppointmentRow.start_at)))


def staff_names(session: Session) -> list[str]:
    """Every staff name used by an appointment, sorted."""
    statement = select(AppointmentRow.staff).where(AppointmentRow.staff != "").distinct()
    return sorted(session.scalars(statement))


# ---------------------------------------------------------------------------------------- writing


def insert(session: Session, values: AppointmentValues, now: dt.datetime) -> int:
    row = AppointmentRow(
        client_id=values.client_id,
        start_at=values.start,
        end_at=values.end,
        staff=values.staff,
        kind=values.kind,
        location=values.location,
        reason=values.reason,
        status=AppointmentStatus.PLANNED.value,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def insert_many(session: Session, values: Sequence[AppointmentValues], now: dt.datetime) -> list[int]:
    """Insert many appointments in one statement per batch; their ids in the order given."""
    if not values:
        return []
    rows = [
        {
            "client_id": v.client_id,
            "start_at": v.start,
            "end_at": v.end,
            "staff": v.staff,
            "kind": v.kind,
            "location": v.location,
            "reason": v.reason,
            "status": AppointmentStatus.PLANNED.value,
            "source": "user",
            "created_at": now,
            "updated_at": now,
        }
        for v in values
    ]
    statement = sql_insert(AppointmentRow).returning(AppointmentRow.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _row(session: Session, appointment_id: int) -> AppointmentRow:
    row = session.get(AppointmentRow, appointment_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"appointment {appointment_id}")
    return row


def update(session: Session, appointment_id: int, values: AppointmentValues, now: dt.datetime) -> None:
    row = _row(session, appointment_id)
    row.client_id = values.client_id
    row.start_at = values.start
    row.end_at = values.end
    row.staff = values.staff
    row.kind = values.kind
    row.location = values.location
    row.reason = values.reason
    row.updated_at = now


def set_status(session: Session, appointment_id: int, status: AppointmentStatus, now: dt.datetime) -> None:
    row = _row(session, appointment_id)
    row.status = status.value
    row.updated_at = now
