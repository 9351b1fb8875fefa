"""Planning a bulk booking (create_many) reads each client's day, area and notices in a few statements: it
must plan exactly what booking the same appointments one by one leaves planned, join a client's other
appointments of the day, and keep each client's own courtesy window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.core.agenda import AppointmentDraft, NoticeKind, NoticeStatus
from desktop.services.agenda.reminders import CANCELLED_GROUPED
from desktop.storage.db import Database
from desktop.storage.schema import upgrade
from tests.services.agenda_env import AgendaWorld, make_world, paris

TUESDAY_EVENING = paris(12, 1, 19, 30)  # 22h30 in Réunion: outside its courtesy window


def _clients(world: AgendaWorld) -> dict[str, int]:
    return {
        "claire": world.client("Claire", "0612345678"),
        "marc": world.client("Marc", "0698765432"),
        "ines": world.client("Inès", "+262692123456"),  # lives in Réunion
    }


def _drafts(who: dict[str, int]) -> list[AppointmentDraft]:
    return [
        AppointmentDraft(who["claire"], paris(12, 4, 9), 20, "Consultation"),
        AppointmentDraft(who["marc"], paris(12, 4, 9), 20, "Consultation", "Dr Petit"),
        AppointmentDraft(who["claire"], paris(12, 4, 16, 30), 20, "Suivi"),  # same day: one SMS
        AppointmentDraft(who["ines"], paris(12, 2, 12), 30, "Consultation"),  # tomorrow: confirmed now
        AppointmentDraft(who["claire"], paris(12, 2, 11), 20, "Consultation"),  # tomorrow as well
        AppointmentDraft(who["marc"], paris(12, 8, 14), 45, "Première visite"),
        AppointmentDraft(who["marc"], paris(12, 9, 8, 30), 20, "Consultation"),  # the day Marc already has
    ]


def _planned(world: AgendaWorld, ids: list[int]) -> list[list[tuple[object, ...]]]:
    notices = world.appointments.notices_of(ids)
    return [
        sorted(
            (n.kind, n.status, n.key, n.due_at, n.expires_at, n.template, n.message_id is not None)
            for n in notices.get(i, [])
            if n.status is not NoticeStatus.CANCELLED
        )
        for i in ids
    ]


def _world(db: Database) -> tuple[AgendaWorld, dict[str, int], int]:
    world = make_world(db, TUESDAY_EVENING)
    who = _clients(world)
    already = world.appointments.create(AppointmentDraft(who["marc"], paris(12, 9, 15), 20, "Suivi")).id
    return world, who, already


def test_a_bulk_booking_plans_what_booking_one_by_one_leaves_planned(db: Database, tmp_path: Path) -> None:
    bulk, who, already = _world(db)
    ids = bulk.appointments.create_many(_drafts(who))
    other = Database(f"sqlite:///{tmp_path / 'one_by_one.sqlite3'}")
    upgrade(other, None)
    try:
        single, single_who, single_already = _world(other)
        assert (single_who, single_already) == (who, already)
        single_ids = [single.appointments.create(d).id for d in _drafts(single_who)]
        assert single_ids == ids
        assert _planned(bulk, [already, *ids]) == _planned(single, [already, *ids])
    finally:
        other.dispose()
    planned = _planned(bulk, [already, *ids])
    assert all(planned)  # every appointment has its notice
    claire_thursday = {n[2] for n in planned[1]} & {n[2] for n in planned[3]}
    assert len(claire_thursday) == 1  # one SMS for Claire's two appointments on Thursday
    marc_wednesday = {n[2] for n in planned[0]} & {n[2] for n in planned[7]}
    assert len(marc_wednesday) == 1  # the new one joined the appointment Marc already had


def test_joining_a_day_cancels_the_reminder_planned_for_the_appointment_alone(db: Database) -> None:
    world, who, already = _world(db)
    (alone,) = world.appointments.notices(already)
    world.appointments.create_many(_drafts(who))
    after = {n.id: n for n in world.appointments.notices(already)}
    assert (after[alone.id].status, after[alone.id].reason) == (NoticeStatus.CANCELLED, CANCELLED_GROUPED)
    (fresh,) = [n for n in after.values() if n.status is NoticeStatus.PLANNED]
    assert fresh.key != alone.key and fresh.kind is NoticeKind.DAY_BEFORE


def test_each_client_keeps_the_courtesy_window_of_where_they_live(db: Database) -> None:
    world, who, _already = _world(db)
    with world.gate_detached():  # as planned, before the dispatcher's catch-up looks at them
        ids = world.appointments.create_many(_drafts(who))
    ines, claire = world.appointments.notices(ids[3]), world.appointments.notices(ids[4])
    assert [n.kind for n in ines] == [NoticeKind.CONFIRMATION] == [n.kind for n in claire]
    # Booked at 19h30 in Paris: Claire is confirmed at once, Inès at 08h00 in Réunion (05h00 in Paris).
    assert claire[0].due_at == TUESDAY_EVENING
    assert ines[0].due_at == dt.datetime(2026, 12, 2, 4, 0, tzinfo=dt.UTC)
    world.reminders.run_due()
    ines, claire = world.appointments.notices(ids[3]), world.appointments.notices(ids[4])
    assert (claire[0].status, ines[0].status) == (NoticeStatus.QUEUED, NoticeStatus.PLANNED)
