"""``send``, ``dispatch`` and ``messages`` end to end: ``python main.py`` in subprocesses on a fresh data folder.

The acceptance scenario of the outbox issue runs against the fake Twilio server on 127.0.0.1, with the
keyring backend of ``tests/e2e/keyring_backend.py`` chosen through ``PYTHON_KEYRING_BACKEND``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.context import open_context
from desktop.core.entities import ClientDraft, Purpose
from desktop.paths import resolve
from desktop.services.templates import TemplateDraft
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio

ROOT = Path(__file__).resolve().parents[2]
BACKEND = "tests.e2e.keyring_backend.JsonFileKeyring"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPTOIR_", "PYTHON_KEYRING"))}
    env["PYTHON_KEYRING_BACKEND"] = BACKEND  # never the developer's real keyring
    env["COMPTOIR_TEST_KEYRING"] = str(tmp_path / "keyring.json")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _command(data: Path, *args: str) -> list[str]:
    return [sys.executable, "main.py", "--data-dir", str(data), *args]


def run(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        _command(tmp_path / "data", *args),
        cwd=ROOT,
        env=_env(tmp_path),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_acceptance_send_dispatch_and_list_against_twilio(tmp_path: Path) -> None:
    with FakeTwilio() as fake:
        added = run(
            tmp_path,
            "account", "add", "twilio", "--name", "T", "--account-sid", ACCOUNT_SID,
            "--sender", "+15005550006", "--base-url", fake.base_url,
            stdin=AUTH_TOKEN + "\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr

        good = run(
            tmp_path,
            "send",
            "--to",
            "06 12 34 56 78",
            "--text",
            "Vos lunettes sont disponibles.",
            "--account",
            "t",
            "--json",
        )
        bad = run(tmp_path, "send", "--to", "+15005550001", "--text", "Numéro invalide")
        assert good.returncode == 0, good.stderr
        assert bad.returncode == 0, bad.stderr
        queued = json.loads(good.stdout)
        assert (queued["status"], queued["to"], queued["account"]) == ("queued", "+33612345678", "T")
        assert fake.outbound() == []  # queuing sends nothing

        dispatched = run(tmp_path, "dispatch", "--once")
        assert dispatched.returncode == 0, dispatched.stderr
        assert "1 envoyé(s)" in dispatched.stdout and "1 en échec" in dispatched.stdout

        listed = run(tmp_path, "messages", "--json")
        assert listed.returncode == 0, listed.stderr
        assert fake.violations == []
        outbound = fake.outbound()

    rows = {row["to"]: row for row in json.loads(listed.stdout)}
    sent, failed = rows["+33612345678"], rows["+15005550001"]
    assert sent["status"] in ("sent", "delivered")
    assert [m["sid"] for m in outbound] == [sent["provider_id"]]
    assert outbound[0]["body"] == "Vos lunettes sont disponibles."
    assert (sent["error_code"], sent["error"], sent["segments"], sent["account"]) == (None, None, 1, "T")
    created = dt.datetime.fromisoformat(sent["created_at"])  # the business's time zone, with its offset
    assert created.utcoffset() == created.astimezone(ZoneInfo("Europe/Paris")).utcoffset()
    assert (sent["text"], sent["kind"]) == ("Vos lunettes sont disponibles.", "manual")
    assert (failed["status"], failed["error_code"], failed["provider_id"]) == (
        "failed",
        "invalid_number",
        None,
    )
    assert "Ce numéro n'est pas valide" in failed["error"]

    text = run(tmp_path, "messages", "--status", "failed")
    assert "Échec" in text.stdout and "06 12 34 56 78" not in text.stdout

    # After the whole flow the token is in the keyring and nowhere else on disk: not in the database (or its
    # WAL), the logs, the settings, the simulator's state — nor in any output the commands printed.
    secret = AUTH_TOKEN.encode()
    assert secret in (tmp_path / "keyring.json").read_bytes()
    leaked = [p for p in (tmp_path / "data").rglob("*") if p.is_file() and secret in p.read_bytes()]
    assert leaked == []
    outputs = (added, good, bad, dispatched, listed, text)
    assert all(AUTH_TOKEN not in o.stdout + o.stderr for o in outputs)


def test_send_refuses_a_bad_number_or_account_in_french(tmp_path: Path) -> None:
    result = run(tmp_path, "send", "--to", "01 42 68 53 00", "--text", "Bonjour")
    unknown = run(tmp_path, "send", "--to", "0612345678", "--text", "Bonjour", "--account", "Inconnu")

    assert result.returncode == 1
    assert "fixe" in result.stderr
    assert unknown.returncode == 1
    assert "Inconnu" in unknown.stderr and "Traceback" not in unknown.stderr
    assert run(tmp_path, "messages", "--json").stdout.strip() == "[]"


def test_send_with_a_template_filled_from_the_client(tmp_path: Path) -> None:
    data = tmp_path / "data"
    context = open_context(resolve(data))
    try:
        context.clients.create(
            ClientDraft(civility="Mme", first_name="Claire", last_name="Martin", mobile="0612345678")
        )
        context.templates.create(
            TemplateDraft(
                "Lunettes prêtes",
                Purpose.TRANSACTIONAL,
                "Bonjour {civilite} {nom}, vos lunettes sont prêtes.",
            )
        )
        context.templates.create(TemplateDraft("Rappel RDV", Purpose.TRANSACTIONAL, "RDV le {date_rdv}."))
    finally:
        context.close()

    sent = run(tmp_path, "send", "--to", "+33612345678", "--template", "lunettes pretes", "--json")
    unknown = run(tmp_path, "send", "--to", "+33612345678", "--template", "Inconnu")
    incomplete = run(tmp_path, "send", "--to", "+33612345678", "--template", "Rappel RDV")

    assert sent.returncode == 0, sent.stderr
    with sqlite3.connect(data / "comptoir.sqlite3") as conn:
        bodies = conn.execute("SELECT body, template_id IS NOT NULL FROM messages").fetchall()
    assert bodies == [("Bonjour Mme Martin, vos lunettes sont prêtes.", 1)]
    assert (unknown.returncode, incomplete.returncode) == (1, 1)
    assert "Aucun modèle ne s'appelle « Inconnu »" in unknown.stderr
    assert "« date_rdv » vient d'un rendez-vous" in incomplete.stderr  # who gives it, and where it is
    assert "(caractère 8)" in incomplete.stderr


def test_send_says_when_a_clients_accents_cost_a_sms_and_writes_them_plain_on_request(tmp_path: Path) -> None:
    data = tmp_path / "data"
    context = open_context(resolve(data))
    try:
        context.accounts.update(context.accounts.default().name, price_cents_per_segment=7)
        client_id = context.clients.create(
            ClientDraft(first_name="François", last_name="Lefèvre", mobile="0612345678")
        )
    finally:
        context.close()
    body = (
        "Bonjour {prenom}, votre commande est arrivée et vous attend en boutique. Passez quand vous voulez, "
        "de 9h à 19h."
    )

    said = run(tmp_path, "send", "--to", "06 12 34 56 78", "--text", body, "--dry-run")
    plain = run(tmp_path, "send", "--to", "06 12 34 56 78", "--text", body, "--plain-names", "--json")

    assert said.returncode == 0, said.stderr
    assert "(2 SMS, 0,14 €)" in said.stdout and "Bonjour François," in said.stdout
    assert (
        "À noter : Les accents du nom de ce client font passer son message de 1 à 2 SMS. Écrit sans ces "
        "accents pour ce message seulement (François → Francois), il tient en 1 SMS : 0,07 € d'économie. "
        "Sa fiche ne change pas. Pour l'écrire ainsi : --plain-names."
    ) in said.stdout.replace("\n", " ")
    assert plain.returncode == 0, plain.stderr
    shown = json.loads(plain.stdout)
    assert shown["text"].startswith("Bonjour Francois, votre commande est arrivée")
    assert (shown["segments"], shown["cost_cents"]) == (1, 7)
    assert shown["plain_names"] == {
        "applied": True,
        "spellings": [{"card": "François", "message": "Francois"}],
        "segments": 2,
        "plain_segments": 1,
        "saving_cents": 7,
    }
    assert "plain_names_applied" in [f["code"] for f in shown["findings"]]
    with sqlite3.connect(data / "comptoir.sqlite3") as conn:
        (stored,) = conn.execute("SELECT body FROM messages").fetchone()
        card = conn.execute("SELECT first_name FROM clients WHERE id = ?", (client_id,)).fetchone()
    assert stored == shown["text"]
    assert card == ("François",)  # the card keeps its accents


def _wait_until(process: subprocess.Popen[str], condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Poll ``condition`` while the process runs (its ``wait`` is the pause; no sleeping)."""
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        try:
            process.wait(0.05)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"dispatcher exited early: {process.returncode}")
    pytest.fail("condition not met in time")


def test_dispatch_runs_until_sigterm_and_is_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run(tmp_path, "send", "--to", "0612345678", "--text", "Bonjour").returncode == 0

    def status() -> str:
        with sqlite3.connect(data / "comptoir.sqlite3") as conn:
            return str(conn.execute("SELECT status FROM messages").fetchone()[0])

    process = subprocess.Popen(
        _command(data, "dispatch"),
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_until(process, lambda: status() != "queued")
        second = run(tmp_path, "dispatch", "--once")
        assert second.returncode == 1
        assert "déjà" in second.stderr
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert process.returncode == 0, err
    assert "1 envoyé(s)" in out
    assert status() in ("sent", "delivered")
    assert run(tmp_path, "dispatch", "--once", "--json").returncode == 0  # the lock was released
