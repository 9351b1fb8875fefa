"""The inbox: what clients wrote, per number, for the staff to read, handle and answer (window and command line).

- **Threads**: one line per number (a client's, or nobody's), newest first, with its unread replies and those
  still « à traiter »; filtered by status (unread, à traiter, done), by person and by name or number.
- **Read / done**: opening a thread marks its replies read; marking a reply done records who and when. Two
  desks marking the same reply done at once is safe: one conditional ``UPDATE`` wins, the other is told who
  was first (:class:`DoneResult`) and changes nothing.
- **Assignment** to a person of the shop's staff (``Settings.staff``), or to nobody.
- **Attaching** the replies of a number that is nobody's to a client (optionally recording it as the client's
  mobile, so that the next replies are matched by themselves).
- **Keywords** (« HORAIRES » → the configured answer), kept in the settings; an answer is a template body
  that may only use the business's values (a keyword may come from a number that is nobody's).
- **Alerts**: the replies the staff must hear about at once (a cancelled appointment, a detractor), for the
  window's tray notification.

Quick replies go through the composer (the gate), as any message to a client.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from desktop.core.clock import Clock
from desktop.core.entities import InboundMessage
from desktop.core.errors import KnownError
from desktop.core.text import fold
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService
from desktop.services.inbox import codes, keywords
from desktop.services.settings import SettingsService
from desktop.settings import Keyword
from desktop.storage.db import Database
from desktop.storage.errors import NotFoundError
from desktop.storage.repositories import conversation
from desktop.storage.repositories import inbound as repo
from desktop.storage.repositories.conversation import ThreadEntry
from desktop.storage.repositories.inbound import InboxFilter, Status, Thread

__all__ = ["DoneResult", "InboxError", "InboxFilter", "InboxService", "Status", "Thread", "ThreadEntry"]

# Codes of the inbox's refusals (texts in desktop.core.catalogue.replies).
REPLY_UNKNOWN: Final = "inbox_reply_unknown"
PERSON_UNKNOWN: Final = "inbox_person_unknown"
CLIENT_UNKNOWN: Final = "inbox_client_unknown"
KEYWORD_UNKNOWN: Final = "keyword_unknown"


class InboxError(KnownError):
    """A refused inbox action, with a stable code (explained by the catalogue)."""


@dataclass(frozen=True, slots=True)
class DoneResult:
    """Marking a reply done: whether this call did it, and who did it and when (this desk or another)."""

    changed: bool
    by: str
    at: dt.datetime | None


class InboxService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clock: Clock,
        settings: SettingsService,
        clients: ClientService,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self._settings = settings
        self._clients = clients

    # ---------------------------------------------------------------- reading
    def threads(self, flt: InboxFilter, limit: int = 200, offset: int = 0) -> list[Thread]:
        with self._db.read() as session:
            return repo.threads(session, flt, limit, offset)

    def count_threads(self, flt: InboxFilter) -> int:
        with self._db.read() as session:
            return repo.count_threads(session, flt)

    def conversation(self, number: str, limit: int = 200) -> list[ThreadEntry]:
        """Everything sent to and received from this number, oldest first."""
        with self._db.read() as session:
            return conversation.thread_of_number(session, number, limit)

    def get(self, inbound_id: int) -> InboundMessage:
        with self._db.read() as session:
            found = repo.get(session, inbound_id)
        if found is None or not found.applied:
            raise InboxError(REPLY_UNKNOWN, id=str(inbound_id))
        return found

    def items(self, status: Status | None = None, limit: int = 200) -> list[InboundMessage]:
        with self._db.read() as session:
            return repo.items(session, InboxFilter(status=status), limit)

    def unread_count(self) -> int:
        with self._db.read() as session:
            return repo.unread_count(session)

    def alerts_after(self, after_id: int) -> list[InboundMessage]:
        """Replies above ``after_id`` the staff must hear about at once: a cancellation, a detractor."""
        with self._db.read() as session:
            return repo.alerts_after(session, after_id, codes.ALERT_OUTCOMES, codes.ALERT_REASONS)

    def last_id(self) -> int:
        with self._db.read() as session:
            return repo.last_id(session)

    def staff(self) -> tuple[str, ...]:
        return tuple(s for s in self._settings.get().staff if s.strip())

    # ---------------------------------------------------------------- handling
    def mark_read(self, number: str) -> int:
        with self._db.session() as session:
            changed = repo.mark_read(session, number, self._clock.now())
        if changed:
            self._hub.publish(Changes(inbound=True))
        return changed

    def mark_done(self, inbound_id: int, by: str = "") -> DoneResult:
        """Done by ``by`` (a person of the staff, or "" when nobody is named) now; when another desk was
        first, nothing changes and the result says who did it and when."""
        person = self._person(by)
        self.get(inbound_id)
        with self._db.session() as session:
            changed = repo.mark_done(session, inbound_id, person, self._clock.now())
            current = repo.get(session, inbound_id)
        assert current is not None
        if changed:
            self._hub.publish(Changes(inbound=True))
        return DoneResult(changed, current.handled_by, current.handled_at)

    def reopen(self, inbound_id: int) -> bool:
        """Back to « à traiter »."""
        self.get(inbound_id)
        with self._db.session() as session:
            changed = repo.reopen(session, inbound_id)
        if changed:
            self._hub.publish(Changes(inbound=True))
        return changed

    def assign(self, number: str, person: str) -> int:
        """Give the replies of a number still to handle to a person of the staff ("" for nobody)."""
        chosen = self._person(person)
        with self._db.session() as session:
            changed = repo.assign(session, number, chosen)
        if changed:
            self._hub.publish(Changes(inbound=True))
        return changed

    def attach(self, inbound_id: int, client_id: int, *, set_mobile: bool = False) -> int:
        """The replies of this reply's number (that are nobody's) now belong to ``client_id``; with
        ``set_mobile``, the number becomes the client's mobile when the card has none (checked as any edit of
        the card), so that the next replies are matched by themselves. Returns how many were attached."""
        reply = self.get(inbound_id)
        try:
            client = self._clients.get(client_id)
        except NotFoundError as exc:
            raise InboxError(CLIENT_UNKNOWN, id=str(client_id)) from exc
        if set_mobile and not client.mobile:
            # Refused as any edit of the card would be (a number already on another card…).
            self._clients.update(client_id, dataclasses.replace(client.to_draft(), mobile=reply.from_number))
        with self._db.session() as session:
            attached = repo.attach(session, reply.from_number, client_id)
        self._hub.publish(Changes(clients=frozenset({client_id}), inbound=True))
        return attached

    def _person(self, name: str) -> str:
        cleaned = " ".join(name.split())
        if not cleaned:
            return ""
        for person in self.staff():
            if fold(person) == fold(cleaned):
                return person
        raise InboxError(PERSON_UNKNOWN, name=cleaned, staff=", ".join(self.staff()) or "—")

    # ---------------------------------------------------------------- keywords
    def keywords(self) -> tuple[Keyword, ...]:
        return self._settings.get().replies.keywords

    def set_keyword(self, word: str, answer: str) -> Keyword:
        """Add a keyword, or give an existing one (same word, case and accents aside) a new answer."""
        refused = keywords.problem(word, answer)
        if refused is not None:
            code, params = refused
            raise InboxError(code, **params)
        keyword = Keyword(keywords.clean_word(word), answer.strip())
        kept = [k for k in self.keywords() if not keywords.same_word(k.word, keyword.word)]
        self._save_keywords([*kept, keyword])
        return keyword

    def remove_keyword(self, word: str) -> None:
        kept = [k for k in self.keywords() if not keywords.same_word(k.word, word)]
        if len(kept) == len(self.keywords()):
            raise InboxError(KEYWORD_UNKNOWN, word=keywords.clean_word(word))
        self._save_keywords(kept)

    def _save_keywords(self, keywords: Sequence[Keyword]) -> None:
        settings = self._settings.get()
        ordered = tuple(sorted(keywords, key=lambda k: fold(k.word)))
        self._settings.save(
            dataclasses.replace(settings, replies=dataclasses.replace(settings.replies, keywords=ordered))
        )
