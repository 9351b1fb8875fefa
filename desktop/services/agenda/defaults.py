"""The sector's usual agenda: kinds of appointment with their durations, and the templates of each notice.

The settings document keeps only what the user changed: no kinds means the sector's kinds, an empty
template name means the sector's template for that notice. Templates are named after the sector presets
(``resources/presets``), looked up by their stable key, so a preset renamed in a later version follows.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Final

from desktop.core.entities import Sector
from desktop.core.reminders import ReminderRule
from desktop.core.text import fold
from desktop.services.presets import PresetError, load_presets
from desktop.settings import AppointmentKind, OrderSettings, Settings

#: Preset keys of each notice, per sector (any sector not listed uses "other").
_REMINDER_KEYS: Final[dict[Sector, tuple[str, str, str]]] = {
    # (the reminder before, the morning-of reminder, the confirmation of a late booking)
    Sector.CLINIC: ("clinic_reminder_day_before", "clinic_reminder_same_day", "clinic_booking_confirmation"),
    Sector.CRAFTSMAN: (
        "craftsman_visit_reminder",
        "craftsman_visit_reminder",
        "common_appointment_confirmation",
    ),
    Sector.OPTICIAN: (
        "common_appointment_reminder",
        "common_appointment_reminder",
        "common_appointment_confirmation",
    ),
    Sector.OTHER: (
        "common_appointment_reminder",
        "common_appointment_reminder",
        "common_appointment_confirmation",
    ),
}
_ORDER_KEYS: Final[dict[Sector, dict[str, str]]] = {
    Sector.OPTICIAN: {
        "ready_template": "optician_glasses_ready",
        "pickup_template": "optician_pickup_reminder",
    },
    Sector.CRAFTSMAN: {
        "ready_template": "common_order_ready",
        "pickup_template": "common_order_ready",
        "on_the_way_template": "craftsman_on_the_way",
        "delay_template": "craftsman_delay",
        "quote_template": "craftsman_quote_date",
    },
}
_COMMON_ORDER_KEYS: Final = {
    "ready_template": "common_order_ready",
    "pickup_template": "common_order_ready",
    "survey_template": "common_satisfaction_survey",
}
_KINDS: Final[dict[Sector, tuple[tuple[str, int], ...]]] = {
    Sector.CLINIC: (("Consultation", 20), ("Suivi", 15), ("Première visite", 40)),
    Sector.OPTICIAN: (("Examen de vue", 30), ("Essayage", 20), ("Adaptation lentilles", 30)),
    Sector.CRAFTSMAN: (("Intervention", 60), ("Visite pour devis", 45)),
    Sector.OTHER: (("Rendez-vous", 30),),
}


@cache
def _preset_names(sector: Sector) -> dict[str, str]:
    try:
        return {p.key: p.name for p in load_presets(sector)}
    except PresetError:
        return {}


def _name(sector: Sector, key: str) -> str:
    return _preset_names(sector).get(key, "")


def sector_rule(sector: Sector) -> ReminderRule:
    """The sector's reminder: D-1 at 10:00 (last working day before), a confirmation for late bookings."""
    day_before, morning, confirmation = _REMINDER_KEYS.get(sector, _REMINDER_KEYS[Sector.OTHER])
    return ReminderRule(
        template=_name(sector, day_before),
        morning_template=_name(sector, morning),
        confirmation_template=_name(sector, confirmation),
    )


def sector_kinds(sector: Sector) -> tuple[AppointmentKind, ...]:
    """The sector's kinds as the settings would store them (empty template names: the sector's own)."""
    rule = ReminderRule()
    return tuple(
        AppointmentKind(name, minutes, rule) for name, minutes in _KINDS.get(sector, _KINDS[Sector.OTHER])
    )


def _filled(rule: ReminderRule, sector: Sector) -> ReminderRule:
    usual = sector_rule(sector)
    return dataclasses.replace(
        rule,
        template=rule.template or usual.template,
        morning_template=rule.morning_template or usual.morning_template,
        confirmation_template=rule.confirmation_template or usual.confirmation_template,
    )


def stored_kinds(settings: Settings) -> tuple[AppointmentKind, ...]:
    """The kinds of appointment in use as stored (the settings', else the sector's)."""
    return tuple(k for k in settings.agenda.kinds if k.name.strip()) or sector_kinds(settings.business.sector)


def kinds(settings: Settings) -> tuple[AppointmentKind, ...]:
    """The kinds of appointment in use (the settings', else the sector's), every template name filled."""
    sector = settings.business.sector
    chosen = stored_kinds(settings)
    return tuple(dataclasses.replace(k, rule=_filled(k.rule, sector)) for k in chosen)


def kind_named(settings: Settings, name: str) -> AppointmentKind | None:
    wanted = fold(name)
    return next((k for k in kinds(settings) if fold(k.name) == wanted), None)


def orders(settings: Settings) -> OrderSettings:
    """The order settings with every template name filled from the sector's presets."""
    sector = settings.business.sector
    keys = {**_COMMON_ORDER_KEYS, **_ORDER_KEYS.get(sector, {})}
    chosen = settings.orders
    filled: dict[str, str] = {name: getattr(chosen, name) or _name(sector, key) for name, key in keys.items()}
    return dataclasses.replace(chosen, **filled)  # type: ignore[arg-type]
