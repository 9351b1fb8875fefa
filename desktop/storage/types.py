"""Column types shared by the mapped classes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Final

from sqlalchemy import DateTime
from sqlalchemy.dialects.sqlite import DATETIME as SQLITE_DATETIME
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

#: The suffix that makes SQLite's naive UTC text parse straight into an aware UTC datetime.
_UTC_SUFFIX: Final = "+00:00"
#: Length of ``YYYY-MM-DD HH:MM:SS.ffffff``, the text SQLAlchemy's SQLite ``DATETIME`` stores, and of the
#: same without microseconds (text written by hand or by a migration).
_SQLITE_TEXT_LENGTH: Final = 26
_SHORTEST_TEXT: Final = 19


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as naive UTC; always returns aware UTC datetimes.

    SQLite has no time zone type; PostgreSQL's ``timestamp`` is used the same way so both behave alike.
    A naive datetime is refused: every time inside Comptoir is aware.

    On SQLite each value is converted by one function instead of two (the ``DATETIME`` type's, then
    :meth:`process_bind_param` / :meth:`process_result_value`): a week of the agenda reads thousands of
    these, planning reminders writes tens of thousands. The fast functions store and read exactly what
    the generic chain does (``tests/storage/test_types.py``); anything they do not expect goes through the
    generic chain.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text (e.g. written by a migration)
            value = dt.datetime.fromisoformat(value)
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        generic = super().bind_processor(dialect)
        if generic is None or not isinstance(self.impl_instance, SQLITE_DATETIME):
            return generic
        utc, datetime = dt.UTC, dt.datetime

        def process(value: Any) -> Any:
            if type(value) is datetime and value.tzinfo is not None:
                # "2027-03-22 07:00:00.000000+00:00" without its offset: the DATETIME type's text
                return value.astimezone(utc).isoformat(" ", "microseconds")[:_SQLITE_TEXT_LENGTH]
            return generic(value)  # None, a naive datetime (refused), anything else

        return process

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        generic = super().result_processor(dialect, coltype)
        if generic is None or not isinstance(self.impl_instance, SQLITE_DATETIME):
            return generic
        parse = dt.datetime.fromisoformat

        def process(value: Any) -> Any:
            if type(value) is str and len(value) >= _SHORTEST_TEXT:
                try:
                    parsed = parse(value + _UTC_SUFFIX)
                except ValueError:
                    pass  # not the stored text (an offset of its own…): the generic chain decides
                else:
                    return parsed
            return generic(value)

        return process


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
