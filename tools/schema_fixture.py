"""Write the fixture database of a schema revision: ``tests/data/schema_<revision>.sql``.

    python tools/schema_fixture.py [--revision REV] [--output FILE]

An empty SQLite database is migrated to the revision (default: the newest), a few rows are put in every
table — the same rows at every revision, each column filled when the revision has it — and the database is
dumped as SQL. Run it when a version of Comptoir is released: the schema history test
(``tests/storage/test_schema_history.py``) then migrates that fixture, on SQLite and PostgreSQL, through
every later migration, and checks that every value is still there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, MetaData, create_engine, insert

ROOT = Path(__file__).resolve().parents[1]
AT = dt.datetime(2026, 1, 15, 10, 0)  # naive UTC, as stored

#: The sample rows, by table, in an order that satisfies the foreign keys.
ROWS: dict[str, list[dict[str, Any]]] = {
    "clients": [
        {
            "id": 1, "civility": "Mme", "first_name": "Claire", "last_name": "Martin", "mobile": "+33612345678",
            "other_phone": None, "email": "claire@example.fr", "address": "3 place Bellecour",
            "postal_code": "75011", "city": "Paris", "birthday": dt.date(1985, 4, 23), "notes": "Préfère le matin",
            "language": "fr", "region": "FR", "subdiv": None, "promotional_consent": "granted",
            "transactional_consent": "unknown", "number_status": "ok",
            "search_key": "martin claire claire@example.fr paris +33612345678 0612345678",
            "last_visit": dt.date(2026, 1, 10), "created_at": AT, "updated_at": AT,
        },
        {
            "id": 2, "civility": "M.", "first_name": "Jean", "last_name": "Dupont", "mobile": None,
            "other_phone": "+33387000000", "email": "", "address": "", "postal_code": "57000", "city": "Metz",
            "birthday": None, "notes": "", "language": "fr", "region": "FR", "subdiv": "57",
            "promotional_consent": "unknown", "transactional_consent": "unknown", "number_status": "ok",
            "search_key": "dupont jean metz", "last_visit": None, "created_at": AT, "updated_at": AT,
        },
    ],
    "client_tags": [{"client_id": 1, "tag": "lunettes"}, {"client_id": 1, "tag": "fidèle"}],
    "consent_events": [
        {
            "id": 1, "client_id": 1, "number_hash": None, "purpose": "promotional", "state": "granted",
            "source": "paper", "wording": "Case cochée", "recorded_by": "Mme Martin", "reference": "", "at": AT,
        },
        {
            "id": 2, "client_id": None, "number_hash": "0" * 64, "purpose": "transactional",
            "state": "withdrawn", "source": "sms_reply", "wording": "", "recorded_by": "", "reference": "R7",
            "at": AT,
        },
    ],
    "suppressions": [{"number_hash": "0" * 64, "scope": "all", "source": "sms_reply", "created_at": AT}],
    "templates": [
        {
            "id": 1, "name": "Lunettes prêtes", "purpose": "transactional", "sector": "optician",
            "body": "Bonjour {prenom}, vos lunettes sont prêtes.", "active": True, "created_at": AT,
            "updated_at": AT,
        }
    ],
    "campaigns": [
        {
            "id": 1, "name": "Soldes", "template_id": 1, "filter_json": "{}", "scheduled_at": None,
            "rate_per_minute": 60, "status": "draft", "created_at": AT,
        }
    ],
    "provider_accounts": [
        {
            "id": 1, "name": "Simulateur", "provider": "simulator", "sender": "OPTMARTIN", "base_url": None,
            "options_json": "{}", "rate_per_second": 5.0, "price_cents_per_segment": 7, "is_default": True,
            "is_fallback": False, "inbound_cursor": None, "created_at": AT,
        }
    ],
    "appointments": [
        {
            "id": 1, "client_id": 1, "start_at": AT + dt.timedelta(days=7), "end_at": AT + dt.timedelta(days=7, minutes=30),
            "staff": "Dr Petit", "kind": "Contrôle", "reason": "", "status": "planned", "source": "user",
            "created_at": AT, "updated_at": AT,
        }
    ],
    "orders": [
        {
            "id": 1, "client_id": 1, "label": "Lunettes progressives", "status": "ready", "amount_cents": 42000,
            "ready_at": AT, "collected_at": None, "created_at": AT, "updated_at": AT,
        }
    ],
    "messages": [
        {
            "id": 1, "client_id": 1, "to_number": "+33612345678", "body": "Bonjour Claire, vos lunettes sont prêtes.",
            "encoding": "UCS-2", "segments": 1, "cost_cents": 7, "purpose": "transactional", "template_id": 1,
            "campaign_id": None, "appointment_id": 1, "order_id": 1, "account_id": 1,
            "provider_message_id": "SIM-1", "status": "delivered", "due_at": AT, "next_attempt_at": None,
            "attempts": 1, "error_code": None, "error_detail": "", "idempotency_key": "k" * 32,
            "claimed_by": "desk:1", "claimed_at": AT, "sent_at": AT, "final_at": AT, "urgent": False,
            "created_at": AT, "updated_at": AT,
        }
    ],
    "message_events": [
        {"id": 1, "message_id": 1, "status": "queued", "at": AT, "detail": ""},
        {"id": 2, "message_id": 1, "status": "delivered", "at": AT, "detail": ""},
    ],
    "inbound_messages": [
        {
            "id": 1, "account_id": 1, "provider_id": "IN-1", "from_number": "+33612345678", "to_number": "",
            "client_id": 1, "text": "Merci !", "received_at": AT, "interpretation": "unknown", "handled": True,
            "assignee": "", "created_at": AT,
        }
    ],
    "settings": [{"key": "settings", "value": '{"version": 1, "sender": "OPTMARTIN"}'}],
}  # fmt: skip


def _filler(column: Any) -> Any:
    """A value for a required column the sample rows do not know (added by a later migration)."""
    kind = column.type
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer):
        return 1
    if isinstance(kind, Float):
        return 0.0
    if isinstance(kind, DateTime):
        return AT
    if isinstance(kind, Date):
        return AT.date()
    return ""


def build(revision: str, target: Path) -> None:
    """A SQLite database at ``revision`` holding the sample rows, in ``target``."""
    from alembic import command

    from desktop.storage.db import Database
    from desktop.storage.schema import alembic_config

    db = Database(f"sqlite:///{target}")
    with db.engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    db.dispose()
    engine = create_engine(f"sqlite:///{target}")
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        for name, rows in ROWS.items():
            if name not in tables.tables:
                continue
            table = tables.tables[name]
            for sample in rows:
                row = {c.name: sample[c.name] for c in table.columns if c.name in sample}
                for column in table.columns:
                    if column.name not in row and not column.nullable and column.server_default is None:
                        row[column.name] = _filler(column)
                connection.execute(insert(table).values(row))
    engine.dispose()


def dump(database: Path, revision: str) -> str:
    connection = sqlite3.connect(database)
    try:
        lines = list(connection.iterdump())
    finally:
        connection.close()
    header = f"-- Comptoir database at schema revision {revision}, with a few rows in every table.\n"
    header += "-- Written by tools/schema_fixture.py: regenerate it rather than editing it.\n"
    return header + "\n".join(lines) + "\n"


def main() -> int:
    from desktop.storage.schema import head_revision

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--revision", default=None, help="schema revision (default: the newest)")
    parser.add_argument("--output", type=Path, default=None, help="default: tests/data/schema_<revision>.sql")
    args = parser.parse_args()
    revision = args.revision or head_revision()
    output = args.output or ROOT / "tests" / "data" / f"schema_{revision}.sql"
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "fixture.sqlite3"
        build(revision, database)
        output.write_text(dump(database, revision), encoding="utf-8")
    print(f"{output} written (revision {revision})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
