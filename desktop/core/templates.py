"""The safe template language of message bodies: ``{name}``, ``{name|default}``, ``{{`` and ``}}``.

Names are lower-case ASCII identifiers. Rendering only substitutes strings: nothing in a body is ever
evaluated (no ``str.format``, no attribute or index access). Positions are indices in the Python string
(code points), 0-based.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from desktop.core.errors import KnownError


class ProblemCode(StrEnum):
    UNKNOWN_VARIABLE = "unknown_variable"
    UNBALANCED_OPEN = "unbalanced_open"
    UNBALANCED_CLOSE = "unbalanced_close"
    INVALID_NAME = "invalid_name"
    INVALID_DEFAULT = "invalid_default"
    MISSING_VALUE = "missing_value"


_MESSAGES: Final[Mapping[ProblemCode, str]] = {
    ProblemCode.UNKNOWN_VARIABLE: "unknown variable",
    ProblemCode.UNBALANCED_OPEN: "'{' is never closed (write '{{' for a literal brace)",
    ProblemCode.UNBALANCED_CLOSE: "'}' closes nothing (write '}}' for a literal brace)",
    ProblemCode.INVALID_NAME: "invalid variable name (expected [a-z_][a-z0-9_]*, not starting with '__')",
    ProblemCode.INVALID_DEFAULT: "a default value may not contain '{' or '}'",
    ProblemCode.MISSING_VALUE: "no value and no default",
}

#: Standard variables and the code of what fills them (services map codes to data).
KNOWN_VARIABLES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "prenom": "client.first_name",
        "nom": "client.last_name",
        "civilite": "client.title",
        "date_rdv": "appointment.date",
        "heure_rdv": "appointment.time",
        "motif": "appointment.reason",
        "praticien": "appointment.practitioner",
        "lieu": "appointment.place",
        "nouvelle_heure": "appointment.new_time",
        "boutique": "business.name",
        "adresse": "business.address",
        "telephone_boutique": "business.phone",
        "lien_avis": "business.review_link",
        "commande": "order.reference",
        "date_retrait": "order.pickup_date",
        "heure_arrivee": "visit.arrival_time",
        "date_devis": "quote.date",
        "lien_enquete": "survey.link",
        "sms_arretes": "reply.stopped",
    }
)

_NAME: Final = re.compile(r"[a-z_][a-z0-9_]*")


def is_valid_name(name: str) -> bool:
    """Lower-case ASCII identifier not starting with a double underscore (``__class__`` is refused)."""
    return _NAME.fullmatch(name) is not None and not name.startswith("__")


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """One thing wrong in a body, for the editor to underline: ``body[position:position + length]``."""

    code: ProblemCode
    position: int
    length: int
    name: str | None = None


class TemplateError(KnownError, ValueError):
    """A body that cannot be rendered. `code` is stable; `str()` is an English technical message."""

    code: ProblemCode

    def __init__(
        self, code: ProblemCode | str, position: int, name: str | None = None, length: int = 1
    ) -> None:
        problem = ProblemCode(code)
        super().__init__(problem, **({"name": name} if name is not None else {}))
        self.code = problem
        self.position = position
        self.name = name
        self.length = length
        named = f" {name!r}" if name is not None else ""
        self.detail = f"{_MESSAGES[problem]}{named} at position {position}"

    def __str__(self) -> str:
        return self.detail

    @classmethod
    def from_problem(cls, problem: TemplateProblem) -> TemplateError:
        return cls(problem.code, problem.position, problem.name, problem.length)


@dataclass(frozen=True, slots=True)
class _Placeholder:
    name: str
    default: str | None
    position: int
    length: int


@dataclass(frozen=True, slots=True)
class _Parsed:
    pieces: tuple[str | _Placeholder, ...]
    problems: tuple[TemplateProblem, ...]  # syntax problems only, by position


@lru_cache(maxsize=256)
def _parse(body: str) -> _Parsed:
    """Split `body` into literal text and placeholders, collecting every syntax problem."""
    pieces: list[str | _Placeholder] = []
    problems: list[TemplateProblem] = []
    literal: list[str] = []
    i, n = 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "}":
            if body.startswith("}}", i):
                literal.append("}")
                i += 2
            else:
                problems.append(TemplateProblem(ProblemCode.UNBALANCED_CLOSE, i, 1))
                i += 1
            continue
        if ch != "{":
            literal.append(ch)
            i += 1
            continue
        if body.startswith("{{", i):
            literal.append("{")
            i += 2
            continue
        close = body.find("}", i + 1)
        inner_open = body.find("{", i + 1)
        pipe = body.find("|", i + 1)
        if close == -1 or (-1 < inner_open < close and not -1 < pipe < inner_open):
            # Never closed before the next '{' (which is not inside a default): report and go on.
            problems.append(TemplateProblem(ProblemCode.UNBALANCED_OPEN, i, 1))
            i += 1
            continue
        content = body[i + 1 : close]
        raw_name, has_default, default = content.partition("|")
        length = close - i + 1
        placeholder_ok = True
        if not is_valid_name(raw_name):
            problems.append(TemplateProblem(ProblemCode.INVALID_NAME, i, length, raw_name or None))
            placeholder_ok = False
        if has_default and "{" in default:
            where = i + 1 + len(raw_name) + 1 + default.index("{")
            problems.append(TemplateProblem(ProblemCode.INVALID_DEFAULT, where, 1, raw_name or None))
            placeholder_ok = False
        if placeholder_ok:
            if literal:
                pieces.append("".join(literal))
                literal = []
            pieces.append(_Placeholder(raw_name, default if has_default else None, i, length))
        i = close + 1
    if literal:
        pieces.append("".join(literal))
    problems.sort(key=lambda p: p.position)
    return _Parsed(tuple(pieces), tuple(problems))


def _parse_or_raise(body: str) -> _Parsed:
    parsed = _parse(body)
    if parsed.problems:
        raise TemplateError.from_problem(parsed.problems[0])
    return parsed


def _is_blank(value: str | None) -> bool:
    return value is None or not value.strip()


def variables(body: str) -> tuple[str, ...]:
    """Variable names used in `body`, unique, in order of first appearance. Raises TemplateError."""
    parsed = _parse_or_raise(body)
    names = (piece.name for piece in parsed.pieces if isinstance(piece, _Placeholder))
    return tuple(dict.fromkeys(names))


def validate(
    body: str, known_names: Collection[str], values: Mapping[str, str | None] | None = None
) -> list[TemplateProblem]:
    """Every problem of `body`, sorted by position. With `values`, also the placeholders that would render
    without a value (no default and a missing or blank value)."""
    parsed = _parse(body)
    problems = list(parsed.problems)
    for piece in parsed.pieces:
        if not isinstance(piece, _Placeholder):
            continue
        if piece.name not in known_names:
            problems.append(
                TemplateProblem(ProblemCode.UNKNOWN_VARIABLE, piece.position, piece.length, piece.name)
            )
        elif values is not None and piece.default is None and _is_blank(values.get(piece.name)):
            problems.append(
                TemplateProblem(ProblemCode.MISSING_VALUE, piece.position, piece.length, piece.name)
            )
    problems.sort(key=lambda p: p.position)
    return problems


def render(body: str, values: Mapping[str, str | None]) -> str:
    """Fill `body` with `values`. A missing, None or blank value falls back to the placeholder's default;
    without a default it raises TemplateError(MISSING_VALUE). Syntax errors raise TemplateError too."""
    out: list[str] = []
    for piece in _parse_or_raise(body).pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        value: object = values.get(piece.name)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"value of {piece.name!r} must be str or None, not {type(value).__name__}")
        if isinstance(value, str) and value.strip():
            out.append(value)
        elif piece.default is not None:
            out.append(piece.default)
        else:
            raise TemplateError(ProblemCode.MISSING_VALUE, piece.position, piece.name, piece.length)
    return "".join(out)


def _escape_span(body: str, start: int, length: int) -> str:
    """`body` with the braces at both ends of ``body[start:start + length]`` doubled (shown literally)."""
    end = start + length
    head, middle, tail = body[:start], body[start:end], body[end:]
    if middle.startswith("{"):
        middle = "{" + middle
    if length > 1 and middle.endswith("}"):
        middle += "}"
    elif middle == "}":
        middle = "}}"
    return head + middle + tail


def lenient_render(
    body: str, values: Mapping[str, str | None], known_names: Collection[str] = KNOWN_VARIABLES
) -> str:
    """Render for a preview: what cannot be filled (unknown variable, broken braces, no value) is shown as
    typed instead of raising. Never evaluates anything."""
    current = body
    for _attempt in range(5):
        problems = validate(current, known_names, values)
        if not problems:
            return render(current, values)
        for problem in sorted(problems, key=lambda p: p.position, reverse=True):
            current = _escape_span(current, problem.position, problem.length)
    return body


# ---------------------------------------------------------------- French dates and times

_DAYS: Final = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MONTHS: Final = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_date_fr(d: dt.date) -> str:
    """« mardi 12 mars », « mercredi 1er avril » — independent of the system locale."""
    day = "1er" if d.day == 1 else str(d.day)
    return f"{_DAYS[d.weekday()]} {day} {_MONTHS[d.month - 1]}"


def format_time_fr(t: dt.time) -> str:
    """« 14h30 », « 9h00 »."""
    return f"{t.hour}h{t.minute:02d}"


def join_fr(items: Collection[str]) -> str:
    """« A », « A et B », « A, B et C » (items kept in their order)."""
    words = list(items)
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " et " + words[-1]


#: A well-formed ``{name}`` or ``{name|default}`` of a body: its name, default and span (code points).
Placeholder = _Placeholder


def placeholders(body: str) -> tuple[Placeholder, ...]:
    """The well-formed placeholders of `body`, in order (a broken brace elsewhere does not hide them)."""
    return tuple(piece for piece in _parse(body).pieces if isinstance(piece, _Placeholder))
