"""A shop owner's first hour in the window (issue 13): the navigation, empty screens that say what to do,
export and closing that explain themselves, the first-start window size."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, MessageStatus
from desktop.paths import AppPaths
from desktop.storage.repositories import messages as messages_repo
from desktop.ui.application import window_settings
from desktop.ui.dialogs.import_wizard import ImportWizard
from desktop.ui.main_window import MINIMUM_SIZE, MainWindow, first_start_size
from desktop.ui.shell import Shell
from tests.services.stored import Storer

TUESDAY_MORNING = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def app_ctx(app_paths: AppPaths) -> Iterator[AppContext]:
    context = open_context(app_paths, clock=FakeClock(TUESDAY_MORNING))
    yield context
    context.close()


@pytest.fixture
def shell(qtbot, app_ctx: AppContext, tasks) -> Iterator[Shell]:
    preferences = window_settings(app_ctx.paths)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    built = Shell(app_ctx, tasks, window, preferences, run_dispatcher=False)
    built.start()
    yield built
    built.shutdown()


def _client(ctx: AppContext, first: str = "Claire", mobile: str = "06 12 34 56 78") -> int:
    return ctx.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))


def test_clients_in_the_navigation_returns_from_a_card_to_the_list(qtbot, shell: Shell, app_ctx) -> None:
    claire = _client(app_ctx)
    window = shell.window
    window.show()
    shell.clients_area.show_card(claire)
    assert shell.clients_area.stack.currentWidget() is shell.client_card
    item = window.navigation.item(window.areas().index("clients"))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shell.clients_area.stack.currentWidget() is shell.clients_view

    shell.clients_area.show_card(claire)  # from another area and back: the list again
    window.show_area("messages")
    item = window.navigation.item(window.areas().index("clients"))
    qtbot.mouseClick(
        window.navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.navigation.visualItemRect(item).center(),
    )
    assert window.current_area() == "clients"
    assert shell.clients_area.stack.currentWidget() is shell.clients_view


def test_the_navigation_has_icons_and_counts_the_messages_to_handle(qtbot, shell: Shell, app_ctx) -> None:
    navigation = shell.window.navigation
    navigation.load_icons()  # as start-up does once the icon library is loaded
    assert all(not navigation.item(r).icon().isNull() for r in range(navigation.count()))
    assert navigation.badge("messages") == 0
    message = Storer.of(app_ctx).store("06 12 34 56 78", "Bonjour")
    with app_ctx.db.session() as session:
        for status in (MessageStatus.SENDING, MessageStatus.FAILED):
            messages_repo.transition(session, message.id, status, TUESDAY_MORNING, status.value)
    shell.messages_view.refresh_summary()
    qtbot.waitUntil(lambda: navigation.badge("messages") == 1, timeout=3000)
    row = shell.window.areas().index("messages")
    assert navigation.item(row).data(Qt.ItemDataRole.AccessibleTextRole) == "Messages (1)"


def test_an_empty_client_file_says_what_to_do_with_the_buttons(
    qtbot, shell: Shell, app_ctx, monkeypatch
) -> None:
    view = shell.clients_view
    assert view.results.currentWidget() is view.empty
    assert view.empty.title.text() == "Importez votre fichier clients"
    assert [b.text() for b in view.empty.buttons()] == ["Importer un fichier…", "Ajouter un client"]
    opened: list[object] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("/tmp/clients.xlsx", ""))
    )
    monkeypatch.setattr(ImportWizard, "ask", staticmethod(lambda *a, **k: opened.append(k.get("path"))))
    view.empty_import_button.click()
    assert opened == ["/tmp/clients.xlsx"]

    _client(app_ctx)
    qtbot.waitUntil(lambda: view.results.currentWidget() is view.table, timeout=3000)
    with qtbot.waitSignal(view.search_finished, timeout=3000):
        qtbot.keyClicks(view.search, "Zorro")
    assert view.results.currentWidget() is view.no_match  # clients exist: the search found none
    with qtbot.waitSignal(view.search_finished, timeout=3000):
        view.clear_button.click()
    assert view.search.text() == "" and view.results.currentWidget() is view.table


def test_an_export_says_where_the_file_went(
    qtbot, shell: Shell, app_ctx, tmp_path: Path, monkeypatch
) -> None:
    _client(app_ctx)
    target = tmp_path / "mes clients.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    shell.clients_area.export_button.click()
    assert target.exists()
    assert shown == [("Les clients sont exportés dans ce fichier :", str(target))]


def test_closing_with_messages_waiting_and_no_tray_asks_first(
    qtbot, shell: Shell, app_ctx, monkeypatch
) -> None:
    Storer.of(app_ctx).store("06 12 34 56 78", "Rappel", due_at=TUESDAY_MORNING + dt.timedelta(days=1))
    monkeypatch.setattr(type(shell.runner), "running", property(lambda _self: True))
    asked: list[str] = []
    choice: list[str] = ["&Laisser ouvert"]

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = choice.pop(0)
        button = next(b for b in box.buttons() if b.text() == wanted)
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    event = QCloseEvent()
    event.accept()
    shell._on_close(event)
    assert not event.isAccepted()  # « Laisser ouvert »: the window stays
    assert asked == ["1 SMS attend(ent) de partir : rien ne part tant que Comptoir est fermé."]  # source form

    choice.append("&Fermer quand même")
    event = QCloseEvent()
    event.accept()
    shell._on_close(event)
    assert event.isAccepted()
    shell._quitting = True  # the window closes at the end of the test without asking again


def test_first_start_takes_most_of_a_small_screen_and_is_centred() -> None:
    assert first_start_size(QSize(1280, 770)) == QSize(1240, 730)  # 1280×800 minus a panel
    assert first_start_size(QSize(2560, 1400)) == QSize(1360, 860)  # a large screen: not huge
    assert first_start_size(QSize(900, 560)) == QSize(900, 560)  # never larger than the screen
    assert first_start_size(QSize(1024, 700)).width() >= MINIMUM_SIZE.width()


def test_no_message_yet_says_how_to_write_one(qtbot, shell: Shell, app_ctx) -> None:
    window = shell.window
    window.show_area("messages")
    view = shell.messages_view
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.empty, timeout=3000)
    assert view.empty.title.text() == "Aucun SMS envoyé pour l'instant"
    view.empty_clients_button.click()
    assert window.current_area() == "clients"

    Storer.of(app_ctx).store("06 12 34 56 78", "Bonjour")
    view.reload()
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 0, timeout=3000)  # the list, once there is one
