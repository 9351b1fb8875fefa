"""Words that change what a message is: medical terms (clinic sector) and promotional wording.

Matching is case-, accent- and space-insensitive and on whole words; results keep the text as written and
where it was, so editors can underline it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from desktop.core.text import fold


@lru_cache(maxsize=1024)
def _fold_char(ch: str) -> str:
    return " " if ch.isspace() else fold(ch)


def _fold_map(text: str) -> tuple[str, list[int]]:
    """`fold`-like lower-case, accent-free text, and for each of its characters the index it came from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = _fold_char(ch)
        out.append(piece)
        origin.extend([index] * len(piece))
    return "".join(out), origin


def matches(pattern: re.Pattern[str], text: str) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """Distinct matched words (as written in `text`) and their spans, in order of appearance."""
    folded, origin = _fold_map(text)
    words: dict[str, None] = {}
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(folded):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        spans.append((start, end))
        words.setdefault(text[start:end].strip(), None)
    return tuple(words), tuple(spans)


def _words(alternatives: Iterable[str], *extra: str) -> re.Pattern[str]:
    """Whole-word alternatives (a space in one matches any run of spaces), plus raw `extra` patterns."""
    words = "|".join(alt.replace(" ", r"\s+") for alt in alternatives)
    return re.compile("|".join((rf"(?<![\w])(?:{words})(?![\w])", *extra)))


#: Medical reasons, specialties and acts (folded, regex): an SMS can be read by anyone holding the phone.
HEALTH: Final = _words(
    [
        r"irm", r"scanners?", r"radio(?:graphie|logie|logue|therapie)?s?", r"echo(?:graphie)?s?",
        r"mammographies?", r"depistages?", r"kines?", r"kinesitherap\w*", r"osteo(?:pathe|pathie)?s?",
        r"psy", r"psych(?:iatr|olog|otherap|analy)\w*", r"gyneco\w*", r"obstetri\w*", r"sages?[- ]femmes?",
        r"onco\w*", r"cancer\w*", r"chimio\w*", r"dermato\w*", r"dentist\w*", r"dentaires?", r"detartrages?",
        r"caries?", r"orthodont\w*", r"ophtalmo\w*", r"cardio\w*", r"vaccin\w*", r"analyses? de sang",
        r"analyses? (?:sanguines?|medicales?|d urine)", r"prises? de sang", r"bilans? sanguins?",
        r"biopsies?", r"seances?", r"ordonnances?", r"traitements?", r"resultats?", r"grossesses?",
        r"enceinte", r"prenatal\w*", r"ivg", r"vih", r"hiv", r"sida", r"ist", r"mst", r"diabet\w*",
        r"hepatites?", r"allerg\w*", r"urolog\w*", r"nephrolog\w*", r"gastro(?:[- ]?enterolog\w*)?",
        r"(?:endo|colo|fibro)scopies?", r"neurolog\w*", r"pediatr\w*", r"orthophon\w*", r"podolog\w*",
        r"orl", r"rhumato\w*", r"addicto\w*", r"sevrage", r"chirurg\w*", r"operations?", r"anesthes\w*",
        r"pansements?", r"protheses?", r"depression", r"fertilite", r"pma", r"fiv", r"contracept\w*",
        r"sterilets?", r"injections?", r"infiltrations?", r"perfusions?", r"dialyses?", r"maladies?",
        r"a jeun", r"covid\w*", r"pcr",
    ]
)  # fmt: skip

#: Wording that turns a message into a promotion (folded, regex).
PROMOTIONAL: Final = _words(
    [
        r"promo\w*", r"soldes?", r"remises?", r"offres?", r"offert(?:e|s|es)?", r"gratuit(?:e|s|es)?",
        r"profite[zr]?", r"reductions?", r"rabais", r"bons? de reduction", r"bons? plans?",
        r"nouvelles? collections?", r"black friday", r"cyber monday", r"ventes? privees?", r"destockage",
        r"liquidation", r"prix (?:casses|barres|choc|mini)", r"cadeaux?", r"coupons?", r"exclusivit\w*",
        r"ne ratez pas", r"derniers jours", r"parrainage",
    ],
    r"(?<![\w])[-−–]\s?\d{1,2}(?:[.,]\d+)?\s?%",
    r"\d{1,2}(?:[.,]\d+)?\s?%\s+(?:de\s+)?(?:reduction|remise|rabais)",
)  # fmt: skip


def health_terms(text: str) -> tuple[str, ...]:
    """Medical words in the text, as written (for the clinic sector's warning)."""
    return matches(HEALTH, text)[0]


def promotional_terms(text: str) -> tuple[str, ...]:
    """Promotional wording in the text, as written."""
    return matches(PROMOTIONAL, text)[0]
