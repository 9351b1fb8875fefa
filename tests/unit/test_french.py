"""French elision where a name enters a generated sentence: « les offres d'Optique Martin »."""

from __future__ import annotations

import pytest

from desktop.core import french


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Optique Martin", "les offres d'Optique Martin."),
        ("Élodie Bernard", "les offres d'Élodie Bernard."),
        ("Hugo Moreau", "les offres d'Hugo Moreau."),
        ("« Atelier Roux »", "les offres d'« Atelier Roux »."),
        ("Comptoir", "les offres de Comptoir."),
        ("Karim Haddad", "les offres de Karim Haddad."),
        ("", "les offres de ."),
    ],
)
def test_de_is_elided_before_a_vowel_sound(name: str, expected: str) -> None:
    assert french.fill("les offres de %1.", "%1", name) == expected


def test_only_the_word_before_the_placeholder_changes() -> None:
    sentence = "J'accepte de recevoir par SMS les offres de %1, de %1 seulement."
    assert french.fill(sentence, "%1", "OVHcloud") == (
        "J'accepte de recevoir par SMS les offres d'OVHcloud, d'OVHcloud seulement."
    )
    assert french.fill("De %1 à vous", "%1", "Isabelle") == "D'Isabelle à vous"
    assert french.fill("plus que %1", "%1", "Anne") == "plus qu'Anne"
    assert french.fill("offers from %1", "%1", "Optique Martin") == "offers from Optique Martin"
    assert french.fill("décidé %1", "%1", "Optique") == "décidé Optique"  # « de » must be a whole word
