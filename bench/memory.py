"""Peak memory with 100 000 clients listed (``main.py --smoke``: the client list has answered and shown its
first rows) minus a bare PySide6 process showing an empty QMainWindow. Target: + 150 MB at most.

Each process runs alone; its peak resident set size is read with ``getrusage(RUSAGE_CHILDREN)`` after it
exits (Linux reports kilobytes).

    python bench/memory.py [--clients 100000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.seed import seed  # noqa: E402
from bench.startup import BARE  # noqa: E402

MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_kib(command: list[str], env: dict[str, str]) -> int:
    """Peak RSS of ``command`` alone: measured from a fresh intermediate process so nothing else counts."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], env=env, capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return int(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=100_000)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        seed(data_dir, args.clients)
        bare = peak_kib([sys.executable, "-c", BARE], env)
        app = peak_kib([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "--smoke"], env)
    extra = (app - bare) / 1024
    print(f"clients: {args.clients}")
    print(f"bare QMainWindow peak RSS: {bare / 1024:.0f} MB")
    print(f"Comptoir with the list shown, peak RSS: {app / 1024:.0f} MB")
    print(f"extra memory over a bare QMainWindow: +{extra:.0f} MB (target <= +150 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
