"""The client list's first page at start-up, before the database is fully open.

The window shows it while SQLAlchemy, the migrations and the services load on a worker thread; the list then
works through :class:`~desktop.services.clients.ClientService` as usual. Only the standard library is loaded
here (see :mod:`desktop.storage.first_page` for when there is no first page, and why that is safe).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core.entities import ClientListItem
from desktop.paths import AppPaths
from desktop.storage import first_page as store

#: Lines read with the ids: more than a screenful (the list reads further pages itself).
SIZE: Final = 200


@dataclass(frozen=True)
class FirstPage:
    """Every client id in the list's default order, and the lines of the first ones."""

    db_file: Path
    revision: str  # of the schema it was read from
    ids: list[int]
    rows: dict[int, ClientListItem]

    def more_rows(self, ids: Sequence[int]) -> dict[int, ClientListItem]:
        """Lines further down, for a user who scrolls before the database is fully open."""
        return store.rows(self.db_file, ids)

    def is_current(self) -> bool:
        """Read from the current schema, so still what the list shows once the database is open (an older
        one has been migrated since: the list reads it again). Loads SQLAlchemy: ask once it is open."""
        from desktop.storage.schema import HEAD_REVISION

        return self.revision == HEAD_REVISION


def read(paths: AppPaths, size: int) -> FirstPage | None:
    """The first page of a local SQLite database; None when only the normal opening can answer."""
    db_file = paths.db_file
    try:
        if db_file is None or not db_file.is_file():
            return None
    except OSError:  # a folder we may not look into: the normal opening explains it
        return None
    found = store.first_page(db_file, size)
    return None if found is None else FirstPage(db_file, *found)


class Reading:
    """The first page read on a thread of its own, started before Qt loads (``desktop.app``): by the time the
    window is built, the clients are there."""

    def __init__(self, paths: AppPaths, size: int = SIZE) -> None:
        self._done = threading.Event()
        self._page: FirstPage | None = None
        self._error: BaseException | None = None
        thread = threading.Thread(target=self._read, args=(paths, size), name="first-page", daemon=True)
        thread.start()

    def _read(self, paths: AppPaths, size: int) -> None:
        try:
            self._page = read(paths, size)
        except BaseException as exc:  # a bug: raised again where the result is taken
            self._error = exc
        finally:
            self._done.set()

    def result(self) -> FirstPage | None:
        """The page (waiting for it if needed); a bug of the reading is raised here."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._page
