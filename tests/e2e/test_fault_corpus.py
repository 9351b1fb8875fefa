"""The fault corpus (tests/data/faults/, tests/fault_corpus.py) through the command line: each file is refused
with exit code 1 and a French sentence, no traceback, no client written — and no workbook costs the computer
more than 1 GB of memory, whatever it asks for."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.changes import ChangeHub
from desktop.services.importing.formats import ImportFileError
from desktop.services.importing.importer import Importer
from desktop.storage.db import Database
from tests.fault_corpus import CASES, Case, path_of

ROOT = Path(__file__).resolve().parents[2]
GIGABYTE_KIB = 1_000_000_000 // 1024
#: Runs the command in this process and prints its peak memory and its children's (the workbook reader).
MEASURED = """
import resource, sys
from desktop.app import main
code = main(sys.argv[1:])
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"peak-kib {own} {children}", file=sys.stderr)
raise SystemExit(code)
"""


def _run(data: Path, *args: str, measured: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPTOIR_")}
    env["PYTHONIOENCODING"] = "utf-8"
    entry = ["-c", MEASURED] if measured else [str(ROOT / "main.py")]
    return subprocess.run(
        [sys.executable, *entry, "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _clients(data: Path) -> int:
    with sqlite3.connect(data / "comptoir.sqlite3") as connection:
        return int(connection.execute("SELECT count(*) FROM clients").fetchone()[0])


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with one client already in it."""
    folder = tmp_path_factory.mktemp("seed")
    clients = folder / "clients.csv"
    clients.write_text("Nom;Prénom;Portable\r\nMartin;Élodie;0612345678\r\n", encoding="utf-8")
    result = _run(folder / "data", "import", str(clients))
    assert result.returncode == 0, result.stderr
    return folder / "data"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_faulty_file_is_refused_in_french_and_changes_nothing(
    case: Case, seeded: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(seeded, data)
    before = _clients(data)

    result = _run(data, "import", str(path_of(case, tmp_path)))

    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    assert result.stderr.startswith("Erreur : "), result.stderr
    assert case.words in result.stderr, result.stderr
    assert "{" not in result.stderr  # every placeholder filled
    assert _clients(data) == before == 1


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_faulty_file_has_its_own_code(case: Case, db: Database, tmp_path: Path) -> None:
    importer = Importer(db, ChangeHub())
    try:
        report = importer.run(path_of(case, tmp_path))
    except ImportFileError as refused:
        code = refused.code
    else:
        code = report.error_code or "accepted"
    assert code == case.code


@pytest.mark.parametrize(
    "name", ["inflating.xlsx", "far-cell.xlsx", "shared-string-fan-out.xlsx", "repeated-rows.ods"]
)
def test_no_workbook_costs_more_than_a_gigabyte_of_memory(name: str, seeded: Path, tmp_path: Path) -> None:
    case = next(c for c in CASES if c.name == name)
    data = tmp_path / "data"
    shutil.copytree(seeded, data)

    result = _run(data, "import", str(path_of(case, tmp_path)), measured=True)

    assert result.returncode == 1 and case.words in result.stderr, result.stderr
    found = re.search(r"peak-kib (\d+) (\d+)", result.stderr)
    assert found is not None, result.stderr
    own, reader = int(found[1]), int(found[2])
    assert own + reader < GIGABYTE_KIB, f"{own // 1024} MiB + {reader // 1024} MiB"
