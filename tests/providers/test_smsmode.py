"""The smsmode adapter against a fake smsmode REST v1 API on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.clock import FakeClock
from desktop.core.entities import ProviderAccount
from desktop.providers import registry, smsmode
from desktop.providers.base import DeliveryState, OutgoingSms, PermanentError, Provider, TransientError
from desktop.providers.registry import ProviderEnv
from tests.providers.fake_smsmode import API_KEY, FakeSmsmode
from tests.providers.fakeserver import Fault

TO = "+33639981234"
STYLES = ("flat", "nested", "details", "problem")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakeSmsmode]:
    server = FakeSmsmode(now=clock.now)
    with server:
        yield server


def _account(fake: FakeSmsmode) -> ProviderAccount:
    return ProviderAccount(
        id=2,
        name="smsmode test",
        provider="smsmode",
        sender="OptiqueMtn",
        base_url=fake.base_url,
        options={},
        rate_per_second=5.0,
        price_cents_per_segment=5,
        is_default=True,
        is_fallback=False,
    )


def _env(tmp_path: Path, clock: FakeClock) -> ProviderEnv:
    return ProviderEnv(data_dir=tmp_path, clock=clock, connect_timeout=0.5, read_timeout=0.5)


def _close(adapter: smsmode.SmsmodeProvider) -> None:
    """Close the session, and collect the exception cycles that still hold urllib3 connection pools
    (urllib3 2.x closes pooled keep-alive connections only when their pool is collected)."""
    adapter.close()
    gc.collect(1)


@pytest.fixture
def provider(fake: FakeSmsmode, tmp_path: Path, clock: FakeClock) -> Iterator[smsmode.SmsmodeProvider]:
    adapter = smsmode.create(_account(fake), {"api_key": API_KEY}, _env(tmp_path, clock))
    yield adapter
    _close(adapter)


@pytest.fixture
def bad_key(fake: FakeSmsmode, tmp_path: Path, clock: FakeClock) -> Iterator[smsmode.SmsmodeProvider]:
    adapter = smsmode.create(_account(fake), {"api_key": "wrong"}, _env(tmp_path, clock))
    yield adapter
    _close(adapter)


def _sms(to: str = TO, body: str = "Votre commande est prête.", ref: str = "msg-1") -> OutgoingSms:
    return OutgoingSms(to=to, body=body, sender="OptiqueMtn", reference=ref)


# ---------------------------------------------------------------------- spec, registry


def test_spec_and_registry_build_a_provider(fake: FakeSmsmode, tmp_path: Path, clock: FakeClock) -> None:
    assert registry.spec("smsmode") is smsmode.SPEC
    adapter = registry.create(_account(fake), {"api_key": API_KEY}, _env(tmp_path, clock))
    try:
        assert isinstance(adapter, Provider)
        caps = adapter.capabilities
        assert (caps.balance, caps.provider_stop_mention, caps.inbound_polling) == (False, False, True)
    finally:
        adapter.close()


# ---------------------------------------------------------------------- send


def test_send(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode) -> None:
    result = provider.send(_sms())
    sent = fake.requests[0].json()
    assert sent == {
        "recipient": {"to": "33639981234"},
        "body": {"text": "Votre commande est prête."},
        "from": "OptiqueMtn",
        "refClient": "msg-1",
    }
    assert fake.requests[0].headers["x-api-key"] == API_KEY
    message = fake.messages[0]
    assert result.provider_id == message["messageId"]
    assert (result.state, result.segments, result.cost, result.currency) == (
        DeliveryState.SENT,
        1,
        Decimal("0.045"),
        "EUR",
    )


def test_long_reference_is_cut_to_40_and_still_found(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock
) -> None:
    ref = "r" * 60
    provider.send(_sms(ref=ref))
    assert fake.messages[0]["refClient"] == "r" * 40
    assert len(provider.lookup(_sms(ref=ref), clock.now())) == 1


def test_too_many_parts_is_refused_locally(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode) -> None:
    with pytest.raises(PermanentError) as info:
        provider.send(_sms(body="x" * 1600))
    assert info.value.code == "message_too_long"
    assert fake.requests == []


def test_blacklisted_at_creation_is_opted_out(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode) -> None:
    fake.blacklist.add("33639981234")
    with pytest.raises(PermanentError) as info:
        provider.send(_sms())
    assert (info.value.code, info.value.provider_code) == ("opted_out", "BLACKLISTED")


@pytest.mark.parametrize("style", STYLES)
def test_wrong_key_is_auth_failed(bad_key: smsmode.SmsmodeProvider, fake: FakeSmsmode, style: str) -> None:
    fake.error_style = style
    with pytest.raises(PermanentError) as info:
        bad_key.send(_sms())
    assert (info.value.code, info.value.http_status) == ("auth_failed", 401)
    assert "wrong" not in str(info.value)
    assert fake.messages == []


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    ("setup", "expected", "provider_code"),
    [
        ("invalid", "invalid_number", "INVALID_PHONE_NUMBER"),
        ("credit", "insufficient_credit", "INSUFFICIENT_CREDIT"),
        ("sender", "sender_refused", "INVALID_SENDER"),
    ],
)
def test_error_bodies_of_any_shape_are_mapped(
    provider: smsmode.SmsmodeProvider,
    fake: FakeSmsmode,
    style: str,
    setup: str,
    expected: str,
    provider_code: str,
) -> None:
    fake.error_style = style
    sms = _sms()
    if setup == "invalid":
        sms = _sms(to="+33639980000")
    elif setup == "credit":
        fake.credits = Decimal("0.01")
    else:
        sms = OutgoingSms(to=TO, body="Bonjour", sender="Optique-Martin!", reference="x")
    with pytest.raises(PermanentError) as info:
        provider.send(sms)
    assert info.value.code == expected
    assert info.value.http_status == 400
    assert info.value.provider_code == provider_code
    assert provider_code in str(info.value)


@pytest.mark.parametrize(
    ("status", "code", "message", "expected"),
    [
        (400, "BLACKLISTED", "Recipient is blacklisted", "opted_out"),
        (400, "SPAM", "Content refused", "bad_request"),
        (402, "PAYMENT_REQUIRED", "Payment required", "insufficient_credit"),
        (403, "FORBIDDEN", "IP address not allowed", "auth_failed"),
        (404, "NOT_FOUND", "Channel not found", "not_found"),
        (422, "INVALID_PARAMETER", "Recipient 33639981234 malformed", "invalid_number"),
        (400, "MESSAGE_TOO_LONG", "Too many message parts", "message_too_long"),
    ],
)
def test_other_errors(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, status: int, code: str, message: str, expected: str
) -> None:
    fake.queue_error(status, code, message)
    with pytest.raises(PermanentError) as info:
        provider.send(_sms())
    assert info.value.code == expected
    assert "33639981234" not in str(info.value)


def test_error_without_json_body(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode) -> None:
    fake.faults.append(Fault.MALFORMED)
    fake.queue_error(400, "X", "y")  # MALFORMED replaces the JSON error body by garbage
    with pytest.raises(PermanentError) as info:
        provider.send(_sms())
    assert (info.value.code, info.value.http_status) == ("bad_request", 400)


# ---------------------------------------------------------------------- faults


def test_hang_after_receipt_then_lookup_finds_it(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock
) -> None:
    since = clock.now()
    fake.faults.append(Fault.HANG)
    with pytest.raises(TransientError) as info:
        provider.send(_sms(ref="ref-hang"))
    assert (info.value.code, info.value.may_have_been_sent) == ("timeout", True)
    found = provider.lookup(_sms(ref="ref-hang"), since)
    assert [r.provider_id for r in found] == [fake.messages[0]["messageId"]]
    assert (found[0].state, found[0].segments) == (DeliveryState.SENT, 1)


@pytest.mark.parametrize(
    ("fault", "code", "may_have_been_sent"),
    [
        (Fault.ERROR_500, "server_error", True),
        (Fault.ERROR_503, "server_error", False),
        (Fault.RESET, "connection_error", True),
        (Fault.MALFORMED, "bad_response", True),
    ],
)
def test_send_faults(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, fault: Fault, code: str, may_have_been_sent: bool
) -> None:
    fake.faults.append(fault)
    with pytest.raises(TransientError) as info:
        provider.send(_sms())
    assert (info.value.code, info.value.may_have_been_sent) == (code, may_have_been_sent)


@pytest.mark.parametrize(
    ("fault", "code"),
    [(Fault.HANG, "timeout"), (Fault.RESET_BEFORE, "connection_error"), (Fault.MALFORMED, "bad_response")],
)
def test_read_faults(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, fault: Fault, code: str) -> None:
    fake.faults.append(fault)
    with pytest.raises(TransientError) as info:
        provider.check_account()
    assert (info.value.code, info.value.may_have_been_sent) == (code, False)


def test_429_with_retry_after(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode) -> None:
    fake.faults.append(Fault.RATE_LIMIT)
    with pytest.raises(TransientError) as info:
        provider.send(_sms())
    assert (info.value.code, info.value.retry_after) == ("rate_limited", 2.0)


def test_concurrent_sends(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: provider.send(_sms(ref=f"c-{i}")), range(12)))
    assert len({r.provider_id for r in results}) == 12
    assert sorted(m["refClient"] for m in fake.messages) == sorted(f"c-{i}" for i in range(12))


# ---------------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("value", "detail", "state", "error_code"),
    [
        ("SCHEDULED", None, DeliveryState.ACCEPTED, None),
        ("ENROUTE", None, DeliveryState.SENT, None),
        ("DELIVERED", None, DeliveryState.DELIVERED, None),
        ("UNDELIVERED", None, DeliveryState.UNDELIVERED, "undelivered"),
        ("UNDELIVERABLE", "INVALID_PHONE_NUMBER", DeliveryState.FAILED, "invalid_number"),
        ("UNDELIVERABLE", "BLACKLISTED", DeliveryState.FAILED, "opted_out"),
        ("UNDELIVERABLE", "INSUFFICIENT_CREDIT", DeliveryState.FAILED, "insufficient_credit"),
        ("UNDELIVERABLE", "DAILY_LIMIT_EXCEEDED", DeliveryState.FAILED, "bad_request"),
        ("UNDELIVERED", "SPAM", DeliveryState.UNDELIVERED, "bad_request"),
        ("EXPIRED", None, DeliveryState.EXPIRED, "expired"),
        ("SOMETHING_NEW", None, DeliveryState.UNKNOWN, None),
    ],
)
def test_fetch_status(
    provider: smsmode.SmsmodeProvider,
    fake: FakeSmsmode,
    clock: FakeClock,
    value: str,
    detail: str | None,
    state: DeliveryState,
    error_code: str | None,
) -> None:
    result = provider.send(_sms())
    clock.advance(90)
    fake.set_status(result.provider_id, value, detail)
    report = provider.fetch_status(result.provider_id)
    assert (report.state, report.error_code) == (state, error_code)
    assert report.at == clock.now()
    assert report.provider_code == "/".join(v for v in (value, detail) if v)
    assert (report.segments, report.cost) == (1, Decimal("0.045"))
    assert fake.requests[-1].path == f"/sms/v1/messages/{result.provider_id}"


def test_fetch_status_of_an_unknown_message(provider: smsmode.SmsmodeProvider) -> None:
    with pytest.raises(PermanentError) as info:
        provider.fetch_status("00000000-0000-4000-8000-000000000000")
    assert (info.value.code, info.value.http_status) == ("not_found", 404)


# ---------------------------------------------------------------------- inbound


def test_poll_inbound_dedupes_across_polls(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock
) -> None:
    provider.send(_sms())  # an MT message is never an inbound one
    fake.inject_mo("33639981234", "OUI", at=clock.now() - dt.timedelta(hours=2))
    fake.inject_mo("33639985678", "STOP", at=clock.now() - dt.timedelta(minutes=1))
    fake.inject_mo("33639981234", "trop vieux", at=clock.now() - dt.timedelta(days=3))
    first = provider.poll_inbound(None)
    assert [(m.from_number, m.text, m.to) for m in first.messages] == [
        (TO, "OUI", "36034"),
        ("+33639985678", "STOP", "36034"),
    ]
    assert first.messages[0].received_at == clock.now() - dt.timedelta(hours=2)
    assert first.cursor is not None and "3363998" not in first.cursor and "OUI" not in first.cursor
    assert fake.requests[-1].query["direction"] == ["MO"]
    clock.advance(300)
    second = provider.poll_inbound(first.cursor)
    assert second.messages == []
    fake.inject_mo("33639981234", "Merci")
    assert [m.text for m in provider.poll_inbound(second.cursor).messages] == ["Merci"]


def test_poll_inbound_when_the_filter_is_refused(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode
) -> None:
    fake.reject_direction_filter = True
    provider.send(_sms())
    fake.inject_mo("33639981234", "OUI")
    assert [m.text for m in provider.poll_inbound(None).messages] == ["OUI"]
    assert "direction" not in fake.requests[-1].query


def test_poll_inbound_when_the_filter_is_ignored(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode
) -> None:
    fake.ignore_direction_filter = True
    provider.send(_sms())
    fake.inject_mo("33639981234", "OUI")
    assert [m.text for m in provider.poll_inbound(None).messages] == ["OUI"]


def test_poll_inbound_follows_pages(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock
) -> None:
    start = clock.now() - dt.timedelta(hours=6)
    for i in range(130):
        fake.inject_mo("33639981234", f"r{i}", at=start + dt.timedelta(seconds=i))
    page = provider.poll_inbound(None)
    assert [m.text for m in page.messages] == [f"r{i}" for i in range(130)]
    assert [r.query["page"] for r in fake.requests] == [["1"], ["2"]]
    assert provider.poll_inbound(page.cursor).messages == []


def test_poll_inbound_catches_late_replies(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock
) -> None:
    first = provider.poll_inbound(None)
    clock.advance(3600)
    fake.inject_mo("33639981234", "en retard", at=clock.now() - dt.timedelta(hours=2))
    assert [m.text for m in provider.poll_inbound(first.cursor).messages] == ["en retard"]


def test_unreadable_cursor_restarts_from_a_day_ago(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode
) -> None:
    fake.inject_mo("33639981234", "OUI")
    assert [m.text for m in provider.poll_inbound("[1, 2").messages] == ["OUI"]


# ---------------------------------------------------------------------- lookup


def test_lookup_matches_reference_and_recipient(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock
) -> None:
    since = clock.now()
    provider.send(_sms(ref="other"))
    provider.send(_sms(to="+33639985678", ref="mine"))  # same reference, other recipient
    mine = provider.send(_sms(ref="mine"))
    assert [r.provider_id for r in provider.lookup(_sms(ref="mine"), since)] == [mine.provider_id]
    assert provider.lookup(_sms(ref="lost"), since) == []


def test_lookup_stops_reading_once_past_since(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock
) -> None:
    old = clock.now() - dt.timedelta(days=2)
    for i in range(250):
        fake.add_message({"messageId": f"old-{i}", "acceptedAt": old.strftime("%Y-%m-%dT%H:%M:%S"),
                          "direction": "MT", "recipient": {"to": "33639981234"}, "refClient": f"old-{i}"})  # fmt: skip
    since = clock.now()
    provider.send(_sms(ref="mine"))
    assert len(provider.lookup(_sms(ref="mine"), since)) == 1
    assert len([r for r in fake.requests if r.method == "GET"]) == 1


def test_lookup_cannot_tell_when_the_list_is_too_long(
    provider: smsmode.SmsmodeProvider, fake: FakeSmsmode, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(smsmode, "MAX_PAGES", 2)
    fake.oldest_first = True  # no early stop possible
    old = clock.now() - dt.timedelta(days=2)
    for i in range(250):
        fake.add_message({"messageId": f"old-{i}", "acceptedAt": old.strftime("%Y-%m-%dT%H:%M:%S"),
                          "direction": "MT", "recipient": {"to": "33639981234"}, "refClient": f"old-{i}"})  # fmt: skip
    with pytest.raises(PermanentError) as info:
        provider.lookup(_sms(ref="lost"), clock.now())
    assert info.value.code == "not_supported"


# ---------------------------------------------------------------------- account


def test_check_account(provider: smsmode.SmsmodeProvider, fake: FakeSmsmode) -> None:
    check = provider.check_account()
    assert (check.ok, check.balance) == (True, None)
    assert fake.requests[0].query == {"page": ["1"], "pageSize": ["1"]}


def test_check_account_with_wrong_key(bad_key: smsmode.SmsmodeProvider) -> None:
    with pytest.raises(PermanentError) as info:
        bad_key.check_account()
    assert info.value.code == "auth_failed"


def test_poll_inbound_warns_when_the_list_is_too_long(
    provider: smsmode.SmsmodeProvider,
    fake: FakeSmsmode,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(smsmode, "MAX_PAGES", 1)
    fake.oldest_first = True
    for i in range(101):
        fake.inject_mo("33639981234", f"r{i}", at=clock.now() - dt.timedelta(minutes=200 - i))
    with caplog.at_level("WARNING", logger="comptoir.providers"):
        page = provider.poll_inbound(None)
    assert len(page.messages) == 100
    assert "not read to its end" in caplog.text
