"""Business settings: read once, cached, saved as one document; everyone is told when they change."""

from __future__ import annotations

import threading

from desktop.services.changes import ChangeHub, Changes
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.repositories import settings as repo


class SettingsService:
    def __init__(self, db: Database, hub: ChangeHub) -> None:
        self._db = db
        self._hub = hub
        self._lock = threading.Lock()
        self._cached: Settings | None = None

    def get(self) -> Settings:
        with self._lock:
            if self._cached is None:
                with self._db.read() as session:
                    self._cached = repo.load(session)
            return self._cached

    def save(self, settings: Settings) -> None:
        with self._db.session() as session:
            repo.save(session, settings)
        with self._lock:
            self._cached = settings
        self._hub.publish(Changes(settings=True))

    def reload(self) -> Settings:
        """Forget the cache (another desk may have changed the settings)."""
        with self._lock:
            self._cached = None
        return self.get()
