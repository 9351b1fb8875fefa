"""The whole window: areas, navigation, the dispatcher's state, and journey 3 end to end through the widgets.

Journey (issue "Done when"): first start → add a client → compose from a preset template → see segments,
cost and warnings → send through the simulator → the conversation shows *Livré*.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.context import AppContext, open_context
from desktop.core import catalogue
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, MessageStatus, Sector
from desktop.paths import AppPaths
from desktop.services import setup
from desktop.services.dispatch.lock import InstanceLock
from desktop.settings import Business
from desktop.ui.application import window_settings
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.shell import Shell
from desktop.ui.widgets import compose_confirm

# A Tuesday, 10:00 in Paris: inside every sending window.
TUESDAY_MORNING = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TUESDAY_MORNING)


@pytest.fixture
def app_ctx(app_paths: AppPaths, clock: FakeClock) -> Iterator[AppContext]:
    context = open_context(app_paths, clock=clock)
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


def test_only_working_areas_are_shown_and_navigation_switches_them(shell: Shell) -> None:
    window = shell.window
    assert window.areas() == ["clients", "agenda", "orders", "messages", "inbox", "templates", "settings"]
    window.show_area("messages")
    assert window.stack.currentWidget() is shell.messages_view
    window.show_area("agenda")
    assert window.stack.currentWidget() is shell.agenda.agenda
    window.navigation.setCurrentRow(6)
    assert window.current_area() == "settings"


def test_status_bar_names_the_default_account(shell: Shell) -> None:
    assert shell.window.account_label.text() == "Compte SMS : Simulateur (essai sans envoi réel)"


def test_the_built_in_simulator_is_named_by_its_kind_in_the_interface_language(
    qtbot, app_ctx: AppContext, tasks
) -> None:
    catalogue.set_language("en")  # Comptoir's own translator is not installed: only the provider's label
    try:
        window = MainWindow(window_settings(app_ctx.paths))
        qtbot.addWidget(window)
        shell = Shell(app_ctx, tasks, window, window_settings(app_ctx.paths), run_dispatcher=False)
        shell.start()
        assert window.account_label.text() == "Compte SMS : Simulator (trial, nothing really sent)"
        shell.shutdown()
    finally:
        catalogue.set_language("fr")


def test_dispatcher_runs_with_the_window_and_stops_with_it(qtbot, app_ctx: AppContext, tasks) -> None:
    preferences = window_settings(app_ctx.paths)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    shell = Shell(app_ctx, tasks, window, preferences)
    with qtbot.waitSignal(shell.runner.state_changed, timeout=2000):
        shell.start()
    assert shell.runner.running
    qtbot.waitUntil(lambda: window.dispatcher_label.text() == "Envois : prêt", timeout=5000)
    shell.shutdown()
    assert window.dispatcher_label.text() == "Envois arrêtés"
    lock = InstanceLock.for_data_dir(app_ctx.paths.data_dir)
    assert lock.acquire()  # released: a headless dispatcher may now take over
    lock.release()


def test_a_second_dispatcher_on_the_same_desk_stays_off(qtbot, app_ctx: AppContext, tasks) -> None:
    other = InstanceLock.for_data_dir(app_ctx.paths.data_dir)
    assert other.acquire()
    try:
        preferences = window_settings(app_ctx.paths)
        window = MainWindow(preferences)
        qtbot.addWidget(window)
        shell = Shell(app_ctx, tasks, window, preferences)
        shell.start()
        assert not shell.runner.running
        assert window.dispatcher_label.text() == "Envois assurés par un autre Comptoir de ce poste"
        shell.shutdown()
    finally:
        other.release()


def test_closing_the_window_without_a_tray_quits(shell: Shell) -> None:
    shell.window.show()
    assert shell.window.close()


def test_journey_first_start_to_delivered(
    qtbot, shell: Shell, app_ctx: AppContext, clock: FakeClock, monkeypatch
) -> None:
    shell.window.show()
    # First start, as the wizard applies it: an optician, the simulator as the account.
    setup.apply_first_run(
        app_ctx.settings,
        app_ctx.templates,
        app_ctx.accounts,
        setup.FirstRunAnswers(
            Business(name="Optique Martin", address="3 place Bellecour, Lyon", sector=Sector.OPTICIAN),
            sender="OPTMARTIN",
        ),
    )

    # Add a client through the client list's dialog.
    def fill(save, draft=None, parent=None, **options):
        dialog = ClientDialog(save, draft, parent, **options)
        qtbot.addWidget(dialog)
        dialog.civility.setCurrentText("Mme")
        dialog.first_name.setText("Claire")
        dialog.last_name.setText("Martin")
        dialog.mobile.setText("06 12 34 56 78")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(ClientDialog, "ask", staticmethod(fill))
    view = shell.clients_view
    with qtbot.waitSignal(view.search_finished, timeout=3000):
        view.new_button.click()
    assert view.model.rowCount() == 1

    # Open the client card, then the composer; pick the preset and look before sending.
    view.table.doubleClicked.emit(view.model.index(0, 0))
    assert shell.clients_area.stack.currentWidget() is shell.client_card
    seen: dict[str, str] = {}

    def compose(compose_service, templates, tasks, client_ids, parent=None):
        dialog = ComposerDialog(compose_service, templates, tasks, client_ids, parent, debounce_ms=10)
        qtbot.addWidget(dialog)
        index = dialog.template.findText("Lunettes prêtes")
        with qtbot.waitSignal(dialog.preview_ready, timeout=3000):
            dialog.template.setCurrentIndex(index)
            dialog.template.activated.emit(index)
        seen["text"] = dialog.bubble.text()
        seen["figures"] = dialog.bubble.figures_text()
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        return dialog.result_ids

    monkeypatch.setattr(ComposerDialog, "ask", staticmethod(compose))
    shell.client_card.send_button.click()
    assert seen["text"].startswith("Bonjour Claire, vos lunettes")
    assert seen["figures"].endswith("caractères · 1 SMS")  # plain words: no encoding name
    assert "Coût estimé" in seen["summary"]

    # The dispatcher sends through the simulator; the simulator delivers a few seconds later and the
    # dispatcher polls the status again after its first back-off (10 s).
    app_ctx.dispatcher.run_once()
    clock.advance(11)
    app_ctx.dispatcher.run_once()
    (message,) = app_ctx.outbox.list()
    assert message.status is MessageStatus.DELIVERED

    qtbot.waitUntil(lambda: bool(shell.client_card.conversation.bubbles()), timeout=3000)
    qtbot.waitUntil(
        lambda: shell.client_card.conversation.bubbles()[0].meta.startswith("Livré"), timeout=3000
    )


def test_one_sms_to_the_selected_clients_from_the_list(
    qtbot, shell: Shell, app_ctx: AppContext, monkeypatch
) -> None:
    for first, mobile in (("Claire", "0612345678"), ("Paul", "0611223344"), ("Anne", "")):
        app_ctx.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))
    view = shell.clients_view
    with qtbot.waitSignal(view.search_finished, timeout=3000):
        view.refresh()
    assert view.send_button.isVisibleTo(view) and not view.send_button.isEnabled()
    view.table.selectAll()
    assert view.send_button.isEnabled()
    seen: dict[str, object] = {}

    def compose(compose_service, templates, tasks, client_ids, parent=None):
        dialog = ComposerDialog(compose_service, templates, tasks, client_ids, parent, debounce_ms=10)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.preview_ready, timeout=3000):
            dialog.body.setPlainText("Bonjour {prenom}, la boutique est fermée lundi.")
        seen["ids"] = list(client_ids)
        seen["summary"] = dialog.summary.text()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        return dialog.result_ids

    monkeypatch.setattr(ComposerDialog, "ask", staticmethod(compose))
    confirmed: list[str] = []

    def confirm(_parent, found: compose_confirm.Confirmation) -> bool:
        confirmed.append(found.question)
        return True

    monkeypatch.setattr(compose_confirm, "ask", confirm)
    with qtbot.waitSignal(shell.clients_area.messages_queued, timeout=3000) as queued:
        view.send_button.click()
    assert len(seen["ids"]) == 3  # type: ignore[arg-type]
    assert "2 destinataire(s) sur 3" in str(seen["summary"])  # Anne has no mobile
    assert len(queued.args[0]) == 2
    assert confirmed == ["Envoyer à 2 personne(s), coût 0,14 € ?"]  # asked before anything was queued
    assert sorted(m.body for m in app_ctx.outbox.list()) == [
        "Bonjour Claire, la boutique est fermée lundi.",
        "Bonjour Paul, la boutique est fermée lundi.",
    ]


def test_window_geometry_is_kept_in_the_data_folder_preferences(shell: Shell, app_ctx: AppContext) -> None:
    shell.window.show()
    shell.window.close()
    preferences = window_settings(app_ctx.paths)
    assert preferences.value("window/geometry") is not None
    preferences.sync()
    assert Path(app_ctx.paths.data_dir / "window.ini").exists()
