"""Issue 11's « Done when », walked as a new shop would, with the simulator and an injected clock.

An optician set up from the command line; three clients with an appointment on Wednesday; their reminders
leave on Tuesday at 10:00. « 1 » confirms the first in the agenda, « Je ne pourrai pas venir » cancels the
second, « Stop merci » opts the third out and cancels the promotion queued for her; « START » from her later
restores consent with its event; « HORAIRES » gets the configured answer; « Peut-on décaler à jeudi ? »
lands in the inbox « à traiter »; a reply from an unknown number is in the inbox and can be attached. Then a
survey sent after an order is collected records « 9/10 » as a score, and « 4 » raises a detractor alert.
Every step is a command a shop could run (``desktop.app.main`` in process)."""

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
from desktop.core.entities import ClientDraft, ConsentPurpose, ConsentSource, ConsentState
from desktop.paths import resolve

PARIS = ZoneInfo("Europe/Paris")


def paris(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=PARIS)


class Shop:
    def __init__(self, folder: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder, self.clock, self.capsys = folder, clock, capsys

    def run(self, *args: str) -> Any:
        code = main(["--data-dir", str(self.folder), *args, "--json"], clock=self.clock)
        out, err = self.capsys.readouterr()
        assert code == 0, err
        return json.loads(out)

    def at(self, moment: dt.datetime) -> None:
        self.clock.set(moment.astimezone(dt.UTC))

    def reply(self, mobile: str, text: str) -> dict[str, Any]:
        """The client answers; the dispatcher (as the open window would) fetches and applies it."""
        self.clock.advance(60)
        self.run("simulate-reply", "--from", mobile, "--text", text)
        self.run("dispatch", "--once")
        newest = self.run("inbox")[0]
        assert newest["text"] == text
        return newest  # type: ignore[no-any-return]

    def client(self, first: str, mobile: str, *, promotions: bool = False) -> int:
        context = open_context(resolve(self.folder), clock=self.clock)
        try:
            client_id = context.clients.create(
                ClientDraft(first_name=first, last_name="Martin", mobile=mobile)
            )
            if promotions:
                context.clients.record_consent(
                    client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER
                )
            return client_id
        finally:
            context.close()

    def consent_events(self, client_id: int) -> list[tuple[str, str, str, str]]:
        context = open_context(resolve(self.folder), clock=self.clock)
        try:
            return [
                (e.purpose.value, e.state.value, e.source.value, e.wording)
                for e in context.clients.consent_history(client_id)
            ]
        finally:
            context.close()

    def appointment(self, appointment_id: int) -> dict[str, Any]:
        (found,) = [a for a in self.run("appointments", "--from", "2026-12-07") if a["id"] == appointment_id]
        return found  # type: ignore[no-any-return]

    def messages(self) -> list[dict[str, Any]]:
        return self.run("messages", "--limit", "200")  # type: ignore[no-any-return]


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Shop:
    return Shop(tmp_path / "data", FakeClock(paris(12, 7, 9).astimezone(dt.UTC)), capsys)


def test_the_replies_walk_of_issue_11(shop: Shop) -> None:
    shop.run(
        "setup", "--sector", "optician", "--business-name", "Optique Martin",
        "--address", "8 rue Victor Hugo, 69002 Lyon", "--phone", "04 78 12 34 56",
    )  # fmt: skip
    shop.run("keyword", "add", "HORAIRES", "--answer", "{boutique} : du mardi au samedi, 9h-19h.")
    anne = shop.client("Anne", "06 11 11 11 11")
    bruno = shop.client("Bruno", "06 22 22 22 22")
    chloe = shop.client("Chloé", "06 33 33 33 33", promotions=True)
    booked = {
        client: shop.run("appointment", "add", "--client", str(client), "--at", f"2026-12-09 {hour}")["id"]
        for client, hour in ((anne, "14:30"), (bruno, "15:30"), (chloe, "16:30"))
    }
    promotion = shop.run(
        "send", "--to", "06 33 33 33 33", "--text", "Optique Martin : -20 % sur les montures cette semaine.",
        "--purpose", "promotional", "--at", "2026-12-08 17:00",
    )  # fmt: skip

    # Tuesday 10:00: the three reminders leave.
    shop.at(paris(12, 8, 10))
    shop.run("dispatch", "--once")
    reminders = [m for m in shop.messages() if m["kind"] == "reminder"]
    assert len(reminders) == 3 and {m["status"] for m in reminders} <= {"sent", "delivered"}

    confirmed = shop.reply("06 11 11 11 11", "1")
    cancelled = shop.reply("06 22 22 22 22", "Je ne pourrai pas venir")
    stopped = shop.reply("06 33 33 33 33", "Stop merci")

    assert shop.appointment(booked[anne])["status"] == "confirmed"
    assert (confirmed["interpretation"], confirmed["status"]) == ("confirm", "done")
    assert shop.appointment(booked[bruno])["status"] == "cancelled"
    assert (cancelled["interpretation"], cancelled["outcome"], cancelled["unread"]) == (
        "cancel",
        "reply_appointment_cancelled",
        True,  # the staff is told: the slot is free
    )
    assert stopped["interpretation"] == "opt_out"
    assert "nos promotions, nos rappels de rendez-vous" in stopped["outcome_text"].replace(" et ", ", ")
    assert shop.appointment(booked[chloe])["status"] == "planned"  # a STOP cancels no appointment
    by_id = {m["id"]: m for m in shop.messages()}
    assert by_id[promotion["id"]]["status"] == "cancelled"  # before it left
    confirmations = [m for m in by_id.values() if m["kind"] == "opt_out_confirmation"]
    assert len(confirmations) == 1 and "STOP TOUT" in confirmations[0]["text"]
    assert ("promotional", "withdrawn", "sms_reply", "Stop merci") in shop.consent_events(chloe)

    shop.at(paris(12, 10, 11))
    restored = shop.reply("06 33 33 33 33", "START")
    assert (restored["interpretation"], restored["outcome"]) == ("opt_in", "reply_opted_in")
    assert shop.consent_events(chloe)[-2:] == [
        ("promotional", "granted", "sms_reply", "START"),
        ("reminders", "granted", "sms_reply", "START"),
    ]

    hours = shop.reply("06 11 11 11 11", "HORAIRES")
    assert hours["interpretation"] == "keyword"
    (answer,) = [m for m in shop.messages() if m["kind"] == "auto_reply"]
    assert answer["text"] == "Optique Martin : du mardi au samedi, 9h-19h."

    move = shop.reply("06 11 11 11 11", "Peut-on décaler à jeudi ?")
    assert (move["status"], move["reason"]) == ("todo", "reply_question")
    assert move["id"] in [r["id"] for r in shop.run("inbox", "--status", "todo")]

    stranger = shop.reply("07 81 23 45 67", "Bonjour, c'est Bruno, j'ai changé de numéro")
    assert (stranger["client_id"], stranger["status"]) == (None, "todo")
    attached = shop.run("inbox", "attach", str(stranger["id"]), "--client", str(bruno))
    assert (attached["client_id"], attached["attached"]) == (bruno, 1)

    # A survey after a collection: « 9/10 » is a score, « 4 » a detractor alert.
    for client in (anne, bruno):
        order = shop.run("order", "add", "--client", str(client), "--label", "Lunettes")
        shop.run("order", "ready", str(order["id"]))
        shop.run("order", "collected", str(order["id"]))
    shop.at(paris(12, 14, 10))  # 3 days after Thursday is Sunday: Monday 10:00
    shop.run("dispatch", "--once")
    surveys = [m for m in shop.messages() if m["kind"] == "survey"]
    assert len(surveys) == 2

    score = shop.reply("06 11 11 11 11", "9/10")
    detractor = shop.reply("06 22 22 22 22", "4")

    assert (score["interpretation"], score["outcome"], score["status"]) == (
        "score",
        "reply_score_recorded",
        "done",
    )
    assert (detractor["interpretation"], detractor["reason"], detractor["status"], detractor["unread"]) == (
        "score",
        "reply_detractor",
        "todo",
        True,
    )
    (results,) = shop.run("surveys")
    assert (results["sent"], results["answered"], results["nps"]) == (2, 2, 0)
    assert (results["distribution"]["9"], results["distribution"]["4"]) == (1, 1)
