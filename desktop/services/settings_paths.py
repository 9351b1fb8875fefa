"""One setting by its dotted path (``business.name``, ``policy.start``, ``caps.promotional_per_week``…), for
the ``settings set`` command: the paths that hold one value, the value at a path, and a typed text value put
at its path.

A text is read the way the stored document is decoded (:mod:`desktop.settings`): by the type of the field —
``oui``/``non`` (or ``true``/``false``) for a yes/no, a whole number, a time ``HH:MM``, a sector's code, days
of the week (``lun,mar,mer`` or ``0,1,2``). Lists (staff, kinds of appointment, keywords) have their own
commands; the document's version, the first-start flag and the unused ``language`` (the interface language
is a preference of each workstation) are not settings one sets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, Final

from desktop.core.entities import Sector
from desktop.core.errors import KnownError
from desktop.settings import Settings

PATH_UNKNOWN: Final = "settings_path_unknown"
NOT_BOOL: Final = "settings_value_not_bool"
NOT_INT: Final = "settings_value_not_int"
NOT_TIME: Final = "settings_value_not_time"
NOT_SECTOR: Final = "settings_value_not_sector"
NOT_DAYS: Final = "settings_value_not_days"

#: Days of the week as typed (Monday is 0, as in the stored document).
WEEKDAYS: Final = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
_NOT_SETTABLE: Final = frozenset({"version", "first_run_done", "language"})
_YES: Final = frozenset({"oui", "o", "true", "vrai", "yes", "1"})
_NO: Final = frozenset({"non", "n", "false", "faux", "no", "0"})
_TIME: Final = re.compile(r"([01]?\d|2[0-3])[:hH]([0-5]\d)")


class SettingValueError(KnownError):
    """A path that names no setting, or a text that is not a value of its setting (texts in
    ``catalogue.cli_settings``)."""


def _scalar_paths(value: Any, prefix: str) -> list[str]:
    paths: list[str] = []
    for f in dataclasses.fields(value):
        path = f"{prefix}{f.name}"
        current = getattr(value, f.name)
        if path in _NOT_SETTABLE or isinstance(current, tuple):
            continue
        if dataclasses.is_dataclass(current):
            paths.extend(_scalar_paths(current, path + "."))
        else:
            paths.append(path)
    return paths


#: Every path that holds one value, in the document's order.
PATHS: Final = tuple(_scalar_paths(Settings(), ""))


def value_at(settings: Settings, path: str) -> Any:
    value: Any = settings
    for part in _parts(path):
        value = getattr(value, part)
    return value


def with_values(settings: Settings, changes: Iterable[tuple[str, str]]) -> Settings:
    """``settings`` with each (path, text) of ``changes`` read and put in place; SettingValueError for the
    first unknown path or unreadable value (then nothing is changed)."""
    for path, text in changes:
        settings = _replaced(settings, _parts(path), parse(settings, path, text))
    return settings


def parse(settings: Settings, path: str, text: str) -> Any:
    """``text`` as a value of the setting at ``path`` (its current value in ``settings`` gives the type)."""
    return read_value(value_at(settings, path), text, path)


def read_value(current: Any, text: str, path: str) -> Any:
    """``text`` as a value of the same type as ``current``; ``path`` names the setting in a refusal."""
    raw = text.strip()
    if isinstance(current, bool):
        if raw.casefold() in _YES:
            return True
        if raw.casefold() in _NO:
            return False
        raise SettingValueError(NOT_BOOL, path=path, value=text)
    if isinstance(current, Sector):
        try:
            return Sector(raw)
        except ValueError:
            choices = ", ".join(s.value for s in Sector)
            raise SettingValueError(NOT_SECTOR, path=path, value=text, choices=choices) from None
    if isinstance(current, int):
        if not re.fullmatch(r"[+-]?\d{1,9}", raw):
            raise SettingValueError(NOT_INT, path=path, value=text)
        return int(raw)
    if isinstance(current, dt.time):
        match = _TIME.fullmatch(raw)
        if match is None:
            raise SettingValueError(NOT_TIME, path=path, value=text)
        return dt.time(int(match.group(1)), int(match.group(2)))
    if isinstance(current, frozenset):
        return _days(path, text)
    return text


def _days(path: str, text: str) -> frozenset[int]:
    days: set[int] = set()
    for word in (w.strip().casefold().rstrip(".") for w in text.split(",")):
        if word in WEEKDAYS:
            days.add(WEEKDAYS.index(word))
        elif word.isdigit() and int(word) < len(WEEKDAYS):
            days.add(int(word))
        elif word:
            raise SettingValueError(NOT_DAYS, path=path, value=text, choices=",".join(WEEKDAYS))
    return frozenset(days)


def _parts(path: str) -> list[str]:
    if path not in PATHS:
        raise SettingValueError(PATH_UNKNOWN, path=path, paths=", ".join(PATHS))
    return path.split(".")


def _replaced(value: Any, parts: list[str], new: Any) -> Any:
    head, *rest = parts
    inner = _replaced(getattr(value, head), rest, new) if rest else new
    return dataclasses.replace(value, **{head: inner})
