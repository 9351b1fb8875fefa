"""Inserting thousands of rows in one ``executemany`` of plain values (an import's clients, the reminders of
a bulk booking), without ORM objects.

On SQLite the values are handed to the driver in its own form — each column type's conversion applied once
per distinct value (:func:`driver_values`) — and the statement goes to the driver directly: SQLAlchemy's
per-row parameter processing costs more than the insert itself. A batch's constant columns are literals
of the statement (:func:`fold_constants`). Other databases get Python values, which Core converts.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import Any, Final

from sqlalchemy import Column, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

#: Rows from which a batch's constant columns are written as literals (see :func:`fold_constants`).
FOLD_FROM: Final = 32


def driver_value(dialect: Dialect, column: Column[Any], value: Any) -> Any:
    """On SQLite, ``value`` as the driver receives it (the column type's own conversion, applied once for a
    whole batch); elsewhere the value itself, which Core converts (see :func:`insert_rows`)."""
    if dialect.name != "sqlite" or value is None:
        return value
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return processor(value) if processor is not None else value


def driver_values(dialect: Dialect, column: Column[Any]) -> Callable[[Any], Any]:
    """:func:`driver_value` for one column as a function, converting each distinct value once (a bulk
    booking's reminders share a few hundred moments)."""
    if dialect.name != "sqlite":
        return lambda value: value
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return once_per_value(processor) if processor is not None else lambda value: value


def once_per_value(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`convert`, called once per distinct value (its results are kept)."""
    seen: dict[Any, Any] = {}
    # Two datetimes of one zone at the same wall time compare equal even when they are the two instants of
    # the autumn's repeated hour: the second one (``fold``) is kept apart.
    second: dict[Any, Any] = {}

    def converted(value: Any) -> Any:
        kept = second if getattr(value, "fold", 0) else seen
        try:
            return kept[value]
        except KeyError:
            result = kept[value] = convert(value)
            return result

    return converted


def fold_constants(values: list[str], rows: list[tuple[Any, ...]]) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Columns holding the same text (or NULL) in every row become literals of the statement.

    Binding a parameter costs more than SQLite's work for it; a batch has many such columns (an import's
    empty address and notes, the language, the consent states, the time stamps; a reminder's status and
    kind). SQLite stores a literal exactly as the same bound value. Only text without NUL and None are
    folded. The rows are read in place, column by column, and cut down once to the columns left (ten
    thousand rows: no copies for the collector to go through).
    """
    first_row, middle_row, last_row = rows[0], rows[len(rows) // 2], rows[-1]
    kept: list[int] = []
    for index, first in enumerate(first_row):
        if last_row[index] != first or middle_row[index] != first:  # most varying columns tell at once
            kept.append(index)
        elif first is None and _all_alike(rows, index, None, operator.is_):
            values[index] = "NULL"
        elif type(first) is str and "\x00" not in first and _all_alike(rows, index, first, operator.eq):
            values[index] = "'" + first.replace("'", "''") + "'"
        else:
            kept.append(index)
    if not kept:  # every row the same (no id among the columns): nothing to gain
        return ["?"] * len(values), rows
    if len(kept) == len(first_row):
        return values, rows
    if len(kept) == 1:
        return values, [(row[kept[0]],) for row in rows]
    return values, list(map(operator.itemgetter(*kept), rows))


def _all_alike(rows: list[tuple[Any, ...]], index: int, value: Any, same: Callable[[Any, Any], Any]) -> bool:
    """Whether every row holds `value` at `index` (compared by `same`), in one pass of C loops."""
    return all(map(same, map(operator.itemgetter(index), rows), repeat(value)))


def insert_rows(session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """One ``executemany`` of rows whose values are already in the driver's form (see :func:`driver_value`).

    SQLite gets the statement directly; other databases go through Core.
    """
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        values = ["?"] * len(columns)
        if len(rows) >= FOLD_FROM:
            values, rows = fold_constants(values, rows)
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join(values)})"
        connection.exec_driver_sql(sql, rows)
    else:
        connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
