"""Changes made by the other desks (or by ``dispatch`` in another process), published on the change hub.

The window calls :meth:`ChangeProbe.poll` every few seconds off the UI thread. A poll costs one statement
when nothing changed (:mod:`desktop.storage.repositories.change_marks`); when something did, a few more say
which clients, messages or replies (or that the agenda changed), and the screens refresh them as they do for
this desk's own changes. Changes this desk made itself are seen again: the screens simply refresh once more.
"""

from __future__ import annotations

from desktop.services.changes import ChangeHub, Changes
from desktop.storage.db import Database
from desktop.storage.repositories import change_marks as repo
from desktop.storage.repositories.change_marks import ChangeMark

#: At most this many ids per kind in one notice (beyond, the lists reload as after an import).
LIMIT = 2000


class ChangeProbe:
    def __init__(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub
        self._mark: ChangeMark | None = None

    def poll(self) -> Changes:
        """Publish (and return) what changed since the previous poll; nothing on the first one."""
        with self._db.read() as session:
            mark = repo.read_mark(session)
            before, self._mark = self._mark, mark
            if before is None or mark == before:
                return Changes()
            clients: set[int] = set()
            reset = mark.clients != before.clients
            if reset and mark.clients[1] > before.clients[1]:
                clients |= repo.clients_after(session, before.clients[1], LIMIT)
            if mark.consent_event > before.consent_event:
                clients |= repo.consent_clients_after(session, before.consent_event, LIMIT)
            messages: set[int] = set()
            if mark.message_event > before.message_event:
                messages = repo.messages_after(session, before.message_event, LIMIT)
        changes = Changes(
            clients=frozenset(clients),
            messages=frozenset(messages),
            inbound=mark.inbound != before.inbound,
            clients_reset=reset,
            agenda=mark.agenda != before.agenda,
        )
        return self._hub.publish(changes)
