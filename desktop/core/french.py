"""French grammar for sentences that carry a name: « les offres d'Optique Martin », « de Comptoir ».

A sentence is written once with its preposition and a placeholder (``"les offres de %1"``); :func:`fill`
puts the name in and elides « de » / « que » before a vowel or a mute h, as French requires. The English
translation of the same sentence has no « de » before the placeholder: nothing changes there.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: Words elided before a vowel sound, as they come before a name in our sentences.
_ELIDED: Final = ("de", "que", "jusque", "lorsque", "puisque")
_QUOTES: Final = "«“\"'‘ \u00a0"


def starts_with_vowel_sound(name: str) -> bool:
    """True for « Optique », « Élodie », « Hugo » (a mute h, as for most names); False for « Karim »."""
    word = name.lstrip(_QUOTES)
    if not word:
        return False
    first = unicodedata.normalize("NFD", word[0])[0].lower()
    return first in "aeiouyh" or word[0].lower() in "œæ"


def elide(word: str, name: str) -> str:
    """« de » + « Optique Martin » → « d'Optique Martin »; « de » + « Comptoir » → « de Comptoir »."""
    if word.lower() in _ELIDED and starts_with_vowel_sound(name):
        return f"{word[:-1]}'{name}"
    return f"{word} {name}"


def fill(sentence: str, placeholder: str, name: str) -> str:
    """`sentence` with each `placeholder` replaced by `name`, eliding the « de » / « que » just before it."""
    pattern = re.compile(rf"\b({'|'.join(_ELIDED)}) {re.escape(placeholder)}", re.IGNORECASE)
    elided = pattern.sub(lambda m: elide(m.group(1), name), sentence)
    return elided.replace(placeholder, name)
