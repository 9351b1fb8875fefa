"""UTCDateTime: SQLite's one-step conversions store and read exactly what the generic chain (the DATETIME
type's conversion, then the decorator's) does, and the same rules hold (naive refused, aware UTC back)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg
from sqlalchemy.types import TypeDecorator

from desktop.storage.db import Database
from desktop.storage.orm import ClientRow
from desktop.storage.types import UTCDateTime

PARIS = ZoneInfo("Europe/Paris")
SQLITE = sqlite.dialect()
POSTGRESQL = PGDialect_psycopg()  # type: ignore[no-untyped-call]

MOMENTS = [
    dt.datetime(2027, 3, 22, 7, 0, tzinfo=dt.UTC),
    dt.datetime(2027, 3, 28, 2, 30, 15, 123456, tzinfo=dt.UTC),
    dt.datetime(2027, 3, 28, 3, 30, tzinfo=PARIS),  # the spring change, Paris time
    dt.datetime(2027, 10, 31, 2, 30, fold=1, tzinfo=PARIS),  # the autumn change, second 02:30
    dt.datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-10))),
    dt.datetime(1, 1, 2, tzinfo=dt.UTC),
    dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.UTC),
]
STORED = [
    "2027-03-22 07:00:00.000000",
    "2027-03-22 07:00:00",  # written without microseconds (by hand, a migration)
    "2027-03-22T07:00:00.250000",
    "2027-03-22 07:00:00.250",
    "2027-03-22 09:00:00+02:00",  # an offset of its own: the generic chain's reading is kept
    "2027-03-22",
    "0001-01-02 00:00:00.000000",
]


def _column_type(dialect: Any) -> Any:
    """The type as a statement uses it with this dialect (its implementation is the dialect's)."""
    return UTCDateTime().dialect_impl(dialect)


def _generic_bind(dialect: Any) -> Any:
    return TypeDecorator.bind_processor(_column_type(dialect), dialect)


def _generic_result(dialect: Any) -> Any:
    return TypeDecorator.result_processor(_column_type(dialect), dialect, None)


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
def test_sqlite_stores_the_same_text_as_the_generic_chain(moment: dt.datetime) -> None:
    fast = _column_type(SQLITE).bind_processor(SQLITE)
    assert fast is not None and fast.__qualname__.startswith("UTCDateTime.")  # the one-step function
    stored = fast(moment)
    assert stored == _generic_bind(SQLITE)(moment)
    assert dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC) == moment.astimezone(dt.UTC)


@pytest.mark.parametrize("value", STORED)
def test_sqlite_reads_the_same_moment_as_the_generic_chain(value: str) -> None:
    fast = _column_type(SQLITE).result_processor(SQLITE, None)
    assert fast is not None and fast.__qualname__.startswith("UTCDateTime.")
    read = fast(value)
    expected = _generic_result(SQLITE)(value)
    assert read == expected
    assert read.tzinfo is dt.UTC and read.utcoffset() == dt.timedelta(0)


@pytest.mark.parametrize("dialect", [SQLITE, POSTGRESQL], ids=["sqlite", "postgresql"])
def test_naive_datetimes_are_refused_and_none_stays_none(dialect: Any) -> None:
    bind = _column_type(dialect).bind_processor(dialect)
    result = _column_type(dialect).result_processor(dialect, None)
    assert bind is not None and result is not None
    with pytest.raises(ValueError, match="naive"):
        bind(dt.datetime(2027, 3, 22, 7, 0))
    assert bind(None) is None
    assert result(None) is None


def test_text_that_is_not_a_moment_is_refused_as_before() -> None:
    fast = _column_type(SQLITE).result_processor(SQLITE, None)
    assert fast is not None
    for broken in ("not a moment at all", "2027-13-45 99:00:00.000000"):
        with pytest.raises(ValueError):
            _generic_result(SQLITE)(broken)
        with pytest.raises(ValueError):
            fast(broken)


def test_a_round_trip_through_sqlite_keeps_the_moment_and_its_order(db: Database) -> None:
    with db.session() as session:
        session.add(ClientRow(first_name="A", last_name="B"))
        session.flush()
        session.execute(text("UPDATE clients SET created_at = '2027-01-01 00:00:00'"))
    with db.session() as session:
        row = session.get(ClientRow, 1)
        assert row is not None
        assert row.created_at == dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
        row.updated_at = MOMENTS[2]
    with db.read() as session:
        stored = session.execute(text("SELECT updated_at FROM clients WHERE id = 1")).scalar_one()
        assert stored == "2027-03-28 01:30:00.000000"
        row = session.get(ClientRow, 1)
        assert row is not None and row.updated_at == MOMENTS[2] and row.updated_at.tzinfo is dt.UTC
        later = session.execute(
            text("SELECT count(*) FROM clients WHERE updated_at > :at").bindparams(
                at=_generic_bind(SQLITE)(MOMENTS[0])
            )
        ).scalar_one()
        assert later == 1
