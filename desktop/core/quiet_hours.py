"""Sending windows: may a message go out now to this recipient, and if not, when?

Evaluation happens in the recipient's local time (region → time zone) against the public holidays of the
recipient's area (Alsace-Moselle and overseas have extra days). Promotional and survey messages follow the
policy window (default Monday–Saturday 08:00–20:00, never on Sundays or public holidays); transactional
messages are always allowed, with a ``"courtesy"`` warning outside 08:00–20:30.

Reason precedence when sending is refused: ``"holiday"`` (its name is the most useful thing to show),
then ``"sunday"`` (or ``"day_off"`` for another weekday the policy excludes), then ``"night"``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

import holidays

from desktop.core.phones import region_timezone

PROMOTIONAL: Final = "promotional"
TRANSACTIONAL: Final = "transactional"
SURVEY: Final = "survey"
_PURPOSES: Final = frozenset({PROMOTIONAL, TRANSACTIONAL, SURVEY})

# Verdict.reason codes.
NIGHT: Final = "night"
SUNDAY: Final = "sunday"
DAY_OFF: Final = "day_off"  # a weekday other than Sunday that the policy excludes
HOLIDAY: Final = "holiday"
# Verdict.warning code.
COURTESY: Final = "courtesy"
# SendingPolicy.validate codes.
BEYOND_CHARTER: Final = "beyond_charter"
EMPTY_WINDOW: Final = "empty_window"
NO_DAY: Final = "no_day"

#: The af2m 2026 charter's widest window for promotional messages.
CHARTER_START: Final = dt.time(8, 0)
CHARTER_END: Final = dt.time(21, 30)

#: Holiday area (subdivision of ``holidays.FR``) of each overseas region.
_OVERSEAS_SUBDIVS: Final[dict[str, str]] = {
    "GP": "971",
    "MQ": "972",
    "GF": "973",
    "RE": "974",
    "YT": "976",
    "BL": "BL",
    "MF": "MF",
    "PM": "PM",
    "NC": "NC",
    "PF": "PF",
    "WF": "WF",
}
#: Overseas département/collectivity codes (a client's address) → region.
_OVERSEAS_DEPARTEMENTS: Final[dict[str, str]] = {
    "971": "GP",
    "972": "MQ",
    "973": "GF",
    "974": "RE",
    "975": "PM",
    "976": "YT",
    "977": "BL",
    "978": "MF",
    "986": "WF",
    "987": "PF",
    "988": "NC",
}
_METROPOLITAN_SUBDIVS: Final[dict[str, str]] = {"57": "57", "67": "6AE", "68": "6AE"}
_SUNDAY: Final = 6
_MAX_DAYS_AHEAD: Final = 31  # no sane policy keeps a month closed; beyond it the policy never allows


@dataclass(frozen=True, slots=True)
class SendingPolicy:
    """When promotional and survey messages may go out, and the courtesy window of transactional ones."""

    start: dt.time = dt.time(8, 0)
    end: dt.time = dt.time(20, 0)
    allowed_weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(6)))
    allow_holidays: bool = False
    courtesy_start: dt.time = dt.time(8, 0)
    courtesy_end: dt.time = dt.time(20, 30)

    def __post_init__(self) -> None:
        if any(day not in range(7) for day in self.allowed_weekdays):
            raise ValueError(f"weekdays must be 0 (Monday) to 6 (Sunday): {sorted(self.allowed_weekdays)}")

    def validate(self) -> tuple[str, ...]:
        """Codes for settings that break the charter or can never allow a message; empty when fine."""
        codes: list[str] = []
        if self.start < CHARTER_START or self.end > CHARTER_END:
            codes.append(BEYOND_CHARTER)
        if self.end <= self.start:
            codes.append(EMPTY_WINDOW)
        if not self.allowed_weekdays:
            codes.append(NO_DAY)
        return tuple(codes)


DEFAULT_POLICY: Final = SendingPolicy()


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a message may be sent at a given instant, and if not why and when it next may."""

    allowed: bool
    reason: str | None
    holiday_name: str | None
    next_allowed: dt.datetime | None  # aware, UTC; None when allowed (or when the policy never allows)
    warning: str | None
    local_time: dt.datetime  # `when` in the recipient's time zone


# ---------------------------------------------------------------------------------------- holidays


def holiday_area(region: str | None, subdiv: str | None) -> tuple[str, str | None]:
    """(region, holidays subdivision) of a recipient from the number's region and the client's département.

    An overseas département in the address wins over a metropolitan number (a Réunion resident may keep
    a +33 6 mobile); otherwise the number's region decides.
    """
    code = (region or "FR").upper()
    dept = (subdiv or "").strip().upper()
    if code == "FR" and dept in _OVERSEAS_DEPARTEMENTS:
        code = _OVERSEAS_DEPARTEMENTS[dept]
    if code in _OVERSEAS_SUBDIVS:
        return code, _OVERSEAS_SUBDIVS[code]
    return code, _METROPOLITAN_SUBDIVS.get(dept)


@lru_cache(maxsize=64)
def _holidays(subdiv: str | None, year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("FR", subdiv=subdiv, years=year, language="fr")


def _holiday_for(day: dt.date, holiday_subdiv: str | None) -> str | None:
    name = _holidays(holiday_subdiv, day.year).get(day)
    return None if name is None else str(name)


def holiday_name(d: dt.date, region: str = "FR", subdiv: str | None = None) -> str | None:
    """French name of the public holiday on `d` in the recipient's area, or None."""
    return _holiday_for(d, holiday_area(region, subdiv)[1])


# ---------------------------------------------------------------------------------------- evaluation


def _closed_reason(day: dt.date, policy: SendingPolicy, holiday_subdiv: str | None) -> tuple[str, str | None]:
    """('', None) when `day` is open under the policy, else (reason, holiday name)."""
    if not policy.allow_holidays:
        name = _holiday_for(day, holiday_subdiv)
        if name is not None:
            return HOLIDAY, name
    if day.weekday() not in policy.allowed_weekdays:
        return (SUNDAY if day.weekday() == _SUNDAY else DAY_OFF), None
    return "", None


def _next_opening(
    local: dt.datetime, policy: SendingPolicy, holiday_subdiv: str | None
) -> dt.datetime | None:
    """The first instant at or after `local` (recipient's wall time) when the window is open, in UTC."""
    if policy.end <= policy.start:
        return None
    tz = local.tzinfo
    for offset in range(_MAX_DAYS_AHEAD + 1):
        day = local.date() + dt.timedelta(days=offset)
        if _closed_reason(day, policy, holiday_subdiv)[0]:
            continue
        if offset == 0:
            now = local.time()
            if now >= policy.end:
                continue
            if now >= policy.start:
                return local.astimezone(dt.UTC)
        return dt.datetime.combine(day, policy.start, tzinfo=tz).astimezone(dt.UTC)
    return None


def _check_purpose(purpose: str) -> str:
    value = str(purpose)  # a StrEnum member gives its value
    if value not in _PURPOSES:
        raise ValueError(f"unknown purpose: {purpose!r}")
    return value


def evaluate(
    when: dt.datetime,
    purpose: str,
    region: str = "FR",
    subdiv: str | None = None,
    policy: SendingPolicy | None = None,
) -> Verdict:
    """May a `purpose` message go out at `when` (aware) to a recipient of `region` / département `subdiv`?"""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("evaluate() needs an aware datetime")
    kind = _check_purpose(purpose)
    rules = policy or DEFAULT_POLICY
    area, holiday_subdiv = holiday_area(region, subdiv)
    local = when.astimezone(ZoneInfo(region_timezone(area)))
    now = local.time()

    if kind == TRANSACTIONAL:
        polite = _courteous(now, rules)
        return Verdict(True, None, None, None, None if polite else COURTESY, local)

    reason, name = _closed_reason(local.date(), rules, holiday_subdiv)
    if not reason and not rules.start <= now < rules.end:
        reason = NIGHT
    if not reason:
        return Verdict(True, None, None, None, None, local)
    return Verdict(False, reason, name, _next_opening(local, rules, holiday_subdiv), None, local)


def _courteous(local_time: dt.time, rules: SendingPolicy) -> bool:
    """Inside the courtesy window of transactional messages (recipient's wall time)."""
    return rules.courtesy_start <= local_time < rules.courtesy_end


def recipient_zone(region: str = "FR", subdiv: str | None = None) -> ZoneInfo:
    """The time zone of a recipient of `region` living in département `subdiv` (an overseas address wins)."""
    return ZoneInfo(region_timezone(holiday_area(region, subdiv)[0]))


def courteous_moment(
    when: dt.datetime,
    region: str = "FR",
    subdiv: str | None = None,
    policy: SendingPolicy | None = None,
) -> dt.datetime:
    """`when` (in UTC) if it falls inside the recipient's courtesy window, else the next start of that window
    (08:00 recipient time by default): when a transactional message leaves without a warning."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("courteous_moment() needs an aware datetime")
    rules = policy or DEFAULT_POLICY
    zone = recipient_zone(region, subdiv)
    local = when.astimezone(zone)
    if _courteous(local.time(), rules) or rules.courtesy_end <= rules.courtesy_start:
        return when.astimezone(dt.UTC)
    day = local.date() if local.time() < rules.courtesy_start else local.date() + dt.timedelta(days=1)
    return dt.datetime.combine(day, rules.courtesy_start, tzinfo=zone).astimezone(dt.UTC)


def next_allowed_after(
    when: dt.datetime,
    purpose: str,
    region: str = "FR",
    subdiv: str | None = None,
    policy: SendingPolicy | None = None,
) -> dt.datetime:
    """`when` itself (in UTC) if sending is allowed then, else the next allowed instant (UTC).

    Raises ValueError when the policy never allows sending (no day, empty window).
    """
    verdict = evaluate(when, purpose, region, subdiv, policy)
    if verdict.allowed:
        return when.astimezone(dt.UTC)
    if verdict.next_allowed is None:
        raise ValueError("the sending policy never allows this message")
    return verdict.next_allowed
