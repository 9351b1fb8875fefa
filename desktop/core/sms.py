"""GSM-7 / UCS-2 analysis, segmentation and GSM-7 transliteration suggestions (3GPP TS 23.038).

`analyze` counts like Twilio's segment calculator: the whole message is GSM-7 when every character is in the
basic or extension table, otherwise UCS-2 (really UTF-16). Text is NFC-normalised first, and parts are cut
between grapheme clusters, so an escape pair, a surrogate pair or a letter and its accents never straddle two
parts. `suggest_gsm` proposes replacements for the characters that force UCS-2; it never applies them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Final, Literal

Encoding = Literal["GSM-7", "UCS-2"]
GSM7: Final = "GSM-7"
UCS2: Final = "UCS-2"

#: The default alphabet, index = GSM code; 0x1B (escape) is a placeholder, not a character.
GSM7_BASIC: Final = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: Characters reached through the escape code; each costs 2 septets.
GSM7_EXTENSION: Final = "\f^{}\\[~]|€"

SINGLE_GSM7: Final = 160
PER_PART_GSM7: Final = 153
SINGLE_UCS2: Final = 70
PER_PART_UCS2: Final = 67

_BASIC: Final = frozenset(GSM7_BASIC) - {"\x1b"}
_EXTENSION: Final = frozenset(GSM7_EXTENSION)
_GSM: Final = _BASIC | _EXTENSION


def is_gsm_char(ch: str) -> bool:
    """True if the single character `ch` is in the GSM-7 basic or extension table (``ç`` is not)."""
    return ch in _GSM


def segment_limits(encoding: Encoding) -> tuple[int, int]:
    """Units allowed in a single message, and per part of a concatenated message."""
    if encoding == GSM7:
        return SINGLE_GSM7, PER_PART_GSM7
    return SINGLE_UCS2, PER_PART_UCS2


def _gsm_units(text: str) -> int:
    return len(text) + sum(1 for ch in text if ch in _EXTENSION)


def _ucs2_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def units_of(text: str, encoding: Encoding) -> int:
    """Septets (GSM-7, escapes count 2) or UTF-16 code units (UCS-2) of `text`, taken as is."""
    return _gsm_units(text) if encoding == GSM7 else _ucs2_units(text)


@dataclass(frozen=True, slots=True)
class SmsAnalysis:
    """How a text travels as SMS. `parts` joined give back the NFC-normalised text."""

    encoding: Encoding
    units: int
    segments: int
    parts: tuple[str, ...]
    non_gsm: tuple[str, ...]

    @property
    def characters(self) -> int:
        """Code points of the normalised text."""
        return sum(len(part) for part in self.parts)

    @property
    def limits(self) -> tuple[int, int]:
        return segment_limits(self.encoding)

    @property
    def part_units(self) -> tuple[int, ...]:
        """Units of each part, in order."""
        return tuple(units_of(part, self.encoding) for part in self.parts)

    @property
    def remaining(self) -> int:
        """Units still free in the last segment before one more segment is needed."""
        single, per_part = self.limits
        if self.segments <= 1:
            return single - self.units
        return per_part - units_of(self.parts[-1], self.encoding)


# ---------------------------------------------------------------- grapheme clusters (approximation)

_ZWJ: Final = "\u200d"
_MARK_CATEGORIES: Final = frozenset({"Mn", "Me", "Mc"})


def _is_extend(ch: str) -> bool:
    """Grapheme_Extend, SpacingMark, ZWNJ/ZWJ, variation selectors, emoji skin tones, tags."""
    cp = ord(ch)
    if cp < 0x300:
        return False
    if (
        cp in (0x200C, 0x200D)
        or 0xFE00 <= cp <= 0xFE0F
        or 0x1F3FB <= cp <= 0x1F3FF
        or 0xE0020 <= cp <= 0xE007F
        or 0xE0100 <= cp <= 0xE01EF
    ):
        return True
    return unicodedata.category(ch) in _MARK_CATEGORIES


def _is_pictographic(ch: str) -> bool:
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or (cp >= 0xA9 and unicodedata.category(ch) == "So")


def _is_regional_indicator(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _is_control(ch: str) -> bool:
    if ch < "\x7f":
        return ch < " "
    return unicodedata.category(ch) in ("Cc", "Zl", "Zp")


_GSM_CLUSTER: Final = re.compile(r"\r\n|.", re.DOTALL)


def _clusters(text: str) -> Iterable[str]:
    """Extended grapheme clusters, close enough for SMS: CR LF, base + marks, ZWJ emoji, flags.

    Hangul jamo sequences and prepended concatenation marks are not joined; they only matter for where a
    very long non-Latin text is cut, never for the counts.
    """
    if "\r\n" not in text and not any(_is_extend(ch) or _is_regional_indicator(ch) for ch in set(text)):
        return text  # every code point is a cluster of its own: the common case
    return _joined_clusters(text)


def _joined_clusters(text: str) -> Iterator[str]:
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        j = i + 1
        if ch == "\r":
            if j < n and text[j] == "\n":
                j += 1
        elif not _is_control(ch):
            if _is_regional_indicator(ch) and j < n and _is_regional_indicator(text[j]):
                j += 1
            pictographic = _is_pictographic(ch)
            while j < n:
                nxt = text[j]
                if nxt == _ZWJ:
                    j += 1
                    if pictographic and j < n and _is_pictographic(text[j]):
                        j += 1
                elif _is_extend(nxt):
                    j += 1
                else:
                    break
        yield text[i:j]
        i = j


def _split(text: str, encoding: Encoding, per_part: int) -> tuple[str, ...]:
    """Cut `text` into parts of at most `per_part` units, between clusters (or code points if a single
    cluster is larger than a part)."""
    parts: list[str] = []
    current: list[str] = []
    used = 0
    gsm = encoding == GSM7
    for cluster in _GSM_CLUSTER.findall(text) if gsm else _clusters(text):
        if gsm:  # one character, or CR LF
            cost = 2 if cluster in _EXTENSION else len(cluster)
        elif len(cluster) == 1:
            cost = 2 if cluster > "\uffff" else 1
        else:
            cost = _ucs2_units(cluster)
        pieces = [cluster] if cost <= per_part else list(cluster)
        for piece in pieces:
            if len(pieces) > 1:
                cost = units_of(piece, encoding)
            if used + cost > per_part and current:
                parts.append("".join(current))
                current, used = [], 0
            current.append(piece)
            used += cost
    parts.append("".join(current))
    return tuple(parts)


def analyze(text: str) -> SmsAnalysis:
    """Encoding, units, segments and parts of `text` once NFC-normalised."""
    text = unicodedata.normalize("NFC", text)
    if not text:
        return SmsAnalysis(GSM7, 0, 0, (), ())
    present = set(text)
    encoding: Encoding
    non_gsm: tuple[str, ...]
    if present <= _GSM:
        encoding, non_gsm = GSM7, ()
        units = len(text) + sum(text.count(ch) for ch in present & _EXTENSION)
    else:
        encoding = UCS2
        non_gsm = tuple(dict.fromkeys(ch for ch in text if ch not in _GSM))
        units = _ucs2_units(text)
    single, per_part = segment_limits(encoding)
    parts = (text,) if units <= single else _split(text, encoding, per_part)
    return SmsAnalysis(encoding, units, len(parts), parts, non_gsm)


# ---------------------------------------------------------------- transliteration suggestions


def _table(groups: Mapping[str, str]) -> dict[str, str]:
    return {ch: replacement for chars, replacement in groups.items() for ch in chars}


#: Explicit replacements, plus invisible characters that only cost capacity.
TRANSLITERATIONS: Final[Mapping[str, str]] = MappingProxyType(
    _table(
        {
            "â": "a",
            "ê": "e",
            "î": "i",
            "ô": "o",
            "û": "u",
            "ë": "e",
            "ï": "i",
            "ÿ": "y",
            "ç": "c",
            "ÀÂ": "A",
            "ÈÊË": "E",
            "ÎÏ": "I",
            "Ô": "O",
            "ÙÛ": "U",
            "Ÿ": "Y",
            "œ": "oe",
            "Œ": "OE",
            "«»“”„‟″‹›": '"',
            "’‘‚‛′`´": "'",
            "…": "...",
            "–—‐‑‒―−": "-",
            "\u00a0\u202f\u2007\u2009\u200a\t": " ",  # other spaces (U+2000…) via NFKC below
            "\u00ad\u200b\u2060\ufeff": "",
            "°": "o",
        }
    )
)


@lru_cache(maxsize=1024)
def _replacement(ch: str) -> str | None:
    """A GSM-7 replacement for the non-GSM character `ch`, or None if there is none."""
    explicit = TRANSLITERATIONS.get(ch)
    if explicit is not None:
        return explicit
    compat = unicodedata.normalize("NFKC", ch)  # fullwidth forms, ligatures, superscripts
    if compat != ch and set(compat) <= _GSM:
        return compat
    bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    if bare and bare != ch and set(bare) <= _GSM:  # other accented Latin letters: ő → o
        return bare
    if "\u0300" <= ch <= "\u036f":  # a stray combining accent left after NFC
        return ""
    return None


@dataclass(frozen=True, slots=True)
class Replacement:
    original: str
    replacement: str
    count: int


@dataclass(frozen=True, slots=True)
class GsmSuggestion:
    """A proposed GSM-7-friendly text; the user must accept it explicitly."""

    text: str
    replacements: tuple[Replacement, ...]
    segments_before: int
    segments_after: int
    encoding_after: Encoding

    @property
    def changed(self) -> bool:
        return bool(self.replacements)


def suggest_gsm(text: str) -> GsmSuggestion:
    """Replace each non-GSM character that has a look-alike; others (emoji…) stay as they are."""
    text = unicodedata.normalize("NFC", text)
    before = analyze(text)
    if before.encoding == GSM7:
        return GsmSuggestion(text, (), before.segments, before.segments, GSM7)
    found: dict[str, tuple[str, int]] = {}  # original -> (replacement, count), in order of appearance
    out: list[str] = []
    for ch in text:
        replacement = None if ch in _GSM else _replacement(ch)
        if replacement is None:
            out.append(ch)
        else:
            out.append(replacement)
            found[ch] = (replacement, found[ch][1] + 1 if ch in found else 1)
    new_text = unicodedata.normalize("NFC", "".join(out))
    after = analyze(new_text)
    replacements = tuple(Replacement(ch, rep, count) for ch, (rep, count) in found.items())
    return GsmSuggestion(new_text, replacements, before.segments, after.segments, after.encoding)
