"""The Agenda area under pytest-qt: book through the dialog (client found as you type), move by dropping on
the grid and through the dialog, cancel, change status; each appointment shows its reminders."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.context import AppContext, open_context
from desktop.core.agenda import AppointmentDraft, NoticeStatus
from desktop.core.clock import FakeClock
from desktop.core.entities import AppointmentStatus, ClientDraft, Sector
from desktop.paths import AppPaths
from desktop.settings import Business, Settings
from desktop.storage.repositories import notices as notices_repo
from desktop.ui.dialogs.appointment_dialog import AppointmentDialog
from desktop.ui.models.agenda_model import AgendaModel
from desktop.ui.models.notices_model import NoticesModel
from desktop.ui.views.agenda_view import DAY, AgendaView

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = dt.datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)  # the week of Monday 30 November


def paris(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=PARIS)


@pytest.fixture
def actx(app_paths: AppPaths) -> Iterator[AppContext]:
    context = open_context(app_paths, clock=FakeClock(TUESDAY.astimezone(dt.UTC)))
    context.settings.save(
        Settings(
            business=Business(name="Cabinet des Tilleuls", sector=Sector.CLINIC),
            staff=("Dr Morel", "Dr Petit"),
        )
    )
    context.templates.install_presets(Sector.CLINIC)
    yield context
    context.close()


@pytest.fixture
def claire(actx: AppContext) -> int:
    return actx.clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))


@pytest.fixture
def view(qtbot, actx: AppContext, tasks) -> AgendaView:
    widget = AgendaView(
        actx.appointments, actx.reminders, actx.clients, actx.settings, tasks, PARIS, actx.clock
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.refresh()
    return widget


def book(actx: AppContext, client: int, start: dt.datetime, staff: str = "Dr Morel") -> int:
    return actx.appointments.create(AppointmentDraft(client, start, 20, "Consultation", staff)).id


def cell_of(view: AgendaView, appointment_id: int):
    index = view.model.index_of(appointment_id)
    assert index.isValid()
    return index


def fill_and_save(monkeypatch: pytest.MonkeyPatch, fill) -> list[AppointmentDialog]:
    """Replace the dialog's modal loop: `fill` types into the real dialog, then « Enregistrer » is clicked."""
    shown: list[AppointmentDialog] = []

    def exec_(dialog: AppointmentDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AppointmentDialog, "exec", exec_)
    return shown


# ---------------------------------------------------------------------------------------- showing


def test_the_week_shows_each_appointment_in_its_slot_with_its_reminder(
    view: AgendaView, actx: AppContext, claire: int
) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    view.refresh()
    assert view.period_label.text() == "Semaine du lundi 30 novembre au dimanche 6 décembre"
    assert view.model.columnCount() == 7
    index = cell_of(view, appointment)
    assert index.column() == 3  # Thursday
    assert view.model.headerData(index.row(), Qt.Orientation.Vertical) == "14h30"
    assert index.data() == "14h30 Claire Martin · Consultation"
    assert (
        view.model.index(index.row() + 1, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    )  # 20 min: one slot
    view.grid.setCurrentIndex(index)
    assert view.detail.title.text() == "Claire Martin"
    assert view.detail.notices_model.rowCount() == 1
    assert view.detail.notices_model.index(0, 0).data() == "Rappel avant le rendez-vous"
    assert view.detail.notices_model.index(0, 1).data() == "Prévu pour mercredi 2 décembre à 10h00"


def test_booking_through_the_dialog_finds_the_client_as_you_type(
    qtbot, view: AgendaView, actx: AppContext, claire: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    actx.clients.create(ClientDraft(first_name="Jean", last_name="Dupont", mobile="0622334455"))

    def fill(dialog: AppointmentDialog) -> None:
        dialog.client.line.setText("mart")
        dialog.client.search_now()
        assert [dialog.client.matches.item(i).text() for i in range(dialog.client.matches.count())] == [
            "Martin Claire — 06 12 34 56 78"
        ]
        qtbot.keyClick(dialog.client.line, Qt.Key.Key_Return)  # the first match is chosen
        assert dialog.client.client_id() == claire
        dialog.time.setTime(QTime(16, 0))
        dialog.kind.setCurrentText("Suivi")
        assert dialog.duration.value() == 15  # the kind's usual length
        dialog.staff.setCurrentText("Dr Petit")

    shown = fill_and_save(monkeypatch, fill)
    view.grid.setCurrentIndex(view.model.index(16, 3))  # Thursday 16h00 (the grid starts at 8h00)
    created = view.new_appointment(view.grid.currentIndex().data(AgendaModel.START_ROLE))
    assert created is not None and shown[0].windowTitle() == "Nouveau rendez-vous"
    assert (created.start, created.duration_minutes, created.kind, created.staff) == (
        paris(12, 3, 16),
        15,
        "Suivi",
        "Dr Petit",
    )
    selected = view.selected_appointment()
    assert selected is not None and selected.id == created.id
    assert view.detail.notices_model.index(0, 1).data() == "Prévu pour mercredi 2 décembre à 10h00"


def test_the_dialog_refuses_without_a_client_and_keeps_what_was_typed(qtbot, actx: AppContext, tasks) -> None:
    dialog = AppointmentDialog(actx.clients, tasks, actx.appointments.create, PARIS, debounce_ms=0)
    qtbot.addWidget(dialog)
    dialog.place.setText("Salle 2")
    dialog.client.line.setText("personne")
    dialog.client.search_now()
    assert not dialog.client.none.isHidden() and dialog.client.matches.isHidden()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Choisissez le client" in dialog.error_text() and dialog.place.text() == "Salle 2"


def test_the_dialog_explains_a_refusal_of_the_service(qtbot, actx: AppContext, tasks, claire: int) -> None:
    dialog = AppointmentDialog(
        actx.clients,
        tasks,
        actx.appointments.create,
        PARIS,
        draft=AppointmentDraft(claire, paris(12, 3, 9)),
        client_label="Martin Claire",
    )
    qtbot.addWidget(dialog)
    dialog.duration.setMinimum(1)
    dialog.duration.setValue(2)  # shorter than the service allows
    dialog.save()
    assert dialog.error_text() == "La durée doit être comprise entre 5 minutes et 12 heures."
    assert actx.appointments.between(paris(12, 1, 0), paris(12, 31, 0)) == []


# ---------------------------------------------------------------------------------------- moving


def _drop(view: AgendaView, source, target) -> None:
    """What Qt does when an appointment is dragged onto another slot: the view receives the drop."""
    data: QMimeData = view.model.mimeData([source])
    viewport = view.grid.viewport()
    point = QPointF(view.grid.visualRect(target).center())
    actions = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        _drag_event(QDragEnterEvent, point, actions, data),
        _drag_event(QDragMoveEvent, point, actions, data),
        QDropEvent(point, actions, data, buttons, keys),
    ):
        QApplication.sendEvent(viewport, event)


def _drag_event(kind, point: QPointF, actions, data: QMimeData):
    """PySide6 6.12 takes the position as a QPointF (its QPoint form is deprecated); 6.11 only as a QPoint."""
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:
        return kind(point, actions, data, buttons, keys)
    except TypeError:
        return kind(point.toPoint(), actions, data, buttons, keys)


def test_dropping_an_appointment_on_another_slot_moves_it_and_replans(
    view: AgendaView, actx: AppContext, claire: int
) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    view.refresh()
    source = cell_of(view, appointment)
    target = view.model.index(source.row() + 3, 4)  # Friday, 16h00
    _drop(view, source, target)
    moved = actx.appointments.get(appointment)
    assert moved.start == paris(12, 4, 16)  # the minutes past the slot are kept (14h30 → 16h00 slot + 0)
    assert cell_of(view, appointment).column() == 4
    notices = sorted(actx.appointments.notices(appointment), key=lambda n: n.id)
    assert [(n.status, n.due_at) for n in notices] == [
        (NoticeStatus.CANCELLED, paris(12, 2, 10)),
        (NoticeStatus.PLANNED, paris(12, 3, 10)),
    ]
    assert view.detail.notices_model.rowCount() == 2
    assert [view.detail.notices_model.index(row, 1).data() for row in range(2)] == [
        "Annulé : le rendez-vous a été déplacé, un nouveau rappel est prévu.",
        "Prévu pour jeudi 3 décembre à 10h00",
    ]


def test_in_the_day_view_a_drop_on_another_column_changes_the_staff(
    view: AgendaView, actx: AppContext, claire: int
) -> None:
    appointment = book(actx, claire, paris(12, 3, 9, 10))
    view.set_mode(DAY)
    view.show_day(dt.date(2026, 12, 3))
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["Dr Morel", "Dr Petit"]
    source = cell_of(view, appointment)
    _drop(view, source, view.model.index(source.row(), 1))
    moved = actx.appointments.get(appointment)
    assert (moved.staff, moved.start) == ("Dr Petit", paris(12, 3, 9, 10))


def test_moving_through_the_dialog(view: AgendaView, actx: AppContext, claire: int, monkeypatch) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    view.refresh()
    view.select(appointment)

    def fill(dialog: AppointmentDialog) -> None:
        assert dialog.windowTitle() == "Modifier le rendez-vous"
        assert dialog.client.line.text() == "Claire Martin" and dialog.client.client_id() == claire
        dialog.date.setDate(dialog.date.date().addDays(7))  # next Thursday: the view follows
        dialog.place.setText("Cabinet 2")

    fill_and_save(monkeypatch, fill)
    view.edit_selected()
    moved = actx.appointments.get(appointment)
    assert (moved.start, moved.location) == (paris(12, 10, 14, 30), "Cabinet 2")
    assert view.period_label.text() == "Semaine du lundi 7 décembre au dimanche 13 décembre"
    selected = view.selected_appointment()
    assert selected is not None and selected.id == appointment


# ---------------------------------------------------------------------------------------- cancel, status


def test_cancelling_asks_then_cancels_the_pending_reminder(
    view: AgendaView, actx: AppContext, claire: int, monkeypatch
) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    view.refresh()
    view.select(appointment)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_rest):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view.cancel_selected()
    assert actx.appointments.get(appointment).status is AppointmentStatus.PLANNED  # « Non »: nothing changed
    view.detail.cancel_button.click()
    assert "Claire Martin, jeudi 3 décembre à 14h30" in asked[0]
    assert actx.appointments.get(appointment).status is AppointmentStatus.CANCELLED
    assert view.detail.cancelled.isVisible() and not view.detail.edit_button.isEnabled()
    assert view.detail.notices_model.index(0, 1).data() == "Annulé : le rendez-vous est annulé."
    assert cell_of(view, appointment).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not view.model.flags(cell_of(view, appointment)) & Qt.ItemFlag.ItemIsDragEnabled


def test_changing_the_status_from_the_detail(view: AgendaView, actx: AppContext, claire: int) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    view.refresh()
    view.select(appointment)
    view.detail.status.setCurrentIndex(view.detail.status.findData(AppointmentStatus.CONFIRMED.value))
    view.detail.status.activated.emit(view.detail.status.currentIndex())
    assert actx.appointments.get(appointment).status is AppointmentStatus.CONFIRMED
    assert view.detail.status.currentData() == "confirmed"


def test_an_appointment_cancelled_on_another_desk_cannot_be_moved_and_says_why(
    view: AgendaView, actx: AppContext, claire: int
) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    view.refresh()
    source = cell_of(view, appointment)
    actx.appointments.cancel(appointment)  # meanwhile, elsewhere
    view.move_appointment(appointment, paris(12, 4, 9), None)
    assert (
        view.error_text()
        == "Ce rendez-vous est annulé : il ne peut plus être modifié. Créez-en un nouveau si besoin."
    )
    assert cell_of(view, appointment) == source  # shown as it is


def test_a_blocked_reminder_raises_the_alert(view: AgendaView, actx: AppContext, claire: int) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    (notice,) = actx.appointments.notices(appointment)
    with actx.db.session() as session:  # what the gate does to a client who opted out of reminders
        notices_repo.settle(
            session, [notice.id], NoticeStatus.BLOCKED, actx.clock.now(), reason="notice_template_missing",
            params={"name": "Rappel RDV J-1"},
        )  # fmt: skip
    view.refresh()
    assert view.alert.isVisible() and "1 rappel(s) bloqué(s)" in view.alert.text()
    index = cell_of(view, appointment)
    assert index.data().endswith("⚠")
    view.grid.setCurrentIndex(index)
    assert view.detail.notices_model.index(0, 1).data().startswith("Bloqué : le modèle « Rappel RDV J-1 »")


def test_navigation_between_weeks_and_to_today(view: AgendaView) -> None:
    view.go(1)
    assert view.first_day() == dt.date(2026, 12, 7)
    view.go(-2)
    assert view.first_day() == dt.date(2026, 11, 23)
    view.go_today()
    assert view.first_day() == dt.date(2026, 11, 30)
    view.set_mode(DAY)
    assert (view.first_day(), view.days(), view.period_label.text()) == (
        dt.date(2026, 12, 1),
        1,
        "mardi 1er décembre",
    )


# ---------------------------------------------------------------------------------------- models


def test_agenda_model_passes_the_model_tester(qtmodeltester, actx: AppContext, claire: int) -> None:
    for start, staff in (
        (paris(12, 3, 14, 30), "Dr Morel"),
        (paris(12, 3, 14, 30), "Dr Petit"),
        (paris(12, 5, 7, 15), ""),
    ):
        book(actx, claire, start, staff)
    period = actx.appointments.period(dt.date(2026, 11, 30), 7)
    model = AgendaModel(PARIS)
    days = [dt.date(2026, 11, 30) + dt.timedelta(days=i) for i in range(7)]
    model.set_period(days, period.entries, today=dt.date(2026, 12, 1))
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Vertical) == "07h00"  # widened for the 7h15 appointment
    busy = model.index_of(period.entries[0].id)
    assert len(busy.data(AgendaModel.IDS_ROLE)) == 2  # two practitioners at 14h30: one cell, two lines
    day = AgendaModel(PARIS)
    day.set_period([dt.date(2026, 12, 3)], period.entries, ["Dr Morel", "Dr Petit", ""])
    qtmodeltester.check(day)
    assert day.columnCount() == 3 and day.headerData(2, Qt.Orientation.Horizontal) == "Sans attribution"


def test_notices_model_passes_the_model_tester(qtmodeltester, actx: AppContext, claire: int) -> None:
    appointment = book(actx, claire, paris(12, 3, 14, 30))
    actx.appointments.move(appointment, paris(12, 3, 16))
    model = NoticesModel(PARIS)
    model.set_notices(actx.appointments.notices(appointment))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
