"""The agenda grid's layout (worked out on the worker thread): where each appointment goes, what each cell
says, and which cells can be dragged — the grid lets a drag start only from those."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from desktop.core.agenda import AgendaEntry
from desktop.core.entities import AppointmentStatus
from desktop.ui.models.agenda_model import MIME_TYPE, AgendaModel, layout_period

PARIS = ZoneInfo("Europe/Paris")
MONDAY = dt.date(2027, 3, 22)  # the week of the spring change (Sunday 28 March)
WEEK = [MONDAY + dt.timedelta(days=i) for i in range(7)]


def entry(
    id_: int,
    day: dt.date,
    hour: int,
    minute: int = 0,
    minutes: int = 30,
    *,
    staff: str = "Dr Morel",
    status: AppointmentStatus = AppointmentStatus.PLANNED,
    blocked: int = 0,
    kind: str = "Consultation",
) -> AgendaEntry:
    start = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=PARIS).astimezone(dt.UTC)
    end = start + dt.timedelta(minutes=minutes)
    return AgendaEntry(id_, 1, f"Client {id_}", start, end, staff, kind, "", status, blocked)


def test_each_appointment_starts_in_its_local_slot_with_its_line() -> None:
    entries = [
        entry(1, MONDAY, 9, 15, staff="Dr Morel"),
        entry(2, MONDAY, 9, 0, staff="Dr Petit", kind="", blocked=1),
        entry(3, WEEK[6], 10, 30, minutes=75),  # Sunday 28 March, after the change to summer time
    ]
    layout = layout_period(WEEK, entries, PARIS, today=MONDAY)
    assert layout.first_minutes == 8 * 60 and layout.rows == 24  # 08h00-20h00, by half hours
    monday_nine = (2, 0)
    assert [e.id for e in layout.starting[monday_nine]] == [1, 2]
    assert layout.texts[monday_nine] == "09h15 Client 1 · Consultation\n09h00 Client 2 ⚠"
    assert layout.blocked == frozenset({monday_nine})
    sunday = (5, 6)
    assert layout.texts[sunday] == "10h30 Client 3 · Consultation"
    assert {cell for cell in layout.covered if cell[1] == 6} == {(5, 6), (6, 6), (7, 6)}  # 75 minutes


def test_the_day_widens_for_early_and_late_appointments() -> None:
    entries = [entry(1, MONDAY, 6, 45), entry(2, MONDAY, 21, 30, minutes=60)]
    layout = layout_period(WEEK, entries, PARIS)
    assert layout.first_minutes == 6 * 60
    assert layout.rows == (22 * 60 + 30 - 6 * 60) // 30
    assert (1, 0) in layout.starting and (31, 0) in layout.starting


def test_the_day_view_has_a_column_per_staff_member_and_leaves_out_the_others() -> None:
    entries = [entry(1, MONDAY, 9), entry(2, MONDAY, 9, staff=""), entry(3, MONDAY, 10, staff="Dr Blanc")]
    layout = layout_period([MONDAY], entries, PARIS, ["Dr Morel", ""])
    assert [(c.day, c.staff) for c in layout.columns] == [(MONDAY, "Dr Morel"), (MONDAY, "")]
    assert [e.id for found in layout.starting.values() for e in found] == [1, 2]
    assert layout.starting[(2, 0)][0].id == 1 and layout.starting[(2, 1)][0].id == 2


def test_only_cells_where_an_active_appointment_starts_can_be_dragged() -> None:
    entries = [
        entry(1, MONDAY, 9, minutes=90),
        entry(2, MONDAY, 11, status=AppointmentStatus.CANCELLED),
        entry(3, MONDAY, 11, 10, status=AppointmentStatus.CONFIRMED),  # same cell as a cancelled one
        entry(4, MONDAY, 12, status=AppointmentStatus.DONE),
        entry(5, MONDAY, 13, status=AppointmentStatus.NO_SHOW),
    ]
    layout = layout_period(WEEK, entries, PARIS)
    assert layout.draggable == frozenset({(2, 0), (6, 0)})
    assert layout.inactive == frozenset({(8, 0), (10, 0)})
    assert layout.cancelled == frozenset()  # the 11h00 cell also holds a confirmed appointment


def test_the_model_lets_a_drag_start_from_an_active_appointment_only(qtbot) -> None:
    model = AgendaModel(PARIS)
    model.set_period(WEEK, [entry(1, MONDAY, 9), entry(2, MONDAY, 10, status=AppointmentStatus.CANCELLED)])
    active, cancelled, empty = model.index(2, 0), model.index(4, 0), model.index(3, 0)
    assert model.flags(active) & Qt.ItemFlag.ItemIsDragEnabled
    assert bytes(model.mimeData([active]).data(MIME_TYPE).data()) == b"1"
    for index in (cancelled, empty):
        assert not model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
        assert model.flags(index) & Qt.ItemFlag.ItemIsDropEnabled
        assert not model.mimeData([index]).hasFormat(MIME_TYPE)
