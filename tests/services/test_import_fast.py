"""The quick row path gives exactly what the full check gives (or steps aside for it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.entities import ConsentState
from desktop.services.importing.fast import quick_checker
from desktop.services.importing.formats import Cell
from desktop.services.importing.mapping import ColumnMapping, Field
from desktop.services.importing.rows import Candidate, RowChecker

TODAY = dt.date(2026, 11, 23)
LAYOUTS = {
    "plain": (Field.LAST_NAME, Field.FIRST_NAME, Field.MOBILE, Field.EMAIL, Field.POSTAL_CODE, Field.CITY,
              Field.CONSENT),
    "everything": (Field.CIVILITY, Field.LAST_NAME, Field.FIRST_NAME, Field.MOBILE, Field.OTHER_PHONE,
                   Field.EMAIL, Field.ADDRESS, Field.POSTAL_CODE, Field.CITY, Field.BIRTHDAY, Field.CONSENT,
                   Field.TAGS, Field.NOTES, Field.TAGS, Field.NOTES, Field.IGNORE),
    "full name": (Field.FULL_NAME, Field.CIVILITY, Field.MOBILE, Field.OTHER_PHONE, Field.IGNORE,
                  Field.FIRST_NAME),
    "no name": (Field.MOBILE, Field.EMAIL, Field.CITY),
}  # fmt: skip


def checker(layout: str, region: str = "FR") -> RowChecker:
    fields = LAYOUTS[layout]
    mapping = ColumnMapping(1, tuple(f"C{i}" for i in range(len(fields))), fields, first_column=0)
    return RowChecker(mapping, region, TODAY)


CHECKERS = {name: checker(name) for name in LAYOUTS}
QUICK = {name: quick_checker(c) for name, c in CHECKERS.items()}

_words = st.text(alphabet=st.sampled_from("aAéÉ zZ-'’.,;/|=+@\n\t0169"), max_size=8)
_text = st.one_of(
    _words,
    st.text(max_size=6),
    st.sampled_from(["Martin", "  Élodie  ", "DUPONT Marie", "M. Jean Dupont", "Dupont, Jean", "'=cmd", "x" * 101,
                     "Jean de La Fontaine", "madame", "Mme", "Dr", "Œdipe Lœw", "\u00a0Zoé\u00a0"]),
)  # fmt: skip
_mobile_numbers = st.integers(600_000_000, 799_999_999)
_phones = st.one_of(
    _mobile_numbers.map(lambda n: f"0{n}"),
    _mobile_numbers.map(float),
    _mobile_numbers,
    _mobile_numbers.map(lambda n: f"+33 {n // 100_000_000} {n % 100_000_000:08d}"),
    _mobile_numbers.map(lambda n: f"0033{n}"),
    _mobile_numbers.map(lambda n: f"0{n} / 01 23 45 67 89"),
    _mobile_numbers.map(lambda n: 33_000_000_000 + n),
    st.integers(100_000_000, 599_999_999),  # landlines and others
    st.integers(0, 10**13),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["0692 12 34 56", "0262 12 34 56", "6.12345678E+8", "+32 470 12 34 56", "'+32 470 12 34 56",
                     "01 23 45 67 89", "06 12", "abc", "  ", "", "0612345678 ou 0712345678", "+33 (0)6 12 34 56 78",
                     "06.12.34.56.78", "06-12-34-56-78", "0033612345678", "+262692123456", "0799999999"]),
    st.booleans(),
    st.none(),
    _text,
)  # fmt: skip
_emails = st.one_of(
    st.sampled_from(
        ["", "jean@exemple.fr", " Jean.Dupont@Exemple.FR ", "a@b", "a b@c.fr", "é@è.fr", "x@y.z\n"]
    ),
    _text,
    st.none(),
)
_postal = st.one_of(
    st.sampled_from(
        ["75011", "06000", "6000", "97400", "75 011", "７５０１１", "2A004", "", " 75011", "750111"]
    ),
    st.integers(0, 999_999),
    st.floats(0, 100_000),
    st.none(),
    _text,
)
_dates = st.one_of(
    st.dates(dt.date(1850, 1, 1), dt.date(2030, 1, 1)),
    st.datetimes(dt.datetime(1850, 1, 1), dt.datetime(2030, 1, 1)),
    st.integers(-5, 3_000_000),
    st.sampled_from(["05/03/87", "31/02/1990", "1987-03-05", "1987-03-05T10:00", "hier", "", " "]),
    st.none(),
)
_consent = st.one_of(
    st.sampled_from(["oui", "Oui", "OUI", "non", "x", "✓", "✗", "d'accord", "peut-être", "", " ", "1", "2"]),
    st.integers(-1, 2),
    st.floats(-1, 2),
    st.booleans(),
    st.none(),
    _text,
)
_tags = st.one_of(st.sampled_from(["vip, fidèle", "a;b|c", "x" * 51, "", " , "]), _text, st.none())
_any: st.SearchStrategy[Cell] = st.one_of(_text, st.integers(), st.none(), st.booleans())


def _mostly(plain: st.SearchStrategy[Any], anything: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Three times in four a value of an ordinary row (so that whole rows often take the quick path)."""
    return st.integers(0, 3).flatmap(lambda n: anything if n == 0 else plain)


_BY_FIELD: dict[Field, st.SearchStrategy[Any]] = {
    Field.CIVILITY: _mostly(
        st.sampled_from(["", "M", "madame", "Mme.", "Monsieur le docteur Jean X"]), _text
    ),
    Field.FIRST_NAME: _mostly(st.sampled_from(["Élodie", "", " Jean "]), _text),
    Field.LAST_NAME: _mostly(st.sampled_from(["Martin", "", "DUPONT"]), _text),
    Field.FULL_NAME: _mostly(
        st.sampled_from(["M. Jean Dupont", "DUPONT Marie", "", "Jean de La Fontaine"]), _text
    ),
    Field.MOBILE: _mostly(st.one_of(_mobile_numbers.map(lambda n: f"0{n}"), _mobile_numbers), _phones),
    Field.OTHER_PHONE: _mostly(st.sampled_from(["", "01 23 45 67 89", "0692 12 34 56"]), _phones),
    Field.EMAIL: _mostly(st.sampled_from(["", "jean@exemple.fr"]), _emails),
    Field.ADDRESS: _mostly(st.sampled_from(["", "1 rue de la Paix"]), st.one_of(_text, st.integers())),
    Field.POSTAL_CODE: _mostly(st.sampled_from(["75011", "97400", "97100", 6000, ""]), _postal),
    Field.CITY: _mostly(st.sampled_from(["Paris", ""]), _text),
    Field.BIRTHDAY: _mostly(st.sampled_from(["", dt.date(1980, 2, 1)]), _dates),
    Field.CONSENT: _mostly(st.sampled_from(["", "oui", "non", True]), _consent),
    Field.TAGS: _mostly(st.sampled_from(["", "vip", "vip, vip ; fidèle"]), _tags),
    Field.NOTES: _mostly(st.sampled_from(["", " à rappeler "]), st.one_of(_text, st.integers(), _dates)),
    Field.IGNORE: _any,
}


@st.composite
def rows(draw: st.DrawFn) -> tuple[str, list[Cell]]:
    layout = draw(st.sampled_from(sorted(LAYOUTS)))
    cells = [draw(_BY_FIELD[field]) for field in LAYOUTS[layout]]
    cut = draw(st.sampled_from([None, None, None, 1, 3, -1]))
    if cut is not None:
        cells = cells[:cut]  # a short row (a CSV line with fewer fields)
    elif draw(st.booleans()):
        cells = [*cells, draw(_any)]  # a longer one
    return layout, cells


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows())
def test_the_quick_path_answers_as_the_full_check_or_not_at_all(case: tuple[str, list[Cell]]) -> None:
    layout, cells = case
    quick = QUICK[layout]
    assert quick is not None
    fast = quick(12, list(cells))
    if fast is not None:
        assert fast == CHECKERS[layout].check(12, list(cells))


def _plain_row(i: int) -> list[Cell]:
    national = (750_000_000 if i % 2 else 600_000_000) + i * 7
    forms: list[Cell] = [f"0{national}", float(national), national, f"+33 {national // 100_000_000} {national % 100_000_000:08d}",
             f"0033{national}"]  # fmt: skip
    phone = forms[i % 5]
    return [f"Nom{i}", "Élodie", phone, f"client{i}@example.fr", f"{i % 95 + 1:02d}{i % 1000:03d}", "Saint-Étienne",
            ["oui", "", "Non"][i % 3]]  # fmt: skip


def test_plain_rows_take_the_quick_path_with_the_same_result() -> None:
    quick = QUICK["plain"]
    assert quick is not None
    for i in range(300):
        fast = quick(i + 2, _plain_row(i))
        assert isinstance(fast, Candidate), i
        assert fast == CHECKERS["plain"].check(i + 2, _plain_row(i))
    sample = quick(5, _plain_row(3))  # 0750000021 as a number
    assert sample is not None and sample.values.mobile == "+33750000021" and sample.values.subdiv == "04"
    assert sample.consent is ConsentState.GRANTED and sample.key == "+33750000021" and sample.warnings == []
    other = quick(6, _plain_row(4))
    assert other is not None and other.consent is None and other.values.region == "FR"


@pytest.mark.parametrize(
    ("field", "cell"),
    [
        (Field.MOBILE, "01 23 45 67 89"),  # a landline: moved, with a warning
        (Field.MOBILE, "6.12345678E+8"),  # rejected: Excel's scientific form
        (Field.MOBILE, True),
        (Field.EMAIL, "pas une adresse"),  # dropped, with a warning
        (Field.POSTAL_CODE, "7501"),  # 07501 is fine, "75O11" is not
        (Field.POSTAL_CODE, "75O11"),
        (Field.LAST_NAME, "x" * 101),  # truncated, with a warning
        (Field.CONSENT, "peut-être"),
        (Field.BIRTHDAY, "31/02/1990"),
    ],
)
def test_rows_with_something_to_say_go_to_the_full_check(field: Field, cell: Cell) -> None:
    quick = QUICK["everything"]
    assert quick is not None
    cells: list[Cell] = [""] * len(LAYOUTS["everything"])
    cells[1], cells[3] = "Martin", "06 12 34 56 78"
    assert quick(3, list(cells)) is not None
    cells[LAYOUTS["everything"].index(field)] = cell
    if field is Field.POSTAL_CODE and cell == "7501":
        assert quick(3, list(cells)) == CHECKERS["everything"].check(3, list(cells))
    else:
        assert quick(3, list(cells)) is None


def test_there_is_no_quick_path_outside_france() -> None:
    assert quick_checker(checker("plain", "BE")) is None
