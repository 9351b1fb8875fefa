"""The reminder rules (desktop.core.reminders): when each notice of an appointment or an order leaves, and what
a notice found late becomes. Table-driven: each row is a shop, a rule, an appointment and the moment it is
booked; the expected notices are written in the shop's (or the recipient's) wall time."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from desktop.core.agenda import NoticeKind
from desktop.core.quiet_hours import SendingPolicy, courteous_moment
from desktop.core.reminders import (
    MIN_LEAD,
    TOO_LATE,
    Area,
    CatchUp,
    PlanContext,
    ReminderRule,
    appointment_values,
    catch_up,
    intervention_values,
    last_working_day,
    plan_after,
    plan_appointment,
)

PARIS = ZoneInfo("Europe/Paris")
GUADELOUPE = ZoneInfo("America/Guadeloupe")
REUNION = ZoneInfo("Indian/Reunion")
METRO = PlanContext()
ALSACE = PlanContext(business=Area("FR", "57"), recipient=Area("FR", "57"))
D1 = ReminderRule()
DAY_BEFORE, MORNING_OF, CONFIRMATION = NoticeKind.DAY_BEFORE, NoticeKind.MORNING_OF, NoticeKind.CONFIRMATION


def paris(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


CASES = [
    # (id, context, rule, start, booked at, expected [(kind, wall time)])
    ("D-1 at 10:00", METRO, D1, paris(12, 3, 14, 30), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 2, 10))]),
    (
        "Monday: the Saturday before (Sunday closed)",
        METRO, D1, paris(12, 7, 9), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 5, 10))],
    ),
    (
        "Monday with Sundays allowed",
        METRO, replace(D1, sunday_allowed=True), paris(12, 7, 9), paris(12, 1, 10),
        [(DAY_BEFORE, paris(12, 6, 10))],
    ),
    (
        "after Christmas: the day before the holiday",
        METRO, D1, paris(12, 26, 10), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 24, 10))],
    ),
    (
        "Monday after Christmas: Saturday 26 is a working day in metropolitan France",
        METRO, D1, paris(12, 28, 10), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 26, 10))],
    ),
    (
        "Monday after Christmas in Alsace-Moselle: 26 December (Saint-Étienne) is a holiday too",
        ALSACE, D1, paris(12, 28, 10), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 24, 10))],
    ),
    (
        "Saturday after Good Friday in metropolitan France (an ordinary Friday)",
        METRO, D1, paris(4, 4, 10), paris(3, 20, 10), [(DAY_BEFORE, paris(4, 3, 10))],
    ),
    (
        "Saturday after Good Friday in Alsace-Moselle (a holiday)",
        ALSACE, D1, paris(4, 4, 10), paris(3, 20, 10), [(DAY_BEFORE, paris(4, 2, 10))],
    ),
    (
        "D-2 when booked more than 7 days ahead (option)",
        METRO, replace(D1, earlier_when_booked_ahead=True), paris(12, 17, 15), paris(12, 1, 10),
        [(DAY_BEFORE, paris(12, 15, 10))],
    ),
    (
        "D-1 when booked less than 7 days ahead (same option)",
        METRO, replace(D1, earlier_when_booked_ahead=True), paris(12, 4, 15), paris(12, 1, 10),
        [(DAY_BEFORE, paris(12, 3, 10))],
    ),
    (
        "booked after the reminder's moment: a confirmation at once",
        METRO, D1, paris(12, 3, 9), paris(12, 2, 15), [(CONFIRMATION, paris(12, 2, 15))],
    ),
    (
        "booked at night for tomorrow: the confirmation waits for 08:00",
        METRO, D1, paris(12, 3, 11), paris(12, 2, 22, 30), [(CONFIRMATION, paris(12, 3, 8))],
    ),
    (
        "booked at night for early tomorrow: nothing courteous comes in time",
        METRO, D1, paris(12, 3, 8, 30), paris(12, 2, 22, 30), [],
    ),
    (
        "booked less than an hour before: nothing",
        METRO, D1, paris(12, 3, 9, 30), paris(12, 3, 8, 45), [],
    ),
    (
        "late booking without confirmations",
        METRO, replace(D1, confirm_late_booking=False), paris(12, 3, 9), paris(12, 2, 15), [],
    ),
    (
        "a reminder hour outside the courtesy window moves to 08:00",
        METRO, replace(D1, at=dt.time(7, 0)), paris(12, 3, 14), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 2, 8))],
    ),
    (
        "an evening reminder hour moves to the next morning, still before the appointment",
        METRO, replace(D1, at=dt.time(21, 0)), paris(12, 3, 14), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 3, 8))],
    ),
    (
        "morning-of reminder for an afternoon appointment",
        METRO, replace(D1, morning_of=True), paris(12, 3, 15), paris(12, 1, 10),
        [(DAY_BEFORE, paris(12, 2, 10)), (MORNING_OF, paris(12, 3, 8))],
    ),
    (
        "no morning-of reminder for a morning appointment",
        METRO, replace(D1, morning_of=True), paris(12, 3, 11), paris(12, 1, 10), [(DAY_BEFORE, paris(12, 2, 10))],
    ),
    (
        "booked the same morning for the afternoon: one confirmation, no second SMS that day",
        METRO, replace(D1, morning_of=True), paris(12, 3, 16), paris(12, 3, 7, 30), [(CONFIRMATION, paris(12, 3, 8))],
    ),
    ("rule switched off", METRO, replace(D1, enabled=False), paris(12, 3, 14), paris(12, 1, 10), []),
    ("an appointment already past", METRO, D1, paris(11, 3, 14), paris(12, 1, 10), []),
    (
        "daylight-saving weekend (autumn): Saturday 10:00 is 08:00 UTC",
        METRO, D1, paris(10, 26, 9), paris(10, 20, 10), [(DAY_BEFORE, paris(10, 24, 10))],
    ),
    (
        "daylight-saving Sunday (spring) with Sundays allowed: 10:00 summer time",
        METRO, replace(D1, sunday_allowed=True), paris(3, 30, 9), paris(3, 20, 10),
        [(DAY_BEFORE, paris(3, 29, 10))],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("context", "rule", "start", "booked", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_appointment_reminders(
    context: PlanContext,
    rule: ReminderRule,
    start: dt.datetime,
    booked: dt.datetime,
    expected: list[tuple[NoticeKind, dt.datetime]],
) -> None:
    planned = plan_appointment(
        rule, start.astimezone(dt.UTC), booked.astimezone(dt.UTC), context, booked_at=booked
    )
    assert [(p.kind, p.due_at) for p in planned] == [(k, when.astimezone(dt.UTC)) for k, when in expected]
    for p in planned:
        assert p.due_at.tzinfo is dt.UTC
        assert p.expires_at == start.astimezone(dt.UTC) - MIN_LEAD  # never after the start


def test_planned_again_after_the_moment_the_reminder_keeps_its_moment_for_the_catch_up() -> None:
    """Booked on Monday for Thursday, planned again on Wednesday at 15:00 (the rules changed): still the
    reminder of Wednesday 10:00 — past, the catch-up decides — not a confirmation."""
    planned = plan_appointment(D1, paris(12, 3, 14), paris(12, 2, 15), METRO, booked_at=paris(11, 30, 10))
    assert [(p.kind, p.due_at) for p in planned] == [(DAY_BEFORE, paris(12, 2, 10))]
    moved = plan_appointment(D1, paris(12, 3, 14), paris(12, 2, 15), METRO, booked_at=paris(12, 2, 15))
    assert [p.kind for p in moved] == [CONFIRMATION]  # moved at 15:00: confirmed at once


def test_daylight_saving_offsets_are_those_of_each_day() -> None:
    autumn = plan_appointment(D1, paris(10, 26, 9), paris(10, 20, 10), METRO)
    spring = plan_appointment(replace(D1, sunday_allowed=True), paris(3, 30, 9), paris(3, 20, 10), METRO)
    assert autumn[0].due_at == dt.datetime(2026, 10, 24, 8, 0, tzinfo=dt.UTC)  # CEST, UTC+2
    assert spring[0].due_at == dt.datetime(2026, 3, 29, 8, 0, tzinfo=dt.UTC)  # CEST since 02:00 that night


def test_an_overseas_recipient_of_a_paris_shop_is_reminded_in_their_courtesy_window() -> None:
    """10:00 in Paris is 05:00 in Guadeloupe: the reminder waits for 08:00 there (14:00 in Paris)."""
    context = PlanContext(recipient=Area("GP"))
    (planned,) = plan_appointment(D1, paris(12, 3, 17), paris(12, 1, 10), context)
    assert planned.due_at.astimezone(GUADELOUPE) == dt.datetime(2026, 12, 2, 8, 0, tzinfo=GUADELOUPE)
    assert planned.due_at.astimezone(PARIS) == paris(12, 2, 13)
    reunion = PlanContext(recipient=Area("RE"))
    (planned,) = plan_appointment(D1, paris(12, 3, 17), paris(12, 1, 10), reunion)
    assert planned.due_at == paris(12, 2, 10)  # 13:00 in Réunion: courteous as it is


def test_a_shop_overseas_reminds_at_10_in_its_own_time_and_keeps_its_own_holidays() -> None:
    context = PlanContext(business=Area("RE"), recipient=Area("RE"))
    start = dt.datetime(2026, 12, 21, 9, 0, tzinfo=REUNION)  # Monday after 20 December (abolition of slavery)
    (planned,) = plan_appointment(D1, start, dt.datetime(2026, 12, 1, 9, 0, tzinfo=REUNION), context)
    assert planned.due_at.astimezone(REUNION) == dt.datetime(2026, 12, 19, 10, 0, tzinfo=REUNION)
    # Sunday 20 is closed anyway; a Réunion shop with Sundays allowed still skips the holiday:
    (allowed,) = plan_appointment(
        replace(D1, sunday_allowed=True), start, dt.datetime(2026, 12, 1, 9, 0, tzinfo=REUNION), context
    )
    assert allowed.due_at.astimezone(REUNION).date() == dt.date(2026, 12, 19)


def test_a_wider_courtesy_window_of_the_policy_is_honoured() -> None:
    policy = SendingPolicy(courtesy_start=dt.time(7, 0), courtesy_end=dt.time(21, 0))
    context = PlanContext(policy=policy)
    (planned,) = plan_appointment(replace(D1, at=dt.time(7, 15)), paris(12, 3, 14), paris(12, 1, 10), context)
    assert planned.due_at == paris(12, 2, 7, 15)
    assert courteous_moment(paris(12, 2, 6, 59), policy=policy) == paris(12, 2, 7)


def test_last_working_day_crosses_a_long_weekend() -> None:
    # 1 and 2 November 2026: Toussaint on a Sunday, then an ordinary Monday; 8 May 2027 is a Saturday holiday.
    assert last_working_day(dt.date(2027, 5, 9), Area()) == dt.date(2027, 5, 7)
    assert last_working_day(dt.date(2027, 5, 9), Area(), sunday_allowed=True) == dt.date(2027, 5, 9)


# ---------------------------------------------------------------------------------------- orders


def test_pickup_reminder_falls_on_the_first_working_day_at_the_hour() -> None:
    saturday_ready = paris(12, 5, 17, 45)
    due = plan_after(saturday_ready, 7, dt.time(10, 0), METRO)
    assert due == paris(12, 12, 10)  # a Saturday: open
    due = plan_after(paris(12, 6, 11), 7, dt.time(10, 0), METRO)  # 7 days later is a Sunday
    assert due == paris(12, 14, 10)
    due = plan_after(paris(12, 18, 11), 7, dt.time(10, 0), METRO)  # 25 December
    assert due == paris(12, 26, 10)


def test_pickup_reminder_keeps_the_recipients_courtesy_window() -> None:
    due = plan_after(paris(12, 5, 10), 7, dt.time(10, 0), PlanContext(recipient=Area("GP")))
    assert due.astimezone(GUADELOUPE) == dt.datetime(2026, 12, 12, 8, 0, tzinfo=GUADELOUPE)


# ---------------------------------------------------------------------------------------- catch-up


@pytest.mark.parametrize(
    ("now", "expires", "action", "at"),
    [
        (paris(12, 2, 10, 5), paris(12, 3, 13, 30), CatchUp.SEND, None),  # a few minutes late: still useful
        (paris(12, 3, 9, 0), paris(12, 3, 13, 30), CatchUp.SEND, None),  # the next morning: still useful
        (
            paris(12, 2, 22, 0),
            paris(12, 3, 13, 30),
            CatchUp.WAIT,
            paris(12, 3, 8),
        ),  # at night: wait for 08:00
        (paris(12, 2, 22, 0), paris(12, 3, 7, 30), CatchUp.SKIP, None),  # 08:00 comes too late
        (paris(12, 3, 13, 30), paris(12, 3, 13, 30), CatchUp.SKIP, None),  # less than an hour before
        (paris(12, 4, 10, 0), paris(12, 3, 13, 30), CatchUp.SKIP, None),  # the appointment is past
        (paris(12, 20, 10, 0), None, CatchUp.SEND, None),  # a pickup reminder has no expiry
        (paris(12, 20, 5, 0), None, CatchUp.WAIT, paris(12, 20, 8)),
    ],
)
def test_catch_up_after_comptoir_was_closed(
    now: dt.datetime, expires: dt.datetime | None, action: CatchUp, at: dt.datetime | None
) -> None:
    decision = catch_up(expires, now, METRO)
    assert decision.action is action
    assert decision.at == (at.astimezone(dt.UTC) if at else None)
    assert decision.reason == (TOO_LATE if action is CatchUp.SKIP else None)


# ---------------------------------------------------------------------------------------- values


def test_values_of_one_clients_appointments_of_a_day() -> None:
    values = appointment_values(
        [paris(12, 9, 14, 30), paris(12, 9, 9)], ["Dr Morel", "Dr Morel"], ["", "Cabinet 2"], PARIS
    )
    assert values == {
        "date_rdv": "mercredi 9 décembre",
        "heure_rdv": "9h00 et 14h30",
        "praticien": "Dr Morel",
        "lieu": "Cabinet 2",
    }
    one = appointment_values([paris(4, 1, 8, 5)], ["", " "], [""], PARIS)
    assert one == {"date_rdv": "mercredi 1er avril", "heure_rdv": "8h05"}  # no staff, no place: left out
    assert appointment_values([], [], [], PARIS) == {}
    three = appointment_values([paris(12, 9, h) for h in (9, 10, 11)], ["A", "B", "C"], [], PARIS)
    assert three["heure_rdv"] == "9h00, 10h00 et 11h00" and three["praticien"] == "A, B et C"


def test_values_are_written_in_the_business_time_zone() -> None:
    values = appointment_values([dt.datetime(2026, 12, 9, 13, 30, tzinfo=dt.UTC)], [], [], PARIS)
    assert values == {"date_rdv": "mercredi 9 décembre", "heure_rdv": "14h30"}
    assert appointment_values([dt.datetime(2026, 12, 9, 23, 30, tzinfo=dt.UTC)], [], [], PARIS)[
        "date_rdv"
    ] == ("jeudi 10 décembre")


def test_intervention_values() -> None:
    assert intervention_values(NoticeKind.ON_THE_WAY, paris(12, 9, 10, 15), PARIS) == {
        "heure_arrivee": "10h15"
    }
    assert intervention_values(NoticeKind.DELAY, paris(12, 9, 11, 0), PARIS) == {"nouvelle_heure": "11h00"}
    assert intervention_values(NoticeKind.QUOTE_DATE, paris(12, 14, 9), PARIS) == {
        "date_devis": "lundi 14 décembre"
    }
    with pytest.raises(ValueError):
        intervention_values(NoticeKind.PICKUP, paris(12, 9, 10), PARIS)
