"""The fake servers themselves: a request the client did not finish sending is never handled (as with a
real server), so a dispatcher killed mid-request cannot show up as a malformed request; a held request waits
for the test's decision."""

from __future__ import annotations

import base64
import socket
import threading
from urllib.parse import urlsplit

import pytest
import requests

from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio


def test_a_request_cut_off_mid_body_is_not_handled() -> None:
    with FakeTwilio() as fake:
        address = urlsplit(fake.base_url)
        body = b"To=%2B33612345678&From=BOUTIQUE&Body=Bonjour"
        credentials = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
        head = (
            f"POST /2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json HTTP/1.1\r\n"
            f"Host: {address.netloc}\r\nAuthorization: Basic {credentials}\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode()
        with socket.create_connection((address.hostname, address.port), timeout=5) as client:
            client.sendall(head + body[:10])  # then the client dies
        with socket.create_connection((address.hostname, address.port), timeout=5) as client:
            client.sendall(head + body)  # a whole request, for comparison
            assert client.recv(4096).startswith(b"HTTP/1.")
        assert len(fake.requests) == 1
        assert fake.violations == []
        assert [m["to"] for m in fake.outbound()] == ["+33612345678"]


def _post(fake: FakeTwilio, to: str) -> dict[str, object]:
    response = requests.post(
        f"{fake.base_url}/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json",
        data={"To": to, "From": "BOUTIQUE", "Body": "Bonjour"},
        auth=(ACCOUNT_SID, AUTH_TOKEN),
        timeout=10,
    )
    return {"status": response.status_code}


def test_a_held_request_waits_for_the_test_then_goes_through() -> None:
    with FakeTwilio() as fake:
        fake.hold = lambda request: request.method == "POST"
        answers: list[dict[str, object]] = []
        client = threading.Thread(target=lambda: answers.append(_post(fake, "+33612345678")))
        client.start()
        held = fake.wait_held(1, timeout=5)
        assert [r.form()["To"] for r in held] == [["+33612345678"]]
        assert answers == [] and fake.outbound() == []  # nothing handled while it is held
        fake.release()
        client.join(5)
        assert answers == [{"status": 201}]
        assert [m["to"] for m in fake.outbound()] == ["+33612345678"]


def test_held_requests_are_settled_as_taken_or_lost_without_an_answer() -> None:
    with FakeTwilio() as fake:
        fake.hold = lambda request: request.method == "POST"
        failures: list[type[BaseException]] = []

        def send(to: str) -> None:
            try:
                _post(fake, to)
            except requests.RequestException as exc:
                failures.append(type(exc))

        clients = [threading.Thread(target=send, args=(to,)) for to in ("+33612345601", "+33612345602")]
        for client in clients:
            client.start()
        fake.wait_held(2, timeout=5)
        taken, lost = fake.settle(lambda request: request.form()["To"] == ["+33612345601"])
        for client in clients:
            client.join(5)
        assert [r.form()["To"] for r in taken] == [["+33612345601"]]
        assert [r.form()["To"] for r in lost] == [["+33612345602"]]
        assert [m["to"] for m in fake.outbound()] == ["+33612345601"]  # the provider kept the taken one
        assert len(failures) == 2  # neither client got an answer


def test_waiting_for_a_held_request_that_never_comes_times_out() -> None:
    with FakeTwilio() as fake, pytest.raises(TimeoutError):
        fake.wait_held(1, timeout=0.05)
