"""AccountService: the built-in simulator, add/update/remove rules, secrets only in the keyring, adapters."""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop import logs
from desktop.context import open_context
from desktop.core import catalogue
from desktop.core.clock import FakeClock
from desktop.paths import AppPaths, resolve
from desktop.providers import registry
from desktop.providers.base import PermanentError, TransientError
from desktop.providers.credentials import SERVICE, CredentialStore
from desktop.providers.registry import ProviderEnv
from desktop.providers.simulator import SimulatorProvider
from desktop.services.accounts import SIMULATOR_NAME, AccountError, AccountService
from desktop.services.changes import ChangeHub, Changes
from desktop.storage.db import Database
from desktop.storage.errors import DuplicateError
from desktop.storage.repositories import accounts as repo
from desktop.storage.repositories import settings as settings_repo
from tests.conftest import InMemoryKeyring
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio
from tests.providers.fakeserver import Fault
from tests.services import accounts_env

published = accounts_env.published  # fixtures shared with the other account tests
service = accounts_env.service

SENDER = "OptiMartin"


def add_twilio(
    service: AccountService, name: str = "Twilio", token: str = AUTH_TOKEN, **kwargs: object
) -> object:
    return service.add(
        "twilio",
        name,
        SENDER,
        {"account_sid": ACCOUNT_SID},
        {"auth_token": token},
        **kwargs,  # type: ignore[arg-type]
    )


def names(service: AccountService) -> list[str]:
    return [a.name for a in service.list()]


def defaults(service: AccountService) -> list[str]:
    return [a.name for a in service.list() if a.is_default]


# ---------------------------------------------------------------------------------------- simulator


def test_a_fresh_database_has_the_simulator_as_default(
    service: AccountService, published: list[Changes]
) -> None:
    default = service.default()
    assert default.name == SIMULATOR_NAME
    assert default.provider == "simulator"
    assert default.is_default
    assert names(service) == [SIMULATOR_NAME]
    assert service.fallback() is None
    assert Changes(accounts=True) in published


def test_the_simulator_cannot_be_removed(service: AccountService) -> None:
    with pytest.raises(AccountError) as caught:
        service.remove(SIMULATOR_NAME)
    assert caught.value.code == "account_builtin"
    assert names(service) == [SIMULATOR_NAME]


def test_two_services_on_one_database_create_one_simulator(
    service: AccountService, db: Database, tmp_path: Path
) -> None:
    other = AccountService(db, ChangeHub(), ProviderEnv(data_dir=tmp_path), CredentialStore())
    assert other.default().id == service.default().id
    assert names(service) == [SIMULATOR_NAME]


# ---------------------------------------------------------------------------------------- add


def test_add_stores_secrets_in_the_keyring_only(
    service: AccountService, mem_keyring: InMemoryKeyring, app_paths: AppPaths
) -> None:
    logs.setup(app_paths.log_dir)
    token = "tok" + uuid.uuid4().hex
    account = service.add("twilio", "Twilio", SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": token})
    assert mem_keyring.entries == {(SERVICE, service.secret_owner("Twilio").username("auth_token")): token}
    assert account.options == {"account_sid": ACCOUNT_SID}
    assert "auth_token" not in account.options
    logs.get("providers").warning("a careless line with %s in it", token)
    logs.shutdown()
    files = [p for p in app_paths.data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "comptoir.log" for p in files)
    assert any(p.suffix == ".sqlite3" for p in files)
    for path in files:
        assert token.encode() not in path.read_bytes(), path
    assert "***" in (app_paths.log_dir / "comptoir.log").read_text("utf-8")


def test_a_real_account_replaces_the_simulator_as_default(
    service: AccountService, published: list[Changes]
) -> None:
    service.list()
    published.clear()
    add_twilio(service)
    assert defaults(service) == ["Twilio"]
    assert published == [Changes(accounts=True)]
    add_twilio(service, "Twilio 2")  # the default is no longer the simulator: unchanged
    assert defaults(service) == ["Twilio"]
    add_twilio(service, "Twilio 3", make_default=True)
    assert defaults(service) == ["Twilio 3"]


def test_make_default_false_keeps_the_simulator(service: AccountService) -> None:
    add_twilio(service, make_default=False)
    assert defaults(service) == [SIMULATOR_NAME]
    service.add("simulator", "Démo", "", {}, {})  # another simulator never takes the default
    assert defaults(service) == [SIMULATOR_NAME]


@pytest.mark.parametrize(
    ("kind", "name", "sender", "options", "secrets", "extra", "code"),
    [
        ("sinch", "X", SENDER, {}, {}, {}, "account_unknown_provider"),
        ("twilio", "  ", SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"}, {}, "account_name_empty"),
        ("twilio", "x" * 61, SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"}, {}, "account_name_too_long"),
        ("twilio", "simulateur", SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"}, {}, "account_name_taken"),
        ("twilio", "T", SENDER, {}, {"auth_token": "t0ken"}, {}, "account_field_missing"),
        ("twilio", "T", SENDER, {"account_sid": " "}, {"auth_token": "t0ken"}, {}, "account_field_missing"),
        ("twilio", "T", SENDER, {"account_sid": ACCOUNT_SID}, {}, {}, "account_secret_missing"),
        ("twilio", "T", SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": "  "}, {}, "account_secret_missing"),
        ("twilio", "T", "0612345678", {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"}, {}, "sender_french_mobile"),
        ("twilio", "T", "AB", {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"}, {}, "sender_too_short"),
        ("twilio", "T", "Opti Martin", {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"}, {}, "sender_invalid_chars"),
        (
            "twilio", "T", SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"},
            {"base_url": "http://api.example.com"}, "account_invalid_base_url",
        ),
        (
            "twilio", "T", SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"},
            {"rate_per_second": 0.0}, "account_invalid_rate",
        ),
        (
            "twilio", "T", SENDER, {"account_sid": ACCOUNT_SID}, {"auth_token": "t0ken"},
            {"price_cents_per_segment": -1}, "account_invalid_price",
        ),
    ],
)  # fmt: skip
def test_add_refuses_invalid_accounts_and_writes_nothing(
    service: AccountService,
    mem_keyring: InMemoryKeyring,
    kind: str,
    name: str,
    sender: str,
    options: dict[str, str],
    secrets: dict[str, str],
    extra: dict[str, object],
    code: str,
) -> None:
    with pytest.raises(AccountError) as caught:
        service.add(kind, name, sender, options, secrets, **extra)  # type: ignore[arg-type]
    assert caught.value.code == code
    assert names(service) == [SIMULATOR_NAME]
    assert mem_keyring.entries == {}
    assert "t0ken" not in str(caught.value)


def test_add_accepts_an_empty_sender_and_a_local_or_https_url(service: AccountService) -> None:
    account = service.add(
        "twilio",
        "T",
        "",
        {"account_sid": ACCOUNT_SID},
        {"auth_token": "t0ken"},
        base_url="https://x.example/v1/",
    )
    assert account.sender == ""
    assert account.base_url == "https://x.example/v1"
    assert account.rate_per_second > 0


def test_no_keyring_means_no_account(service: AccountService, db: Database, monkeypatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    service.list()  # the simulator exists
    # mem_keyring's teardown restores the previous backend
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(AccountError) as caught:
        add_twilio(service)
    assert caught.value.code == "keyring_unavailable"
    with db.read() as session:
        assert [a.name for a in repo.list_all(session)] == [SIMULATOR_NAME]


def test_a_database_failure_after_the_keyring_write_removes_the_secrets(
    service: AccountService, mem_keyring: InMemoryKeyring, monkeypatch
) -> None:
    def refuse(*_args: object) -> None:
        raise DuplicateError("UNIQUE constraint failed")

    service.list()
    monkeypatch.setattr(repo, "insert", refuse)
    with pytest.raises(AccountError) as caught:
        add_twilio(service)
    assert caught.value.code == "account_name_taken"
    assert mem_keyring.entries == {}


# ---------------------------------------------------------------------------------------- update, remove


def test_update_changes_values_and_secrets_and_rebuilds_the_adapter(
    service: AccountService, mem_keyring: InMemoryKeyring
) -> None:
    account = service.add("simulator", "Démo", "", {"delivery_delay": "5"}, {})
    first = service.provider(account.id)
    assert service.provider(account.id) is first
    updated = service.update(
        "démo", sender="Comptoir", options={"delivery_delay": "", "stop_text": "STOP au 36180"}
    )
    assert updated.sender == "Comptoir"
    assert updated.options == {"stop_text": "STOP au 36180"}
    assert service.facts(account.id).stop_text == "STOP au 36180"
    assert service.provider(account.id) is not first
    add_twilio(service)
    service.update("Twilio", secrets={"auth_token": "new-token-1"}, rate_per_second=2)
    assert (
        mem_keyring.entries[(SERVICE, service.secret_owner("Twilio").username("auth_token"))] == "new-token-1"
    )
    with pytest.raises(AccountError) as caught:
        service.update("Twilio", options={"account_sid": ""})
    assert caught.value.code == "account_field_missing"


def test_update_restores_the_old_secret_when_the_database_refuses(
    service: AccountService, mem_keyring: InMemoryKeyring, monkeypatch
) -> None:
    add_twilio(service, token="old-token-1")

    def refuse(*_args: object) -> None:
        raise DuplicateError("boom")

    monkeypatch.setattr(repo, "update", refuse)
    with pytest.raises(DuplicateError):
        service.update("Twilio", secrets={"auth_token": "new-token-2"})
    assert (
        mem_keyring.entries[(SERVICE, service.secret_owner("Twilio").username("auth_token"))] == "old-token-1"
    )


def test_remove_deletes_keyring_entries_and_gives_the_default_back(
    service: AccountService, mem_keyring: InMemoryKeyring, published: list[Changes]
) -> None:
    add_twilio(service)
    assert defaults(service) == ["Twilio"]
    published.clear()
    service.remove("Twilio")
    assert mem_keyring.entries == {}
    assert names(service) == [SIMULATOR_NAME]
    assert defaults(service) == [SIMULATOR_NAME]
    assert Changes(accounts=True) in published
    with pytest.raises(AccountError) as caught:
        service.remove("Twilio")
    assert caught.value.code == "account_not_found"


def test_remove_still_works_when_the_keyring_is_gone(service: AccountService, db: Database) -> None:
    add_twilio(service)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    service.remove("Twilio")
    with db.read() as session:
        assert [a.name for a in repo.list_all(session)] == [SIMULATOR_NAME]


# ---------------------------------------------------------------------------------------- default, fallback


def test_default_and_fallback_rules(service: AccountService) -> None:
    add_twilio(service, "A")
    add_twilio(service, "B")
    assert defaults(service) == ["A"]
    with pytest.raises(AccountError) as caught:
        service.set_fallback("A")
    assert caught.value.code == "account_fallback_is_default"
    fallback = service.set_fallback("B")
    assert fallback is not None and fallback.is_fallback
    assert service.fallback() == service.by_name("B")
    service.set_fallback(SIMULATOR_NAME)
    assert [a.name for a in service.list() if a.is_fallback] == [SIMULATOR_NAME]
    service.set_default(SIMULATOR_NAME)  # the fallback becomes the default: no fallback any more
    assert defaults(service) == [SIMULATOR_NAME]
    assert service.fallback() is None
    service.set_fallback("A")
    assert service.set_fallback(None) is None
    assert service.fallback() is None
    service.set_default("b")  # names match ignoring case
    assert defaults(service) == ["B"]
    with pytest.raises(AccountError):
        service.set_default("nobody")


def test_removing_the_fallback_leaves_none(service: AccountService) -> None:
    add_twilio(service, "A")
    add_twilio(service, "B")
    service.set_fallback("B")
    service.remove("B")
    assert service.fallback() is None
    assert defaults(service) == ["A"]


# ---------------------------------------------------------------------------------------- adapters


def test_provider_is_built_once_even_from_many_threads(service: AccountService) -> None:
    account_id = service.default().id
    built: list[object] = []
    barrier = threading.Barrier(6)

    def work() -> None:
        barrier.wait()
        built.append(service.provider(account_id))

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(p) for p in built}) == 1
    assert isinstance(built[0], SimulatorProvider)


def test_provider_without_secrets_in_this_keyring(
    service: AccountService, mem_keyring: InMemoryKeyring
) -> None:
    account = add_twilio(service)
    mem_keyring.entries.clear()  # e.g. the account was created on another desk
    with pytest.raises(PermanentError) as caught:  # what the dispatcher handles: fail the account's messages
        service.provider(account.id)  # type: ignore[attr-defined]
    assert caught.value.code == "auth_failed"
    with pytest.raises(AccountError) as explained:  # what the settings screen and the CLI show
        service.test("Twilio")
    assert explained.value.code == "account_secrets_missing"


def test_provider_when_the_keyring_is_not_usable_is_a_transient_error(
    service: AccountService, monkeypatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    account = add_twilio(service)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(TransientError) as caught:
        service.provider(account.id)  # type: ignore[attr-defined]
    assert caught.value.code == "keyring_unreadable"
    simulator_id = service.by_name(SIMULATOR_NAME).id  # needs no secret: works without any keyring
    assert isinstance(service.provider(simulator_id), SimulatorProvider)


def test_test_checks_credentials_with_the_provider(service: AccountService, fake_clock: FakeClock) -> None:
    with FakeTwilio(now=fake_clock.now) as fake:
        add_twilio(service, "Bon", base_url=fake.base_url)
        add_twilio(service, "Mauvais", token="wrong-token-1", base_url=fake.base_url)
        check = service.test("Bon")
        assert check.ok
        assert check.balance is not None
        code = ""
        try:
            service.test("Mauvais")
        except PermanentError as exc:  # not pytest.raises: a live Twilio error keeps the fake's socket open
            code = exc.code
        assert code == "auth_failed"
    assert service.test(SIMULATOR_NAME).ok


def test_inbound_cursor_round_trip_is_not_published(
    service: AccountService, published: list[Changes]
) -> None:
    account_id = service.default().id
    assert service.inbound_cursor(account_id) is None
    published.clear()
    service.save_inbound_cursor(account_id, "42")
    assert service.inbound_cursor(account_id) == "42"
    assert published == []


def test_log_lines_name_no_secret(service: AccountService, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        add_twilio(service, token="visible-token-9")
        service.remove("Twilio")
    assert "visible-token-9" not in caplog.text


def test_a_test_that_cannot_reach_the_provider_says_to_try_again(
    service: AccountService, fake_clock: FakeClock
) -> None:
    with FakeTwilio(now=fake_clock.now) as fake:
        add_twilio(service, base_url=fake.base_url)
        fake.faults.append(Fault.ERROR_503)
        with pytest.raises(AccountError) as down:
            service.test("Twilio")
        fake.faults.append(Fault.RESET_BEFORE)
        with pytest.raises(AccountError) as reset:
            service.test("Twilio")
    assert down.value.code == "account_test_unavailable"
    assert reset.value.code == "account_test_unreachable"
    text = catalogue.explain(reset.value.code, **reset.value.params)
    assert text.startswith("Twilio n'a pas pu être joint") and "relancez le test" in text
    assert "réessaiera" not in catalogue.explain(down.value.code, **down.value.params)


# ---------------------------------------------------------------------------------------- several databases


def test_two_data_folders_with_accounts_of_the_same_name_keep_their_own_secrets(
    tmp_path: Path, mem_keyring: InMemoryKeyring
) -> None:
    shop, trial = (open_context(resolve(tmp_path / name)) for name in ("shop", "trial"))
    try:
        mine = shop.accounts.add("brevo", "Boutique", SENDER, {}, {"api_key": "xkeysib-shop-secret-1"})
        trial.accounts.add("brevo", "Boutique", SENDER, {}, {"api_key": "xkeysib-trial-secret-2"})
        assert len(mem_keyring.entries) == 2  # one each: the second did not overwrite the first

        trial.accounts.remove("Boutique")

        assert shop.accounts.provider(mine.id) is not None  # the shop's secret is still there
        assert list(mem_keyring.entries.values()) == ["xkeysib-shop-secret-1"]
    finally:
        shop.close()
        trial.close()


def test_an_older_versions_secret_is_moved_under_the_databases_name_on_first_use(
    service: AccountService, mem_keyring: InMemoryKeyring, db: Database
) -> None:
    account = service.add("brevo", "Boutique", SENDER, {}, {"api_key": "xkeysib-legacy-secret-3"})
    service.close()
    mem_keyring.entries.clear()  # as an older version left it: named after the account alone
    mem_keyring.entries[(SERVICE, "Boutique:api_key")] = "xkeysib-legacy-secret-3"

    assert service.provider(account.id) is not None

    assert mem_keyring.entries == {
        (SERVICE, service.secret_owner("Boutique").username("api_key")): "xkeysib-legacy-secret-3"
    }
    with db.read() as session:
        assert settings_repo.database_id(session) == service.secret_owner("Boutique").database_id


def test_without_a_price_an_account_takes_its_provider_s_estimate(service: AccountService) -> None:
    add_twilio(service)
    account = service.by_name("Twilio")
    assert account.price_cents_per_segment == registry.spec("twilio").price_estimate_cents_fr > 0
    own = service.add("brevo", "Brevo", "", {}, {"api_key": "xkeysib-123"}, price_cents_per_segment=4)
    assert own.price_cents_per_segment == 4  # the owner's price wins
    simulator = service.by_name(SIMULATOR_NAME)
    assert simulator.price_cents_per_segment == registry.spec("simulator").price_estimate_cents_fr
