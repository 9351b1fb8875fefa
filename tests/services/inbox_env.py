"""A shop for reply tests: the real application context (real SQLite, the real gate, the built-in simulator as
SMS account), an injected clock, and the steps a shop goes through — clients, appointments and their
reminders leaving, promotions, surveys — with replies the simulator receives and the dispatcher applies."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.context import AppContext, open_context
from desktop.core.agenda import Appointment, AppointmentDraft
from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    InboundMessage,
    Message,
    MessageKind,
    Purpose,
    Sector,
)
from desktop.paths import resolve
from desktop.providers.simulator import inject_reply
from desktop.services.dispatch.report import DispatchReport
from desktop.services.sending.requests import Addressee, SendRequest
from desktop.settings import Business, Keyword, Settings
from desktop.storage.repositories import inbound as inbound_repo

PARIS = ZoneInfo("Europe/Paris")


def paris(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=PARIS)


#: Monday 7 December 2026, 9:00 in Paris: a working week ahead.
MONDAY = paris(12, 7, 9)


@dataclass
class Shop:
    context: AppContext
    clock: FakeClock
    data_dir: Path

    # ---------------------------------------------------------------- setting up
    def settings(self, **changes: object) -> Settings:
        current = self.context.settings.get()
        updated = dataclasses.replace(current, **changes)  # type: ignore[arg-type]
        self.context.settings.save(updated)
        return updated

    def keywords(self, **answers: str) -> None:
        replies = dataclasses.replace(
            self.context.settings.get().replies,
            keywords=tuple(Keyword(word, answer) for word, answer in answers.items()),
        )
        self.settings(replies=replies)

    def client(self, first: str, mobile: str, *, promotions: bool = False) -> int:
        client_id = self.context.clients.create(
            ClientDraft(first_name=first, last_name="Martin", mobile=mobile)
        )
        if promotions:
            self.context.clients.record_consent(
                client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM
            )
        return client_id

    def appointment(self, client_id: int, start: dt.datetime) -> Appointment:
        return self.context.appointments.create(AppointmentDraft(client_id, start, 30, "Examen de vue"))

    def send(
        self,
        client_id: int,
        body: str,
        *,
        purpose: Purpose = Purpose.TRANSACTIONAL,
        kind: MessageKind = MessageKind.MANUAL,
        at: dt.datetime | None = None,
        template: str | None = None,
    ) -> Message:
        template_id = None
        if template is not None:
            found = self.context.templates.get_by_name(template)
            assert found is not None
            body, template_id = found.body, found.id
        outcome = self.context.gate.send(
            SendRequest(
                body, purpose, (Addressee(client_id=client_id),), kind=kind, at=at, template_id=template_id
            )
        )
        assert not outcome.refused, [c.reasons for c in outcome.refused]
        (message,) = outcome.queued
        return message

    # ---------------------------------------------------------------- time and the dispatcher
    def at(self, moment: dt.datetime) -> None:
        self.clock.set(moment.astimezone(dt.UTC))

    def later(self, minutes: float = 1) -> None:
        self.clock.advance(minutes * 60)

    def run(self) -> DispatchReport:
        """One pass of the dispatcher: plans, sends, polls statuses and replies, applies the replies."""
        return self.context.dispatcher.run_once()

    def reply(self, mobile: str, text: str) -> InboundMessage:
        """The client writes back a minute later; the next pass fetches and applies it."""
        self.later()
        sms = inject_reply(self.data_dir, _e164(mobile), text, self.clock.now())
        self.run()
        with self.context.db.read() as session:
            stored = [
                r for r in inbound_repo.list_recent(session, limit=20) if r.provider_id == sms.provider_id
            ]
        assert len(stored) == 1, "the reply was not stored once"
        return stored[0]

    # ---------------------------------------------------------------- reading
    def message(self, message_id: int) -> Message:
        return self.context.outbox.get(message_id)

    def messages_to(self, mobile: str) -> list[Message]:
        number = _e164(mobile)
        return [e.outgoing for e in self.context.inbox.conversation(number) if e.outgoing is not None]

    def inbound(self, inbound_id: int) -> InboundMessage:
        return self.context.inbox.get(inbound_id)


def _e164(mobile: str) -> str:
    digits = mobile.replace(" ", "")
    return "+33" + digits[1:] if digits.startswith("0") else digits


def open_shop(folder: Path, start: dt.datetime = MONDAY, sector: Sector = Sector.OPTICIAN) -> Shop:
    clock = FakeClock(start.astimezone(dt.UTC))
    paths = resolve(folder)
    context = open_context(paths, clock)
    context.settings.save(
        Settings(
            business=Business(
                name="Optique Martin",
                address="8 rue Victor Hugo, Lyon",
                phone="0478123456",
                sector=sector,
                review_link="https://g.page/r/optique-martin/review",
                survey_link="https://enquete.example/optique-martin",
            ),
            staff=("Mme Martin", "Julien"),
        )
    )
    context.templates.install_presets(sector)
    return Shop(context, clock, paths.data_dir)
