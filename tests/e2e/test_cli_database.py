"""``database`` run as a user would: see where the data is, try a server, switch this desk to it and back."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import make_url

from tests.e2e.conftest import RunMain
from tests.pg import pg_url, skip_without_pg

__all__ = ["pg_url"]  # a fixture
BACKEND = "tests.e2e.keyring_backend.JsonFileKeyring"


def _keyring(tmp_path: Path) -> dict[str, str]:
    return {"PYTHON_KEYRING_BACKEND": BACKEND, "COMPTOIR_TEST_KEYRING": str(tmp_path / "keyring.json")}


def test_a_new_desk_uses_its_own_file_and_an_unreachable_server_is_explained(
    run_main: RunMain, tmp_path
) -> None:
    shown = run_main("database", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert (data["origin"], data["kind"], data["server"]) == ("default", "sqlite", None)
    assert "base de cet ordinateur" in run_main("database").stdout

    refused = run_main(
        "database", "use-server", "--host", "127.0.0.1", "--port", "1", "--user", "accueil",
        stdin="secret\n", env=_keyring(tmp_path),
    )  # fmt: skip
    assert refused.returncode == 1
    assert "ne répond pas" in refused.stderr and "Traceback" not in refused.stderr
    assert json.loads(run_main("database", "show", "--json").stdout)["origin"] == "default"
    assert not (tmp_path / "keyring.json").exists() or "secret" not in (tmp_path / "keyring.json").read_text()
    assert run_main("database", "test").returncode == 1  # no server chosen: says so


@skip_without_pg
def test_switching_to_a_server_and_back_from_the_command_line(
    run_main: RunMain, tmp_path, pg_url: str
) -> None:
    url = make_url(pg_url)
    server = [
        "--host",
        url.host or "",
        "--port",
        str(url.port),
        "--name",
        url.database or "",
        "--user",
        url.username or "",
    ]
    env = _keyring(tmp_path)
    tested = run_main("database", "test", *server, "--json", env=env)
    assert tested.returncode == 0, tested.stderr
    assert json.loads(tested.stdout)["state"] == "empty"

    used = run_main("database", "use-server", *server, stdin="mot-de-passe\n", env=env)
    assert used.returncode == 0, used.stderr
    keyring_file = (tmp_path / "keyring.json").read_text(encoding="utf-8")
    assert "mot-de-passe" in keyring_file
    data_dir = run_main.data_dir  # type: ignore[attr-defined]
    assert "mot-de-passe" not in (data_dir / "database.json").read_text(encoding="utf-8")

    assert run_main("clients", "--json", env=env).stdout.strip() == "[]"  # on the server now
    assert not (data_dir / "comptoir.sqlite3").exists()
    shown = json.loads(run_main("database", "show", "--json", env=env).stdout)
    assert (shown["origin"], shown["kind"], shown["server"]["database"]) == ("saved", "server", url.database)
    forced = run_main(
        "--db", "sqlite:///" + str(tmp_path / "other.sqlite3"), "database", "use-local", env=env
    )
    assert forced.returncode == 1 and "imposée" in forced.stderr

    back = run_main("database", "use-local", env=env)
    assert back.returncode == 0, back.stderr
    assert json.loads(run_main("database", "show", "--json").stdout)["origin"] == "default"
    assert "mot-de-passe" not in (tmp_path / "keyring.json").read_text(encoding="utf-8")
