"""Uncaught exceptions from any thread: logged with the traceback, shown in a dialog on the UI thread.

A known error (:class:`~desktop.core.errors.KnownError`: database locked, disk full…) that no screen caught
still gets its plain French explanation; anything else is a bug and says so, pointing at the log file.
"""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import logs
from desktop.core.errors import KnownError
from desktop.logs import redact

log = logs.get("ui")


class CrashHandler(QObject):
    crashed = Signal(object, str)  # exception, redacted traceback text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.last: tuple[BaseException, str] | None = None
        self.show_dialogs = True

    def install(self) -> None:
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _hook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        text = redact("".join(traceback.format_exception(kind, value, tb)))
        log.error("uncaught exception:\n%s", text)
        self.crashed.emit(value, text)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object, str)
    def _show(self, error: BaseException, text: str) -> None:
        self.last = (error, text)
        if not self.show_dialogs:
            return
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Comptoir — problème"))
        if isinstance(error, KnownError):
            box.setText(error.message())
        else:
            box.setText(
                self.tr(
                    "Une erreur inattendue s'est produite. Vos données enregistrées ne sont pas perdues.\n"
                    "Le détail a été noté dans le journal ; vous pouvez le transmettre au support."
                )
            )
            box.setDetailedText(text)
        box.exec()
