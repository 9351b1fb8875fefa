"""The gate every outgoing message goes through: addressees (a client or a bare number), variables per
addressee, kinds, links, idempotency, schedule, STOP mention from the account's static facts, refusals with
their reasons and positions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring.errors
import pytest

from desktop.context import AppContext, open_context
from desktop.core import catalogue
from desktop.core.catalogue.compliance import explain_finding
from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    MessageKind,
    MessageStatus,
    Purpose,
)
from desktop.core.phones import hash_number
from desktop.core.stop import DEFAULT_STOP_TEXT
from desktop.paths import resolve
from desktop.providers.base import ProviderError
from desktop.services.outbox import OutboxService
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, GateError, SendRequest
from desktop.settings import Business, Settings
from desktop.storage.repositories import consent as consent_repo
from tests.conftest import InMemoryKeyring
from tests.services.dispatch_fakes import FakeAccounts, ScriptedProvider

TUESDAY_10H = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # Tuesday 24 Nov, 10:00 in Paris
SUNDAY_22H = dt.datetime(2026, 11, 29, 21, 0, tzinfo=dt.UTC)  # Sunday 29 Nov, 22:00 in Paris
MONDAY_8H = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)
STOP = "STOP au 36180"
REMINDER = "Bonjour {prenom|Madame, Monsieur}, RDV {date_rdv} à {heure_rdv} avec {praticien}, {lieu}."

S = MessageStatus


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TUESDAY_10H)


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock, mem_keyring: InMemoryKeyring) -> Iterator[AppContext]:
    context = open_context(resolve(tmp_path / "data"), clock)
    context.settings.save(
        Settings(
            business=Business(name="Optique Martin", address="8 rue Victor Hugo, Lyon", phone="0478123456")
        )
    )
    context.accounts.update(
        context.accounts.default().name, price_cents_per_segment=7, options={"stop_text": STOP}
    )
    yield context
    context.close()


def _client(
    ctx: AppContext, first: str = "Claire", mobile: str = "06 12 34 56 78", *, promotions: bool = False
) -> int:
    client_id = ctx.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))
    if promotions:
        ctx.clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM
        )
    return client_id


def _request(
    body: str, *addressees: Addressee, purpose: Purpose = Purpose.TRANSACTIONAL, **more: Any
) -> SendRequest:
    return SendRequest(body, purpose, addressees, **more)


# ---------------------------------------------------------------------------------------- addressees


def test_a_number_of_nobody_gets_a_transactional_message_with_the_business_values(ctx: AppContext) -> None:
    outcome = ctx.gate.send(
        _request(
            "Bonjour {prenom|Madame, Monsieur}, {boutique} : c'est prêt.", Addressee(number="07 81 23 45 67")
        )
    )

    (message,) = outcome.queued
    assert (message.to, message.client_id, message.kind) == ("+33781234567", None, MessageKind.MANUAL)
    assert message.body == "Bonjour Madame, Monsieur, Optique Martin : c'est prêt."
    assert (message.segments, message.cost_cents, message.status) == (1, 7, S.QUEUED)


def test_a_number_of_nobody_never_gets_a_promotion_nor_a_clients_variable(ctx: AppContext) -> None:
    nobody = Addressee(number="+33781234567")
    promotion = ctx.gate.send(_request("-20 % chez {boutique}", nobody, purpose=Purpose.PROMOTIONAL))
    first_name = ctx.gate.send(_request("Bonjour {prenom}", nobody))

    assert [r.code for r in promotion.checked[0].reasons] == ["promotion_not_a_client"]
    (missing,) = first_name.checked[0].reasons
    assert (missing.code, missing.params["name"], missing.params["position"]) == (
        "variable_no_client",
        "prenom",
        "8",
    )
    assert explain_finding(missing, "fr").endswith("(caractère 9)")
    assert ctx.outbox.count() == 0


def test_a_number_that_is_a_clients_uses_the_card_consent_and_all(ctx: AppContext) -> None:
    claire = _client(ctx, promotions=True)
    outcome = ctx.gate.send(
        _request(
            "Bonjour {prenom}, -10 % chez {boutique}",
            Addressee(number="+33 6 12 34 56 78"),
            purpose=Purpose.PROMOTIONAL,
        )
    )

    (message,) = outcome.queued
    assert (message.client_id, message.body) == (claire, f"Bonjour Claire, -10 % chez Optique Martin\n{STOP}")


@pytest.mark.parametrize(
    ("number", "code"),
    [("12", "too_short"), ("bonjour", "not_a_number"), ("01 42 68 53 00", "landline"), ("", "empty")],
)
def test_a_number_no_sms_can_reach_is_refused_and_the_others_still_go(
    ctx: AppContext, number: str, code: str
) -> None:
    outcome = ctx.gate.send(_request("Bonjour", Addressee(number=number), Addressee(number="0698765432")))

    (refused,) = outcome.refused
    assert (refused.index, [r.code for r in refused.reasons], refused.verdict) == (0, [code], None)
    assert catalogue.has(code)
    assert [m.to for m in outcome.queued] == ["+33698765432"]


def test_non_french_numbers_are_left_to_the_provider(ctx: AppContext) -> None:
    assert ctx.gate.send(_request("Hello", Addressee(number="+15005550006"))).queued[0].to == "+15005550006"


def test_an_unknown_client_is_refused_and_an_addressee_is_one_or_the_other(ctx: AppContext) -> None:
    (refused,) = ctx.gate.send(_request("Bonjour", Addressee(client_id=999))).refused
    assert [r.code for r in refused.reasons] == ["send_unknown_client"]
    with pytest.raises(ValueError):
        Addressee(client_id=1, number="0612345678")
    with pytest.raises(GateError) as caught:
        ctx.gate.send(_request("Bonjour"))
    assert caught.value.code == "send_no_addressee"


# ---------------------------------------------------------------------------------------- variables, kinds, links


def test_each_addressee_gets_its_own_values_and_links(ctx: AppContext) -> None:
    claire, paul = _client(ctx), _client(ctx, "Paul", "06 12 34 56 79")
    ctx.clients.update(paul, ClientDraft(first_name="", last_name="Martin", mobile="06 12 34 56 79"))
    appointment = {"date_rdv": "mardi 1er décembre", "heure_rdv": "14h30", "praticien": "Dr Bernard"}
    request = _request(
        REMINDER,
        Addressee(client_id=claire, values={**appointment, "lieu": "cabinet A"}, idempotency_key="rdv-1-j1"),
        Addressee(client_id=paul, values={**appointment, "lieu": "cabinet B"}, idempotency_key="rdv-2-j1"),
        kind=MessageKind.REMINDER,
    )

    first = ctx.gate.send(request)

    assert [m.body for m in first.queued] == [
        "Bonjour Claire, RDV mardi 1er décembre à 14h30 avec Dr Bernard, cabinet A.",
        "Bonjour Madame, Monsieur, RDV mardi 1er décembre à 14h30 avec Dr Bernard, cabinet B.",
    ]
    assert {m.kind for m in first.queued} == {MessageKind.REMINDER}
    again = ctx.gate.send(request)  # a reminder is never queued twice
    assert [m.id for m in again.queued] == [m.id for m in first.queued]
    assert [c.existing_id for c in again.checked] == [m.id for m in first.queued]
    assert ctx.outbox.count() == 2


def test_a_clients_name_is_written_plain_only_for_the_addressee_that_asked_and_only_in_its_message(
    ctx: AppContext,
) -> None:
    francois = _client(ctx, "François", "06 12 34 56 78")
    body = (
        "Bonjour {prenom}, {praticien} vous attend demain à la boutique {boutique}. Merci de prévenir en cas "
        "d'absence."
    )
    own = {"praticien": "Mme Françoise Lœw"}  # the sender's value: never respelled

    outcome = ctx.gate.send(
        _request(
            body,
            Addressee(client_id=francois, values=own, plain_names=True, idempotency_key="a"),
            Addressee(number="06 12 34 56 78", values={"praticien": "M. Noël"}, idempotency_key="b"),
        )
    )

    asked, not_asked = outcome.checked
    assert asked.verdict is not None and not_asked.verdict is not None
    # The sender's « ç » and « œ » need the wider alphabet anyway: respelling the name would save nothing.
    assert asked.verdict.plain_names is None
    assert asked.verdict.text.startswith("Bonjour François, Mme Françoise Lœw vous attend")
    assert not_asked.verdict.plain_names is None and "M. Noël" in not_asked.verdict.text

    plain_body = body.replace("{praticien}", "votre opticien")
    outcome = ctx.gate.send(
        _request(
            plain_body,
            Addressee(client_id=francois, plain_names=True, idempotency_key="c"),
            Addressee(number="+33612345678", idempotency_key="d"),
        )
    )

    first, second = outcome.queued
    assert first.body.startswith("Bonjour Francois, votre opticien vous attend demain à la boutique")
    assert (first.segments, first.cost_cents) == (1, 7)
    assert second.body.startswith("Bonjour François,") and second.segments == 2
    codes = [f.code for f in outcome.checked[1].verdict.findings] if outcome.checked[1].verdict else []
    assert "plain_names_proposed" in codes  # an automatic sender that did not ask: said, not applied
    assert ctx.clients.get(francois).first_name == "François"


def test_values_nobody_gave_and_values_given_empty_have_their_own_reasons(ctx: AppContext) -> None:
    claire = _client(ctx)
    nothing = ctx.gate.send(_request(REMINDER, Addressee(client_id=claire), kind=MessageKind.REMINDER))
    empty = ctx.gate.send(
        _request(
            "RDV {date_rdv} avec {praticien}.",
            Addressee(client_id=claire, values={"date_rdv": "demain", "praticien": " "}),
        )
    )

    assert [(r.code, r.params["name"]) for r in nothing.checked[0].reasons] == [
        ("compose_variable_unavailable", "date_rdv"),
        ("compose_variable_unavailable", "heure_rdv"),
        ("compose_variable_unavailable", "praticien"),
        ("compose_variable_unavailable", "lieu"),
    ]
    (blank,) = empty.checked[0].reasons
    assert (blank.code, blank.params["position"]) == (
        "variable_empty",
        "20",
    )  # "RDV {date_rdv} avec " before it
    assert ctx.outbox.count() == 0


def test_links_kind_and_campaign_are_stored_with_the_message(ctx: AppContext) -> None:
    claire = _client(ctx, promotions=True)
    request = _request(
        "Nouvelle collection chez {boutique} !",
        Addressee(client_id=claire, order_id=None),
        purpose=Purpose.PROMOTIONAL,
        kind=MessageKind.CAMPAIGN,
    )
    (message,) = ctx.gate.send(request).queued
    stored = ctx.outbox.get(message.id)
    assert (stored.kind, stored.purpose, stored.client_id) == (
        MessageKind.CAMPAIGN,
        Purpose.PROMOTIONAL,
        claire,
    )


def test_body_problems_refuse_everyone_with_their_positions(ctx: AppContext) -> None:
    claire = _client(ctx)
    outcome = ctx.gate.send(_request("Bonjour {prenon}, {", Addressee(client_id=claire)))

    (checked,) = outcome.refused
    assert [(r.code, r.params["position"]) for r in checked.reasons] == [
        ("unknown_variable", "8"),
        ("unbalanced_open", "18"),
    ]
    assert checked.verdict is not None and checked.verdict.text == "Bonjour {prenon}, {"
    assert [r.code for r in ctx.gate.send(_request(" ", Addressee(client_id=claire))).checked[0].reasons] == [
        "empty_body"
    ]


# ---------------------------------------------------------------------------------------- the rules


def test_a_sunday_evening_promotion_is_stored_deferred_with_its_departure(
    ctx: AppContext, clock: FakeClock
) -> None:
    clock.set(SUNDAY_22H)
    claire = _client(ctx, promotions=True)

    outcome = ctx.gate.send(
        _request("-10 % chez {boutique}", Addressee(client_id=claire), purpose=Purpose.PROMOTIONAL)
    )

    (checked,) = outcome.checked
    assert checked.departure == MONDAY_8H
    message = ctx.outbox.get(outcome.queued[0].id)
    assert (message.status, message.due_at) == (S.DEFERRED, MONDAY_8H)
    assert [h.status for h in message.history] == [S.DEFERRED]


def test_a_scheduled_moment_is_kept_and_a_past_one_refused(ctx: AppContext, clock: FakeClock) -> None:
    claire = _client(ctx)
    tomorrow = TUESDAY_10H + dt.timedelta(days=1)
    (message,) = ctx.gate.send(_request("Bonjour", Addressee(client_id=claire), at=tomorrow)).queued

    assert (message.status, message.due_at) == (S.QUEUED, tomorrow)
    with pytest.raises(GateError) as caught:
        ctx.gate.send(
            _request("Bonjour", Addressee(client_id=claire), at=TUESDAY_10H - dt.timedelta(hours=1))
        )
    assert caught.value.code == "compose_schedule_past"
    with pytest.raises(ValueError):
        ctx.gate.send(_request("Bonjour", Addressee(client_id=claire), at=dt.datetime(2026, 12, 1, 10, 0)))


def test_polite_waits_for_courtesy_hours_urgent_does_not(ctx: AppContext, clock: FakeClock) -> None:
    clock.set(dt.datetime(2026, 11, 24, 21, 30, tzinfo=dt.UTC))  # Tuesday 22:30 in Paris
    claire = _client(ctx)
    (polite,) = ctx.gate.send(_request("Vos lunettes", Addressee(client_id=claire), polite=True)).queued
    (urgent,) = ctx.gate.send(_request("Vos lunettes", Addressee(client_id=claire), urgent=True)).queued

    assert polite.due_at == dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)
    assert (urgent.due_at, urgent.status) == (clock.now(), S.QUEUED)  # and the same text twice: urgent


def test_a_reminder_respects_stop_rappel_and_an_opt_out_confirmation_reaches_an_opted_out_number(
    ctx: AppContext,
) -> None:
    claire = _client(ctx)
    with ctx.db.session() as session:
        consent_repo.suppress(session, hash_number("+33612345678"), "reminders", "sms_reply", TUESDAY_10H)
        consent_repo.suppress(session, hash_number("+33698765432"), "all", "sms_reply", TUESDAY_10H)
    reminder = ctx.gate.send(_request("RDV demain", Addressee(client_id=claire), kind=MessageKind.REMINDER))
    manual = ctx.gate.send(_request("Vos lunettes sont prêtes", Addressee(client_id=claire)))
    confirmation = ctx.gate.send(
        _request(
            "Vous ne recevrez plus nos SMS.",
            Addressee(number="0698765432"),
            kind=MessageKind.OPT_OUT_CONFIRMATION,
        )
    )
    other = ctx.gate.send(_request("Bonjour", Addressee(number="0698765432")))

    (stopped,) = reminder.checked[0].reasons
    assert (stopped.code, stopped.params["scope"]) == ("recipient_opted_out", "reminders")
    assert manual.queued and confirmation.queued
    assert confirmation.queued[0].kind is MessageKind.OPT_OUT_CONFIRMATION
    assert [r.code for r in other.checked[0].reasons] == ["recipient_opted_out"]


def test_a_review_request_waits_for_the_last_one(ctx: AppContext, clock: FakeClock) -> None:
    ctx.settings.save(
        Settings(business=Business(name="Optique Martin", review_link="https://g.page/r/x/review"))
    )
    claire = _client(ctx)
    body = "Votre avis nous aide : {lien_avis}"
    assert ctx.gate.send(_request(body, Addressee(client_id=claire), kind=MessageKind.REVIEW_REQUEST)).queued
    clock.advance(30 * 86400)

    again = ctx.gate.send(
        _request("Un avis ? {lien_avis}", Addressee(client_id=claire), kind=MessageKind.REVIEW_REQUEST)
    )

    assert [r.code for r in again.checked[0].reasons] == ["review_too_soon"]


def test_bare_numbers_count_for_duplicates_too(ctx: AppContext) -> None:
    nobody = Addressee(number="0781234567")
    assert ctx.gate.send(_request("Nos horaires : 9h-19h.", nobody, kind=MessageKind.AUTO_REPLY)).queued

    second = ctx.gate.send(_request("Nos horaires : 9h-19h.", nobody, kind=MessageKind.AUTO_REPLY))

    assert [r.code for r in second.checked[0].reasons] == ["duplicate_today"]


# ---------------------------------------------------------------------------------------- the account


def test_the_stop_mention_is_the_accounts_or_the_default(ctx: AppContext) -> None:
    claire = _client(ctx, promotions=True)
    body = "y" * 150  # 150 alone fits in one SMS: the mention makes two
    (message,) = ctx.gate.send(
        _request(body, Addressee(client_id=claire), purpose=Purpose.PROMOTIONAL)
    ).queued
    assert (message.body, message.segments, message.cost_cents) == (f"{body}\n{STOP}", 2, 14)

    ctx.accounts.update(ctx.accounts.default().name, options={"stop_text": ""})
    paul = _client(ctx, "Paul", "0612345679", promotions=True)
    (default,) = ctx.gate.send(
        _request("Promo", Addressee(client_id=paul), purpose=Purpose.PROMOTIONAL)
    ).queued
    assert default.body == f"Promo\n{DEFAULT_STOP_TEXT}"


def _locked(backend: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(backend, "get_password", locked)


def test_a_provider_that_appends_its_own_mention_gets_none_even_with_a_locked_keyring(
    ctx: AppContext, mem_keyring: InMemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The capabilities are static: the keyring being locked changes nothing to the text (it used to make
    the outbox add its own mention to an OVH promotion, which OVH then doubled)."""
    ovh = ctx.accounts.add(
        "ovh", "OVH", "OPTMARTIN", {"service_name": "sms-xx1-1", "application_key": "ak"},
        {"application_secret": "as", "consumer_key": "ck"}, make_default=False,
    )  # fmt: skip
    twilio = ctx.accounts.add(
        "twilio", "Twilio", "OPTMARTIN", {"account_sid": "AC" + "0" * 32}, {"auth_token": "t" * 32},
        make_default=False,
    )  # fmt: skip
    claire = _client(ctx, promotions=True)
    _locked(mem_keyring, monkeypatch)
    with pytest.raises(ProviderError):
        ctx.accounts.provider(ovh.id)  # the adapter cannot be built now

    through_ovh = ctx.gate.send(
        _request(
            "-10 % chez {boutique}",
            Addressee(client_id=claire),
            purpose=Purpose.PROMOTIONAL,
            account_id=ovh.id,
        )
    )
    through_twilio = ctx.gate.send(
        _request("-20 % chez {boutique}", Addressee(client_id=claire), purpose=Purpose.PROMOTIONAL,
                 account_id=twilio.id, at=TUESDAY_10H + dt.timedelta(days=8))
    )  # fmt: skip

    assert through_ovh.queued[0].body == "-10 % chez Optique Martin"
    assert through_twilio.queued[0].body == f"-20 % chez Optique Martin\n{DEFAULT_STOP_TEXT}"


def test_a_text_longer_than_the_provider_takes_is_refused(db: Any, fake_clock: FakeClock) -> None:
    accounts = FakeAccounts(db)
    accounts.add("Principal", ScriptedProvider(fake_clock), default=True)
    gate = Gate(db, OutboxService(db, _hub(), fake_clock), accounts, Settings, fake_clock)

    outcome = gate.send(_request("x" * 1601, Addressee(number="0612345678")))

    assert [r.code for r in outcome.checked[0].reasons] == ["message_too_long"]


def test_the_account_is_read_once_for_a_request_of_any_size(
    db: Any, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts = FakeAccounts(db)
    accounts.add("Principal", ScriptedProvider(fake_clock), default=True)
    calls: list[str] = []
    for name in ("get", "default", "facts", "provider"):
        original = getattr(accounts, name)

        def counted(*args: object, _name: str = name, _original: Any = original) -> object:
            calls.append(_name)
            return _original(*args)

        monkeypatch.setattr(accounts, name, counted)
    gate = Gate(db, OutboxService(db, _hub(), fake_clock), accounts, Settings, fake_clock)
    addressees = tuple(Addressee(number=f"+3361234{n:04d}", values={"commande": str(n)}) for n in range(40))

    outcome = gate.send(_request("Commande {commande} prête", *addressees))

    assert [m.body for m in outcome.queued] == [f"Commande {n} prête" for n in range(40)]
    assert sorted(calls) == ["default", "facts"]  # never the adapter (nor the keyring behind it)


def _hub() -> Any:
    from desktop.services.changes import ChangeHub

    return ChangeHub()


def test_an_addressees_counters_keep_every_other_fact_of_the_recipient() -> None:
    """recipient_at is built field by field for speed: a fact added to Recipient must not get lost there."""
    from zoneinfo import ZoneInfo

    from desktop.core import compliance
    from desktop.services.sending.facts import Person

    values: dict[str, Any] = {}
    for f in dataclasses.fields(compliance.Recipient):
        default = f.default
        values[f.name] = {
            str: "+33612345678",
            bool: not default,
            int: 0,
            frozenset: frozenset({"reminders"}),
        }.get(type(default), default)
    values.update(
        e164="+33612345678", region="RE", subdiv="974", promotional_consent=ConsentState.GRANTED,
        transactional_consent=ConsentState.WITHDRAWN, number_status="unreachable",
        last_review_request=TUESDAY_10H,
    )  # fmt: skip
    recipient = compliance.Recipient(**values)
    moments = (TUESDAY_10H - dt.timedelta(days=1),)
    person = Person(None, recipient, moments, ((TUESDAY_10H, "Bonjour"),), ZoneInfo("Indian/Reunion"))

    found = person.recipient_at(TUESDAY_10H, "Bonjour")

    expected = dataclasses.replace(
        recipient, promotional_sent_7d=1, promotional_sent_30d=1, identical_sent_today=1
    )
    assert found == expected
