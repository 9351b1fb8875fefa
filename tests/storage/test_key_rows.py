"""Many keys in one statement (repositories/key_rows.py) on SQLite and, when a server is given, PostgreSQL:
the reads planning makes with them find exactly what they should — a day's bounds (start included, end
excluded), the appointments a caller already has left out, each key once however often it is given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Integer, String, select

from desktop.core.agenda import NoticeKind
from desktop.core.entities import AppointmentStatus
from desktop.storage.db import Database
from desktop.storage.orm import ClientRow
from desktop.storage.repositories import appointments as appointments_repo
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import notices as notices_repo
from desktop.storage.repositories.appointments import AppointmentValues
from desktop.storage.repositories.key_rows import key_rows
from desktop.storage.repositories.notices import NoticeValues
from desktop.storage.schema import upgrade
from desktop.storage.types import UTCDateTime
from tests.pg import ADMIN_URL, pg_url

__all__ = ["pg_url"]  # a fixture

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC)


def paris(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 3, day, hour, minute, tzinfo=PARIS)


def midnight(day: int) -> dt.datetime:
    return paris(day, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, db: Database) -> Iterator[Database]:
    if request.param == "sqlite":
        yield db
        return
    if not ADMIN_URL:
        pytest.skip("no PostgreSQL server (set COMPTOIR_TEST_PG)")
    server = Database(request.getfixturevalue("pg_url"))
    upgrade(server, None)
    yield server
    server.dispose()


@pytest.fixture
def world(database: Database) -> tuple[Database, dict[str, int]]:
    """Two clients (one in Réunion) and their appointments around Monday 22 March (Paris time)."""
    with database.session() as session:
        session.add(ClientRow(first_name="Claire", last_name="Martin", mobile="+33612345678"))
        session.add(ClientRow(first_name="Inès", last_name="Hoarau", mobile="+262692123456", region="RE"))
        session.flush()
        claire, ines = session.scalars(select(ClientRow.id).order_by(ClientRow.id)).all()
        starts = {
            "sunday_late": (claire, paris(21, 23, 59)),
            "monday_midnight": (claire, midnight(22)),  # the day starts here: included
            "monday_morning": (claire, paris(22, 9, 30)),
            "monday_afternoon": (claire, paris(22, 15)),
            "tuesday_midnight": (claire, midnight(23)),  # the next day: left out
            "ines_monday": (ines, paris(22, 10)),
        }
        values = [
            AppointmentValues(client, start, start + dt.timedelta(minutes=20), "", "Consultation", "", "")
            for client, start in starts.values()
        ]
        ids = dict(zip(starts, appointments_repo.insert_many(session, values, NOW), strict=True))
        appointments_repo.set_status(session, ids["monday_afternoon"], AppointmentStatus.CANCELLED, NOW)
    return database, {"claire": claire, "ines": ines, **ids}


def test_a_clients_day_is_read_with_its_bounds_and_active_appointments_only(world) -> None:
    database, ids = world
    with database.read() as session:
        found = appointments_repo.active_bookings_on(
            session, [(ids["claire"], midnight(22), midnight(23)), (ids["ines"], midnight(22), midnight(23))]
        )
    assert sorted(b.id for b in found) == sorted(
        [ids["monday_midnight"], ids["monday_morning"], ids["ines_monday"]]
    )
    ines = next(b for b in found if b.id == ids["ines_monday"])
    assert (ines.client_id, ines.start, ines.kind) == (ids["ines"], paris(22, 10), "Consultation")
    assert (ines.region, ines.subdiv, ines.booked_at) == ("RE", None, NOW)


def test_the_appointments_the_caller_has_are_left_out(world) -> None:
    database, ids = world
    days = [(ids["claire"], midnight(22), midnight(23))]
    with database.read() as session:
        found = appointments_repo.active_bookings_on(session, days, besides=[ids["monday_morning"]] * 2)
        assert [b.id for b in found] == [ids["monday_midnight"]]
        assert appointments_repo.active_bookings_on(session, []) == []


def test_clients_areas_and_notices_are_read_once_per_key(world) -> None:
    database, ids = world
    notice = NoticeValues(
        client_id=ids["claire"],
        kind=NoticeKind.DAY_BEFORE,
        key="agenda:" + "0" * 40,
        due_at=paris(21, 10),
        expires_at=paris(22, 8, 30),
        appointment_id=ids["monday_morning"],
        template="Rappel RDV J-1",
    )
    with database.session() as session:
        notices_repo.insert_many(session, [notice], NOW)
    with database.read() as session:
        areas = clients_repo.areas(session, [ids["ines"], ids["claire"], ids["ines"], 999_999])
        assert areas == {ids["claire"]: ("FR", None), ids["ines"]: ("RE", None)}
        found = notices_repo.of_appointments(
            session, [ids["monday_morning"], ids["monday_morning"], ids["ines_monday"]]
        )
        assert notices_repo.of_appointments(session, []) == {}
    assert list(found) == [ids["monday_morning"]]
    (read,) = found[ids["monday_morning"]]
    assert (read.key, read.due_at, read.expires_at) == (notice.key, notice.due_at, notice.expires_at)


def test_texts_and_moments_keep_their_value(database: Database) -> None:
    columns = (("n", Integer()), ("word", String()), ("at", UTCDateTime()))
    rows = [
        (1, 'l\'été « 2 » ; "x"', paris(28, 3, 30)),
        (2, "", dt.datetime(2027, 3, 28, 0, 59, tzinfo=dt.UTC)),
    ]
    with database.read() as session:
        table = key_rows(session, "probe", columns, rows)
        found = session.execute(select(table.c.n, table.c.word).order_by(table.c.n)).all()
        at_or_after = session.execute(
            select(table.c.n).where(table.c.at >= dt.datetime(2027, 3, 28, 1, 30, tzinfo=dt.UTC))
        ).all()
    assert [tuple(r) for r in found] == [(1, rows[0][1]), (2, "")]
    assert [tuple(r) for r in at_or_after] == [(1,)]  # 03:30 Paris summer time is 01:30 UTC
