"""The common row, checked quickly: the same answer as :meth:`.RowChecker.check`, or None to ask it.

Most rows of a client list are plain: text names, a French mobile (text, or a number Excel kept), perhaps a
plain e-mail, a postal code, a consent answer. For them this path computes exactly what ``check`` (and the
client form's :func:`desktop.services.clients.validate` under it) would, without the intermediate draft,
normalising a number Excel kept once instead of twice, and with per-sheet decisions taken once. Anything that would
give a warning or a rejection — a landline, a bad e-mail, a long name, a date that is not one… — makes it
answer None, and the caller runs the full check. A property test compares both paths.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Final

from desktop.core import phones
from desktop.core.entities import ConsentState
from desktop.services import clients
from desktop.services.importing.formats import Cell
from desktop.services.importing.mapping import normalize_civility, split_full_name
from desktop.services.importing.rows import (
    CONSENT_WORDS,
    TAG_SPLIT,
    Candidate,
    RowChecker,
    consent_value,
    date_value,
    postal_code,
    text,
)
from desktop.storage.repositories.client_records import ClientRecord, name_key

QuickCheck = Callable[[int, list[Cell]], Candidate | None]

#: The client form's own patterns, so that both paths accept exactly the same values.
_EMAIL_RE: Final = clients._EMAIL_RE
_POSTAL_RE: Final = clients._POSTAL_RE
_REGION: Final = "FR"
_MAX_NAME: Final = 100


def quick_checker(checker: RowChecker) -> QuickCheck | None:
    """The quick path for ``checker``'s mapping, or None when it has none (a business outside France)."""
    if checker.region != _REGION:
        return None
    width = checker.width
    pick = checker.pick
    tag_columns = tuple(checker.tag_columns)
    note_columns = tuple(checker.note_columns)
    today = checker.today
    normalize = phones.normalize
    civilities: dict[str, str] = {}

    def plain(cell: Cell) -> str:
        """:func:`.text` of a cell, cheaper for an empty or a text cell."""
        if cell is None:
            return ""
        if type(cell) is str:
            value = cell.strip()
            return value if value[:1] != "'" else text(cell)
        return text(cell)

    def quick(row: int, cells: list[Cell]) -> Candidate | None:
        padded = cells + [None] * (width + 1 - len(cells)) if len(cells) <= width else [*cells[:width], None]
        (
            civility_cell, first_cell, last_cell, full_cell, mobile_cell, other_cell, email_cell,
            address_cell, postal_cell, city_cell, birthday_cell, consent_cell,
        ) = pick(padded)  # fmt: skip
        first = plain(first_cell)
        last = plain(last_cell)
        civility = plain(civility_cell)
        if not first and not last and full_cell is not None:
            civ, first, last = split_full_name(text(full_cell))
            civility = civility or civ
            if len(first) > _MAX_NAME or len(last) > _MAX_NAME:
                return None
            first, last = first.strip(), last.strip()  # as validate() does
        elif len(first) > _MAX_NAME or len(last) > _MAX_NAME:
            return None
        if civility:
            known = civilities.get(civility)
            if known is None:
                known = civilities[civility] = normalize_civility(civility)[:20].strip()
            civility = known

        mobile: str | None = None
        region = _REGION
        typed = False  # the cell holds something (validate: "name or mobile required")
        if mobile_cell is not None and mobile_cell != "":
            kind = type(mobile_cell)
            if kind is str:
                raw = mobile_cell.strip()
                if raw:
                    if "e" in raw or "E" in raw:  # perhaps 6.12E+08: the full check explains it
                        return None
                    typed = True
                    result = normalize(raw, _REGION)
                else:
                    result = None
            elif kind is int or kind is float:
                typed = True
                result = normalize(mobile_cell, _REGION)
            else:
                return None
            if result is not None:
                if result.error is not None or not result.is_mobile:
                    return None  # a landline, several numbers, an invalid one: warnings or a rejection
                mobile = result.e164
                region = result.region or _REGION

        other: str | None = None
        if other_cell is not None and other_cell != "":
            kind = type(other_cell)
            if kind is str:
                raw = plain(other_cell)
                if raw:
                    result = normalize(raw, _REGION)
                    if result.error is not None:
                        return None
                    other = result.e164
            elif kind is int or kind is float:
                other = normalize(other_cell, _REGION).e164
                if other is None:
                    return None
            else:
                return None

        email = plain(email_cell)
        if email and _EMAIL_RE.match(email) is None:
            return None
        if postal_cell is None:
            postal = ""
        elif (
            type(postal_cell) is str
            and len(postal_cell) == 5
            and postal_cell.isascii()
            and postal_cell.isdigit()
        ):
            postal = postal_cell
        else:
            postal = postal_code(postal_cell).strip()
        subdiv: str | None = None
        if region == _REGION and postal:
            if _POSTAL_RE.match(postal) is None:
                return None
            subdiv = postal[:2] if not postal.startswith("97") else None
        city = plain(city_cell)
        if len(city) > _MAX_NAME:
            return None

        birthday: dt.date | None = None
        if birthday_cell is not None and birthday_cell != "":
            try:
                birthday = date_value(birthday_cell, today)
            except (ValueError, OverflowError):
                return None
        consent: ConsentState | None = None
        if consent_cell is not None and consent_cell != "":
            consent = CONSENT_WORDS.get(consent_cell) if type(consent_cell) is str else None
            if consent is None:
                try:
                    consent = consent_value(consent_cell)
                except ValueError:
                    return None
        tags: tuple[str, ...] = ()
        if tag_columns:
            split = (t for c in tag_columns for t in TAG_SPLIT.split(text(padded[c])) if t)
            tags = tuple(dict.fromkeys(s for t in split if (s := t.strip())))
            if any(len(t) > 50 or "," in t for t in tags):
                return None
        notes = ""
        if note_columns:
            notes = " — ".join(t for c in note_columns if (t := text(padded[c]))).strip()
        if not (first or last or typed):
            return None
        record: ClientRecord = (
            first, last, civility, mobile, other, email, plain(address_cell), postal, city, birthday, tags,
            notes, "fr", region, subdiv,
        )  # fmt: skip
        key = mobile or name_key(last, first, email, other)
        return Candidate(row, record, consent, key, [])

    return quick
