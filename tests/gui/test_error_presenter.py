"""One presenter for every screen: the same environment error is explained in French wherever it happens, and a
bug still reaches the crash dialog.

Each case builds one screen on a real database with the real (threaded) task runner, makes the service call
behind one of its actions fail, runs the action, and reads what the user sees.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget, QWizard

from desktop.context import AppContext
from desktop.core.entities import ClientDraft
from desktop.core.errors import KnownError
from desktop.paths import DataFolderError
from desktop.providers.base import TransientError
from desktop.providers.credentials import KeyringUnavailableError
from desktop.services import setup
from desktop.storage.errors import DatabaseLockedError
from desktop.ui.crash import CrashHandler
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.dialogs.first_run import FirstRunWizard
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.settings.view import SettingsView
from desktop.ui.tasks import TaskRunner
from desktop.ui.views.client_card import ClientCard
from desktop.ui.views.clients_area import ClientsArea
from desktop.ui.views.clients_view import ClientsView
from desktop.ui.views.messages_view import MessagesView
from desktop.ui.views.templates_view import TemplatesView
from desktop.ui.widgets.connect_banner import ConnectBanner

Shown = Callable[[], str]
W = TypeVar("W", bound=QWidget)


@dataclass
class Env:
    qtbot: object
    ctx: AppContext
    tasks: TaskRunner
    monkeypatch: pytest.MonkeyPatch
    warnings: list[str]
    tmp_path: Path
    widgets: list[QWidget] = field(default_factory=list)

    def add(self, widget: W) -> W:
        self.qtbot.addWidget(widget)  # type: ignore[attr-defined]
        self.widgets.append(widget)  # qtbot keeps a weak reference only
        return widget

    def fail(self, owner: object, name: str, error: BaseException) -> None:
        """Make ``owner.name(...)`` raise ``error`` (a service method, or a function of a module)."""

        def raiser(*_args: object, **_kwargs: object) -> object:
            raise error

        self.monkeypatch.setattr(owner, name, raiser)

    def preferences(self) -> QSettings:
        return QSettings(str(self.tmp_path / "window.ini"), QSettings.Format.IniFormat)

    def client(self) -> int:
        return self.ctx.clients.create(
            ClientDraft(first_name="Élodie", last_name="Martin", mobile="0612345678")
        )


def _label(widget: QWidget, name: str) -> Shown:
    label = getattr(widget, name)
    return lambda: label.text() if not label.isHidden() else ""


# ---------------------------------------------------------------------------------------- the screens


def clients_list(env: Env, error: BaseException) -> Shown:
    view = env.add(ClientsView(env.ctx.clients, env.tasks))
    env.fail(env.ctx.clients, "search_ids", error)
    view.refresh()
    return lambda: "\n".join(env.warnings)


def client_card(env: Env, error: BaseException) -> Shown:
    client_id = env.client()
    card = env.add(ClientCard(env.ctx.clients, env.ctx.compose, env.ctx.templates, env.tasks))
    env.fail(env.ctx.clients, "get", error)
    card.show_client(client_id)
    return _label(card, "error")


def client_form(env: Env, error: BaseException) -> Shown:
    env.fail(env.ctx.clients, "create", error)
    dialog = env.add(ClientDialog(env.ctx.clients.create))
    dialog.first_name.setText("Élodie")
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return _label(dialog, "general_error")


def clients_export(env: Env, error: BaseException) -> Shown:
    area = env.add(
        ClientsArea(
            env.ctx.clients,
            env.ctx.importer,
            env.ctx.exporter,
            env.tasks,
            card=ClientCard(env.ctx.clients, env.ctx.compose, env.ctx.templates, env.tasks),
        )
    )
    env.fail(env.ctx.exporter, "export_clients", error)
    area._write(lambda: env.ctx.exporter.export_clients(str(env.tmp_path / "c.xlsx")), "c.xlsx")
    return lambda: "\n".join(env.warnings)


def messages(env: Env, error: BaseException) -> Shown:
    view = env.add(MessagesView(env.ctx.outbox, env.ctx.accounts, env.ctx.templates, env.tasks))
    env.fail(env.ctx.outbox, "count_by_status", error)
    view.refresh_summary()
    return lambda: "\n".join(env.warnings)


def templates(env: Env, error: BaseException) -> Shown:
    view = env.add(TemplatesView(env.ctx.templates, env.ctx.settings, env.tasks))
    env.fail(env.ctx.templates, "list_templates", error)
    view.refresh()
    return _label(view, "general_error")


def settings(env: Env, error: BaseException) -> Shown:
    view = env.add(
        SettingsView(
            env.ctx.settings, env.ctx.accounts, env.tasks, env.ctx.paths, env.preferences(), templates=None
        )
    )
    env.fail(env.ctx.settings, "get", error)
    view.refresh()
    return _label(view, "general_error")


def accounts_page(env: Env, error: BaseException) -> Shown:
    view = SettingsView(
        env.ctx.settings, env.ctx.accounts, env.tasks, env.ctx.paths, env.preferences(), templates=None
    )
    env.add(view)
    env.fail(env.ctx.accounts, "list", error)
    view.accounts_page.refresh()
    return view.accounts_page.status_text


def account_dialog(env: Env, error: BaseException) -> Shown:
    dialog = env.add(AccountDialog(env.ctx.accounts, env.tasks))
    env.fail(setup, "check_draft", error)
    dialog.test_connection()
    result = _label(dialog, "test_result")
    return lambda: "" if result() == "Test en cours…" else result()


def composer(env: Env, error: BaseException) -> Shown:
    client_id = env.client()
    env.fail(env.ctx.compose, "gather", error)
    dialog = env.add(ComposerDialog(env.ctx.compose, env.ctx.templates, env.tasks, [client_id]))
    return _label(dialog, "error")


def import_wizard(env: Env, error: BaseException) -> Shown:
    env.fail(env.ctx.importer, "analyse", error)
    wizard = env.add(ImportWizard(env.ctx.importer, env.tasks))
    wizard.analyse(str(env.tmp_path / "clients.csv"))
    return lambda: wizard.error


def first_run(env: Env, error: BaseException) -> Shown:
    wizard = env.add(FirstRunWizard(env.ctx.settings, env.ctx.templates, env.ctx.accounts, env.tasks))
    wizard.show()
    env.fail(setup, "apply_first_run", error)
    wizard.next()
    wizard.business_page.name_edit.setText("Garage")
    while wizard.currentPage() is not wizard.summary_page:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return _label(wizard.summary_page, "error")


SCREENS = [
    clients_list,
    client_card,
    client_form,
    clients_export,
    messages,
    templates,
    settings,
    accounts_page,
    account_dialog,
    composer,
    import_wizard,
    first_run,
]

ENVIRONMENT = [
    (DatabaseLockedError("database is locked"), "La base de données est occupée"),
    (KeyringUnavailableError(), "trousseau"),
    (TransientError("connection_error"), "connexion"),
]


@pytest.fixture
def env(qtbot, ctx: AppContext, mem_keyring, monkeypatch, tmp_path: Path) -> Iterator[Env]:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text))
    tasks = TaskRunner()
    yield Env(qtbot, ctx, tasks, monkeypatch, warnings, tmp_path)
    tasks.wait()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.__name__)
@pytest.mark.parametrize(("error", "french"), ENVIRONMENT, ids=["locked", "keyring", "offline"])
def test_every_screen_explains_an_environment_error_in_french(
    qtbot, env: Env, screen: Callable[[Env, BaseException], Shown], error: KnownError, french: str
) -> None:
    shown = screen(env, error)
    qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
    assert french in shown()
    assert shown() == error.message() or error.message() in shown()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.__name__)
def test_every_screen_sends_a_bug_to_the_crash_dialog(
    qtbot, env: Env, screen: Callable[[Env, BaseException], Shown]
) -> None:
    crash = CrashHandler()
    crash.show_dialogs = False
    crash.install()
    try:
        bug = RuntimeError("a bug, not the user's doing")
        try:
            shown = screen(env, bug)
        except RuntimeError as raised:  # a screen that calls its service on the UI thread raises at once
            assert raised is bug
            return
        qtbot.waitUntil(lambda: crash.last is not None, timeout=5000)
    finally:
        env.tasks.wait()
        crash.uninstall()
    assert crash.last is not None and crash.last[0] is bug
    assert shown() == "", "a bug must not be shown as if it were the user's problem"


def test_a_background_read_keeps_quiet_on_a_known_error_but_reports_a_bug(qtbot, env: Env) -> None:
    banner = env.add(ConnectBanner(env.ctx.accounts, env.tasks))
    env.fail(env.ctx.accounts, "default", DatabaseLockedError("database is locked"))
    banner.refresh()
    env.tasks.wait()
    qtbot.wait(50)  # the answer comes back through the event loop: nothing to show, nothing raised
    crash = CrashHandler()
    crash.show_dialogs = False
    crash.install()
    try:
        env.fail(env.ctx.accounts, "default", RuntimeError("bug"))
        banner.refresh()
        qtbot.waitUntil(lambda: crash.last is not None, timeout=5000)
    finally:
        env.tasks.wait()
        crash.uninstall()


def test_the_crash_dialog_explains_a_known_error_nobody_caught(qtbot, monkeypatch) -> None:
    texts: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        texts.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    crash = CrashHandler()
    crash.install()
    try:
        error = DataFolderError(Path("/mnt/usb/Comptoir"), PermissionError(13, "Permission denied"))
        crash._hook(type(error), error, None)
        qtbot.waitUntil(lambda: bool(texts), timeout=2000)
    finally:
        crash.uninstall()
    text, details = texts[0]
    assert "ne peut pas utiliser le dossier des données « /mnt/usb/Comptoir » : accès refusé." in text
    assert details == ""
