"""A small world for agenda tests: real database, fake clock, the agenda's services, and a stand-in for the
message gate (:class:`FakeGate`) that speaks the :class:`NoticeOutbox` port.

The stand-in fills the template with the request's values (a variable with no value → refused with
``missing_value``, as the gate will), refuses the clients it is told to refuse, and queues what it accepts in
the real outbox under the request's key (idempotent, through ``dispatcher_env.Env.queue``), so that notices point at real messages
and the dispatcher test doubles (``tests.services.dispatcher_env``) can send them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, Sector, Template
from desktop.core.templates import TemplateError, render
from desktop.services.agenda.appointments import AppointmentService
from desktop.services.agenda.orders import OrderService
from desktop.services.agenda.ports import NoticeOutcome, NoticeRequest, Refusal
from desktop.services.agenda.reminders import ReminderService
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService
from desktop.services.presets import all_presets
from desktop.settings import Business, Settings
from desktop.storage.db import Database
from tests.services.dispatcher_env import Env, make_env

PARIS = ZoneInfo("Europe/Paris")


def paris(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


@dataclass(frozen=True)
class Received:
    at: dt.datetime
    request: NoticeRequest
    message_id: int


@dataclass
class FakeGate:
    """The message gate as the agenda sees it. Refuses clients listed in ``refuse`` (code per client)."""

    clock: FakeClock
    env: Env
    clients: ClientService
    templates: dict[int, Template]
    business: Business
    refuse: dict[int, str] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    calls: int = 0
    crash_after_queuing: bool = False

    def submit(self, requests: Sequence[NoticeRequest]) -> list[NoticeOutcome]:
        self.calls += 1
        outcomes = [self._one(request) for request in requests]
        if self.crash_after_queuing:
            self.crash_after_queuing = False
            raise RuntimeError("the process died after the gate queued the messages")
        return outcomes

    def _one(self, request: NoticeRequest) -> NoticeOutcome:
        if request.client_id in self.refuse:
            return NoticeOutcome(None, (Refusal(self.refuse[request.client_id], {"x": "1"}),))
        client = self.clients.get(request.client_id)
        values = {
            "prenom": client.first_name,
            "nom": client.last_name,
            "boutique": self.business.name,
            "adresse": self.business.address,
            "telephone_boutique": self.business.phone,
        }
        try:
            text = render(self.templates[request.template_id].body, {**values, **request.values})
        except TemplateError as exc:
            return NoticeOutcome(None, (Refusal("missing_value", {"name": exc.name or ""}),))
        message = self.env.queue(  # stored as the outbox stores what is queued
            client.mobile or "",
            text,
            purpose=request.purpose,
            client_id=client.id,
            appointment_id=request.appointment_id,
            order_id=request.order_id,
            idempotency_key=request.idempotency_key,
        )
        if all(r.request.idempotency_key != request.idempotency_key for r in self.received):
            self.received.append(Received(self.clock.now(), request, message.id))
        return NoticeOutcome(message.id)

    def sent_at(self) -> list[tuple[dt.datetime, str]]:
        """(wall time in Paris, heure_rdv or kind) of every message queued, in order."""
        return [
            (r.at.astimezone(PARIS), r.request.values.get("heure_rdv", r.request.kind.value))
            for r in self.received
        ]


def preset_templates() -> dict[str, Template]:
    return {p.name: Template(i, p.name, p.purpose, p.body) for i, p in enumerate(all_presets(), start=1)}


@dataclass
class AgendaWorld:
    db: Database
    clock: FakeClock
    hub: ChangeHub
    gate: FakeGate | None
    settings: Settings
    clients: ClientService
    reminders: ReminderService
    appointments: AppointmentService
    orders: OrderService
    templates: dict[str, Template]
    published: list[Changes]

    def client(self, first: str, mobile: str, postal_code: str = "") -> int:
        draft = ClientDraft(first_name=first, last_name="Test", mobile=mobile, postal_code=postal_code)
        return self.clients.create(draft)

    @contextmanager
    def gate_detached(self) -> Iterator[None]:
        """As if the notices were planned on a desk whose dispatcher is not running (nothing handed over)."""
        hand_over = self.reminders.run_due
        self.reminders.run_due = lambda: 0  # type: ignore[method-assign]
        try:
            yield
        finally:
            self.reminders.run_due = hand_over  # type: ignore[method-assign]

    def run_until(self, end: dt.datetime, step: dt.timedelta = dt.timedelta(minutes=30)) -> None:
        """The dispatcher's planning step every `step` until `end` (the app stays open)."""
        while self.clock.now() < end:
            self.clock.advance(step.total_seconds())
            self.reminders.run_due()


def make_world(
    db: Database,
    start: dt.datetime,
    sector: Sector = Sector.CLINIC,
) -> AgendaWorld:
    clock = FakeClock(start.astimezone(dt.UTC))
    env = make_env(db, clock)
    hub = env.hub
    published: list[Changes] = []
    hub.subscribe(published.append)
    templates = preset_templates()
    clients = ClientService(db, hub, clock=clock)
    world_settings = Settings(
        business=Business(
            name="Cabinet des Tilleuls",
            address="8 rue Victor Hugo, 69002 Lyon",
            phone="04 78 12 34 56",
            sector=sector,
        )
    )
    by_id = {t.id: t for t in templates.values()}
    gate = FakeGate(clock, env, clients, by_id, world_settings.business)
    holder: dict[str, Settings] = {"value": world_settings}

    def current() -> Settings:
        return holder["value"]

    reminders = ReminderService(
        db, hub, clock, settings_provider=current, find_template=templates.get, outbox=gate
    )
    world = AgendaWorld(
        db=db,
        clock=clock,
        hub=hub,
        gate=gate,
        settings=world_settings,
        clients=clients,
        reminders=reminders,
        appointments=AppointmentService(db, hub, clock, settings_provider=current, reminders=reminders),
        orders=OrderService(db, hub, clock, settings_provider=current, reminders=reminders),
        templates=templates,
        published=published,
    )
    world._holder = holder  # type: ignore[attr-defined]
    world.env = env  # type: ignore[attr-defined]
    return world


def change_settings(world: AgendaWorld, settings: Settings) -> None:
    world._holder["value"] = settings  # type: ignore[attr-defined]
    world.settings = settings
