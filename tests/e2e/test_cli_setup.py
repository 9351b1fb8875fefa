"""``setup`` (what the first-start wizard does, without the window) and the gate's ``send`` options, in process
through ``desktop.app.main`` with an injected clock: a new shop set up and sending from the command line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.app import main
from desktop.context import open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    MessageStatus,
    Sector,
)
from desktop.paths import resolve
from desktop.services.presets import load_presets
from tests.conftest import InMemoryKeyring

SUNDAY_22H = dt.datetime(2026, 11, 29, 21, 0, tzinfo=dt.UTC)  # Sunday 29 Nov, 22:00 in Paris
MONDAY_8H = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)
TUESDAY_10H = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
SHOP = [
    "--business-name",
    "Optique Martin",
    "--address",
    "8 rue Victor Hugo, Lyon",
    "--phone",
    "04 78 12 34 56",
]


@pytest.fixture
def run(
    tmp_path: Path, mem_keyring: InMemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> tuple[FakeClock, object]:
    clock = FakeClock(TUESDAY_10H)

    def command(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(tmp_path / "data"), *args], clock=clock)
        except SystemExit as exc:  # usage errors leave through argparse
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return clock, command


def test_setup_then_send_a_preset_right_away(run, tmp_path: Path) -> None:
    _clock, command = run
    code, out, _ = command("setup", "--sector", "optician", *SHOP, "--json")
    assert code == 0
    done = json.loads(out)
    assert (done["business_name"], done["sector"], done["area"], done["phone"]) == (
        "Optique Martin", "optician", "metropole", "+33478123456",
    )  # fmt: skip
    shipped = len(load_presets(Sector.OPTICIAN))  # the optician's presets and the common ones
    assert (done["templates_installed"], done["default_account"]) == (shipped, "Simulateur")

    code, out, err = command("send", "--to", "06 12 34 56 78", "--template", "Lunettes prêtes")

    assert code == 0, err
    assert (
        "Bonjour Madame, Monsieur, vos lunettes vous attendent chez Optique Martin, 8 rue Victor Hugo" in out
    )
    context = open_context(resolve(tmp_path / "data"))
    try:
        assert context.settings.get().first_run_done  # the window opens on the client list
        assert {t.name for t in context.templates.list_templates()} >= {"Lunettes prêtes", "Rappel retrait"}
    finally:
        context.close()


def test_setup_again_changes_what_is_given_and_keeps_the_rest(run, tmp_path: Path) -> None:
    _clock, command = run
    assert command("setup", "--sector", "optician", *SHOP)[0] == 0
    code, out, _ = command("setup", "--sector", "clinic", "--region", "RE", "--json")

    assert code == 0
    done = json.loads(out)
    assert (done["business_name"], done["sector"], done["area"]) == ("Optique Martin", "clinic", "RE")
    assert done["templates_installed"] > 0  # the clinic's presets, added to the optician's
    assert json.loads(command("setup", "--sector", "clinic", "--subdiv", "57", "--json")[1])["area"] == (
        "alsace_moselle"
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((), "Indiquez le nom de votre commerce"),
        ((*SHOP[:4], "--phone", "12"), "trop court"),
        ((*SHOP, "--region", "XX"), "Région « XX » inconnue"),
        ((*SHOP, "--subdiv", "99"), "Département « 99 » inconnu"),
        ((*SHOP, "--sender", "06 12 34 56 78"), "ne peut pas servir d'expéditeur"),
    ],
)
def test_setup_refuses_bad_values_in_french_and_saves_nothing(
    run, tmp_path: Path, arguments: tuple[str, ...], message: str
) -> None:
    _clock, command = run
    code, out, err = command("setup", "--sector", "optician", *arguments)

    assert (code, out) == (1, "")
    assert err.startswith("Erreur : ") and message in err
    context = open_context(resolve(tmp_path / "data"))
    try:
        assert not context.settings.get().first_run_done
        assert context.templates.list_templates() == []
    finally:
        context.close()


def test_an_unknown_sector_is_a_usage_error_in_french(run) -> None:
    _clock, command = run
    code, _, err = command("setup", "--sector", "boulanger")
    assert code == 2 and "choix 'boulanger' inconnu" in err


# ---------------------------------------------------------------------------------------- send's options


def _claire(tmp_path: Path) -> None:
    context = open_context(resolve(tmp_path / "data"))
    try:
        client_id = context.clients.create(ClientDraft(first_name="Claire", mobile="0612345678"))
        context.clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM
        )
    finally:
        context.close()


def test_a_sunday_evening_promotion_says_when_it_will_leave_before_and_after_queuing(
    run, tmp_path: Path
) -> None:
    clock, command = run
    assert command("setup", "--sector", "optician", *SHOP)[0] == 0
    _claire(tmp_path)
    clock.set(SUNDAY_22H)
    promotion = ("send", "--to", "0612345678", "--text", "-10 % chez {boutique}", "--purpose", "promotional")

    code, preview, _ = command(*promotion, "--dry-run")
    assert code == 0
    assert "rien n'a été mis en file" in preview
    assert (
        "Reporté (heures légales) : il partira le lundi 30 novembre 2026 à 8h00 (heure du commerce)."
        in preview
    )
    assert json.loads(command("messages", "--json")[1]) == []

    code, out, _ = command(*promotion, "--json")
    assert code == 0
    sent = json.loads(out)
    assert (sent["status"], sent["deferred_until"], sent["due_at"]) == (
        "deferred", "2026-11-30T08:00:00+01:00", "2026-11-30T08:00:00+01:00",
    )  # fmt: skip
    assert sent["text"] == "-10 % chez Optique Martin\nDésinscription : répondez STOP"
    listed = command("messages")[1]
    assert "Reporté (heures légales)" in listed and "partira le lundi 30 novembre 2026 à 8h00" in listed
    assert "29/11 22:00" in listed  # queued at 22:00 Paris time, not 21:00 UTC


def test_send_at_schedules_in_the_business_time_zone(run, tmp_path: Path) -> None:
    _clock, command = run
    assert command("setup", "--sector", "optician", *SHOP)[0] == 0

    code, out, _ = command(
        "send", "--to", "0612345678", "--text", "Bonjour", "--at", "2026-11-25 09:15", "--json"
    )

    assert code == 0
    sent = json.loads(out)
    assert (sent["status"], sent["due_at"], sent["deferred_until"]) == (
        "queued",
        "2026-11-25T09:15:00+01:00",
        None,
    )
    context = open_context(resolve(tmp_path / "data"))
    try:
        stored = context.outbox.get(sent["id"])
        assert (stored.status, stored.due_at) == (
            MessageStatus.QUEUED,
            dt.datetime(2026, 11, 25, 8, 15, tzinfo=dt.UTC),
        )
    finally:
        context.close()


@pytest.mark.parametrize(
    ("at", "code", "message"),
    [
        ("demain 10h", 2, "date et heure attendues sous la forme AAAA-MM-JJ HH:MM"),
        ("2026-11-23 09:00", 1, "Ce moment est déjà passé"),
    ],
)
def test_send_at_refuses_a_bad_or_past_moment_in_french(run, at: str, code: int, message: str) -> None:
    _clock, command = run
    result, _, err = command("send", "--to", "0612345678", "--text", "Bonjour", "--at", at)
    assert result == code and message in err
    assert json.loads(command("messages", "--json")[1]) == []


def test_urgent_lets_the_same_text_go_twice_a_day(run) -> None:
    _clock, command = run
    again = ("send", "--to", "0612345678", "--text", "Le technicien arrive")
    assert command(*again)[0] == 0
    refused, _, err = command(*again)
    assert refused == 1 and "déjà reçu ce même message aujourd'hui" in err
    assert command(*again, "--urgent")[0] == 0
