"""Orders and interventions under pytest-qt, the agenda panel of the client card, and Réglages › Agenda."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppContext, open_context
from desktop.core.agenda import AppointmentDraft, NoticeKind, NoticeStatus
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, OrderStatus, Sector
from desktop.paths import AppPaths
from desktop.settings import READY_PROPOSE, Business, OrderSettings, Settings
from desktop.ui.application import window_settings
from desktop.ui.dialogs.order_dialogs import NoticeTimeDialog, OrderDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.orders_model import OrdersModel
from desktop.ui.settings.agenda import AgendaPage
from desktop.ui.shell import Shell
from desktop.ui.views.orders_view import OrdersView

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = dt.datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)


def make_context(app_paths: AppPaths, sector: Sector, **settings) -> AppContext:
    context = open_context(app_paths, clock=FakeClock(TUESDAY.astimezone(dt.UTC)))
    business = Business(
        name="Optique Martin", address="3 place Bellecour, Lyon", phone="04 78 12 34 56", sector=sector
    )
    context.settings.save(Settings(business=business, **settings))
    context.templates.install_presets(sector)
    return context


@pytest.fixture
def octx(app_paths: AppPaths) -> Iterator[AppContext]:
    context = make_context(app_paths, Sector.OPTICIAN)
    yield context
    context.close()


@pytest.fixture
def lea(octx: AppContext) -> int:
    return octx.clients.create(ClientDraft(first_name="Léa", last_name="Petit", mobile="0612345678"))


def orders_view(qtbot, context: AppContext, tasks, *, interventions: bool = False) -> OrdersView:
    view = OrdersView(
        context.orders, context.clients, tasks, PARIS, context.clock, interventions=interventions
    )
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    return view


def test_recording_an_order_and_marking_it_ready_then_collected(
    qtbot, octx: AppContext, tasks, lea: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = orders_view(qtbot, octx, tasks)

    def exec_(dialog: OrderDialog) -> int:
        assert dialog.windowTitle() == "Nouvelle commande"
        dialog.client.line.setText("petit")
        dialog.client.search_now()
        dialog.client.choose_item(dialog.client.matches.item(0))
        dialog.label.setText("Lunettes progressives")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(OrderDialog, "exec", exec_)
    view.new_button.click()
    assert view.model.rowCount() == 1
    order = view.selected_order()
    assert order is not None and (order.label, order.client_id) == ("Lunettes progressives", lea)
    assert view.model.index(0, 2).data() == "En préparation"
    assert view.ready_button.isEnabled()

    view.ready_button.click()
    assert octx.orders.get(order.id).status is OrderStatus.READY
    assert [view.notices_model.index(r, 0).data() for r in range(2)] == [
        "Message « prête »",
        "Rappel de retrait",
    ]
    assert view.notices_model.index(0, 1).data() == "En file d'attente"  # handed to the gate at once
    assert view.notices_model.index(1, 1).data() == "Prévu pour mardi 8 décembre à 10h00"
    assert view.model.index(0, 4).data() == "Message « prête » : En file d'attente"
    assert not view.ready_button.isEnabled()

    view.collected_button.click()
    assert octx.orders.get(order.id).status is OrderStatus.COLLECTED
    assert view.model.rowCount() == 0  # « En cours et prêtes » only
    view.show_order(order.id)
    assert view.selected_order() is not None and view.state.text() == "Retirée"
    kinds = {view.notices_model.index(r, 0).data(): view.notices_model.index(r, 1).data() for r in range(3)}
    assert kinds["Rappel de retrait"] == "Annulé : la commande est retirée ou annulée."
    assert (
        kinds["Enquête de satisfaction"] == "Prévu pour vendredi 4 décembre à 10h00"
    )  # sent then, through the gate
    assert not view.collected_button.isEnabled() and not view.cancel_button.isEnabled()


def test_ready_in_propose_mode_asks_before_telling_the_client(
    qtbot, app_paths: AppPaths, tasks, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context(app_paths, Sector.OPTICIAN, orders=OrderSettings(ready_notice=READY_PROPOSE))
    try:
        client = context.clients.create(ClientDraft(first_name="Léa", mobile="0612345678"))
        order = context.orders.add(client, "Lentilles")
        view = orders_view(qtbot, context, tasks)
        view.select(order.id)
        asked: list[str] = []

        def question(_parent, _title, text, *_rest):
            asked.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        view.mark_ready()
        assert asked == ["La commande de Léa est prête. Prévenir le client maintenant par SMS ?"]
        kinds = [n.kind for n in context.orders.notices([order.id])[order.id]]
        assert sorted(kinds) == sorted([NoticeKind.READY, NoticeKind.PICKUP])
    finally:
        context.close()


def test_an_intervention_notice_in_one_click_with_its_time(
    qtbot, app_paths: AppPaths, tasks, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = make_context(app_paths, Sector.CRAFTSMAN)
    try:
        client = context.clients.create(ClientDraft(first_name="Paul", mobile="0612345678"))
        job = context.orders.add(client, "Fuite sous l'évier")
        view = orders_view(qtbot, context, tasks, interventions=True)
        assert view.on_the_way_button.isVisibleTo(view) and not view.ready_button.isVisibleTo(view)
        assert view.collected_button.text() == "&Terminée"
        view.select(job.id)
        proposed: list[dt.datetime] = []

        def ask(kind, when, zone, parent=None):
            proposed.append(when)
            dialog = NoticeTimeDialog(kind, when, zone)
            dialog.time.setTime(QTime(9, 40))
            return dialog.moment()

        monkeypatch.setattr(NoticeTimeDialog, "ask", staticmethod(ask))
        view.on_the_way_button.click()
        assert proposed[0].astimezone(PARIS) == dt.datetime(
            2026, 12, 1, 9, 30, tzinfo=PARIS
        )  # in half an hour
        (notice,) = context.orders.notices([job.id])[job.id]
        assert (notice.kind, dict(notice.values), notice.status) == (
            NoticeKind.ON_THE_WAY,
            {"heure_arrivee": "9h40"},
            NoticeStatus.QUEUED,  # handed to the message gate at once
        )
        assert view.status_line.text() == "Technicien en route : En file d'attente"
        monkeypatch.setattr(
            NoticeTimeDialog,
            "ask",
            staticmethod(lambda kind, when, zone, parent=None: TUESDAY - dt.timedelta(hours=1)),
        )
        view.delay_button.click()
        assert view.error_text() == "Cette heure est déjà passée : indiquez une heure à venir."
    finally:
        context.close()


def test_orders_model_passes_the_model_tester(qtmodeltester, octx: AppContext, lea: int) -> None:
    first = octx.orders.add(lea, "Lunettes")
    octx.orders.mark_ready(first.id)
    octx.orders.add(lea, "Lentilles")
    orders = octx.orders.listing()
    model = OrdersModel(PARIS)
    model.set_orders(orders, octx.orders.notices([o.id for o in orders]), octx.clock.now())
    qtmodeltester.check(model)
    assert model.rowCount() == 2


# ---------------------------------------------------------------------------------------- client card


def test_the_client_card_lists_appointments_and_orders(qtbot, octx: AppContext, tasks, lea: int) -> None:
    octx.appointments.create(AppointmentDraft(lea, TUESDAY + dt.timedelta(days=2, hours=5), 30, "Essayage"))
    octx.orders.add(lea, "Lunettes progressives")
    preferences = window_settings(octx.paths)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    shell = Shell(octx, tasks, window, preferences, run_dispatcher=False)
    shell.start()
    try:
        shell.clients_area.show_card(lea)
        appointments, orders = shell.agenda.panel.lines()
        assert appointments == [
            "jeudi 3 décembre à 14h00 · Essayage · Prévu — Prévu pour mercredi 2 décembre à 10h00"
        ]
        assert orders == ["Lunettes progressives · En préparation"]
        shell.agenda.panel.appointment_list.itemActivated.emit(shell.agenda.panel.appointment_list.item(0))
        assert window.current_area() == "agenda"
        assert shell.agenda.agenda.selected_appointment() is not None
        assert (
            shell.agenda.agenda.period_label.text() == "Semaine du lundi 30 novembre au dimanche 6 décembre"
        )
        shell.agenda.agenda.detail.client_button.click()
        assert window.current_area() == "clients" and shell.client_card.client_id() == lea
    finally:
        shell.shutdown()


# ---------------------------------------------------------------------------------------- settings


def test_the_agenda_page_edits_team_kinds_and_orders(qtbot, octx: AppContext, tasks) -> None:
    page = AgendaPage(octx.templates, tasks)
    qtbot.addWidget(page)
    settings = octx.settings.get()
    page.load(settings)
    assert [page.kind_list.item(i).text() for i in range(page.kind_list.count())] == [
        "Examen de vue", "Essayage", "Adaptation lentilles",
    ]  # fmt: skip
    assert page.reminder_template.currentText() == "(modèle habituel du métier)"
    assert "Rappel de rendez-vous" in [
        page.reminder_template.itemText(i) for i in range(page.reminder_template.count())
    ]
    assert page.apply(settings).agenda.kinds == ()  # nothing changed: the sector's kinds keep applying

    page.staff_edit.setPlainText("Mme Martin\n\n  M. Blanc \nMme Martin")
    page.kind_list.setCurrentRow(1)
    page.reminder_at.setTime(QTime(9, 30))
    page.morning.setChecked(True)
    page.reminder_template.setCurrentIndex(page.reminder_template.findData("Rappel de rendez-vous"))
    page.add_kind()
    page.kind_name.setText("Contrôle")
    page.kind_name.textEdited.emit("Contrôle")
    page.pickup_days.setValue(0)
    changed = page.apply(settings)
    assert changed.staff == ("Mme Martin", "M. Blanc")
    names = [k.name for k in changed.agenda.kinds]
    assert names == ["Examen de vue", "Essayage", "Adaptation lentilles", "Contrôle"]
    essayage = changed.agenda.kinds[1].rule
    assert (essayage.at, essayage.morning_of, essayage.template) == (
        dt.time(9, 30),
        True,
        "Rappel de rendez-vous",
    )
    assert changed.orders.pickup_reminder_days == 0 and page.pickup_days.text() == "jamais"
    octx.settings.save(changed)
    again = AgendaPage(octx.templates, tasks)
    qtbot.addWidget(again)
    again.load(octx.settings.get())
    assert again.kind_list.count() == 4 and again.staff_edit.toPlainText() == "Mme Martin\nM. Blanc"
    assert dataclasses.replace(again.apply(octx.settings.get())) == octx.settings.get()
