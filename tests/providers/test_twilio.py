"""The Twilio adapter against a fake Twilio that speaks the wire format and checks every request's shape."""

from __future__ import annotations

import base64
import datetime as dt
import socket
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
import requests

from desktop.core.clock import FakeClock
from desktop.core.entities import ProviderAccount
from desktop.providers import registry, twilio
from desktop.providers.base import (
    DeliveryState,
    OutgoingSms,
    PermanentError,
    Provider,
    TransientError,
)
from desktop.providers.registry import ProviderEnv
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.providers.fakeserver import Fault

ALPHA = "OptiMartin"
NUMBER = "+15005550006"  # a Twilio number: can receive replies
CLIENT = "+33612345678"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakeTwilio]:
    server = FakeTwilio(now=clock.now)
    with server:
        yield server
    assert server.violations == [], "requests that break the Twilio OpenAPI contract"


def make(
    fake: FakeTwilio,
    clock: FakeClock,
    tmp_path: Path,
    *,
    sender: str = ALPHA,
    token: str = AUTH_TOKEN,
    sid: str = ACCOUNT_SID,
    base_url: str | None = None,
) -> twilio.TwilioProvider:
    account = ProviderAccount(
        id=1,
        name="Twilio test",
        provider="twilio",
        sender=sender,
        base_url=base_url or fake.base_url,
        options={"account_sid": sid},
        rate_per_second=5.0,
        price_cents_per_segment=8,
        is_default=True,
        is_fallback=False,
    )
    env = ProviderEnv(data_dir=tmp_path, clock=clock, connect_timeout=0.5, read_timeout=0.5)
    return twilio.create(account, {"auth_token": token}, env)


@pytest.fixture
def provider(fake: FakeTwilio, clock: FakeClock, tmp_path: Path) -> Iterator[twilio.TwilioProvider]:
    adapter = make(fake, clock, tmp_path)
    yield adapter
    adapter.close()


@pytest.fixture
def receiver(fake: FakeTwilio, clock: FakeClock, tmp_path: Path) -> Iterator[twilio.TwilioProvider]:
    adapter = make(fake, clock, tmp_path, sender=NUMBER)
    yield adapter
    adapter.close()


def sms(to: str = CLIENT, body: str = "Vos lunettes sont prêtes.", sender: str = "") -> OutgoingSms:
    return OutgoingSms(to=to, body=body, sender=sender, reference="ref-1")


def assert_clean(exc: BaseException) -> None:
    """No secret, auth header or message body in what an error shows."""
    basic = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    current: BaseException | None = exc
    while current is not None:  # the chained transport errors too
        for text in (str(current), repr(current), getattr(current, "detail", "")):
            assert AUTH_TOKEN not in text
            assert basic not in text
            assert "lunettes" not in text
        current = current.__cause__ or current.__context__


# ---------------------------------------------------------------- spec and creation
def test_spec_declares_fields_and_capabilities() -> None:
    spec = registry.spec("twilio")
    assert spec.default_base_url == "https://api.twilio.com"
    assert [f.key for f in spec.option_fields] == ["account_sid"]
    assert [f.key for f in spec.secret_fields] == ["auth_token"]
    caps = twilio.CAPABILITIES
    assert caps.delivery_status and caps.inbound_polling and caps.reconciliation and caps.balance
    assert caps.provider_stop_mention is False


def test_registry_builds_a_provider(fake: FakeTwilio, clock: FakeClock, tmp_path: Path) -> None:
    account = ProviderAccount(
        id=2,
        name="Par le registre",
        provider="twilio",
        sender=ALPHA,
        base_url=fake.base_url,
        options={"account_sid": ACCOUNT_SID},
        rate_per_second=5.0,
        price_cents_per_segment=8,
        is_default=False,
        is_fallback=False,
    )
    adapter: Provider = registry.create(account, {"auth_token": AUTH_TOKEN}, ProviderEnv(data_dir=tmp_path))
    assert adapter.name == "Par le registre"
    assert adapter.send(sms()).provider_id == fake.outbound()[0]["sid"]
    adapter.close()


@pytest.mark.parametrize("sid", ["", "AC123", "SK" + "0" * 32, "AC" + "g" * 32, "AC" + "0" * 33])
def test_malformed_account_sid_is_refused(
    fake: FakeTwilio, clock: FakeClock, tmp_path: Path, sid: str
) -> None:
    with pytest.raises(PermanentError) as info:
        make(fake, clock, tmp_path, sid=sid)
    assert info.value.code == "auth_failed"
    assert "AC followed by 32 hexadecimal" in info.value.detail
    assert fake.requests == []


def test_blank_token_is_refused(fake: FakeTwilio, clock: FakeClock, tmp_path: Path) -> None:
    with pytest.raises(PermanentError) as info:
        make(fake, clock, tmp_path, token="  ")
    assert info.value.code == "auth_failed"


# ---------------------------------------------------------------- send
def test_send_posts_form_with_basic_auth_and_sender(
    provider: twilio.TwilioProvider, fake: FakeTwilio
) -> None:
    result = provider.send(sms())
    request = fake.requests[-1]
    assert request.method == "POST"
    assert request.path == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    assert request.headers["content-type"].startswith("application/x-www-form-urlencoded")
    expected = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
    assert request.headers["authorization"] == f"Basic {expected}"
    assert request.form() == {"To": [CLIENT], "From": [ALPHA], "Body": ["Vos lunettes sont prêtes."]}
    assert result.provider_id == fake.outbound()[0]["sid"]
    assert result.state is DeliveryState.ACCEPTED
    assert result.segments == 1
    assert result.cost is None


def test_send_uses_the_message_sender_when_given(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    provider.send(sms(sender="Clinique"))
    assert fake.requests[-1].form()["From"] == ["Clinique"]


def test_send_reports_segments_of_a_long_message(provider: twilio.TwilioProvider) -> None:
    assert provider.send(sms(body="a" * 161)).segments == 2


def test_send_without_any_sender_is_refused_locally(
    fake: FakeTwilio, clock: FakeClock, tmp_path: Path
) -> None:
    adapter = make(fake, clock, tmp_path, sender="")
    with pytest.raises(PermanentError) as info:
        adapter.send(sms())
    assert info.value.code == "sender_refused"
    assert fake.requests == []
    adapter.close()


def test_concurrent_sends_get_distinct_ids(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: provider.send(sms(body=f"Rappel {i}")), range(12)))
    assert len({r.provider_id for r in results}) == 12
    assert len(fake.outbound()) == 12


# ---------------------------------------------------------------- error mapping
@pytest.mark.parametrize(
    ("to", "code", "provider_code"),
    [
        ("+15005550001", "invalid_number", "21211"),
        ("+15005550002", "cannot_route", "21612"),
        ("+15005550003", "cannot_route", "21408"),
        ("+15005550004", "opted_out", "21610"),
        ("+15005550009", "invalid_number", "21614"),
        ("+33639980004", "opted_out", "21610"),
        ("+33639980002", "cannot_route", "21612"),
        ("+33612340000", "invalid_number", "21211"),
    ],
)
def test_magic_recipients_map_to_permanent_codes(
    provider: twilio.TwilioProvider, fake: FakeTwilio, to: str, code: str, provider_code: str
) -> None:
    with pytest.raises(PermanentError) as info:
        provider.send(sms(to=to))
    assert (info.value.code, info.value.provider_code, info.value.http_status) == (code, provider_code, 400)
    assert info.value.may_have_been_sent is False
    assert to not in str(info.value)
    assert_clean(info.value)
    assert fake.outbound() == []


@pytest.mark.parametrize(
    ("sender", "code", "provider_code"),
    [
        ("+15005550001", "sender_refused", "21212"),
        ("+15005550007", "sender_refused", "21606"),
        ("Opticien Martin", "sender_refused", "21212"),  # 15 characters: too long for an alphanumeric ID
    ],
)
def test_refused_senders(provider: twilio.TwilioProvider, sender: str, code: str, provider_code: str) -> None:
    with pytest.raises(PermanentError) as info:
        provider.send(sms(sender=sender))
    assert (info.value.code, info.value.provider_code) == (code, provider_code)


def test_sender_not_owned_by_the_account(clock: FakeClock, tmp_path: Path) -> None:
    server = FakeTwilio(now=clock.now, allowed_senders={"Opticien"})
    with server:
        adapter = make(server, clock, tmp_path, sender="Autre")
        with pytest.raises(PermanentError) as info:
            adapter.send(sms())
        adapter.close()
    assert (info.value.code, info.value.provider_code) == ("sender_refused", "21606")
    assert server.violations == []


def test_full_sender_queue_is_transient(provider: twilio.TwilioProvider) -> None:
    with pytest.raises(TransientError) as info:
        provider.send(sms(sender="+15005550008"))
    assert (info.value.code, info.value.provider_code) == ("rate_limited", "21611")
    assert info.value.may_have_been_sent is False


def test_body_over_1600_characters(provider: twilio.TwilioProvider) -> None:
    with pytest.raises(PermanentError) as info:
        provider.send(sms(body="x" * 1601))
    assert (info.value.code, info.value.provider_code) == ("message_too_long", "21617")


@pytest.mark.parametrize(
    ("twilio_code", "status", "code"),
    [
        (21217, 400, "invalid_number"),
        (21401, 400, "invalid_number"),
        (21659, 400, "sender_refused"),
        (20404, 404, "not_found"),
        (20003, 401, "auth_failed"),
        (20008, 403, "auth_failed"),  # test credentials used on a resource they cannot read
    ],
)
def test_queued_twilio_errors(
    provider: twilio.TwilioProvider, fake: FakeTwilio, twilio_code: int, status: int, code: str
) -> None:
    fake.queue_error(twilio_code, status=status)
    with pytest.raises(PermanentError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.provider_code, info.value.http_status) == (
        code,
        str(twilio_code),
        status,
    )
    assert_clean(info.value)


def test_other_refusals_keep_a_sanitised_twilio_message(
    provider: twilio.TwilioProvider, fake: FakeTwilio
) -> None:
    fake.queue_error(21612)  # its message quotes the recipient: "The 'To' phone number: +336…"
    fake.queue_error(21699, status=400)
    with pytest.raises(PermanentError):
        provider.send(sms())
    with pytest.raises(PermanentError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.provider_code) == ("bad_request", "21699")
    assert info.value.detail.startswith("Twilio 21699")


def test_bad_request_detail_drops_numbers_and_secrets() -> None:
    adapter = twilio.TwilioProvider(
        name="t",
        account_sid=ACCOUNT_SID,
        auth_token=AUTH_TOKEN,
        sender=ALPHA,
        base_url="http://127.0.0.1:9",
        env=ProviderEnv(data_dir=Path(".")),
    )
    detail = adapter._safe_detail(21608, f"The number +33 6 12 34 56 78 is unverified ({AUTH_TOKEN}).")
    adapter.close()
    assert detail == "Twilio 21608: The number … is unverified (…)."


def test_wrong_token_is_auth_failed_everywhere(fake: FakeTwilio, clock: FakeClock, tmp_path: Path) -> None:
    adapter = make(fake, clock, tmp_path, token="0" * 32)
    calls: list[Callable[[], object]] = [
        lambda: adapter.send(sms()),
        lambda: adapter.fetch_status("SM" + "0" * 32),
        adapter.check_account,
        lambda: adapter.lookup(sms(), clock.now()),
    ]
    for call in calls:
        with pytest.raises(PermanentError) as info:
            call()
        assert (info.value.code, info.value.provider_code, info.value.http_status) == (
            "auth_failed",
            "20003",
            401,
        )
        assert "0" * 32 not in str(info.value)
    adapter.close()
    assert fake.outbound() == []


# ---------------------------------------------------------------- faults
def test_rate_limit_reads_retry_after(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.faults.append(Fault.RATE_LIMIT)
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.retry_after) == ("rate_limited", 2.0)
    assert info.value.may_have_been_sent is False


def test_twilio_20429_keeps_its_code(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.queue_error(20429, headers={"Retry-After": "3"})
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.provider_code, info.value.retry_after) == (
        "rate_limited",
        "20429",
        3.0,
    )


def test_500_may_have_sent_503_not(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.faults.append(Fault.ERROR_500)
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.may_have_been_sent) == ("server_error", True)
    fake.faults.append(Fault.ERROR_503)
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.may_have_been_sent) == ("server_error", False)


def test_malformed_answer_after_creation(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.faults.append(Fault.MALFORMED)
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.may_have_been_sent) == ("bad_response", True)
    assert len(fake.outbound()) == 1  # it was created: the dispatcher must reconcile


def test_malformed_status_answer(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    sid = provider.send(sms()).provider_id
    fake.faults.append(Fault.MALFORMED)
    with pytest.raises(TransientError) as info:
        provider.fetch_status(sid)
    assert (info.value.code, info.value.may_have_been_sent) == ("bad_response", False)


def test_connection_reset_after_the_request(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.faults.append(Fault.RESET)
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.may_have_been_sent) == ("connection_error", True)
    assert_clean(info.value)


def test_nobody_listening(fake: FakeTwilio, clock: FakeClock, tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port that nothing listens on once the socket is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    adapter = make(fake, clock, tmp_path, base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(TransientError) as info:
        adapter.send(sms())
    adapter.close()
    assert (info.value.code, info.value.may_have_been_sent) == ("connection_error", False)


def test_hang_after_creation_then_lookup_finds_it(
    provider: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock
) -> None:
    since = clock.now()
    fake.faults.append(Fault.HANG)
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert (info.value.code, info.value.may_have_been_sent) == ("timeout", True)
    assert_clean(info.value)
    created = fake.outbound()
    assert len(created) == 1
    clock.advance(30)
    found = provider.lookup(sms(), since)
    assert [r.provider_id for r in found] == [created[0]["sid"]]
    assert found[0].state is DeliveryState.ACCEPTED


def test_hang_before_creation_then_lookup_finds_nothing(
    provider: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock
) -> None:
    since = clock.now()
    fake.faults.append(Fault.HANG_BEFORE)
    with pytest.raises(TransientError) as info:
        provider.send(sms())
    assert info.value.code == "timeout"
    assert fake.outbound() == []
    assert provider.lookup(sms(), since) == []
    query = fake.requests[-1].query
    assert query["To"] == [CLIENT]
    assert query["DateSent>"] == ["2026-11-23"]


# ---------------------------------------------------------------- status
@pytest.mark.parametrize(
    ("status", "error", "state", "code", "provider_code"),
    [
        ("queued", None, DeliveryState.ACCEPTED, None, None),
        ("accepted", None, DeliveryState.ACCEPTED, None, None),
        ("sending", None, DeliveryState.ACCEPTED, None, None),
        ("sent", None, DeliveryState.SENT, None, None),
        ("delivered", None, DeliveryState.DELIVERED, None, None),
        ("partially_delivered", None, DeliveryState.DELIVERED, None, None),
        ("undelivered", 30003, DeliveryState.UNDELIVERED, "undelivered", "30003"),
        ("undelivered", 30005, DeliveryState.UNDELIVERED, "invalid_number", "30005"),
        ("undelivered", 30006, DeliveryState.UNDELIVERED, "invalid_number", "30006"),
        ("undelivered", None, DeliveryState.UNDELIVERED, "undelivered", None),
        ("failed", 30008, DeliveryState.FAILED, "undelivered", "30008"),
        ("failed", 30001, DeliveryState.FAILED, "expired", "30001"),
        ("failed", 21610, DeliveryState.FAILED, "opted_out", "21610"),
        ("failed", 20429, DeliveryState.FAILED, "undelivered", "20429"),
        ("canceled", None, DeliveryState.FAILED, "bad_request", "canceled"),
        ("received", None, DeliveryState.UNKNOWN, None, None),
    ],
)
def test_fetch_status_maps_twilio_statuses(
    provider: twilio.TwilioProvider,
    fake: FakeTwilio,
    status: str,
    error: int | None,
    state: DeliveryState,
    code: str | None,
    provider_code: str | None,
) -> None:
    sid = provider.send(sms()).provider_id
    fake.set_status(sid, status, error)
    report = provider.fetch_status(sid)
    assert (report.provider_id, report.state, report.error_code, report.provider_code) == (
        sid,
        state,
        code,
        provider_code,
    )
    assert fake.requests[-1].path.endswith(f"/Messages/{sid}.json")


def test_delivered_status_carries_cost_time_and_segments(
    provider: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock
) -> None:
    sid = provider.send(sms(body="b" * 200)).provider_id
    clock.advance(42)
    fake.deliver(sid)
    report = provider.fetch_status(sid)
    assert report.state is DeliveryState.DELIVERED and report.state.final
    assert report.cost == Decimal("0.15200")  # "-0.15200" for 2 segments, as a positive amount
    assert report.segments == 2
    assert report.at == clock.now()


def test_fetch_unknown_and_malformed_ids(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    with pytest.raises(PermanentError) as info:
        provider.fetch_status("SM" + "f" * 32)
    assert (info.value.code, info.value.provider_code, info.value.http_status) == ("not_found", "20404", 404)
    count = len(fake.requests)
    with pytest.raises(PermanentError) as info:
        provider.fetch_status("../Balance")
    assert info.value.code == "not_found"
    assert len(fake.requests) == count  # refused before any request


# ---------------------------------------------------------------- lookup
def test_lookup_matches_body_recipient_and_time(
    provider: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(twilio, "PAGE_SIZE", 2)
    old = provider.send(sms()).provider_id  # same text, sent 10 minutes before: not this attempt
    clock.advance(600)
    since = clock.now()
    clock.advance(-60)  # the provider's clock is a minute behind ours: still a candidate
    skewed = provider.send(sms()).provider_id
    clock.advance(120)
    provider.send(sms(body="Autre texte"))
    provider.send(sms(to="+33698765432"))
    fake.inject_inbound(CLIENT, "Vos lunettes sont prêtes.", to=ALPHA)
    fake.deliver(skewed)
    found = provider.lookup(sms(), since)
    assert [r.provider_id for r in found] == [skewed]
    assert (found[0].state, found[0].cost, found[0].currency) == (
        DeliveryState.DELIVERED,
        Decimal("0.07600"),
        "USD",
    )
    assert old not in [r.provider_id for r in found]
    assert len([r for r in fake.requests if r.method == "GET"]) >= 2  # followed next_page_uri


def test_lookup_reads_every_page(
    provider: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(twilio, "PAGE_SIZE", 2)
    since = clock.now()
    first = provider.send(sms()).provider_id
    for i in range(5):
        provider.send(sms(body=f"Rappel {i}"))
    pages = len(fake.requests)
    assert [r.provider_id for r in provider.lookup(sms(), since)] == [first]
    assert len(fake.requests) - pages == 3


def test_lookup_refuses_to_conclude_on_a_truncated_list(
    provider: twilio.TwilioProvider, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(twilio, "PAGE_SIZE", 1)
    monkeypatch.setattr(twilio, "MAX_PAGES", 2)
    since = clock.now()
    for i in range(3):
        provider.send(sms(body=f"Rappel {i}"))
    with pytest.raises(PermanentError) as info:
        provider.lookup(sms(), since)
    assert info.value.code == "not_supported"


def test_lookup_from_yesterday_lists_from_that_day(
    provider: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock
) -> None:
    since = dt.datetime(2026, 11, 23, 0, 1, tzinfo=dt.UTC)  # minus the skew margin: the day before
    provider.lookup(sms(), since)
    assert fake.requests[-1].query["DateSent>"] == ["2026-11-22"]


# ---------------------------------------------------------------- inbound
def test_inbound_pages_and_dedupe_across_polls(
    receiver: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(twilio, "PAGE_SIZE", 2)
    start = clock.now()
    fake.inject_inbound("+33600000001", "vieux", to=NUMBER, at=start - dt.timedelta(hours=30))
    sids = []
    for i in range(5):
        sids.append(
            fake.inject_inbound(f"+3361111111{i}", f"OUI {i}", to=NUMBER, at=start + dt.timedelta(minutes=i))
        )
    fake.inject_inbound("+33622222222", "ailleurs", to="+15005550010")
    receiver.send(sms())  # outbound, sent by our number's account: not a reply
    clock.advance(600)
    page = receiver.poll_inbound(None)
    assert [m.provider_id for m in page.messages] == sids
    assert [m.text for m in page.messages] == [f"OUI {i}" for i in range(5)]
    first = page.messages[0]
    assert (first.from_number, first.to, first.received_at) == ("+33611111110", NUMBER, start)
    lists = [r for r in fake.requests if r.method == "GET"]
    assert len(lists) >= 3
    assert all(parse_qs(r.raw_path.partition("?")[2])["To"] == [NUMBER] for r in lists)

    again = receiver.poll_inbound(page.cursor)
    assert again.messages == []
    late = fake.inject_inbound("+33633333333", "STOP", to=NUMBER)
    third = receiver.poll_inbound(again.cursor)
    assert [m.provider_id for m in third.messages] == [late]
    assert receiver.poll_inbound(third.cursor).messages == []


def test_inbound_cursor_forgets_old_days(
    receiver: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock
) -> None:
    old = fake.inject_inbound("+33611111111", "OUI", to=NUMBER)
    page = receiver.poll_inbound(None)
    assert old in (page.cursor or "")
    clock.advance(3 * 86400)
    fresh = fake.inject_inbound("+33611111111", "NON", to=NUMBER)
    later = receiver.poll_inbound(page.cursor)
    assert [m.provider_id for m in later.messages] == [fresh]
    assert old not in (later.cursor or "")
    assert fake.requests[-1].query["DateSent>"] == ["2026-11-23"]  # the previous cursor's day
    last = receiver.poll_inbound(later.cursor)
    assert fake.requests[-1].query["DateSent>"] == ["2026-11-26"]
    assert last.messages == []


def test_reply_listed_late_around_midnight_is_not_lost(
    receiver: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 11, 23, 23, 59, 0, tzinfo=dt.UTC))
    first = receiver.poll_inbound(None)
    clock.set(dt.datetime(2026, 11, 24, 0, 0, 30, tzinfo=dt.UTC))
    second = receiver.poll_inbound(first.cursor)
    assert second.messages == []
    late = fake.inject_inbound(
        "+33611111111", "OUI", to=NUMBER, at=dt.datetime(2026, 11, 23, 23, 59, 59, tzinfo=dt.UTC)
    )
    clock.set(dt.datetime(2026, 11, 24, 0, 20, tzinfo=dt.UTC))
    third = receiver.poll_inbound(second.cursor)
    assert [m.provider_id for m in third.messages] == [late]
    assert fake.requests[-1].query["DateSent>"] == ["2026-11-23"]


def test_unreadable_cursor_starts_over_from_a_day_ago(
    receiver: twilio.TwilioProvider, fake: FakeTwilio, clock: FakeClock
) -> None:
    sid = fake.inject_inbound("+33611111111", "OUI", to=NUMBER)
    page = receiver.poll_inbound("not json")
    assert [m.provider_id for m in page.messages] == [sid]


def test_alphanumeric_sender_has_no_inbound(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.inject_inbound("+33611111111", "OUI", to=ALPHA)
    page = provider.poll_inbound(None)
    assert page.messages == []
    assert fake.requests == []


def test_next_page_uri_to_another_host_is_not_followed(clock: FakeClock, tmp_path: Path) -> None:
    class Hostile(FakeTwilio):
        def _list(self, request: Any) -> dict[str, Any]:
            body = super()._list(request)
            body["next_page_uri"] = "https://evil.example/2010-04-01/Accounts/x/Messages.json"
            return body

    server = Hostile(now=clock.now)
    with server:
        adapter = make(server, clock, tmp_path, sender=NUMBER)
        with pytest.raises(TransientError) as info:
            adapter.poll_inbound(None)
        adapter.close()
    assert info.value.code == "bad_response"
    assert len(server.requests) == 1


# ---------------------------------------------------------------- account
def test_check_account_reports_balance(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    check = provider.check_account()
    assert check.ok
    assert check.balance == Decimal("12.34")
    assert check.balance_unit == "USD"
    assert check.detail == "Opticien Martin"
    assert AUTH_TOKEN not in repr(check)  # the Account resource returns the token: never surface it
    assert [r.path for r in fake.requests] == [
        f"/2010-04-01/Accounts/{ACCOUNT_SID}.json",
        f"/2010-04-01/Accounts/{ACCOUNT_SID}/Balance.json",
    ]


def test_check_account_without_balance_access(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.fault_filter = lambda request: request.path.endswith("/Balance.json")
    fake.faults.append(Fault.ERROR_503)
    check = provider.check_account()
    assert (check.ok, check.balance, check.balance_unit) == (True, None, None)


def test_check_account_suspended(provider: twilio.TwilioProvider, fake: FakeTwilio) -> None:
    fake.account_status = "suspended"
    check = provider.check_account()
    assert (check.ok, check.detail) == (False, "account suspended")


# ---------------------------------------------------------------- the contract check itself
def test_fake_records_requests_that_break_the_contract(fake: FakeTwilio) -> None:
    url = f"{fake.base_url}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
    auth = (ACCOUNT_SID, AUTH_TOKEN)
    answer = requests.post(url, data={"to": CLIENT, "From": ALPHA, "Body": "x"}, auth=auth, timeout=2)
    assert answer.status_code == 400 and answer.json()["code"] == 21604
    requests.post(
        url, data={"To": CLIENT, "From": ALPHA, "Body": "x", "Reference": "r"}, auth=auth, timeout=2
    )
    requests.get(url, params={"PageSize": "0", "Status": "sent"}, auth=auth, timeout=2)
    bad_sid = url.replace(ACCOUNT_SID, "ac" + "0" * 32)
    requests.post(bad_sid, data={"To": CLIENT, "From": ALPHA, "Body": "x"}, auth=auth, timeout=2)
    found = list(fake.violations)
    fake.violations.clear()  # the fixture would fail this test otherwise
    assert any("'to' is not declared" in v for v in found)
    assert any("required body field To is missing" in v for v in found)
    assert any("'Reference' is not declared" in v for v in found)
    assert any("PageSize: 0 is below 1" in v for v in found)
    assert any("'Status' is not declared" in v for v in found)
    assert any("path parameter AccountSid: does not match" in v for v in found)
