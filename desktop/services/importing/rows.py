"""One row of a sheet → the client to write, or the reasons it cannot be imported.

The field rules are those of the client form (:func:`desktop.services.clients.validate`), with two import
rules on top: a valid landline in the mobile column goes to « autre téléphone » (a warning, not a
rejection), and a bad secondary field (e-mail, other phone, postal code, tags) is left out with a warning
instead of losing the whole row. Only a bad mobile number, or a row with neither name nor number, is
rejected.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from dataclasses import dataclass, replace
from typing import Final

from desktop.core import phones
from desktop.core.entities import ClientDraft, ConsentState
from desktop.core.text import fold
from desktop.services.clients import ValidationError, validate
from desktop.services.importing.formats import Cell
from desktop.services.importing.mapping import ColumnMapping, Field, normalize_civility, split_full_name
from desktop.services.importing.report import Issue, IssueKind
from desktop.storage.repositories.client_records import MOBILE, ClientRecord, name_key, record_of
from desktop.storage.repositories.clients import ClientValues

_YES: Final = frozenset(
    {"oui", "o", "yes", "y", "x", "1", "vrai", "true", "ok", "accepte", "d accord", "si", "granted"}
)
_NO: Final = frozenset({"non", "n", "no", "0", "faux", "false", "refus", "refuse", "withdrawn"})
_YES_MARKS: Final = frozenset("✓✔☑✅🗸")
_NO_MARKS: Final = frozenset("✗✘❌☐")
#: Consent answers as typed most of the time (lower case, capitalised, upper case) → their state.
CONSENT_WORDS: Final = {
    variant: state
    for words, state in ((_YES, ConsentState.GRANTED), (_NO, ConsentState.WITHDRAWN))
    for word in words
    for variant in (word, word.upper(), word.capitalize())
}
_SCIENTIFIC: Final = re.compile(r"^\s*\d[.,]\d+\s*[eE]\s*\+?\s*\d+\s*$")
#: Words written before a number that say nothing more than « phone » (folded: no accents, lower case).
_PHONE_LABELS: Final = frozenset(
    {"tel", "telephone", "portable", "port", "mobile", "mob", "gsm", "cell", "n°", "no", "num", "numero"}
)
_SEVERAL: Final = re.compile(r"\s*(?:/|;|\bou\b|\bor\b|\||,|\n)\s*")
TAG_SPLIT: Final = re.compile(r"\s*[,;|\n]\s*")
_DATE_TEXT: Final = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_ISO_DATE: Final = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_NEUTRALISED: Final = frozenset("=+-@")
_EXCEL_EPOCH: Final = dt.date(1899, 12, 30)
_LIMITS: Final = {"first_name": 100, "last_name": 100, "city": 100}
#: Fields that, when wrong, are left out (with a warning) rather than rejecting the row.
#: The single-column fields ``check`` reads, in the order it unpacks them.
_PICKED: Final = (
    Field.CIVILITY, Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME, Field.MOBILE, Field.OTHER_PHONE,
    Field.EMAIL, Field.ADDRESS, Field.POSTAL_CODE, Field.CITY, Field.BIRTHDAY, Field.CONSENT,
)  # fmt: skip
_DROPPABLE: Final = ("other_phone", "email", "postal_code", "tags")
_DRAFT_FIELD: Final[dict[str, Field]] = {
    "mobile": Field.MOBILE,
    "other_phone": Field.OTHER_PHONE,
    "email": Field.EMAIL,
    "postal_code": Field.POSTAL_CODE,
    "tags": Field.TAGS,
    "last_name": Field.LAST_NAME,
}


def text(cell: Cell) -> str:
    """A cell as text: ``612345678.0`` → ``"612345678"``, a date → ``"02/01/1980"``."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        value = cell.strip()
        if value[:1] == "'" and value[1:2] in _NEUTRALISED:  # written by an export: "'+32 470…"
            return value[1:]
        return value
    if isinstance(cell, bool):
        return "oui" if cell else "non"
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else str(cell)
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d/%m/%Y %H:%M") if cell.time() != dt.time() else cell.strftime("%d/%m/%Y")
    if isinstance(cell, dt.date):
        return cell.strftime("%d/%m/%Y")
    return str(cell).strip()


def consent_value(cell: Cell) -> ConsentState | None:
    """GRANTED for a yes (oui, x, 1, ✓…), WITHDRAWN for a no, None when empty; ValueError otherwise."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, bool):
        return ConsentState.GRANTED if cell else ConsentState.WITHDRAWN
    if isinstance(cell, int | float):
        if cell == 1:
            return ConsentState.GRANTED
        if cell == 0:
            return ConsentState.WITHDRAWN
        raise ValueError(cell)
    fast = CONSENT_WORDS.get(cell) if isinstance(cell, str) else None
    if fast is not None:
        return fast
    raw = str(cell).strip()
    if not raw:
        return None
    if raw in _YES_MARKS:
        return ConsentState.GRANTED
    if raw in _NO_MARKS:
        return ConsentState.WITHDRAWN
    key = re.sub(r"[^0-9a-z]+", " ", fold(raw)).strip()
    if key in _YES:
        return ConsentState.GRANTED
    if key in _NO:
        return ConsentState.WITHDRAWN
    raise ValueError(cell)


def date_value(cell: Cell, today: dt.date) -> dt.date | None:
    """A birthday from a date cell, an Excel serial number or ``jj/mm/aaaa`` text; ValueError if not one."""
    if cell is None or cell == "":
        return None
    value: dt.date
    if isinstance(cell, dt.datetime):
        value = cell.date()
    elif isinstance(cell, dt.date):
        value = cell
    elif isinstance(cell, int | float) and not isinstance(cell, bool):
        if not 1 <= cell < 2_958_466:
            raise ValueError(cell)
        value = _EXCEL_EPOCH + dt.timedelta(days=int(cell))
    else:
        raw = str(cell).strip()
        if not raw:
            return None
        match = _DATE_TEXT.match(raw)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if year < 100:  # 05/03/87 → 1987, 05/03/12 → 2012
                year += 2000 if year <= today.year % 100 else 1900
        elif iso := _ISO_DATE.match(raw):
            year, month, day = (int(g) for g in iso.groups())
        else:
            raise ValueError(cell)
        value = dt.date(year, month, day)  # ValueError for 31/02
    if not dt.date(1900, 1, 1) <= value <= today:
        raise ValueError(cell)
    return value


def postal_code(cell: Cell) -> str:
    """Excel drops the leading 0 of 06000: a 4-digit code gets it back."""
    value = text(cell).replace(" ", "")
    if len(value) == 4 and value.isdigit():
        return "0" + value
    return value if value.isdigit() else text(cell)


@dataclass(slots=True)
class Candidate:
    """A row that can be written: its values (as a record), the consent it states, its duplicate key, its
    warnings."""

    row: int
    record: ClientRecord
    consent: ConsentState | None
    key: str
    warnings: list[Issue]

    @property
    def values(self) -> ClientValues:
        return ClientValues(*self.record)

    @property
    def mobile(self) -> str | None:
        return self.record[MOBILE]


def duplicate_key(values: ClientValues) -> str:
    """The mobile; without one, the name with the e-mail (or the other phone)."""
    if values.mobile:
        return values.mobile
    return name_key(values.last_name, values.first_name, values.email, values.other_phone)


class RowChecker:
    """Turns rows into :class:`Candidate` objects or rejections, for one mapping."""

    def __init__(self, mapping: ColumnMapping, region: str = "FR", today: dt.date | None = None) -> None:
        self.mapping = mapping
        self.region = region
        self.today = today or dt.date.today()
        single: dict[Field, int | None] = {
            f: mapping.column_of(f) for f in Field if f not in (Field.NOTES, Field.TAGS, Field.IGNORE)
        }
        #: Columns feeding the notes and the tags; cells padded to ``width + 1`` (unmapped fields read the
        #: None added at index ``width``), and ``pick`` reads the single-column fields of ``_PICKED``.
        self.note_columns = mapping.columns_of(Field.NOTES)
        self.tag_columns = mapping.columns_of(Field.TAGS)
        self._used = sorted(i for i, f in enumerate(mapping.fields) if f is not Field.IGNORE)
        self.width = len(mapping.fields)
        picked = [single[f] for f in _PICKED]
        self.pick = operator.itemgetter(*(self.width if i is None else i for i in picked))
        self._labels: dict[Field, str] = {f: mapping.label(c) for f, c in single.items() if c is not None}
        name_column = (
            single[Field.LAST_NAME] if single[Field.LAST_NAME] is not None else single[Field.FULL_NAME]
        )
        self._labels.setdefault(
            Field.LAST_NAME, mapping.label(name_column) if name_column is not None else ""
        )

    def label(self, field: Field) -> str:
        return self._labels.get(field, "")

    def key_label(self, candidate: Candidate) -> str:
        """The column a duplicate was recognised on."""
        return self.label(Field.MOBILE if candidate.mobile else Field.LAST_NAME)

    def is_blank(self, cells: list[Cell]) -> bool:
        for index in self._used:
            if index < len(cells):
                cell = cells[index]
                if cell is not None and (not isinstance(cell, str) or cell.strip()):
                    return False
        return True

    def check(self, row: int, cells: list[Cell]) -> Candidate | list[Issue]:
        """The candidate, or the rejection issues (never both)."""
        warnings: list[Issue] = []
        width = self.width  # unmapped fields read the None added at index ``width``
        cells = cells + [None] * (width + 1 - len(cells)) if len(cells) <= width else [*cells[:width], None]
        (
            civility_cell, first_cell, last_cell, full_cell, mobile_cell, other_cell, email_cell,
            address_cell, postal_cell, city_cell, birthday_cell, consent_cell,
        ) = self.pick(cells)  # fmt: skip
        first = text(first_cell)
        last = text(last_cell)
        civility = text(civility_cell)
        if not first and not last and full_cell is not None:
            civ, first, last = split_full_name(text(full_cell))
            civility = civility or civ
        if civility:
            civility = normalize_civility(civility)[:20]
        for name, value in (("first_name", first), ("last_name", last)):
            if len(value) > _LIMITS[name]:
                warnings.append(self._warn(row, Field.LAST_NAME, "import_value_truncated", value))
        first, last = first[:100], last[:100]

        mobile = ""
        if mobile_cell is not None and mobile_cell != "":
            outcome = self._mobile_text(row, mobile_cell, warnings)
            if isinstance(outcome, Issue):
                return [outcome]
            mobile = outcome
        if isinstance(other_cell, float | int) and not isinstance(other_cell, bool):
            other = phones.normalize(other_cell, self.region).e164 or text(other_cell)
        else:
            other = text(other_cell)

        birthday: dt.date | None = None
        if birthday_cell is not None and birthday_cell != "":
            try:
                birthday = date_value(birthday_cell, self.today)
            except (ValueError, OverflowError):
                warnings.append(self._warn(row, Field.BIRTHDAY, "import_invalid_date", text(birthday_cell)))
        consent: ConsentState | None = None
        if consent_cell is not None and consent_cell != "":
            try:
                consent = consent_value(consent_cell)
            except ValueError:
                warnings.append(
                    self._warn(row, Field.CONSENT, "import_consent_unrecognised", text(consent_cell))
                )
        tags: tuple[str, ...] = ()
        if self.tag_columns:
            tags = tuple(
                t for c in self.tag_columns if c < len(cells) for t in TAG_SPLIT.split(text(cells[c])) if t
            )
        notes = ""
        if self.note_columns:
            notes = " — ".join(t for c in self.note_columns if c < len(cells) and (t := text(cells[c])))
        city = text(city_cell)
        if len(city) > _LIMITS["city"]:
            warnings.append(self._warn(row, Field.CITY, "import_value_truncated", city))
            city = city[:100]
        draft = ClientDraft(
            first_name=first,
            last_name=last,
            civility=civility,
            mobile=mobile,
            other_phone=other,
            email=text(email_cell),
            address=text(address_cell),
            postal_code=postal_code(postal_cell) if postal_cell is not None else "",
            city=city,
            birthday=birthday,
            tags=tags,
            notes=notes,
        )
        values = self._validate(row, draft, warnings)
        if isinstance(values, list):
            return values
        return Candidate(row, record_of(values), consent, duplicate_key(values), warnings)

    def _mobile_text(self, row: int, cell: Cell, warnings: list[Issue]) -> str | Issue:
        """The mobile as text validate() accepts, or the rejection."""
        if isinstance(cell, str):
            raw = cell.strip()
            if _SCIENTIFIC.match(raw):
                return self._error(row, Field.MOBILE, "import_phone_scientific", raw)
            return raw
        if isinstance(cell, bool) or not isinstance(cell, int | float):
            return self._error(row, Field.MOBILE, phones.NOT_A_NUMBER, text(cell))
        result = phones.normalize(cell, self.region)
        if result.e164 is None:
            return self._error(row, Field.MOBILE, result.error or phones.INVALID, text(cell))
        return result.e164

    def _validate(self, row: int, draft: ClientDraft, warnings: list[Issue]) -> ClientValues | list[Issue]:
        for _attempt in range(4):
            try:
                return validate(draft, self.region)
            except ValidationError as exc:
                errors = exc.errors
            mobile_error = errors.get("mobile")
            if mobile_error == "landline":
                several = self._split_numbers(draft.mobile)
                if several is not None:
                    warnings.append(self._warn(row, Field.MOBILE, "import_several_numbers", draft.mobile))
                    draft = replace(draft, mobile=several[0], other_phone=draft.other_phone or several[1])
                    continue
                if draft.other_phone:
                    warnings.append(self._warn(row, Field.MOBILE, "import_landline_ignored", draft.mobile))
                    draft = replace(draft, mobile="")
                else:
                    warnings.append(self._warn(row, Field.MOBILE, "import_landline_moved", draft.mobile))
                    draft = replace(draft, mobile="", other_phone=draft.mobile)
                continue
            if mobile_error is not None:
                several = self._split_numbers(draft.mobile)
                if several is not None:
                    warnings.append(self._warn(row, Field.MOBILE, "import_several_numbers", draft.mobile))
                    draft = replace(draft, mobile=several[0], other_phone=draft.other_phone or several[1])
                    continue
                found = phones.number_in_text(draft.mobile, self.region)
                number = found[0].e164 if found is not None else None
                if found is not None and number is not None:  # « 06 12 34 56 78 (mère) »: the text → notes
                    note = found[1]
                    if fold(note).rstrip(" .:") not in _PHONE_LABELS:  # « Tél : 06… » is only a label
                        warnings.append(
                            self._warn(row, Field.MOBILE, "import_number_with_note", draft.mobile, note=note)
                        )
                        draft = replace(draft, notes=f"{draft.notes} — {note}" if draft.notes else note)
                    draft = replace(draft, mobile=number)
                    continue
                return [self._error(row, Field.MOBILE, mobile_error, draft.mobile)]
            if "last_name" in errors:
                return [self._error(row, Field.LAST_NAME, errors["last_name"], "")]
            changes: dict[str, object] = {}
            for name in _DROPPABLE:
                if name in errors:
                    value = getattr(draft, name)
                    shown = ", ".join(value) if isinstance(value, tuple) else str(value)
                    warnings.append(self._warn(row, _DRAFT_FIELD[name], f"import_{name}_dropped", shown))
                    changes[name] = () if name == "tags" else ""
            if not changes:  # an error this importer does not know how to work around
                name, code = next(iter(errors.items()))
                return [self._error(row, _DRAFT_FIELD.get(name, Field.IGNORE), code, "")]
            draft = replace(draft, **changes)  # type: ignore[arg-type]
        return [self._error(row, Field.MOBILE, phones.INVALID, draft.mobile)]

    def _split_numbers(self, raw: str) -> tuple[str, str] | None:
        """ "06 12 34 56 78 / 01 23 45 67 89" → (mobile, other) when a cell holds several numbers."""
        parts = [p for p in _SEVERAL.split(raw) if p.strip()]
        if len(parts) < 2:
            return None
        results = [(p, phones.normalize(p, self.region)) for p in parts]
        if not all(r.ok for _p, r in results):
            return None
        mobiles = [r.e164 for _p, r in results if r.is_mobile and r.e164]
        others = [r.e164 for _p, r in results if not r.is_mobile and r.e164]
        if not mobiles:
            return None
        rest = mobiles[1:] + others
        return mobiles[0], rest[0] if rest else ""

    def _warn(self, row: int, field: Field, code: str, value: str, **params: str) -> Issue:
        return Issue(row, self.label(field), code, IssueKind.WARNING, value, tuple(params.items()))

    def _error(self, row: int, field: Field, code: str, value: str) -> Issue:
        return Issue(row, self.label(field), code, IssueKind.ERROR, value)
