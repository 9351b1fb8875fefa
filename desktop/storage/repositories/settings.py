"""The settings document (one JSON row) and small key/value entries."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.settings import Settings
from desktop.storage.orm import SettingRow

SETTINGS_KEY = "settings"


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
