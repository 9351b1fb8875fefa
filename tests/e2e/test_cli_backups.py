"""``backup``, ``backups`` and ``restore`` run as a user would, including on a database that no longer opens."""

from __future__ import annotations

import json
import re
import sqlite3

from tests.e2e.conftest import RunMain


def _add_client(run_main: RunMain, name: str, number: str) -> None:
    data_dir = run_main.data_dir  # type: ignore[attr-defined]
    connection = sqlite3.connect(data_dir / "comptoir.sqlite3")
    with connection:  # commits (a sqlite3 connection's « with » does not close it)
        connection.execute(
            "INSERT INTO clients (civility, first_name, last_name, mobile, email, address, postal_code, city,"
            " notes, language, region, promotional_consent, transactional_consent, number_status, search_key,"
            " created_at, updated_at, version, updated_by) VALUES ('', '', ?, ?, '', '', '', '', '', 'fr',"
            " 'FR', 'unknown', 'unknown', 'ok', '', '2026-12-01 08:00:00', '2026-12-01 08:00:00', 1, '')",
            (name, number),
        )
    connection.close()


def _names(run_main: RunMain) -> list[str]:
    result = run_main("clients", "--json")
    assert result.returncode == 0, result.stderr
    return sorted(c["last_name"] for c in json.loads(result.stdout))


def test_backup_list_and_restore_from_the_command_line(run_main: RunMain) -> None:
    assert run_main("clients").returncode == 0  # creates the database
    _add_client(run_main, "Martin", "+33612345678")
    written = json.loads(run_main("backup", "--json").stdout)["path"]
    _add_client(run_main, "Dupont", "+33612345679")
    assert _names(run_main) == ["Dupont", "Martin"]

    listed = run_main("backups", "--json")
    assert listed.returncode == 0, listed.stderr
    copies = json.loads(listed.stdout)
    assert [(c["path"], c["kind"], c["clients"]) for c in copies] == [(written, "manual", 1)]
    assert copies[0]["size"] > 0 and copies[0]["taken_at"].endswith("+00:00")
    text = run_main("backups")
    assert "manuelle" in text.stdout and "1 clients" in text.stdout

    restored = run_main("restore", written, "--json")
    assert restored.returncode == 0, restored.stderr
    outcome = json.loads(restored.stdout)
    assert outcome["restored"]["path"] == written and outcome["safety_copy"].endswith(".sqlite3")
    assert _names(run_main) == ["Martin"]
    # the replaced base is itself listed, and restoring it undoes the restore
    undo = run_main("restore", outcome["safety_copy"])
    assert undo.returncode == 0, undo.stderr
    assert "restaurée (2 clients)" in undo.stdout
    assert _names(run_main) == ["Dupont", "Martin"]


def test_a_damaged_database_says_which_command_restores_the_last_backup(run_main: RunMain) -> None:
    assert run_main("clients").returncode == 0
    _add_client(run_main, "Martin", "+33612345678")
    assert run_main("backup").returncode == 0
    database = run_main.data_dir / "comptoir.sqlite3"  # type: ignore[attr-defined]
    database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)

    refused = run_main("clients")
    assert refused.returncode == 1
    assert "endommagée" in refused.stderr and "Traceback" not in refused.stderr
    command = re.search(r'python main\.py (--data-dir "[^"]+" )?restore "([^"]+)"', refused.stderr)
    assert command is not None, refused.stderr

    restored = run_main("restore", command.group(2))
    assert restored.returncode == 0, restored.stderr
    assert _names(run_main) == ["Martin"]


def test_restoring_a_newer_or_damaged_copy_is_refused_in_french(run_main: RunMain, tmp_path) -> None:
    assert run_main("clients").returncode == 0
    copy = json.loads(run_main("backup", "--json").stdout)["path"]
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    newer = run_main("restore", copy)
    assert newer.returncode == 1
    assert "version plus récente de Comptoir" in newer.stderr and "Rien n'a été restauré" in newer.stderr
    damaged = tmp_path / "abîmée.sqlite3"
    damaged.write_bytes(b"garbage" * 500)
    refused = run_main("restore", str(damaged))
    assert refused.returncode == 1 and "endommagée" in refused.stderr
    assert run_main("restore").returncode == 2  # neither a file nor --latest


def test_dispatch_does_the_daily_upkeep_and_reports_it(run_main: RunMain) -> None:
    first = run_main("dispatch", "--once", "--json")
    assert first.returncode == 0, first.stderr
    upkeep = json.loads(first.stdout)["housekeeping"]
    assert len(upkeep) == 1
    assert upkeep[0]["backup"].endswith(".sqlite3") and "daily" in upkeep[0]["backup"]
    assert (upkeep[0]["integrity"], upkeep[0]["errors"]) == ("ok", [])
    # the same day, another `dispatch --once` (a scheduled task, say) does not do it again
    again = run_main("dispatch", "--once")
    assert again.returncode == 0, again.stderr
    assert "Entretien" not in again.stdout
    data_dir = run_main.data_dir  # type: ignore[attr-defined]
    assert len(list((data_dir / "backups").glob("comptoir-daily-*.sqlite3"))) == 1


def test_dispatch_prints_the_upkeep_in_french(run_main: RunMain) -> None:
    result = run_main("dispatch", "--once")
    assert result.returncode == 0, result.stderr
    assert re.search(
        r"Entretien du .* : sauvegarde écrite \(.*\) ; textes effacés : 0 message\(s\)", result.stdout
    )
    assert "base vérifiée : intacte." in result.stdout


def test_smoke_on_a_damaged_database_names_the_restore_command(run_main: RunMain) -> None:
    assert run_main("clients").returncode == 0
    _add_client(run_main, "Martin", "+33612345678")
    assert run_main("backup").returncode == 0
    database = run_main.data_dir / "comptoir.sqlite3"  # type: ignore[attr-defined]
    database.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    result = run_main("--smoke")
    assert result.returncode == 1
    assert "endommagée" in result.stderr and "Traceback" not in result.stderr
    assert re.search(
        r'Pour la restaurer : python main\.py .*restore ".+comptoir-manual-.+\.sqlite3"', result.stderr
    )
