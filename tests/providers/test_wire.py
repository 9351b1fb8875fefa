"""The helpers the adapters share (desktop/providers/wire.py): values, masking, the floor cursor."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from desktop.providers.base import PermanentError
from desktop.providers.wire import (
    FloorCursor,
    as_decimal,
    as_int,
    error_detail,
    inbound_number,
    mask_numbers,
    parse_iso_datetime,
    recipient_digits,
)

NOW = dt.datetime(2024, 5, 2, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Number 33639981234 is not valid", "Number … is not valid"),
        ("Receiver +33 6 12 34 56 78 refused", "Receiver … refused"),
        ("call 06.12.34.56.78 now", "call … now"),
        ("more than 10 parts, HTTP 400", "more than 10 parts, HTTP 400"),
    ],
)
def test_mask_numbers_hides_phone_like_runs_only(text: str, masked: str) -> None:
    assert mask_numbers(text) == masked


def test_mask_numbers_can_hide_every_digit() -> None:
    assert mask_numbers("error 21608 at +33 6 12", min_digits=1) == "error … at …"


def test_error_detail_prefixes_the_code_or_the_status() -> None:
    assert (
        error_detail("invalid_parameter", "Number 33612345678 is bad", 400)
        == "invalid_parameter: Number … is bad"
    )
    assert error_detail("", "", 402) == "HTTP 402"
    assert len(error_detail("", "x" * 500, 400)) == len("HTTP 400: ") + 120


def test_parse_iso_datetime() -> None:
    assert parse_iso_datetime("2024-05-02T12:00:00Z") == NOW
    assert parse_iso_datetime(" 2024-05-02T14:00:00+02:00 ") == NOW
    assert parse_iso_datetime("2024-05-02T12:00:00") == NOW  # no offset: UTC by default
    paris = parse_iso_datetime("2024-05-02T14:00:00", naive_zone=ZoneInfo("Europe/Paris"))
    assert paris == NOW
    for bad in (None, "", "yesterday", 12):
        assert parse_iso_datetime(bad) is None


def test_as_int_strict_and_loose() -> None:
    assert [as_int(v) for v in (3, True, "3", 3.0, None)] == [3, None, None, None, None]
    assert [as_int(v, loose=True) for v in (" -3 ", "+4", 2.0, 2.5, "2.5", "²", False)] == [
        -3,
        4,
        2,
        None,
        None,
        None,
        None,
    ]


def test_as_decimal() -> None:
    assert as_decimal("-0.00750") == Decimal("-0.00750")
    assert as_decimal(0.5) == Decimal("0.5")
    odd: tuple[object, ...] = (True, "abc", "NaN", float("inf"), None, {})
    assert [as_decimal(v) for v in odd] == [None] * len(odd)


def test_numbers() -> None:
    assert recipient_digits("+33 6 12 34 56 78") == "33612345678"
    with pytest.raises(PermanentError) as info:
        recipient_digits("12345")
    assert info.value.code == "invalid_number"
    assert inbound_number("33612345678") == "+33612345678"
    assert inbound_number("38100") == "38100"  # a short code is no E.164 number
    assert inbound_number(None) == ""


def _cursor(cursor: str | None, now: dt.datetime = NOW) -> FloorCursor:
    return FloorCursor(cursor, now=now, start=dt.timedelta(hours=24), late_margin=dt.timedelta(hours=2))


def test_floor_cursor_dedupes_across_polls_and_forgets_old_keys() -> None:
    first = _cursor(None)
    assert first.floor == NOW - dt.timedelta(hours=24)
    old, recent = NOW - dt.timedelta(hours=5), NOW - dt.timedelta(minutes=30)
    assert first.is_new("a", old)
    assert first.is_new("b", recent)
    assert not first.is_new("b", recent)
    assert not first.is_new("c", NOW - dt.timedelta(hours=30))  # before the floor
    dumped = json.loads(first.dump())
    assert dumped == {"v": 1, "floor": (NOW - dt.timedelta(hours=2)).isoformat(), "seen": ["b"]}

    second = _cursor(first.dump(), NOW + dt.timedelta(minutes=5))
    assert not second.is_new("b", recent)  # seen in the last poll
    assert second.is_new("d", recent)  # listed late, still after the floor


@pytest.mark.parametrize(
    "garbage", ["", "nope", "[]", '{"floor": "x"}', '{"floor": "2024-05-01T00:00:00", "seen": 3}']
)
def test_floor_cursor_restarts_from_the_last_day_when_unreadable(garbage: str) -> None:
    assert _cursor(garbage).floor == NOW - dt.timedelta(hours=24)
