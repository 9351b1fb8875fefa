"""The settings document (one JSON row), small key/value entries, and the database's own identity."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.settings import Settings
from desktop.storage.orm import SettingRow

SETTINGS_KEY = "settings"
#: A random id given to the database when it is created (or first used, for older ones): what the keyring
#: entries of its accounts are named after, so that two databases never share a secret.
DATABASE_ID_KEY = "database_id"


def get_value(session: Session, key: str) -> str | None:
    row = session.get(SettingRow, key)
    return row.value if row else None


def set_value(session: Session, key: str, value: str) -> None:
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value


def load(session: Session) -> Settings:
    return Settings.from_json(get_value(session, SETTINGS_KEY))


def save(session: Session, settings: Settings) -> None:
    set_value(session, SETTINGS_KEY, settings.to_json())


def database_id(session: Session) -> str | None:
    return get_value(session, DATABASE_ID_KEY)


def create_database_id(session: Session) -> str:
    """Give the database its identity, once: when it already has one, that one is returned."""
    existing = database_id(session)
    if existing:
        return existing
    value = uuid.uuid4().hex
    session.add(SettingRow(key=DATABASE_ID_KEY, value=value))
    session.flush()
    return value
