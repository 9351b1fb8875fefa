"""What a consent recorded at the counter must hold, and the usual wordings a client accepts.

The wording a client accepts is the proof of their agreement: a promotional consent given without it is not
recorded (the client form, the consent dialog and the ``client`` command all ask this one rule). The usual
wordings are French whatever the program's language: they are what the shop's clients read and sign.
"""

from __future__ import annotations

from typing import Final

from desktop.core import french
from desktop.core.entities import ConsentPurpose, ConsentSource, ConsentState

#: How a consent can be collected by the staff (import and provider events are recorded by the program).
COUNTER_SOURCES: Final = (
    ConsentSource.FORM,
    ConsentSource.PAPER,
    ConsentSource.USER,
    ConsentSource.SMS_REPLY,
)
#: With a new client, at the counter: the client is there, so not by SMS.
NEW_CLIENT_SOURCES: Final = tuple(s for s in COUNTER_SOURCES if s is not ConsentSource.SMS_REPLY)

_OUR_BUSINESS: Final = "notre commerce"
_PROMOTIONAL: Final = (
    "J'accepte de recevoir par SMS les offres de %1. Je peux me désinscrire à tout moment en répondant STOP."
)
_TRANSACTIONAL: Final = (
    "J'accepte de recevoir par SMS les informations pratiques de %1 (rendez-vous, commandes)."
)


def usual_wording(purpose: ConsentPurpose, business_name: str) -> str:
    """The wording usually shown for agreeing to ``purpose``, with the business's name (« d'Optique
    Martin »; « de notre commerce » while the business has no name)."""
    sentence = _PROMOTIONAL if purpose is ConsentPurpose.PROMOTIONAL else _TRANSACTIONAL
    return french.fill(sentence, "%1", business_name.strip() or _OUR_BUSINESS)


def wording_missing(purpose: ConsentPurpose, state: ConsentState, wording: str) -> bool:
    """True when a consent cannot be recorded as given: accepting promotions needs the wording the client
    accepted, the proof of their agreement."""
    return state is ConsentState.GRANTED and purpose is ConsentPurpose.PROMOTIONAL and not wording.strip()


def state_code(state: ConsentState, purpose: ConsentPurpose) -> str:
    """The catalogue code saying a client's current consent for ``purpose``: a promotion needs an accepted
    consent, a service message is allowed unless refused."""
    if state is ConsentState.UNKNOWN:
        return f"consent_now_{purpose.value}_unknown"
    return f"consent_now_{state.value}"
