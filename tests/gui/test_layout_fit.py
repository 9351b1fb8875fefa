"""At 1280×800 (the window Comptoir opens with on such a screen) and with Comptoir's stylesheet, every
label, button, group title and table header of every view shows its whole text: nothing clipped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    MessageStatus,
    Sector,
)
from desktop.paths import AppPaths
from desktop.services import setup
from desktop.settings import Business
from desktop.storage.repositories import messages as messages_repo
from desktop.ui import style
from desktop.ui.application import window_settings
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.dialogs.consent_dialog import ConsentDialog
from desktop.ui.main_window import MINIMUM_SIZE, MainWindow, first_start_size
from desktop.ui.shell import Shell
from tests.gui.fit import unfit_texts
from tests.services.stored import Storer

TUESDAY = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
#: A 1280×800 screen less a desktop panel: the window Comptoir opens with there.
SMALL_SCREEN = first_start_size(QSize(1280, 770))


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """Comptoir's look, as the application sets it, removed afterwards for the other tests."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    assert qapp.style().name().lower() == "fusion"  # the tests' style already: apply() keeps it
    style.apply(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def shop(app_paths: AppPaths) -> Iterator[tuple[AppContext, list[int]]]:
    context = open_context(app_paths, clock=FakeClock(TUESDAY))
    setup.apply_first_run(
        context.settings,
        context.templates,
        context.accounts,
        setup.FirstRunAnswers(
            Business(name="Optique Martin", address="12 rue de la République, Lyon", sector=Sector.OPTICIAN),
            sender="OPTMARTIN",
        ),
    )
    ids = []
    for first, last, mobile, email in (
        ("Marie-Christine", "Dupont-Laurent", "06 12 34 56 78", "marie-christine.dupont-laurent@exemple.fr"),
        ("Élodie", "Bernard", "06 98 76 54 32", "elodie.b@exemple.fr"),
        ("Karim", "Haddad", "07 81 23 45 67", ""),
    ):
        client_id = context.clients.create(
            ClientDraft(
                civility="Mme",
                first_name=first,
                last_name=last,
                mobile=mobile,
                email=email,
                city="Villefranche-sur-Saône",
            )
        )
        context.clients.record_consent(
            client_id,
            ConsentPurpose.PROMOTIONAL,
            ConsentState.GRANTED,
            ConsentSource.PAPER,
            wording="J'accepte de recevoir par SMS les offres d'Optique Martin.",
            recorded_by="Mme Martin",
        )
        ids.append(client_id)
    for body, client_id in (
        ("Bonjour Marie-Christine, vos lunettes vous attendent.", ids[0]),
        ("Bonjour", ids[1]),
    ):
        message = Storer.of(context).store("06 12 34 56 78", body, client_id=client_id)
    with context.db.session() as session:
        for status in (MessageStatus.SENDING, MessageStatus.FAILED):
            messages_repo.transition(
                session, message.id, status, TUESDAY, "invalid_number", error_code="invalid_number"
            )
    yield context, ids
    context.close()


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _check(where: str, root: QWidget, found: dict[str, list[str]]) -> None:
    _settle()
    problems = unfit_texts(root)
    if problems:
        found[where] = problems


def test_every_view_fits_a_1280_by_800_screen(qtbot, styled, shop, tasks) -> None:
    context, ids = shop
    preferences = window_settings(context.paths)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    shell = Shell(context, tasks, window, preferences, run_dispatcher=False)
    shell.start()
    window.resize(SMALL_SCREEN)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}
    for area in window.areas():
        window.show_area(area)
        _check(area, window, found)
        page = window.stack.currentWidget()
        assert page is not None
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _check(f"{area} › {tabs.tabText(index)}", window, found)
    window.show_area("clients")
    shell.clients_area.show_card(ids[0])
    qtbot.waitUntil(lambda: shell.client_card.title.text() != "", timeout=3000)
    _check("client card", window, found)
    window.show_area("messages")
    shell.messages_view.table.selectRow(0)
    qtbot.waitUntil(lambda: shell.messages_view.detail.info is not None, timeout=3000)
    _check("message detail", window, found)
    shell.shutdown()
    assert found == {}


def test_the_first_screen_of_a_new_shop_fits(qtbot, styled, app_paths: AppPaths, tasks) -> None:
    """After the first-start wizard: the empty client list and what it says to do."""
    context = open_context(app_paths, clock=FakeClock(TUESDAY))
    try:
        preferences = window_settings(context.paths)
        window = MainWindow(preferences)
        qtbot.addWidget(window)
        shell = Shell(context, tasks, window, preferences, run_dispatcher=False)
        shell.start()
        window.resize(SMALL_SCREEN)
        window.show()
        qtbot.waitExposed(window)
        assert shell.clients_view.results.currentWidget() is shell.clients_view.empty
        found: dict[str, list[str]] = {}
        _check("empty client list", window, found)
        window.resize(MINIMUM_SIZE)
        _check("empty client list, smallest window", window, found)
        shell.shutdown()
        assert found == {}
    finally:
        context.close()


def test_the_dialogs_fit_at_their_opening_size(qtbot, styled, shop, tasks, mem_keyring) -> None:
    context, ids = shop
    found: dict[str, list[str]] = {}
    composer = ComposerDialog(context.compose, context.templates, tasks, ids, debounce_ms=10)
    qtbot.addWidget(composer)
    composer.show()
    index = composer.template.findText("Lunettes prêtes")
    with qtbot.waitSignal(composer.preview_ready, timeout=3000):
        composer.template.setCurrentIndex(index)
        composer.template.activated.emit(index)
    _check("composer", composer, found)
    for name, dialog in (
        (
            "client form",
            ClientDialog(context.clients.create, business_name="Optique Martin", staff=("Julie",)),
        ),
        ("consent", ConsentDialog("Marie-Christine Dupont-Laurent", "Optique Martin", ("Julie",))),
        ("account", AccountDialog(context.accounts, tasks)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _check(name, dialog, found)
    assert found == {}
