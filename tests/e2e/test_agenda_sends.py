"""The agenda's messages leave by themselves, through the gate and the simulator, at the right moment.

A clinic and an optician set up from the command line, on a fake clock moved as days pass; every step is a
command a shop could run (``desktop.app.main`` in process, with the clock injected)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
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


class Shop:
    def __init__(self, folder: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder, self.clock, self.capsys = folder, clock, capsys

    def run(self, *args: str) -> object:
        code = main(["--data-dir", str(self.folder), *args, "--json"], clock=self.clock)
        out, err = self.capsys.readouterr()
        assert code == 0, err
        return json.loads(out)

    def at(self, moment: dt.datetime) -> None:
        self.clock.set(moment.astimezone(dt.UTC))

    def client(self, first: str, mobile: str) -> int:
        context = open_context(resolve(self.folder), clock=self.clock)
        try:
            return context.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))
        finally:
            context.close()

    def messages(self) -> list[dict[str, object]]:
        found = self.run("messages")
        assert isinstance(found, list)
        return found


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Shop:
    return Shop(tmp_path / "data", FakeClock(paris(12, 7, 9).astimezone(dt.UTC)), capsys)


def setup(shop: Shop, sector: str, name: str) -> None:
    shop.run(
        "setup", "--sector", sector, "--business-name", name,
        "--address", "8 rue Victor Hugo, 69002 Lyon", "--phone", "04 78 12 34 56",
    )  # fmt: skip


def test_a_reminder_leaves_at_ten_the_day_before_and_is_delivered(shop: Shop) -> None:
    setup(shop, "clinic", "Cabinet des Tilleuls")
    claire = shop.client("Claire", "06 12 34 56 78")
    paul = shop.client("Paul", "06 98 76 54 32")
    booked = shop.run("appointment", "add", "--client", str(claire), "--at", "2026-12-09 14:30")
    assert isinstance(booked, dict)
    assert [(r["due_at"], r["status"]) for r in booked["reminders"]] == [
        ("2026-12-08T10:00:00+01:00", "planned")
    ]
    other = shop.run("appointment", "add", "--client", str(paul), "--at", "2026-12-09 15:00")
    assert isinstance(other, dict)
    shop.run("appointment", "cancel", str(other["id"]))

    shop.at(paris(12, 8, 9, 59))
    shop.run("dispatch", "--once")
    assert shop.messages() == []  # not one minute early

    shop.at(paris(12, 8, 10))
    shop.run("dispatch", "--once")
    (message,) = shop.messages()
    assert (message["kind"], message["to"], message["status"]) == ("reminder", "+33612345678", "sent")
    assert "mercredi 9 décembre" in str(message["text"]) and "14h30" in str(message["text"])
    shop.at(paris(12, 8, 10, 5))
    shop.run("dispatch", "--once")  # the simulator has delivered it meanwhile
    assert [m["status"] for m in shop.messages()] == ["delivered"]
    listed = shop.run("appointments", "--from", "2026-12-09")
    assert isinstance(listed, list)
    (appointment,) = [a for a in listed if a["id"] == booked["id"]]
    (reminder,) = appointment["reminders"]
    assert (reminder["status"], reminder["message_id"]) == ("queued", message["id"])

    shop.at(paris(12, 9, 16))  # after both appointments: the cancelled one never had a reminder leave
    shop.run("dispatch", "--once")
    assert [m["to"] for m in shop.messages()] == ["+33612345678"]


def test_an_order_ready_leaves_at_once_and_is_reminded_exactly_once(shop: Shop) -> None:
    setup(shop, "optician", "Optique Martin")
    lea = shop.client("Léa", "06 12 34 56 78")
    order = shop.run("order", "add", "--client", str(lea), "--label", "Lunettes progressives")
    assert isinstance(order, dict)
    ready = shop.run("order", "ready", str(order["id"]))
    assert isinstance(ready, dict) and len(ready["message_ids"]) == 1  # queued when marked ready
    shop.run("dispatch", "--once")
    assert [(m["kind"], m["status"]) for m in shop.messages()] == [("order_notice", "sent")]

    shop.at(paris(12, 14, 9, 59))  # 7 days later, before the pickup reminder's moment
    shop.run("dispatch", "--once")
    assert len(shop.messages()) == 1
    shop.at(paris(12, 14, 10))
    shop.run("dispatch", "--once")
    assert len(shop.messages()) == 2
    for days in (1, 2, 7, 14):  # the days go by, the glasses are still there: no second reminder
        shop.at(paris(12, 14, 10) + dt.timedelta(days=days))
        shop.run("dispatch", "--once")
    assert [m["kind"] for m in shop.messages()] == ["order_notice", "order_notice"]
