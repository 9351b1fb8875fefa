"""Composition root shared by the window and the command line: open storage, migrate, build services.

Services are built on first use (``functools.cached_property``) so a command that needs only the clients
does not pay for the others. Add a service as one cached property below.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from desktop import logs
from desktop.core.clock import Clock, SystemClock
from desktop.paths import AppPaths
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientService
from desktop.services.settings import SettingsService
from desktop.storage.db import Database
from desktop.storage.errors import StorageError
from desktop.storage.schema import upgrade

if TYPE_CHECKING:
    from desktop.services.accounts import AccountService
    from desktop.services.agenda.appointments import AppointmentService
    from desktop.services.agenda.orders import OrderService
    from desktop.services.agenda.reminders import ReminderService
    from desktop.services.backup import BackupService
    from desktop.services.change_probe import ChangeProbe
    from desktop.services.compose import ComposeService
    from desktop.services.dispatch.dispatcher import Dispatcher
    from desktop.services.exporter import Exporter
    from desktop.services.housekeeping import Housekeeping
    from desktop.services.importing.importer import Importer
    from desktop.services.inbox.applying import ReplyApplier
    from desktop.services.inbox.service import InboxService
    from desktop.services.outbox import OutboxService
    from desktop.services.privacy import PrivacyService
    from desktop.services.restore import RestoreService
    from desktop.services.retention import RetentionService
    from desktop.services.sending.gate import Gate
    from desktop.services.surveys.planning import FeedbackPlanner
    from desktop.services.surveys.service import SurveyService
    from desktop.services.templates import TemplateService


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    hub: ChangeHub = field(default_factory=ChangeHub)
    clock: Clock = field(default_factory=SystemClock)

    @cached_property
    def settings(self) -> SettingsService:
        return SettingsService(self.db, self.hub)

    @cached_property
    def clients(self) -> ClientService:
        from desktop.services.desk import desk_name

        return ClientService(
            self.db,
            self.hub,
            default_region=self.settings.get().business.region,
            clock=self.clock,
            desk=desk_name(),
        )

    @cached_property
    def accounts(self) -> AccountService:
        from desktop.providers.credentials import CredentialStore
        from desktop.providers.registry import ProviderEnv
        from desktop.services.accounts import AccountService

        env = ProviderEnv(data_dir=self.paths.data_dir, clock=self.clock)
        return AccountService(self.db, self.hub, env, CredentialStore())

    @cached_property
    def templates(self) -> TemplateService:
        from desktop.services.templates import TemplateService

        return TemplateService(self.db, self.hub, self.settings, clock=self.clock)

    @cached_property
    def importer(self) -> Importer:
        from desktop.services.importing.importer import Importer

        region = self.settings.get().business.region
        return Importer(self.db, self.hub, default_region=region, clock=self.clock)

    @cached_property
    def backups(self) -> BackupService:
        from desktop.services.backup import BackupService

        return BackupService(self.paths, self.settings, self.clock)

    @cached_property
    def restore(self) -> RestoreService:
        """Restoring needs every connection closed: the caller closes this context first."""
        from desktop.services.restore import RestoreService

        return RestoreService(self.paths, self.clock, folders=lambda: [self.backups.folder()])

    @cached_property
    def retention(self) -> RetentionService:
        from desktop.services.retention import RetentionService

        return RetentionService(self.db, self.hub, self.settings, self.clock)

    @cached_property
    def exporter(self) -> Exporter:
        from desktop.core.phones import region_timezone
        from desktop.services.exporter import Exporter

        return Exporter(self.db, region_timezone(self.settings.get().business.region))

    @cached_property
    def privacy(self) -> PrivacyService:
        from desktop.core.phones import region_timezone
        from desktop.services.privacy import PrivacyService

        zone = region_timezone(self.settings.get().business.region)
        return PrivacyService(self.db, self.hub, self.clock, timezone=zone)

    @cached_property
    def change_probe(self) -> ChangeProbe:
        """What the other desks changed, polled by the window (published on ``hub``)."""
        from desktop.services.change_probe import ChangeProbe

        return ChangeProbe(self.db, self.hub)

    @cached_property
    def outbox(self) -> OutboxService:
        from desktop.services.outbox import OutboxService

        return OutboxService(self.db, self.hub, self.clock, settings_provider=self.settings.get)

    @cached_property
    def gate(self) -> Gate:
        """The one way any message is prepared and queued (composer, command line, automatic senders)."""
        from desktop.services.sending.gate import Gate

        return Gate(self.db, self.outbox, self.accounts, self.settings.get, self.clock)

    @cached_property
    def dispatcher(self) -> Dispatcher:
        """Built here, run by its owner (window or ``dispatch`` command) under its InstanceLock."""
        from desktop.services.dispatch.dispatcher import Dispatcher
        from desktop.services.dispatch.lock import desk_worker_id

        return Dispatcher(
            self.db,
            self.hub,
            self.accounts,
            self.clock,
            settings_provider=self.settings.get,
            worker_id=desk_worker_id(self.paths.data_dir),
            planning=(self.feedback, self.reminders),
            replies=self.replies,
            housekeeping=self.housekeeping.run_if_due,
        )

    @cached_property
    def housekeeping(self) -> Housekeeping:
        """The daily backup, retention purge and integrity check, run by the dispatcher."""
        from desktop.services.housekeeping import Housekeeping

        return Housekeeping(self.db, self.backups, self.retention, self.clock)

    @cached_property
    def compose(self) -> ComposeService:
        from desktop.services.compose import ComposeService

        return ComposeService(self.db, self.hub, self.gate, self.settings, self.clock)

    @cached_property
    def reminders(self) -> ReminderService:
        """Plans the agenda's notices and hands those that are due to the message gate."""
        from desktop.services.agenda.gate_outbox import GateNoticeOutbox
        from desktop.services.agenda.reminders import ReminderService

        return ReminderService(
            self.db,
            self.hub,
            self.clock,
            settings_provider=self.settings.get,
            find_template=self.templates.get_by_name,
            outbox=GateNoticeOutbox(self.gate, self.templates.get),
        )

    @cached_property
    def appointments(self) -> AppointmentService:
        from desktop.services.agenda.appointments import AppointmentService

        return AppointmentService(
            self.db, self.hub, self.clock, settings_provider=self.settings.get, reminders=self.reminders
        )

    @cached_property
    def orders(self) -> OrderService:
        from desktop.services.agenda.orders import OrderService

        return OrderService(
            self.db, self.hub, self.clock, settings_provider=self.settings.get, reminders=self.reminders
        )

    @cached_property
    def inbox(self) -> InboxService:
        """What clients wrote, per number: read, handled, assigned, attached; the keywords."""
        from desktop.services.inbox.service import InboxService

        return InboxService(self.db, self.hub, self.clock, self.settings, self.clients)

    @cached_property
    def replies(self) -> ReplyApplier:
        """Applies each stored reply once (a step of the dispatcher, after polling)."""
        from desktop.services.inbox.answers import ReplyAnswers
        from desktop.services.inbox.applying import ReplyApplier

        answers = ReplyAnswers(self.db, self.gate, self.settings.get, self.templates.get_by_name)
        return ReplyApplier(
            self.db,
            self.hub,
            self.clock,
            settings_provider=self.settings.get,
            appointments=self.appointments,
            answers=answers,
        )

    @cached_property
    def feedback(self) -> FeedbackPlanner:
        """Plans surveys and review requests after visits and collections (a step of the dispatcher)."""
        from desktop.services.surveys.planning import FeedbackPlanner

        return FeedbackPlanner(
            self.db, self.hub, self.clock, settings_provider=self.settings.get, reminders=self.reminders
        )

    @cached_property
    def surveys(self) -> SurveyService:
        from desktop.services.surveys.service import SurveyService

        return SurveyService(
            self.db,
            self.gate,
            settings_provider=self.settings.get,
            find_template=self.templates.get_by_name,
            planner=self.feedback,
            reminders=self.reminders,
        )

    def close(self) -> None:
        """Release what was opened: a running dispatcher, provider connections, the engine."""
        if "dispatcher" in self.__dict__:
            self.dispatcher.stop()
        if "accounts" in self.__dict__:
            self.accounts.close()
        self.db.dispose()


def open_context(paths: AppPaths, clock: Clock | None = None) -> AppContext:
    """Open (and migrate) the database and build the services. Raises StorageError on environment trouble.

    A desk switched to a database server connects with the password saved in the keyring for it."""
    paths.ensure()
    logs.setup(paths.log_dir)
    if paths.choice_unreadable:
        raise StorageError("database.json", code="database_choice_unreadable")
    password = None
    if paths.server is not None:
        from desktop.services.server import server_password

        password = server_password(paths)
    db = Database(paths.db_url, password=password)
    try:
        upgrade(db, paths.backup_dir)
    except Exception:
        db.dispose()
        raise
    return AppContext(paths=paths, db=db, clock=clock or SystemClock())
