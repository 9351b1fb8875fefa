"""``appointment``, ``appointments``, ``order`` and ``orders`` from the command line: JSON fields, times in the
business's time zone with their offset, French errors with exit code 1, usage errors with exit code 2.

Commands run in-process (``desktop.app.main``) on a prepared data folder; one runs as a real subprocess."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.app import main
from desktop.context import open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, Sector
from desktop.paths import resolve
from desktop.settings import Business, Settings

ROOT = Path(__file__).resolve().parents[2]
PARIS = ZoneInfo("Europe/Paris")
#: The commands run at this moment (a Tuesday morning: messages due now may leave now).
NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    context = open_context(resolve(folder))
    try:
        business = Business(
            name="Cabinet des Tilleuls", address="8 rue Victor Hugo, Lyon", sector=Sector.CLINIC
        )
        context.settings.save(Settings(business=business))
        context.templates.install_presets(Sector.CLINIC)
        context.clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))
    finally:
        context.close()
    return folder


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args], clock=FakeClock(NOW.astimezone(dt.UTC)))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> object:
    code, out, err = run(capsys, data_dir, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def in_days(days: int, hour: int, minute: int = 0, *, today: dt.date | None = None) -> dt.datetime:
    today = today or NOW.date()
    return dt.datetime.combine(today + dt.timedelta(days=days), dt.time(hour, minute), tzinfo=PARIS)


def typed(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def test_appointment_life_cycle(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    start = in_days(10, 14, 30)
    added = run_json(
        capsys,
        data_dir,
        "appointment",
        "add",
        "--client",
        "1",
        "--at",
        typed(start),
        "--kind",
        "suivi",
        "--with",
        "Dr Morel",
    )
    assert isinstance(added, dict)
    assert {k: added[k] for k in ("id", "client_id", "duration", "kind", "with", "status")} == {
        "id": 1,
        "client_id": 1,
        "duration": 15,  # the kind's usual length
        "kind": "Suivi",  # as the settings spell it
        "with": "Dr Morel",
        "status": "planned",
    }
    assert dt.datetime.fromisoformat(added["start"]) == start
    assert added["start"].endswith(("+01:00", "+02:00"))  # ISO 8601 with the business's offset
    (reminder,) = added["reminders"]
    assert {k: reminder[k] for k in ("status", "message_id")} == {"status": "planned", "message_id": None}
    due = dt.datetime.fromisoformat(reminder["due_at"])
    assert due.astimezone(PARIS).time() == dt.time(10, 0) and due.date() < start.date()

    later = in_days(11, 16)
    moved = run_json(capsys, data_dir, "appointment", "move", "1", "--at", typed(later))
    assert isinstance(moved, dict) and dt.datetime.fromisoformat(moved["start"]) == later
    assert [r["status"] for r in moved["reminders"]] == ["cancelled", "planned"]
    assert "déplacé" in moved["reminders"][0]["reason"]

    edited = run_json(
        capsys, data_dir, "appointment", "edit", "1", "--duration", "40", "--place", "Cabinet 2"
    )
    assert isinstance(edited, dict) and (edited["duration"], edited["place"], edited["kind"]) == (
        40,
        "Cabinet 2",
        "Suivi",
    )
    assert dt.datetime.fromisoformat(edited["start"]) == later  # what was not given did not change

    confirmed = run_json(capsys, data_dir, "appointment", "status", "1", "confirmed")
    assert isinstance(confirmed, dict) and confirmed["status"] == "confirmed"
    cancelled = run_json(capsys, data_dir, "appointment", "cancel", "1")
    assert isinstance(cancelled, dict) and cancelled["status"] == "cancelled"
    assert [r["status"] for r in cancelled["reminders"]] == ["cancelled", "cancelled"]

    code, _out, err = run(capsys, data_dir, "appointment", "move", "1", "--at", typed(later))
    assert code == 1 and "annulé" in err and "Traceback" not in err


def test_listing_by_period_and_by_client(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    for days in (1, 3, 20):
        code, _out, err = run(
            capsys, data_dir, "appointment", "add", "--client", "1", "--at", typed(in_days(days, 9))
        )
        assert code == 0, err
    week = run_json(capsys, data_dir, "appointments")
    assert isinstance(week, list) and [a["id"] for a in week] == [1, 2]  # today and the next 6 days
    for row in week:
        assert set(row) >= {"id", "client_id", "start", "duration", "kind", "status", "reminders"}
        assert all(set(r) >= {"due_at", "status", "message_id"} for r in row["reminders"])
    first = in_days(20, 0).date().isoformat()
    later = run_json(capsys, data_dir, "appointments", "--from", first, "--to", first)
    assert isinstance(later, list) and [a["id"] for a in later] == [3]
    everything = run_json(capsys, data_dir, "appointments", "--client", "1")
    assert isinstance(everything, list) and [a["id"] for a in everything] == [1, 2, 3]
    code, out, _err = run(capsys, data_dir, "appointments", "--client", "1")
    assert code == 0 and "Claire Martin" in out and "rappel avant le rendez-vous" in out
    code, _out, err = run(capsys, data_dir, "appointments", "--from", "2026-12-10", "--to", "2026-12-01")
    assert code == 1 and "avant la date de début" in err


def test_order_life_cycle(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    added = run_json(capsys, data_dir, "order", "add", "--client", "1", "--label", "Lunettes progressives")
    assert isinstance(added, dict)
    assert {
        k: added[k] for k in ("id", "client_id", "label", "status", "ready_at", "collected_at", "message_ids")
    } == {
        "id": 1,
        "client_id": 1,
        "label": "Lunettes progressives",
        "status": "in_progress",
        "ready_at": None,
        "collected_at": None,
        "message_ids": [],
    }
    ready = run_json(capsys, data_dir, "order", "ready", "1")
    assert isinstance(ready, dict) and ready["status"] == "ready" and ready["ready_at"]
    assert [(n["kind"], n["status"]) for n in ready["notices"]] == [
        ("ready", "queued"),  # handed to the message gate at once
        ("pickup", "planned"),
    ]
    assert len(ready["message_ids"]) == 1 and ready["notices"][0]["message_id"] == ready["message_ids"][0]
    collected = run_json(capsys, data_dir, "order", "collected", "1")
    assert isinstance(collected, dict) and collected["status"] == "collected" and collected["collected_at"]
    assert {(n["kind"], n["status"]) for n in collected["notices"]} == {
        ("ready", "queued"),  # already handed over: it stays as it went
        ("pickup", "cancelled"),
        ("survey", "planned"),
    }
    code, _out, err = run(capsys, data_dir, "order", "cancel", "1")
    assert code == 1 and "déjà retirée ou annulée" in err
    run_json(capsys, data_dir, "order", "add", "--client", "1", "--label", "Lentilles")
    listed = run_json(capsys, data_dir, "orders", "--status", "in_progress")
    assert isinstance(listed, list) and [o["label"] for o in listed] == ["Lentilles"]
    notice = run_json(capsys, data_dir, "order", "notify", "2", "on_the_way", "--at", typed(in_days(1, 9)))
    assert isinstance(notice, dict) and [n["kind"] for n in notice["notices"]] == ["on_the_way"]


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (
            ("appointment", "add", "--client", "42", "--at", "2030-01-07 10:00"),
            1,
            "Le client n° 42 n'existe pas",
        ),
        (("appointment", "add", "--client", "1", "--at", "demain 10h"), 2, "AAAA-MM-JJ HH:MM"),
        (("appointment", "add", "--client", "1", "--at", "2030-01-07 10:00", "--duration", "0"), 1, "durée"),
        (("appointment", "status", "1", "perhaps"), 2, "choix 'perhaps' inconnu"),
        (("appointment", "cancel", "99"), 1, "Le rendez-vous n° 99 n'existe pas"),
        (("order", "ready", "7"), 1, "La commande n° 7 n'existe pas"),
        (("order", "add", "--client", "1", "--label", "  "), 1, "Décrivez la commande"),
        (("orders", "--status", "lost"), 2, "inconnu"),
        (("appointments", "--from", "01/12/2026"), 2, "AAAA-MM-JJ"),
    ],
)
def test_errors_in_french(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args, code: int, said: str
) -> None:
    if code == 2:
        with pytest.raises(SystemExit) as caught:
            main(["--data-dir", str(data_dir), *args])
        assert caught.value.code == 2
        err = capsys.readouterr().err
    else:
        got, _out, err = run(capsys, data_dir, *args)
        assert got == code
    assert said in err and "Traceback" not in err


def test_the_real_command(data_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "appointment", "add", "--client", "1", "--at",
         typed(in_days(2, 14, 30, today=dt.datetime.now(PARIS).date())), "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8", "HOME": str(data_dir)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["reminders"][0]["status"] == "planned"


def test_a_notice_the_gate_refuses_is_blocked_with_the_reason(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    context = open_context(resolve(data_dir))
    try:  # the « prête » message says where to collect: without the shop's address it cannot be written
        settings = context.settings.get()
        context.settings.save(Settings(business=Business(name=settings.business.name, sector=Sector.CLINIC)))
    finally:
        context.close()
    run_json(capsys, data_dir, "order", "add", "--client", "1", "--label", "Lunettes progressives")
    ready = run_json(capsys, data_dir, "order", "ready", "1")
    assert isinstance(ready, dict) and ready["message_ids"] == []
    notice = ready["notices"][0]
    assert (notice["kind"], notice["status"]) == ("ready", "blocked")
    assert "adresse" in notice["reason"] and "Réglages" in notice["reason"]
