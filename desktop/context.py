"""Composition root shared by the window and the command line: open storage, migrate, build services."""

from __future__ import annotations

from dataclasses import dataclass

from desktop import logs
from desktop.paths import AppPaths
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientService
from desktop.services.settings import SettingsService
from desktop.storage.db import Database
from desktop.storage.schema import UpgradeReport, upgrade


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    hub: ChangeHub
    settings: SettingsService
    clients: ClientService
    migration: UpgradeReport

    def close(self) -> None:
        self.db.dispose()


def open_context(paths: AppPaths) -> AppContext:
    """Open (and migrate) the database and build the services. Raises StorageError on environment trouble."""
    paths.ensure()
    logs.setup(paths.log_dir)
    db = Database(paths.db_url)
    try:
        report = upgrade(db, paths.backup_dir)
    except Exception:
        db.dispose()
        raise
    hub = ChangeHub()
    settings = SettingsService(db, hub)
    region = settings.get().business.region
    return AppContext(
        paths=paths,
        db=db,
        hub=hub,
        settings=settings,
        clients=ClientService(db, hub, default_region=region),
        migration=report,
    )
