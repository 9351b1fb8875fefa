"""``account`` and ``simulate-reply`` end to end.

The life cycle runs ``python main.py`` in subprocesses on a fresh data folder, with the keyring backend of
``tests/e2e/keyring_backend.py`` (a JSON file, priority 0.5) chosen through ``PYTHON_KEYRING_BACKEND``, and a
fake Twilio on 127.0.0.1. Argument checks run in-process (``desktop.app.main``), which is much faster.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import main
from desktop.core.clock import FakeClock
from desktop.core.entities import ProviderAccount
from desktop.providers.registry import ProviderEnv
from desktop.providers.simulator import SimulatorProvider
from tests.conftest import InMemoryKeyring
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio

ROOT = Path(__file__).resolve().parents[2]
BACKEND = "tests.e2e.keyring_backend.JsonFileKeyring"


def run(
    data: Path, *args: str, stdin: str = "", keyring_file: Path | None = None, backend: str = BACKEND
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPTOIR_", "PYTHON_KEYRING"))}
    env["PYTHON_KEYRING_BACKEND"] = backend  # never the developer's real keyring
    if keyring_file is not None:
        env["COMPTOIR_TEST_KEYRING"] = str(keyring_file)
    return subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data), *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def data_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_account_life_cycle_with_twilio(tmp_path: Path) -> None:
    data = tmp_path / "data"
    secrets_file = tmp_path / "keyring.json"
    with FakeTwilio() as fake:
        fresh = run(data, "account", "list", "--json", keyring_file=secrets_file)
        assert fresh.returncode == 0, fresh.stderr
        assert [(a["name"], a["provider"], a["default"]) for a in json.loads(fresh.stdout)] == [
            ("Simulateur", "simulator", True)
        ]

        added = run(
            data,
            "account", "add", "twilio", "--name", "Twilio boutique", "--sender", "OptiMartin",
            "--account-sid", ACCOUNT_SID, "--base-url", fake.base_url, "--price-cents", "8",
            stdin=AUTH_TOKEN + "\n", keyring_file=secrets_file,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert "Twilio boutique" in added.stdout
        assert "compte par défaut" in added.stdout
        stored = json.loads(secrets_file.read_text("utf-8"))
        assert stored == {f"Comptoir/{database_id(data)}/Twilio boutique:auth_token": AUTH_TOKEN}
        assert AUTH_TOKEN.encode() not in data_bytes(data)

        listed = run(data, "account", "list", "--json", keyring_file=secrets_file)
        accounts = {a["name"]: a for a in json.loads(listed.stdout)}
        twilio = accounts["Twilio boutique"]
        assert (twilio["provider"], twilio["sender"], twilio["default"]) == ("twilio", "OptiMartin", True)
        assert twilio["base_url"] == fake.base_url
        assert twilio["options"] == {"account_sid": ACCOUNT_SID}
        assert accounts["Simulateur"]["default"] is False
        assert AUTH_TOKEN not in listed.stdout

        tested = run(data, "account", "test", "Twilio boutique", keyring_file=secrets_file)
        assert tested.returncode == 0, tested.stderr
        assert "Connexion OK" in tested.stdout
        assert "Solde : 12.34 USD" in tested.stdout

    removed = run(data, "account", "remove", "twilio boutique", keyring_file=secrets_file)
    assert removed.returncode == 0, removed.stderr
    assert "Compte par défaut : « Simulateur »" in removed.stdout
    assert json.loads(secrets_file.read_text("utf-8")) == {}
    with sqlite3.connect(data / "comptoir.sqlite3") as conn:
        rows = conn.execute("SELECT name, is_default FROM provider_accounts").fetchall()
    assert rows == [("Simulateur", 1)]
    assert AUTH_TOKEN.encode() not in data_bytes(data)


def database_id(data: Path) -> str:
    with sqlite3.connect(data / "comptoir.sqlite3") as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = 'database_id'").fetchone()
    assert row is not None and len(row[0]) == 32
    return str(row[0])


def test_two_data_folders_with_accounts_of_the_same_name_keep_their_own_secrets(tmp_path: Path) -> None:
    """A test folder and the real one (or two shops) on one computer: one keyring, two databases."""
    secrets_file = tmp_path / "keyring.json"
    shop, trial = tmp_path / "shop", tmp_path / "trial"
    for data, key in ((shop, "xkeysib-shop-secret-1"), (trial, "xkeysib-trial-secret-2")):
        added = run(
            data, "account", "add", "brevo", "--name", "Boutique", "--sender", "OptiMartin",
            stdin=key + "\n", keyring_file=secrets_file,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    assert database_id(shop) != database_id(trial)
    assert json.loads(secrets_file.read_text("utf-8")) == {
        f"Comptoir/{database_id(shop)}/Boutique:api_key": "xkeysib-shop-secret-1",
        f"Comptoir/{database_id(trial)}/Boutique:api_key": "xkeysib-trial-secret-2",
    }

    removed = run(trial, "account", "remove", "Boutique", keyring_file=secrets_file)

    assert removed.returncode == 0, removed.stderr
    assert json.loads(secrets_file.read_text("utf-8")) == {
        f"Comptoir/{database_id(shop)}/Boutique:api_key": "xkeysib-shop-secret-1"
    }


def test_no_usable_keyring_saves_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run(
        data,
        "account", "add", "brevo", "--name", "Brevo", "--sender", "OptiMartin",
        stdin="xkeysib-secret-value\n", backend="keyring.backends.fail.Keyring",
    )  # fmt: skip
    assert result.returncode == 1
    assert (
        "« Trousseau de clés » sous GNOME" in result.stderr and "« Portefeuille » sous KDE" in result.stderr
    )
    assert "KeePassXC" in result.stderr
    assert "n'a pas été enregistré" in result.stderr
    with sqlite3.connect(data / "comptoir.sqlite3") as conn:
        rows = conn.execute("SELECT name FROM provider_accounts").fetchall()
    assert rows == [("Simulateur",)]
    assert b"xkeysib-secret-value" not in data_bytes(data)


def test_simulate_reply_is_polled_by_the_app_process(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run(data, "simulate-reply", "--from", "06 12 34 56 78", "--text", "Oui merci")
    assert result.returncode == 0, result.stderr
    assert "06 12 34 56 78" in result.stdout
    account = ProviderAccount(1, "Simulateur", "simulator", "Comptoir", None, {}, 50.0, 0, True, False)
    clock = FakeClock(dt.datetime.now(dt.UTC))
    page = SimulatorProvider(account, ProviderEnv(data_dir=data, clock=clock)).poll_inbound(None)
    assert [(m.from_number, m.text) for m in page.messages] == [("+33612345678", "Oui merci")]


# ---------------------------------------------------------------------------------------- in-process


@pytest.fixture
def cli(tmp_path: Path, mem_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch, capsys):
    """Run the command line in this process: ``cli(*args, stdin="")`` → (exit code, stdout, stderr)."""
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)

    def call(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(["--data-dir", str(tmp_path / "data"), *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_secrets_are_refused_as_arguments_without_being_echoed(cli, mem_keyring: InMemoryKeyring) -> None:
    code, _out, err = cli(
        "account",
        "add",
        "twilio",
        "--name",
        "T",
        "--account-sid",
        ACCOUNT_SID,
        "--auth-token",
        "leaked-secret-1",
    )
    assert code == 2
    assert "--auth-token" in err and "entrée standard" in err
    assert "leaked-secret-1" not in err
    assert mem_keyring.entries == {}


def test_add_usage_errors(cli) -> None:
    code, _out, err = cli("account", "add", "twilio", "--name", "T", stdin=AUTH_TOKEN + "\n")
    assert code == 2
    assert "--account-sid" in err
    code, _out, err = cli("account", "add", "sinch", "--name", "T")
    assert code == 2
    assert "fournisseur inconnu" in err
    code, _out, err = cli("account", "add", "twilio", "--account-sid", ACCOUNT_SID)
    assert code == 2


def test_add_failures_are_explained_in_french(cli, mem_keyring: InMemoryKeyring) -> None:
    args = ("account", "add", "twilio", "--name", "T", "--account-sid", ACCOUNT_SID)
    code, _out, err = cli(*args, "--sender", "0612345678", stdin=AUTH_TOKEN + "\n")
    assert code == 1
    assert err.startswith("Erreur : ")
    assert "06" in err and "expéditeur" in err
    code, _out, err = cli(*args, stdin="\n")  # no secret on standard input
    assert code == 1
    assert "Auth Token" in err
    assert mem_keyring.entries == {}
    code, out, err = cli(*args, "--sender", "OptiMartin", "--no-default", "--json", stdin=AUTH_TOKEN + "\n")
    assert code == 0, err
    assert json.loads(out)["default"] is False
    code, _out, err = cli(*args, stdin=AUTH_TOKEN + "\n")
    assert code == 1
    assert "existe déjà" in err
    assert cli("account", "default", "t")[0] == 0
    code, _out, err = cli("account", "fallback", "T")
    assert code == 1
    assert "compte par défaut" in err
    code, out, _err = cli("account", "fallback", "Simulateur")
    assert code == 0
    assert "« Simulateur » est le compte de secours" in out


def test_account_commands_on_unknown_names(cli) -> None:
    for command in ("test", "default", "fallback", "remove"):
        code, _out, err = cli("account", command, "Personne")
        assert code == 1, command
        assert "Aucun compte SMS nommé « Personne »" in err
    code, _out, err = cli("account", "remove", "Simulateur")
    assert code == 1
    assert "simulateur intégré" in err
    code, out, _err = cli("account", "fallback", "--none")
    assert code == 0
    assert "Aucun compte de secours" in out
    code, out, _err = cli("account", "test", "Simulateur", "--json")
    assert code == 0
    assert json.loads(out)["ok"] is True


def test_simulate_reply_refuses_a_bad_number(cli) -> None:
    code, _out, err = cli("simulate-reply", "--from", "12", "--text", "Oui")
    assert code == 1
    assert err.startswith("Erreur : ")
    code, _out, err = cli("simulate-reply", "--from", "0612345678", "--text", "   ")
    assert code == 1
    assert "vide" in err
