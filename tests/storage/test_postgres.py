"""The same application on PostgreSQL (several desks sharing one server).

These tests need a server: ``COMPTOIR_TEST_PG`` holds an administrator URL such as
``postgresql+psycopg://postgres@127.0.0.1:55432/postgres`` (``.ci/run`` starts a throwaway cluster and sets
it). Each test works in a database of its own, dropped afterwards. Without the variable they are skipped.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ClientQuery, ConsentPurpose, ConsentSource, ConsentState
from desktop.core.entities import MessageStatus as S
from desktop.providers.base import TransientError
from desktop.services import identity
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientChangedError, ClientService, ValidationError
from desktop.services.dispatch import policy
from desktop.services.dispatch.dispatcher import Dispatcher
from desktop.services.dispatch.report import DispatchReport
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.errors import SchemaTooNewError
from desktop.storage.orm import Base
from desktop.storage.repositories import messages as messages_repo
from desktop.storage.repositories.messages import MessageFilter
from desktop.storage.schema import upgrade
from tests.pg import needs_pg, pg_url
from tests.services.dispatcher_env import make_env

__all__ = ["pg_url"]  # a fixture

pytestmark = needs_pg


@pytest.fixture
def pg(pg_url: str) -> Iterator[Database]:
    database = Database(pg_url)
    upgrade(database, None)
    yield database
    database.dispose()


def test_migrations_produce_the_models_schema_on_postgres(pg: Database) -> None:
    with pg.engine.connect() as connection:
        diff = compare_metadata(
            MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
        )
    assert diff == []


def test_a_newer_schema_is_refused_on_postgres(pg_url: str, pg: Database) -> None:
    with pg.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    other = Database(pg_url)
    try:
        with pytest.raises(SchemaTooNewError):
            upgrade(other, None)
    finally:
        other.dispose()


def test_clients_search_consent_and_uniqueness_on_postgres(pg: Database) -> None:
    service = ClientService(pg, ChangeHub())
    martin = service.create(ClientDraft(first_name="Élodie", last_name="Martin", mobile="06 12 34 56 78"))
    service.create(ClientDraft(first_name="Jean", last_name="Dupont", email="jean@exemple.fr"))
    assert service.search_ids(ClientQuery(text="elodie")) == [martin]
    assert service.search_ids(ClientQuery(text="06 12 34")) == [martin]
    with pytest.raises(ValidationError):
        service.create(ClientDraft(last_name="Autre", mobile="+33612345678"))
    service.record_consent(martin, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER)
    assert service.get(martin).promotional_consent is ConsentState.GRANTED
    assert service.get(martin).created_at.tzinfo is not None


def test_two_dispatchers_on_two_desks_claim_each_message_once(pg_url: str, pg: Database) -> None:
    """FOR UPDATE SKIP LOCKED: two desks sharing the server never send the same message twice."""
    clock = FakeClock()
    env = make_env(pg, clock)
    env.queue_many(120)
    engines = [Database(pg_url), Database(pg_url)]
    reports: dict[str, DispatchReport] = {}
    start = threading.Barrier(2)

    def run(name: str, database: Database) -> None:
        dispatcher = Dispatcher(
            database,
            ChangeHub(),
            env.accounts,
            clock,
            settings_provider=Settings,
            worker_id=name,
            max_workers=4,
            batch_size=8,
            rng=random.Random(name),
        )
        start.wait()
        total = DispatchReport()
        while (report := dispatcher.run_once()).claimed:
            total.merge(report)
        reports[name] = total

    threads = [threading.Thread(target=run, args=(n, d)) for n, d in zip(("A", "B"), engines, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for database in engines:
        database.dispose()
    assert reports["A"].claimed + reports["B"].claimed == 120
    assert Counter(Counter(env.provider.bodies()).values()) == {1: 120}
    with pg.read() as session:
        statuses = {m.status for m in messages_repo.list_messages(session, MessageFilter(), limit=500)}
    assert statuses == {S.SENT}


def test_a_paused_accounts_messages_stay_queued_and_one_probe_goes_on_postgres(pg: Database) -> None:
    clock = FakeClock()
    env = make_env(pg, clock)
    ids = [env.queue(f"+3361234560{i}", f"Message {i}").id for i in range(5)]
    env.provider.default_script = [TransientError("server_error")] * 3  # then the provider works again
    dispatcher = env.dispatcher()

    dispatcher.run_once()
    assert sorted(env.get(i).status for i in ids) == sorted([S.QUEUED] * 5)
    assert [env.get(i).attempts for i in ids].count(0) == 2  # the breaker tripped: two never tried

    clock.advance(policy.BREAKER_PAUSE - 1)
    assert dispatcher.run_once().claimed == 0  # nothing claimed for the paused account
    clock.advance(policy.BACKOFF_BASE * (1 + policy.JITTER))
    dispatcher.run_once()  # the probe, then the rest
    assert {env.get(i).status for i in ids} == {S.SENT}


def test_desks_creating_the_database_identity_at_once_agree_on_postgres(pg_url: str, pg: Database) -> None:
    with pg.session() as session:
        session.execute(text("DELETE FROM settings WHERE key = 'database_id'"))  # an older database
    engines = [Database(pg_url) for _ in range(4)]
    found: list[str] = []
    start = threading.Barrier(len(engines))

    def ask(database: Database) -> None:
        start.wait()
        found.append(identity.database_id(database))

    threads = [threading.Thread(target=ask, args=(d,)) for d in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for database in engines:
        database.dispose()
    assert len(found) == 4 and len(set(found)) == 1


def test_two_desks_saving_the_same_client_at_once_one_wins_the_other_is_told(
    pg_url: str, pg: Database
) -> None:
    """The version check and the write are one step (``FOR UPDATE``): of two simultaneous saves from the
    same version, exactly one is written."""
    client_id = ClientService(pg, ChangeHub()).create(ClientDraft(last_name="Martin"))
    engines = [Database(pg_url), Database(pg_url)]
    outcomes: dict[str, str] = {}
    start = threading.Barrier(2)

    def save(desk: str, database: Database) -> None:
        service = ClientService(database, ChangeHub(), desk=desk)
        start.wait()
        try:
            service.update(client_id, ClientDraft(last_name=f"Martin ({desk})"), expected_version=1)
            outcomes[desk] = "saved"
        except ClientChangedError as exc:
            outcomes[desk] = f"refused: {exc.params['by']}"

    threads = [threading.Thread(target=save, args=(d, e)) for d, e in zip(("A", "B"), engines, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    for database in engines:
        database.dispose()
    winner = next(desk for desk, outcome in outcomes.items() if outcome == "saved")
    loser = "B" if winner == "A" else "A"
    assert outcomes[loser] == f"refused: {winner}"
    stored = ClientService(pg, ChangeHub()).get(client_id)
    assert (stored.last_name, stored.version) == (f"Martin ({winner})", 2)


def test_the_agenda_on_postgres(pg: Database) -> None:
    """Appointments grouped, moved and cancelled, a week read, reminders handed over and orders closed, on
    PostgreSQL: the agenda's queries and its planning transaction are the same on both databases."""
    from desktop.core.agenda import AppointmentDraft, NoticeKind, NoticeStatus
    from tests.services.agenda_env import make_world, paris

    world = make_world(pg, paris(12, 1, 9))
    client = world.client("Claire", "06 12 34 56 78")
    first = world.appointments.create(
        AppointmentDraft(client, paris(12, 3, 9), 20, "Consultation", "Dr Morel")
    )
    second = world.appointments.create(AppointmentDraft(client, paris(12, 3, 11), 20, "Suivi", "Dr Morel"))
    third = world.appointments.create(AppointmentDraft(client, paris(12, 4, 15), 20, "Consultation"))
    world.appointments.move(third.id, paris(12, 5, 15), staff="Dr Morel")
    world.appointments.cancel(second.id)
    week = world.appointments.period(paris(11, 30, 0).date(), 7, staff="Dr Morel")
    assert [e.id for e in week.entries] == [first.id, second.id, third.id]
    world.clock.set(paris(12, 2, 10))
    assert world.reminders.run_due() == 1
    (queued,) = [n for n in world.appointments.notices(first.id) if n.status is NoticeStatus.QUEUED]
    assert world.gate is not None and world.gate.received[0].request.values["heure_rdv"] == "9h00"
    assert queued.message_id == world.gate.received[0].message_id
    order = world.orders.add(client, "Lunettes")
    world.orders.mark_ready(order.id)
    world.orders.mark_collected(order.id)
    kinds = {n.kind: n.status for n in world.orders.notices([order.id])[order.id]}
    assert kinds == {
        NoticeKind.READY: NoticeStatus.QUEUED,
        NoticeKind.PICKUP: NoticeStatus.CANCELLED,
        NoticeKind.SURVEY: NoticeStatus.PLANNED,
    }
