"""The program starts, checks itself, and refuses what it must refuse — run as a user would."""

from __future__ import annotations

import json
import sqlite3

from tests.e2e.conftest import RunMain


def test_smoke_on_a_new_data_folder(run_main: RunMain) -> None:
    result = run_main("--smoke")
    assert result.returncode == 0, result.stderr
    assert "Comptoir démarre correctement" in result.stdout
    assert (run_main.data_dir / "comptoir.sqlite3").exists()  # type: ignore[attr-defined]
    assert (run_main.data_dir / "logs" / "comptoir.log").exists()  # type: ignore[attr-defined]


def test_smoke_refuses_a_database_from_a_newer_version(run_main: RunMain) -> None:
    assert run_main("--smoke").returncode == 0
    path = run_main.data_dir / "comptoir.sqlite3"  # type: ignore[attr-defined]
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999_future'")
    result = run_main("--smoke")
    assert result.returncode == 1
    assert "version plus récente de Comptoir" in result.stderr
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)


def test_segments_json(run_main: RunMain) -> None:
    result = run_main("segments", "Votre commande est prête", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert (data["encoding"], data["units"], data["segments"], data["non_gsm"]) == ("UCS-2", 24, 1, ["ê"])


def test_version_and_usage_errors(run_main: RunMain) -> None:
    assert run_main("--version").stdout.startswith("Comptoir ")
    bad = run_main("segments")
    assert bad.returncode == 2
    assert "erreur : arguments obligatoires manquants : TEXTE" in bad.stderr
    missing_value = run_main("--db")  # asks for the window, wrongly: one French message, not two
    assert missing_value.returncode == 2
    assert missing_value.stderr.count("erreur") == 1 and "une valeur est attendue" in missing_value.stderr


def test_clients_command_lists_in_json(run_main: RunMain) -> None:
    result = run_main("clients", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_an_unusable_data_folder_is_explained_in_french_without_a_traceback(run_main: RunMain) -> None:
    data_dir = run_main.data_dir  # type: ignore[attr-defined]
    data_dir.write_text("not a folder")  # a file where the data folder should be
    for args in (("--smoke",), ("clients", "--json")):
        result = run_main(*args)
        assert result.returncode == 1, args
        assert "ne peut pas utiliser le dossier des données" in result.stderr
        assert "un fichier porte déjà ce nom" in result.stderr
        assert "Traceback" not in result.stderr
    assert data_dir.read_text() == "not a folder"


def test_a_desktop_lacking_a_display_library_is_told_which_packages_to_install(
    run_main: RunMain, tmp_path
) -> None:
    """`python main.py` where Qt's xcb plugin cannot load: French packages, exit 1, never Qt's abort."""
    from tests.unit.test_platform_check import broken_plugin_dir

    plugins = broken_plugin_dir(tmp_path / "platforms")
    env = {"QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORM_PLUGIN_PATH": str(plugins)}
    env |= {"DISPLAY": "", "WAYLAND_DISPLAY": ""}  # no desktop dialog here: stderr is what is checked
    result = run_main(env=env, timeout=60)
    assert result.returncode == 1
    assert "Comptoir ne peut pas ouvrir sa fenêtre" in result.stderr
    assert "libxcb-cursor0" in result.stderr and "xcb-util-cursor" in result.stderr
    assert "Qt platform plugin" not in result.stderr and "Traceback" not in result.stderr
