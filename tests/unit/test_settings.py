"""Typed settings: round trip, defaults for missing keys, tolerance of damaged documents."""

from __future__ import annotations

import datetime as dt
import json

from desktop.core.entities import Sector
from desktop.core.quiet_hours import SendingPolicy
from desktop.core.reminders import ReminderRule
from desktop.settings import (
    READY_PROPOSE,
    AgendaSettings,
    AppointmentKind,
    Business,
    OrderSettings,
    Settings,
    clean_staff,
)


def test_round_trip_keeps_every_field() -> None:
    settings = Settings(
        business=Business(name="Optique Martin", sector=Sector.OPTICIAN, area="alsace_moselle"),
        sender="OPTMARTIN",
        policy=SendingPolicy(end=dt.time(21, 30), allowed_weekdays=frozenset({0, 1, 2, 3, 4})),
        first_run_done=True,
        staff=("Mme Martin", "Julie"),
    )
    again = Settings.from_json(settings.to_json())
    assert again == settings
    assert again.business.region == "FR" and again.business.subdiv == "57"


def test_missing_unknown_and_malformed_values_fall_back_to_defaults() -> None:
    document = {
        "sender": "OPTIQUE",
        "unknown_key": 1,
        "business": {"name": "Chez Léa", "sector": "bakery"},
        "policy": {"start": "not a time"},
        "backups_to_keep": "many",
    }
    settings = Settings.from_json(json.dumps(document))
    assert settings.sender == "OPTIQUE"
    assert settings.business.name == "Chez Léa"
    assert settings.business.sector is Sector.OTHER
    assert settings.policy.start == dt.time(8, 0)
    assert settings.backups_to_keep == Settings().backups_to_keep


def test_garbage_gives_defaults() -> None:
    assert Settings.from_json("{not json") == Settings()
    assert Settings.from_json("[1, 2]") == Settings()
    assert Settings.from_json(None) == Settings()


def test_overseas_area_gives_its_region() -> None:
    assert Business(area="RE").region == "RE"
    assert Business(area="RE").subdiv is None


def test_staff_agenda_kinds_and_order_settings_round_trip() -> None:
    rule = ReminderRule(days_before=2, at=dt.time(9, 30), morning_of=True, template="Mon rappel")
    settings = Settings(
        staff=("Dr Morel", "Salle 2"),
        agenda=AgendaSettings(
            kinds=(AppointmentKind("Consultation", 20, rule), AppointmentKind("Suivi", 15))
        ),
        orders=OrderSettings(ready_notice=READY_PROPOSE, pickup_reminder_days=10, survey_days=0),
    )
    again = Settings.from_json(settings.to_json())
    assert again == settings
    assert again.agenda.kinds[0].rule.at == dt.time(9, 30)
    assert json.loads(settings.to_json())["staff"] == ["Dr Morel", "Salle 2"]


def test_damaged_agenda_values_keep_what_can_be_read() -> None:
    document = {
        "staff": "Dr Morel",  # not a list: ignored
        "agenda": {"kinds": [{"name": "Consultation", "rule": {"at": "25:00", "morning_of": True}}, 3, "x"]},
        "orders": {"pickup_reminder_days": "seven", "survey_days": 5},
    }
    settings = Settings.from_json(json.dumps(document))
    assert settings.staff == ()
    (kind,) = settings.agenda.kinds
    assert (kind.name, kind.rule.at, kind.rule.morning_of) == ("Consultation", dt.time(10, 0), True)
    assert (settings.orders.pickup_reminder_days, settings.orders.survey_days) == (7, 5)
    assert Settings.from_json(json.dumps({"staff": ["A", 3, "B"]})).staff == ("A", "B")


def test_the_staff_list_is_kept_trimmed_and_once() -> None:
    assert clean_staff(["  Mme  Martin ", "", "Julie", "julie", "   "]) == ("Mme Martin", "Julie")
