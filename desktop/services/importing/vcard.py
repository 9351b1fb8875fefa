"""vCard files (3.0 and 4.0, and the 2.1 that phones export) seen as a table of contacts.

The table has a virtual header row (number 0) with French column names that the automatic mapping
recognises; contact *n* of the file is row *n*, so messages say « ligne 12 » for the twelfth card.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from desktop.services.importing.formats import Cell, FileKind, FileNotice, ImportFileError, Row
from desktop.services.importing.text import read_text_file

HEADERS: Final = (
    "Civilité",
    "Prénom",
    "Nom",
    "Nom complet",
    "Portable",
    "Téléphone",
    "E-mail",
    "Adresse",
    "Code postal",
    "Ville",
    "Date de naissance",
    "Étiquettes",
    "Notes",
)
_COLUMN: Final = {name: index for index, name in enumerate(HEADERS)}
_MOBILE_TYPES: Final = frozenset({"cell", "mobile", "iphone", "text", "sms"})
_ESCAPES: Final = re.compile(r"\\([\\,;nN:])")
_DATE: Final = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def _unescape(value: str) -> str:
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split(value: str, separator: str) -> list[str]:
    """Split on unescaped separators, then unescape each part."""
    parts = re.split(r"(?<!\\)" + re.escape(separator), value)
    return [_unescape(p).strip() for p in parts]


def _unfold(text: str) -> list[str]:
    """Logical lines: continuation lines (leading space or tab) and quoted-printable soft breaks joined."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].split(":", 1)[0].upper():
            lines[-1] = lines[-1][:-1] + raw
        else:
            lines.append(raw)
    return lines


def _parse_line(line: str) -> tuple[str, dict[str, list[str]], str] | None:
    if ":" not in line:
        return None
    head, value = line.split(":", 1)
    name, *raw_params = head.split(";")
    name = name.rsplit(".", 1)[-1].upper()  # "item1.TEL" → "TEL"
    params: dict[str, list[str]] = {}
    for param in raw_params:
        key, _, val = param.partition("=")
        if not val:  # vCard 2.1: "TEL;CELL:…"
            key, val = "TYPE", key
        params.setdefault(key.upper(), []).extend(v.strip('"').lower() for v in val.split(","))
    if "quoted-printable" in params.get("ENCODING", []):
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        try:
            value = quopri.decodestring(value.encode("ascii", errors="replace")).decode(charset, "replace")
        except LookupError:
            value = quopri.decodestring(value.encode("ascii", errors="replace")).decode("utf-8", "replace")
    return name, params, value


def _card_row(lines: list[str]) -> list[Cell]:
    cells: list[Cell] = [""] * len(HEADERS)
    phones: list[tuple[bool, bool, str]] = []  # (is mobile type, has a type, number)
    categories: list[str] = []
    for line in lines:
        parsed = _parse_line(line)
        if parsed is None:
            continue
        name, params, value = parsed
        types = set(params.get("TYPE", []))
        if name == "N":
            parts = [*_split(value, ";"), "", "", "", ""]
            cells[_COLUMN["Nom"]] = parts[0]
            cells[_COLUMN["Prénom"]] = " ".join(p for p in (parts[1], parts[2]) if p)
            cells[_COLUMN["Civilité"]] = parts[3]
        elif name == "FN":
            cells[_COLUMN["Nom complet"]] = _unescape(value).strip()
        elif name == "TEL":
            number = value.strip()
            if number.lower().startswith("tel:"):
                number = number[4:]
            phones.append((bool(types & _MOBILE_TYPES), bool(types - {"voice", "pref"}), number))
        elif name == "EMAIL" and not cells[_COLUMN["E-mail"]]:
            cells[_COLUMN["E-mail"]] = value.strip()
        elif name == "ADR" and not cells[_COLUMN["Adresse"]]:
            parts = [*_split(value, ";"), "", "", "", "", "", "", ""]
            cells[_COLUMN["Adresse"]] = ", ".join(p for p in (parts[1], parts[2]) if p)
            cells[_COLUMN["Ville"]] = parts[3]
            cells[_COLUMN["Code postal"]] = parts[5]
        elif name == "BDAY":
            cells[_COLUMN["Date de naissance"]] = _birthday(value.strip())
        elif name == "NOTE":
            cells[_COLUMN["Notes"]] = _unescape(value).strip()
        elif name == "CATEGORIES":
            categories.extend(p for p in _split(value, ",") if p)
    mobiles = [n for is_mobile, _typed, n in phones if is_mobile]
    untyped = [n for is_mobile, typed, n in phones if not is_mobile and not typed]
    others = [n for is_mobile, typed, n in phones if not is_mobile and typed]
    first = (mobiles or untyped or [""])[0]
    rest = [n for n in mobiles + untyped + others if n != first]
    cells[_COLUMN["Portable"]] = first
    cells[_COLUMN["Téléphone"]] = rest[0] if rest else ""
    cells[_COLUMN["Étiquettes"]] = ", ".join(categories)
    return cells


def _birthday(value: str) -> Cell:
    match = _DATE.match(value)
    if match is None:
        return value  # "--0315" (no year) and others: left to the date parser, which warns
    return f"{match.group(3)}/{match.group(2)}/{match.group(1)}"


class VCardSource:
    """All the cards of a ``.vcf`` file as one sheet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kind = FileKind.VCF
        self.notices: list[FileNotice] = []
        text = read_text_file(path)
        self._cards: list[list[str]] = []
        current: list[str] | None = None
        for line in _unfold(text):
            upper = line.strip().upper()
            if upper == "BEGIN:VCARD":
                current = []
            elif upper == "END:VCARD":
                if current is not None:
                    self._cards.append(current)
                current = None
            elif current is not None:
                current.append(line)
        if not self._cards:
            raise ImportFileError("import_file_empty", name=path.name)

    @property
    def sheet_names(self) -> list[str]:
        return [self.path.stem]

    def open_sheet(self, name: str | None = None) -> VCardSheet:
        if name not in (None, self.path.stem):
            raise ImportFileError("import_sheet_not_found", sheet=name, sheets=self.path.stem)
        return VCardSheet(self.path.stem, self._cards)

    def close(self) -> None:
        return None


class VCardSheet:
    first_column = 0
    width = len(HEADERS)

    def __init__(self, name: str, cards: list[list[str]]) -> None:
        self.name = name
        self._cards = cards
        self.height = len(cards) + 1

    def rows(self) -> Iterator[Row]:
        yield 0, list(HEADERS)
        for number, lines in enumerate(self._cards, start=1):
            yield number, _card_row(lines)
