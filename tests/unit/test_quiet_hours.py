"""Sending windows: holidays of the recipient's area, local time, next allowed instant."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.entities import Purpose
from desktop.core.quiet_hours import (
    SendingPolicy,
    Verdict,
    evaluate,
    holiday_name,
    next_allowed_after,
)

PARIS = ZoneInfo("Europe/Paris")
UTC = dt.UTC


def paris(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


# ---------------------------------------------------------------------------------------- holidays

METRO = {
    2026: {
        dt.date(2026, 1, 1): "Jour de l'an",
        dt.date(2026, 4, 6): "Lundi de Pâques",
        dt.date(2026, 5, 1): "Fête du Travail",
        dt.date(2026, 5, 8): "Fête de la Victoire",
        dt.date(2026, 5, 14): "Ascension",
        dt.date(2026, 5, 25): "Lundi de Pentecôte",
        dt.date(2026, 7, 14): "Fête nationale",
        dt.date(2026, 8, 15): "Assomption",
        dt.date(2026, 11, 1): "Toussaint",
        dt.date(2026, 11, 11): "Armistice",
        dt.date(2026, 12, 25): "Noël",
    },
    2027: {
        dt.date(2027, 1, 1): "Jour de l'an",
        dt.date(2027, 3, 29): "Lundi de Pâques",
        dt.date(2027, 5, 1): "Fête du Travail",
        dt.date(2027, 5, 8): "Fête de la Victoire",
        dt.date(2027, 5, 6): "Ascension",
        dt.date(2027, 5, 17): "Lundi de Pentecôte",
        dt.date(2027, 7, 14): "Fête nationale",
        dt.date(2027, 8, 15): "Assomption",
        dt.date(2027, 11, 1): "Toussaint",
        dt.date(2027, 11, 11): "Armistice",
        dt.date(2027, 12, 25): "Noël",
    },
}
ALSACE_MOSELLE_EXTRA = {
    2026: {dt.date(2026, 4, 3): "Vendredi saint", dt.date(2026, 12, 26): "Saint-Étienne"},
    2027: {dt.date(2027, 3, 26): "Vendredi saint", dt.date(2027, 12, 26): "Saint-Étienne"},
}
OVERSEAS_EXTRA = {
    "GP": {
        2026: {(3, 12), (4, 3), (5, 27), (7, 21)},
        2027: {(3, 4), (3, 26), (5, 27), (7, 21)},
    },
    "MQ": {2026: {(5, 22), (7, 21)}, 2027: {(5, 22), (7, 21)}},
    "GF": {2026: {(6, 10)}, 2027: {(6, 10)}},
    "RE": {2026: {(12, 20)}, 2027: {(12, 20)}},
    "YT": {2026: {(4, 27)}, 2027: {(4, 27)}},
    "MF": {2026: {(5, 28), (7, 21)}, 2027: {(5, 28), (7, 21)}},
    "BL": {2026: {(10, 9)}, 2027: {(10, 9)}},
}


def holidays_of(year: int, region: str = "FR", subdiv: str | None = None) -> dict[dt.date, str]:
    day, found = dt.date(year, 1, 1), {}
    while day.year == year:
        name = holiday_name(day, region, subdiv)
        if name is not None:
            found[day] = name
        day += dt.timedelta(days=1)
    return found


@pytest.mark.parametrize("year", [2026, 2027])
@pytest.mark.parametrize("subdiv", [None, "75", "13", "2A", "69"])
def test_metropolitan_holidays(year, subdiv):
    assert holidays_of(year, "FR", subdiv) == METRO[year]


@pytest.mark.parametrize("year", [2026, 2027])
@pytest.mark.parametrize("subdiv", ["57", "67", "68"])
def test_alsace_moselle_holidays(year, subdiv):
    assert holidays_of(year, "FR", subdiv) == METRO[year] | ALSACE_MOSELLE_EXTRA[year]


@pytest.mark.parametrize("year", [2026, 2027])
@pytest.mark.parametrize("region", sorted(OVERSEAS_EXTRA))
def test_overseas_extra_holidays(year, region):
    found = holidays_of(year, region)
    assert set(METRO[year]) <= set(found)
    extra = {(d.month, d.day) for d in found if d not in METRO[year]}
    assert extra == OVERSEAS_EXTRA[region][year]


def test_overseas_holiday_names_are_french():
    assert holiday_name(dt.date(2026, 12, 20), "RE") == "Abolition de l'esclavage"
    assert holiday_name(dt.date(2026, 7, 21), "MQ") == "Fête de Victor Schoelcher"
    assert holiday_name(dt.date(2026, 12, 20), "FR") is None


def test_overseas_departement_in_the_address_counts_as_overseas():
    # A Réunion resident who kept a metropolitan mobile: the address decides.
    assert holiday_name(dt.date(2026, 12, 20), "FR", "974") == "Abolition de l'esclavage"
    verdict = evaluate(paris(2026, 6, 10, 18, 30), "promotional", "FR", "974")
    assert verdict.local_time.tzinfo == ZoneInfo("Indian/Reunion")
    assert verdict.reason == "night"


def test_names_do_not_depend_on_the_locale(monkeypatch):
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en")
    assert holiday_name(dt.date(2028, 7, 14)) == "Fête nationale"


# ---------------------------------------------------------------------------------------- window


@pytest.mark.parametrize(
    ("hour", "minute", "allowed"),
    [(7, 59, False), (8, 0, True), (12, 0, True), (19, 59, True), (20, 0, False), (23, 30, False)],
)
def test_promotional_window_edges(hour, minute, allowed):
    verdict = evaluate(paris(2026, 6, 10, hour, minute), "promotional")  # a Wednesday
    assert verdict.allowed is allowed
    assert verdict.reason == (None if allowed else "night")
    assert verdict.warning is None
    assert verdict.holiday_name is None
    if allowed:
        assert verdict.next_allowed is None


def test_before_eight_waits_for_eight_the_same_day():
    verdict = evaluate(paris(2026, 6, 10, 7, 59), "promotional")
    assert verdict.next_allowed == utc(2026, 6, 10, 6, 0)
    assert verdict.next_allowed is not None and verdict.next_allowed.tzinfo is UTC


def test_after_eight_pm_waits_for_the_next_morning():
    assert evaluate(paris(2026, 6, 10, 20, 0), "promotional").next_allowed == utc(2026, 6, 11, 6, 0)


def test_saturday_evening_waits_for_monday():
    verdict = evaluate(paris(2026, 6, 13, 21, 0), "promotional")
    assert (verdict.allowed, verdict.reason) == (False, "night")
    assert verdict.next_allowed == utc(2026, 6, 15, 6, 0)


def test_sunday_is_closed():
    verdict = evaluate(paris(2026, 6, 14, 10, 0), "promotional")
    assert (verdict.allowed, verdict.reason, verdict.holiday_name) == (False, "sunday", None)
    assert verdict.next_allowed == utc(2026, 6, 15, 6, 0)


def test_saturday_evening_before_pentecost_monday_waits_for_tuesday():
    assert evaluate(paris(2026, 5, 23, 21, 0), "promotional").next_allowed == utc(2026, 5, 26, 6, 0)
    monday = evaluate(paris(2026, 5, 25, 10, 0), "promotional")
    assert (monday.reason, monday.holiday_name) == ("holiday", "Lundi de Pentecôte")


def test_labour_day():
    verdict = evaluate(paris(2026, 5, 1, 10, 0), "promotional")
    assert verdict == Verdict(
        allowed=False,
        reason="holiday",
        holiday_name="Fête du Travail",
        next_allowed=utc(2026, 5, 2, 6, 0),
        warning=None,
        local_time=paris(2026, 5, 1, 10, 0),
    )


def test_holiday_on_a_sunday_reports_the_holiday():
    verdict = evaluate(paris(2026, 11, 1, 10, 0), "promotional")
    assert (verdict.reason, verdict.holiday_name) == ("holiday", "Toussaint")


@pytest.mark.parametrize(("subdiv", "allowed"), [(None, True), ("75", True), ("57", False), ("67", False)])
def test_good_friday_only_in_alsace_moselle(subdiv, allowed):
    verdict = evaluate(paris(2026, 4, 3, 10, 0), "promotional", "FR", subdiv)
    assert verdict.allowed is allowed
    if not allowed:
        assert (verdict.reason, verdict.holiday_name) == ("holiday", "Vendredi saint")
        assert verdict.next_allowed == utc(2026, 4, 4, 6, 0)


def test_reunion_is_already_at_night():
    when = paris(2026, 6, 10, 18, 30)  # 20:30 in Réunion (UTC+4)
    assert evaluate(when, "promotional").allowed
    verdict = evaluate(when, "promotional", "RE")
    assert (verdict.allowed, verdict.reason) == (False, "night")
    assert verdict.local_time == when and verdict.local_time.hour == 20
    assert verdict.local_time.tzinfo == ZoneInfo("Indian/Reunion")
    assert verdict.next_allowed == utc(2026, 6, 11, 4, 0)


def test_guadeloupe_is_still_at_night():
    when = paris(2026, 6, 10, 9, 0)  # 03:00 in Guadeloupe (UTC-4)
    verdict = evaluate(when, "promotional", "GP")
    assert (verdict.allowed, verdict.reason, verdict.local_time.hour) == (False, "night", 3)
    assert verdict.next_allowed == utc(2026, 6, 10, 12, 0)
    assert evaluate(paris(2026, 6, 10, 15, 0), "promotional", "GP").allowed


def test_dst_spring_forward_weekend():
    # Last Sunday of March 2026 is the 29th: Saturday is UTC+1, Monday UTC+2.
    assert evaluate(paris(2026, 3, 28, 21, 0), "promotional").next_allowed == utc(2026, 3, 30, 6, 0)
    assert evaluate(utc(2026, 3, 29, 1, 30), "promotional").reason == "sunday"  # 03:30 after the jump
    assert evaluate(utc(2026, 3, 30, 5, 59), "promotional").reason == "night"
    assert evaluate(utc(2026, 3, 30, 6, 0), "promotional").allowed


def test_dst_fall_back_weekend():
    # Last Sunday of October 2026 is the 25th: Saturday is UTC+2, Monday UTC+1.
    assert evaluate(paris(2026, 10, 24, 21, 0), "promotional").next_allowed == utc(2026, 10, 26, 7, 0)
    assert evaluate(utc(2026, 10, 26, 6, 59), "promotional").reason == "night"
    assert evaluate(utc(2026, 10, 26, 7, 0), "promotional").allowed
    # Saturday 19:30 local (17:30 UTC) is allowed; 20:00 local is 18:00 UTC.
    assert evaluate(utc(2026, 10, 24, 17, 59), "promotional").allowed
    assert not evaluate(utc(2026, 10, 24, 18, 0), "promotional").allowed


def test_survey_follows_the_promotional_window():
    assert evaluate(paris(2026, 6, 14, 10, 0), "survey").reason == "sunday"
    assert evaluate(paris(2026, 6, 10, 10, 0), Purpose.SURVEY).allowed


# ---------------------------------------------------------------------------------------- transactional


@pytest.mark.parametrize(
    ("when", "warning"),
    [
        (paris(2026, 6, 10, 20, 45), "courtesy"),
        (paris(2026, 6, 10, 20, 15), None),
        (paris(2026, 6, 10, 20, 30), "courtesy"),
        (paris(2026, 6, 10, 7, 30), "courtesy"),
        (paris(2026, 6, 10, 8, 0), None),
        (paris(2026, 6, 14, 10, 0), None),  # Sunday: still allowed, still polite
        (paris(2026, 5, 1, 23, 0), "courtesy"),  # holiday night
    ],
)
def test_transactional_is_always_allowed(when, warning):
    for purpose in ("transactional", Purpose.TRANSACTIONAL):
        verdict = evaluate(when, purpose)
        assert (verdict.allowed, verdict.reason, verdict.next_allowed) == (True, None, None)
        assert verdict.warning == warning


def test_transactional_courtesy_uses_local_time():
    assert evaluate(paris(2026, 6, 10, 15, 0), "transactional", "RE").warning is None  # 17:00 there
    assert evaluate(paris(2026, 6, 10, 18, 45), "transactional", "RE").warning == "courtesy"  # 20:45 there


# ---------------------------------------------------------------------------------------- bad input


def test_naive_datetime_is_rejected():
    with pytest.raises(ValueError, match="aware"):
        evaluate(dt.datetime(2026, 6, 10, 10, 0), "promotional")


def test_unknown_purpose_is_rejected():
    with pytest.raises(ValueError, match="purpose"):
        evaluate(paris(2026, 6, 10, 10, 0), "newsletter")


def test_enum_purpose_is_accepted():
    assert not evaluate(paris(2026, 6, 10, 21, 0), Purpose.PROMOTIONAL).allowed


def test_unknown_region_uses_paris_time_and_metropolitan_holidays():
    verdict = evaluate(paris(2026, 5, 1, 10, 0), "promotional", "BE")
    assert verdict.local_time.tzinfo == PARIS
    assert verdict.reason == "holiday"


# ---------------------------------------------------------------------------------------- policy


def test_policy_widened_to_the_charter_maximum():
    wide = SendingPolicy(end=dt.time(21, 30))
    assert wide.validate() == ()
    assert evaluate(paris(2026, 6, 10, 21, 0), "promotional", policy=wide).allowed
    assert not evaluate(paris(2026, 6, 10, 21, 30), "promotional", policy=wide).allowed


@pytest.mark.parametrize(
    ("policy", "codes"),
    [
        (SendingPolicy(), ()),
        (SendingPolicy(start=dt.time(9, 0), end=dt.time(19, 0)), ()),
        (SendingPolicy(end=dt.time(22, 0)), ("beyond_charter",)),
        (SendingPolicy(start=dt.time(7, 30)), ("beyond_charter",)),
        (SendingPolicy(start=dt.time(12, 0), end=dt.time(12, 0)), ("empty_window",)),
        (SendingPolicy(start=dt.time(18, 0), end=dt.time(9, 0)), ("empty_window",)),
        (SendingPolicy(allowed_weekdays=frozenset()), ("no_day",)),
        (
            SendingPolicy(start=dt.time(6, 0), end=dt.time(5, 0), allowed_weekdays=frozenset()),
            ("beyond_charter", "empty_window", "no_day"),
        ),
    ],
)
def test_policy_validation(policy, codes):
    assert policy.validate() == codes


def test_policy_rejects_impossible_weekdays():
    with pytest.raises(ValueError, match="weekdays"):
        SendingPolicy(allowed_weekdays=frozenset({7}))


def test_policy_allowing_holidays_and_sundays():
    relaxed = SendingPolicy(allowed_weekdays=frozenset(range(7)), allow_holidays=True)
    assert evaluate(paris(2026, 5, 1, 10, 0), "promotional", policy=relaxed).allowed
    assert evaluate(paris(2026, 6, 14, 10, 0), "promotional", policy=relaxed).allowed


def test_policy_excluding_saturday():
    weekdays = SendingPolicy(allowed_weekdays=frozenset(range(5)))
    verdict = evaluate(paris(2026, 6, 13, 10, 0), "promotional", policy=weekdays)
    assert verdict.reason == "day_off"
    assert verdict.next_allowed == utc(2026, 6, 15, 6, 0)


def test_policy_that_never_allows():
    never = SendingPolicy(allowed_weekdays=frozenset())
    verdict = evaluate(paris(2026, 6, 10, 10, 0), "promotional", policy=never)
    assert (verdict.allowed, verdict.next_allowed) == (False, None)
    with pytest.raises(ValueError, match="never"):
        next_allowed_after(paris(2026, 6, 10, 10, 0), "promotional", policy=never)
    empty = SendingPolicy(start=dt.time(12, 0), end=dt.time(12, 0))
    assert evaluate(paris(2026, 6, 10, 10, 0), "promotional", policy=empty).next_allowed is None


def test_next_allowed_after():
    now = paris(2026, 6, 10, 10, 0)
    assert next_allowed_after(now, "promotional") == now
    assert next_allowed_after(now, "promotional").tzinfo is UTC
    assert next_allowed_after(paris(2026, 6, 13, 21, 0), "promotional") == utc(2026, 6, 15, 6, 0)
    assert next_allowed_after(paris(2026, 6, 13, 23, 0), "transactional") == utc(2026, 6, 13, 21, 0)


# ---------------------------------------------------------------------------------------- property

REGIONS = ["FR", "RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF", "NC", "PF", "WF", "BE"]


@settings(max_examples=150, deadline=None)
@given(
    when=st.datetimes(
        min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2028, 12, 31), timezones=st.just(UTC)
    ),
    region=st.sampled_from(REGIONS),
    subdiv=st.sampled_from([None, "57", "67", "75", "974"]),
    purpose=st.sampled_from(["promotional", "survey"]),
)
def test_next_allowed_is_the_first_allowed_instant(when, region, subdiv, purpose):
    verdict = evaluate(when, purpose, region, subdiv)
    assert verdict.local_time == when
    if verdict.allowed:
        assert verdict.next_allowed is None
        assert next_allowed_after(when, purpose, region, subdiv) == when
        return
    nxt = verdict.next_allowed
    assert nxt is not None and nxt.tzinfo is UTC
    assert nxt > when
    assert evaluate(nxt, purpose, region, subdiv).allowed
    assert not evaluate(nxt - dt.timedelta(minutes=1), purpose, region, subdiv).allowed
    # The window is 12 h wide, so hourly steps cannot jump over an open stretch.
    step = when
    while step < nxt:
        assert not evaluate(step, purpose, region, subdiv).allowed, step
        step += dt.timedelta(hours=1)
