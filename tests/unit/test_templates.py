"""The template language: variables, validation with positions, safe rendering, French dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.templates import (
    KNOWN_VARIABLES,
    ProblemCode,
    TemplateError,
    TemplateProblem,
    format_date_fr,
    format_time_fr,
    join_fr,
    render,
    validate,
    variables,
)

STANDARD = [
    "prenom",
    "nom",
    "civilite",
    "date_rdv",
    "heure_rdv",
    "boutique",
    "adresse",
    "telephone_boutique",
    "commande",
    "lien_avis",
    "lien_enquete",
    "motif",
    "date_retrait",
    "heure_arrivee",
    "date_devis",
    "nouvelle_heure",
    "praticien",  # the agenda's reminders
    "lieu",
    "sms_arretes",  # the confirmation of an opt-out
]


def test_known_variables_hold_the_standard_names() -> None:
    assert set(KNOWN_VARIABLES) == set(STANDARD)
    assert all(code and code.isascii() for code in KNOWN_VARIABLES.values())
    with pytest.raises(TypeError):
        KNOWN_VARIABLES["x"] = "y"  # type: ignore[index]


# ---------------------------------------------------------------- happy paths


def test_render_fills_variables() -> None:
    body = "Bonjour {civilite} {nom}, RDV le {date_rdv} à {heure_rdv} chez {boutique}."
    values = {
        "civilite": "Mme",
        "nom": "Dupont",
        "date_rdv": "mardi 12 mars",
        "heure_rdv": "14h30",
        "boutique": "Optique Martin",
    }
    assert render(body, values) == "Bonjour Mme Dupont, RDV le mardi 12 mars à 14h30 chez Optique Martin."


def test_variables_in_order_of_first_appearance_without_duplicates() -> None:
    body = "{nom} {prenom|Client} {nom} {{literal}} {date_rdv|} {prenom}"
    assert variables(body) == ("nom", "prenom", "date_rdv")


def test_body_without_variables() -> None:
    assert variables("Bonjour !") == ()
    assert render("Bonjour !", {}) == "Bonjour !"
    assert render("", {}) == ""


def test_values_are_inserted_literally() -> None:
    # A value that looks like a placeholder, or format syntax, is never interpreted.
    values = {"prenom": "{nom} {0} {{x}} %s", "nom": "Dupont"}
    assert render("Bonjour {prenom}", values) == "Bonjour {nom} {0} {{x}} %s"


def test_escaped_braces() -> None:
    assert render("{{prenom}} = {prenom}", {"prenom": "Marie"}) == "{prenom} = Marie"
    assert render("}}{{", {}) == "}{"
    assert render("{prenom}}}", {"prenom": "Marie"}) == "Marie}"
    assert variables("{{prenom}}") == ()


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n"])
def test_default_used_for_missing_or_blank_values(value: str | None) -> None:
    body = "Bonjour {prenom|Madame, Monsieur} !"
    assert render(body, {"prenom": value}) == "Bonjour Madame, Monsieur !"


def test_default_used_when_key_absent() -> None:
    assert render("Bonjour {prenom|Madame, Monsieur} !", {}) == "Bonjour Madame, Monsieur !"


def test_default_not_used_when_value_present() -> None:
    assert render("Bonjour {prenom|Madame, Monsieur} !", {"prenom": "Marie"}) == "Bonjour Marie !"


def test_empty_default_means_empty_string() -> None:
    assert render("Bonjour {prenom|}!", {"prenom": None}) == "Bonjour !"
    assert validate("Bonjour {prenom|}!", KNOWN_VARIABLES) == []


def test_default_keeps_pipes_and_spaces() -> None:
    assert render("{prenom| a|b }", {}) == " a|b "


# ---------------------------------------------------------------- errors with positions


@pytest.mark.parametrize(
    ("body", "code", "position", "name"),
    [
        ("Bonjour {prenom", ProblemCode.UNBALANCED_OPEN, 8, None),
        ("Bonjour prenom}", ProblemCode.UNBALANCED_CLOSE, 14, None),
        ("Bonjour {Prenom}", ProblemCode.INVALID_NAME, 8, "Prenom"),
        ("Hi {a.b}", ProblemCode.INVALID_NAME, 3, "a.b"),
        ("Hi {0}", ProblemCode.INVALID_NAME, 3, "0"),
        ("Hi { prenom }", ProblemCode.INVALID_NAME, 3, " prenom "),
        ("Hi {}", ProblemCode.INVALID_NAME, 3, None),
        ("Hi {prénom}", ProblemCode.INVALID_NAME, 3, "prénom"),
        ("Hi {prenom|a{b}", ProblemCode.INVALID_DEFAULT, 12, "prenom"),
        ("Hi {x {prenom}", ProblemCode.UNBALANCED_OPEN, 3, None),
    ],
)
def test_syntax_errors(body: str, code: str, position: int, name: str | None) -> None:
    for call in (lambda: variables(body), lambda: render(body, {"prenom": "Marie", "nom": "D"})):
        with pytest.raises(TemplateError) as info:
            call()
        assert info.value.code == code
        assert info.value.position == position
        assert info.value.name == name
        assert isinstance(info.value, ValueError)
        assert f"position {position}" in str(info.value)
    assert [(p.code, p.position) for p in validate(body, KNOWN_VARIABLES)] == [(code, position)]


def test_missing_value_without_default() -> None:
    with pytest.raises(TemplateError) as info:
        render("Bonjour {prenom}, le {date_rdv}", {"prenom": "Marie"})
    assert (info.value.code, info.value.position, info.value.name) == ("missing_value", 21, "date_rdv")
    assert "date_rdv" in str(info.value)


@pytest.mark.parametrize("value", [None, "", "  "])
def test_blank_value_without_default_is_missing(value: str | None) -> None:
    with pytest.raises(TemplateError) as info:
        render("{prenom}", {"prenom": value})
    assert info.value.code == ProblemCode.MISSING_VALUE


def test_non_string_value_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        render("{prenom}", {"prenom": 3})  # type: ignore[dict-item]


def test_template_error_accepts_a_plain_code() -> None:
    error = TemplateError("missing_value", 4, "nom")
    assert error.code is ProblemCode.MISSING_VALUE
    assert str(error) == "no value and no default 'nom' at position 4"
    with pytest.raises(ValueError):
        TemplateError("no_such_code", 0)


def test_unknown_variable_reported_with_span() -> None:
    problems = validate("Bonjour {prenon} !", KNOWN_VARIABLES)
    assert problems == [TemplateProblem(ProblemCode.UNKNOWN_VARIABLE, 8, 8, "prenon")]
    # unknown is not a syntax error: variables() lists it, render() only needs a value
    assert variables("Bonjour {prenon} !") == ("prenon",)


def test_validate_returns_every_problem_in_order() -> None:
    body = "} {Prenom} {prenon} {prenom|x{y} {{ok}} {nom} {"
    assert validate(body, KNOWN_VARIABLES) == [
        TemplateProblem(ProblemCode.UNBALANCED_CLOSE, 0, 1, None),
        TemplateProblem(ProblemCode.INVALID_NAME, 2, 8, "Prenom"),
        TemplateProblem(ProblemCode.UNKNOWN_VARIABLE, 11, 8, "prenon"),
        TemplateProblem(ProblemCode.INVALID_DEFAULT, 29, 1, "prenom"),
        TemplateProblem(ProblemCode.UNBALANCED_OPEN, 46, 1, None),
    ]


def test_validate_each_unknown_occurrence() -> None:
    problems = validate("{x} {x}", ["prenom"])
    assert [(p.code, p.position, p.length) for p in problems] == [
        ("unknown_variable", 0, 3),
        ("unknown_variable", 4, 3),
    ]


def test_validate_with_values_reports_missing_ones() -> None:
    body = "{prenom} {nom|} {date_rdv}"
    problems = validate(body, KNOWN_VARIABLES, values={"prenom": "Marie", "nom": None, "date_rdv": " "})
    assert problems == [TemplateProblem(ProblemCode.MISSING_VALUE, 16, 10, "date_rdv")]
    assert validate(body, KNOWN_VARIABLES) == []


def test_clean_body_has_no_problem() -> None:
    body = "Bonjour {prenom|Madame, Monsieur}, vos lunettes sont prêtes chez {boutique}. STOP au 36180"
    assert validate(body, KNOWN_VARIABLES) == []


# ---------------------------------------------------------------- nothing is ever evaluated


class _Spy(dict[str, "str | None"]):
    """A mapping that records every key asked for."""

    def __init__(self) -> None:
        super().__init__(prenom="Marie")
        self.asked: list[str] = []

    def get(self, key: str, default: object = None) -> str | None:
        self.asked.append(key)
        return super().get(key)


@pytest.mark.parametrize(
    "body",
    [
        "{__class__}",
        "{__init__|x}",
        "{prenom.__class__}",
        "{prenom.__class__.__mro__}",
        "{0}",
        "{prenom!r}",
        "{prenom:>10}",
        "{prenom[0]}",
        "{prenom()}",
        "{__import__('os').system('x')}",
    ],
)
def test_attacker_bodies_are_refused_without_evaluation(body: str) -> None:
    spy = _Spy()
    with pytest.raises(TemplateError) as info:
        render(body, spy)
    assert info.value.code == ProblemCode.INVALID_NAME
    assert info.value.position == 0
    assert spy.asked == []
    with pytest.raises(TemplateError):
        variables(body)


# ---------------------------------------------------------------- properties

_no_braces = st.text(st.characters(blacklist_characters="{}"), max_size=200)
_names = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)


@settings(max_examples=200, deadline=None)
@given(_no_braces)
def test_body_without_braces_renders_to_itself(body: str) -> None:
    assert render(body, {}) == body
    assert variables(body) == ()
    assert validate(body, ()) == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_no_braces, _names, st.booleans()), max_size=8), _no_braces)
def test_variables_of_generated_bodies(chunks: list[tuple[str, str, bool]], tail: str) -> None:
    body = "".join(f"{text}{{{name}{'|d' if default else ''}}}" for text, name, default in chunks) + tail
    expected = tuple(dict.fromkeys(name for _, name, _ in chunks))
    assert variables(body) == expected
    values = {name: name.upper() for name in expected}
    rendered = render(body, values)
    assert rendered == "".join(text + name.upper() for text, name, _ in chunks) + tail
    assert validate(body, expected) == []


# ---------------------------------------------------------------- French dates and times


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2024, 3, 12), "mardi 12 mars"),
        (dt.date(2026, 4, 1), "mercredi 1er avril"),
        (dt.date(2026, 8, 15), "samedi 15 août"),
        (dt.date(2026, 12, 27), "dimanche 27 décembre"),
        (dt.date(2026, 2, 2), "lundi 2 février"),
    ],
)
def test_format_date_fr(day: dt.date, text: str) -> None:
    assert format_date_fr(day) == text


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (dt.time(14, 30), "14h30"),
        (dt.time(9, 0), "9h00"),
        (dt.time(0, 5), "0h05"),
        (dt.time(23, 59), "23h59"),
    ],
)
def test_format_time_fr(moment: dt.time, text: str) -> None:
    assert format_time_fr(moment) == text


def test_join_fr_lists_the_french_way() -> None:
    assert [join_fr(items) for items in ([], ["9h00"], ["9h00", "11h00"], ["A", "B", "C"])] == [
        "",
        "9h00",
        "9h00 et 11h00",
        "A, B et C",
    ]
