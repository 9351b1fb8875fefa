"""The consent rules the client form, the consent dialog and the ``client`` command share."""

from __future__ import annotations

import pytest

from desktop.core.consent import state_code, usual_wording, wording_missing
from desktop.core.entities import ConsentPurpose, ConsentState

P, T = ConsentPurpose.PROMOTIONAL, ConsentPurpose.TRANSACTIONAL
G, W, U = ConsentState.GRANTED, ConsentState.WITHDRAWN, ConsentState.UNKNOWN


@pytest.mark.parametrize(
    ("purpose", "state", "wording", "missing"),
    [
        (P, G, "", True),
        (P, G, "  \n", True),
        (P, G, "J'accepte.", False),
        (P, W, "", False),
        (T, G, "", False),
    ],
)
def test_only_an_agreement_to_promotions_needs_its_wording(
    purpose: ConsentPurpose, state: ConsentState, wording: str, missing: bool
) -> None:
    assert wording_missing(purpose, state, wording) is missing


def test_the_usual_wordings_name_the_business_with_french_elision() -> None:
    assert "les offres d'Optique Étoile." in usual_wording(P, " Optique Étoile ")
    assert "les offres de Comptoir Martin." in usual_wording(P, "Comptoir Martin")
    assert "informations pratiques de notre commerce (rendez-vous" in usual_wording(T, "")


def test_the_current_state_wording_depends_on_the_purpose() -> None:
    assert [state_code(U, P), state_code(U, T), state_code(G, T), state_code(W, P)] == [
        "consent_now_promotional_unknown",
        "consent_now_transactional_unknown",
        "consent_now_granted",
        "consent_now_withdrawn",
    ]
