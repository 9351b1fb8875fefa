"""Runs the outbox dispatcher on a background thread while the app is open, and reports its state.

The dispatcher itself is Qt-free (it also runs headless with ``python main.py dispatch``). Only one
dispatcher may run per desk: when another one holds the desk's lock (the headless command, or a second
window), this one stays off and says so — messages are still sent, by the other one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from desktop.core import catalogue
from desktop.paths import DataFolderError
from desktop.services.dispatch.dispatcher import Dispatcher
from desktop.services.dispatch.lock import InstanceLock
from desktop.services.dispatch.report import DispatcherState, DispatcherStatus

#: The state shown when the desk's dispatcher runs in another process.
ELSEWHERE = DispatcherState(DispatcherStatus.STOPPED, "dispatcher_elsewhere")
# The state shown when the data folder refuses the dispatcher's lock file (disk full, read-only).
CANNOT_START = DispatcherState(DispatcherStatus.ERROR, "dispatcher_cannot_start")


class DispatcherRunner(QObject):
    state_changed = Signal(object)  # DispatcherState, delivered on the UI thread
    _incoming = Signal(object)

    def __init__(self, dispatcher: Dispatcher, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dispatcher = dispatcher
        self._lock = InstanceLock.for_data_dir(data_dir)
        self.state = DispatcherState(DispatcherStatus.STOPPED)
        self._incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._lock.held

    def start(self) -> bool:
        """Start sending in the background; False when another dispatcher already serves this desk."""
        if self._lock.held:
            return True
        try:
            acquired = self._lock.acquire()
        except DataFolderError:  # disk full, read-only folder: nothing is sent that could not be recorded
            self._deliver(CANNOT_START)
            return False
        if not acquired:
            self._deliver(ELSEWHERE)
            return False
        self._dispatcher.set_state_listener(self._incoming.emit)  # called from the dispatcher thread
        self._deliver(DispatcherState(DispatcherStatus.IDLE))
        self._dispatcher.start()
        return True

    def stop(self) -> None:
        """Finish the message in flight and stop (used by « Quitter Comptoir » and at exit)."""
        if not self._lock.held:
            return
        self._dispatcher.stop()
        self._dispatcher.set_state_listener(None)
        self._lock.release()
        self._deliver(DispatcherState(DispatcherStatus.STOPPED))

    def _deliver(self, state: DispatcherState) -> None:
        self.state = state
        self.state_changed.emit(state)


def describe(state: DispatcherState) -> str:
    """The status bar's words for a dispatcher state."""
    translate = QCoreApplication.translate
    if state.status is DispatcherStatus.SENDING:
        return translate("DispatcherRunner", "Envoi des SMS en cours…")
    if state.status is DispatcherStatus.IDLE:
        return translate("DispatcherRunner", "Envois : prêt")
    if state.status is DispatcherStatus.ERROR:
        reason = catalogue.explain(state.code) if state.code else ""
        return translate("DispatcherRunner", "Envois en erreur : ") + reason
    if state.code == "dispatcher_elsewhere":
        return translate("DispatcherRunner", "Envois assurés par un autre Comptoir de ce poste")
    return translate("DispatcherRunner", "Envois arrêtés")
