"""Fills the main window with the views of one open database and keeps them told of changes.

The Shell is the UI's composition: it builds each area from the services, connects the application-wide
change signal to them, runs the dispatcher while the window is open, and keeps the status bar and the tray
icon up to date. Behaviour lives in the views. The Clients area is built at once (at start-up it already shows
its first page, and gets its services here); the others are built, and their modules imported, the first
time they are shown.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon

from desktop.context import AppContext
from desktop.core import catalogue
from desktop.services.accounts import SIMULATOR, SIMULATOR_NAME
from desktop.services.changes import Changes
from desktop.services.dispatch.report import DispatcherState
from desktop.services.housekeeping import HousekeepingReport, Integrity
from desktop.storage.errors import StorageError
from desktop.ui import errors, texts
from desktop.ui.app_icon import app_icon
from desktop.ui.bus import ChangeBus
from desktop.ui.change_watcher import ChangeWatcher
from desktop.ui.dispatch_runner import DispatcherRunner, describe
from desktop.ui.main_window import MainWindow
from desktop.ui.views.agenda_areas import AgendaAreas
from desktop.ui.views.client_card import ClientCard
from desktop.ui.views.clients_area import ClientsArea
from desktop.ui.widgets.connect_banner import ConnectBanner

if TYPE_CHECKING:
    from desktop.core.entities import InboundMessage
    from desktop.ui.settings.backups import BackupsPanel
    from desktop.ui.settings.view import SettingsView
    from desktop.ui.views.inbox_view import InboxView
    from desktop.ui.views.messages_view import MessagesView
    from desktop.ui.views.templates_view import TemplatesView

# The areas built the first time they are shown, in the order of the navigation.
LAZY_AREAS = ("messages", "inbox", "templates", "settings")
#: Message changes come in bursts (a batch sent): the « Messages » badge is counted once after them.
BADGE_DEBOUNCE_MS = 300


def _import_lazy_areas() -> None:
    """The modules of the lazy areas, imported on a worker once the window works: the first click is quick."""
    for name in (
        "desktop.ui.views.messages_view",
        "desktop.ui.views.inbox_view",
        "desktop.ui.views.templates_view",
        "desktop.ui.settings.view",
    ):
        importlib.import_module(name)


class Shell(QObject):
    """Owns the views for one open database; the window itself only navigates."""

    quit_requested = Signal()
    restore_requested = Signal(object)  # Path of a checked, confirmed backup: the application reopens
    database_changed = Signal()  # this desk was switched to another database: the application reopens
    _housekept = Signal(object)  # HousekeepingReport, from the dispatcher's thread

    def __init__(
        self,
        context: AppContext,
        tasks,
        window: MainWindow,
        preferences: QSettings,
        *,
        run_dispatcher: bool = True,
        clients_area: ClientsArea | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks = tasks
        self.window = window
        self._preferences = preferences
        self._started = False
        self.bus = ChangeBus(context.hub, self)

        self.client_card = ClientCard(
            context.clients,
            context.compose,
            context.templates,
            tasks,
            settings=context.settings,
            privacy=context.privacy,
        )
        self.backups_panel: BackupsPanel | None = None  # built with the settings area
        if clients_area is None:
            clients_area = ClientsArea(None, None, None, tasks)
        clients_area.attach(
            context.clients,
            context.importer,
            context.exporter,
            card=self.client_card,
            compose=context.compose,
            templates=context.templates,
            settings=context.settings,
        )
        self.clients_area = clients_area
        self.clients_view = self.clients_area.list_view
        zone = texts.business_zone(context.settings.get().business.region)
        self.agenda = AgendaAreas(context, tasks, window, self.client_card, self.clients_area, zone, self)
        self.banner = ConnectBanner(
            context.accounts, tasks, default_sender=lambda: context.settings.get().sender
        )

        window.add_area("clients", self.tr("Clients"), self.clients_area, icon="clients")
        self.agenda.add_to(window)
        window.add_area("messages", self.tr("Messages"), self._messages, icon="messages")
        window.add_area("inbox", self.tr("Réponses"), self._inbox, icon="inbox")
        window.add_area("templates", self.tr("Modèles"), self._templates, icon="templates")
        window.add_area("settings", self.tr("Réglages"), self._settings, icon="settings")
        window.set_banner(self.banner)

        self._last_alert: int | None = None  # the newest reply the staff was told about
        self._alert_number = ""  # the number of the last reply the staff was told about
        self.runner = DispatcherRunner(context.dispatcher, context.paths.data_dir, self)
        self.watcher = ChangeWatcher(context.change_probe, tasks, self)  # the other desks' changes
        self._run_dispatcher = run_dispatcher
        self.tray = self._make_tray()
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(BADGE_DEBOUNCE_MS)
        self._badge_timer.timeout.connect(self.count_messages_to_handle)
        self._connect()

    def _connect(self) -> None:
        self._housekept.connect(self._on_housekept, Qt.ConnectionType.QueuedConnection)
        self.bus.changed.connect(self._on_changes)
        self.clients_view.client_activated.connect(self.clients_area.show_card)
        self.client_card.back_requested.connect(self.clients_area.show_list)
        self.runner.state_changed.connect(self._on_dispatcher_state)
        self.window.close_requested.connect(self._on_close)
        self.window.area_clicked.connect(self._on_area_clicked)

    # ---------------------------------------------------------------- the areas built when first shown
    def _messages(self) -> MessagesView:
        from desktop.ui.views.messages_view import MessagesView

        context = self.context
        view = MessagesView(
            context.outbox,
            context.accounts,
            context.templates,
            self.tasks,
            clients=context.clients,
            zone=texts.business_zone(context.settings.get().business.region),
            clock=context.clock,
        )
        view.clients_requested.connect(lambda: self.window.show_area("clients"))
        return self._started_view(view)

    def _inbox(self) -> InboxView:
        from desktop.ui.views.inbox_view import InboxView

        context = self.context
        view = InboxView(
            context.inbox,
            context.clients,
            context.compose,
            context.templates,
            context.surveys,
            self.tasks,
            self._preferences,
            zone=texts.business_zone(context.settings.get().business.region),
            clock=context.clock,
        )
        view.client_requested.connect(self.agenda.open_client)
        return self._started_view(view)

    @property
    def inbox_view(self) -> InboxView:
        return self.window.area("inbox")  # type: ignore[return-value]

    def _templates(self) -> TemplatesView:
        from desktop.ui.views.templates_view import TemplatesView

        return self._started_view(TemplatesView(self.context.templates, self.context.settings, self.tasks))

    def _settings(self) -> SettingsView:
        from desktop.ui.settings.view import SettingsView

        context = self.context
        view = SettingsView(
            context.settings,
            context.accounts,
            self.tasks,
            context.paths,
            self._preferences,
            templates=context.templates,
        )
        self._add_data_sections(view)
        return self._started_view(view)

    def _add_data_sections(self, view: SettingsView) -> None:
        """Réglages › Données: backups and restore, several desks, privacy (they act at once)."""
        from desktop.services.server import ServerSetup
        from desktop.ui.settings.backups import BackupsPanel
        from desktop.ui.settings.database_server import ServerPanel
        from desktop.ui.settings.privacy import PrivacyPanel

        context = self.context
        zone = texts.business_zone(context.settings.get().business.region)
        self.backups_panel = BackupsPanel(context.backups, context.restore, self.tasks, zone)
        server_panel = ServerPanel(ServerSetup(context.paths), context.paths, self.tasks)
        page = view.data_page
        page.add_section(self.tr("Sauvegardes"), self.backups_panel)
        page.add_section(self.tr("Plusieurs postes"), server_panel)
        page.add_section(self.tr("Vie privée"), PrivacyPanel(context.privacy, self.tasks, zone))
        self.backups_panel.restore_requested.connect(self.restore_requested)
        server_panel.database_changed.connect(self.database_changed)
        if self._started:
            self.backups_panel.refresh()

    def _started_view(self, view):
        if self._started:
            view.refresh()
        return view

    @property
    def messages_view(self) -> MessagesView:
        return self.window.area("messages")  # type: ignore[return-value]

    @property
    def templates_view(self) -> TemplatesView:
        return self.window.area("templates")  # type: ignore[return-value]

    def _built(self):
        """The lazy areas built so far."""
        return [view for key in LAZY_AREAS if (view := self.window.built_area(key)) is not None]

    def start(self, *, list_shown: bool = False) -> None:
        """Load what the built areas show. ``list_shown``: the client list already shows the database as it
        is (its first page, read at start-up), so it is not read again."""
        self._started = True
        if not list_shown:
            self.clients_view.refresh()
        self.clients_view.reload_tags()
        self.agenda.start()
        for view in self._built():
            view.refresh()
        if self.backups_panel is not None:
            self.backups_panel.refresh()
        self.banner.refresh()
        self._show_account()
        self._replies_changed()
        self.count_messages_to_handle()
        self.tasks.run(_import_lazy_areas)
        if self._run_dispatcher:
            # The dispatcher also does the daily upkeep (integrity check, retention, backup).
            self.context.housekeeping.set_listener(self._housekept.emit)
            self.runner.start()
            self.watcher.start()

    def _on_housekept(self, report: HousekeepingReport) -> None:
        """A problem found by the daily upkeep stays in the status bar until the next one."""
        if report.integrity is Integrity.DAMAGED:
            text = self.tr(
                "La vérification quotidienne a trouvé la base de données endommagée : restaurez une "
                "sauvegarde (Réglages › Données)."
            )
        elif report.errors:
            text = self.tr("Entretien quotidien : ") + " ".join(catalogue.explain(c) for c in report.errors)
        else:
            return
        self.window.statusBar().showMessage(text)

    # ---------------------------------------------------------------- changes and status
    def _on_changes(self, changes: Changes) -> None:
        self.clients_view.on_changes(changes)
        self.client_card.on_changes(changes)
        self.agenda.on_changes(changes)
        for view in self._built():
            view.on_changes(changes)
        self.banner.on_changes(changes)
        if changes.settings and self.backups_panel is not None:  # the backup folder may have changed
            self.backups_panel.refresh()
        if changes.accounts:
            self._show_account()
        if changes.inbound:
            self._replies_changed()
        if changes.messages:
            self._badge_timer.start()

    # ---------------------------------------------------------------- replies: badge and alerts
    def _replies_changed(self) -> None:
        """The unread count on « Réponses », and a notification for each reply the staff must hear about at
        once (a cancelled appointment, an unhappy client) since the last look."""
        inbox, clients, last = self.context.inbox, self.context.clients, self._last_alert

        def look() -> tuple[int, int, list[tuple[InboundMessage, str]]]:
            unread = inbox.unread_count()
            if last is None:
                return unread, inbox.last_id(), []
            alerts = inbox.alerts_after(last)
            names = {
                c.id: c.display_name for c in clients.get_many([a.client_id for a in alerts if a.client_id])
            }
            newest = max([last, *(a.id for a in alerts)])
            return unread, newest, [(a, names.get(a.client_id or 0, "")) for a in alerts]

        self.tasks.run(look, on_done=self._show_replies, on_error=errors.known)

    def _show_replies(self, found: tuple[int, int, list[tuple[InboundMessage, str]]]) -> None:
        from desktop.core.catalogue.replies import explain_reply
        from desktop.core.phones import format_national

        unread, newest, alerts = found
        self.window.set_badge("inbox", unread)
        self._last_alert = max(newest, self._last_alert or 0)
        zone = texts.business_zone(self.context.settings.get().business.region)
        for reply, name in alerts:
            self._alert_number = reply.from_number
            who = name or format_national(reply.from_number)
            text = f"{who} : {explain_reply(reply.outcome or reply.reason, reply.details, zone)}"
            if self.tray is not None:
                self.tray.showMessage(self.tr("Comptoir — réponse d'un client"), text)
            self.window.statusBar().showMessage(text, 60_000)

    def count_messages_to_handle(self) -> None:
        """The « Messages » badge: messages someone has to decide about (failed, uncertain), counted off the
        UI thread (the Messages area may not be built yet)."""
        self._badge_timer.stop()

        def count() -> int:
            by_status = self.context.outbox.count_by_status()
            return sum(by_status.get(status, 0) for status in texts.TO_HANDLE)

        self.tasks.run(count, on_done=lambda n: self.window.set_badge("messages", n), on_error=errors.known)

    def _show_account(self) -> None:
        def default_account() -> tuple[str, str]:
            account = self.context.accounts.default()
            labels = {s.key: s.label for s in self.context.accounts.specs()}
            builtin = account.provider == SIMULATOR and account.name == SIMULATOR_NAME
            return "" if builtin else account.name, labels.get(account.provider, account.provider)

        def show(names: tuple[str, str]) -> None:
            name, kind = names  # no name: the built-in simulator, which its kind describes
            text = self.tr("Compte SMS : %2") if kind.startswith(name) else self.tr("Compte SMS : %1 (%2)")
            self.window.account_label.setText(text.replace("%1", name).replace("%2", kind))

        # A known error leaves the label as it is (the next change of account fills it); a bug is reported.
        self.tasks.run(default_account, on_done=show, on_error=errors.known)

    def _on_dispatcher_state(self, state: DispatcherState) -> None:
        text = describe(state)
        self.window.dispatcher_label.setText(text)
        if self.tray is not None:
            self.tray.setToolTip(f"Comptoir — {text}")

    # ---------------------------------------------------------------- tray and quitting
    def _make_tray(self) -> QSystemTrayIcon | None:
        """A tray icon keeps the dispatcher sending when the window is closed (where the desktop has one)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(app_icon(), self)
        menu = QMenu(self.window)  # owned by the window: deleted with it, before the application
        open_action = QAction(self.tr("Ouvrir Comptoir"), menu)
        quit_action = QAction(self.tr("Quitter Comptoir (arrête les envois)"), menu)
        open_action.triggered.connect(self.show_window)
        quit_action.triggered.connect(self.quit)
        menu.addAction(open_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self.show_window())
        tray.messageClicked.connect(self._open_last_alert)
        self._tray_menu = menu
        tray.show()
        return tray

    def _open_last_alert(self) -> None:
        """A click on the notification shows that reply's thread."""
        self.show_window()
        if self._alert_number:
            self.window.show_area("inbox")
            self.inbox_view.select_number(self._alert_number)

    def show_window(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _on_area_clicked(self, key: str) -> None:
        """« Clients » in the navigation always leads to the list (not to the last card opened)."""
        if key == "clients":
            self.clients_area.show_list()

    def _on_close(self, event: QCloseEvent) -> None:
        """Closing the window hides it to the tray while the dispatcher runs; « Quitter » really quits.
        Without a tray, messages this window would send do not leave while Comptoir is closed: ask first.
        (When another Comptoir of this desk sends, closing this one changes nothing.)"""
        if getattr(self, "_quitting", False) or not self.runner.running:
            return
        if self.tray is not None:
            event.ignore()
            self.window.hide()
            self.tray.showMessage(
                "Comptoir",
                self.tr("Comptoir continue d'envoyer les SMS programmés. Quittez-le depuis cette icône."),
            )
            return
        if not self.confirm_close(self.waiting_messages()):
            event.ignore()

    def waiting_messages(self) -> int:
        """Messages queued or deferred, that only leave while a Comptoir runs (a quick count)."""
        try:
            counts = self.context.outbox.count_by_status()
        except StorageError:  # the database is gone: nothing to warn about that closing could change
            return 0
        return sum(counts.get(status, 0) for status in texts.WAITING)

    def confirm_close(self, waiting: int) -> bool:
        if not waiting:
            return True
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Quitter Comptoir"))
        box.setText(
            self.tr("%n SMS attend(ent) de partir : rien ne part tant que Comptoir est fermé.", "", waiting)
        )
        box.setInformativeText(
            self.tr(
                "Laissez Comptoir ouvert pour qu'ils partent à l'heure prévue. Sinon, ils partiront à la "
                "prochaine ouverture de Comptoir."
            )
        )
        close = box.addButton(self.tr("&Fermer quand même"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Laisser ouvert"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is close

    def quit(self) -> None:
        self._quitting = True
        self.runner.stop()
        self.quit_requested.emit()

    def shutdown(self) -> None:
        self._badge_timer.stop()
        self.watcher.stop()
        self.runner.stop()
        self.context.housekeeping.set_listener(None)
        self.bus.detach()
        self.tasks.wait()
        if self.tray is not None:
            self.tray.hide()

    def dispose(self) -> None:
        """Stop, and take this database's views out of the window (it is about to show another one)."""
        self.shutdown()
        self.banner.deleteLater()
        self.window.clear_areas()
        self.deleteLater()
