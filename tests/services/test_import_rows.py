"""One row → a client or its rejection: phones as Excel stores them, the landline rule, lenient secondary
fields, consent answers, dates, postal codes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.entities import ConsentState
from desktop.services.importing.formats import Cell
from desktop.services.importing.mapping import ColumnMapping, Field
from desktop.services.importing.report import IssueKind
from desktop.services.importing.rows import (
    Candidate,
    RowChecker,
    consent_value,
    date_value,
    postal_code,
    text,
)
from desktop.storage.repositories.client_records import search_key as import_search_key
from desktop.storage.repositories.clients import ClientValues
from desktop.storage.repositories.clients import search_key as form_search_key

TODAY = dt.date(2026, 11, 23)
COLUMNS = (
    ("Civilité", Field.CIVILITY),
    ("Nom", Field.LAST_NAME),
    ("Prénom", Field.FIRST_NAME),
    ("Portable", Field.MOBILE),
    ("Fixe", Field.OTHER_PHONE),
    ("E-mail", Field.EMAIL),
    ("CP", Field.POSTAL_CODE),
    ("Né le", Field.BIRTHDAY),
    ("SMS", Field.CONSENT),
    ("Étiquettes", Field.TAGS),
    ("Client", Field.FULL_NAME),
)
CHECKER = RowChecker(
    ColumnMapping(1, tuple(h for h, _f in COLUMNS), tuple(f for _h, f in COLUMNS), first_column=0),
    "FR",
    TODAY,
)


def row(**cells: Any) -> list[Cell]:
    names = {f.value: i for i, (_h, f) in enumerate(COLUMNS)}
    values: list[Cell] = [""] * len(COLUMNS)
    for name, value in cells.items():
        values[names[name]] = value
    return values


def accepted(**cells: Any) -> Candidate:
    result = CHECKER.check(7, row(**cells))
    assert isinstance(result, Candidate), result
    return result


def rejected(**cells: Any) -> tuple[str, str]:
    result = CHECKER.check(7, row(**cells))
    assert isinstance(result, list) and len(result) == 1, result
    issue = result[0]
    assert issue.kind is IssueKind.ERROR and issue.row == 7
    return issue.code, issue.column


@pytest.mark.parametrize(
    "raw",
    [612345678.0, 612345678, 33612345678, "06 12 34 56 78", "+33 (0)6 12 34 56 78", "0033 6 12 34 56 78",
     "06.12.34.56.78", "+33612345678"],
)  # fmt: skip
def test_every_way_a_sheet_holds_a_mobile_gives_e164(raw: object) -> None:
    assert accepted(last_name="Martin", mobile=raw).values.mobile == "+33612345678"


def test_overseas_numbers_get_their_region() -> None:
    values = accepted(last_name="Payet", mobile="0692 12 34 56").values
    assert (values.mobile, values.region) == ("+262692123456", "RE")


@pytest.mark.parametrize(
    ("raw", "code"),
    [("0612", "too_short"), ("06 12 34 56 78 9", "too_long"), ("abc", "not_a_number"), (612345678.5, "not_a_number"),
     ("6,12346E+08", "import_phone_scientific"), ("+999 1234567", "invalid")],
)  # fmt: skip
def test_invalid_mobiles_are_rejected_with_the_reason_and_the_column(raw: object, code: str) -> None:
    assert rejected(last_name="Martin", mobile=raw) == (code, "Portable (D)")


def test_a_landline_in_the_mobile_column_goes_to_other_phone_with_a_warning() -> None:
    candidate = accepted(last_name="Martin", mobile="01 23 45 67 89")
    assert (candidate.values.mobile, candidate.values.other_phone) == (None, "+33123456789")
    assert [(w.code, w.kind) for w in candidate.warnings] == [("import_landline_moved", IssueKind.WARNING)]
    both = accepted(last_name="Martin", mobile="01 23 45 67 89", other_phone="04 11 22 33 44")
    assert both.values.other_phone == "+33411223344"
    assert [w.code for w in both.warnings] == ["import_landline_ignored"]


def test_a_cell_with_two_numbers_keeps_the_mobile() -> None:
    candidate = accepted(last_name="Martin", mobile="01 23 45 67 89 / 06 12 34 56 78")
    assert (candidate.values.mobile, candidate.values.other_phone) == ("+33612345678", "+33123456789")
    assert [w.code for w in candidate.warnings] == ["import_several_numbers"]


def test_bad_secondary_fields_are_left_out_not_the_client() -> None:
    candidate = accepted(last_name="Martin", mobile="0612345678", email="martin@", postal_code="7501")
    assert candidate.values.email == "" and candidate.values.postal_code == "07501"  # Excel lost the 0
    assert [w.code for w in candidate.warnings] == ["import_email_dropped"]
    other = accepted(last_name="Martin", other_phone="12", postal_code="ABCDE")
    assert [w.code for w in other.warnings] == ["import_other_phone_dropped", "import_postal_code_dropped"]


def test_rows_longer_or_shorter_than_the_header_are_read_by_column() -> None:
    longer = [*row(last_name="Martin", mobile="0612345678"), "stray", "0699999999"]
    candidate = CHECKER.check(3, longer)
    assert isinstance(candidate, Candidate)
    assert (candidate.values.last_name, candidate.values.mobile, candidate.values.email) == (
        "Martin",
        "+33612345678",
        "",
    )
    shorter = CHECKER.check(4, ["Mme", "Durand"])
    assert (
        isinstance(shorter, Candidate) and shorter.values.civility == "Mme" and shorter.values.mobile is None
    )


def test_a_row_without_name_or_mobile_is_rejected() -> None:
    assert rejected(email="orphan@example.fr") == ("name_or_mobile_required", "Nom (B)")


def test_full_name_fills_first_and_last_name_when_they_are_empty() -> None:
    values = accepted(full_name="Mme DUPONT Marie", mobile="0612345678").values
    assert (values.civility, values.first_name, values.last_name) == ("Mme", "Marie", "DUPONT")
    kept = accepted(full_name="Autre Nom", last_name="Martin").values
    assert (kept.first_name, kept.last_name) == ("", "Martin")


def test_consent_dates_and_tags_of_a_row() -> None:
    candidate = accepted(
        last_name="Martin",
        mobile="0612345678",
        promotional_consent="✓",
        birthday="05/03/87",
        tags="vip; fidèle",
    )
    assert candidate.consent is ConsentState.GRANTED
    assert candidate.values.birthday == dt.date(1987, 3, 5)
    assert candidate.values.tags == ("vip", "fidèle")
    unclear = accepted(last_name="Martin", promotional_consent="peut-être", birthday="31/02/1990")
    assert unclear.consent is None and unclear.values.birthday is None
    assert [w.code for w in unclear.warnings] == ["import_invalid_date", "import_consent_unrecognised"]


@pytest.mark.parametrize("value", ["oui", "OUI", " Oui ", "o", "yes", "Y", "x", "X", "1", 1, 1.0, True, "vrai",
                                   "TRUE", "✓", "✔", "d'accord"])  # fmt: skip
def test_yes_values(value: object) -> None:
    assert consent_value(value) is ConsentState.GRANTED  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["non", "NON", "n", "no", "0", 0, False, "faux", "false", "✗"])
def test_no_values(value: object) -> None:
    assert consent_value(value) is ConsentState.WITHDRAWN  # type: ignore[arg-type]


def test_empty_and_unclear_consent() -> None:
    assert consent_value("") is None and consent_value(None) is None
    for value in ("peut-être", 2, "ouiii"):
        with pytest.raises(ValueError):
            consent_value(value)


def test_dates_as_cells_serials_and_text() -> None:
    assert date_value(dt.datetime(1980, 1, 2, 0, 0), TODAY) == dt.date(1980, 1, 2)
    assert date_value(29222, TODAY) == dt.date(1980, 1, 2)  # an Excel serial number
    assert date_value("1980-01-02", TODAY) == dt.date(1980, 1, 2)
    assert date_value("02.01.1980", TODAY) == dt.date(1980, 1, 2)
    assert date_value("02/01/12", TODAY) == dt.date(2012, 1, 2)
    for bad in ("2030-01-01", "12/13/1980", "hier", 5_000_000):
        with pytest.raises((ValueError, OverflowError)):
            date_value(bad, TODAY)


def test_cells_as_text() -> None:
    assert text(612345678.0) == "612345678"
    assert text(1.5) == "1.5"
    assert text(dt.date(1980, 1, 2)) == "02/01/1980"
    assert text("'+32 470 12 34 56") == "+32 470 12 34 56"  # neutralised by an export
    assert text("'quote") == "'quote"
    assert (
        postal_code(6000) == "06000" and postal_code(75011.0) == "75011" and postal_code("75 011") == "75011"
    )


_texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_texts, _texts, _texts, _texts, st.one_of(st.none(), _texts), st.one_of(st.none(), _texts))
def test_import_search_keys_equal_the_client_forms(
    last: str, first: str, email: str, city: str, mobile: str | None, other: str | None
) -> None:
    if mobile is not None and mobile[:1] == "0":
        mobile = "+33" + mobile[1:]  # exercise the national form too
    values = ClientValues(first, last, "", mobile, other, email, "", "", city, None, (), "", "fr", "FR", None)
    assert import_search_key(values) == form_search_key(values)


@pytest.mark.parametrize(
    ("raw", "note"),
    [("06 12 34 56 78 (mère)", "mère"), ("0612345678 - portable de sa fille", "portable de sa fille")],
)
def test_a_number_with_a_note_keeps_the_number_and_puts_the_note_in_the_notes(raw: str, note: str) -> None:
    candidate = accepted(last_name="Martin", mobile=raw)
    assert (candidate.values.mobile, candidate.values.notes) == ("+33612345678", note)
    assert [(w.code, dict(w.params)) for w in candidate.warnings] == [
        ("import_number_with_note", {"note": note})
    ]


def test_a_phone_label_before_the_number_is_not_a_note() -> None:
    candidate = accepted(last_name="Martin", mobile="Tél : 06 12 34 56 78")
    assert (candidate.values.mobile, candidate.values.notes, candidate.warnings) == ("+33612345678", "", [])


def test_text_without_a_valid_number_is_still_rejected() -> None:
    assert rejected(last_name="Martin", mobile="demander à sa fille") == ("not_a_number", "Portable (D)")
    assert rejected(last_name="Martin", mobile="06 12 34 (bureau)")[0] in ("too_short", "not_a_number")
