"""``import`` and ``export`` end to end: ``python main.py`` in subprocesses on a fresh data folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from tests.services.spreadsheets import write_csv, write_encrypted_workbook, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
MESSY: list[list[Any]] = [
    ["Fichier clients"],
    [],
    ["Nom", "Prénom", "Portable", "E-mail", "Consentement SMS"],
    ["Martin", "Élodie", 612345678.0, "elodie@example.fr", "oui"],
    ["Durand", "Paul", "0033 6 11 22 33 44", "paul@", ""],
    ["Martin", "Élodie", "06 12 34 56 78", "", ""],
    ["Faux", "Numéro", "06 12", "", ""],
    ["Lefèvre", "Jean", "01 23 45 67 89", "", ""],
]


def _count(data: Path) -> int:
    with sqlite3.connect(data / "comptoir.sqlite3") as connection:
        return int(connection.execute("SELECT count(*) FROM clients").fetchone()[0])


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMPTOIR_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_import_json_dry_run_idempotence_and_export(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = write_xlsx(tmp_path / "clients.xlsx", MESSY)

    dry = run(data, "import", str(source), "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert preview["dry_run"] is True
    assert _count(data) == 0  # nothing written

    done = run(data, "import", str(source), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    counts = {k: report[k] for k in ("imported", "updated", "skipped_duplicates", "rejected")}
    assert counts == {"imported": 3, "updated": 0, "skipped_duplicates": 1, "rejected": 1}
    assert {k: preview[k] for k in counts} == counts  # the dry run said exactly this
    assert report["errors"] == [
        {
            "row": 7,
            "column": "Portable (C)",
            "code": "too_short",
            "message": "Numéro trop court : il manque des chiffres.",
            "value": "06 12",
        }
    ]
    assert [(w["row"], w["code"]) for w in report["warnings"]] == [
        (5, "import_email_dropped"),
        (8, "import_landline_moved"),
    ]

    again = json.loads(run(data, "import", str(source), "--json").stdout)
    assert (again["imported"], again["skipped_duplicates"]) == (0, 4)
    clients = json.loads(run(data, "clients", "--json").stdout)
    assert sorted(c["last_name"] for c in clients) == ["Durand", "Lefèvre", "Martin"]
    assert [c["promotional_consent"] for c in clients if c["last_name"] == "Martin"] == [True]

    exported = run(data, "export", "clients", str(tmp_path / "out.xlsx"), "--json")
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["rows"] == 3
    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None and sheet["D1"].value == "Portable"
    mobiles = sorted(str(c.value) for c in sheet["D"][1:] if c.value)
    assert mobiles == ["06 11 22 33 44", "06 12 34 56 78"]
    messages = run(data, "export", "messages", str(tmp_path / "messages.csv"))
    assert messages.returncode == 0 and "0 ligne(s)" in messages.stdout


def test_text_output_report_file_and_duplicate_option(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = write_csv(tmp_path / "a.csv", [["Nom", "Tél."], ["Lœw", "06 12 34 56 78"]], encoding="cp1252")
    assert run(data, "import", str(first)).returncode == 0
    floats = write_xlsx(
        tmp_path / "c.xlsx",
        [["Nom", "GSM", "Date de naissance", "CP"], ["Martin", 33699887766, dt.date(1980, 1, 2), 6000]],
    )
    assert run(data, "import", str(floats)).returncode == 0
    second = write_csv(tmp_path / "b.csv", [["Nom", "Tél.", "Ville"], ["Lœw", "06 12 34 56 78", "Besançon"]])
    result = run(data, "import", str(second), "--on-duplicate", "fill", "--report", str(tmp_path / "r.xlsx"))
    assert result.returncode == 0, result.stderr
    assert "Mis à jour : 1" in result.stdout
    assert (tmp_path / "r.xlsx").exists()
    found = json.loads(run(data, "clients", "--search", "besancon", "--json").stdout)
    assert [c["last_name"] for c in found] == ["Lœw"]
    assert run(data, "export", "clients", str(tmp_path / "out.csv")).returncode == 0
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "Lœw;" in text and "Besançon" in text
    assert "06 99 88 77 66" in text and "02/01/1980" in text and "06000" in text  # the float, date and CP


def test_unusable_files_fail_with_a_french_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    missing = run(data, "import", str(tmp_path / "absent.xlsx"))
    assert missing.returncode == 1
    assert "introuvable" in missing.stderr and "Traceback" not in missing.stderr
    locked = run(data, "import", str(write_encrypted_workbook(tmp_path / "locked.xlsx")), "--json")
    assert locked.returncode == 1
    assert "mot de passe" in locked.stderr and "Traceback" not in locked.stderr
    wrong = run(data, "export", "clients", str(tmp_path / "out.pdf"))
    assert wrong.returncode == 1 and ".xlsx ou .csv" in wrong.stderr
    usage = run(data, "export", "agenda", str(tmp_path / "out.xlsx"))
    assert usage.returncode == 2
