"""Appointments: create, edit, move, cancel, change status, and read a day or a week of the agenda.

Every change plans the appointment's reminders in the same transaction (:class:`ReminderService`), then
publishes ``Changes(agenda=True)``; what became due at once (a confirmation for a late booking) is handed
to the message gate right away.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from desktop.core.agenda import AgendaEntry, Appointment, AppointmentDraft, Booking, Notice
from desktop.core.clock import Clock
from desktop.core.entities import AppointmentStatus
from desktop.services.agenda import errors
from desktop.services.agenda.errors import AgendaError
from desktop.services.agenda.reminders import CANCELLED_EDITED, CANCELLED_MOVED, ReminderService
from desktop.services.changes import ChangeHub, Changes
from desktop.settings import Settings
from desktop.storage.db import Database, UnitOfWork
from desktop.storage.errors import NotFoundError
from desktop.storage.repositories import appointments as repo
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories.appointments import AppointmentValues

MIN_MINUTES: Final = 5
MAX_MINUTES: Final = 12 * 60
_TEXT_LIMITS: Final = {"kind": 100, "staff": 100, "location": 200}
#: Statuses a user (or a reply) may set; cancelling has its own action.
SETTABLE: Final = frozenset(
    {
        AppointmentStatus.PLANNED,
        AppointmentStatus.CONFIRMED,
        AppointmentStatus.DONE,
        AppointmentStatus.NO_SHOW,
    }
)


@dataclass(frozen=True, slots=True)
class AgendaPeriod:
    """A day or a week of the agenda, as one query returns it."""

    start: dt.datetime  # UTC, midnight business time of the first day
    end: dt.datetime
    entries: tuple[AgendaEntry, ...]


class AppointmentService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings],
        reminders: ReminderService,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self._settings = settings_provider
        self._reminders = reminders

    # ---------------------------------------------------------------- reading
    def get(self, appointment_id: int) -> Appointment:
        try:
            with self._db.read() as session:
                return repo.get(session, appointment_id)
        except NotFoundError as exc:
            raise AgendaError(errors.APPOINTMENT_UNKNOWN, id=str(appointment_id)) from exc

    def period(self, first_day: dt.date, days: int = 7, staff: str | None = None) -> AgendaPeriod:
        """The appointments of `days` days from `first_day` (business time), of one staff member or all."""
        zone = self._reminders.zone()
        start = dt.datetime.combine(first_day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)
        end_day = first_day + dt.timedelta(days=max(days, 1))
        end = dt.datetime.combine(end_day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)
        with self._db.read() as session:
            entries = repo.period(session, start, end, staff)
        return AgendaPeriod(start, end, tuple(entries))

    def between(
        self, start: dt.datetime, end: dt.datetime, client_id: int | None = None
    ) -> list[tuple[Appointment, list[Notice]]]:
        """Appointments starting in ``[start, end)`` (of one client) with their notices (command line)."""
        with self._db.read() as session:
            if client_id is None:
                found = repo.between(session, start, end)
            else:
                found = [
                    a for a in repo.of_client(session, client_id, limit=100_000) if start <= a.start < end
                ]
                found.sort(key=lambda a: (a.start, a.id))
        notices = self._reminders.of_appointments([a.id for a in found])
        return [(a, notices.get(a.id, [])) for a in found]

    def of_client(self, client_id: int, limit: int = 200) -> list[Appointment]:
        with self._db.read() as session:
            return repo.of_client(session, client_id, limit)

    def notices(self, appointment_id: int) -> list[Notice]:
        return self._reminders.of_appointments([appointment_id]).get(appointment_id, [])

    def notices_of(self, appointment_ids: Sequence[int]) -> dict[int, list[Notice]]:
        return self._reminders.of_appointments(appointment_ids)

    def staff(self) -> list[str]:
        """The staff of the settings, then any other name already used in the agenda."""
        listed = [s for s in self._settings().staff if s.strip()]
        with self._db.read() as session:
            used = repo.staff_names(session)
        return list(dict.fromkeys([*listed, *used]))

    # ---------------------------------------------------------------- writing
    def create(self, draft: AppointmentDraft) -> Appointment:
        return self.get(self.create_many([draft])[0])

    def create_many(self, drafts: Sequence[AppointmentDraft]) -> list[int]:
        """Create appointments and plan their reminders, all in one transaction."""
        values = [self._values(d) for d in drafts]
        now = self._clock.now()
        with self._db.session() as session:
            areas = self._check_clients(session, {v.client_id for v in values})
            ids = repo.insert_many(session, values, now)
            bookings = [  # as stored, with where each client lives (their reminders' courtesy window)
                Booking(i, v.client_id, v.start, v.kind, AppointmentStatus.PLANNED, now, *areas[v.client_id])
                for i, v in zip(ids, values, strict=True)
            ]
            self._reminders.plan_appointments(session, ids, now, cause=CANCELLED_EDITED, inserted=bookings)
        self._changed()
        return ids

    def update(self, appointment_id: int, draft: AppointmentDraft) -> Appointment:
        """Edit an appointment (its time too: a move). Its reminders are planned again."""
        values = self._values(draft)
        now = self._clock.now()
        zone = self._reminders.zone()
        with self._db.session() as session:
            before = self._active(session, appointment_id)
            self._check_clients(session, {values.client_id})
            repo.update(session, appointment_id, values, now)
            moved = before.start != values.start or before.client_id != values.client_id
            self._reminders.plan_appointments(
                session,
                [appointment_id],
                now,
                cause=CANCELLED_MOVED if moved else CANCELLED_EDITED,
                also=[(before.client_id, before.start.astimezone(zone).date())],
            )
        self._changed()
        return self.get(appointment_id)

    def move(self, appointment_id: int, start: dt.datetime, staff: str | None = None) -> Appointment:
        """Move an appointment to `start` (its length kept), and to another staff member when given."""
        current = self.get(appointment_id)
        draft = AppointmentDraft(
            client_id=current.client_id,
            start=start,
            duration_minutes=current.duration_minutes,
            kind=current.kind,
            staff=current.staff if staff is None else staff,
            location=current.location,
            reason=current.reason,
        )
        return self.update(appointment_id, draft)

    def cancel(self, appointment_id: int) -> Appointment:
        """Cancel an appointment: its pending reminders are cancelled (its other same-day appointments get
        a reminder of their own)."""
        return self._set(appointment_id, AppointmentStatus.CANCELLED)

    def set_status(self, appointment_id: int, status: AppointmentStatus) -> Appointment:
        if status not in SETTABLE:
            return self.cancel(appointment_id)
        return self._set(appointment_id, status)

    def _set(self, appointment_id: int, status: AppointmentStatus) -> Appointment:
        now = self._clock.now()
        with self._db.session() as session:
            self._active(session, appointment_id, allow_closed=status is not AppointmentStatus.CANCELLED)
            self.apply_status(session, appointment_id, status, now)
        self._changed()
        return self.get(appointment_id)

    def apply_status(
        self, session: UnitOfWork, appointment_id: int, status: AppointmentStatus, now: dt.datetime
    ) -> None:
        """Set the status inside the caller's transaction (a reply that confirms or cancels) and plan the
        reminders again; the caller has checked the appointment and publishes the change."""
        repo.set_status(session, appointment_id, status, now)
        self._reminders.plan_appointments(session, [appointment_id], now, cause=CANCELLED_EDITED)

    # ---------------------------------------------------------------- helpers
    def _changed(self) -> None:
        self._hub.publish(Changes(agenda=True))
        self._reminders.run_due()

    def _active(self, session: UnitOfWork, appointment_id: int, *, allow_closed: bool = False) -> Appointment:
        try:
            current = repo.get(session, appointment_id)
        except NotFoundError as exc:
            raise AgendaError(errors.APPOINTMENT_UNKNOWN, id=str(appointment_id)) from exc
        if current.status is AppointmentStatus.CANCELLED and not allow_closed:
            raise AgendaError(errors.APPOINTMENT_CANCELLED, id=str(appointment_id))
        return current

    @staticmethod
    def _check_clients(session: UnitOfWork, client_ids: set[int]) -> dict[int, tuple[str, str | None]]:
        """Where each of these clients lives (region, département); refused when one does not exist."""
        areas = clients_repo.areas(session, client_ids)
        missing = sorted(client_ids - areas.keys())
        if missing:
            raise AgendaError(errors.CLIENT_UNKNOWN, id=str(missing[0]))
        return areas

    def _values(self, draft: AppointmentDraft) -> AppointmentValues:
        if draft.start.tzinfo is None or draft.start.utcoffset() is None:
            raise ValueError("an appointment's start must be an aware datetime")
        if not MIN_MINUTES <= draft.duration_minutes <= MAX_MINUTES:
            raise AgendaError(errors.DURATION_INVALID, min=str(MIN_MINUTES), max=str(MAX_MINUTES // 60))
        texts = {"kind": draft.kind.strip(), "staff": draft.staff.strip(), "location": draft.location.strip()}
        for name, text in texts.items():
            if len(text) > _TEXT_LIMITS[name]:
                raise AgendaError(errors.TEXT_TOO_LONG, max=str(_TEXT_LIMITS[name]))
        start = draft.start.astimezone(dt.UTC).replace(second=0, microsecond=0)
        return AppointmentValues(
            client_id=draft.client_id,
            start=start,
            end=start + dt.timedelta(minutes=draft.duration_minutes),
            staff=texts["staff"],
            kind=texts["kind"],
            location=texts["location"],
            reason=draft.reason.strip(),
        )
