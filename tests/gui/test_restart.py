"""The whole application reopening on other data: a backup restored from the window, a damaged database
at start-up restored from the refusal itself, a desk whose server is out of reach working on its own file,
and the window following what another desk changes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import database_choice
from desktop.context import open_context
from desktop.core import catalogue
from desktop.core.entities import ClientDraft, ClientQuery
from desktop.database_choice import ServerAddress
from desktop.paths import AppPaths, DbOrigin, resolve
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientService
from desktop.storage.db import Database
from desktop.ui import application
from desktop.ui.application import Startup
from desktop.ui.dialogs.startup_refusal import Rescue, StartupRefusal
from desktop.ui.settings.backups import RestoreConfirmation
from desktop.ui.tasks import SyncTaskRunner

Start = Callable[..., Startup]


def _begin(qtbot, startup: Startup) -> None:
    """Start, and wait until the database is open (or refused): the window builds on the event loop."""
    startup.begin()
    qtbot.waitUntil(lambda: startup.shell is not None or startup.exit_code != 0, timeout=10_000)


def _prepare(paths: AppPaths, *names: str) -> Path | None:
    """A database past its first start, with these clients and (when there are some) a manual backup."""
    context = open_context(paths)
    try:
        context.settings.save(dataclasses.replace(context.settings.get(), first_run_done=True))
        for name in names:
            context.clients.create(ClientDraft(last_name=name))
        return context.backups.backup_now().path if names else None
    finally:
        context.close()


@pytest.fixture
def start(qapp: QApplication, monkeypatch) -> Iterator[Start]:
    """Startups whose tasks run at once on the UI thread (the dispatcher still has its own thread)."""
    monkeypatch.setattr(application, "TaskRunner", lambda parent=None: SyncTaskRunner(parent))
    # Startup quits the application when it gives up: not the test run's (every later event loop would
    # return at once).
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: None))
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Ok))
    language, locale = catalogue.language(), QLocale()
    started: list[Startup] = []

    def make(paths: AppPaths) -> Startup:
        startup = Startup(qapp, paths, smoke=False)
        started.append(startup)
        return startup

    yield make
    for startup in started:
        startup.close()
        for translator in startup.translators:
            qapp.removeTranslator(translator)
    catalogue.set_language(language)
    QLocale.setDefault(locale)


def test_a_backup_restored_from_the_window_reopens_every_service_on_it(
    qtbot, app_paths: AppPaths, start: Start, monkeypatch
) -> None:
    copy = _prepare(app_paths, "Martin", "Dupont")
    assert copy is not None
    startup = start(app_paths)
    _begin(qtbot, startup)
    assert startup.shell is not None and startup.context is not None
    startup.context.clients.create(ClientDraft(last_name="Ajouté après"))
    qtbot.waitUntil(lambda: startup.shell is not None and startup.shell.clients_view.model.rowCount() == 3)
    first_shell = startup.shell
    areas = startup.window.areas()

    monkeypatch.setattr(RestoreConfirmation, "ask", staticmethod(lambda *_a, **_k: True))
    startup.window.area("settings")  # Réglages, built when first shown
    assert first_shell.backups_panel is not None
    first_shell.backups_panel.check_then_confirm(copy)

    shell, context = startup.shell, startup.context
    assert shell is not None and context is not None and shell is not first_shell
    assert sorted(
        c.last_name for c in context.clients.get_many(context.clients.search_ids(ClientQuery()))
    ) == [
        "Dupont",
        "Martin",
    ]
    qtbot.waitUntil(lambda: shell.clients_view.model.rowCount() == 2)
    assert startup.window.areas() == areas and "settings" in areas
    assert shell.runner.running  # the dispatcher sends again, from the restored outbox
    assert "restaurée (2 clients)" in startup.window.statusBar().currentMessage()
    kept = sorted(app_paths.backup_dir.glob("comptoir-before-restore-*.sqlite3"))
    assert len(kept) == 1  # the data replaced, kept


def test_a_damaged_database_at_start_up_offers_the_last_backup_directly(
    qtbot, app_paths: AppPaths, start: Start, monkeypatch
) -> None:
    _prepare(app_paths, "Martin", "Dupont")
    database = app_paths.db_file
    assert database is not None
    database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    offered: list[tuple[str, int | None]] = []

    def ask(message, *, latest=None, can_go_local=False, zone=None, parent=None):
        offered.append((message, latest.clients if latest else None))
        return Rescue.RESTORE

    monkeypatch.setattr(StartupRefusal, "ask", staticmethod(ask))
    startup = start(app_paths)
    _begin(qtbot, startup)
    assert [(("endommagée" in m), n) for m, n in offered] == [(True, 2)]
    assert startup.context is not None and startup.context.clients.count() == 2
    assert startup.exit_code == 0 and startup.shell is not None
    assert list(app_paths.backup_dir.glob("comptoir-damaged-*.sqlite3"))  # the damaged file, kept


def test_a_damaged_database_without_any_backup_is_refused(
    qtbot, app_paths: AppPaths, start: Start, monkeypatch
) -> None:
    _prepare(app_paths)
    database = app_paths.db_file
    assert database is not None
    database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    monkeypatch.setattr(
        StartupRefusal, "ask", staticmethod(lambda *_a, **_k: pytest.fail("nothing to offer"))
    )
    startup = start(app_paths)
    _begin(qtbot, startup)
    assert startup.exit_code == 1 and startup.context is None


def test_a_desk_whose_server_is_out_of_reach_can_work_on_its_own_file(
    qtbot, tmp_path: Path, start: Start, monkeypatch, mem_keyring
) -> None:
    database_choice.save(
        tmp_path, ServerAddress(host="127.0.0.1", port=1, database="comptoir", user="accueil")
    )
    paths = resolve(tmp_path)
    assert paths.db_origin is DbOrigin.SAVED
    offered: list[bool] = []

    def ask(message, *, latest=None, can_go_local=False, zone=None, parent=None):
        offered.append(can_go_local and "ne répond pas" in message)
        return Rescue.USE_LOCAL

    monkeypatch.setattr(StartupRefusal, "ask", staticmethod(ask))
    monkeypatch.setattr(application.Startup, "_first_run", lambda self: None)
    startup = start(paths)
    _begin(qtbot, startup)
    assert offered == [True]
    assert startup.context is not None and startup.context.db.is_sqlite
    assert startup.paths.db_origin is DbOrigin.DEFAULT and resolve(tmp_path).server is None


def test_the_window_follows_another_desk_without_being_refreshed(
    qtbot, app_paths: AppPaths, start: Start
) -> None:
    _prepare(app_paths, "Martin")
    startup = start(app_paths)
    _begin(qtbot, startup)
    shell = startup.shell
    assert shell is not None
    qtbot.waitUntil(lambda: shell.clients_view.model.rowCount() == 1)
    shell.watcher.timer.setInterval(50)
    other = Database(app_paths.db_url)  # another desk (or `dispatch` in another process)
    try:
        ClientService(other, ChangeHub(), desk="CABINET-2").create(ClientDraft(last_name="Dupont"))
        qtbot.waitUntil(lambda: shell.clients_view.model.rowCount() == 2, timeout=5000)
    finally:
        other.dispose()
