"""Which notices an appointment or an order gets, and when: pure rules (no database, no clock of its own).

Appointment reminders (:func:`plan_appointment`), for one client's appointments of one day taken together
(one SMS for several appointments the same day):

- **the reminder before**: ``days_before`` days before the first appointment (D-1 by default) at the rule's
  hour (10:00) in the *business's* time zone. When that day is a Sunday (unless the rule allows Sundays) or a
  public holiday of the business's area, it moves back to the last working day before. With
  ``earlier_when_booked_ahead``, one day earlier still when the appointment was booked more than
  :data:`BOOKED_AHEAD` ahead (D-2);
- **a confirmation instead**, right away, when the appointment is booked (or moved) after that moment; an
  appointment booked before it but planned again later (new rules) keeps its reminder, even past due, for
  the catch-up to decide;
- **the morning-of reminder** (optional) at ``morning_at`` on the day of an afternoon appointment, unless
  another notice already leaves that day;
- every moment keeps the courtesy window of the *recipient's* local time (08:00–20:30 by default): outside
  it, the notice moves to the window's next start (:func:`desktop.core.quiet_hours.courteous_moment`);
- nothing is planned later than :data:`MIN_LEAD` before the start (``expires_at``): a reminder must still be
  useful when it arrives.

Catch-up (:func:`catch_up`): a notice found due after its moment (Comptoir was closed) leaves now if it is
still useful and courteous, waits for the next courteous moment if that still comes before it expires, or is
skipped with the reason.

Pickup reminders and surveys of orders (:func:`plan_after`) fall on the first working day at or after
N days, at the given hour, inside the courtesy window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

from desktop.core.agenda import NoticeKind
from desktop.core.phones import region_timezone
from desktop.core.quiet_hours import DEFAULT_POLICY, SendingPolicy, courteous_moment, holiday_name
from desktop.core.templates import format_date_fr, format_time_fr, join_fr

#: A reminder arriving later than this before the start is of no use.
MIN_LEAD: Final = dt.timedelta(hours=1)
#: Booked further ahead than this: the reminder may come a day earlier (D-2), see ``earlier_when_booked_ahead``.
BOOKED_AHEAD: Final = dt.timedelta(days=7)
#: Appointments starting at or after this local time are "afternoon" ones (morning-of reminder).
AFTERNOON: Final = dt.time(12, 0)
_SUNDAY: Final = 6
_MAX_CLOSED_DAYS: Final = 14  # a fortnight of holidays in a row does not exist; beyond, keep the day

# Reasons (catalogue codes, desktop.core.catalogue.agenda).
TOO_LATE: Final = "notice_too_late"
SUPERSEDED: Final = "notice_superseded"


@dataclass(frozen=True, slots=True)
class ReminderRule:
    """How the appointments of one kind are reminded. Template fields hold template *names*; empty means
    the sector's usual template (see :mod:`desktop.services.agenda.defaults`)."""

    enabled: bool = True
    days_before: int = 1
    at: dt.time = dt.time(10, 0)
    sunday_allowed: bool = False
    earlier_when_booked_ahead: bool = False
    morning_of: bool = False
    morning_at: dt.time = dt.time(8, 0)
    confirm_late_booking: bool = True
    template: str = ""
    morning_template: str = ""
    confirmation_template: str = ""


@dataclass(frozen=True, slots=True)
class Area:
    """Where a calendar is read: a region code (``"FR"``, ``"RE"``…) and a département (``"57"``) or None."""

    region: str = "FR"
    subdiv: str | None = None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(region_timezone(self.region))


@dataclass(frozen=True, slots=True)
class PlanContext:
    """What planning reads besides the rule: the business's area (time zone, holidays), the recipient's
    area (courtesy window) and the sending policy (its courtesy hours)."""

    business: Area = Area()
    recipient: Area = Area()
    policy: SendingPolicy = DEFAULT_POLICY

    def courteous(self, when: dt.datetime) -> dt.datetime:
        return courteous_moment(when, self.recipient.region, self.recipient.subdiv, self.policy)


@dataclass(frozen=True, slots=True)
class Planned:
    kind: NoticeKind
    due_at: dt.datetime  # UTC
    expires_at: dt.datetime | None  # UTC; None: useful as long as its subject is open


# ---------------------------------------------------------------------------------------- calendar


def is_closed_day(day: dt.date, area: Area, *, sunday_allowed: bool = False) -> bool:
    """A Sunday (unless allowed) or a public holiday of the area."""
    if day.weekday() == _SUNDAY and not sunday_allowed:
        return True
    return holiday_name(day, area.region, area.subdiv) is not None


@lru_cache(maxsize=4096)
def last_working_day(day: dt.date, area: Area, *, sunday_allowed: bool = False) -> dt.date:
    """`day`, or the last day before it that is neither a Sunday (unless allowed) nor a public holiday."""
    for back in range(_MAX_CLOSED_DAYS):
        candidate = day - dt.timedelta(days=back)
        if not is_closed_day(candidate, area, sunday_allowed=sunday_allowed):
            return candidate
    return day


def first_working_day(day: dt.date, area: Area) -> dt.date:
    """`day`, or the first day after it that is neither a Sunday nor a public holiday."""
    for ahead in range(_MAX_CLOSED_DAYS):
        candidate = day + dt.timedelta(days=ahead)
        if not is_closed_day(candidate, area):
            return candidate
    return day


def _at(day: dt.date, hour: dt.time, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, hour, tzinfo=zone).astimezone(dt.UTC)


class Planner:
    """Plans the notices of many appointments for one context (business and recipient areas, policy),
    remembering the calendar moments it works out: a bulk booking asks for the same few days again and
    again. :func:`plan_appointment` is the one-off form."""

    def __init__(self, context: PlanContext) -> None:
        self.context = context
        self._zone = context.business.zone
        self._days: dict[tuple[dt.date, bool], dt.date] = {}
        self._moments: dict[tuple[dt.date, dt.time], dt.datetime] = {}
        self._befores: dict[tuple[dt.date, int, bool, dt.time], dt.datetime] = {}
        self._courteous: dict[dt.datetime, dt.datetime] = {}

    def _working_day(self, day: dt.date, sunday_allowed: bool) -> dt.date:
        key = (day, sunday_allowed)
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = last_working_day(
                day, self.context.business, sunday_allowed=sunday_allowed
            )
        return found

    def _moment(self, day: dt.date, hour: dt.time) -> dt.datetime:
        """`hour` business time on `day`, moved into the recipient's courtesy window."""
        key = (day, hour)
        found = self._moments.get(key)
        if found is None:
            found = self._moments[key] = self.context.courteous(_at(day, hour, self._zone))
        return found

    def _before(self, day: dt.date, days: int, rule: ReminderRule) -> dt.datetime:
        """The reminder's moment for an appointment on `day`: `days` days before, on the last working day,
        at the rule's hour, in the recipient's courtesy window (the same for every appointment that day)."""
        key = (day, days, rule.sunday_allowed, rule.at)
        found = self._befores.get(key)
        if found is None:
            working = self._working_day(day - dt.timedelta(days=days), rule.sunday_allowed)
            found = self._befores[key] = self._moment(working, rule.at)
        return found

    def _courteous_now(self, now: dt.datetime) -> dt.datetime:
        found = self._courteous.get(now)
        if found is None:
            found = self._courteous[now] = self.context.courteous(now)
        return found

    def plan(
        self, rule: ReminderRule, start: dt.datetime, now: dt.datetime, booked_at: dt.datetime | None = None
    ) -> tuple[Planned, ...]:
        """The notices of an appointment starting at `start`, planned at `now`; `booked_at` is when it was
        booked or last moved (`now` when not given). Booked after the reminder's moment: a confirmation
        instead. Booked before it but planned again later (new rules): the reminder keeps its moment, even
        past, and the catch-up decides whether it is still useful."""
        if not rule.enabled:
            return ()
        expires = start - MIN_LEAD
        if now >= expires:
            return ()
        booked = booked_at if booked_at is not None else now
        local_start = start.astimezone(self._zone)
        days = max(rule.days_before, 1)
        if rule.earlier_when_booked_ahead and start - booked > BOOKED_AHEAD:
            days += 1
        moment = self._before(local_start.date(), days, rule)
        planned: list[Planned] = []
        if moment <= booked:  # booked (or moved) after the reminder's moment: confirm now
            if rule.confirm_late_booking:
                due = self._courteous_now(now)
                if due < expires:
                    planned.append(Planned(NoticeKind.CONFIRMATION, due, expires))
        elif moment < expires:
            planned.append(Planned(NoticeKind.DAY_BEFORE, moment, expires))
        if rule.morning_of and local_start.time() >= AFTERNOON:
            morning = self._moment(local_start.date(), rule.morning_at)
            same_day = any(p.due_at.astimezone(self._zone).date() == local_start.date() for p in planned)
            if booked < morning < expires and not same_day:
                planned.append(Planned(NoticeKind.MORNING_OF, morning, expires))
        return tuple(planned)


def plan_appointment(
    rule: ReminderRule,
    start: dt.datetime,
    now: dt.datetime,
    context: PlanContext,
    *,
    booked_at: dt.datetime | None = None,
) -> tuple[Planned, ...]:
    """The notices of an appointment (or of one client's appointments of a day, `start` the first one),
    planned at `now`; `booked_at`: when it was booked or last moved (default `now`). Empty when none is
    useful. See :meth:`Planner.plan`."""
    return Planner(context).plan(rule, start, now, booked_at)


def plan_after(since: dt.datetime, days: int, hour: dt.time, context: PlanContext) -> dt.datetime:
    """The moment `days` days after `since`, at `hour` business time, moved to the first working day and
    into the recipient's courtesy window (pickup reminders, surveys)."""
    zone = context.business.zone
    day = first_working_day(since.astimezone(zone).date() + dt.timedelta(days=days), context.business)
    return context.courteous(max(_at(day, hour, zone), since))


# ---------------------------------------------------------------------------------------- catch-up


class CatchUp(StrEnum):
    SEND = "send"  # leaves now
    WAIT = "wait"  # still useful, at the next courteous moment (``Decision.at``)
    SKIP = "skip"  # no longer useful (``Decision.reason``)


@dataclass(frozen=True, slots=True)
class Decision:
    action: CatchUp
    at: dt.datetime | None = None
    reason: str | None = None


def catch_up(expires_at: dt.datetime | None, now: dt.datetime, context: PlanContext) -> Decision:
    """What to do with a notice whose moment has come (at `now`, maybe long after it)."""
    if expires_at is not None and now >= expires_at:
        return Decision(CatchUp.SKIP, reason=TOO_LATE)
    polite = context.courteous(now)
    if polite <= now:
        return Decision(CatchUp.SEND)
    if expires_at is not None and polite >= expires_at:
        return Decision(CatchUp.SKIP, reason=TOO_LATE)
    return Decision(CatchUp.WAIT, at=polite)


# ---------------------------------------------------------------------------------------- values


def appointment_values(
    starts: Sequence[dt.datetime], staff: Sequence[str], places: Sequence[str], zone: ZoneInfo
) -> dict[str, str]:
    """``{date_rdv}``, ``{heure_rdv}``, ``{praticien}``, ``{lieu}`` of one client's appointments of a day:
    « mercredi 9 décembre », « 9h00 et 14h30 », « Dr Morel », « Cabinet 2 ». A value nobody typed is left out,
    so that a template needing it is refused with the reason rather than sent with a hole."""
    if not starts:
        return {}
    local = sorted(s.astimezone(zone) for s in starts)
    values = {
        "date_rdv": format_date_fr(local[0].date()),
        "heure_rdv": join_fr(list(dict.fromkeys(format_time_fr(s.time()) for s in local))),
    }
    for name, items in (("praticien", staff), ("lieu", places)):
        distinct = list(dict.fromkeys(i.strip() for i in items if i.strip()))
        if distinct:
            values[name] = join_fr(distinct)
    return values


def intervention_values(kind: NoticeKind, when: dt.datetime, zone: ZoneInfo) -> dict[str, str]:
    """The one value an intervention notice announces: an arrival time, a new time, or a quote's date."""
    local = when.astimezone(zone)
    if kind is NoticeKind.ON_THE_WAY:
        return {"heure_arrivee": format_time_fr(local.time())}
    if kind is NoticeKind.DELAY:
        return {"nouvelle_heure": format_time_fr(local.time())}
    if kind is NoticeKind.QUOTE_DATE:
        return {"date_devis": format_date_fr(local.date())}
    raise ValueError(f"not an intervention notice: {kind}")
