"""The shop's staff (``Settings.staff``: agenda columns, who records a consent or handles a reply), one name
added or removed — for the ``settings staff`` command; Réglages › Agenda edits the whole list at once. Both
keep the list through :func:`desktop.settings.clean_staff`. Removing a name leaves the appointments already
given to that person as they are (the agenda still lists every name it uses), as the page does."""

from __future__ import annotations

import dataclasses
from typing import Final

from desktop.core.errors import KnownError
from desktop.settings import Settings, clean_staff

STAFF_UNKNOWN: Final = "settings_staff_unknown"
STAFF_NAME_EMPTY: Final = "settings_staff_name_empty"


class StaffError(KnownError):
    """A staff change that cannot be made (texts in ``catalogue.cli_settings``)."""


def add(settings: Settings, name: str) -> Settings:
    """``settings`` with ``name`` at the end of the staff (unchanged when already there)."""
    if not name.strip():
        raise StaffError(STAFF_NAME_EMPTY)
    return dataclasses.replace(settings, staff=clean_staff((*settings.staff, name)))


def remove(settings: Settings, name: str) -> Settings:
    """``settings`` without ``name`` (case and spaces ignored); StaffError when not in the staff."""
    wanted = " ".join(name.split()).casefold()
    kept = tuple(n for n in settings.staff if n.casefold() != wanted)
    if len(kept) == len(settings.staff):
        listed = ", ".join(settings.staff) or "—"
        raise StaffError(STAFF_UNKNOWN, name=" ".join(name.split()), staff=listed)
    return dataclasses.replace(settings, staff=clean_staff(kept))
