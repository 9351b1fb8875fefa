"""Small text helpers: accent- and case-insensitive folding for search and column matching; file names shown
whatever bytes they hold."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_PHONE_CHARS = re.compile(r"[\s.\-()/]")


def fold(text: str) -> str:
    """Lower-case, accents removed, ligatures expanded, spaces collapsed: "Élodie  Lœw" → "elodie loew"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def digits_query(text: str) -> str | None:
    """The digits (and a leading +) of a search that looks like a phone number, else None."""
    compact = _PHONE_CHARS.sub("", text.strip())
    if len(compact) >= 2 and (compact.isdigit() or (compact[0] == "+" and compact[1:].isdigit())):
        return compact
    return None


def readable(name: str) -> str:
    """A name from the system (a file name, an argument) fit to show and store: bytes that were not UTF-8
    (kept by Python as lone surrogates) become « � »."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def file_size(size: int, lang: str | None = None) -> str:
    """« 164 Ko », « 2,4 Mo » (« KB », « MB » and a decimal point in English); never « 0 Ko »."""
    from desktop.core import catalogue

    english = (lang or catalogue.language()) == "en"
    if size < 1024 * 1024:
        return catalogue.explain("size_kb", lang, n=max(1, -(-size // 1024)))
    megabytes = f"{size / (1024 * 1024):.1f}"
    return catalogue.explain("size_mb", lang, n=megabytes if english else megabytes.replace(".", ","))
