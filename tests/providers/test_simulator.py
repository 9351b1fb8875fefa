"""The built-in simulator: designated numbers, delivery delay on a fake clock, replies shared by file."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from desktop.core.clock import FakeClock
from desktop.core.entities import ProviderAccount
from desktop.providers import registry, simulator
from desktop.providers.base import (
    DeliveryState,
    OutgoingSms,
    PermanentError,
    Provider,
    TransientError,
)
from desktop.providers.registry import ProviderEnv

START = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def account(options: dict[str, str] | None = None, name: str = "Simulateur") -> ProviderAccount:
    return ProviderAccount(
        id=1,
        name=name,
        provider="simulator",
        sender="Comptoir",
        base_url=None,
        options=options or {},
        rate_per_second=50.0,
        price_cents_per_segment=0,
        is_default=True,
        is_fallback=False,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def make(tmp_path: Path, clock: FakeClock, options: dict[str, str] | None = None) -> Provider:
    return registry.create(account(options), {}, ProviderEnv(data_dir=tmp_path, clock=clock))


def sms(
    to: str = "+33639980123", body: str = "Vos lunettes sont prêtes.", reference: str = "ref-1"
) -> OutgoingSms:
    return OutgoingSms(to=to, body=body, sender="Comptoir", reference=reference)


def test_spec_and_capabilities() -> None:
    spec = registry.spec("simulator")
    assert spec.label == "Simulateur (essai sans envoi réel)"
    assert spec.fields == ()
    assert spec.needs_network is False
    assert spec.default_rate_per_second >= 20
    caps = simulator.CAPABILITIES
    assert caps.delivery_status and caps.inbound_polling and caps.reconciliation and caps.balance
    assert caps.provider_stop_mention is False


def test_delivered_after_the_delay_on_the_injected_clock(tmp_path: Path, clock: FakeClock) -> None:
    provider = make(tmp_path, clock)
    result = provider.send(sms())
    assert result.provider_id.startswith("SIM-")
    assert result.state is DeliveryState.ACCEPTED
    assert result.segments == 1
    assert provider.fetch_status(result.provider_id).state is DeliveryState.ACCEPTED
    clock.advance(1.6)
    assert provider.fetch_status(result.provider_id).state is DeliveryState.SENT
    clock.advance(1.3)
    assert provider.fetch_status(result.provider_id).state is DeliveryState.SENT
    clock.advance(0.1)
    report = provider.fetch_status(result.provider_id)
    assert report.state is DeliveryState.DELIVERED
    assert report.error_code is None
    assert report.at == START + dt.timedelta(seconds=3)


def test_delivery_delay_is_an_account_option(tmp_path: Path, clock: FakeClock) -> None:
    provider = make(tmp_path, clock, {"delivery_delay": "60"})
    sent = provider.send(sms())
    clock.advance(59)
    assert provider.fetch_status(sent.provider_id).state is DeliveryState.SENT
    clock.advance(1)
    assert provider.fetch_status(sent.provider_id).state is DeliveryState.DELIVERED
    instant = make(tmp_path, clock, {"delivery_delay": "0"})
    assert instant.fetch_status(instant.send(sms()).provider_id).state is DeliveryState.DELIVERED
    nonsense = make(tmp_path, clock, {"delivery_delay": "bientôt"})  # unreadable → the default 3 s
    pending = nonsense.send(sms())
    clock.advance(2.9)
    assert nonsense.fetch_status(pending.provider_id).state is DeliveryState.SENT


def test_number_ending_in_0000_is_invalid_and_not_recorded(tmp_path: Path, clock: FakeClock) -> None:
    provider = make(tmp_path, clock)
    with pytest.raises(PermanentError) as caught:
        provider.send(sms(to="+33639990000"))
    assert caught.value.code == "invalid_number"
    assert simulator.SimulatorState(tmp_path).sent() == []
    with pytest.raises(PermanentError):
        provider.send(sms(to="0639980123"))  # not E.164


def test_number_ending_in_0001_is_accepted_then_undelivered(tmp_path: Path, clock: FakeClock) -> None:
    provider = make(tmp_path, clock)
    sent = provider.send(sms(to="+33639990001"))
    assert sent.state is DeliveryState.ACCEPTED
    clock.advance(3)
    report = provider.fetch_status(sent.provider_id)
    assert report.state is DeliveryState.UNDELIVERED
    assert report.state.final
    assert report.error_code == "undelivered"


def test_number_ending_in_0002_loses_the_answer_but_lookup_finds_the_message(
    tmp_path: Path, clock: FakeClock
) -> None:
    provider = make(tmp_path, clock)
    message = sms(to="+33639990002")
    with pytest.raises(TransientError) as caught:
        provider.send(message)
    assert caught.value.code == "timeout"
    assert caught.value.may_have_been_sent
    found = provider.lookup(message, START - dt.timedelta(minutes=1))
    assert len(found) == 1
    assert found[0].provider_id.startswith("SIM-")


def test_number_ending_in_0003_is_a_transient_failure_with_nothing_sent(
    tmp_path: Path, clock: FakeClock
) -> None:
    provider = make(tmp_path, clock)
    message = sms(to="+33639990003")
    with pytest.raises(TransientError) as caught:
        provider.send(message)
    assert caught.value.code == "server_error"
    assert not caught.value.may_have_been_sent
    assert provider.lookup(message, START - dt.timedelta(minutes=1)) == []


def test_lookup_matches_recipient_body_reference_and_time(tmp_path: Path, clock: FakeClock) -> None:
    provider = make(tmp_path, clock)
    message = sms()
    sent = provider.send(message)
    provider.send(sms(body="Autre texte"))
    provider.send(sms(to="+33639980999"))
    since = START - dt.timedelta(seconds=1)
    assert [r.provider_id for r in provider.lookup(message, since)] == [sent.provider_id]
    assert provider.lookup(sms(reference="ref-2"), since) == []
    assert provider.lookup(message, START + dt.timedelta(seconds=1)) == []
    clock.advance(5)
    assert provider.lookup(message, since)[0].state is DeliveryState.DELIVERED
    unreferenced = provider.lookup(sms(reference=""), since)
    assert [r.provider_id for r in unreferenced] == [sent.provider_id]


def test_fetch_status_of_an_unknown_id(tmp_path: Path, clock: FakeClock) -> None:
    with pytest.raises(PermanentError) as caught:
        make(tmp_path, clock).fetch_status("SIM-NOPE")
    assert caught.value.code == "not_found"


def test_replies_injected_by_one_instance_are_polled_by_another(tmp_path: Path, clock: FakeClock) -> None:
    app = make(tmp_path, clock)  # e.g. the application
    cli_clock = FakeClock(START)  # e.g. `simulate-reply`, another process with its own state object
    old = simulator.inject_reply(tmp_path, "+33639980123", "ancien", START - dt.timedelta(days=2))
    first = simulator.inject_reply(tmp_path, "+33639980123", "OUI", cli_clock.now(), to="Comptoir")
    page = app.poll_inbound(None)  # first poll: the last 24 hours only
    assert [m.text for m in page.messages] == ["OUI"]
    assert page.messages[0].provider_id == first.provider_id != old.provider_id
    assert page.messages[0].from_number == "+33639980123"
    assert page.messages[0].to == "Comptoir"
    assert page.messages[0].received_at == START
    again = app.poll_inbound(page.cursor)
    assert again.messages == []
    assert again.cursor == page.cursor
    other = make(tmp_path, clock)  # a second instance on the same folder
    simulator.inject_reply(tmp_path, "+33639980124", "STOP", START + dt.timedelta(minutes=1))
    simulator.inject_reply(tmp_path, "+33639980125", "2", START + dt.timedelta(minutes=2))
    later = other.poll_inbound(page.cursor)
    assert [m.text for m in later.messages] == ["STOP", "2"]
    assert app.poll_inbound(later.cursor).messages == []
    assert [m.text for m in app.poll_inbound("not-a-cursor").messages] == ["OUI", "STOP", "2"]


def test_first_poll_of_an_empty_simulator(tmp_path: Path, clock: FakeClock) -> None:
    page = make(tmp_path, clock).poll_inbound(None)
    assert page.messages == []
    assert page.cursor == "0"


def test_check_account_needs_no_network(tmp_path: Path, clock: FakeClock) -> None:
    check = make(tmp_path, clock).check_account()
    assert check.ok
    assert check.balance is None


def test_concurrent_sends_get_distinct_ids(tmp_path: Path, clock: FakeClock) -> None:
    provider = make(tmp_path, clock)
    ids: list[str] = []
    lock = threading.Lock()

    def work(n: int) -> None:
        for i in range(10):
            result = provider.send(sms(reference=f"{n}-{i}"))
            with lock:
                ids.append(result.provider_id)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 40
    assert len(simulator.SimulatorState(tmp_path).sent()) == 40
    provider.close()
