"""Fills the main window with the views of one open database and keeps them told of changes."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.context import AppContext
from desktop.services.changes import Changes
from desktop.ui.bus import ChangeBus
from desktop.ui.main_window import MainWindow
from desktop.ui.views.clients_view import ClientsView


class Shell(QObject):
    """Owns the views for one open database; the window itself only navigates."""

    def __init__(self, context: AppContext, tasks, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.window = window
        self.bus = ChangeBus(context.hub, self)
        self.clients_view = ClientsView(context.clients, tasks)
        window.add_area("clients", self.tr("Clients"), self.clients_view)
        self.clients_view.client_activated.connect(self.clients_view.edit_client)
        self.bus.changed.connect(self._on_changes)

    def start(self) -> None:
        self.clients_view.refresh()
        self.clients_view.reload_tags()

    def _on_changes(self, changes: Changes) -> None:
        self.clients_view.on_changes(changes)

    def shutdown(self) -> None:
        self.bus.detach()
        self.tasks.wait()
