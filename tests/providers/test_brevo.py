"""The Brevo adapter against a fake Brevo API on 127.0.0.1 (happy paths, error mapping, faults, polling)."""

from __future__ import annotations

import datetime as dt
import gc
import json
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import outgoing
from desktop.core.clock import FakeClock
from desktop.core.entities import ProviderAccount, Purpose
from desktop.core.stop import has_stop_mention
from desktop.providers import brevo, registry
from desktop.providers.base import DeliveryState, OutgoingSms, PermanentError, Provider, TransientError
from desktop.providers.registry import ProviderEnv
from tests.providers.fake_brevo import API_KEY, FakeBrevo
from tests.providers.fakeserver import Fault

TO = "+33639981234"
TO_INVALID = "+33639980000"
TO_SOFT = "+33639980001"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakeBrevo]:
    server = FakeBrevo(now=clock.now)
    with server:
        yield server


def _account(fake: FakeBrevo) -> ProviderAccount:
    return ProviderAccount(
        id=1,
        name="Brevo test",
        provider="brevo",
        sender="OptiqueMtn",
        base_url=fake.base_url + "/v3",
        options={},
        rate_per_second=10.0,
        price_cents_per_segment=5,
        is_default=True,
        is_fallback=False,
    )


def _env(tmp_path: Path, clock: FakeClock) -> ProviderEnv:
    return ProviderEnv(data_dir=tmp_path, clock=clock, connect_timeout=0.5, read_timeout=0.5)


@pytest.fixture
def provider(fake: FakeBrevo, tmp_path: Path, clock: FakeClock) -> Iterator[brevo.BrevoProvider]:
    adapter = brevo.create(_account(fake), {"api_key": API_KEY}, _env(tmp_path, clock))
    yield adapter
    _close(adapter)


@pytest.fixture
def bad_key(fake: FakeBrevo, tmp_path: Path, clock: FakeClock) -> Iterator[brevo.BrevoProvider]:
    adapter = brevo.create(_account(fake), {"api_key": "xkeysib-wrong"}, _env(tmp_path, clock))
    yield adapter
    _close(adapter)


def _close(adapter: brevo.BrevoProvider) -> None:
    """Close the session, and collect the exception cycles that still hold urllib3 connection pools
    (urllib3 2.x closes pooled keep-alive connections only when their pool is collected)."""
    adapter.close()
    gc.collect(1)


def _sms(
    to: str = TO, body: str = "Votre RDV est confirmé le 12/03 à 14h30.", ref: str = "msg-1", **kw: object
) -> OutgoingSms:
    return OutgoingSms(to=to, body=body, sender="OptiqueMtn", reference=ref, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- spec, registry


def test_spec_and_registry_build_a_provider(fake: FakeBrevo, tmp_path: Path, clock: FakeClock) -> None:
    assert registry.spec("brevo") is brevo.SPEC
    assert [f.key for f in brevo.SPEC.secret_fields] == ["api_key"]
    adapter = registry.create(_account(fake), {"api_key": API_KEY}, _env(tmp_path, clock))
    try:
        assert isinstance(adapter, Provider)
        assert adapter.name == "Brevo test"
        # Static data: Comptoir writes Brevo's placeholder line itself, Brevo fills in its short code.
        assert adapter.capabilities is registry.capabilities("brevo") is brevo.SPEC.capabilities
        assert not adapter.capabilities.provider_stop_mention
        assert adapter.capabilities.stop_text == "STOP au [STOP_CODE]"
    finally:
        adapter.close()


def test_missing_secret_is_refused(fake: FakeBrevo, tmp_path: Path, clock: FakeClock) -> None:
    with pytest.raises(PermanentError) as info:
        registry.create(_account(fake), {}, _env(tmp_path, clock))
    assert info.value.code == "auth_failed"


# ---------------------------------------------------------------------- send


def test_send_transactional(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    result = provider.send(_sms())
    sent = fake.sent[0]
    assert (sent.recipient, sent.sender, sent.type, sent.tag) == (
        "33639981234",
        "OptiqueMtn",
        "transactional",
        "msg-1",
    )
    assert sent.content == "Votre RDV est confirmé le 12/03 à 14h30."
    assert not sent.unicode_enabled
    assert result.provider_id == f"{sent.message_id}|{TO}"
    assert result.state is DeliveryState.ACCEPTED
    assert (result.segments, result.cost, result.currency) == (1, Decimal("0.35"), "credits")
    assert fake.requests[0].headers["api-key"] == API_KEY


def test_send_unicode_text_enables_unicode(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    provider.send(_sms(body="Votre commande est prête ! À bientôt 🙂"))
    assert fake.sent[0].unicode_enabled


def test_send_promotional_asks_brevo_for_its_stop_code(
    provider: brevo.BrevoProvider, fake: FakeBrevo
) -> None:
    facts = registry.account_facts(_account(fake))  # what the gate knows of a Brevo account
    text = outgoing.final_text("-20% sur les montures ce samedi.", Purpose.PROMOTIONAL, facts)
    provider.send(_sms(body=text, purpose=Purpose.PROMOTIONAL))
    sent = fake.sent[0]
    assert sent.type == "marketing"
    assert sent.content == "-20% sur les montures ce samedi.\nSTOP au [STOP_CODE]"
    assert sent.delivered_text.endswith("STOP au 36184")
    assert not sent.unicode_enabled


def test_send_promotional_keeps_an_existing_stop_mention(
    provider: brevo.BrevoProvider, fake: FakeBrevo
) -> None:
    facts = registry.account_facts(_account(fake))
    body = "Soldes ! STOP au [STOP_CODE]"
    assert outgoing.final_text(body, Purpose.PROMOTIONAL, facts) == body
    provider.send(_sms(body=body, purpose=Purpose.PROMOTIONAL))
    assert fake.sent[0].content == body
    other = "Soldes ! Stop au 36111"
    assert outgoing.final_text(other, Purpose.PROMOTIONAL, facts) == other


def test_the_adapter_sends_the_text_it_is_given(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    """The STOP line is the gate's business: a promotion without one (never produced by the gate) is not
    changed by the adapter, so what is stored is what Brevo receives."""
    provider.send(_sms(body="Soldes", purpose=Purpose.PROMOTIONAL))
    assert (fake.sent[0].content, fake.sent[0].type) == ("Soldes", "marketing")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.sampled_from(list(Purpose)))
def test_the_gate_text_for_brevo_property(body: str, purpose: Purpose) -> None:
    facts = outgoing.AccountFacts(id=1, stop_text=brevo.SPEC.capabilities.stop_text)
    content = outgoing.final_text(body, purpose, facts)
    if purpose is Purpose.PROMOTIONAL:
        assert has_stop_mention(content)
        assert content.startswith(unicodedata.normalize("NFC", body.rstrip()))
        assert outgoing.final_text(content, purpose, facts) == content  # idempotent
    else:
        assert content == unicodedata.normalize("NFC", body)


def test_transactional_text_with_stop_code_is_sent_as_marketing(
    provider: brevo.BrevoProvider, fake: FakeBrevo
) -> None:
    provider.send(_sms(body="Info STOP au [STOP_CODE]"))
    assert fake.requests[0].json()["type"] == "marketing"


def test_recipient_that_is_not_a_number_is_refused_locally(
    provider: brevo.BrevoProvider, fake: FakeBrevo
) -> None:
    with pytest.raises(PermanentError) as info:
        provider.send(_sms(to="+331"))
    assert info.value.code == "invalid_number"
    assert fake.requests == []


def test_wrong_key_is_auth_failed(bad_key: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    with pytest.raises(PermanentError) as info:
        bad_key.send(_sms())
    assert (info.value.code, info.value.http_status, info.value.provider_code) == (
        "auth_failed",
        401,
        "unauthorized",
    )
    assert "xkeysib" not in str(info.value)
    assert fake.sent == []


def test_no_credit_left(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.credits = Decimal("0.2")
    with pytest.raises(PermanentError) as info:
        provider.send(_sms())
    assert (info.value.code, info.value.http_status, info.value.provider_code) == (
        "insufficient_credit",
        402,
        "not_enough_credits",
    )


@pytest.mark.parametrize(
    ("status", "code", "message", "expected"),
    [
        (400, "invalid_parameter", "Invalid recipient phone number", "invalid_number"),
        (400, "invalid_parameter", "Recipient is blacklisted", "opted_out"),
        (400, "invalid_parameter", "Invalid sender name", "sender_refused"),
        (400, "invalid_parameter", "content is too long", "message_too_long"),
        (400, "duplicate_request", "Duplicate request", "bad_request"),
        (403, "permission_denied", "SMS is not activated on this account", "auth_failed"),
        (401, "unauthorized", "Unable to authenticate. unrecognised IP address", "auth_failed"),
        (404, "document_not_found", "Not found", "not_found"),
        (422, "unprocessable_entity", "Cannot process", "bad_request"),
    ],
)
def test_brevo_errors_are_mapped(
    provider: brevo.BrevoProvider, fake: FakeBrevo, status: int, code: str, message: str, expected: str
) -> None:
    fake.queue_error(status, code, message)
    with pytest.raises(PermanentError) as info:
        provider.send(_sms())
    assert info.value.code == expected
    assert info.value.provider_code == code
    assert info.value.http_status == status
    assert not info.value.transient


def test_error_detail_masks_numbers_and_never_holds_the_text(
    provider: brevo.BrevoProvider, fake: FakeBrevo
) -> None:
    fake.queue_error(400, "invalid_parameter", "Number 33639981234 is not valid")
    with pytest.raises(PermanentError) as info:
        provider.send(_sms(body="Secret médical"))
    assert "33639981234" not in str(info.value)
    assert "Secret" not in str(info.value)
    assert info.value.code == "invalid_number"


# ---------------------------------------------------------------------- faults


def test_hang_after_receipt_is_an_uncertain_timeout_then_lookup_finds_it(
    provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock
) -> None:
    since = clock.now()
    fake.faults.append(Fault.HANG)
    with pytest.raises(TransientError) as info:
        provider.send(_sms(ref="ref-hang"))
    assert info.value.code == "timeout"
    assert info.value.may_have_been_sent
    assert len(fake.sent) == 1  # Brevo did get it
    clock.advance(60)
    found = provider.lookup(_sms(ref="ref-hang"), since)
    assert [r.provider_id for r in found] == [f"{fake.sent[0].message_id}|{TO}"]
    assert found[0].state is DeliveryState.DELIVERED


@pytest.mark.parametrize(
    ("fault", "code", "may_have_been_sent"),
    [
        (Fault.ERROR_500, "server_error", True),
        (Fault.ERROR_500_AFTER, "server_error", True),
        (Fault.ERROR_503, "server_error", False),
        (Fault.RESET, "connection_error", True),
        (Fault.MALFORMED, "bad_response", True),
    ],
)
def test_send_faults_are_transient(
    provider: brevo.BrevoProvider, fake: FakeBrevo, fault: Fault, code: str, may_have_been_sent: bool
) -> None:
    fake.faults.append(fault)
    with pytest.raises(TransientError) as info:
        provider.send(_sms())
    assert info.value.code == code
    assert info.value.may_have_been_sent is may_have_been_sent


@pytest.mark.parametrize(
    ("fault", "code"),
    [(Fault.HANG, "timeout"), (Fault.RESET_BEFORE, "connection_error"), (Fault.MALFORMED, "bad_response")],
)
def test_read_faults_are_transient_and_certain(
    provider: brevo.BrevoProvider, fake: FakeBrevo, fault: Fault, code: str
) -> None:
    fake.faults.append(fault)
    with pytest.raises(TransientError) as info:
        provider.check_account()
    assert info.value.code == code
    assert not info.value.may_have_been_sent


def test_429_with_retry_after(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.faults.append(Fault.RATE_LIMIT)
    with pytest.raises(TransientError) as info:
        provider.send(_sms())
    assert (info.value.code, info.value.retry_after) == ("rate_limited", 2.0)


def test_429_with_brevo_reset_header(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.throttle = 1
    with pytest.raises(TransientError) as info:
        provider.send(_sms())
    assert (info.value.code, info.value.retry_after) == ("rate_limited", 7.0)
    assert fake.sent == []
    provider.send(_sms())
    assert len(fake.sent) == 1


def test_concurrent_sends(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: provider.send(_sms(ref=f"c-{i}")), range(12)))
    assert len({r.provider_id for r in results}) == 12
    assert sorted(str(m.tag) for m in fake.sent) == sorted(f"c-{i}" for i in range(12))


# ---------------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("to", "state", "error_code"),
    [
        (TO, DeliveryState.DELIVERED, None),
        (TO_INVALID, DeliveryState.UNDELIVERED, "invalid_number"),
        (TO_SOFT, DeliveryState.UNDELIVERED, "undelivered"),
    ],
)
def test_fetch_status_from_events(
    provider: brevo.BrevoProvider, fake: FakeBrevo, to: str, state: DeliveryState, error_code: str | None
) -> None:
    result = provider.send(_sms(to=to))
    report = provider.fetch_status(result.provider_id)
    assert (report.state, report.error_code) == (state, error_code)
    assert report.at is not None and report.at.tzinfo is not None
    query = fake.requests[-1].query
    assert query["phoneNumber"] == [to[1:]]
    assert query["limit"] == ["100"]


def test_blocklisted_number_is_opted_out(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.blocklist.add(TO[1:])
    report = provider.fetch_status(provider.send(_sms()).provider_id)
    assert (report.state, report.error_code, report.provider_code) == (
        DeliveryState.FAILED,
        "opted_out",
        "blocked",
    )


def test_fetch_status_without_events_is_accepted(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.record_events = False
    report = provider.fetch_status(provider.send(_sms()).provider_id)
    assert report.state is DeliveryState.ACCEPTED


def test_fetch_status_follows_pages(provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock) -> None:
    result = provider.send(_sms())
    for i in range(230):  # newer events of other messages to the same number push ours to the third page
        clock.advance(1)
        fake.add_event(phoneNumber=TO[1:], messageId=900 + i, event="sent", tag=f"other-{i}")
    report = provider.fetch_status(result.provider_id)
    assert report.state is DeliveryState.DELIVERED
    offsets = [r.query["offset"][0] for r in fake.requests if r.path.endswith("/events")]
    assert offsets == ["0", "100", "200"]


@pytest.mark.parametrize(
    ("name", "state", "error_code"),
    [
        ("hardBounce", DeliveryState.UNDELIVERED, "invalid_number"),
        ("HARD_BOUNCES", DeliveryState.UNDELIVERED, "invalid_number"),
        ("softBounce", DeliveryState.UNDELIVERED, "undelivered"),
        ("bounces", DeliveryState.UNDELIVERED, "undelivered"),
        ("rejected", DeliveryState.FAILED, "undelivered"),
        ("skipped", DeliveryState.FAILED, "undelivered"),
        ("accepted", DeliveryState.ACCEPTED, None),
        ("sent", DeliveryState.SENT, None),
    ],
)
def test_event_name_variants(
    provider: brevo.BrevoProvider,
    fake: FakeBrevo,
    name: str,
    state: DeliveryState,
    error_code: str | None,
) -> None:
    fake.add_event(phoneNumber=TO[1:], messageId=42, event=name, reason="because")
    fake.add_event(phoneNumber=TO[1:], messageId=43, event="delivered")  # another message: ignored
    report = provider.fetch_status(f"42|{TO}")
    assert (report.state, report.error_code) == (state, error_code)


def test_delivered_wins_over_an_earlier_soft_bounce(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.add_event(phoneNumber=TO[1:], messageId=7, event="softBounces")
    fake.add_event(phoneNumber=TO[1:], messageId=7, event="delivered")
    assert provider.fetch_status(f"7|{TO}").state is DeliveryState.DELIVERED


def test_fetch_status_rejects_foreign_ids(provider: brevo.BrevoProvider) -> None:
    with pytest.raises(PermanentError) as info:
        provider.fetch_status("1511882900176220")
    assert info.value.code == "not_found"


# ---------------------------------------------------------------------- inbound


def test_poll_inbound_dedupes_across_polls(
    provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock
) -> None:
    fake.inject_reply(TO, "OUI", at=clock.now() - dt.timedelta(hours=1))
    fake.inject_reply("+33639985678", "Je confirme", at=clock.now() - dt.timedelta(minutes=5))
    fake.inject_reply(TO, "trop vieux", at=clock.now() - dt.timedelta(hours=30))
    first = provider.poll_inbound(None)
    assert [(m.from_number, m.text) for m in first.messages] == [(TO, "OUI"), ("+33639985678", "Je confirme")]
    assert first.messages[0].received_at == clock.now() - dt.timedelta(hours=1)
    assert first.cursor is not None
    assert "3363998" not in first.cursor and "OUI" not in first.cursor
    clock.advance(600)
    second = provider.poll_inbound(first.cursor)
    assert second.messages == []
    fake.inject_reply(TO, "Merci")
    third = provider.poll_inbound(second.cursor)
    assert [m.text for m in third.messages] == ["Merci"]
    assert fake.requests[-1].query["event"] == ["unsubscription"]
    assert {r.query["event"][0] for r in fake.requests} == {"replies", "unsubscription"}


def test_poll_inbound_catches_late_events(
    provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock
) -> None:
    first = provider.poll_inbound(None)
    clock.advance(3600)
    fake.inject_reply(TO, "arrivé en retard", at=clock.now() - dt.timedelta(minutes=90))
    second = provider.poll_inbound(first.cursor)
    assert [m.text for m in second.messages] == ["arrivé en retard"]


def test_unsubscription_becomes_a_stop_reply(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.add_event(phoneNumber=TO[1:], messageId=5, event="unsubscription")
    page = provider.poll_inbound(None)
    assert [(m.from_number, m.text) for m in page.messages] == [(TO, "STOP")]


def test_poll_inbound_follows_pages(provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock) -> None:
    start = clock.now() - dt.timedelta(hours=5)
    for i in range(130):
        fake.inject_reply(TO, f"r{i}", at=start + dt.timedelta(seconds=i))
    page = provider.poll_inbound(None)
    assert [m.text for m in page.messages] == [f"r{i}" for i in range(130)]
    assert provider.poll_inbound(page.cursor).messages == []


def test_unreadable_cursor_restarts_from_a_day_ago(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.inject_reply(TO, "OUI")
    assert [m.text for m in provider.poll_inbound("{not json").messages] == ["OUI"]
    cursor = json.dumps({"v": 1, "floor": "yesterday"})
    assert [m.text for m in provider.poll_inbound(cursor).messages] == ["OUI"]


# ---------------------------------------------------------------------- lookup


def test_lookup_matches_reference_not_other_messages(
    provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock
) -> None:
    since = clock.now()
    provider.send(_sms(ref="other"))
    mine = provider.send(_sms(ref="mine"))
    clock.advance(30)
    assert [r.provider_id for r in provider.lookup(_sms(ref="mine"), since)] == [mine.provider_id]


def test_lookup_waits_for_events_to_settle(
    provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock
) -> None:
    since = clock.now()
    clock.advance(60)
    with pytest.raises(TransientError) as info:
        provider.lookup(_sms(ref="lost"), since)
    assert info.value.code == "timeout"
    assert info.value.retry_after == pytest.approx(14 * 60)
    clock.advance(15 * 60)
    assert provider.lookup(_sms(ref="lost"), since) == []


def test_lookup_cannot_tell_with_untagged_events(
    provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock
) -> None:
    since = clock.now()
    fake.add_event(phoneNumber=TO[1:], messageId=77, event="sent")
    clock.advance(20 * 60)
    with pytest.raises(PermanentError) as info:
        provider.lookup(_sms(ref="lost"), since)
    assert info.value.code == "not_supported"


def test_lookup_ignores_events_before_since(
    provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock
) -> None:
    provider.send(_sms(ref="old"))
    clock.advance(3 * 3600)
    since = clock.now()
    clock.advance(20 * 60)
    assert provider.lookup(_sms(ref="old"), since) == []


def test_lookup_handles_list_tags(provider: brevo.BrevoProvider, fake: FakeBrevo, clock: FakeClock) -> None:
    since = clock.now()
    fake.add_event(phoneNumber=TO[1:], messageId=88, event="delivered", tag='["mine", "campagne"]')
    found = provider.lookup(_sms(ref="mine"), since)
    assert [(r.provider_id, r.state) for r in found] == [(f"88|{TO}", DeliveryState.DELIVERED)]


# ---------------------------------------------------------------------- account


def test_check_account_reports_sms_credits(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.credits = Decimal("82.85")
    check = provider.check_account()
    assert (check.ok, check.balance, check.balance_unit, check.detail) == (
        True,
        Decimal("82.85"),
        "credits",
        "Optique Martin",
    )
    assert fake.requests[0].path == "/v3/account"


def test_check_account_with_wrong_key(bad_key: brevo.BrevoProvider) -> None:
    with pytest.raises(PermanentError) as info:
        bad_key.check_account()
    assert info.value.code == "auth_failed"


def test_events_with_an_empty_answer(provider: brevo.BrevoProvider, fake: FakeBrevo) -> None:
    fake.record_events = False
    assert provider.poll_inbound(None).messages == []
    assert all(r.query.get("days") for r in fake.requests)
