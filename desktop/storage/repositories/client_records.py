"""A client's values as a plain tuple (a record), and the keys computed from them: search and duplicates.

An import builds and writes a hundred thousand clients; it carries them as records rather than
:class:`ClientValues` dataclasses, and computes their search keys with a cache of folded words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from typing import Final

from desktop.core.text import fold
from desktop.storage.repositories.clients import ClientValues

#: A client's values as a plain tuple in the field order of :class:`ClientValues` (``ClientValues(*record)``
#: gives the dataclass back): an import builds and writes a hundred thousand of them, and a tuple costs a
#: fraction of a frozen dataclass.
ClientRecord = tuple[
    str, str, str, str | None, str | None, str, str, str, str, dt.date | None, tuple[str, ...], str, str, str,
    str | None,
]  # fmt: skip
FIELDS: Final = tuple(f.name for f in dataclasses.fields(ClientValues))
#: Positions in a record (a test checks them against the dataclass).
FIRST: Final = 0
LAST: Final = 1
MOBILE: Final = 3
OTHER_PHONE: Final = 4
EMAIL: Final = 5
CITY: Final = 8
BIRTHDAY: Final = 9
TAGS: Final = 10
_record_of = operator.attrgetter(*FIELDS)


def record_of(values: ClientValues) -> ClientRecord:
    """The record of ``values`` (the inverse of ``ClientValues(*record)``)."""
    record: ClientRecord = _record_of(values)
    return record


# ---------------------------------------------------------------------------------------- search keys

_folded: dict[str, str] = {}
_FOLD_CACHE_LIMIT: Final = 200_000


def _fold_part(text: str) -> str:
    if text.isascii():  # fold() of ASCII text: lower case, spaces collapsed
        return " ".join(text.lower().split())
    folded = _folded.get(text)
    if folded is None:
        if len(_folded) >= _FOLD_CACHE_LIMIT:
            _folded.clear()
        folded = fold(text)
        _folded[text] = folded
    return folded


def search_key(values: ClientValues) -> str:
    """Same result as :func:`.clients.search_key`, cheaper (see :func:`record_search_key`)."""
    return record_search_key(record_of(values))


def record_search_key(record: ClientRecord) -> str:
    """:func:`.clients.search_key` of a record: ASCII text is only lower-cased, and other words are folded
    once per import (first names and cities repeat).

    Folding a whole text or each of its words gives the same result (accents, case and spaces are
    handled character by character); a property test compares both functions.
    """
    words = [record[LAST], record[FIRST], record[EMAIL], record[CITY]]
    for number in (record[MOBILE], record[OTHER_PHONE]):
        if number:
            words.append(number)
            if number.startswith("+33"):
                words.append("0" + number[3:])
    joined = " ".join(words)
    if joined.isascii():
        return " ".join(joined.lower().split())
    parts = [w.lower() if w.isascii() else _fold_part(w) for w in words if w]
    return " ".join(" ".join(parts).split())


def name_key(last_name: str, first_name: str, email: str, other_phone: str | None) -> str:
    """The duplicate key of a client without a mobile: name with e-mail (or, without one, other phone)."""
    contact = email.casefold() or (other_phone or "")
    return f"n|{_fold_part(last_name)}|{_fold_part(first_name)}|{contact}"
