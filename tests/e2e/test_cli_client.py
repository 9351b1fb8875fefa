"""``client add|show|edit|consent|opt-out|delete`` run through the real entry point on a data folder, their
effect read back through the services the window uses."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop.app import main
from desktop.context import AppContext, open_context
from desktop.core.agenda import AppointmentDraft
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ConsentPurpose, ConsentSource, ConsentState, Sector
from desktop.paths import resolve
from desktop.settings import Business, Settings

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)
USUAL = (
    "J'accepte de recevoir par SMS les offres d'Optique Étoile. Je peux me désinscrire à tout moment en "
    "répondant STOP."
)


@contextmanager
def services(folder: Path) -> Iterator[AppContext]:
    context = open_context(resolve(folder), FakeClock(NOW.astimezone(dt.UTC)))
    try:
        yield context
    finally:
        context.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with services(folder) as context:
        business = Business(name="Optique Étoile", address="2 place Bellecour, Lyon", sector=Sector.OPTICIAN)
        context.settings.save(Settings(business=business))
        context.clients.create(ClientDraft(first_name="Jean", last_name="Dupont", mobile="0612345679"))
    return folder


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args], clock=FakeClock(NOW.astimezone(dt.UTC)))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> Any:
    code, out, err = run(capsys, data_dir, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def add_claire(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> int:
    added = run_json(
        capsys,
        data_dir,
        "client",
        "add",
        "--first-name",
        "Claire",
        "--last-name",
        "Martin",
        "--mobile",
        "06 12 34 56 78",
        "--email",
        "claire@example.fr",
        "--tags",
        "vip, lentilles",
        *extra,
    )
    return int(added["client_id"])


def test_add_records_the_client_and_the_consent_as_the_form_does(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    client_id = add_claire(
        capsys,
        data_dir,
        "--birthday",
        "14/07/1985",
        "--promotional",
        "oui",
        "--source",
        "paper",
        "--by",
        "Léa",
    )
    with services(data_dir) as context:
        client = context.clients.get(client_id)
        history = context.clients.consent_history(client_id)
    assert (client.first_name, client.mobile, client.tags) == ("Claire", "+33612345678", ("lentilles", "vip"))
    assert client.birthday == dt.date(1985, 7, 14)
    assert client.promotional_consent is ConsentState.GRANTED
    assert [(e.purpose, e.state, e.source, e.wording, e.recorded_by) for e in history] == [
        (ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER, USUAL, "Léa")
    ]

    code, out, _err = run(capsys, data_dir, "client", "add", "--last-name", "Petit")  # consent not asked
    assert code == 0 and "créé : Petit" in out
    with services(data_dir) as context:
        petit = context.clients.get(client_id + 1)
        assert petit.last_name == "Petit" and context.clients.consent_history(petit.id) == []


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--mobile", "01 45 67 89 10"), "--mobile : C'est un numéro de fixe"),
        (("--mobile", "06 12 34 56 79"), "--mobile : Un autre client a déjà ce numéro de portable."),
        (("--mobile", "06 12"), "--mobile : Numéro trop court"),
        (("--mobile", "06 12 34 56 70", "--email", "claire@"), "--email : Cette adresse e-mail n'est pas"),
        (("--mobile", "06 12 34 56 70", "--postal-code", "690"), "--postal-code : Code postal invalide"),
        (
            ("--mobile", "06 12 34 56 70", "--promotional", "oui", "--wording", " "),
            "Indiquez le texte que le client a accepté",
        ),
    ],
)
def test_add_refuses_what_the_form_refuses_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: tuple[str, ...], reason: str
) -> None:
    code, out, err = run(capsys, data_dir, "client", "add", "--last-name", "Martin", *args)
    assert code == 1 and out == ""
    assert reason in err and "Traceback" not in err
    with services(data_dir) as context:
        assert context.clients.count() == 1
        assert context.privacy.consent_register(limit=10) == []


def test_add_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, data_dir, "client", "add", "--last-name", "M", "--promotional", "peut-être")
    assert exited.value.code == 2
    assert "« oui » ou « non » attendu" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        run(capsys, data_dir, "client", "add", "--last-name", "M", "--birthday", "1985-13-40")
    assert exited.value.code == 2


def test_show_is_the_card(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    client_id = add_claire(capsys, data_dir, "--promotional", "oui", "--by", "Léa")
    with services(data_dir) as context:
        start = dt.datetime(2026, 12, 10, 14, 30, tzinfo=PARIS)
        coming = context.appointments.create(
            AppointmentDraft(client_id, start, 30, kind="Contrôle de la vue")
        )
        past = context.appointments.create(
            AppointmentDraft(client_id, dt.datetime(2026, 12, 2, 9, 0, tzinfo=PARIS), 30)
        )
        context.appointments.cancel(past.id)
        order = context.orders.add(client_id, "Lunettes progressives")
        collected = context.orders.add(client_id, "Étui")
        context.orders.mark_collected(collected.id)

    sent = run(capsys, data_dir, "send", "--to", "06 12 34 56 78", "--text", "Vos lunettes sont prêtes.")
    assert sent[0] == 0, sent[2]

    card = run_json(capsys, data_dir, "client", "show", str(client_id))
    assert (card["id"], card["version"], card["mobile_display"]) == (client_id, 1, "06 12 34 56 78")
    assert card["consent"]["promotional"] == {"state": "granted", "label": "Accepté"}
    assert card["consent"]["transactional"] == {"state": "unknown", "label": "Autorisé par défaut"}
    assert [(e["purpose"], e["wording"], e["recorded_by"]) for e in card["consent_history"]] == [
        ("promotional", USUAL, "Léa")
    ]
    assert card["stopped"] == []
    assert [(a["id"], a["start"]) for a in card["appointments"]] == [(coming.id, "2026-12-10T14:30:00+01:00")]
    assert [o["id"] for o in card["orders"]] == [order.id]
    [message] = card["messages"]
    assert (message["direction"], message["text"], message["to"]) == (
        "out",
        "Vos lunettes sont prêtes.",
        "+33612345678",
    )
    assert message["created_at"] == "2026-12-01T10:00:00+01:00"
    assert run_json(capsys, data_dir, "client", "show", str(client_id), "--messages", "0")["messages"] == []

    code, out, _err = run(capsys, data_dir, "client", "show", str(client_id))
    assert code == 0
    assert "Portable : 06 12 34 56 78" in out and "Promotions : Accepté" in out
    assert "10/12/2026 14:30" in out and "Lunettes progressives" in out and "Étui" not in out
    assert "« Vos lunettes sont prêtes. »" in out


def test_edit_changes_only_the_given_fields_and_checks_the_version(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    client_id = add_claire(capsys, data_dir)
    saved = run_json(capsys, data_dir, "client", "edit", str(client_id), "--city", "Lyon", "--version", "1")
    assert saved == {"client_id": client_id, "version": 2}
    with services(data_dir) as context:
        client = context.clients.get(client_id)
    assert (client.city, client.first_name, client.email, client.tags) == (
        "Lyon",
        "Claire",
        "claire@example.fr",
        ("lentilles", "vip"),
    )

    # Read at version 1 by a script: another desk saved since, nothing is written.
    code, _out, err = run(
        capsys, data_dir, "client", "edit", str(client_id), "--city", "Paris", "--version", "1"
    )
    assert code == 1
    assert "modifiée entre-temps" in err and "--version 2" in err
    code, _out, err = run(capsys, data_dir, "client", "edit", str(client_id), "--email", "claire@")
    assert code == 1 and "--email : Cette adresse e-mail n'est pas valide." in err
    with services(data_dir) as context:
        client = context.clients.get(client_id)
    assert (client.city, client.email, client.version) == ("Lyon", "claire@example.fr", 2)

    cleared = run_json(capsys, data_dir, "client", "edit", str(client_id), "--email", "", "--tags", "")
    assert cleared["version"] == 3
    with services(data_dir) as context:
        assert (context.clients.get(client_id).email, context.clients.get(client_id).tags) == ("", ())


def test_consent_as_the_dialog(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    client_id = add_claire(capsys, data_dir)
    event = run_json(
        capsys, data_dir, "client", "consent", str(client_id), "--promotional", "oui", "--by", "Léa"
    )
    assert (event["purpose"], event["state"], event["source"], event["wording"]) == (
        "promotional",
        "granted",
        "form",
        USUAL,
    )
    assert event["at"] == "2026-12-01T10:00:00+01:00"
    run_json(
        capsys,
        data_dir,
        "client",
        "consent",
        str(client_id),
        "--transactional",
        "non",
        "--source",
        "sms_reply",
    )

    code, _out, err = run(
        capsys, data_dir, "client", "consent", str(client_id), "--promotional", "oui", "--wording", ""
    )
    assert code == 1 and "c'est la preuve de son accord" in err
    with services(data_dir) as context:
        client = context.clients.get(client_id)
        assert len(context.clients.consent_history(client_id)) == 2
    assert client.promotional_consent is ConsentState.GRANTED
    assert client.transactional_consent is ConsentState.WITHDRAWN

    with pytest.raises(SystemExit) as exited:  # for what: exactly one of the two
        run(capsys, data_dir, "client", "consent", str(client_id))
    assert exited.value.code == 2


def test_opt_out_asks_for_yes_and_stops_everything(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    client_id = add_claire(capsys, data_dir, "--promotional", "oui")
    code, _out, err = run(capsys, data_dir, "client", "opt-out", str(client_id))
    assert code == 1 and "--yes" in err
    with services(data_dir) as context:
        assert not context.clients.get(client_id).opted_out

    done = run_json(capsys, data_dir, "client", "opt-out", str(client_id), "--yes", "--by", "Léa")
    assert done == {"client_id": client_id, "opted_out": True, "changed": True}
    with services(data_dir) as context:
        assert context.clients.get(client_id).opted_out
        stopped = context.clients.stopped(client_id)
        assert stopped[0] == "all"
        recorded = len(context.clients.consent_history(client_id))
    again = run_json(capsys, data_dir, "client", "opt-out", str(client_id), "--yes")
    assert again["changed"] is False
    with services(data_dir) as context:
        assert len(context.clients.consent_history(client_id)) == recorded
    card = run_json(capsys, data_dir, "client", "show", str(client_id))
    assert card["stopped"] == list(stopped) and card["consent"]["promotional"]["state"] == "withdrawn"


def test_delete_asks_for_yes_and_refuses_unknown_numbers(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    client_id = add_claire(capsys, data_dir)
    code, _out, err = run(capsys, data_dir, "client", "delete", str(client_id), "999", "--yes")
    assert code == 1 and "Aucun client n° 999 : rien n'a été supprimé" in err
    code, _out, err = run(capsys, data_dir, "client", "delete", str(client_id))
    assert code == 1 and "--yes" in err
    with services(data_dir) as context:
        assert context.clients.count() == 2

    deleted = run_json(capsys, data_dir, "client", "delete", str(client_id), "--yes")
    assert deleted == {"client_ids": [client_id], "deleted": 1}
    with services(data_dir) as context:
        assert context.clients.count() == 1


@pytest.mark.parametrize(
    "action",
    [
        ("show",),
        ("edit", "--city", "Lyon"),
        ("consent", "--promotional", "non"),
        ("opt-out", "--yes"),
        ("export", "x.json"),
        ("erase", "--yes"),
    ],
)
def test_an_unknown_client_is_said_in_french(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, action: tuple[str, ...]
) -> None:
    args = [a if a != "x.json" else str(tmp_path / a) for a in action]
    code, out, err = run(capsys, data_dir, "client", args[0], "4242", *args[1:])
    assert code == 1 and out == ""
    assert "aucun client n° 4242" in err.lower() and "Traceback" not in err


def test_the_command_offers_every_field_of_the_form() -> None:
    """A field added to ClientDraft (beside the language, which the form does not show) gets its option."""
    import dataclasses

    from desktop.cli.client import FIELDS
    from desktop.core.entities import ClientDraft

    assert set(FIELDS) == {f.name for f in dataclasses.fields(ClientDraft)} - {"language"}
