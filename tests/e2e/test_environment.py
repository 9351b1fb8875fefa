"""The environment failing under Comptoir — a read-only or full disk, a log folder in the way, an empty
database file, unreadable bytes in an argument: a French sentence and exit code 1, never a traceback, and
nothing half-written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.app import main
from desktop.storage import db as db_module
from tests.e2e import disks
from tests.e2e.conftest import RunMain

needs_disks = pytest.mark.skipif(not disks.available(), reason="cannot mount a tmpfs in a user namespace")


def _seeded(run_main: RunMain) -> Path:
    """A data folder with a database, one client and one queued message."""
    data_dir: Path = run_main.data_dir  # type: ignore[attr-defined]
    clients = data_dir.parent / "seed.csv"
    clients.write_text("Nom;Prénom;Portable\nMartin;Élodie;0612345679\n", encoding="utf-8")
    assert run_main("import", str(clients)).returncode == 0
    assert run_main("send", "--to", "0612345678", "--text", "Vos lunettes sont prêtes.").returncode == 0
    return data_dir


def _rows(database: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(database) as connection:
        return list(connection.execute(f"SELECT * FROM {table} ORDER BY id"))


def _refused_in_french(result: object, *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr and "Error:" not in stderr, stderr
    assert stderr.startswith("Erreur : ") or "\nErreur : " in stderr, stderr
    for word in words:
        assert word in stderr, stderr


@needs_disks
@pytest.mark.parametrize(
    "command",
    [
        ("clients", "--json"),
        ("messages",),
        ("account", "list"),
        ("send", "--to", "0612345678", "--text", "Bonjour"),
        ("dispatch", "--once"),
        ("backup",),
        ("import", "{csv}"),
        ("export", "clients", "{out}"),
        ("--smoke",),
    ],
)
def test_a_read_only_data_folder_is_refused_in_french_by_every_command_and_the_window(
    run_main: RunMain, tmp_path: Path, command: tuple[str, ...]
) -> None:
    data_dir = _seeded(run_main)
    before = _rows(data_dir / "comptoir.sqlite3", "messages")
    csv = tmp_path / "clients.csv"
    csv.write_text("Nom;Portable\nDurand;0611223344\n", encoding="utf-8")
    args = [a.format(csv=csv, out=tmp_path / "out.csv") for a in command]
    disk = tmp_path / "disk"

    result = disks.run_on_disk(
        ["--data-dir", str(disk), *args],
        mount_point=disk,
        seed=data_dir,
        after=tmp_path / "after",
        read_only=True,
    )

    _refused_in_french(result, "lecture seule")
    assert "« " + str(disk) + " »" in result.stderr
    assert _rows(tmp_path / "after" / "comptoir.sqlite3", "messages") == before


def test_a_log_folder_in_the_way_leaves_commands_working_and_is_said_once(run_main: RunMain) -> None:
    data_dir = _seeded(run_main)
    for log in (data_dir / "logs").iterdir():
        log.unlink()
    (data_dir / "logs").rmdir()
    (data_dir / "logs").write_text("not a folder")

    result = run_main("clients", "--json")

    assert result.returncode == 0, result.stderr
    assert '"last_name": "Martin"' in result.stdout
    assert result.stderr.count("le journal de Comptoir ne peut pas être écrit") == 1
    assert "un fichier porte déjà ce nom" in result.stderr and "Traceback" not in result.stderr
    smoke = run_main("--smoke")
    assert smoke.returncode == 0, smoke.stderr
    assert "Traceback" not in smoke.stderr


@needs_disks
def test_dispatch_on_a_full_disk_sends_nothing_and_says_so(run_main: RunMain, tmp_path: Path) -> None:
    data_dir = _seeded(run_main)
    disk = tmp_path / "disk"
    (data_dir / "dispatcher.lock").symlink_to(disk / "dispatcher.lock")  # the lock's flush meets ENOSPC
    before = _rows(data_dir / "comptoir.sqlite3", "messages")

    result = disks.run_on_disk(
        ["--data-dir", str(data_dir), "dispatch", "--once"], mount_point=disk, full=True
    )

    _refused_in_french(result, "le disque est plein")
    assert _rows(data_dir / "comptoir.sqlite3", "messages") == before  # still queued: nothing left


@needs_disks
def test_backup_on_a_full_disk_leaves_no_partial_copy(run_main: RunMain, tmp_path: Path) -> None:
    data_dir = _seeded(run_main)
    disk = tmp_path / "disk"
    for copy in (data_dir / "backups").iterdir():
        copy.unlink()
    (data_dir / "backups").rmdir()
    (data_dir / "backups").symlink_to(disk)
    database = (data_dir / "comptoir.sqlite3").read_bytes()

    result = disks.run_on_disk(
        ["--data-dir", str(data_dir), "backup"], mount_point=disk, after=tmp_path / "after", full=True
    )

    _refused_in_french(result, "le disque du dossier des sauvegardes est plein")
    assert list((tmp_path / "after").iterdir()) == []  # no .partial, no journal
    assert (data_dir / "comptoir.sqlite3").read_bytes() == database


def test_an_empty_database_file_is_refused_not_replaced(run_main: RunMain) -> None:
    data_dir: Path = run_main.data_dir  # type: ignore[attr-defined]
    data_dir.mkdir(parents=True)
    (data_dir / "comptoir.sqlite3").write_bytes(b"")

    for args in (("clients",), ("--smoke",)):
        result = run_main(*args)
        _refused_in_french(result, "est vide", "backups")
    assert (data_dir / "comptoir.sqlite3").stat().st_size == 0
    assert not (data_dir / "comptoir.sqlite3-wal").exists()


def test_the_global_verbose_option_is_honoured_by_commands(run_main: RunMain, tmp_path: Path) -> None:
    verbose = run_main("--verbose", "clients")  # a new data folder: the database is created
    assert verbose.returncode == 0
    assert "INFO    comptoir.db: database schema (new) -> " in verbose.stderr, verbose.stderr
    quiet = run_main("--data-dir", str(tmp_path / "other"), "clients")
    assert quiet.returncode == 0 and quiet.stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ("send", "--to", "0612345678", "--text", "caf\udce9"),  # what Python makes of b"caf\xe9"
        ("clients", "--search", "\udcff"),
        ("account", "add", "brevo", "--name", "Boutique\udce9"),
    ],
)
def test_unreadable_bytes_in_an_argument_are_refused_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    data_dir = tmp_path / "data"
    code = main(["--data-dir", str(data_dir), *args])
    err = capsys.readouterr().err
    assert code == 1
    assert "contient des caractères illisibles" in err and "UTF-8" in err and "Traceback" not in err
    assert not data_dir.exists()  # refused before anything was opened


def test_a_file_name_that_is_not_utf8_can_still_be_imported(run_main: RunMain, tmp_path: Path) -> None:
    name = tmp_path / "clients-\udce9t\udce9.csv"  # a Latin-1 name on a UTF-8 system
    name.write_text("Nom;Portable\nDurand;0611223344\n", encoding="utf-8")
    result = run_main("import", str(name))
    assert result.returncode == 0, result.stderr
    assert "Importés : 1" in result.stdout and "Fichier : clients-�t�.csv" in result.stdout


def test_account_add_without_a_name_is_a_french_usage_error(run_main: RunMain) -> None:
    result = run_main("account", "add", "brevo", stdin="")
    assert result.returncode == 2
    assert "arguments obligatoires manquants : --name" in result.stderr
    assert "required" not in result.stderr


def test_dispatch_stopped_by_the_database_says_why_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    assert main(["--data-dir", str(data_dir), "send", "--to", "0612345678", "--text", "Bonjour"]) == 0
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(data_dir / "comptoir.sqlite3", timeout=0.1, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the database
    try:
        capsys.readouterr()
        code = main(["--data-dir", str(data_dir), "dispatch", "--once"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "Erreur : La base de données est occupée" in err and "Traceback" not in err


def test_with_json_a_refusal_is_also_a_json_document_on_stdout(run_main: RunMain, tmp_path: Path) -> None:
    """A script reading ``--json`` output gets a document whether the command succeeded or not; without
    ``--json`` stdout stays empty and the sentence is on stderr alone."""
    out = tmp_path / "fiche.json"
    refused = run_main("client", "export", "999", str(out), "--json")
    _refused_in_french(refused)
    error = json.loads(refused.stdout)["error"]
    assert error["code"] and error["message"] in refused.stderr
    assert not out.exists()

    plain = run_main("client", "export", "999", str(out))
    _refused_in_french(plain)
    assert plain.stdout == ""
