"""Start-up time with 100 000 clients, as whole processes measured in one run (interpreter start included):

- **list answered** — process launch → Comptoir's client list shows its first page (``main.py --smoke``)
  ÷ process launch → an empty QMainWindow shown by a bare PySide6 script. Target ≤ 4×.
- window shown — the same for Comptoir's main window. Target ≤ 2×.
- database open — when SQLAlchemy, the migrations and the services are ready behind the list (the buttons
  work from then on); reported, not targeted.

Each process prints ``time.time()`` at its marks (``COMPTOIR_REPORT_TIMES``); medians of ``--runs`` runs of
each, alternated, after one warm-up run of each (the OS file cache).

    python bench/startup.py [--clients 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.seed import seed  # noqa: E402

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
print(f"window_shown_epoch={time.time():.6f}")
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _time(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each ``name_epoch=`` line the process prints."""
    start = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stderr}")
    marks = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition("_epoch=")
        if value:
            marks[name] = float(value) - start
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COMPTOIR_REPORT_TIMES": "1"}
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        seed(data_dir, args.clients)
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "--smoke"]
        _time(bare_cmd, env), _time(app_cmd, env)  # warm the OS file cache for both
        bare_runs, app_runs = [], []
        for _ in range(args.runs):  # alternated: a busy moment of the machine weighs on both alike
            bare_runs.append(_time(bare_cmd, env))
            app_runs.append(_time(app_cmd, env))
    bare = statistics.median(r["window_shown"] for r in bare_runs)
    shown = statistics.median(r["window_shown"] for r in app_runs)
    ready = statistics.median(r["list_ready"] for r in app_runs)
    opened = statistics.median(r["database_open"] for r in app_runs)
    print(f"clients: {args.clients}, runs: {args.runs} (medians, from process launch)")
    print(f"bare QMainWindow shown:        {bare * 1000:.0f} ms")
    print(f"Comptoir main window shown:    {shown * 1000:.0f} ms ({shown / bare:.2f}x, target <= 2x)")
    print(f"Comptoir client list answered: {ready * 1000:.0f} ms ({ready / bare:.2f}x, target <= 4x)")
    print(f"Comptoir database open:        {opened * 1000:.0f} ms ({opened / bare:.2f}x)")
    print(f"ratio start-up (client list answered) / bare QMainWindow: {ready / bare:.2f}x (target <= 4x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
