"""Phone number normalisation, Excel cells, overseas national forms, and the fast path."""

from __future__ import annotations

import hashlib
import random

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import phones
from desktop.core.phones import (
    PhoneResult,
    _normalize_slow,
    format_national,
    hash_number,
    is_french_mobile,
    normalize,
    region_timezone,
)

MOBILE = "+33612345678"
FULLWIDTH = "０６ １２ ３４ ５６ ７８"

# input → (E.164, region, is_mobile)
VALID_ROWS = [
    ("06 12 34 56 78", MOBILE, "FR", True),
    ("+33 6 12 34 56 78", MOBILE, "FR", True),
    ("0033612345678", MOBILE, "FR", True),
    ("6 12 34 56 78", MOBILE, "FR", True),
    ("612345678", MOBILE, "FR", True),
    ("06.12.34.56.78", MOBILE, "FR", True),
    ("06-12-34-56-78", MOBILE, "FR", True),
    ("+33 (0)6 12 34 56 78", MOBILE, "FR", True),
    ("+33 06 12 34 56 78", MOBILE, "FR", True),
    ("tel:+33-6-12-34-56-78", MOBILE, "FR", True),
    (FULLWIDTH, MOBILE, "FR", True),
    ("07 81 23 45 67", "+33781234567", "FR", True),
    ("01 42 68 53 00", "+33142685300", "FR", False),
    ("09 70 12 34 56", "+33970123456", "FR", False),  # VOIP
    ("08 00 12 34 56", "+33800123456", "FR", False),  # toll free
    ("+262 692 12 34 56", "+262692123456", "RE", True),
    ("+590 690 12 34 56", "+590690123456", "GP", True),
    ("+596 696 12 34 56", "+596696123456", "MQ", True),
    ("+594 694 20 12 34", "+594694201234", "GF", True),
    ("+508 55 12 34", "+508551234", "PM", True),
    ("+687 75 12 34", "+687751234", "NC", True),
    ("+689 87 12 34 56", "+68987123456", "PF", True),
    ("0692 12 34 56", "+262692123456", "RE", True),
    ("0639 01 23 45", "+262639012345", "YT", True),
]

ERROR_ROWS = [
    ("07 00 00 00 00", "invalid"),
    ("06 12 34 56", "too_short"),
    ("06 12 34 56 789", "too_long"),
    ("abc", "not_a_number"),
    ("", "empty"),
    ("   ", "empty"),
    (None, "empty"),
    ("+", "not_a_number"),
    ("+999 12 34 56", "invalid"),  # no such country code
    ("00", "too_short"),  # an international prefix and nothing after it
    ("0" + "6" * 300, "too_long"),  # beyond the library's input limit
    ("06 12 34 56 78" + " " * 250, "too_long"),  # the fast path must respect that limit too
    ("06 12 34 56 7", "too_short"),  # one digit missing: said so, not « invalid »
    ("06 12 34 5", "too_short"),  # not a six-digit Saint-Pierre-et-Miquelon number (+508 612345)
    ("0692 12 34 5", "too_short"),
    ("0033 6 12 34 56", "too_short"),
    ("0033 6 12 34 56 78 9", "too_long"),
]


@pytest.mark.parametrize(("raw", "e164", "region", "mobile"), VALID_ROWS)
def test_rules_table_valid_rows(raw, e164, region, mobile):
    result = normalize(raw)
    assert result == PhoneResult(e164=e164, region=region, is_mobile=mobile, error=None)
    assert result.ok
    assert _normalize_slow(raw) == result


@pytest.mark.parametrize(("raw", "code"), ERROR_ROWS)
def test_error_codes(raw, code):
    result = normalize(raw)
    assert result == PhoneResult(e164=None, region=None, is_mobile=False, error=code)
    assert not result.ok
    assert _normalize_slow(raw) == result


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        (612345678.0, MOBILE),  # Excel dropped the 0 and stores a float
        (612345678, MOBILE),
        (33612345678.0, MOBILE),  # Excel dropped the +
        (33612345678, MOBILE),
        (262692123456.0, "+262692123456"),
        (142685300.0, "+33142685300"),
    ],
)
def test_excel_numbers(raw, e164):
    assert normalize(raw).e164 == e164


@pytest.mark.parametrize("raw", [612345678.5, float("nan"), float("inf"), True, False, -612345678])
def test_numbers_that_cannot_be_phone_numbers(raw):
    assert normalize(raw).error == "not_a_number"


def test_float_string_from_excel_is_not_silently_misread():
    # The library would read "612345678.0" as national number 6123456780; we refuse it as invalid.
    assert not normalize("612345678.0").ok


def test_other_types_are_a_programming_error():
    with pytest.raises(TypeError):
        normalize(b"0612345678")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "region", "mobile"),
    [
        ("0692 12 34 56", "RE", True),
        ("0693 12 34 56", "RE", True),
        ("0639 01 23 45", "YT", True),
        ("0690 12 34 56", "GP", True),
        ("0691 23 45 67", "GP", True),
        ("0696 12 34 56", "MQ", True),
        ("0697 12 34 56", "MQ", True),
        ("0694 20 12 34", "GF", True),
        ("05 90 12 34 56", "GP", False),
        ("02 62 12 34 56", "RE", False),
        ("05 94 30 12 34", "GF", False),
    ],
)
def test_overseas_numbers_in_national_form_get_their_region(raw, region, mobile):
    result = normalize(raw)
    assert result.ok, result
    assert result.region == region
    assert result.is_mobile is mobile
    assert result == _normalize_slow(raw)


def test_overseas_landlines_valid_in_france_stay_french():
    # The library's FR metadata counts 0263/0269 and 0596 as metropolitan fixed lines, so the default
    # region wins; with the country code they resolve to their own region. (Landlines get no SMS anyway.)
    assert normalize("05 96 30 12 34").region == "FR"
    assert normalize("+596 596 30 12 34").region == "MQ"
    assert normalize("+262 269 60 12 34").region == "YT"


@pytest.mark.parametrize(
    ("raw", "e164", "region"),
    [
        ("+32 470 12 34 56", "+32470123456", "BE"),
        ("0032 470 12 34 56", "+32470123456", "BE"),
        ("+41 79 123 45 67", "+41791234567", "CH"),
        ("+352 621 123 456", "+352621123456", "LU"),
    ],
)
def test_foreign_mobiles(raw, e164, region):
    assert normalize(raw) == PhoneResult(e164=e164, region=region, is_mobile=True, error=None)


def test_default_region_applies_to_national_forms():
    assert normalize("0470 12 34 56", region="BE") == PhoneResult("+32470123456", "BE", True, None)
    assert normalize("0692 12 34 56", region="RE").region == "RE"
    assert normalize("0692 12 34 56", region="re").region == "RE"
    # A Réunion business still gets metropolitan and Mayotte numbers right.
    assert normalize("06 12 34 56 78", region="RE") == PhoneResult(MOBILE, "FR", True, None)
    assert normalize("0639 01 23 45", region="RE").region == "YT"


def test_explicit_country_code_is_not_reinterpreted():
    assert normalize("+33 692 12 34 56").error == "invalid"
    assert normalize("+262 612 34 56 78").error == "invalid"


def test_fast_path_does_not_call_the_library(monkeypatch):
    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("phonenumbers.parse called on a common French form")

    monkeypatch.setattr(phonenumbers, "parse", boom)
    for raw in ["06 12 34 56 78", "+33612345678", "0033 1 42 68 53 00", "612345678", "06.12.34.56.78"]:
        assert normalize(raw).ok
    assert normalize(612345678.0).e164 == MOBILE


def test_fast_path_leaves_invalid_and_overseas_numbers_to_the_library():
    assert phones._fast("0692123456") is None
    assert phones._fast("0700000000") is None
    assert phones._fast("06 12 34 56") is None
    assert phones._fast("0612345678") == PhoneResult(MOBILE, "FR", True, None)


def test_type_matcher_agrees_with_the_library_on_every_prefix():
    rng = random.Random(7)
    for prefix in range(100, 1000):
        for _ in range(3):
            nsn = f"{prefix}{rng.randrange(10**6):06d}"
            number = phonenumbers.parse("+33" + nsn)
            valid = phonenumbers.is_valid_number(number)
            mobile = valid and phonenumbers.number_type(number) in {
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            }
            assert phones._FR_TYPES.classify(nsn) == (valid, mobile), nsn
    assert phones._FR_TYPES.classify("61234567") == (False, False)  # wrong length


# ---------------------------------------------------------------------------------------- properties

_SEPARATORS = ["", "", "", " ", " ", ".", "-", "\u00a0", "  ", "/", "(", ")", " - ", "x"]
_PREFIXES = ["0", "0", "+33", "0033", "", "+33 (0)", "+330", "00 33 ", "+262", "33", "00", "+"]


@st.composite
def french_looking(draw: st.DrawFn) -> str:
    """Mostly common French forms (valid or not), with random separators and the odd prefix or typo."""
    prefix = draw(st.sampled_from(_PREFIXES))
    first = draw(st.sampled_from("6677123456789890"))
    size = draw(st.sampled_from([8, 8, 8, 8, 6, 7, 9, 10]))
    rest = draw(st.text(alphabet="0123456789", min_size=size, max_size=size))
    digits = prefix + first + rest
    parts = [ch + draw(st.sampled_from(_SEPARATORS)) for ch in digits]
    head = draw(st.sampled_from(["", "", " ", "-", "tel:", ".", "\u00a0"]))
    tail = draw(st.sampled_from(["", "", " ", ".", "-"]))
    return head + "".join(parts) + tail


@settings(max_examples=500, deadline=None)
@given(french_looking())
def test_fast_path_equals_library(raw):
    assert normalize(raw) == _normalize_slow(raw)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**13))
def test_fast_path_equals_library_for_excel_integers(raw):
    assert normalize(raw) == _normalize_slow(raw)
    assert normalize(float(raw)) == normalize(raw)


@settings(max_examples=200, deadline=None)
@given(french_looking())
def test_normalize_is_idempotent(raw):
    result = normalize(raw)
    if result.e164 is not None:
        assert normalize(result.e164) == result
        assert normalize(format_national(result.e164), region=result.region or "FR") == result


# ---------------------------------------------------------------------------------------- helpers


def test_format_national():
    assert format_national(MOBILE) == "06 12 34 56 78"
    assert format_national("+33142685300") == "01 42 68 53 00"
    assert format_national("+262692123456") == "+262 692 12 34 56"
    assert format_national("+32470123456") == "+32 470 12 34 56"
    assert format_national("not a number") == "not a number"


@pytest.mark.parametrize(
    ("region", "zone"),
    [
        ("FR", "Europe/Paris"),
        ("RE", "Indian/Reunion"),
        ("YT", "Indian/Mayotte"),
        ("GP", "America/Guadeloupe"),
        ("BL", "America/Guadeloupe"),
        ("MF", "America/Guadeloupe"),
        ("MQ", "America/Martinique"),
        ("GF", "America/Cayenne"),
        ("PM", "America/Miquelon"),
        ("NC", "Pacific/Noumea"),
        ("PF", "Pacific/Tahiti"),
        ("WF", "Pacific/Wallis"),
        ("re", "Indian/Reunion"),
        ("BE", "Europe/Paris"),
        (None, "Europe/Paris"),
    ],
)
def test_region_timezone(region, zone):
    assert region_timezone(region) == zone


@pytest.mark.parametrize(
    ("e164", "expected"),
    [
        (MOBILE, True),
        ("+33781234567", True),
        ("+33142685300", False),
        ("+33970123456", False),
        ("+262692123456", False),
        ("+3361234567", False),
        ("0612345678", False),
    ],
)
def test_is_french_mobile(e164, expected):
    assert is_french_mobile(e164) is expected


def test_hash_number():
    assert hash_number(MOBILE) == hashlib.sha256(b"+33612345678").hexdigest()
    assert len(hash_number(MOBILE)) == 64
    assert hash_number(MOBILE) != hash_number("+33612345679")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from("67"), st.text("0123456789", min_size=8, max_size=8))
def test_format_national_of_a_french_mobile_is_the_librarys(first: str, rest: str):
    e164 = f"+33{first}{rest}"
    number = phonenumbers.parse(e164, None)
    expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    assert format_national(e164) == expected


@pytest.mark.parametrize(
    ("raw", "e164", "note"),
    [
        ("0612345678 (mère)", "+33612345678", "mère"),
        ("+33 6 12 34 56 78 - pro", "+33612345678", "pro"),
        ("maison : 01 42 68 53 00", "+33142685300", "maison"),
    ],
)
def test_a_number_written_inside_some_text(raw: str, e164: str, note: str) -> None:
    found = phones.number_in_text(raw)
    assert found is not None and (found[0].e164, found[1]) == (e164, note)


@pytest.mark.parametrize(
    "raw", ["06 12 34 56 78", "aucun numéro", "06 12 34 56 78 / 06 11 22 33 44", "06 12 34 (x)"]
)
def test_no_number_in_text_when_it_is_only_a_number_none_or_several(raw: str) -> None:
    assert phones.number_in_text(raw) is None
