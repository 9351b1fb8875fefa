"""Client search on 100 000 clients: from the search text to the rows shown ÷ the bare SQL query.

Three figures per search term, medians over several runs, all in this process:
- **bare SQL**: the exact statement the repository builds, run with the stdlib ``sqlite3`` module, ids fetched;
- **model ready**: ``ClientService.search_ids`` + ``ClientsModel.set_ids`` + the first page of rows loaded;
- **view painted** (the real client view, offscreen): the search text typed into the view's field, the
  debounce skipped, the ids and the first page of rows fetched (a worker thread does this in the app), until
  the table has repainted its visible rows. The UI-thread share of it (model reset +
  first page + paint, i.e. what can freeze the window) is printed separately: the SQL itself runs on a
  worker thread in the app.

Targets: model ready ≤ 2× bare SQL; UI-thread time under one frame (16 ms).

    python bench/search.py [--clients 100000] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.seed import seed  # noqa: E402

TERMS = ("mar", "martin12", "06 00 01", "zzz")


def _literal_sql(text: str) -> str:
    from sqlalchemy.dialects import sqlite

    from desktop.core.entities import ClientQuery
    from desktop.storage.repositories.clients import ids_statement

    statement = ids_statement(ClientQuery(text=text))
    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desktop.context import open_context
    from desktop.core.entities import ClientQuery
    from desktop.paths import resolve
    from desktop.ui.models.clients_model import PAGE, ClientsModel
    from desktop.ui.tasks import SyncTaskRunner
    from desktop.ui.views.clients_view import ClientsView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        db_file = seed(data_dir, args.clients)
        context = open_context(resolve(data_dir))
        raw = sqlite3.connect(db_file)
        view = ClientsView(context.clients, SyncTaskRunner())
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        worst_ratio = 0.0
        worst_ui = 0.0
        print(f"clients: {args.clients}, runs: {args.runs} (medians, ms)")
        print(f"{'term':<12}{'rows':>8}{'bare SQL':>10}{'model':>9}{'ratio':>8}{'view':>9}{'UI thread':>11}")
        for term in TERMS:
            sql = _literal_sql(term)
            bare, model_times, view_times, ui_times = [], [], [], []
            rows = 0
            for _ in range(args.runs):
                start = time.perf_counter()
                ids = [r[0] for r in raw.execute(sql)]
                bare.append(time.perf_counter() - start)

                model = ClientsModel(context.clients.list_items)
                start = time.perf_counter()
                query = ClientQuery(text=term)
                model.set_ids(query, context.clients.search_ids(query))
                if model.rowCount():
                    model.data(model.index(0, 0))
                model_times.append(time.perf_counter() - start)
                rows = model.rowCount()
                assert rows == len(ids)

                view.search.blockSignals(True)
                view.search.setText("")
                view.search.blockSignals(False)
                view.refresh()
                app.processEvents()
                start = time.perf_counter()
                view.search.setText(term)  # as typed; the debounce is skipped below
                found = context.clients.search_ids(view.current_query())  # on the worker thread in the app
                first_rows = context.clients.list_items(found[:PAGE])
                ui_start = time.perf_counter()
                view._show(view._generation, view.current_query(), found, first_rows)
                view.table.viewport().repaint()
                end = time.perf_counter()
                view_times.append(end - start)
                ui_times.append(end - ui_start)
            b, m, v, u = (statistics.median(x) * 1000 for x in (bare, model_times, view_times, ui_times))
            worst_ratio = max(worst_ratio, m / b if b else 0)
            worst_ui = max(worst_ui, u)
            print(f"{term!r:<12}{rows:>8}{b:>10.1f}{m:>9.1f}{m / b:>7.2f}x{v:>9.1f}{u:>11.1f}")
        raw.close()
        view.close()
        context.close()
    print(f"worst UI-thread time (model reset + first page + paint): {worst_ui:.1f} ms (target < 16 ms)")
    print(f"ratio search to rows ready / bare SQL (worst term): {worst_ratio:.2f}x (target <= 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
