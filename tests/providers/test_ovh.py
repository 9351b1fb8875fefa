"""OVHcloud adapter against the fake OVH API: signing, clock offset, every method, error mapping, faults."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
import requests

from desktop.core.clock import FakeClock
from desktop.core.entities import ProviderAccount, Purpose
from desktop.providers import ovh, registry
from desktop.providers.base import DeliveryState, OutgoingSms, PermanentError, Provider, TransientError
from desktop.providers.ovh import OvhProvider
from desktop.providers.ovh_protocol import TAG_MAX, InboundCursor, sign, status_from_ptt, tag_for
from desktop.providers.registry import ProviderEnv
from tests.providers.fake_ovh import APPLICATION_KEY, APPLICATION_SECRET, CONSUMER_KEY, SERVICE, FakeOvh
from tests.providers.fakeserver import Fault, Reply, Request

TO = "+33612345678"
VECTOR_URL = "https://eu.api.ovh.com/1.0/auth"
VECTOR_TS = "1457018875"


def sms(
    body: str = "Bonjour, votre RDV est confirmé le 12/03 à 14h30.",
    *,
    to: str = TO,
    purpose: Purpose = Purpose.TRANSACTIONAL,
    reference: str = "msg-1",
    sender: str = "OPTIQUE",
) -> OutgoingSms:
    return OutgoingSms(to=to, body=body, sender=sender, reference=reference, purpose=purpose)


def account(base_url: str | None, sender: str = "OPTIQUE", **options: str) -> ProviderAccount:
    return ProviderAccount(
        id=1,
        name="ovh",
        provider="ovh",
        sender=sender,
        base_url=base_url,
        options={"service_name": SERVICE, "application_key": APPLICATION_KEY, **options},
        rate_per_second=5.0,
        price_cents_per_segment=5,
        is_default=True,
        is_fallback=False,
    )


SECRETS = {"application_secret": APPLICATION_SECRET, "consumer_key": CONSUMER_KEY}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> Iterator[FakeOvh]:
    with FakeOvh(clock=clock) as server:
        assert isinstance(server, FakeOvh)
        yield server


@pytest.fixture
def env(tmp_path: Path, clock: FakeClock) -> ProviderEnv:
    return ProviderEnv(data_dir=tmp_path, clock=clock, connect_timeout=0.5, read_timeout=0.5)


@pytest.fixture
def adapter(fake: FakeOvh, env: ProviderEnv) -> Iterator[OvhProvider]:
    provider = ovh.create(account(fake.api_root), SECRETS, env)
    yield provider
    provider.close()


def posts(fake: FakeOvh) -> list[Request]:
    return [r for r in fake.requests if r.method == "POST"]


def hang_post(fake: FakeOvh, fault: Fault) -> None:
    fake.fault_filter = lambda r: r.method == "POST"
    fake.faults.append(fault)


# ---------------------------------------------------------------- signing (python-ovh test vectors)
@pytest.mark.parametrize(
    ("method", "body", "expected"),
    [
        ("GET", "", "$1$e9556054b6309771395efa467c22e627407461ad"),
        ("POST", '{"a":"b","c":"d"}', "$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1"),
        ("PUT", '{"a":"b","c":"d"}', "$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b"),
        ("DELETE", "", "$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85"),
    ],
)
def test_signature_matches_python_ovh_vectors(method: str, body: str, expected: str) -> None:
    got = sign(
        APPLICATION_SECRET, CONSUMER_KEY, method=method, url=VECTOR_URL, body=body, timestamp=VECTOR_TS
    )
    assert got == expected


def test_signature_covers_every_part() -> None:
    base = {"method": "GET", "url": VECTOR_URL, "body": "", "timestamp": VECTOR_TS}
    reference = sign(APPLICATION_SECRET, CONSUMER_KEY, **base)
    assert sign(APPLICATION_SECRET, CONSUMER_KEY, **{**base, "method": "get"}) == reference
    for key, value in [("url", VECTOR_URL + "?a=1"), ("body", "{}"), ("timestamp", "1457018876")]:
        assert sign(APPLICATION_SECRET, CONSUMER_KEY, **{**base, key: value}) != reference
    assert sign("other", CONSUMER_KEY, **base) != reference


def test_signed_headers_and_query_string_as_sent(fake: FakeOvh, adapter: OvhProvider) -> None:
    adapter.lookup(sms(), dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC))
    listing = next(r for r in fake.requests if r.path.endswith("/outgoing"))
    assert listing.query["receiver"] == [TO]
    assert "%2B33612345678" in listing.raw_path  # '+' encoded: the signed URL is the one sent
    headers = listing.headers
    assert headers["x-ovh-application"] == APPLICATION_KEY
    assert headers["x-ovh-consumer"] == CONSUMER_KEY
    assert headers["x-ovh-signature"] == sign(
        APPLICATION_SECRET,
        CONSUMER_KEY,
        method="GET",
        url=fake.base_url + listing.raw_path,
        body="",
        timestamp=headers["x-ovh-timestamp"],
    )
    assert "content-type" not in headers or not listing.body


def test_tag_keeps_short_references_and_hashes_long_ones() -> None:
    assert tag_for("msg-42") == "msg-42"
    long = "campaign:2026-11-23:client-1234567890:appointment-reminder"
    assert tag_for(long) == tag_for(long)
    assert len(tag_for(long)) <= TAG_MAX
    assert tag_for(long) != tag_for(long + "x")
    assert tag_for("réf avec espaces") != "réf avec espaces"


# ---------------------------------------------------------------- clock offset
@pytest.mark.parametrize("offset", [3600.0, -5000.0])
def test_time_offset_from_auth_time_is_applied_and_cached(
    fake: FakeOvh, adapter: OvhProvider, clock: FakeClock, offset: float
) -> None:
    fake.clock_offset = offset  # the server's clock is far from ours: unsigned-time requests would fail
    adapter.send(sms(reference="a"))
    clock.advance(120)
    adapter.send(sms(reference="b"))
    assert fake.time_requests == 1
    stamps = [int(r.headers["x-ovh-timestamp"]) for r in posts(fake)]
    assert stamps == [int(fake.now().timestamp()) - 120, int(fake.now().timestamp())]
    assert adapter.time_delta() == int(offset)


def test_clock_jump_resyncs_once_and_retries(fake: FakeOvh, adapter: OvhProvider) -> None:
    adapter.check_account()
    fake.clock_offset = 900.0  # our clock jumped (hibernation, NTP): the cached offset is now wrong
    check = adapter.check_account()
    assert check.ok
    assert fake.time_requests == 2
    assert adapter.time_delta() == 900


def test_timestamp_refused_twice_is_transient(fake: FakeOvh, adapter: OvhProvider) -> None:
    out_of_time = Reply(
        400, {"errorCode": "QUERY_TIME_OUT", "httpCode": "400 Bad Request", "message": "Query out of time"}
    )
    fake.scripted += [(lambda r: "/sms/" in r.path, out_of_time)] * 2
    with pytest.raises(TransientError) as caught:
        adapter.send(sms())
    assert caught.value.code == "server_error"
    assert not fake.jobs


def test_fake_rejects_stale_timestamp_and_bad_signature(fake: FakeOvh) -> None:
    url = f"{fake.api_root}/sms/{SERVICE}"
    now = str(int(fake.now().timestamp()))
    stale = str(int(now) - 181)
    good = sign(APPLICATION_SECRET, CONSUMER_KEY, method="GET", url=url, body="", timestamp=now)
    base = {"X-Ovh-Application": APPLICATION_KEY, "X-Ovh-Consumer": CONSUMER_KEY}
    with requests.Session() as session:
        ok = session.get(url, headers={**base, "X-Ovh-Timestamp": now, "X-Ovh-Signature": good}, timeout=2)
        old = session.get(url, headers={**base, "X-Ovh-Timestamp": stale, "X-Ovh-Signature": good}, timeout=2)
        bad = session.get(
            url, headers={**base, "X-Ovh-Timestamp": now, "X-Ovh-Signature": "$1$00"}, timeout=2
        )
    assert ok.status_code == 200
    assert (old.status_code, old.json()["message"]) == (400, "Query out of time")
    assert (bad.status_code, bad.json()["errorCode"]) == (400, "INVALID_SIGNATURE")


# ---------------------------------------------------------------- send
def test_send_posts_the_job_ovh_expects(fake: FakeOvh, adapter: OvhProvider) -> None:
    result = adapter.send(sms(reference="msg-7"))
    body = fake.posted[0]
    assert body == {
        "message": "Bonjour, votre RDV est confirmé le 12/03 à 14h30.",
        "receivers": [TO],
        "sender": "OPTIQUE",
        "noStopClause": True,
        "tag": "msg-7",
        "coding": "7bit",
        "charset": "UTF-8",
        "priority": "high",
        "validityPeriod": 2880,
    }
    raw = posts(fake)[0]
    assert raw.path == f"/1.0/sms/{SERVICE}/jobs"
    assert raw.body.decode() == json.dumps(body, separators=(",", ":"))  # the exact bytes that were signed
    assert raw.headers["content-type"] == "application/json"
    assert result.provider_id == str(next(iter(fake.jobs)))
    assert result.state is DeliveryState.ACCEPTED
    assert (result.cost, result.currency) == (Decimal("1"), "credits")


@pytest.mark.parametrize(
    ("purpose", "no_stop"),
    [(Purpose.TRANSACTIONAL, True), (Purpose.SURVEY, True), (Purpose.PROMOTIONAL, False)],
)
def test_no_stop_clause_only_off_for_promotional(
    fake: FakeOvh, adapter: OvhProvider, purpose: Purpose, no_stop: bool
) -> None:
    adapter.send(sms(purpose=purpose))
    assert fake.posted[0]["noStopClause"] is no_stop
    assert adapter.capabilities.provider_stop_mention


def test_ucs2_text_is_sent_as_8bit(fake: FakeOvh, adapter: OvhProvider) -> None:
    adapter.send(sms("Votre commande est prête ! À bientôt 🙂"))
    assert fake.posted[0]["coding"] == "8bit"
    adapter.send(sms("Votre commande est prete. Merci !"))
    assert fake.posted[1]["coding"] == "7bit"


def test_without_sender_or_with_replies_uses_short_code(fake: FakeOvh, env: ProviderEnv) -> None:
    no_sender = ovh.create(account(fake.api_root, sender=""), SECRETS, env)
    replies = ovh.create(account(fake.api_root, replies="oui"), SECRETS, env)
    try:
        no_sender.send(sms(sender=""))
        replies.send(sms(sender="OPTIQUE"))
    finally:
        no_sender.close()
        replies.close()
    for body in fake.posted:
        assert body["senderForResponse"] is True
        assert "sender" not in body


def test_account_sender_is_used_when_message_has_none(fake: FakeOvh, env: ProviderEnv) -> None:
    provider = ovh.create(account(fake.api_root), SECRETS, env)
    try:
        provider.send(sms(sender=""))
    finally:
        provider.close()
    assert fake.posted[0]["sender"] == "OPTIQUE"


def test_invalid_receiver_is_invalid_number(fake: FakeOvh, adapter: OvhProvider) -> None:
    fake.invalid_numbers.add(TO)
    with pytest.raises(PermanentError) as caught:
        adapter.send(sms())
    assert caught.value.code == "invalid_number"
    assert fake.credits == 100.0


def test_blacklisted_receiver_rejected_is_opted_out(fake: FakeOvh, adapter: OvhProvider) -> None:
    fake.add_to_blacklist(TO)
    with pytest.raises(PermanentError) as caught:
        adapter.send(sms())
    assert caught.value.code == "opted_out"
    assert not caught.value.may_have_been_sent


def test_blacklisted_receiver_accepted_then_ptt23_is_opted_out(fake: FakeOvh, adapter: OvhProvider) -> None:
    fake.blacklist_mode = "ptt23"
    fake.add_to_blacklist(TO)
    result = adapter.send(sms())
    fake.dispatch(int(result.provider_id))
    report = adapter.fetch_status(result.provider_id)
    assert (report.state, report.error_code, report.provider_code) == (
        DeliveryState.FAILED,
        "opted_out",
        "ptt:23",
    )


def test_ptt23_on_a_number_not_blacklisted_is_invalid_number(fake: FakeOvh, adapter: OvhProvider) -> None:
    result = adapter.send(sms())
    fake.set_ptt(int(result.provider_id), 23)
    report = adapter.fetch_status(result.provider_id)
    assert (report.state, report.error_code) == (DeliveryState.FAILED, "invalid_number")


def test_blacklisted_numbers(fake: FakeOvh, adapter: OvhProvider) -> None:
    assert adapter.blacklisted_numbers() == []
    fake.add_to_blacklist("+33700000001")
    fake.add_to_blacklist(TO)
    assert adapter.blacklisted_numbers() == [TO, "+33700000001"]
    assert adapter.is_blacklisted(TO)
    assert not adapter.is_blacklisted("+33699999999")


# ---------------------------------------------------------------- errors
def test_no_credit_is_insufficient_credit(fake: FakeOvh, adapter: OvhProvider) -> None:
    fake.credits = 0.0
    with pytest.raises(PermanentError) as caught:
        adapter.send(sms())
    assert caught.value.code == "insufficient_credit"
    assert caught.value.http_status == 403


def test_unknown_sender_is_sender_refused(fake: FakeOvh, adapter: OvhProvider) -> None:
    with pytest.raises(PermanentError) as caught:
        adapter.send(sms(sender="AUTRE"))
    assert caught.value.code == "sender_refused"


@pytest.mark.parametrize(
    "secrets",
    [
        {"application_secret": "wrong-secret", "consumer_key": CONSUMER_KEY},
        {"application_secret": APPLICATION_SECRET, "consumer_key": "unknown-consumer"},
    ],
)
def test_wrong_credentials_are_auth_failed_without_leaking(
    fake: FakeOvh, env: ProviderEnv, secrets: dict[str, str]
) -> None:
    provider = ovh.create(account(fake.api_root), secrets, env)
    try:
        for call in (provider.check_account, lambda: provider.send(sms())):
            with pytest.raises(PermanentError) as caught:
                call()
            assert caught.value.code == "auth_failed"
            assert all(secret not in str(caught.value) for secret in secrets.values())
    finally:
        provider.close()
    assert not fake.jobs


def test_wrong_application_key_is_auth_failed(fake: FakeOvh, env: ProviderEnv) -> None:
    provider = ovh.create(account(fake.api_root, application_key="nope"), SECRETS, env)
    try:
        with pytest.raises(PermanentError) as caught:
            provider.check_account()
    finally:
        provider.close()
    assert (caught.value.code, caught.value.provider_code) == ("auth_failed", "INVALID_KEY")


def test_call_not_granted_is_auth_failed(fake: FakeOvh, adapter: OvhProvider) -> None:
    fake.not_granted.add(("POST", f"/sms/{SERVICE}/jobs"))
    with pytest.raises(PermanentError) as caught:
        adapter.send(sms())
    assert (caught.value.code, caught.value.provider_code) == ("auth_failed", "NOT_GRANTED_CALL")


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (
            Reply(
                403,
                {
                    "errorCode": "NOT_CREDENTIAL",
                    "httpCode": "403 Forbidden",
                    "message": "This credential does not exist",
                },
            ),
            "auth_failed",
        ),
        (
            Reply(403, {"class": "Client::Forbidden", "message": "This call has not been granted"}),
            "auth_failed",
        ),
        (Reply(400, {"class": "Client::BadRequest", "message": "Invalid signature"}), "auth_failed"),
        (
            Reply(
                400,
                {
                    "class": "Client::BadRequest",
                    "message": "No more quota credit for the user x. Quota available : 0.00. Credit needed : 1",
                },
            ),
            "insufficient_credit",
        ),
        (
            Reply(400, {"class": "Client::BadRequest", "message": "Unknown body parameter sender"}),
            "bad_request",
        ),
        (Reply(409, {"class": "Client::Conflict", "message": "Conflict"}), "bad_request"),
        (Reply(460, {"class": "Client::Gone", "message": "Service expired"}), "bad_request"),
        (Reply(400, "<html>proxy says no</html>"), "bad_request"),
    ],
)
def test_error_bodies_map_to_stable_codes(
    fake: FakeOvh, adapter: OvhProvider, reply: Reply, code: str
) -> None:
    fake.scripted.append((lambda r: r.method == "POST", reply))
    with pytest.raises(PermanentError) as caught:
        adapter.send(sms())
    assert caught.value.code == code
    assert caught.value.http_status == reply.status


def test_error_detail_hides_phone_numbers(fake: FakeOvh, adapter: OvhProvider) -> None:
    reply = Reply(400, {"class": "Client::BadRequest", "message": f"Receiver {TO} is not allowed here"})
    fake.scripted.append((lambda r: r.method == "POST", reply))
    with pytest.raises(PermanentError) as caught:
        adapter.send(sms())
    assert TO not in str(caught.value)
    assert "612345678" not in caught.value.detail


def test_unknown_service_is_not_found(fake: FakeOvh, env: ProviderEnv) -> None:
    provider = ovh.create(account(fake.api_root, service_name="sms-zz99999-1"), SECRETS, env)
    try:
        for call in (
            provider.check_account,
            lambda: provider.send(sms()),
            lambda: provider.fetch_status("12"),
        ):
            with pytest.raises(PermanentError) as caught:
                call()
            assert (caught.value.code, caught.value.detail) == ("not_found", "SMS service not found")
    finally:
        provider.close()


# ---------------------------------------------------------------- faults
def test_hang_after_receipt_is_timeout_that_may_have_been_sent_and_lookup_finds_it(
    fake: FakeOvh, adapter: OvhProvider, clock: FakeClock
) -> None:
    since = clock.now()
    hang_post(fake, Fault.HANG)
    with pytest.raises(TransientError) as caught:
        adapter.send(sms())
    assert (caught.value.code, caught.value.may_have_been_sent) == ("timeout", True)
    [job_id] = fake.jobs
    found = adapter.lookup(sms(), since)
    assert [(r.provider_id, r.state) for r in found] == [(str(job_id), DeliveryState.ACCEPTED)]
    fake.dispatch(job_id)  # now only in outgoing
    found = adapter.lookup(sms(), since)
    assert [(r.provider_id, r.state) for r in found] == [(str(job_id), DeliveryState.SENT)]


def test_hang_on_a_status_read_is_a_timeout_that_sent_nothing(fake: FakeOvh, adapter: OvhProvider) -> None:
    adapter.time_delta()
    fake.faults.append(Fault.HANG)
    with pytest.raises(TransientError) as caught:
        adapter.fetch_status("123")
    assert (caught.value.code, caught.value.may_have_been_sent) == ("timeout", False)


@pytest.mark.parametrize(
    ("fault", "code", "maybe"),
    [
        (Fault.ERROR_500, "server_error", True),
        (Fault.ERROR_503, "server_error", False),
        (Fault.RESET, "connection_error", True),
        (Fault.MALFORMED, "bad_response", True),
    ],
)
def test_send_faults(fake: FakeOvh, adapter: OvhProvider, fault: Fault, code: str, maybe: bool) -> None:
    hang_post(fake, fault)
    with pytest.raises(TransientError) as caught:
        adapter.send(sms())
    assert (caught.value.code, caught.value.may_have_been_sent) == (code, maybe)


def test_malformed_send_answer_is_reconciled(fake: FakeOvh, adapter: OvhProvider, clock: FakeClock) -> None:
    since = clock.now()
    hang_post(fake, Fault.MALFORMED)
    with pytest.raises(TransientError):
        adapter.send(sms())
    assert [r.provider_id for r in adapter.lookup(sms(), since)] == [str(next(iter(fake.jobs)))]


def test_rate_limit_reads_retry_after(fake: FakeOvh, adapter: OvhProvider) -> None:
    hang_post(fake, Fault.RATE_LIMIT)
    with pytest.raises(TransientError) as caught:
        adapter.send(sms())
    assert (caught.value.code, caught.value.retry_after, caught.value.may_have_been_sent) == (
        "rate_limited",
        2.0,
        False,
    )


@pytest.mark.parametrize("fault", [Fault.MALFORMED, Fault.ERROR_503, Fault.RESET_BEFORE])
def test_auth_time_failures_are_transient_and_send_nothing(
    fake: FakeOvh, adapter: OvhProvider, fault: Fault
) -> None:
    fake.faults.append(fault)
    with pytest.raises(TransientError) as caught:
        adapter.send(sms())
    assert not caught.value.may_have_been_sent
    assert not fake.posted
    adapter.send(sms())  # the offset was not cached from a failed read
    assert len(fake.jobs) == 1


def test_malformed_status_answer_is_bad_response(fake: FakeOvh, adapter: OvhProvider) -> None:
    result = adapter.send(sms())
    fake.dispatch(int(result.provider_id))
    fake.faults.append(Fault.MALFORMED)
    with pytest.raises(TransientError) as caught:
        adapter.fetch_status(result.provider_id)
    assert (caught.value.code, caught.value.may_have_been_sent) == ("bad_response", False)


def test_concurrent_sends_share_one_offset(fake: FakeOvh, adapter: OvhProvider) -> None:
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda i: adapter.send(sms(reference=f"m{i}")), range(12)))
    assert len({r.provider_id for r in results}) == 12
    assert fake.time_requests == 1
    assert fake.credits == 88.0


# ---------------------------------------------------------------- fetch_status
def test_status_progression(fake: FakeOvh, adapter: OvhProvider, clock: FakeClock) -> None:
    result = adapter.send(sms())
    message_id = int(result.provider_id)
    queued = adapter.fetch_status(result.provider_id)
    assert (queued.state, queued.segments) == (DeliveryState.ACCEPTED, 1)
    fake.dispatch(message_id)
    sent = adapter.fetch_status(result.provider_id)
    assert (sent.state, sent.provider_code) == (DeliveryState.SENT, "ptt:3")
    clock.advance(30)
    fake.set_ptt(message_id, 4)
    delivered = adapter.fetch_status(result.provider_id)
    assert delivered.state is DeliveryState.DELIVERED
    assert delivered.at == clock.now()
    assert (delivered.segments, delivered.cost) == (1, Decimal("1.0"))


@pytest.mark.parametrize(
    ("ptt", "state", "error"),
    [
        (5, DeliveryState.UNDELIVERED, "undelivered"),
        (8, DeliveryState.EXPIRED, "expired"),
        (6, DeliveryState.UNKNOWN, None),
    ],
)
def test_final_statuses_through_the_fake(
    fake: FakeOvh, adapter: OvhProvider, ptt: int, state: DeliveryState, error: str | None
) -> None:
    result = adapter.send(sms())
    fake.set_ptt(int(result.provider_id), ptt)
    report = adapter.fetch_status(result.provider_id)
    assert (report.state, report.error_code) == (state, error)


@pytest.mark.parametrize(
    ("ptt", "dlr", "state", "error"),
    [
        (None, 0, DeliveryState.SENT, None),
        (1, 4, DeliveryState.SENT, None),
        (2, 8, DeliveryState.SENT, None),
        (3, None, DeliveryState.SENT, None),
        (4, 1, DeliveryState.DELIVERED, None),
        (0, 1, DeliveryState.DELIVERED, None),
        (5, 2, DeliveryState.UNDELIVERED, "undelivered"),
        (24, 4, DeliveryState.SENT, None),
        (24, 2, DeliveryState.UNDELIVERED, "undelivered"),
        (26, 16, DeliveryState.UNDELIVERED, "undelivered"),
        (28, 2, DeliveryState.UNDELIVERED, "undelivered"),
        (21, 1, DeliveryState.UNDELIVERED, "undelivered"),
        (8, 2, DeliveryState.EXPIRED, "expired"),
        (8, 1, DeliveryState.EXPIRED, "expired"),
        (23, 1, DeliveryState.FAILED, "invalid_number"),
        (23, 2, DeliveryState.FAILED, "invalid_number"),
        (6, 0, DeliveryState.UNKNOWN, None),
        (999, 4, DeliveryState.SENT, None),
        (999, 2, DeliveryState.UNDELIVERED, "undelivered"),
    ],
)
def test_status_from_ptt(ptt: int | None, dlr: int | None, state: DeliveryState, error: str | None) -> None:
    assert status_from_ptt(ptt, dlr) == (state, error)


def test_unknown_message_is_not_found(fake: FakeOvh, adapter: OvhProvider) -> None:
    for provider_id in ("999", "not-a-number"):
        with pytest.raises(PermanentError) as caught:
            adapter.fetch_status(provider_id)
        assert caught.value.code == "not_found"


def test_job_leaving_the_queue_between_calls_is_found(fake: FakeOvh, adapter: OvhProvider) -> None:
    result = adapter.send(sms())
    message_id = int(result.provider_id)

    def moved(request: Request) -> bool:
        if request.path.endswith(f"/jobs/{message_id}"):
            fake.dispatch(message_id)  # gone from jobs by the time the fake answers
            return True
        return False

    fake.scripted.append(
        (moved, Reply(404, {"class": "Client::NotFound", "message": "The requested object does not exist"}))
    )
    fake.scripted.append(
        (
            lambda r: r.path.endswith(f"/outgoing/{message_id}"),
            Reply(404, {"class": "Client::NotFound", "message": "x"}),
        )
    )
    assert adapter.fetch_status(result.provider_id).state is DeliveryState.SENT


# ---------------------------------------------------------------- inbound
def test_inbound_first_poll_covers_last_day_and_dedupes(
    fake: FakeOvh, adapter: OvhProvider, clock: FakeClock
) -> None:
    fake.add_incoming("+33600000001", "trop vieux", clock.now() - dt.timedelta(hours=25))
    first = fake.add_incoming("0033600000002", "Oui je confirme", clock.now() - dt.timedelta(hours=2))
    page = adapter.poll_inbound(None)
    assert [(m.provider_id, m.from_number, m.text) for m in page.messages] == [
        (str(first), "+33600000002", "Oui je confirme")
    ]
    assert page.messages[0].received_at == clock.now() - dt.timedelta(hours=2)
    assert page.messages[0].received_at.tzinfo is not None
    again = adapter.poll_inbound(page.cursor)
    assert again.messages == []
    clock.advance(60)
    second = fake.add_incoming("+33600000003", "STOP")
    late = fake.add_incoming("+33600000004", "indexé en retard", clock.now() - dt.timedelta(minutes=3))
    page3 = adapter.poll_inbound(again.cursor)
    assert sorted(m.provider_id for m in page3.messages) == sorted([str(second), str(late)])
    assert adapter.poll_inbound(page3.cursor).messages == []


def test_inbound_is_paged_by_detail_budget(fake: FakeOvh, adapter: OvhProvider, clock: FakeClock) -> None:
    ids = [
        fake.add_incoming(f"+3360000{i:04d}", f"réponse {i}", clock.now() - dt.timedelta(minutes=50 - i))
        for i in range(7)
    ]
    adapter.max_details_per_poll = 3
    seen: list[str] = []
    cursor = None
    for _ in range(4):
        page = adapter.poll_inbound(cursor)
        seen += [m.provider_id for m in page.messages]
        cursor = page.cursor
    assert seen == [str(i) for i in ids]


def test_inbound_cursor_round_trip_and_garbage() -> None:
    at = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
    cursor = InboundCursor(at, {"5": at})
    loaded = InboundCursor.load(cursor.dump())
    assert loaded is not None
    assert (loaded.since, loaded.seen) == (at, {"5": at})
    for garbage in ("", "{", "[]", '{"since": 3}', '{"seen": {}}'):
        assert InboundCursor.load(garbage) is None


def test_inbound_with_garbage_cursor_restarts_from_a_day(
    fake: FakeOvh, adapter: OvhProvider, clock: FakeClock
) -> None:
    fake.add_incoming("+33600000002", "bonjour", clock.now() - dt.timedelta(hours=1))
    assert len(adapter.poll_inbound("not json").messages) == 1


# ---------------------------------------------------------------- lookup
def test_lookup_matches_recipient_text_and_time(
    fake: FakeOvh, adapter: OvhProvider, clock: FakeClock
) -> None:
    since = clock.now()
    result = adapter.send(sms())
    fake.set_ptt(int(result.provider_id), 4)
    assert [(r.provider_id, r.state) for r in adapter.lookup(sms(), since)] == [
        (result.provider_id, DeliveryState.DELIVERED)
    ]
    assert adapter.lookup(sms("Un autre texte"), since) == []
    assert adapter.lookup(sms(to="+33699999999"), since) == []
    assert adapter.lookup(sms(reference="other"), since) == []
    assert adapter.lookup(sms(), since + dt.timedelta(hours=1)) == []


def test_lookup_finds_promotional_message_with_ovh_stop_mention(
    fake: FakeOvh, adapter: OvhProvider, clock: FakeClock
) -> None:
    since = clock.now()
    message = sms("Soldes -20% sur les montures ce week-end", purpose=Purpose.PROMOTIONAL)
    result = adapter.send(message)
    assert adapter.lookup(message, since)[0].provider_id == result.provider_id
    fake.dispatch(int(result.provider_id))
    assert fake.outgoing[int(result.provider_id)]["message"].endswith("STOP au 36180")
    assert adapter.lookup(message, since)[0].provider_id == result.provider_id


def test_lookup_when_nothing_was_sent(fake: FakeOvh, adapter: OvhProvider, clock: FakeClock) -> None:
    hang_post(fake, Fault.HANG_BEFORE)
    with pytest.raises(TransientError):
        adapter.send(sms())
    assert adapter.lookup(sms(), clock.now() - dt.timedelta(minutes=1)) == []


# ---------------------------------------------------------------- account, factory
def test_check_account_reports_credits(fake: FakeOvh, adapter: OvhProvider) -> None:
    before = adapter.check_account()
    assert (before.ok, before.balance, before.balance_unit, before.detail) == (
        True,
        Decimal("100.0"),
        "credits",
        "Optique Martin",
    )
    adapter.send(sms("x" * 200))  # two parts → two credits
    assert adapter.check_account().balance == Decimal("98.0")
    fake.credits = 0.0
    empty = adapter.check_account()
    assert (empty.ok, empty.balance, empty.detail) == (True, Decimal("0.0"), "no credit left")


def test_factory_endpoints_and_base_url(tmp_path: Path, fake: FakeOvh, env: ProviderEnv) -> None:
    for endpoint, root in [
        ("", "https://eu.api.ovh.com/1.0"),
        ("ovh-ca", "https://ca.api.ovh.com/1.0"),
        ("OVH-US", "https://api.us.ovhcloud.com/1.0"),
    ]:
        assert ovh.api_root(account(None, endpoint=endpoint)) == root
    assert ovh.api_root(account("http://127.0.0.1:1/1.0", endpoint="ovh-ca")) == "http://127.0.0.1:1/1.0"
    with pytest.raises(PermanentError) as caught:
        ovh.api_root(account(None, endpoint="ovh-mars"))
    assert caught.value.code == "bad_request"
    with pytest.raises(PermanentError):
        ovh.create(account(None, service_name=""), SECRETS, env)
    provider = registry.create(account(fake.api_root), SECRETS, env)
    try:
        assert isinstance(provider, Provider)
        assert provider.check_account().ok
    finally:
        provider.close()
    with pytest.raises(PermanentError) as missing:
        registry.create(account(fake.api_root), {"application_secret": APPLICATION_SECRET}, env)
    assert missing.value.code == "auth_failed"


def test_base_url_without_the_api_prefix_is_not_found(fake: FakeOvh, env: ProviderEnv) -> None:
    provider = ovh.create(account(fake.base_url), SECRETS, env)  # forgot "/1.0"
    try:
        with pytest.raises(PermanentError) as caught:
            provider.check_account()
    finally:
        provider.close()
    assert (caught.value.code, caught.value.http_status) == ("not_found", 404)


def test_spec_describes_the_fields() -> None:
    spec = registry.spec("ovh")
    assert (spec.key, spec.label) == ("ovh", "OVHcloud")
    assert [f.key for f in spec.secret_fields] == ["application_secret", "consumer_key"]
    assert {f.key for f in spec.option_fields} == {"service_name", "application_key", "endpoint", "replies"}
    assert next(f for f in spec.fields if f.key == "endpoint").default == "ovh-eu"
