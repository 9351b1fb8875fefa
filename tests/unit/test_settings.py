"""Typed settings: round trip, defaults for missing keys, tolerance of damaged documents."""

from __future__ import annotations

import datetime as dt
import json

from desktop.core.entities import Sector
from desktop.core.quiet_hours import SendingPolicy
from desktop.settings import Business, Settings, clean_staff


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
        "staff": ["Julie", 3],
    }
    settings = Settings.from_json(json.dumps(document))
    assert settings.sender == "OPTIQUE"
    assert settings.business.name == "Chez Léa"
    assert settings.business.sector is Sector.OTHER
    assert settings.policy.start == dt.time(8, 0)
    assert settings.backups_to_keep == Settings().backups_to_keep
    assert settings.staff == ()


def test_garbage_gives_defaults() -> None:
    assert Settings.from_json("{not json") == Settings()
    assert Settings.from_json("[1, 2]") == Settings()
    assert Settings.from_json(None) == Settings()


def test_overseas_area_gives_its_region() -> None:
    assert Business(area="RE").region == "RE"
    assert Business(area="RE").subdiv is None


def test_the_staff_list_is_kept_trimmed_and_once() -> None:
    assert clean_staff(["  Mme  Martin ", "", "Julie", "julie", "   "]) == ("Mme Martin", "Julie")
