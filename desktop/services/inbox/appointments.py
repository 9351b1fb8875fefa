"""Which appointment a « je confirme » or « je ne pourrai pas venir » is about — or why nobody can tell.

A reply acts only on the client's **one** upcoming appointment that was reminded (a reminder, a morning-of
reminder or a booking confirmation left for it), still planned or confirmed. Otherwise nothing changes and the
reply waits for a person, with the reason: no reminded appointment, several of them, the one reminded was
cancelled already, or it is already past. A wrong cancellation empties a clinic's afternoon: when in doubt, a
person decides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.core.agenda import APPOINTMENT_NOTICES, Appointment
from desktop.core.entities import AppointmentStatus
from desktop.services.inbox import codes
from desktop.storage.db import UnitOfWork
from desktop.storage.repositories import appointments as appointments_repo
from desktop.storage.repositories import notices as notices_repo


@dataclass(frozen=True, slots=True)
class Match:
    appointment: Appointment | None
    reason: str = ""
    details: dict[str, str] = field(default_factory=dict)


def details_of(appointment: Appointment) -> dict[str, str]:
    return {"appointment": str(appointment.id), "start": appointment.start.isoformat()}


def match(session: UnitOfWork, client_id: int, now: dt.datetime) -> Match:
    reminded = notices_repo.reminded_appointments(session, client_id, APPOINTMENT_NOTICES)
    if not reminded:
        return Match(None, codes.NO_APPOINTMENT)
    found = appointments_repo.get_many(session, list(reminded))
    upcoming = [a for a in found if a.active and a.start > now]
    if len(upcoming) == 1:
        return Match(upcoming[0])
    if upcoming:
        return Match(None, codes.SEVERAL_APPOINTMENTS, {"count": str(len(upcoming))})
    if not found:  # the reminded appointments were deleted since
        return Match(None, codes.NO_APPOINTMENT)
    latest = max(found, key=lambda a: (reminded[a.id], a.start, a.id))
    if latest.status is AppointmentStatus.CANCELLED:
        return Match(None, codes.ALREADY_CANCELLED, details_of(latest))
    return Match(None, codes.APPOINTMENT_PAST, details_of(latest))
