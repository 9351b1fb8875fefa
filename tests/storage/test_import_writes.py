"""Bulk writes of an import: records stand for ClientValues, and a batch's constant columns written as
literals store exactly what bound parameters store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.core.entities import ConsentState
from desktop.storage.db import Database
from desktop.storage.repositories import bulk, client_records
from desktop.storage.repositories import imports as repo
from desktop.storage.repositories.client_records import ClientRecord, record_of
from desktop.storage.repositories.clients import ClientValues
from desktop.storage.schema import upgrade

NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


def _values(i: int, **changes: Any) -> ClientValues:
    base = ClientValues(
        first_name="Élodie", last_name=f"Nom{i}", civility="Mme", mobile=f"+3361234{i:04d}", other_phone=None,
        email="", address="l'Haÿ-les-Roses ? %s :name", postal_code="94240", city="L'Haÿ", birthday=None,
        tags=(), notes="", language="fr", region="FR", subdiv="94",
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def test_records_and_their_positions_match_client_values() -> None:
    values = _values(1, birthday=dt.date(1980, 1, 2), tags=("vip",), other_phone="+33123456789")
    record = record_of(values)
    assert ClientValues(*record) == values
    names = [f.name for f in dataclasses.fields(ClientValues)]
    for position, name in [("FIRST", "first_name"), ("LAST", "last_name"), ("MOBILE", "mobile"),
                           ("OTHER_PHONE", "other_phone"), ("EMAIL", "email"), ("CITY", "city"),
                           ("BIRTHDAY", "birthday"), ("TAGS", "tags")]:  # fmt: skip
        assert names[getattr(client_records, position)] == name


def _dump(db: Database) -> list[tuple[Any, ...]]:
    with db.read() as session:
        clients = session.execute(
            text(
                "SELECT *, typeof(mobile), typeof(other_phone), typeof(birthday), typeof(postal_code) "
                "FROM clients ORDER BY id"
            )
        ).all()
        tags = session.execute(text("SELECT * FROM client_tags ORDER BY client_id, tag")).all()
    return [tuple(row) for row in [*clients, *tags]]


def _insert(db: Database, records: list[ClientRecord]) -> None:
    with db.session() as session:
        repo.insert_clients(session, [(r, ConsentState.GRANTED, ConsentState.UNKNOWN) for r in records], NOW)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"notes": "a\x00b"},  # NUL is never written as a literal
        {"birthday": dt.date(1980, 1, 2), "other_phone": "+33123456789", "tags": ("vip", "l'été")},
        {"postal_code": "06000", "city": ""},
    ],
)
def test_constant_columns_as_literals_store_what_parameters_store(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changes: dict[str, Any]
) -> None:
    records = [record_of(_values(i, **changes)) for i in range(40)]
    records[7] = record_of(_values(7, **{**changes, "email": "x@y.fr"}))  # one row differs there
    _insert(db, records)
    folded = _dump(db)
    reference = Database(f"sqlite:///{tmp_path / 'reference.sqlite3'}")
    upgrade(reference, None)
    monkeypatch.setattr(bulk, "FOLD_FROM", 10**9)  # every value bound, row by row
    _insert(reference, records)
    bound = _dump(reference)
    reference.dispose()
    assert folded == bound
    assert len(folded) == 40 + 40 * len(changes.get("tags", ()))
    assert folded[0][7] == "l'Haÿ-les-Roses ? %s :name"


def test_only_text_and_null_columns_alike_in_every_row_become_literals() -> None:
    rows = [(i, "a", None, 5, "it's", "x\x00") for i in range(40)]
    columns, kept = bulk.fold_constants(["?"] * 6, rows)
    assert columns == ["?", "'a'", "NULL", "?", "'it''s'", "?"]
    assert kept == [(i, 5, "x\x00") for i in range(40)]
    alike = [("a", None)] * 40  # nothing would be left to bind: the rows stay as they are
    assert bulk.fold_constants(["?", "?"], alike) == (["?", "?"], alike)
