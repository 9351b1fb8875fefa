"""Many keys in one statement: rows of keys handed over as one JSON parameter and read as a table to join
with — SQLite's ``json_each``, PostgreSQL's ``jsonb_to_recordset`` — instead of ``IN`` lists cut in chunks
of a few hundred (:mod:`.chunks`), one statement each.

Planning the reminders of 10 000 new appointments reads each client's appointments of the day this way: one
statement for ten thousand (client, day) pairs, each found through the ``(client_id, start_at)`` index.
Comptoir runs on SQLite and PostgreSQL only; another database is refused here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import String, bindparam, cast, column, func, select, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Subquery
from sqlalchemy.types import TypeEngine

from desktop.storage.repositories.bulk import once_per_value

#: A column of the rows: its name and its type (the type of the table column it is compared with).
KeyColumn = tuple[str, TypeEngine[Any]]


def _json_value(dialect: Dialect, type_: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """A function giving each value as the database compares it: the column type's own conversion (SQLite's
    stored text of a moment, naive UTC for PostgreSQL), written as JSON can hold it; once per distinct
    value (ten thousand (client, day) pairs share a few hundred days). None: the values as they are."""
    processor = type_.dialect_impl(dialect).bind_processor(dialect)
    if processor is None:
        return None

    def convert(value: Any) -> Any:
        value = processor(value)
        if isinstance(value, dt.datetime):
            return value.isoformat(" ")
        return value.isoformat() if isinstance(value, dt.date) else value

    return once_per_value(convert)


def key_rows(
    session: Session, name: str, columns: Sequence[KeyColumn], rows: Iterable[Sequence[Any]]
) -> Subquery:
    """The `rows` as a table named `name` with these `columns` (``.c.<name>``), handed over as one parameter.

    The values are converted column by column (C loops, no container a row beyond the tuples JSON writes):
    ten thousand keys make no work for the garbage collector."""
    dialect = session.connection().dialect
    by_column: list[list[Any]] = [[] for _column in columns]
    for index, values in enumerate(zip(*rows, strict=True)):
        convert = _json_value(dialect, columns[index][1])
        by_column[index] = list(values) if convert is None else list(map(convert, values))
    if dialect.name == "sqlite":
        if len(columns) == 1:  # a plain array: json_each's value is the key
            text = bindparam(f"{name}_rows", json.dumps(by_column[0], ensure_ascii=False), type_=String)
            each = func.json_each(text).table_valued("value")
            ((column_name, type_),) = columns
            return (
                select(type_coerce(each.c.value, type_).label(column_name)).select_from(each).subquery(name)
            )
        text = bindparam(
            f"{name}_rows", json.dumps(list(zip(*by_column, strict=True)), ensure_ascii=False), type_=String
        )
        each = func.json_each(text).table_valued("value")
        picked = [
            func.json_extract(each.c.value, f"$[{index}]", type_=type_).label(column_name)
            for index, (column_name, type_) in enumerate(columns)
        ]
        return select(*picked).select_from(each).subquery(name)
    if dialect.name == "postgresql":
        names = [column_name for column_name, _type in columns]
        records = json.dumps(
            [dict(zip(names, row, strict=True)) for row in zip(*by_column, strict=True)], ensure_ascii=False
        )
        document = cast(bindparam(f"{name}_rows", records, type_=String), JSONB)
        table = (
            func.jsonb_to_recordset(document)
            .table_valued(*(column(column_name, type_) for column_name, type_ in columns))
            .render_derived(f"{name}_records", with_types=True)
        )
        return select(table).subquery(name)
    raise ValueError(f"rows of keys are not written for {dialect.name}")
