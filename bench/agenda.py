"""The agenda with 50 000 appointments over a year: opening a week, and planning the reminders of 10 000 new
appointments. Every figure is a ratio against a baseline measured in the same run, on the same database.
The machine is shared: each measure runs ``--runs`` times, medians count, and the spread (the lowest and
the highest ratio of a single run) is printed beside them.

(a) **Opening a week** (five weeks, about a thousand appointments each), ratios to
    - *the bare SQL query* for that week: the exact statement the repository builds, run with the stdlib
      ``sqlite3`` module on a connection kept open (its page cache warm), rows fetched.

    *service* — ``AppointmentService.period``: a read session (a new connection, as every read of the app),
    the statement, the rows made into the ``AgendaEntry`` records the agenda shows. Target ≤ 2×.
    *+ layout* — the same, then ``layout_period``: the grid's layout, which the view also works out on the
    worker thread before anything reaches the UI thread; what the user waits for. Target ≤ 2×.
    *UI thread* — what the worker's result then costs the UI thread, what could freeze the window: the model
    reset with that layout and the repaint of the visible grid. Target ≤ 16 ms (the longest week's median).
(b) **Planning the reminders of 10 000 new appointments** (a run each, every run on a fresh copy of the
    database as seeded: the same year of appointments each time), ratio to
    - *inserting those 10 000 appointments bare*: one ``executemany`` of plain rows in the text the app
      stores, committed, on a stdlib connection set up by the app's own connect hook (WAL,
      ``synchronous=FULL``, foreign keys checked) inside ``BEGIN IMMEDIATE``: the same transaction and
      durability as the real path.

    *planning* — ``ReminderService.plan_appointments`` for those appointments, handed over as ``create_many``
    hands over what it has just inserted (with each client's area, which it read when checking the
    clients), in a transaction of its own, committed: the rules, each client's other appointments that day
    (the database holds a year of them), the courtesy windows, one reminder row each, the reminders of the
    appointments they join cancelled. The services are built and the holiday calendar loaded beforehand, as
    a running application has them. Target ≤ 2×.
    *create_many* — the whole booking path for another 10 000 (checks, insert, planning, one transaction),
    for scale; no target.

    python bench/agenda.py [--appointments 50000] [--clients 5000] [--new 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
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
CREATED = "2027-01-01 09:00:00.000000"  # as the app stores a moment: naive UTC, microseconds


def _stored(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _rows(rng: random.Random, count: int, clients: int, days: int) -> list[tuple[int, str, str, str, str]]:
    """(client_id, start, end, staff, kind) of `count` appointments on working days, 08:00–19:00."""
    rows = []
    for _ in range(count):
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(days))
        if day.weekday() == 6:
            day += dt.timedelta(days=1)
        start = dt.datetime.combine(
            day, dt.time(rng.randrange(8, 19), rng.choice((0, 15, 30, 45))), tzinfo=PARIS
        )
        end = start + dt.timedelta(minutes=rng.choice((15, 20, 30, 45)))
        rows.append(
            (
                rng.randrange(1, clients + 1),
                _stored(start),
                _stored(end),
                rng.choice(STAFF),
                rng.choice(KINDS),
            )
        )
    return rows


_INSERT = (
    "INSERT INTO appointments(client_id, start_at, end_at, staff, kind, reason, status, source, created_at,"
    f" updated_at, location) VALUES (?, ?, ?, ?, ?, '', 'planned', 'user', '{CREATED}', '{CREATED}', '')"
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


def _ms(seconds: float) -> float:
    return seconds * 1000


def _spread(ratios: list[float]) -> str:
    return f"{min(ratios):.2f}-{max(ratios):.2f}"


def bench_week(context, raw: sqlite3.Connection, runs: int) -> dict[str, float | str]:
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
    worst: dict[str, float | str] = {"service": 0.0, "layout": 0.0, "ui": 0.0}
    print(
        f"{'week of':<12}{'rows':>6}{'bare SQL':>10}{'service':>9}{'ratio':>7}{'spread':>11}"
        f"{'+layout':>9}{'ratio':>7}{'spread':>11}{'UI thread':>11}"
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
        b, s, w, u = (statistics.median(v) for v in (bare, service, worker, ui))
        service_runs = [x / y for x, y in zip(service, bare, strict=True)]
        worker_runs = [x / y for x, y in zip(worker, bare, strict=True)]
        print(
            f"{first.isoformat():<12}{len(fetched):>6}{_ms(b):>10.1f}{_ms(s):>9.1f}{s / b:>6.2f}x"
            f"{_spread(service_runs):>11}{_ms(w):>9.1f}{w / b:>6.2f}x{_spread(worker_runs):>11}{_ms(u):>11.1f}"
        )
        if s / b > float(worst["service"]):
            worst["service"], worst["service_spread"] = s / b, _spread(service_runs)
        if w / b > float(worst["layout"]):
            worst["layout"], worst["layout_spread"] = w / b, _spread(worker_runs)
        worst["ui"] = max(float(worst["ui"]), _ms(u))
    view.close()
    view.deleteLater()
    app.processEvents()
    return worst


def _bare_insert(url: str, rows: list[tuple[int, str, str, str, str]]) -> float:
    """Insert `rows` bare, committed, on a connection the app's connect hook set up (its pragmas)."""
    from desktop.storage.db import Database

    database = Database(url)
    connection = database.engine.raw_connection()
    try:
        cursor = connection.cursor()
        t0 = time.perf_counter()
        cursor.execute("BEGIN IMMEDIATE")
        cursor.executemany(_INSERT, rows)
        cursor.execute("COMMIT")
        elapsed = time.perf_counter() - t0
        cursor.close()
    finally:
        connection.close()
        database.dispose()
    return elapsed


def bench_planning(seeded: Path, work: Path, new: int, clients: int, runs: int) -> dict[str, float | str]:
    from desktop.context import open_context
    from desktop.core.agenda import AppointmentDraft, Booking
    from desktop.core.clock import FakeClock
    from desktop.core.entities import AppointmentStatus
    from desktop.core.quiet_hours import holiday_name
    from desktop.paths import resolve
    from desktop.services.agenda.reminders import CANCELLED_EDITED

    holiday_name(dt.date(2027, 1, 1))  # the calendar, loaded once a process, as a running application has it
    plan_ratios, create_ratios = [], []
    print(f"{'run':<5}{'bare insert':>12}{'planning':>10}{'ratio':>8}{'create_many':>13}{'ratio':>8}")
    for run in range(runs):
        # Every run on a copy of the seeded database: each one measures the same year of appointments.
        data_dir = work / f"run{run + 1}"
        shutil.copytree(seeded, data_dir)
        paths = resolve(data_dir)
        db_file = paths.db_file
        assert db_file is not None
        rng = random.Random(100 + run)
        rows = _rows(rng, new, clients, 180)
        bare = _bare_insert(paths.db_url, rows)
        raw = sqlite3.connect(db_file)
        found = raw.execute(
            "SELECT a.id, a.client_id, a.start_at, a.kind, c.region, c.subdiv FROM appointments a"
            f" JOIN clients c ON c.id = a.client_id ORDER BY a.id DESC LIMIT {new}"
        ).fetchall()
        raw.close()
        ids = [r[0] for r in found]
        clock = FakeClock(dt.datetime(2027, 1, 1, 9, 0, tzinfo=dt.UTC))
        context = open_context(paths, clock=clock)
        try:
            now = clock.now()
            # What create_many hands over: the appointments as it has just inserted them, with where each
            # client lives (it has read that when checking the clients, before inserting).
            inserted = [
                Booking(
                    i,
                    c,
                    dt.datetime.fromisoformat(start).replace(tzinfo=dt.UTC),
                    kind,
                    AppointmentStatus.PLANNED,
                    now,
                    region,
                    subdiv,
                )
                for i, c, start, kind, region, subdiv in found
            ]
            reminders = context.reminders  # the services, as a running application has them
            context.settings.get()
            t0 = time.perf_counter()
            with context.db.session() as session:
                reminders.plan_appointments(session, ids, now, cause=CANCELLED_EDITED, inserted=inserted)
            planning = time.perf_counter() - t0
            drafts = [
                AppointmentDraft(
                    client, dt.datetime.fromisoformat(start).replace(tzinfo=dt.UTC), 30, kind, staff
                )
                for client, start, _end, staff, kind in _rows(random.Random(200 + run), new, clients, 180)
            ]
            t0 = time.perf_counter()
            context.appointments.create_many(drafts)
            created = time.perf_counter() - t0
        finally:
            context.close()
        shutil.rmtree(data_dir)
        plan_ratios.append(planning / bare)
        create_ratios.append(created / bare)
        print(
            f"{run + 1:<5}{_ms(bare):>10.0f}ms{_ms(planning):>8.0f}ms{planning / bare:>7.2f}x"
            f"{_ms(created):>11.0f}ms{created / bare:>7.2f}x"
        )
    return {
        "planning": statistics.median(plan_ratios),
        "planning_spread": _spread(plan_ratios),
        "create": statistics.median(create_ratios),
        "create_spread": _spread(create_ratios),
    }


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
            f"appointments: {args.appointments} over a year, clients: {args.clients}, runs: {args.runs}"
            " (ms: medians; spread: the lowest and highest ratio of a single run)"
        )
        week = bench_week(context, raw, args.runs)
        raw.close()
        context.close()
        print()
        print(f"planning the reminders of {args.new} new appointments (a run each, {args.runs} runs)")
        planning = bench_planning(data_dir, Path(folder) / "runs", args.new, args.clients, args.runs)
    print()
    print(
        f"longest UI-thread block opening a week (model reset + repaint): {week['ui']:.1f} ms (target <= 16 ms)"
    )
    print(
        f"opening a week / bare SQL, worst week: {week['service']:.2f}x (spread {week['service_spread']})"
        " (target <= 2x)"
    )
    print(
        f"opening a week with the grid's layout / bare SQL, worst week: {week['layout']:.2f}x"
        f" (spread {week['layout_spread']}) (target <= 2x)"
    )
    print(
        f"planning the reminders of {args.new} new appointments / inserting them bare: {planning['planning']:.2f}x"
        f" (spread {planning['planning_spread']}) (target <= 2x)"
    )
    print(
        f"(the whole booking path, create_many / bare insert: {planning['create']:.2f}x,"
        f" spread {planning['create_spread']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
