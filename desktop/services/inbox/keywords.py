"""What makes a keyword usable: the one check for the command line, the inbox and Réglages.

A keyword is a word clients send alone (« HORAIRES »), kept in capitals; it may not be a word that already
means something (an opt-out, an opt-in, a yes or a no: « STOP », « START », « OUI », « 1 »). Its answer is a
template body that may only use the business's values: a keyword may come from a number that is nobody's.
"""

from __future__ import annotations

from typing import Final

from desktop.core import replies
from desktop.core.entities import Interpretation
from desktop.core.templates import validate
from desktop.services.sending.facts import BUSINESS_VARIABLES

MAX_WORD: Final = 30

# Codes (texts in desktop.core.catalogue.replies).
WORD_REQUIRED: Final = "keyword_word_required"
WORD_RESERVED: Final = "keyword_word_reserved"
WORD_TOO_LONG: Final = "keyword_word_too_long"
ANSWER_REQUIRED: Final = "keyword_answer_required"
ANSWER_INVALID: Final = "keyword_answer_invalid"
DUPLICATE: Final = "keyword_duplicate"

_MEANINGFUL: Final = frozenset(
    {Interpretation.OPT_OUT, Interpretation.OPT_IN, Interpretation.CONFIRM, Interpretation.CANCEL}
)


def clean_word(word: str) -> str:
    return " ".join(word.split()).upper()


def same_word(a: str, b: str) -> bool:
    return replies.normalize(a) == replies.normalize(b)


def problem(word: str, answer: str) -> tuple[str, dict[str, str]] | None:
    """Why this keyword and answer cannot be kept (a code and its parameters), or None."""
    cleaned = clean_word(word)
    if not replies.normalize(cleaned):
        return WORD_REQUIRED, {}
    if len(cleaned) > MAX_WORD:
        return WORD_TOO_LONG, {"max": str(MAX_WORD)}
    if replies.interpret(cleaned, expecting=replies.CONFIRMATION).kind in _MEANINGFUL:
        return WORD_RESERVED, {"word": cleaned}
    if not answer.strip():
        return ANSWER_REQUIRED, {"word": cleaned}
    problems = validate(answer.strip(), BUSINESS_VARIABLES)
    if problems:
        first = problems[0]
        return ANSWER_INVALID, {"name": first.name or "", "position": str(first.position + 1)}
    return None
