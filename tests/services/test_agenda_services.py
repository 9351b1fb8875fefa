"""The agenda's services one behaviour at a time: planning, catch-up, the gate's answers, refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.context import AppContext
from desktop.core.agenda import AppointmentDraft, NoticeKind, NoticeStatus
from desktop.core.entities import AppointmentStatus, ClientDraft, MessageStatus, OrderStatus, Sector
from desktop.core.reminders import SUPERSEDED, TOO_LATE, ReminderRule
from desktop.services.agenda import errors
from desktop.services.agenda.errors import AgendaError
from desktop.services.agenda.gate_outbox import GateNoticeOutbox
from desktop.services.agenda.reminders import (
    CANCELLED_CLOSED,
    CANCELLED_RULES,
    TEMPLATE_MISSING,
)
from desktop.services.changes import Changes
from desktop.settings import READY_PROPOSE, AgendaSettings, AppointmentKind, OrderSettings
from desktop.storage.db import Database
from tests.services.agenda_env import AgendaWorld, change_settings, make_world, paris
from tests.services.dispatcher_env import make_env


@pytest.fixture
def world(db: Database) -> AgendaWorld:
    return make_world(db, paris(12, 1, 9))  # a Tuesday morning


def book(world: AgendaWorld, client_id: int, start: dt.datetime, kind: str = "Consultation") -> int:
    return world.appointments.create(AppointmentDraft(client_id, start, 20, kind)).id


def statuses(world: AgendaWorld, appointment_id: int) -> list[tuple[NoticeKind, NoticeStatus, str | None]]:
    return [(n.kind, n.status, n.reason) for n in world.appointments.notices(appointment_id)]


# ---------------------------------------------------------------------------------------- timing


def test_nothing_leaves_at_0959_and_it_leaves_at_1000(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 14, 30))  # the day after tomorrow
    (notice,) = world.appointments.notices(appointment)
    assert (notice.status, notice.due_at) == (NoticeStatus.PLANNED, paris(12, 2, 10))
    world.clock.set(paris(12, 2, 9, 59))
    assert world.reminders.run_due() == 0
    world.clock.set(paris(12, 2, 10))
    assert world.reminders.run_due() == 1
    assert world.reminders.run_due() == 0  # never twice
    assert world.gate is not None and len(world.gate.received) == 1
    (notice,) = world.appointments.notices(appointment)
    assert notice.status is NoticeStatus.QUEUED and notice.message_status is MessageStatus.QUEUED
    assert world.published[-1] == Changes(agenda=True)


def test_the_message_status_comes_back_from_the_dispatcher(world: AgendaWorld) -> None:
    """Once queued, the reminder shows what its message became: sent, then delivered."""
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 14, 30))
    world.clock.set(paris(12, 2, 10))
    env = world.env  # type: ignore[attr-defined]
    report = env.dispatcher(planning=world.reminders).run_once()  # plans, then sends in the same pass
    assert report.sent == 1
    (notice,) = world.appointments.notices(appointment)
    assert notice.message_status in (MessageStatus.SENT, MessageStatus.DELIVERED)
    assert env.provider.received[0].sms.body.startswith("Rappel : rendez-vous le jeudi 3 décembre à 14h30")


def test_closed_through_the_evening_the_reminder_waits_for_the_morning(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 14, 30))
    world.clock.set(paris(12, 2, 22))  # Comptoir opened again at 22:00
    assert world.reminders.run_due() == 0
    (notice,) = world.appointments.notices(appointment)
    assert (notice.status, notice.due_at) == (NoticeStatus.PLANNED, paris(12, 3, 8))
    world.clock.set(paris(12, 3, 8))
    assert world.reminders.run_due() == 1


def test_closed_through_both_reminders_only_the_latest_leaves(world: AgendaWorld) -> None:
    rule = ReminderRule(morning_of=True)
    kinds = (AppointmentKind("Consultation", 20, rule),)
    change_settings(world, dataclasses.replace(world.settings, agenda=AgendaSettings(kinds)))
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 15))
    assert [n.kind for n in world.appointments.notices(appointment)] == [
        NoticeKind.DAY_BEFORE,
        NoticeKind.MORNING_OF,
    ]
    world.clock.set(paris(12, 3, 9))  # closed since Tuesday
    assert world.reminders.run_due() == 1
    assert statuses(world, appointment) == [
        (NoticeKind.DAY_BEFORE, NoticeStatus.SKIPPED, SUPERSEDED),
        (NoticeKind.MORNING_OF, NoticeStatus.QUEUED, None),
    ]
    assert world.gate is not None
    assert world.gate.received[0].request.template_id == world.templates["Rappel RDV jour même"].id


def test_a_reminder_found_after_the_appointment_is_skipped(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 14, 30))
    world.clock.set(paris(12, 4, 9))
    assert world.reminders.run_due() == 0
    assert statuses(world, appointment) == [(NoticeKind.DAY_BEFORE, NoticeStatus.SKIPPED, TOO_LATE)]
    assert world.gate is not None and world.gate.received == []


# ---------------------------------------------------------------------------------------- the gate


def test_a_refusal_of_the_gate_blocks_the_reminder_with_its_reason(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    assert world.gate is not None
    world.gate.refuse[client] = "opted_out_reminders"
    appointment = book(world, client, paris(12, 3, 14, 30))
    world.clock.set(paris(12, 2, 10))
    assert world.reminders.run_due() == 0
    (notice,) = world.appointments.notices(appointment)
    assert (notice.status, notice.reason, dict(notice.reason_params)) == (
        NoticeStatus.BLOCKED,
        "opted_out_reminders",
        {"x": "1"},
    )
    assert world.reminders.blocked_recently() == 1  # the agenda's alert
    world.clock.advance(3600)
    assert world.reminders.run_due() == 0 and world.gate.calls == 1  # blocked is final: never asked again


def test_a_variable_without_value_is_refused_not_sent_with_a_hole(world: AgendaWorld) -> None:
    kinds = (AppointmentKind("Consultation", 20, ReminderRule(template="Avec praticien")),)
    change_settings(world, dataclasses.replace(world.settings, agenda=AgendaSettings(kinds)))
    template = dataclasses.replace(
        world.templates["Rappel RDV J-1"],
        id=99,
        name="Avec praticien",
        body="RDV avec {praticien} le {date_rdv}",
    )
    world.templates[template.name] = template
    assert world.gate is not None
    world.gate.templates[99] = template
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 14, 30))  # nobody named: no {praticien}
    world.clock.set(paris(12, 2, 10))
    world.reminders.run_due()
    (notice,) = world.appointments.notices(appointment)
    assert (notice.status, notice.reason, dict(notice.reason_params)) == (
        NoticeStatus.BLOCKED,
        "missing_value",
        {"name": "praticien"},
    )


def test_a_missing_template_blocks_without_asking_the_gate(world: AgendaWorld) -> None:
    del world.templates["Rappel RDV J-1"]
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 14, 30))
    world.clock.set(paris(12, 2, 10))
    world.reminders.run_due()
    (notice,) = world.appointments.notices(appointment)
    assert (notice.status, notice.reason, dict(notice.reason_params)) == (
        NoticeStatus.BLOCKED,
        TEMPLATE_MISSING,
        {"name": "Rappel RDV J-1"},
    )
    assert world.gate is not None and world.gate.calls == 0


def test_a_crash_after_the_gate_queued_never_sends_twice(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 3, 14, 30))
    assert world.gate is not None
    world.gate.crash_after_queuing = True
    world.clock.set(paris(12, 2, 10))
    with pytest.raises(RuntimeError):
        world.reminders.run_due()
    assert world.appointments.notices(appointment)[0].status is NoticeStatus.PLANNED  # not recorded yet
    world.clock.advance(60)
    assert world.reminders.run_due() == 1  # asked again with the same key …
    assert len(world.gate.received) == 1  # … and queued once
    assert len(world.env.outbox.list()) == 1  # type: ignore[attr-defined]
    (notice,) = world.appointments.notices(appointment)
    assert notice.status is NoticeStatus.QUEUED and notice.message_id == world.gate.received[0].message_id


def test_more_due_notices_than_a_batch_all_leave_in_one_step(world: AgendaWorld) -> None:
    world.reminders._batch_size = 2  # five reminders due at once, two per batch
    for index in range(5):
        client = world.client(f"Client{index}", f"06 12 34 56 {index:02d}")
        book(world, client, paris(12, 3, 14, 30))
    world.clock.set(paris(12, 2, 10))
    assert world.reminders.run_due() == 5
    assert world.gate is not None and len(world.gate.received) == 5


def test_the_application_hands_notices_to_the_message_gate(context: AppContext) -> None:
    assert isinstance(context.reminders._outbox, GateNoticeOutbox)
    assert context.reminders._outbox._gate is context.gate
    assert context.reminders in context.dispatcher._planning


def test_the_dispatcher_runs_the_planning_step_before_sending(db: Database, fake_clock) -> None:
    env = make_env(db, fake_clock)

    class Planning:
        calls = 0

        def run_due(self) -> int:
            self.calls += 1
            env.queue(body="Rappel : rendez-vous demain à 14h30.")
            return 1

    planning = Planning()
    report = env.dispatcher(planning=planning).run_once()
    assert planning.calls == 1
    assert report.sent == 1  # what the step queued left in the same pass


# ---------------------------------------------------------------------------------------- appointments


def test_rules_changed_plans_again_and_a_second_time_changes_nothing(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 4, 14, 30))
    kinds = (AppointmentKind("Consultation", 20, ReminderRule(at=dt.time(9, 0))),)
    change_settings(world, dataclasses.replace(world.settings, agenda=AgendaSettings(kinds)))
    assert world.reminders.replan_upcoming() == 2  # one cancelled, one planned
    assert world.reminders.replan_upcoming() == 0
    notices = sorted(world.appointments.notices(appointment), key=lambda n: n.id)
    assert [(n.status, n.reason, n.due_at) for n in notices] == [
        (NoticeStatus.CANCELLED, CANCELLED_RULES, paris(12, 3, 10)),
        (NoticeStatus.PLANNED, None, paris(12, 3, 9)),
    ]
    assert notices[0].key == notices[1].key  # the same reminder, at another moment


def test_a_done_appointment_keeps_no_pending_reminder(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 4, 14, 30))
    world.appointments.set_status(appointment, AppointmentStatus.NO_SHOW)
    assert statuses(world, appointment) == [(NoticeKind.DAY_BEFORE, NoticeStatus.CANCELLED, CANCELLED_CLOSED)]
    confirmed = book(world, client, paris(12, 8, 9))
    world.appointments.set_status(confirmed, AppointmentStatus.CONFIRMED)
    assert statuses(world, confirmed) == [(NoticeKind.DAY_BEFORE, NoticeStatus.PLANNED, None)]


def test_moving_back_to_the_same_time_plans_the_same_reminder_again(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 4, 14, 30))
    world.appointments.move(appointment, paris(12, 4, 16))
    world.appointments.move(appointment, paris(12, 4, 14, 30))
    notices = world.appointments.notices(appointment)
    assert [n.status for n in notices] == [
        NoticeStatus.CANCELLED,
        NoticeStatus.CANCELLED,
        NoticeStatus.PLANNED,
    ]
    assert notices[0].key == notices[2].key  # the gate would recognise it: never sent twice


def test_an_unknown_kind_gets_the_sector_rule_and_a_kinds_duration_is_its_own(world: AgendaWorld) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 4, 14, 30), kind="Bilan annuel")
    (notice,) = world.appointments.notices(appointment)
    assert notice.due_at == paris(12, 3, 10) and notice.template == "Rappel RDV J-1"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (
            lambda w, c, a: w.appointments.create(AppointmentDraft(999, paris(12, 4, 9))),
            errors.CLIENT_UNKNOWN,
        ),
        (
            lambda w, c, a: w.appointments.create(AppointmentDraft(c, paris(12, 4, 9), duration_minutes=2)),
            errors.DURATION_INVALID,
        ),
        (
            lambda w, c, a: w.appointments.create(AppointmentDraft(c, paris(12, 4, 9), staff="x" * 101)),
            errors.TEXT_TOO_LONG,
        ),
        (lambda w, c, a: w.appointments.move(12345, paris(12, 4, 9)), errors.APPOINTMENT_UNKNOWN),
        (
            lambda w, c, a: w.appointments.cancel(a) and w.appointments.move(a, paris(12, 4, 9)),
            errors.APPOINTMENT_CANCELLED,
        ),
    ],
)
def test_appointment_refusals_change_nothing(world: AgendaWorld, change, code: str) -> None:
    client = world.client("Claire", "06 12 34 56 78")
    appointment = book(world, client, paris(12, 5, 9))
    before = world.appointments.between(paris(12, 1, 0), paris(12, 31, 0))
    with pytest.raises(AgendaError) as caught:
        change(world, client, appointment)
    assert caught.value.code == code
    after = world.appointments.between(paris(12, 1, 0), paris(12, 31, 0))
    if code != errors.APPOINTMENT_CANCELLED:
        assert after == before


# ---------------------------------------------------------------------------------------- orders


@pytest.fixture
def optician(db: Database) -> AgendaWorld:
    return make_world(db, paris(12, 1, 9), Sector.OPTICIAN)


def test_marking_ready_can_only_propose_the_message(optician: AgendaWorld) -> None:
    settings = dataclasses.replace(optician.settings, orders=OrderSettings(ready_notice=READY_PROPOSE))
    change_settings(optician, settings)
    client = optician.client("Léa", "06 12 34 56 78")
    order = optician.orders.add(client, "  Lunettes   progressives ")
    assert order.label == "Lunettes progressives" and order.status is OrderStatus.IN_PROGRESS
    outcome = optician.orders.mark_ready(order.id)
    assert (outcome.notified, outcome.proposed, outcome.order.status) == (False, True, OrderStatus.READY)
    assert outcome.order.ready_at == paris(12, 1, 9)
    assert [n.kind for n in optician.orders.notices([order.id])[order.id]] == [NoticeKind.PICKUP]
    optician.orders.notify_ready(order.id)
    assert optician.gate is not None and len(optician.gate.received) == 1  # queued at once
    with pytest.raises(AgendaError) as caught:
        optician.orders.mark_ready(order.id)
    assert caught.value.code == errors.ORDER_ALREADY_READY


def test_order_refusals(optician: AgendaWorld) -> None:
    client = optician.client("Léa", "06 12 34 56 78")
    order = optician.orders.add(client, "Lentilles")
    for call, code in (
        (lambda: optician.orders.add(client, "   "), errors.ORDER_LABEL_REQUIRED),
        (lambda: optician.orders.add(999, "Lentilles"), errors.CLIENT_UNKNOWN),
        (lambda: optician.orders.mark_ready(999), errors.ORDER_UNKNOWN),
        (lambda: optician.orders.notify_ready(order.id), errors.ORDER_NOT_READY),
        (
            lambda: optician.orders.notify(order.id, NoticeKind.ON_THE_WAY, paris(12, 1, 8)),
            errors.NOTICE_TIME_PAST,
        ),
    ):
        with pytest.raises(AgendaError) as caught:
            call()
        assert caught.value.code == code
    optician.orders.cancel(order.id)
    for call in (
        lambda: optician.orders.mark_ready(order.id),
        lambda: optician.orders.mark_collected(order.id),
        lambda: optician.orders.cancel(order.id),
    ):
        with pytest.raises(AgendaError) as caught:
            call()
        assert caught.value.code == errors.ORDER_CLOSED
    assert optician.orders.get(order.id).status is OrderStatus.CANCELLED


def test_collected_without_being_ready_plans_only_the_survey(optician: AgendaWorld) -> None:
    client = optician.client("Léa", "06 12 34 56 78")
    order = optician.orders.add(client, "Réparation")
    collected = optician.orders.mark_collected(order.id)
    assert collected.status is OrderStatus.COLLECTED and collected.collected_at == paris(12, 1, 9)
    assert [(n.kind, n.due_at) for n in optician.orders.notices([order.id])[order.id]] == [
        (NoticeKind.SURVEY, paris(12, 4, 10))
    ]


def test_intervention_notices_once_per_time_and_useless_after_it(db: Database) -> None:
    world = make_world(db, paris(12, 1, 9), Sector.CRAFTSMAN)
    client = world.client("Paul", "06 12 34 56 78")
    job = world.orders.add(client, "Fuite sous l'évier")
    world.orders.notify(job.id, NoticeKind.ON_THE_WAY, paris(12, 1, 9, 40))
    world.orders.notify(job.id, NoticeKind.ON_THE_WAY, paris(12, 1, 9, 40))  # a second click: same notice
    world.orders.notify(job.id, NoticeKind.DELAY, paris(12, 1, 10, 15))
    world.orders.notify(job.id, NoticeKind.QUOTE_DATE, paris(12, 7, 9))
    assert world.gate is not None
    sent = [(r.request.values, world.gate.templates[r.request.template_id].name) for r in world.gate.received]
    assert sent == [
        ({"heure_arrivee": "9h40", "commande": str(job.id)}, "Arrivée du technicien"),
        ({"nouvelle_heure": "10h15", "commande": str(job.id)}, "Retard"),
        ({"date_devis": "lundi 7 décembre", "commande": str(job.id)}, "Devis envoyé le"),
    ]
    with world.gate_detached():
        world.orders.notify(job.id, NoticeKind.ON_THE_WAY, paris(12, 1, 9, 45))
    world.clock.set(paris(12, 1, 10))  # the arrival time has passed: no use telling it now
    world.reminders.run_due()
    late = [n for n in world.orders.notices([job.id])[job.id] if n.values.get("heure_arrivee") == "9h45"]
    assert [(n.status, n.reason) for n in late] == [(NoticeStatus.SKIPPED, TOO_LATE)]


def test_clients_of_the_context_see_the_agenda(context: AppContext) -> None:
    """The composition root builds the agenda's services on one database, with the sector's defaults."""
    client = context.clients.create(ClientDraft(first_name="Claire", mobile="0612345678"))
    now = context.clock.now()
    appointment = context.appointments.create(AppointmentDraft(client, now + dt.timedelta(days=3)))
    assert [a.id for a in context.appointments.of_client(client)] == [appointment.id]
    assert context.appointments.notices(appointment.id)[0].template == "Rappel de rendez-vous"
