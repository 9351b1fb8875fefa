"""The pure checks of an account's values, and testing an account before it is saved (test_values)."""

from __future__ import annotations

import math

import pytest

from desktop import logs
from desktop.core.clock import FakeClock
from desktop.providers.base import Capabilities, FieldSpec, PermanentError, ProviderSpec
from desktop.providers.credentials import SERVICE
from desktop.services import account_checks as checks
from desktop.services.account_checks import AccountError
from desktop.services.accounts import SIMULATOR_NAME, AccountService
from desktop.services.changes import Changes
from tests.conftest import InMemoryKeyring
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.services import accounts_env

published = accounts_env.published  # fixtures shared with the other account tests
service = accounts_env.service

SPEC = ProviderSpec(
    key="demo",
    name="Démo",
    capabilities=Capabilities(
        delivery_status=True,
        inbound_polling=True,
        reconciliation=True,
        balance=False,
        provider_stop_mention=False,
        default_rate_per_second=7.0,
    ),
    fields=(
        FieldSpec("login", "Identifiant"),
        FieldSpec("region", "Région", required=False, default="eu"),
        FieldSpec("token", "Jeton", secret=True),
        FieldSpec("pin", "Code", secret=True, required=False),
    ),
)


def code_of(call: object, *args: object, **kwargs: object) -> str:
    assert callable(call)
    with pytest.raises(AccountError) as caught:
        call(*args, **kwargs)
    return caught.value.code


# ---------------------------------------------------------------------------------------- pure checks


def test_names_are_collapsed_and_bounded() -> None:
    assert checks.check_name("  Boutique   du   centre ") == "Boutique du centre"
    assert checks.check_name("x" * checks.MAX_NAME_LENGTH) == "x" * checks.MAX_NAME_LENGTH
    assert code_of(checks.check_name, " \t ") == "account_name_empty"
    assert code_of(checks.check_name, "x" * (checks.MAX_NAME_LENGTH + 1)) == "account_name_too_long"


def test_sender_empty_is_the_providers_and_blocking_findings_are_refused() -> None:
    assert checks.check_sender("  ") == ""
    assert checks.check_sender(" OPTMARTIN ") == "OPTMARTIN"
    assert checks.check_sender("RDV") == "RDV"  # a warning only: allowed
    assert code_of(checks.check_sender, "06 12 34 56 78") == "sender_french_mobile"
    with pytest.raises(AccountError) as caught:
        checks.check_sender("OPTIQUE-MARTIN-PARIS")
    assert caught.value.params["sender"] == "OPTIQUE-MARTIN-PARIS"


def test_base_url_needs_https_except_on_this_computer() -> None:
    assert checks.check_base_url(None) is None
    assert checks.check_base_url("  ") is None
    assert checks.check_base_url("https://api.example.com/v1/") == "https://api.example.com/v1"
    assert checks.check_base_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert checks.check_base_url("http://localhost/") == "http://localhost"
    for url in ("http://api.example.com", "ftp://example.com", "https://", "example.com"):
        assert code_of(checks.check_base_url, url) == "account_invalid_base_url", url


def test_rate_and_price_bounds() -> None:
    assert checks.check_rate(None, SPEC) == 7.0
    assert checks.check_rate(checks.MAX_RATE, SPEC) == checks.MAX_RATE
    assert checks.check_rate(1, SPEC) == 1.0
    for rate in (0.0, -1.0, math.inf, math.nan, checks.MAX_RATE + 1):
        assert code_of(checks.check_rate, rate, SPEC) == "account_invalid_rate", rate
    assert checks.check_price(None) == 0
    assert checks.check_price(8) == 8
    assert code_of(checks.check_price, -1) == "account_invalid_price"


def test_options_merge_fill_defaults_and_require() -> None:
    assert checks.check_options(SPEC, {}, {"login": " me ", "stop_text": "STOP 36180"}) == {
        "login": "me",
        "region": "eu",
        "stop_text": "STOP 36180",
    }
    current = {"login": "me", "region": "us", "stop_text": "STOP"}
    assert checks.check_options(SPEC, current, {"stop_text": " ", "region": ""}) == {
        "login": "me",
        "region": "eu",  # removed, so the default again
    }
    assert code_of(checks.check_options, SPEC, {}, {"login": "  "}) == "account_field_missing"


def test_secrets_keep_the_specs_own_and_are_registered_for_redaction() -> None:
    given = {"token": "  tok-1234 ", "unknown": "ignored", "pin": ""}
    assert checks.check_secrets(SPEC, given, required=True) == {"token": "tok-1234"}
    assert "tok-1234" not in logs.redact("token tok-1234")
    assert checks.check_secrets(SPEC, {}, required=False) == {}
    with pytest.raises(AccountError) as caught:
        checks.check_secrets(SPEC, {"pin": "1234"}, required=True)
    assert caught.value.code == "account_secret_missing"
    assert caught.value.params == {"field": "Jeton", "provider": "Démo"}


def test_unknown_provider_lists_the_known_ones() -> None:
    assert checks.provider_spec("twilio").key == "twilio"
    with pytest.raises(AccountError) as caught:
        checks.provider_spec("pigeon")
    assert caught.value.code == "account_unknown_provider"
    assert "twilio" in caught.value.params["choices"]


# ---------------------------------------------------------------------------------------- test_values


def _auth_code(call: object, *args: object, **kwargs: object) -> str:
    """The code of a PermanentError (not pytest.raises: a live Twilio error keeps the fake's socket open)."""
    assert callable(call)
    try:
        call(*args, **kwargs)
    except PermanentError as exc:
        return exc.code
    return ""


def test_values_are_tested_without_saving_anything(
    service: AccountService, mem_keyring: InMemoryKeyring, published: list[Changes], fake_clock: FakeClock
) -> None:
    service.list()  # the simulator exists before we start counting
    published.clear()
    options = {"account_sid": ACCOUNT_SID}
    with FakeTwilio(now=fake_clock.now, balance="4.50", currency="EUR") as fake:
        check = service.test_values("twilio", " ", options, {"auth_token": AUTH_TOKEN}, fake.base_url + "/")
        assert check.ok
        assert check.balance is not None
        wrong = {"auth_token": "wrong-token-2"}
        assert _auth_code(service.test_values, "twilio", "", options, wrong, fake.base_url) == "auth_failed"
    assert [a.name for a in service.list()] == [SIMULATOR_NAME]
    assert mem_keyring.entries == {}
    assert published == []
    assert service.test_values("simulator", "Comptoir", {}, {}).ok


def test_values_of_an_edited_account_fall_back_to_its_saved_secrets(
    service: AccountService, mem_keyring: InMemoryKeyring, fake_clock: FakeClock
) -> None:
    options = {"account_sid": ACCOUNT_SID}
    with FakeTwilio(now=fake_clock.now) as fake:
        service.add("twilio", "Boutique", "", options, {"auth_token": AUTH_TOKEN}, base_url=fake.base_url)
        blank = {"auth_token": "  "}
        assert service.test_values("twilio", "", options, blank, fake.base_url, existing_name="Boutique").ok
        typed = {"auth_token": "typed-but-wrong-3"}  # what is typed wins over the saved secret
        code = _auth_code(service.test_values, "twilio", "", options, typed, fake.base_url, "Boutique")
        assert code == "auth_failed"
    assert (
        mem_keyring.entries[(SERVICE, service.secret_owner("Boutique").username("auth_token"))] == AUTH_TOKEN
    )


def test_values_refused_before_any_request(service: AccountService) -> None:
    options = {"account_sid": ACCOUNT_SID}
    token = {"auth_token": AUTH_TOKEN}
    assert code_of(service.test_values, "pigeon", "", {}, {}) == "account_unknown_provider"
    assert code_of(service.test_values, "twilio", "", options, {}) == "account_secret_missing"
    assert code_of(service.test_values, "twilio", "", {}, token) == "account_field_missing"
    bad_url = "http://api.twilio.com"
    assert code_of(service.test_values, "twilio", "", options, token, bad_url) == "account_invalid_base_url"
    missing = code_of(service.test_values, "twilio", "", options, {}, None, "Nulle part")
    assert missing == "account_not_found"
