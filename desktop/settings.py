"""Typed business settings with defaults and a version (secrets never live here).

Settings are stored as one JSON document in the database (so several desks on PostgreSQL share them);
unknown keys are ignored and missing keys take their defaults, so older and newer documents both load.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.entities import Sector
from desktop.core.quiet_hours import SendingPolicy
from desktop.core.reminders import ReminderRule
from desktop.core.text import fold

SETTINGS_VERSION = 1

#: Areas a business can be in: drives holidays and time zone of recipients without a number region.
AREAS = ("metropole", "alsace_moselle", "RE", "YT", "GP", "MQ", "GF", "PM", "BL", "MF", "NC", "PF", "WF")


@dataclass(frozen=True)
class Business:
    name: str = ""
    address: str = ""
    phone: str = ""
    sector: Sector = Sector.OTHER
    opening_hours: str = ""
    area: str = "metropole"
    review_link: str = ""
    survey_link: str = ""

    @property
    def region(self) -> str:
        return "FR" if self.area in ("metropole", "alsace_moselle") else self.area

    @property
    def subdiv(self) -> str | None:
        return "57" if self.area == "alsace_moselle" else None


@dataclass(frozen=True)
class FrequencyCaps:
    promotional_per_week: int = 1
    promotional_per_month: int = 4
    identical_transactional_per_day: int = 1
    review_request_months: int = 6


@dataclass(frozen=True)
class AppointmentKind:
    """A kind of appointment of the agenda (« Consultation », « Examen de vue »…): its usual length and how
    its appointments are reminded."""

    name: str = ""
    duration_minutes: int = 30
    rule: ReminderRule = field(default_factory=ReminderRule)


@dataclass(frozen=True)
class AgendaSettings:
    """The agenda's kinds of appointment. Empty: the sector's usual kinds (``services.agenda.defaults``)."""

    kinds: tuple[AppointmentKind, ...] = ()


READY_QUEUE = "queue"  # marking an order ready queues its message
READY_PROPOSE = "propose"  # … or proposes it, to be confirmed
READY_NOTICES = (READY_QUEUE, READY_PROPOSE)


@dataclass(frozen=True)
class OrderSettings:
    """Orders and interventions: the "ready" message, the pickup reminder, the survey after collection.
    Template fields hold template names; empty means the sector's usual template. 0 days: none."""

    ready_notice: str = READY_QUEUE
    pickup_reminder_days: int = 7
    survey_days: int = 3
    notice_at: dt.time = dt.time(10, 0)
    ready_template: str = ""
    pickup_template: str = ""
    survey_template: str = ""
    on_the_way_template: str = ""
    delay_template: str = ""
    quote_template: str = ""


@dataclass(frozen=True)
class Keyword:
    """A word clients may send (« HORAIRES ») and the transactional answer Comptoir sends back."""

    word: str = ""
    answer: str = ""


@dataclass(frozen=True)
class ReplySettings:
    """What replies do by themselves: the keywords answered automatically, and whether an opt-out is
    confirmed by one short SMS."""

    keywords: tuple[Keyword, ...] = ()
    confirm_opt_out: bool = True

    def keyword_answers(self) -> dict[str, str]:
        return {k.word: k.answer for k in self.keywords if k.word.strip()}


@dataclass(frozen=True)
class SurveySettings:
    """Satisfaction surveys and review requests sent after a visit (an appointment that took place) — the
    survey after an order's collection is in :class:`OrderSettings`. Template fields hold template names;
    empty means the usual one. ``months_between``: at most one survey per client in that many months (0: no
    limit); review requests keep their own spacing (``FrequencyCaps.review_request_months``)."""

    after_visit: bool = False
    visit_days: int = 1
    months_between: int = 6
    template: str = ""
    review_after_visit: bool = False
    review_after_collection: bool = False
    review_days: int = 2
    review_template: str = ""


@dataclass(frozen=True)
class Settings:
    version: int = SETTINGS_VERSION
    business: Business = field(default_factory=Business)
    sender: str = ""
    policy: SendingPolicy = field(default_factory=SendingPolicy)
    caps: FrequencyCaps = field(default_factory=FrequencyCaps)
    language: str = "fr"
    first_run_done: bool = False
    retention_months: int = 24
    backups_to_keep: int = 14
    backup_dir: str = ""
    staff: tuple[str, ...] = ()  # the people of the shop: agenda columns, who records a consent
    agenda: AgendaSettings = field(default_factory=AgendaSettings)
    orders: OrderSettings = field(default_factory=OrderSettings)
    replies: ReplySettings = field(default_factory=ReplySettings)
    surveys: SurveySettings = field(default_factory=SurveySettings)

    def to_json(self) -> str:
        return json.dumps(_encode(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Settings:
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return cls()
        return _decode(cls, data) if isinstance(data, dict) else cls()


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _decode(cls: type[Any], data: dict[str, Any]) -> Any:
    """Build ``cls`` from ``data`` field by field, keeping the default for anything missing or malformed."""
    default = cls()
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        current = getattr(default, f.name)
        raw = data[f.name]
        try:
            kwargs[f.name] = _coerce(current, raw, hints.get(f.name))
        except (TypeError, ValueError):
            continue
    return dataclasses.replace(default, **kwargs)


def _coerce(current: Any, raw: Any, hint: Any = None) -> Any:
    if isinstance(current, tuple):
        if not isinstance(raw, list):
            raise TypeError
        item = (typing.get_args(hint) or (str,))[0]
        if dataclasses.is_dataclass(item):
            return tuple(_decode(item, x) for x in raw if isinstance(x, dict))  # type: ignore[arg-type]
        return tuple(x for x in raw if isinstance(x, str))
    if dataclasses.is_dataclass(current):
        if not isinstance(raw, dict):
            raise TypeError
        return _decode(type(current), raw)
    if isinstance(current, bool):
        if not isinstance(raw, bool):
            raise TypeError
        return raw
    if isinstance(current, Sector):
        return Sector(raw)
    if isinstance(current, dt.time):
        return dt.time.fromisoformat(str(raw))
    if isinstance(current, frozenset):
        return frozenset(int(x) for x in raw)
    if isinstance(current, int):
        if isinstance(raw, bool):
            raise TypeError
        return int(raw)
    if isinstance(current, str):
        if not isinstance(raw, str):
            raise TypeError
        return raw
    return raw


def clean_staff(names: Iterable[str]) -> tuple[str, ...]:
    """The staff list as kept: each name trimmed (inner spaces collapsed), empty ones dropped, each once."""
    found: dict[str, None] = {}
    for name in names:
        cleaned = " ".join(name.split())
        if cleaned and cleaned.casefold() not in {n.casefold() for n in found}:
            found[cleaned] = None
    return tuple(found)


def clean_kinds(kinds: Iterable[AppointmentKind]) -> tuple[AppointmentKind, ...]:
    """The kinds of appointment as kept: each name trimmed (inner spaces collapsed), unnamed ones dropped,
    each name once (the first one wins; « Examen » and « examen » are the same kind)."""
    found: dict[str, AppointmentKind] = {}
    for kind in kinds:
        name = " ".join(kind.name.split())
        if name and fold(name) not in found:
            found[fold(name)] = dataclasses.replace(kind, name=name)
    return tuple(found.values())
