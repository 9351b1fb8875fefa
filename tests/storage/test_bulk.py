"""Bulk inserts of plain values: each distinct value converted once (and rightly, even in the autumn's
repeated hour), and reminders written in one executemany store exactly what bound parameters store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Table, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

from desktop.core.agenda import NoticeKind, NoticeStatus
from desktop.storage.db import Database
from desktop.storage.orm import ClientRow, NoticeRow
from desktop.storage.repositories import appointments as appointments_repo
from desktop.storage.repositories import bulk
from desktop.storage.repositories import notices as repo
from desktop.storage.repositories.appointments import AppointmentValues
from desktop.storage.repositories.notices import NoticeValues
from desktop.storage.schema import upgrade

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC)
_NOTICES: Table = NoticeRow.__table__  # type: ignore[assignment]
DUE = _NOTICES.c.due_at
POSTGRESQL = PGDialect_psycopg()  # type: ignore[no-untyped-call]


def test_each_distinct_value_is_converted_once_as_the_column_type_does(monkeypatch) -> None:
    dialect = sqlite.dialect()
    calls: list[Any] = []
    processor = DUE.type.dialect_impl(dialect).bind_processor(dialect)

    def counted(_self: Any, _dialect: Any) -> Any:
        def process(value: Any) -> Any:
            calls.append(value)
            return processor(value) if processor is not None else value

        return process

    convert = bulk.driver_values(dialect, DUE)
    moments = [NOW, NOW + dt.timedelta(hours=1), NOW, NOW.astimezone(PARIS), None]
    assert [convert(m) for m in moments] == [bulk.driver_value(dialect, DUE, m) for m in moments]
    assert convert(NOW) == "2027-01-01 09:00:00.000000"
    monkeypatch.setattr(type(DUE.type), "bind_processor", counted)
    convert = bulk.driver_values(dialect, DUE)
    for moment in moments * 3:
        convert(moment)
    assert len(calls) == 3  # NOW (also as Paris time: the same instant), NOW + 1 h, None


def test_the_autumns_repeated_hour_gives_two_instants() -> None:
    convert = bulk.driver_values(sqlite.dialect(), DUE)
    first = dt.datetime(2027, 10, 31, 2, 30, tzinfo=PARIS)
    second = first.replace(fold=1)
    assert first == second  # one zone: Python compares the wall times
    assert (convert(first), convert(second)) == ("2027-10-31 00:30:00.000000", "2027-10-31 01:30:00.000000")


def test_other_databases_get_the_values_themselves() -> None:
    convert = bulk.driver_values(POSTGRESQL, DUE)
    assert convert(NOW) is NOW


def _world(db: Database, appointments: int) -> list[int]:
    with db.session() as session:
        session.add(ClientRow(first_name="Claire", last_name="Martin", mobile="+33612345678"))
        session.flush()
        start = dt.datetime(2027, 3, 22, 8, 0, tzinfo=dt.UTC)
        values = [
            AppointmentValues(1, start + dt.timedelta(hours=i), start + dt.timedelta(hours=i, minutes=20),
                              "", "Consultation", "", "")
            for i in range(appointments)
        ]  # fmt: skip
        return appointments_repo.insert_many(session, values, NOW)


def _notices(ids: list[int]) -> list[NoticeValues]:
    return [
        NoticeValues(
            client_id=1,
            kind=NoticeKind.MORNING_OF if i == 5 else NoticeKind.DAY_BEFORE,
            key=f"agenda:{i:040d}",
            due_at=dt.datetime(2027, 3, 21, 10, 0, tzinfo=PARIS) + dt.timedelta(days=i // 24),
            expires_at=None
            if i == 7
            else dt.datetime(2027, 3, 22, 7, 0, tzinfo=dt.UTC) + dt.timedelta(hours=i),
            appointment_id=appointment_id,
            template="Rappel RDV J-1" if i != 9 else "Rappel l'après-midi",
            values={"lieu": "Cabinet 2"} if i == 3 else {},
        )
        for i, appointment_id in enumerate(ids)
    ]


def _dump(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT *, typeof(due_at), typeof(expires_at), typeof(reason), typeof(message_id) FROM reminders"
            )
        ).all()
    return [tuple(row) for row in rows]


def test_reminders_written_in_bulk_store_what_bound_parameters_store(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _world(db, 40)
    with db.session() as session:
        assert repo.insert_many(session, _notices(ids), NOW) == 40
    folded = _dump(db)
    reference = Database(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    upgrade(reference, None)
    monkeypatch.setattr(bulk, "FOLD_FROM", 10**9)  # every value bound, row by row
    with reference.session() as session:
        repo.insert_many(session, _notices(_world(reference, 40)), NOW)
    bound = _dump(reference)
    reference.dispose()
    assert folded == bound
    with db.read() as session:
        found = repo.of_appointments(session, ids)
    for value in _notices(ids):
        (notice,) = found[value.appointment_id or 0]
        assert (notice.kind, notice.key, notice.template, dict(notice.values)) == (
            value.kind, value.key, value.template, dict(value.values),
        )  # fmt: skip
        assert (notice.due_at, notice.expires_at) == (value.due_at, value.expires_at)
        assert notice.status is NoticeStatus.PLANNED and notice.message_id is None and notice.reason is None
        assert notice.created_at == NOW == notice.updated_at
