"""Every catalogue entry reads as a finished sentence in French and in English, with or without parameters."""

from __future__ import annotations

import re

import pytest

from desktop.core import catalogue

CODES = sorted(catalogue.codes())
#: Anything left of the catalogue's own syntax: a placeholder or an optional part's bracket.
LEFTOVER = re.compile(r"\{\w+\}|\[|\]")


def _names(text: str) -> set[str]:
    return set(catalogue.PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", CODES)
def test_french_and_english_name_the_same_parameters(code: str) -> None:
    french, english = catalogue._table()[code]
    assert _names(french) == _names(english)
    assert french.count("[") == french.count("]") and english.count("[") == english.count("]")


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_entry_renders_whole_with_its_parameters(code: str, lang: str) -> None:
    french, english = catalogue._table()[code]
    params = {name: f"«valeur de {name}»" for name in _names(french) | _names(english)}
    text = catalogue.explain(code, lang, **params)
    assert not LEFTOVER.search(text), text
    assert catalogue.MISSING not in text.replace("…", "", (french + english).count("…")), text
    for value in params.values():
        assert value in text


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_entry_renders_without_a_leftover_placeholder_when_no_parameter_is_given(
    code: str, lang: str
) -> None:
    text = catalogue.explain(code, lang)
    assert text.strip(), code
    assert not LEFTOVER.search(text), text


def test_an_optional_part_is_dropped_when_its_parameter_is_missing() -> None:
    assert catalogue.explain("unknown_error", "fr") == (
        "Une erreur inattendue s'est produite. Elle a été notée dans le journal."
    )
    assert "(code OSError)" in catalogue.explain("unknown_error", "fr", code="OSError")


def test_the_data_folder_refusal_reads_well_with_and_without_its_details() -> None:
    full = catalogue.explain("data_folder_unusable", "fr", folder="/mnt/usb/Comptoir", reason="accès refusé")
    assert "le dossier des données « /mnt/usb/Comptoir » : accès refusé. Vérifiez" in full
    bare = catalogue.explain("data_folder_unusable", "fr")
    assert "le dossier des données. Vérifiez ce dossier" in bare


def test_a_missing_required_parameter_shows_an_ellipsis_not_its_name() -> None:
    assert catalogue.explain("template_deleted", "fr") == "Le modèle « … » a été supprimé."


def test_values_are_shown_as_given_and_never_read_as_placeholders() -> None:
    text = catalogue.explain("template_deleted", "fr", name="{code} [x]")
    assert text == "Le modèle « {code} [x] » a été supprimé."


def test_an_unknown_code_is_explained_as_an_unexpected_error_naming_it() -> None:
    assert catalogue.explain("no_such_code", "fr") == (
        "Une erreur inattendue s'est produite (code no_such_code). Elle a été notée dans le journal."
    )
