"""Starting the graphical application (and ``--smoke``, the same start-up checked offscreen)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, logs
from desktop.context import open_context
from desktop.core import catalogue
from desktop.paths import AppPaths
from desktop.storage.errors import StorageError
from desktop.ui import i18n
from desktop.ui.crash import CrashHandler
from desktop.ui.shell import Shell
from desktop.ui.tasks import TaskRunner

log = logs.get("app")
SMOKE_TIMEOUT_MS = 20_000


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
    return app


def run_gui(paths: AppPaths, *, smoke: bool = False) -> int:
    if smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_qt_message)
    app = make_application()
    crash = CrashHandler(app)
    crash.install()
    try:
        context = open_context(paths)
    except StorageError as exc:
        message = catalogue.explain(exc.code)
        log.error("cannot open the database: %s", exc.code)
        if smoke:
            print(f"Erreur : {message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)
        crash.uninstall()
        return 1
    translators = i18n.install(app, context.settings.get().language)
    shell = Shell(context, TaskRunner(app))
    shell.start()
    shell.window.show()
    try:
        return _smoke(app, shell) if smoke else app.exec()
    finally:
        shell.shutdown()
        shell.window.close()
        context.close()
        crash.uninstall()
        del translators


def _smoke(app: QApplication, shell: Shell) -> int:
    """Wait until the client list has answered from the database, then check the window is healthy."""
    result: dict[str, int] = {}

    def answered(rows: int) -> None:
        result.setdefault("rows", rows)
        result.setdefault("visible", int(shell.window.isVisible()))
        app.exit(0)  # note: quit() would close the windows first

    shell.clients_view.search_finished.connect(answered)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(0))
    app.exec()
    problems = []
    if "rows" not in result:
        problems.append("la liste des clients n'a pas répondu")
    elif not result["visible"]:
        problems.append("la fenêtre principale ne s'est pas affichée")
    expected = shell.context.clients.count()
    if result.get("rows") not in (None, expected):
        problems.append(f"la liste affiche {result.get('rows')} clients au lieu de {expected}")
    if problems:
        print("Erreur : " + " ; ".join(problems), file=sys.stderr)
        return 1
    print(
        f"Comptoir démarre correctement ({expected} clients, base {shell.context.paths.db_url.split(':')[0]})."
    )
    return 0
