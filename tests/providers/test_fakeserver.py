"""The fake servers themselves: a request the client did not finish sending is never handled (as with a
real server), so a dispatcher killed mid-request cannot show up as a malformed request."""

from __future__ import annotations

import base64
import socket
from urllib.parse import urlsplit

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
