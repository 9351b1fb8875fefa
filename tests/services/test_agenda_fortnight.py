"""A fortnight of a clinic and of an optician, driven by a fake clock through the agenda's services and the
dispatcher's planning step, with an in-memory message gate: every message leaves at its moment, once."""

from __future__ import annotations

from collections import Counter

from desktop.core.agenda import AppointmentDraft, NoticeKind, NoticeStatus
from desktop.core.entities import MessageKind, Purpose, Sector
from desktop.core.reminders import TOO_LATE
from desktop.services.agenda.reminders import (
    CANCELLED_APPOINTMENT,
    CANCELLED_GROUPED,
    CANCELLED_MOVED,
    CANCELLED_ORDER,
)
from desktop.storage.db import Database
from tests.services.agenda_env import AgendaWorld, make_world, paris


def book(world: AgendaWorld, client_id: int, start, kind: str = "Consultation", **fields: str) -> int:
    return world.appointments.create(AppointmentDraft(client_id, start, 20, kind, **fields)).id


def notices(world: AgendaWorld, appointment_id: int) -> list[tuple[NoticeKind, NoticeStatus, str | None]]:
    return [(n.kind, n.status, n.reason) for n in world.appointments.notices(appointment_id)]


def test_a_fortnight_at_the_clinic(db: Database) -> None:
    world = make_world(db, paris(11, 30, 9))  # a Monday morning
    gate = world.gate
    assert gate is not None
    c = [world.client(f"Client{i}", f"06 12 34 56 {i:02d}") for i in range(1, 9)]
    a = book(world, c[0], paris(12, 2, 14, 30), staff="Dr Morel")
    b1 = book(world, c[1], paris(12, 3, 9))
    b2 = book(world, c[1], paris(12, 3, 11), kind="Suivi")
    monday = book(world, c[2], paris(12, 7, 10))
    cancelled = book(world, c[3], paris(12, 4, 15))
    moved = book(world, c[4], paris(12, 8, 9))
    saturday = book(world, c[5], paris(12, 12, 9))
    caught_up = book(world, c[6], paris(12, 14, 11))
    too_late = book(world, c[7], paris(12, 14, 10, 15))
    assert gate.received == []  # nothing is due yet

    world.run_until(paris(12, 2, 12))
    world.appointments.cancel(cancelled)
    world.run_until(paris(12, 3, 12))
    world.appointments.move(moved, paris(12, 9, 16))
    world.run_until(paris(12, 10, 16))
    late = book(world, c[0], paris(12, 11, 9))  # booked after its reminder's moment: confirmed at once
    world.run_until(paris(12, 11, 18))
    world.clock.set(paris(12, 14, 9, 30))  # Comptoir was closed all weekend
    world.reminders.run_due()
    world.run_until(paris(12, 15, 9))

    assert gate.sent_at() == [
        (paris(12, 1, 10), "14h30"),
        (paris(12, 2, 10), "9h00 et 11h00"),  # two appointments the same day: one SMS
        (paris(12, 5, 10), "10h00"),  # Monday's appointment: reminded on Saturday
        (paris(12, 8, 10), "16h00"),  # the moved appointment, at its new time
        (paris(12, 10, 16), "9h00"),  # the late booking's confirmation
        (paris(12, 11, 10), "9h00"),  # Saturday's appointment
        (paris(12, 14, 9, 30), "11h00"),  # missed on Saturday, still useful on Monday morning
    ]
    requests = [r.request for r in gate.received]
    assert requests[0].values == {
        "date_rdv": "mercredi 2 décembre",
        "heure_rdv": "14h30",
        "praticien": "Dr Morel",
    }
    assert requests[1].values["date_rdv"] == "jeudi 3 décembre" and requests[1].appointment_id == b1
    assert {r.request.template_id for r in gate.received[:4]} == {world.templates["Rappel RDV J-1"].id}
    assert requests[4].template_id == world.templates["Confirmation de RDV"].id
    assert len({r.idempotency_key for r in requests}) == len(requests)

    message = {r.request.idempotency_key: r.message_id for r in gate.received}
    queued = {}
    for appointment_id in (a, b1, b2, monday, saturday, caught_up):
        (queued[appointment_id],) = [
            n for n in world.appointments.notices(appointment_id) if n.status is NoticeStatus.QUEUED
        ]
        assert queued[appointment_id].message_id == message[queued[appointment_id].key]
    assert queued[b1].message_id == queued[b2].message_id
    # b1's own reminder was replaced by the common one when b2 was booked
    assert notices(world, b1)[0] == (NoticeKind.DAY_BEFORE, NoticeStatus.CANCELLED, CANCELLED_GROUPED)
    assert notices(world, cancelled) == [
        (NoticeKind.DAY_BEFORE, NoticeStatus.CANCELLED, CANCELLED_APPOINTMENT)
    ]
    assert notices(world, moved) == [
        (NoticeKind.DAY_BEFORE, NoticeStatus.CANCELLED, CANCELLED_MOVED),
        (NoticeKind.DAY_BEFORE, NoticeStatus.QUEUED, None),
    ]
    assert notices(world, too_late) == [(NoticeKind.DAY_BEFORE, NoticeStatus.SKIPPED, TOO_LATE)]
    assert notices(world, late) == [(NoticeKind.CONFIRMATION, NoticeStatus.QUEUED, None)]


def test_a_fortnight_at_the_optician(db: Database) -> None:
    world = make_world(db, paris(11, 30, 9), Sector.OPTICIAN)
    gate = world.gate
    assert gate is not None
    first, second, third = (
        world.client(n, f"06 22 33 44 0{i}") for i, n in enumerate(("Léa", "Hugo", "Inès"))
    )
    kept = world.orders.add(first, "Lunettes progressives")
    collected = world.orders.add(second, "Lentilles")
    exam = book(world, third, paris(12, 4, 15), kind="Examen de vue")

    world.run_until(paris(12, 1, 11))
    world.orders.mark_ready(kept.id)
    world.orders.mark_ready(collected.id)
    world.run_until(paris(12, 3, 17))
    world.orders.mark_collected(collected.id)
    world.run_until(paris(12, 14, 12))

    names = {t.id: t.name for t in world.templates.values()}
    assert [
        (at, names[r.request.template_id], r.request.order_id)
        for at, r in zip((x.at for x in gate.received), gate.received, strict=True)
    ] == [
        (paris(12, 1, 11), "Lunettes prêtes", kept.id),  # at once
        (paris(12, 1, 11), "Lunettes prêtes", collected.id),
        (paris(12, 3, 10), "Rappel de rendez-vous", None),  # the eye exam, the day before
        (paris(12, 7, 10), "Enquête de satisfaction", collected.id),  # 3 days after: Sunday → Monday 10:00
        (paris(12, 8, 10), "Rappel retrait", kept.id),  # not collected after 7 days: exactly one reminder
    ]
    assert gate.received[0].request.values == {"commande": str(kept.id)}
    assert gate.received[2].request.appointment_id == exam
    order_notices = world.orders.notices([kept.id, collected.id])
    assert Counter(n.kind for n in order_notices[kept.id]) == {NoticeKind.READY: 1, NoticeKind.PICKUP: 1}
    by_kind = {n.kind: n for n in order_notices[collected.id]}
    assert by_kind[NoticeKind.PICKUP].status is NoticeStatus.CANCELLED
    assert by_kind[NoticeKind.PICKUP].reason == CANCELLED_ORDER
    survey = by_kind[NoticeKind.SURVEY]
    assert survey.status is NoticeStatus.QUEUED  # handed to the gate at its moment
    assert gate.received[3].request.kind is MessageKind.SURVEY
    assert gate.received[3].request.purpose is Purpose.SURVEY
    assert survey.due_at == paris(12, 7, 10)  # 3 days after Thursday is a Sunday: Monday 10:00
    assert survey.template == "Enquête de satisfaction"
