"""What another desk changed reaches this desk's change hub: new and edited clients, consent, message
statuses, replies and their read/done marks, appointments and orders — on one SQLite file shared by two
processes, and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest

from desktop.core.clock import FakeClock
from desktop.core.entities import (
    AppointmentStatus,
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    OrderStatus,
)
from desktop.services.change_probe import ChangeProbe
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService
from desktop.storage.db import Database
from desktop.storage.repositories import appointments as appointments_repo
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import orders as orders_repo
from desktop.storage.repositories.appointments import AppointmentValues
from desktop.storage.repositories.inbound import NewInbound
from desktop.storage.schema import upgrade
from tests.pg import pg_url, skip_without_pg
from tests.services.dispatcher_env import make_env

__all__ = ["pg_url"]  # a fixture


def _follow(here: Database, there: Database) -> None:
    """``there`` is the other desk; ``here`` only probes."""
    hub = ChangeHub()
    heard: list[Changes] = []
    hub.subscribe(heard.append)
    probe = ChangeProbe(here, hub)
    assert probe.poll() == Changes()  # the first look only takes the mark

    clock = FakeClock(dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC))
    other = ClientService(there, ChangeHub(), clock=clock, desk="CABINET-2")
    claire = other.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))
    found = probe.poll()
    assert (found.clients, found.clients_reset) == (frozenset({claire}), True)
    assert probe.poll() == Changes()  # nothing new: nothing published

    other.update(
        claire, ClientDraft(first_name="Claire", last_name="Martin", city="Lyon"), expected_version=1
    )
    assert probe.poll().clients_reset
    other.record_consent(claire, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER)
    assert probe.poll() == Changes(clients=frozenset({claire}))

    env = make_env(there, clock)  # the other desk's dispatcher sends a message
    message = env.queue("+33612345678", "Vos lunettes sont prêtes.", client_id=claire)
    assert probe.poll().messages == frozenset({message.id})
    env.dispatcher().run_once()
    assert probe.poll().messages == frozenset({message.id})
    with there.session() as session:
        reply = inbound_repo.insert_if_new(
            session, NewInbound(None, "R1", "+33612345678", "", "Merci !", clock.now()), claire, clock.now()
        )
    assert reply is not None
    assert probe.poll() == Changes(inbound=True)
    with there.session() as session:  # the reply is done on the other desk: this desk's inbox follows
        assert inbound_repo.mark_done(session, reply, "Julie", clock.now())
    assert probe.poll() == Changes(inbound=True)

    # The agenda: booked, moved, cancelled on the other desk; an order made ready there.
    start = clock.now() + dt.timedelta(days=2)
    values = AppointmentValues(claire, start, start + dt.timedelta(minutes=30), "Dr Morel", "Suivi", "", "")
    with there.session() as session:
        appointment = appointments_repo.insert(session, values, clock.now())
    assert probe.poll() == Changes(agenda=True)
    with there.session() as session:
        later = dt.timedelta(hours=1)
        moved = replace(values, start=values.start + later, end=values.end + later)
        appointments_repo.update(session, appointment, moved, clock.now())
    assert probe.poll() == Changes(agenda=True)
    with there.session() as session:
        appointments_repo.set_status(session, appointment, AppointmentStatus.CANCELLED, clock.now())
    assert probe.poll() == Changes(agenda=True)
    with there.session() as session:
        order = orders_repo.insert(session, claire, "Lunettes", None, clock.now())
    assert probe.poll() == Changes(agenda=True)
    with there.session() as session:
        orders_repo.set_status(session, order, OrderStatus.READY, clock.now(), ready_at=clock.now())
    assert probe.poll() == Changes(agenda=True)

    other.delete(claire)
    assert probe.poll().clients_reset
    assert heard == [c for c in heard if not c.empty] and len(heard) == 13


def test_a_desk_sees_what_another_process_changes_in_the_same_file(app_paths) -> None:
    here = Database(app_paths.db_url)
    upgrade(here, None)
    there = Database(app_paths.db_url)  # its own engine and connections, as another process has
    try:
        _follow(here, there)
    finally:
        here.dispose()
        there.dispose()


@pytest.fixture
def two_pg_desks(pg_url: str) -> Iterator[tuple[Database, Database]]:
    here, there = Database(pg_url), Database(pg_url)
    upgrade(here, None)
    yield here, there
    here.dispose()
    there.dispose()


@pytest.mark.postgres
@skip_without_pg
def test_a_desk_sees_what_another_desk_changes_on_the_server(two_pg_desks) -> None:
    _follow(*two_pg_desks)
