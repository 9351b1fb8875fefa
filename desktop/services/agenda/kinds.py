"""Editing the agenda's kinds of appointment, for Réglages › Agenda and the ``settings kind`` command.

The settings keep the kinds only once the user changed them (none stored: the sector's usual kinds, which
follow a change of sector). :func:`kinds_to_store` is that rule; :func:`add`, :func:`edit` and :func:`remove`
change one kind of a settings document (found by name, accents and case ignored) and refuse what the page
refuses: an empty or already used name, removing the last kind (:func:`may_remove`). The values themselves
(usual length, reminder delay) are checked with the other settings by ``desktop.services.setup``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Final

from desktop.core.errors import KnownError
from desktop.core.text import fold
from desktop.services.agenda.defaults import stored_kinds
from desktop.settings import AgendaSettings, AppointmentKind, Settings, clean_kinds

KIND_UNKNOWN: Final = "settings_kind_unknown"
KIND_EXISTS: Final = "settings_kind_exists"
KIND_NAME_EMPTY: Final = "settings_kind_name_empty"
KIND_LAST: Final = "settings_kind_last"


class KindError(KnownError):
    """A change of the kinds of appointment that cannot be made (texts in ``catalogue.cli_settings``)."""


def may_remove(count: int) -> bool:
    """The agenda keeps at least one kind of appointment."""
    return count > 1


def kinds_to_store(
    kinds: Iterable[AppointmentKind], shown: tuple[AppointmentKind, ...], stored: AgendaSettings
) -> AgendaSettings:
    """The agenda settings for ``kinds`` as edited from ``shown`` (what was read): cleaned, and still none
    stored when the sector's usual kinds were shown and left as they were."""
    cleaned = clean_kinds(kinds)
    unchanged = cleaned == shown and not stored.kinds
    return AgendaSettings(kinds=() if unchanged else cleaned)


def find(settings: Settings, name: str) -> AppointmentKind:
    """The kind of appointment called ``name`` (accents and case ignored); KindError when there is none."""
    kinds = stored_kinds(settings)
    return kinds[_index(kinds, name)]


def add(settings: Settings, kind: AppointmentKind) -> Settings:
    """``settings`` with ``kind`` added after the others."""
    kinds = stored_kinds(settings)
    name = _name(kind.name)
    if any(fold(k.name) == fold(name) for k in kinds):
        raise KindError(KIND_EXISTS, kind=name)
    return _with(settings, (*kinds, dataclasses.replace(kind, name=name)))


def edit(settings: Settings, name: str, kind: AppointmentKind) -> Settings:
    """``settings`` with the kind called ``name`` replaced by ``kind`` (which may be renamed)."""
    kinds = list(stored_kinds(settings))
    index = _index(kinds, name)
    new_name = _name(kind.name)
    if any(fold(k.name) == fold(new_name) for i, k in enumerate(kinds) if i != index):
        raise KindError(KIND_EXISTS, kind=new_name)
    kinds[index] = dataclasses.replace(kind, name=new_name)
    return _with(settings, kinds)


def remove(settings: Settings, name: str) -> Settings:
    """``settings`` without the kind called ``name``."""
    kinds = list(stored_kinds(settings))
    index = _index(kinds, name)
    if not may_remove(len(kinds)):
        raise KindError(KIND_LAST, kind=kinds[index].name)
    del kinds[index]
    return _with(settings, kinds)


def _with(settings: Settings, kinds: Iterable[AppointmentKind]) -> Settings:
    agenda = kinds_to_store(kinds, stored_kinds(settings), settings.agenda)
    return dataclasses.replace(settings, agenda=agenda)


def _name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise KindError(KIND_NAME_EMPTY)
    return cleaned


def _index(kinds: Iterable[AppointmentKind], name: str) -> int:
    listed = list(kinds)
    wanted = fold(name)
    for index, kind in enumerate(listed):
        if fold(kind.name) == wanted:
            return index
    raise KindError(KIND_UNKNOWN, kind=" ".join(name.split()), kinds=", ".join(k.name for k in listed))
