"""Every label with a mnemonic (« &Nom ») has a buddy: the letter is underlined and Alt+letter reaches the
field, in every window and dialog a user opens."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget, QWizard

from desktop.context import AppContext
from desktop.core.entities import ClientDraft
from desktop.ui.application import window_settings
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.dialogs.consent_dialog import ConsentDialog
from desktop.ui.dialogs.first_run import FirstRunWizard
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.main_window import MainWindow
from desktop.ui.shell import Shell
from tests.gui.mnemonics import unbound_mnemonics

W = TypeVar("W", bound=QWidget)


def _shown(qtbot, widget: W) -> W:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_checker_finds_a_label_without_buddy(qtbot) -> None:
    root = _shown(qtbot, QWidget())
    QLabel("&Nom", root)
    QLabel("Tom && Jerry", root)
    QLabel("<b>R&amp;D</b>", root)
    assert unbound_mnemonics(root) == ["&Nom"]


def test_the_client_dialog(qtbot) -> None:
    dialog = _shown(qtbot, ClientDialog(lambda draft: 1, ClientDraft(last_name="Martin")))
    assert unbound_mnemonics(dialog) == []


def test_every_area_of_the_window(qtbot, ctx: AppContext, tasks) -> None:
    preferences = window_settings(ctx.paths)
    window = _shown(qtbot, MainWindow(preferences))
    shell = Shell(ctx, tasks, window, preferences, run_dispatcher=False)
    shell.start()
    try:
        for area in window.areas():
            window.show_area(area)
            assert unbound_mnemonics(window) == [], area
    finally:
        shell.shutdown()


def test_the_composer_account_and_consent_dialogs(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    client_id = ctx.clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))
    composer = _shown(qtbot, ComposerDialog(ctx.compose, ctx.templates, tasks, [client_id], debounce_ms=10))
    assert unbound_mnemonics(composer) == []
    account = _shown(qtbot, AccountDialog(ctx.accounts, tasks))
    assert unbound_mnemonics(account) == []
    consent = _shown(qtbot, ConsentDialog("Claire Martin", "Optique Martin"))
    assert unbound_mnemonics(consent) == []


def test_every_page_of_the_wizards(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    for wizard in (
        FirstRunWizard(ctx.settings, ctx.templates, ctx.accounts, tasks),
        ImportWizard(ctx.importer, tasks, None),
    ):
        _shown(qtbot, wizard)
        assert isinstance(wizard, QWizard)
        for page_id in wizard.pageIds():
            assert unbound_mnemonics(wizard.page(page_id)) == [], (type(wizard).__name__, page_id)


def test_the_agenda_dialogs(qtbot, ctx: AppContext, tasks) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo

    from desktop.core.agenda import NoticeKind
    from desktop.ui.dialogs.appointment_dialog import AppointmentDialog
    from desktop.ui.dialogs.order_dialogs import NoticeTimeDialog, OrderDialog

    zone = ZoneInfo("Europe/Paris")
    when = dt.datetime(2026, 12, 1, 9, 0, tzinfo=zone)
    for dialog in (
        AppointmentDialog(ctx.clients, tasks, ctx.appointments.create, zone),
        OrderDialog(ctx.clients, tasks, ctx.orders.add, interventions=True),
        NoticeTimeDialog(NoticeKind.ON_THE_WAY, when, zone),
        NoticeTimeDialog(NoticeKind.DELAY, when, zone),
        NoticeTimeDialog(NoticeKind.QUOTE_DATE, when, zone),
    ):
        assert unbound_mnemonics(_shown(qtbot, dialog)) == [], dialog.windowTitle()
