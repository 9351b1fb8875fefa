"""Starting the graphical application (and ``--smoke``, the same start-up checked offscreen).

The window is shown first — within a few tens of milliseconds of Qt being ready — and the database is opened
(and migrated, after a backup) on a worker thread meanwhile; the views appear as soon as it is ready. A
database that cannot be opened is explained in French and the application quits without touching it.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, logs
from desktop.core import catalogue
from desktop.paths import AppPaths, DataFolderError
from desktop.storage.errors import StorageError
from desktop.ui import i18n, icons, platform_check, style
from desktop.ui.crash import CrashHandler
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.ui.shell import Shell

log = logs.get("app")
SMOKE_TIMEOUT_MS = 30_000
#: When set, ``--smoke`` prints when the window was shown and when the list answered (bench/startup.py).
ENV_REPORT_TIMES = "COMPTOIR_REPORT_TIMES"

_IGNORED_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: 10,
    QtMsgType.QtInfoMsg: 20,
    QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40,
    QtMsgType.QtFatalMsg: 50,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to our log file instead of the terminal."""
    if message not in _IGNORED_QT_MESSAGES:
        logs.get("ui").log(_QT_LEVELS.get(kind, 30), "Qt: %s", message)


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setQuitOnLastWindowClosed(True)
    style.apply(app)
    return app


def window_settings(paths: AppPaths) -> QSettings:
    """Per-workstation preferences (window geometry, interface language) in the data folder."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.data_dir / "window.ini"), QSettings.Format.IniFormat)


class Startup:
    """Shows the window at once, opens the database off the UI thread, then builds the views."""

    def __init__(self, app: QApplication, paths: AppPaths, *, smoke: bool) -> None:
        self.app = app
        self.paths = paths
        self.smoke = smoke
        self.exit_code = 0
        self.shell: Shell | None = None
        self.context: AppContext | None = None
        self.times: dict[str, float] = {}
        self.preferences = window_settings(paths)
        self.translators = i18n.install(app, str(self.preferences.value("ui/language", "fr")))
        self.tasks = TaskRunner(app)
        self.window = MainWindow(self.preferences)
        self.window.show_loading(QCoreApplication.translate("MainWindow", "Ouverture de la base de données…"))

    def begin(self) -> None:
        self.window.restore_geometry()
        self.window.show()
        self.times["window_shown"] = time.time()
        self.tasks.run(self._open, on_done=self._opened, on_error=self._failed)

    def _open(self) -> AppContext:
        from desktop.context import open_context  # SQLAlchemy and Alembic load here, off the UI thread

        context = open_context(self.paths)
        context.settings.get()
        return context

    def _opened(self, context: AppContext) -> None:
        from desktop.ui.shell import Shell

        self.context = context
        self.shell = Shell(context, self.tasks, self.window, self.preferences, run_dispatcher=not self.smoke)
        self.shell.clients_view.search_finished.connect(self._list_ready)
        self.shell.quit_requested.connect(lambda: self.app.exit(0))
        self.shell.start()
        if not self.smoke and not context.settings.get().first_run_done:
            QTimer.singleShot(0, self._first_run)

    def _first_run(self) -> None:
        """Journey 1: a short wizard, ending on the client list with the simulator (or the user's account)."""
        from desktop.ui.dialogs.first_run import FirstRunWizard

        assert self.context is not None and self.shell is not None
        result = FirstRunWizard.ask(
            self.context.settings, self.context.templates, self.context.accounts, self.tasks, self.window
        )
        if result is not None:
            self.window.show_area("clients")
            self.shell.banner.set_visible_for(result.default_account)

    def _list_ready(self, rows: int) -> None:
        if "list_ready" not in self.times:
            self.times["list_ready"] = time.time()
            self.times["rows"] = rows
            if self.smoke:
                self.app.exit(0)  # exit(), not quit(): quit() would close the windows before the checks
                return
            # The first screen is there: the icon library loads now, off the UI thread, then the
            # navigation draws its icons (loading it earlier delayed the list by a few hundred ms).
            self.tasks.run(icons.preload, on_done=lambda _r: self.window.navigation.load_icons())

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DataFolderError):
            message = error.message()
        else:
            message = catalogue.explain(error.code if isinstance(error, StorageError) else "unknown_error")
        log.error("cannot open the database: %s", getattr(error, "code", None) or repr(error))
        self.exit_code = _refuse(message, smoke=self.smoke, parent=self.window)
        self.app.exit(self.exit_code)

    def close(self) -> None:
        if self.shell is not None:
            self.shell.shutdown()
        self.tasks.wait()
        self.window.close()
        if self.context is not None:
            self.context.close()
        # Every widget goes now, while the application and its style sheet still exist: left to the
        # interpreter's exit, PySide destroys the application first and a styled widget may crash then.
        if self.shell is not None and self.shell.tray is not None:
            self.shell.tray.hide()
        shiboken6.delete(self.window)


def run_gui(paths: AppPaths, *, smoke: bool = False, verbose: bool = False) -> int:
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = platform_check.check()
    if problem is not None:  # Qt would abort in English, naming the wrong package: say it in French
        print(problem.message(), file=sys.stderr)
        return 1
    qInstallMessageHandler(_qt_message)
    logs.setup(None, verbose=verbose)
    app = make_application()
    try:
        paths.ensure()
    except DataFolderError as exc:  # before any window: there is nowhere to keep its preferences
        log.error("unusable data folder: %s", exc)
        return _refuse(exc.message(), smoke=smoke)
    crash = CrashHandler(app)
    crash.install()
    startup = Startup(app, paths, smoke=smoke)
    startup.begin()
    try:
        if smoke:
            QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
        code = app.exec()
        if smoke and startup.exit_code == 0:
            return _smoke_verdict(startup)
        return startup.exit_code or code
    finally:
        startup.close()
        crash.uninstall()


def _refuse(message: str, *, smoke: bool, parent: QWidget | None = None) -> int:
    """Tell the user why Comptoir cannot start (a dialog; stderr for --smoke) and return the exit code."""
    if smoke:
        print(f"Erreur : {message}", file=sys.stderr)
    else:
        QMessageBox.critical(parent, APP_NAME, message)
    return 1


def _smoke_verdict(startup: Startup) -> int:
    """Check what a user would see: the window, and the client list answering from the database."""
    problems = []
    if "list_ready" not in startup.times:
        problems.append("la liste des clients n'a pas répondu")
    if not startup.window.isVisible():
        problems.append("la fenêtre principale ne s'est pas affichée")
    expected = startup.context.clients.count() if startup.context is not None else None
    if startup.times.get("rows") not in (None, expected):
        problems.append(f"la liste affiche {startup.times.get('rows')} clients au lieu de {expected}")
    if problems:
        print("Erreur : " + " ; ".join(problems), file=sys.stderr)
        return 1
    if os.environ.get(ENV_REPORT_TIMES):
        print(f"window_shown_epoch={startup.times['window_shown']:.6f}")
        print(f"list_ready_epoch={startup.times['list_ready']:.6f}")
    kind = startup.paths.db_url.split(":")[0]
    print(f"Comptoir démarre correctement ({expected} clients, base {kind}).")
    return 0
