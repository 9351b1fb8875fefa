"""The agenda with 50 000 appointments over a year: opening a week, and planning the reminders of 10 000 new
appointments. Every figure is a ratio against a baseline measured in the same run (medians of ``--runs``).

(a) **Opening a week** (a few hundred to a thousand appointments): ``AppointmentService.period`` — the
    records the agenda shows, with their blocked-reminder counts — ÷ the bare SQL query for that week (the
    exact statement the repository builds, run with the stdlib ``sqlite3`` module, rows fetched). Target ≤ 2×.
    The UI-thread share — the grid model reset with those records and the repaint of the visible grid, what
    can freeze the window (the query itself runs on a worker thread) — is printed separately. Target ≤ 16 ms.
(b) **Planning 10 000 new appointments**: ``ReminderService.plan_appointments`` for 10 000 appointments just
    inserted, as ``create_many`` calls it (it hands over the new appointments: rules, grouping with the
    client's other appointments that day, courtesy window, one reminder row each, committed) ÷ inserting
    those 10 000 appointments bare (``executemany`` with the stdlib module, committed). Target ≤ 2×. The
    whole booking path (``AppointmentService.create_many``: checks, insert, planning, one transaction) is
    printed too.

    python bench/agenda.py [--appointments 50000] [--clients 5000] [--new 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.seed import seed  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")
FIRST_DAY = dt.date(2027, 1, 4)  # a Monday; the clock of the run is the Friday before
KINDS = ("Consultation", "Suivi", "Première visite")
STAFF = ("Dr Morel", "Dr Petit", "Dr Blanc")


def _rows(rng: random.Random, count: int, clients: int, days: int) -> list[tuple[object, ...]]:
    """(client_id, start, end, staff, kind) of `count` appointments on working days, 08:00–19:00, UTC text."""
    rows = []
    for _ in range(count):
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(days))
        if day.weekday() == 6:
            day += dt.timedelta(days=1)
        start = dt.datetime.combine(
            day, dt.time(rng.randrange(8, 19), rng.choice((0, 15, 30, 45))), tzinfo=PARIS
        )
        end = start + dt.timedelta(minutes=rng.choice((15, 20, 30, 45)))
        as_text = [t.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ") for t in (start, end)]
        rows.append((rng.randrange(1, clients + 1), *as_text, rng.choice(STAFF), rng.choice(KINDS)))
    return rows


_INSERT = (
    "INSERT INTO appointments(client_id, start_at, end_at, staff, kind, reason, status, source, created_at,"
    " updated_at, location) VALUES (?, ?, ?, ?, ?, '', 'planned', 'user', '2027-01-01 09:00:00',"
    " '2027-01-01 09:00:00', '')"
)


def _seed_agenda(db_file: Path, appointments: int, clients: int) -> None:
    connection = sqlite3.connect(db_file)
    rng = random.Random(7)
    connection.executemany(_INSERT, _rows(rng, appointments, clients, 365))
    # one reminder row per appointment (a year of planned, queued and a few blocked ones)
    connection.execute(
        "INSERT INTO reminders(client_id, appointment_id, kind, idempotency_key, due_at, status, reason_params,"
        " template, values_json, created_at, updated_at) SELECT client_id, id, 'day_before', 'k' || id,"
        " start_at, CASE WHEN id % 97 = 0 THEN 'blocked' ELSE 'planned' END, '', 'Rappel RDV J-1', '',"
        " created_at, created_at FROM appointments"
    )
    connection.commit()
    connection.close()


def _literal(statement: object) -> str:
    from sqlalchemy.dialects import sqlite

    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


def _median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def bench_week(context, raw: sqlite3.Connection, runs: int) -> tuple[float, float, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.storage.repositories.appointments import period_statement
    from desktop.ui.models.agenda_model import layout_period
    from desktop.ui.tasks import SyncTaskRunner
    from desktop.ui.views.agenda_view import AgendaView, _Loaded

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = AgendaView(
        context.appointments, context.reminders, context.clients, context.settings, SyncTaskRunner(), PARIS,
        context.clock,
    )  # fmt: skip
    view.resize(1400, 900)
    view.show()
    app.processEvents()
    weeks = [FIRST_DAY + dt.timedelta(weeks=w) for w in (3, 11, 24, 37, 45)]
    ratios, worker_ratios, ui_times, rows = [], [], [], 0
    print(
        f"{'week of':<12}{'rows':>7}{'bare SQL':>10}{'service':>9}{'ratio':>8}{'+layout':>9}{'ratio':>8}"
        f"{'UI thread':>11}"
    )
    for first in weeks:
        start = dt.datetime.combine(first, dt.time(0), tzinfo=PARIS).astimezone(dt.UTC)
        end = dt.datetime.combine(first + dt.timedelta(days=7), dt.time(0), tzinfo=PARIS).astimezone(dt.UTC)
        sql = _literal(period_statement(start, end))
        bare, service, worker, ui = [], [], [], []
        days = [first + dt.timedelta(days=i) for i in range(7)]
        for _ in range(runs):
            t0 = time.perf_counter()
            fetched = raw.execute(sql).fetchall()
            bare.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            period = context.appointments.period(first, 7)
            service.append(time.perf_counter() - t0)
            layout = layout_period(days, period.entries, PARIS, None, first)
            worker.append(time.perf_counter() - t0)
            assert len(period.entries) == len(fetched)
            loaded = _Loaded(first, 7, layout, list(STAFF), (), 0, first)
            view._generation += 1
            t0 = time.perf_counter()
            view._show(view._generation, loaded)  # what the worker's result does on the UI thread
            view.grid.viewport().repaint()
            ui.append(time.perf_counter() - t0)
        rows = len(fetched)
        b, s, w, u = _median_ms(bare), _median_ms(service), _median_ms(worker), _median_ms(ui)
        ratios.append(s / b)
        worker_ratios.append(w / b)
        ui_times.append(u)
        print(
            f"{first.isoformat():<12}{rows:>7}{b:>10.1f}{s:>9.1f}{s / b:>7.2f}x{w:>9.1f}{w / b:>7.2f}x{u:>11.1f}"
        )
    view.close()
    view.deleteLater()
    app.processEvents()
    return max(ratios), max(worker_ratios), max(ui_times)


def bench_planning(data_dir: Path, new: int, clients: int, runs: int) -> tuple[float, float]:
    from desktop.context import open_context
    from desktop.core.agenda import AppointmentDraft, Booking
    from desktop.core.clock import FakeClock
    from desktop.core.entities import AppointmentStatus
    from desktop.paths import resolve
    from desktop.services.agenda.reminders import CANCELLED_EDITED

    paths = resolve(data_dir)
    db_file = paths.db_file
    assert db_file is not None
    plan_ratios, create_ratios = [], []
    print(f"{'run':<5}{'bare insert':>12}{'planning':>10}{'ratio':>8}{'create_many':>13}{'ratio':>8}")
    for run in range(runs):
        rng = random.Random(100 + run)
        rows = _rows(rng, new, clients, 180)
        raw = sqlite3.connect(db_file)
        t0 = time.perf_counter()
        raw.executemany(_INSERT, rows)
        raw.commit()
        bare = time.perf_counter() - t0
        found = raw.execute(
            f"SELECT id, client_id, start_at, kind FROM appointments ORDER BY id DESC LIMIT {new}"
        ).fetchall()
        raw.close()
        ids = [r[0] for r in found]
        clock = FakeClock(dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC))
        context = open_context(paths, clock=clock)
        try:
            now = clock.now()
            subjects = [
                Booking(
                    i,
                    c,
                    dt.datetime.fromisoformat(start).replace(tzinfo=dt.UTC),
                    kind,
                    AppointmentStatus.PLANNED,
                    now,
                )
                for i, c, start, kind in found
            ]
            t0 = time.perf_counter()
            with context.db.session() as session:
                context.reminders.plan_appointments(
                    session, ids, now, cause=CANCELLED_EDITED, inserted=subjects
                )
            planning = time.perf_counter() - t0
            drafts = [
                AppointmentDraft(
                    int(r[0]),  # type: ignore[call-overload]
                    dt.datetime.fromisoformat(str(r[1])).replace(tzinfo=dt.UTC),
                    30,
                    str(r[4]),
                    str(r[3]),
                )
                for r in _rows(random.Random(200 + run), new, clients, 180)
            ]
            t0 = time.perf_counter()
            context.appointments.create_many(drafts)
            created = time.perf_counter() - t0
        finally:
            context.close()
        plan_ratios.append(planning / bare)
        create_ratios.append(created / bare)
        print(
            f"{run + 1:<5}{bare * 1000:>10.0f}ms{planning * 1000:>8.0f}ms{planning / bare:>7.2f}x"
            f"{created * 1000:>11.0f}ms{created / bare:>7.2f}x"
        )
    return statistics.median(plan_ratios), statistics.median(create_ratios)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--appointments", type=int, default=50_000)
    parser.add_argument("--clients", type=int, default=5_000)
    parser.add_argument("--new", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from desktop.context import open_context
    from desktop.core.clock import FakeClock
    from desktop.core.entities import Sector
    from desktop.paths import resolve
    from desktop.settings import Business, Settings

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        db_file = seed(data_dir, args.clients)
        _seed_agenda(db_file, args.appointments, args.clients)
        clock = FakeClock(dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC))
        context = open_context(resolve(data_dir), clock=clock)
        context.settings.save(Settings(business=Business(name="Cabinet", sector=Sector.CLINIC), staff=STAFF))
        raw = sqlite3.connect(db_file)
        print(
            f"appointments: {args.appointments} over a year, clients: {args.clients}, runs: {args.runs} (medians, ms)"
        )
        week_ratio, worker_ratio, ui_block = bench_week(context, raw, args.runs)
        raw.close()
        context.close()
        print()
        print(f"planning the reminders of {args.new} new appointments (a run each, {args.runs} runs)")
        plan_ratio, create_ratio = bench_planning(data_dir, args.new, args.clients, args.runs)
    print()
    print(
        f"longest UI-thread block opening a week (model reset + repaint): {ui_block:.1f} ms (target <= 16 ms)"
    )
    print(f"ratio opening a week / bare SQL for that week (worst week): {week_ratio:.2f}x (target <= 2x)")
    print(f"(with the grid's layout, also worked out on the worker thread: {worker_ratio:.2f}x)")
    print(
        f"ratio planning reminders for {args.new} new appointments / inserting them bare: {plan_ratio:.2f}x (target <= 2x)"
    )
    print(f"(whole booking path create_many / bare insert: {create_ratio:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
