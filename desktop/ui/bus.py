"""The application-wide signal telling screens what changed, whatever thread the change came from."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from desktop.services.changes import ChangeHub, Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes, always delivered on the UI thread
    _incoming = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._incoming.connect(self.changed.emit, Qt.ConnectionType.QueuedConnection)
        hub.subscribe(self._on_change)

    def _on_change(self, changes: Changes) -> None:
        self._incoming.emit(changes)  # queued: safe from worker threads

    def detach(self) -> None:
        self._hub.unsubscribe(self._on_change)
