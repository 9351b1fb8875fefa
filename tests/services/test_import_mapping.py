"""Understanding a sheet: header row, column names in French and English, values, full names."""

from __future__ import annotations

import pytest

from desktop.services.importing.formats import Row, column_letter
from desktop.services.importing.mapping import (
    ColumnMapping,
    Field,
    auto_map,
    build_mapping,
    detect_header,
    normalize_civility,
    recognise,
    remap_header,
    split_full_name,
)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom", Field.LAST_NAME),
        ("NOM DE FAMILLE", Field.LAST_NAME),
        ("Prénom", Field.FIRST_NAME),
        ("First name", Field.FIRST_NAME),
        ("Civilité", Field.CIVILITY),
        ("Tél.", Field.PHONE),
        ("Téléphone", Field.PHONE),
        ("Portable", Field.MOBILE),
        ("Mobile", Field.MOBILE),
        ("GSM", Field.MOBILE),
        ("Tel portable", Field.MOBILE),
        ("Tél. mobile *", Field.MOBILE),
        ("N° de portable", Field.MOBILE),
        ("Tél. fixe", Field.OTHER_PHONE),
        ("E-mail", Field.EMAIL),
        ("Mail", Field.EMAIL),
        ("Courriel", Field.EMAIL),
        ("Adresse e-mail", Field.EMAIL),
        ("Adresse", Field.ADDRESS),
        ("CP", Field.POSTAL_CODE),
        ("Code postal", Field.POSTAL_CODE),
        ("Ville", Field.CITY),
        ("Date de naissance", Field.BIRTHDAY),
        ("Date de naissance (jj/mm/aaaa)", Field.BIRTHDAY),
        ("Notes", Field.NOTES),
        ("Étiquettes", Field.TAGS),
        ("Tags", Field.TAGS),
        ("Consentement SMS", Field.CONSENT),
        ("Opt-in", Field.CONSENT),
        ("Nom complet", Field.FULL_NAME),
        ("Client", Field.FULL_NAME),
        ("Name", Field.FULL_NAME),
    ],
)
def test_column_names_are_recognised_whatever_accents_case_and_punctuation(header: str, field: Field) -> None:
    assert recognise(header) is field


@pytest.mark.parametrize("header", ["", "Montant", "N° client", "Hôtel", "SMS", 42, None, "x" * 80])
def test_other_names_are_not_guessed(header: object) -> None:
    assert recognise(header) is None  # type: ignore[arg-type]


def test_header_row_is_found_below_titles_and_blank_rows() -> None:
    rows: list[Row] = [
        (1, ["Optique Martin — fichier clients", "", ""]),
        (2, ["", "", ""]),
        (3, ["Exporté le 03/02/2024", "", ""]),
        (5, ["Nom", "Prénom", "Portable"]),
        (6, ["Martin", "Élodie", "0612345678"]),
    ]
    assert detect_header(rows) == 5
    plain: list[Row] = [(1, ["a", "b"]), (2, ["c", "d"])]
    assert detect_header(plain) is None


def test_generic_phone_is_the_mobile_unless_a_mobile_column_exists() -> None:
    assert auto_map(["Nom", "Téléphone"]) == (Field.LAST_NAME, Field.MOBILE)
    assert auto_map(["Téléphone", "Portable"]) == (Field.OTHER_PHONE, Field.MOBILE)
    assert auto_map(["Portable", "GSM", "Mobile"]) == (Field.MOBILE, Field.OTHER_PHONE, Field.IGNORE)
    assert auto_map(["Nom", "Nom"]) == (Field.LAST_NAME, Field.IGNORE)
    assert auto_map(["Notes", "Remarques"]) == (Field.NOTES, Field.NOTES)


def test_unnamed_phone_and_email_columns_are_mapped_from_their_values() -> None:
    rows: list[Row] = [
        (1, ["Nom", "Col B", "Col C", "Consentement ?"]),
        (2, ["Martin", "06 12 34 56 78", "elodie@example.fr", "oui"]),
        (3, ["Durand", 611223344.0, "paul@example.fr", "non"]),
        (4, ["Petit", "0033 6 99 88 77 66", "", "oui"]),
    ]
    mapping = build_mapping(rows)
    assert mapping.header_row == 1
    assert mapping.fields == (Field.LAST_NAME, Field.MOBILE, Field.EMAIL, Field.CONSENT)
    no_header: list[Row] = [(1, ["Martin", "0612345678"]), (2, ["Durand", "0611223344"])]
    headerless = build_mapping(no_header)
    assert headerless.header_row is None
    assert headerless.fields == (Field.IGNORE, Field.MOBILE)


def test_consent_is_never_guessed_from_values() -> None:
    rows: list[Row] = [(1, ["Nom", "Colonne"]), (2, ["Martin", "oui"]), (3, ["Durand", "oui"])]
    assert Field.CONSENT not in build_mapping(rows).fields


def test_mapping_edits_keep_single_fields_single() -> None:
    mapping = ColumnMapping(1, ("Nom", "Tel", "Autre"), (Field.LAST_NAME, Field.MOBILE, Field.IGNORE), 1)
    edited = mapping.with_field(2, Field.MOBILE)
    assert edited.fields == (Field.LAST_NAME, Field.IGNORE, Field.MOBILE)
    assert edited.with_field(1, Field.NOTES).with_field(0, Field.NOTES).columns_of(Field.NOTES) == [0, 1]
    assert mapping.label(1) == "Tel (C)"
    assert mapping.usable and not ColumnMapping(1, ("a",), (Field.EMAIL,)).usable


def test_remap_header_when_the_user_picks_another_row() -> None:
    rows: list[Row] = [(1, ["Nom", "Portable"]), (2, ["Client", "Tél."]), (3, ["Martin", "0612345678"])]
    assert remap_header(rows, 2).fields == (Field.FULL_NAME, Field.MOBILE)
    assert remap_header(rows, None).header_row is None


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702, 16383)] == [
        "A", "B", "Z", "AA", "AB", "ZZ", "AAA", "XFD",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Jean Dupont", ("M.", "Jean", "Dupont")),
        ("Mme DUPONT Marie", ("Mme", "Marie", "DUPONT")),
        ("DUPONT Marie-Claire", ("", "Marie-Claire", "DUPONT")),
        ("Dupont, Jean", ("", "Jean", "Dupont")),
        ("Jean de La Fontaine", ("", "Jean", "de La Fontaine")),
        ("Jean-Pierre Martin", ("", "Jean-Pierre", "Martin")),
        ("Dupont", ("", "", "Dupont")),
        ("Madame Élodie Lœw", ("Mme", "Élodie", "Lœw")),
        ("  ", ("", "", "")),
        ("Monsieur", ("", "", "Monsieur")),
    ],
)
def test_full_names_are_split(text: str, expected: tuple[str, str, str]) -> None:
    assert split_full_name(text) == expected


def test_civilities_are_normalised() -> None:
    assert [normalize_civility(c) for c in ("madame", "M", "Mr.", "Mlle", "Dr", "Sœur")] == [
        "Mme", "M.", "M.", "Mlle", "Dr", "Sœur",
    ]  # fmt: skip
