"""Starting the graphical application (and ``--smoke``, the same start-up checked offscreen).

The first screen is the client list, and nothing else is on the way to it:

1. Before Qt even loads, a thread reads the list's first page with the standard library's sqlite3
   (:class:`desktop.services.first_page.Reading`, started by ``desktop.app``).
2. The window frame is shown; on the next turn of the event loop the Clients area is built, and shows the
   page as soon as it is read.
3. Then, on a worker, SQLAlchemy and the services load and the database is opened (and migrated, after a
   backup), and the modules of the shell are imported.
4. The shell gives the Clients area its services and adds the other areas, each built when first shown.

Without a first page (a new data folder, PostgreSQL, a database to migrate or refuse) the window shows « Ouverture
de la base de données… » until step 2 is done. A database that cannot be opened is explained in French and the
application quits without touching it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
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

from desktop import APP_ID, APP_NAME, logs
from desktop.core import catalogue
from desktop.core.errors import KnownError
from desktop.paths import AppPaths, DataFolderError, folder_reason
from desktop.services import first_page
from desktop.ui import i18n, icons, platform_check, style
from desktop.ui.app_icon import app_icon
from desktop.ui.crash import CrashHandler
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.services.first_page import FirstPage
    from desktop.ui.rescue import Reopened
    from desktop.ui.shell import Shell
    from desktop.ui.views.clients_area import ClientsArea

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
    app.setDesktopFileName(APP_ID)  # Wayland shows the icon of comptoir.desktop (installer/linux)
    app.setQuitOnLastWindowClosed(True)
    app.setWindowIcon(app_icon())
    style.apply(app)
    return app


def window_settings(paths: AppPaths) -> QSettings:
    """Per-workstation preferences (window geometry, interface language) in the data folder."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.data_dir / "window.ini"), QSettings.Format.IniFormat)


class Startup:
    """Shows the window and the client list's first page at once, then opens the database and builds the
    rest, off the UI thread (see the module)."""

    def __init__(
        self, app: QApplication, paths: AppPaths, *, smoke: bool, reading: first_page.Reading | None = None
    ) -> None:
        self.app = app
        self.paths = paths
        self.smoke = smoke
        self.exit_code = 0
        self.shell: Shell | None = None
        self.context: AppContext | None = None
        self.first_page: FirstPage | None = None
        self._rescue_offered = False
        self.times: dict[str, float] = {}
        self.tasks = TaskRunner(app)
        self.reading = reading or first_page.Reading(paths)
        self.preferences = window_settings(paths)
        self.translators = i18n.install(app, str(self.preferences.value("ui/language", "fr")))
        self.window = MainWindow(self.preferences)
        self.window.show_loading(QCoreApplication.translate("MainWindow", "Ouverture de la base de données…"))
        self.clients_area: ClientsArea | None = None

    def begin(self) -> None:
        """Show the window frame now; the Clients area is built on the next turn of the event loop, once
        the frame is on the screen."""
        self.window.restore_geometry()
        self.window.show()
        self.times["window_shown"] = time.time()
        QTimer.singleShot(0, self._build_clients_area)

    def _build_clients_area(self) -> None:
        from desktop.ui.views.clients_area import ClientsArea

        self.clients_area = ClientsArea(None, None, None, self.tasks)
        self.clients_area.list_view.search_finished.connect(self._list_ready)
        self.tasks.run(self.reading.result, on_done=self._first_page_read)

    def _first_page_read(self, page: FirstPage | None) -> None:
        assert self.clients_area is not None
        self.first_page = page
        if page is not None:
            self.window.add_area("clients", QCoreApplication.translate("Shell", "Clients"), self.clients_area)
            self.clients_area.list_view.show_first_page(page)
        self.tasks.run(self._open, on_done=self._opened, on_error=self._failed)

    def _open(self) -> AppContext:
        from desktop.context import open_context  # SQLAlchemy and Alembic load here, off the UI thread

        context = open_context(self.paths)
        context.settings.get()
        import desktop.ui.shell  # noqa: F401  (its modules load here too, not on the UI thread)

        return context

    def _opened(self, context: AppContext) -> None:
        from desktop.ui.shell import Shell

        self.times["database_open"] = time.time()
        self.context = context
        self.shell = Shell(
            context,
            self.tasks,
            self.window,
            self.preferences,
            run_dispatcher=not self.smoke,
            clients_area=self.clients_area,
        )
        self.shell.quit_requested.connect(lambda: self.app.exit(0))
        self.shell.restore_requested.connect(self.restore)
        self.shell.database_changed.connect(lambda: self.reopen(resolve_again=True))
        self.shell.start(list_shown=self.first_page is not None and self.first_page.is_current())
        self._report_log_problem()
        self._smoke_done()
        if not self.smoke and not context.settings.get().first_run_done:
            QTimer.singleShot(0, self._first_run)

    def _report_log_problem(self) -> None:
        """The log folder could not be written (the log goes to stderr, which a window user never sees)."""
        problem = logs.problem()
        if problem is None:
            return
        reason = catalogue.explain(folder_reason(problem.error))
        text = QCoreApplication.translate(
            "Startup",
            "Le journal ne peut pas être écrit dans « {folder} » ({reason}) : Comptoir fonctionne, "
            "mais sans journal pour le support.",
        )
        self.window.statusBar().showMessage(text.format(folder=problem.folder, reason=reason), 120_000)

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
            self._smoke_done()
            if not self.smoke:
                # The first screen is there: the icon library loads now, off the UI thread, then the
                # navigation draws its icons (loading it earlier delayed the list by a few hundred ms).
                self.tasks.run(icons.preload, on_done=lambda _r: self.window.navigation.load_icons())

    def _smoke_done(self) -> None:
        """``--smoke`` ends once the list has answered and the database is open behind it."""
        if self.smoke and self.shell is not None and "list_ready" in self.times:
            self.app.exit(0)  # exit(), not quit(): quit() would close the windows before the checks

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            log.error("cannot open the database: %s", error)
            message = error.message()
        else:  # a bug: its traceback goes to the log, its name to the user (for support)
            log.error("cannot open the database", exc_info=(type(error), error, error.__traceback__))
            message = catalogue.explain("unknown_error", code=type(error).__name__)
        code = error.code if isinstance(error, KnownError) else None
        if code is not None and not self._rescue_offered:
            from desktop.ui import rescue  # the services load only when the database cannot be opened

            self._rescue_offered = True  # once: a way out that does not work is not offered again
            if rescue.offer(self, code, message):
                return
            if self.smoke and (hint := rescue.smoke_hint(self.paths, code)):
                message += "\n" + hint
        self.refuse(message)

    def refuse(self, message: str) -> None:
        """Say why the database cannot be opened, then quit."""
        self.exit_code = _refuse(message, smoke=self.smoke, parent=self.window)
        self.app.exit(self.exit_code)

    def quit_refused(self) -> None:
        """The user chose « Quitter » in the refusal already shown."""
        self.exit_code = 1
        self.app.exit(1)

    # ---------------------------------------------------------------- reopening
    def restore(self, path: Path) -> None:
        """Close the services, restore the backup ``path`` (checked and confirmed), reopen on it."""
        from desktop.ui import rescue

        self.reopen(prepare=lambda: rescue.restore_service(self.paths).restore(path))

    def reopen(self, prepare: Callable[[], object] | None = None, *, resolve_again: bool = False) -> None:
        """Stop the services and close the database, run ``prepare`` (a restore, a switch of database),
        then open the database again (found anew with ``resolve_again``) and rebuild the views on it."""
        from desktop.ui import rescue

        if self.shell is not None:
            self.shell.dispose()
            self.shell = None
        self.clients_area = None  # the areas went with the old views: the new ones are built afresh
        self.first_page = None
        self.window.show_loading(QCoreApplication.translate("MainWindow", "Ouverture de la base de données…"))
        context, self.context = self.context, None
        paths = self.paths
        self.tasks.run(
            lambda: rescue.reopen_job(context, paths, prepare, resolve_again),
            on_done=self._reopened,
            on_error=self._failed,
        )

    def _reopened(self, done: Reopened) -> None:
        from desktop.ui import rescue

        self.paths = done.context.paths
        self._opened(done.context)
        rescue.report(self.window, done.outcome)

    def close(self) -> None:
        if self.shell is not None:
            self.shell.shutdown()
        self.tasks.wait()
        area, self.clients_area = self.clients_area, None
        if area is not None and area.parent() is None:  # built, never shown (the start-up was refused)
            area.setParent(self.window)
        self.window.close()
        if self.context is not None:
            self.context.close()


def run_gui(
    paths: AppPaths, *, smoke: bool = False, verbose: bool = False, reading: first_page.Reading | None = None
) -> int:
    """The window (``reading``: the client list's first page, already being read; see the module)."""
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = platform_check.check()
    if problem is not None:  # Qt would abort in English, naming the wrong package: say it in French
        platform_check.tell(problem)
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
    startup = Startup(app, paths, smoke=smoke, reading=reading)
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
        # Every widget goes now, while the application and its style sheet still exist: left to the
        # interpreter's exit, PySide destroys the application first and a styled widget may crash then.
        shiboken6.delete(startup.window)


def _refuse(message: str, *, smoke: bool, parent: QWidget | None = None) -> int:
    """Tell the user why Comptoir cannot start (a dialog; stderr for --smoke) and return the exit code."""
    if smoke:
        print(f"Erreur : {message}", file=sys.stderr)
    else:
        QMessageBox.critical(parent, APP_NAME, message)
    return 1


def shipped_file_problems() -> list[str]:
    """What a packaging mistake would lose without any error at start-up (for ``--smoke``, in French): the
    compiled translations, the sector presets, the application icon."""
    from desktop.services.presets import PresetError, all_presets

    problems = [f"traduction {name} introuvable" for name in i18n.missing_catalogues()]
    try:
        all_presets()
    except PresetError as exc:
        problems.append(f"modèles prédéfinis illisibles ({exc})")
    if app_icon().isNull():
        problems.append("icône de l'application introuvable")
    return problems


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
    problems.extend(shipped_file_problems())
    if problems:
        print("Erreur : " + " ; ".join(problems), file=sys.stderr)
        return 1
    if os.environ.get(ENV_REPORT_TIMES):
        print(f"window_shown_epoch={startup.times['window_shown']:.6f}")
        print(f"list_ready_epoch={startup.times['list_ready']:.6f}")
        print(f"database_open_epoch={startup.times['database_open']:.6f}")
    kind = startup.paths.db_url.split(":")[0]
    print(f"Comptoir démarre correctement ({expected} clients, base {kind}).")
    return 0
