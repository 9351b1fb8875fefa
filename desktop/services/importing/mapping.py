"""Understanding a sheet: where the header row is, which column holds what, and splitting full names.

Column names are recognised in French and English, accents, case and punctuation ignored ("Tél.
portable", "TEL PORTABLE", "tel-portable" are the same). When no header names a phone or e-mail column,
the values below the header decide (most of them are phone numbers → mobile). Consent is never guessed
from the values: only a column whose name says so is read as consent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Final

from desktop.core import phones
from desktop.core.text import fold
from desktop.services.importing.formats import Cell, Row, column_letter


class Field(StrEnum):
    IGNORE = "ignore"
    CIVILITY = "civility"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    MOBILE = "mobile"
    PHONE = "phone"  # "Téléphone": the mobile unless another column is, then the other phone
    OTHER_PHONE = "other_phone"
    EMAIL = "email"
    ADDRESS = "address"
    POSTAL_CODE = "postal_code"
    CITY = "city"
    BIRTHDAY = "birthday"
    NOTES = "notes"
    TAGS = "tags"
    CONSENT = "promotional_consent"


#: Fields that several columns may feed (their values are joined).
MULTI: Final = frozenset({Field.IGNORE, Field.NOTES, Field.TAGS})
#: Fields the user can choose in the mapping (PHONE is resolved automatically).
CHOOSABLE: Final = tuple(f for f in Field if f is not Field.PHONE)

_EXACT: Final[dict[Field, tuple[str, ...]]] = {
    Field.MOBILE: (
        "portable", "mobile", "gsm", "cell", "cellulaire", "tel portable", "tel mobile", "telephone portable",
        "telephone mobile", "mobile phone", "cell phone", "cellphone", "no portable", "n portable",
        "num portable", "numero portable", "numero de portable", "numero mobile", "numero de mobile",
        "mobile number", "numero sms", "tel port", "port",
    ),
    Field.PHONE: (
        "tel", "telephone", "phone", "phone number", "numero", "numero de telephone", "n telephone",
        "n de telephone", "num tel", "no tel", "n tel", "tel 1", "telephone 1", "phone 1", "telephones",
    ),
    Field.OTHER_PHONE: (
        "fixe", "tel fixe", "telephone fixe", "domicile", "tel domicile", "telephone domicile", "bureau",
        "tel bureau", "tel pro", "telephone pro", "telephone professionnel", "tel 2", "telephone 2", "phone 2",
        "autre telephone", "autre tel", "other phone", "home phone", "work phone", "landline", "fax",
    ),
    Field.EMAIL: (
        "email", "e mail", "mail", "courriel", "adresse mail", "adresse e mail", "adresse email", "mel",
        "email address", "e mail address", "adresse electronique", "mails",
    ),
    Field.LAST_NAME: ("nom", "nom de famille", "last name", "lastname", "surname", "family name", "nom client"),
    Field.FIRST_NAME: ("prenom", "prenoms", "first name", "firstname", "given name", "forename"),
    Field.FULL_NAME: (
        "nom complet", "nom et prenom", "nom prenom", "prenom nom", "nom prenoms", "prenom et nom",
        "client", "clients", "nom du client", "full name", "name", "patient", "identite",
        "nom client prenom", "display name",
    ),
    Field.CIVILITY: ("civilite", "civ", "titre", "title", "salutation", "m mme", "mr mrs"),
    Field.ADDRESS: ("adresse", "adresse postale", "rue", "address", "street", "adresse 1", "address 1", "voie"),
    Field.POSTAL_CODE: ("cp", "c p", "code postal", "postal code", "zip", "zip code", "postcode"),
    Field.CITY: ("ville", "commune", "localite", "city", "town"),
    Field.BIRTHDAY: (
        "date de naissance", "naissance", "date naissance", "ne le", "nee le", "ne e le", "anniversaire",
        "birthday", "birth date", "date of birth", "dob", "ddn",
    ),
    Field.NOTES: (
        "notes", "note", "remarque", "remarques", "commentaire", "commentaires", "observations",
        "observation", "comments", "comment", "memo", "infos", "informations",
    ),
    Field.TAGS: ("etiquettes", "etiquette", "tags", "tag", "categorie", "categories", "groupe", "groupes", "labels"),
    Field.CONSENT: (
        "consentement sms", "consentement", "consentement promo", "consentement promotionnel", "optin",
        "opt in", "accord sms", "accepte sms", "accepte les sms", "sms promo", "promo sms", "consent",
        "sms consent", "ok sms", "newsletter sms", "sms promotionnels", "accepte promo sms",
    ),
}  # fmt: skip
_EXACT_INDEX: Final = {name: field for field, names in _EXACT.items() for name in names}

#: Fallback rules, tried in order: a word of the header starts with one of these (or a phrase is in it).
_CONTAINS: Final[tuple[tuple[Field, tuple[str, ...]], ...]] = (
    (Field.CONSENT, ("consent", "opt in", "optin")),
    (Field.EMAIL, ("email", "e mail", "mail", "courriel")),
    (Field.MOBILE, ("portable", "mobile", "gsm", "cellulaire")),
    (Field.OTHER_PHONE, ("fixe", "domicile", "bureau", "fax", "telecopie")),
    (Field.PHONE, ("telephone", "tel", "phone")),
    (Field.BIRTHDAY, ("naissance", "birth", "anniversaire")),
    (Field.POSTAL_CODE, ("code postal", "postal", "zip")),
    (Field.FIRST_NAME, ("prenom", "first name")),
    (Field.CIVILITY, ("civilite",)),
    (Field.CITY, ("ville", "city", "commune")),
    (Field.ADDRESS, ("adresse", "address")),
    (Field.NOTES, ("remarque", "commentaire", "note")),
    (Field.TAGS, ("etiquette", "categorie")),
)
_NON_ALNUM: Final = re.compile(r"[^0-9a-z]+")


def normalize_header(text: str) -> str:
    """ "Tél. Portable*" → "tel portable"."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


def recognise(header: Cell) -> Field | None:
    """The field a column name designates, or None."""
    if not isinstance(header, str):
        return None
    name = normalize_header(header)
    if not name or len(name) > 60:
        return None
    exact = _EXACT_INDEX.get(name)
    if exact is not None:
        return exact
    words = name.split()
    padded = f" {name} "
    for field, rules in _CONTAINS:
        for rule in rules:
            if (" " in rule and f" {rule}" in padded) or any(w.startswith(rule) for w in words):
                return field
    return None


def _blank(cells: Sequence[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def detect_header(rows: Sequence[Row]) -> int | None:
    """The row number of the header among the first rows: the one naming the most known columns.

    Title rows, blank rows and notes above the table are skipped. None when no row names any column.
    """
    best: tuple[int, int] = (0, 0)
    chosen: int | None = None
    for number, cells in rows:
        recognised = {recognise(c) for c in cells} - {None}
        texts = sum(1 for c in cells if isinstance(c, str) and c.strip())
        score = (len(recognised), texts)
        if score[0] and score > best:
            best, chosen = score, number
    return chosen


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column feeds which field. ``header_row`` None: the sheet has no header, data starts at once."""

    header_row: int | None
    headers: tuple[str, ...]
    fields: tuple[Field, ...]
    first_column: int = 0

    def column_of(self, field: Field) -> int | None:
        return self.fields.index(field) if field in self.fields else None

    def columns_of(self, field: Field) -> list[int]:
        return [i for i, f in enumerate(self.fields) if f is field]

    def letter(self, column: int) -> str:
        return column_letter(self.first_column + column)

    def label(self, column: int) -> str:
        """ "Portable (C)" — what the user sees in messages."""
        header = self.headers[column] if column < len(self.headers) else ""
        letter = self.letter(column)
        return f"{header} ({letter})" if header else letter

    def with_field(self, column: int, field: Field) -> ColumnMapping:
        """Assign a column; a single-valued field leaves the column that had it."""
        fields = list(self.fields)
        if field not in MULTI:
            fields = [Field.IGNORE if f is field else f for f in fields]
        fields[column] = field
        return replace(self, fields=_resolve_phone(fields))

    @property
    def usable(self) -> bool:
        """At least a phone or a name column: otherwise nothing can be imported."""
        return any(
            f in self.fields
            for f in (Field.MOBILE, Field.OTHER_PHONE, Field.LAST_NAME, Field.FIRST_NAME, Field.FULL_NAME)
        )


def _resolve_phone(fields: list[Field]) -> tuple[Field, ...]:
    """A generic "Téléphone" is the mobile when no column is, else the other phone (else ignored)."""
    result = list(fields)
    for index, field in enumerate(result):
        if field is Field.PHONE:
            if Field.MOBILE not in result:
                result[index] = Field.MOBILE
            elif Field.OTHER_PHONE not in result:
                result[index] = Field.OTHER_PHONE
            else:
                result[index] = Field.IGNORE
    return tuple(result)


def auto_map(headers: Sequence[Cell]) -> tuple[Field, ...]:
    """Fields recognised from the column names; the first column wins when two name the same field."""
    fields: list[Field] = []
    phone_like = (Field.MOBILE, Field.PHONE, Field.OTHER_PHONE)
    for header in headers:
        field = recognise(header) or Field.IGNORE
        if field not in MULTI and field in fields:
            # A second mobile column becomes the other phone; any other repeat is ignored.
            field = (
                Field.OTHER_PHONE if field in phone_like and Field.OTHER_PHONE not in fields else Field.IGNORE
            )
        fields.append(field)
    return _resolve_phone(fields)


_EMAIL_LIKE: Final = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def infer_from_values(
    mapping: ColumnMapping, rows: Iterable[Sequence[Cell]], region: str = "FR"
) -> ColumnMapping:
    """Map unnamed phone and e-mail columns from their values (60 % or more of them look the part)."""
    sample = [list(cells) for cells in rows][:50]
    fields = list(mapping.fields)
    width = max([len(fields), *(len(r) for r in sample)], default=0)
    fields += [Field.IGNORE] * (width - len(fields))
    for index in range(width):
        if fields[index] is not Field.IGNORE:
            continue
        values = [r[index] for r in sample if index < len(r) and r[index] not in (None, "")]
        if len(values) < 2:
            continue
        if Field.EMAIL not in fields and _share(
            values, lambda v: _EMAIL_LIKE.match(str(v).strip()) is not None
        ):
            fields[index] = Field.EMAIL
        elif Field.MOBILE not in fields and _share(values, lambda v: _is_phone(v, region)):
            fields[index] = Field.MOBILE
    headers = list(mapping.headers) + [""] * (width - len(mapping.headers))
    return replace(mapping, fields=tuple(fields), headers=tuple(headers))


def _share(values: Sequence[Cell], test: object) -> bool:
    assert callable(test)
    return sum(1 for v in values if test(v)) >= 0.6 * len(values)


def _is_phone(value: Cell, region: str) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return False
    return phones.normalize(value, region).ok


def build_mapping(rows: Sequence[Row], region: str = "FR", first_column: int = 0) -> ColumnMapping:
    """The automatic mapping of a sheet from its first rows (header detected, then values consulted)."""
    header_row = detect_header(rows)
    if header_row is None:
        width = max((len(cells) for _n, cells in rows), default=0)
        mapping = ColumnMapping(None, ("",) * width, (Field.IGNORE,) * width, first_column)
        return infer_from_values(mapping, (cells for _n, cells in rows), region)
    cells = next(c for n, c in rows if n == header_row)
    headers = tuple("" if c is None else str(c).strip() for c in cells)
    mapping = ColumnMapping(header_row, headers, auto_map(cells), first_column)
    below = (c for n, c in rows if n > header_row and not _blank(c))
    return infer_from_values(mapping, below, region)


def remap_header(
    rows: Sequence[Row], header_row: int | None, region: str = "FR", first_column: int = 0
) -> ColumnMapping:
    """The automatic mapping when the user picks the header row (None: no header)."""
    if header_row is None:
        width = max((len(cells) for _n, cells in rows), default=0)
        mapping = ColumnMapping(None, ("",) * width, (Field.IGNORE,) * width, first_column)
        return infer_from_values(mapping, (cells for _n, cells in rows if not _blank(cells)), region)
    cells = next((c for n, c in rows if n == header_row), [])
    headers = tuple("" if c is None else str(c).strip() for c in cells)
    mapping = ColumnMapping(header_row, headers, auto_map(cells), first_column)
    return infer_from_values(mapping, (c for n, c in rows if n > header_row and not _blank(c)), region)


# ---------------------------------------------------------------------------------------- names

_CIVILITIES: Final[dict[str, str]] = {
    "m": "M.", "mr": "M.", "monsieur": "M.", "mme": "Mme", "madame": "Mme", "mrs": "Mme", "ms": "Mme",
    "mlle": "Mlle", "mademoiselle": "Mlle", "miss": "Mlle", "dr": "Dr", "docteur": "Dr", "pr": "Pr",
    "professeur": "Pr", "me": "Me", "maitre": "Me",
}  # fmt: skip
_PARTICLES: Final = frozenset(
    {
        "de",
        "du",
        "des",
        "d",
        "le",
        "la",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "del",
        "dos",
        "ben",
        "el",
        "mac",
    }
)


def normalize_civility(text: str) -> str:
    """ "madame" → "Mme", "M" → "M."; anything else kept as written."""
    key = fold(text).strip(". ")
    return _CIVILITIES.get(key, text.strip())


def split_full_name(text: str) -> tuple[str, str, str]:
    """(civility, first name, last name) from one cell.

    "M. Jean Dupont" → ("M.", "Jean", "Dupont"); "DUPONT Marie" → ("", "Marie", "DUPONT") (capitals mark
    the last name); "Dupont, Jean" → ("", "Jean", "Dupont"); "Jean de La Fontaine" → particles start the
    last name. Otherwise the last word is the last name.
    """
    words = text.replace("\u00a0", " ").split()
    civility = ""
    if words and fold(words[0]).strip(".") in _CIVILITIES and len(words) > 1:
        civility = _CIVILITIES[fold(words[0]).strip(".")]
        words = words[1:]
    joined = " ".join(words)
    if "," in joined:
        last, _, first = joined.partition(",")
        return civility, first.strip(), last.strip()
    if len(words) <= 1:
        return civility, "", joined
    upper = [w.isupper() and sum(ch.isalpha() for ch in w) > 1 for w in words]
    if any(upper) and not all(upper):
        last_words = [w for w, up in zip(words, upper, strict=True) if up]
        first_words = [w for w, up in zip(words, upper, strict=True) if not up]
        return civility, " ".join(first_words), " ".join(last_words)
    for index in range(1, len(words) - 1):
        if fold(words[index]).rstrip("'’") in _PARTICLES:
            return civility, " ".join(words[:index]), " ".join(words[index:])
    return civility, " ".join(words[:-1]), words[-1]
