"""Starting the window when the environment is unkind: a log folder that cannot be written, a data folder
that refuses the dispatcher's lock file. The window opens and says so; nothing crashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop import logs
from desktop.core import catalogue
from desktop.core.clock import FakeClock
from desktop.paths import AppPaths, resolve
from desktop.services.dispatch.report import DispatcherState, DispatcherStatus
from desktop.ui import application
from desktop.ui.application import Startup
from desktop.ui.dispatch_runner import CANNOT_START, DispatcherRunner, describe
from desktop.ui.tasks import SyncTaskRunner
from tests.services.dispatcher_env import make_env


def test_a_log_folder_in_the_way_is_shown_in_the_status_bar(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(application, "TaskRunner", lambda _parent: SyncTaskRunner())
    paths: AppPaths = resolve(tmp_path / "data")
    paths.ensure()
    paths.log_dir.write_text("a file where the folder should be")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language, locale = catalogue.language(), QLocale()
    exits: list[int] = []
    monkeypatch.setattr(app, "exit", exits.append)  # --smoke quits once the list answers: not the tests' app
    startup = Startup(app, paths, smoke=True)
    qtbot.addWidget(startup.window)
    try:
        startup.begin()
        qtbot.waitUntil(lambda: startup.shell is not None, timeout=10_000)
        message = startup.window.statusBar().currentMessage()
        assert "Le journal ne peut pas être écrit" in message and str(paths.log_dir) in message
        assert logs.problem() is not None
        assert exits and set(exits) == {0}  # the smoke start-up went through
    finally:
        startup.close()
        for translator in startup.translators:  # the start-up installed them on the application
            app.removeTranslator(translator)
        catalogue.set_language(language)
        QLocale.setDefault(locale)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_data_folder_refusing_the_lock_file_keeps_sending_off_and_says_why(
    qtbot, db, tmp_path: Path
) -> None:
    (tmp_path / "dispatcher.lock").symlink_to("/dev/full")
    env = make_env(db, FakeClock())
    runner = DispatcherRunner(env.dispatcher(), tmp_path)
    states: list[DispatcherState] = []
    runner.state_changed.connect(states.append)

    assert runner.start() is False

    assert states == [CANNOT_START] and not runner.running
    assert CANNOT_START.status is DispatcherStatus.ERROR
    assert "le dossier des données refuse l'écriture" in describe(CANNOT_START)
