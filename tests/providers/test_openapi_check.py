"""The OpenAPI request validator the fakes rely on: it must accept good requests and catch bad ones."""

from __future__ import annotations

import pytest

from tests.providers.fake_twilio import ACCOUNT_SID, SPEC_PATH
from tests.providers.openapi_check import OpenApiSpec

MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
MESSAGE = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/SM{'a' * 32}.json"
FORM = "application/x-www-form-urlencoded"
AUTH = "Basic QUM6dG9rZW4="
GOOD = {"To": ["+33612345678"], "From": ["OptiMartin"], "Body": ["Bonjour"]}


@pytest.fixture(scope="module")
def spec() -> OpenApiSpec:
    return OpenApiSpec.load(SPEC_PATH)


def post(
    spec: OpenApiSpec,
    form: dict[str, list[str]],
    path: str = MESSAGES,
    content_type: str = FORM,
    authorization: str = AUTH,
) -> list[str]:
    return spec.validate("POST", path, form=form, content_type=content_type, authorization=authorization)


def test_a_proper_send_conforms(spec: OpenApiSpec) -> None:
    assert post(spec, GOOD) == []
    assert post(spec, {**GOOD, "MediaUrl": ["https://a.example/1.png", "https://a.example/2.png"]}) == []
    assert post(spec, {**GOOD, "SmartEncoded": ["true"], "ValidityPeriod": ["600"]}) == []


def test_lower_case_field_is_caught(spec: OpenApiSpec) -> None:
    form = {"to": ["+33612345678"], "From": ["OptiMartin"], "Body": ["Bonjour"]}
    errors = post(spec, form)
    assert any("body field 'to' is not declared" in e for e in errors)
    assert any("required body field To is missing" in e for e in errors)


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"Reference": ["r-1"]}, "body field 'Reference' is not declared"),
        ({"ContentRetention": ["keep"]}, "'keep' is not one of ['retain', 'discard']"),
        ({"SmartEncoded": ["yes"]}, "'yes' is not true/false"),
        ({"ValidityPeriod": ["ten"]}, "'ten' is not an integer"),
        ({"MessagingServiceSid": ["MG123"]}, "MessagingServiceSid: shorter than 34 characters"),
        ({"To": ["+33612345678", "+33698765432"]}, "To: given 2 times but is not an array"),
    ],
)
def test_bad_fields_are_caught(spec: OpenApiSpec, extra: dict[str, list[str]], expected: str) -> None:
    errors = post(spec, {**GOOD, **extra})
    assert any(expected in e for e in errors), errors


def test_conditional_groups(spec: OpenApiSpec) -> None:
    errors = post(spec, {"To": ["+33612345678"]})
    assert any("one of From, MessagingServiceSid is required" in e for e in errors)
    assert any("one of Body, MediaUrl, ContentSid is required" in e for e in errors)


@pytest.mark.parametrize(
    "path",
    [
        "/2010-04-01/Accounts/ac0123456789abcdef0123456789abcdef/Messages.json",
        "/2010-04-01/Accounts/AC0123/Messages.json",
    ],
)
def test_malformed_account_sid(spec: OpenApiSpec, path: str) -> None:
    errors = post(spec, GOOD, path=path)
    assert any("path parameter AccountSid" in e for e in errors), errors


def test_malformed_message_sid(spec: OpenApiSpec) -> None:
    path = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/XX{'a' * 32}.json"
    errors = spec.validate("GET", path, authorization=AUTH)
    assert any("path parameter Sid: does not match" in e for e in errors)
    assert spec.validate("GET", MESSAGE, authorization=AUTH) == []


def test_request_shape(spec: OpenApiSpec) -> None:
    assert any(
        "content type 'application/json'" in e for e in post(spec, GOOD, content_type="application/json")
    )
    assert spec.validate("PUT", MESSAGES, authorization=AUTH) == [
        "PUT /2010-04-01/Accounts/{AccountSid}/Messages.json: method not declared for this path"
    ]
    assert any("HTTP Basic credentials are missing" in e for e in post(spec, GOOD, authorization=""))
    errors = spec.validate("GET", MESSAGE, form={"Body": [""]}, content_type=FORM, authorization=AUTH)
    assert any("a body is sent but none is declared" in e for e in errors)


def test_query_parameters(spec: OpenApiSpec) -> None:
    query = {"To": ["+33612345678"], "DateSent>": ["2026-11-23"], "PageSize": ["100"], "PageToken": ["PA1"]}
    assert spec.validate("GET", MESSAGES, query=query, authorization=AUTH) == []
    errors = spec.validate(
        "GET", MESSAGES, query={"PageSize": ["1001"], "Status": ["sent"]}, authorization=AUTH
    )
    assert any("PageSize: 1001 is above 1000" in e for e in errors)
    assert any("query parameter 'Status' is not declared" in e for e in errors)
    errors = spec.validate("GET", MESSAGES, query={"Page": ["-1"]}, authorization=AUTH)
    assert any("Page: -1 is below 0" in e for e in errors)


def test_update_uses_its_own_schema(spec: OpenApiSpec) -> None:
    assert post(spec, {"Status": ["canceled"]}, path=MESSAGE) == []
    assert any(
        "'sent' is not one of ['canceled']" in e for e in post(spec, {"Status": ["sent"]}, path=MESSAGE)
    )


def test_undeclared_paths_are_not_judged(spec: OpenApiSpec) -> None:
    balance = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Balance.json"
    assert not spec.covers(balance)
    assert spec.validate("GET", balance) == []
    assert spec.template_for(MESSAGE) == "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"


def test_the_spec_copy_matches_the_shared_contract_when_it_is_beside_the_project() -> None:
    """tests/providers/specs keeps the suite self-contained; it must not drift from ../shared/specs."""
    from pathlib import Path

    copy = Path(__file__).with_name("specs") / "twilio_api_v2010_messages.json"
    shared = Path(__file__).resolve().parents[3] / "shared" / "specs" / "twilio_api_v2010_messages.json"
    if shared.exists():
        assert copy.read_bytes() == shared.read_bytes()
    assert copy.exists()
