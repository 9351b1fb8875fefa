"""``inbox``, ``keyword``/``keywords``, ``survey``/``surveys`` and ``simulate-reply`` from the command line,
in process with an injected clock (``desktop.app.main``), on a fresh data folder and the simulator."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop.app import main
from desktop.context import open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft
from desktop.paths import resolve

PARIS = ZoneInfo("Europe/Paris")


def paris(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=PARIS)


class Cli:
    def __init__(self, folder: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder, self.clock, self.capsys = folder, clock, capsys

    def call(self, *args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(self.folder), *args], clock=self.clock)
        out, err = self.capsys.readouterr()
        return code, out, err

    def usage(self, *args: str) -> str:
        """A usage error: exit code 2, the French reason on stderr."""
        with pytest.raises(SystemExit) as exit_info:
            main(["--data-dir", str(self.folder), *args], clock=self.clock)
        assert exit_info.value.code == 2
        return self.capsys.readouterr().err

    def json(self, *args: str) -> Any:
        code, out, err = self.call(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    def client(self, first: str, mobile: str) -> int:
        context = open_context(resolve(self.folder), clock=self.clock)
        try:
            return context.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))
        finally:
            context.close()

    def reply(self, mobile: str, text: str) -> None:
        self.clock.advance(60)
        code, _out, err = self.call("simulate-reply", "--from", mobile, "--text", text)
        assert code == 0, err
        self.dispatch()

    def dispatch(self) -> None:
        code, _out, err = self.call("dispatch", "--once")
        assert code == 0, err


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    shell = Cli(tmp_path / "data", FakeClock(paris(12, 7, 9).astimezone(dt.UTC)), capsys)
    code, _out, err = shell.call(
        "setup", "--sector", "optician", "--business-name", "Optique Martin", "--phone", "04 78 12 34 56"
    )
    assert code == 0, err
    return shell


def test_inbox_lists_each_reply_with_its_fields_and_filters_by_status(cli: Cli) -> None:
    claire = cli.client("Claire", "06 12 34 56 78")
    cli.json("keyword", "add", "horaires", "--answer", "{boutique} : du mardi au samedi, 9h-19h.")
    cli.reply("06 12 34 56 78", "Horaires svp")
    cli.reply("07 81 23 45 67", "Peut-on décaler à jeudi ?")

    everything = cli.json("inbox")
    todo = cli.json("inbox", "--status", "todo")
    done = cli.json("inbox", "--status", "done")
    unread = cli.json("inbox", "--status", "unread")

    assert isinstance(everything, list) and len(everything) == 2
    question, keyword = everything
    assert set(question) >= {
        "id",
        "from",
        "client_id",
        "text",
        "received_at",
        "interpretation",
        "status",
        "reason",
    }
    assert (question["from"], question["client_id"], question["text"]) == (
        "+33781234567",
        None,
        "Peut-on décaler à jeudi ?",
    )
    assert (question["interpretation"], question["status"], question["reason"]) == (
        "unknown",
        "todo",
        "reply_question",
    )
    assert question["reason_text"] == "Le client pose une question."
    assert question["received_at"] == "2026-12-07T09:02:00+01:00"
    assert (keyword["client_id"], keyword["interpretation"], keyword["status"], keyword["reason"]) == (
        claire,
        "keyword",
        "done",
        None,
    )
    assert keyword["outcome"] == "reply_keyword_answered"
    assert [r["id"] for r in todo] == [question["id"]]
    assert [r["id"] for r in done] == [keyword["id"]]
    assert [r["id"] for r in unread] == [question["id"]]
    code, out, _err = cli.call("inbox")
    assert code == 0 and "Le client pose une question." in out and "à traiter" in out


def test_inbox_done_records_who_and_when_and_a_second_desk_changes_nothing(cli: Cli) -> None:
    code, _out, err = cli.call("setup", "--sector", "optician", "--business-name", "Optique Martin")
    assert code == 0, err
    context = open_context(resolve(cli.folder), clock=cli.clock)
    try:
        import dataclasses

        context.settings.save(dataclasses.replace(context.settings.get(), staff=("Mme Martin", "Julien")))
    finally:
        context.close()
    cli.reply("07 81 23 45 67", "Bonjour, vous faites les lentilles ?")
    (reply,) = cli.json("inbox")

    cli.clock.advance(300)
    first = cli.json("inbox", "done", str(reply["id"]), "--by", "julien")
    cli.clock.advance(60)
    code, out, _err = cli.call("inbox", "done", str(reply["id"]), "--by", "Mme Martin")

    assert isinstance(first, dict)
    assert (first["status"], first["handled_by"], first["handled_at"], first["changed"]) == (
        "done",
        "Julien",
        "2026-12-07T09:06:00+01:00",
        True,
    )
    assert code == 0 and "déjà traitée par Julien" in out and "rien n'a changé" in out
    code, _out, err = cli.call("inbox", "done", str(reply["id"]), "--by", "Paul")
    assert code == 1 and "n'est pas dans l'équipe" in err and "Traceback" not in err
    code, _out, err = cli.call("inbox", "done", "999")
    assert code == 1 and err.startswith("Erreur : Il n'y a pas de réponse n° 999")


def test_inbox_attach_gives_a_numbers_replies_to_a_client(cli: Cli) -> None:
    claire = cli.client("Claire", "06 12 34 56 78")
    cli.reply("07 81 23 45 67", "C'est Claire, mon nouveau numéro")
    cli.reply("07 81 23 45 67", "Vous m'entendez ?")
    first = cli.json("inbox")[-1]

    attached = cli.json("inbox", "attach", str(first["id"]), "--client", str(claire))

    assert isinstance(attached, dict) and (attached["client_id"], attached["attached"]) == (claire, 2)
    assert {r["client_id"] for r in cli.json("inbox")} == {claire}
    code, _out, err = cli.call("inbox", "attach", str(first["id"]), "--client", "999")
    assert code == 1 and "pas de client n° 999" in err
    assert "arguments obligatoires manquants : --client" in cli.usage("inbox", "attach", str(first["id"]))


def test_inbox_attach_can_record_the_number_as_the_clients_mobile(cli: Cli) -> None:
    context = open_context(resolve(cli.folder), clock=cli.clock)
    try:
        paul = context.clients.create(ClientDraft(first_name="Paul", last_name="Durand"))
    finally:
        context.close()
    cli.reply("07 81 23 45 67", "Bonjour")
    (reply,) = cli.json("inbox")

    cli.json("inbox", "attach", str(reply["id"]), "--client", str(paul), "--set-mobile")
    cli.reply("07 81 23 45 67", "Merci")

    assert [r["client_id"] for r in cli.json("inbox")] == [paul, paul]


def test_keywords_are_added_listed_and_removed(cli: Cli) -> None:
    added = cli.json("keyword", "add", "Horaires", "--answer", "Du mardi au samedi, 9h-19h.")
    cli.json("keyword", "add", "ADRESSE", "--answer", "{adresse}")
    cli.json("keyword", "add", "horaires", "--answer", "Fermé en août.")  # same word: a new answer

    listed = cli.json("keywords")
    code, out, _err = cli.call("keywords")

    assert added == {"word": "HORAIRES", "answer": "Du mardi au samedi, 9h-19h."}
    assert listed == [
        {"word": "ADRESSE", "answer": "{adresse}"},
        {"word": "HORAIRES", "answer": "Fermé en août."},
    ]
    assert code == 0 and "HORAIRES → Fermé en août." in out
    assert cli.json("keyword", "remove", "adresse") == [{"word": "HORAIRES", "answer": "Fermé en août."}]
    code, _out, err = cli.call("keyword", "remove", "adresse")
    assert code == 1 and "pas de mot-clé « ADRESSE »" in err


@pytest.mark.parametrize(
    ("word", "answer", "message"),
    [
        ("STOP", "x", "veut déjà dire quelque chose"),
        ("oui", "x", "veut déjà dire quelque chose"),
        ("START", "x", "veut déjà dire quelque chose"),
        ("  ", "x", "Le mot-clé est vide"),
        ("HORAIRES", "   ", "La réponse au mot-clé « HORAIRES » est vide"),
        ("HORAIRES", "Bonjour {prenom}", "« prenom » au caractère 9"),
        ("HORAIRES", "Bonjour {prenom", "au caractère 9"),
        ("X" * 31, "x", "trop long"),
    ],
)
def test_a_keyword_that_cannot_work_is_refused_in_french(
    cli: Cli, word: str, answer: str, message: str
) -> None:
    code, _out, err = cli.call("keyword", "add", word, "--answer", answer)
    assert code == 1 and message in err and "Traceback" not in err
    assert cli.json("keywords") == []


def test_survey_send_and_results(cli: Cli) -> None:
    claire = cli.client("Claire", "06 12 34 56 78")
    paul = cli.client("Paul", "06 98 76 54 32")

    for client in (claire, paul):
        sent = cli.json("survey", "send", "--client", str(client))
        assert isinstance(sent, dict) and (sent["queued"], sent["kind"]) == (True, "survey")
    cli.dispatch()
    cli.reply("06 12 34 56 78", "10")
    cli.reply("06 98 76 54 32", "6/10")
    results = cli.json("surveys")

    assert results == [
        {
            "template_id": results[0]["template_id"],
            "name": "Enquête de satisfaction",
            "sent": 2,
            "answered": 2,
            "response_rate": 1.0,
            "distribution": {str(n): int(n in (6, 10)) for n in range(11)},
            "promoters": 1,
            "passives": 0,
            "detractors": 1,
            "nps": 0,
        }
    ]
    code, out, _err = cli.call("surveys")
    assert code == 0 and "NPS +0" in out and "2 envoyée(s), 2 réponse(s)" in out
    # The same rule by hand as by the automatic surveys: at most one per client per 6 months.
    code, out, err = cli.call("survey", "send", "--client", str(claire))
    assert code == 1 and "enquête de satisfaction le" in err


def test_survey_send_refusals_and_usage(cli: Cli) -> None:
    assert "l'un des arguments --client --due est obligatoire" in cli.usage("survey", "send")
    assert "incompatible" in cli.usage("survey", "send", "--client", "1", "--due")
    assert "choix" in cli.usage("inbox", "--status", "lu")
    code, _out, err = cli.call("survey", "send", "--client", "999")
    assert code == 1 and "Erreur" in err and "Traceback" not in err
    assert cli.json("survey", "send", "--due") == {"planned": 0, "queued": 0}
    code, _out, err = cli.call("surveys", "--from", "hier")
    assert code == 1 and "AAAA-MM-JJ" in err


def _account(cli: Cli, kind: str, name: str, secrets: dict[str, str], default: bool = False) -> None:
    context = open_context(resolve(cli.folder), clock=cli.clock)
    try:
        context.accounts.add(kind, name, "OPTMARTIN", {}, secrets, make_default=default)
    finally:
        context.close()


def test_simulate_reply_reaches_the_chosen_simulator_account_only(cli: Cli, mem_keyring: object) -> None:
    _account(cli, "simulator", "Essai", {})
    reply = cli.json("simulate-reply", "--from", "06 12 34 56 78", "--text", "Bonjour", "--account", "essai")
    cli.dispatch()

    assert isinstance(reply, dict) and reply["account"] == "Essai"
    assert reply["received_at"] == "2026-12-07 08:00:00+00:00"  # the injected clock
    assert len(cli.json("inbox")) == 1  # one reply, though two simulators poll


def test_simulate_reply_refuses_a_real_account_and_finds_a_simulator_otherwise(
    cli: Cli, mem_keyring: object
) -> None:
    _account(cli, "brevo", "Boutique", {"api_key": "xkeysib-test"}, default=True)

    code, _out, err = cli.call(
        "simulate-reply", "--from", "0612345678", "--text", "x", "--account", "Boutique"
    )
    reply = cli.json("simulate-reply", "--from", "06 12 34 56 78", "--text", "Bonjour")

    assert code == 1 and "vrai compte SMS" in err and "Traceback" not in err
    assert isinstance(reply, dict) and reply["account"] == "Simulateur"  # the default is Brevo: the simulator
