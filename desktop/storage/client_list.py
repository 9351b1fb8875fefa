"""The client list's row and orders, named once for both ways the list is read: through SQLAlchemy
(:mod:`desktop.storage.repositories.clients`) and, at start-up, through the standard library's sqlite3
(:mod:`desktop.storage.first_page`). No SQLAlchemy here: the start-up path must not load it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from desktop.core.entities import ClientListItem, ClientSort, ConsentState

#: The columns of one line of the list, in the order :func:`list_item` reads them.
LIST_COLUMNS: Final = ("id", "last_name", "first_name", "mobile", "email", "city", "promotional_consent")

#: The columns each order sorts by; the id comes last, in the same direction, so that the order is total.
SORT_COLUMNS: Final[Mapping[ClientSort, tuple[str, ...]]] = {
    ClientSort.NAME: ("last_name", "first_name"),
    ClientSort.FIRST_NAME: ("first_name", "last_name"),
    ClientSort.MOBILE: ("mobile",),
    ClientSort.EMAIL: ("email",),
    ClientSort.CITY: ("city", "last_name"),
    ClientSort.CONSENT: ("promotional_consent", "last_name"),
    ClientSort.CREATED: ("created_at",),
}


def list_item(values: Sequence[Any]) -> ClientListItem:
    """One line of the list from the values of :data:`LIST_COLUMNS`."""
    client_id, last_name, first_name, mobile, email, city, consent = values
    return ClientListItem(
        id=client_id,
        last_name=last_name,
        first_name=first_name,
        mobile=mobile,
        email=email,
        city=city,
        promotional_consent=ConsentState(consent),
    )
