"""The composer's service: exact text per recipient, figures, cost, compliance findings, queuing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.context import AppContext, open_context
from desktop.core.catalogue.compliance import explain_finding
from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    MessageStatus,
    Purpose,
)
from desktop.paths import resolve
from desktop.services.changes import Changes
from desktop.services.compose import ComposeError, ComposeService, SendMode
from desktop.services.sending.facts import most_in_window
from desktop.services.sending.gate import Gate
from desktop.settings import Business, Settings
from desktop.storage.repositories import conversation as conversation_repo
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import messages as messages_repo

PARIS_SATURDAY_21H = dt.datetime(2026, 11, 28, 20, 0, tzinfo=dt.UTC)  # Saturday 28 Nov, 21:00 in Paris
MONDAY_8H = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)  # Monday 30 Nov, 08:00 in Paris
TUESDAY_10H = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # Tuesday 24 Nov, 10:00 in Paris
STOP = "STOP au 36180"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TUESDAY_10H)


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    paths = resolve(tmp_path / "data")
    context = open_context(paths, clock)
    context.settings.save(
        Settings(
            business=Business(name="Optique Martin", address="8 rue Victor Hugo, Lyon", phone="+33478123456")
        )
    )
    context.accounts.update(
        context.accounts.default().name, price_cents_per_segment=7, options={"stop_text": STOP}
    )
    yield context
    context.close()


@pytest.fixture
def service(ctx: AppContext, clock: FakeClock) -> ComposeService:
    gate = Gate(ctx.db, ctx.outbox, ctx.accounts, ctx.settings.get, clock)
    return ComposeService(ctx.db, ctx.hub, gate, ctx.settings, clock)


def _client(
    ctx: AppContext, first: str, mobile: str, *, promotions: bool = False, last: str = "Martin"
) -> int:
    client_id = ctx.clients.create(ClientDraft(first_name=first, last_name=last, mobile=mobile))
    if promotions:
        ctx.clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM
        )
    return client_id


# ---------------------------------------------------------------------------------------- figures


def test_gsm7_text_gives_exact_text_figures_and_cost(ctx: AppContext, service: ComposeService) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")

    preview = service.prepare(
        [claire], "Bonjour {prenom}, vos lunettes vous attendent chez {boutique}.", "transactional"
    )

    (r,) = preview.recipients
    assert r.text == "Bonjour Claire, vos lunettes vous attendent chez Optique Martin."
    assert (r.analysis.encoding, r.analysis.characters, r.analysis.segments) == ("GSM-7", len(r.text), 1)
    assert r.cost_cents == 7
    assert r.findings == ()
    assert (preview.total_segments, preview.total_cost_cents, preview.blocker) == (1, 7, None)


def test_unicode_text_gives_ucs2_figures_and_the_cost_of_each_segment(
    ctx: AppContext, service: ComposeService
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    body = "Bonjour {prenom}, vos lunettes sont prêtes ; nous vous attendons avec plaisir à la boutique."

    (r,) = service.prepare([claire], body, Purpose.TRANSACTIONAL).recipients

    assert r.analysis.encoding == "UCS-2"
    assert r.analysis.non_gsm == ("ê",)
    assert r.analysis.units == len(r.text) > 70
    assert (r.analysis.segments, r.cost_cents) == (2, 14)
    assert [f.code for f in r.findings] == ["encoding_unicode", "multi_segment"]


def test_cost_for_one_and_for_all_counts_only_those_who_receive_it(
    ctx: AppContext, service: ComposeService
) -> None:
    ids = [_client(ctx, f"Client{i}", f"06 12 34 56 7{i}", promotions=i != 2) for i in range(4)]

    preview = service.prepare(ids, "x" * 150, "promotional")  # + "\nSTOP au 36180" → 2 SMS each

    assert [r.client_id for r in preview.receiving] == [ids[0], ids[1], ids[3]]
    assert {r.cost_cents for r in preview.recipients} == {14}
    assert (preview.total_segments, preview.total_cost_cents) == (6, 42)


# ---------------------------------------------------------------------------------------- compliance


def test_promotion_on_saturday_night_leaves_on_monday_morning(
    ctx: AppContext, service: ComposeService
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)

    preview = service.prepare([claire], "-10 % chez {boutique} !", "promotional", when=PARIS_SATURDAY_21H)

    (r,) = preview.recipients
    (hours,) = [f for f in r.findings if f.code == "outside_hours"]
    assert hours.next_allowed == MONDAY_8H
    assert "partira lundi 30 novembre à 8h00" in explain_finding(hours, "fr")
    assert not r.skipped
    assert r.departure == preview.first_departure == preview.last_departure == MONDAY_8H


def test_client_without_promotional_consent_is_skipped_with_the_reason(
    ctx: AppContext, service: ComposeService
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)
    paul = _client(ctx, "Paul", "06 12 34 56 79")

    preview = service.prepare([claire, paul], "-10 % chez {boutique} !", "promotional")

    assert [r.client_id for r in preview.receiving] == [claire]
    skipped = preview.skipped_by_reason()
    assert list(skipped) == ["no_promotional_consent"]
    assert [r.name for r in skipped["no_promotional_consent"]] == ["Paul Martin"]


def test_suppressed_number_is_skipped_even_after_the_client_was_recreated(
    ctx: AppContext, service: ComposeService
) -> None:
    first = _client(ctx, "Claire", "06 12 34 56 78")
    ctx.clients.opt_out(first)
    ctx.clients.delete(first)
    again = _client(ctx, "Claire", "06 12 34 56 78")  # fresh card: consent unknown, number still suppressed

    (r,) = service.prepare([again], "Vos lunettes sont prêtes.", "transactional").recipients

    assert r.skipped
    assert r.reason is not None and r.reason.code == "recipient_opted_out"
    assert r.reason.params["scope"] == "all"


def test_stop_mention_is_added_to_a_promotion_and_counted(ctx: AppContext, service: ComposeService) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)
    body = "y" * 150

    (r,) = service.prepare([claire], body, "promotional").recipients

    assert r.text == body + "\n" + STOP
    assert r.analysis.segments == 2  # 150 alone fits in one SMS: the mention makes two
    stop = next(f for f in r.findings if f.code == "stop_mention_missing")
    assert stop.params["mention"] == STOP


def test_missing_values_skip_the_recipient_with_the_variable(
    ctx: AppContext, service: ComposeService
) -> None:
    named = _client(ctx, "Claire", "06 12 34 56 78")
    nameless = ctx.clients.create(ClientDraft(last_name="Durand", mobile="06 12 34 56 79"))

    preview = service.prepare(
        [named, nameless], "Bonjour {prenom}, RDV le {date_rdv|bientôt}.", "transactional"
    )

    assert [r.client_id for r in preview.receiving] == [named]
    reason = preview.recipient(nameless).reason  # type: ignore[union-attr]
    assert reason is not None and (reason.code, reason.params["name"]) == ("missing_value", "prenom")
    assert preview.recipient(nameless).text == "Bonjour {prenom}, RDV le bientôt."  # type: ignore[union-attr]


def test_business_and_unavailable_variables_get_their_own_reasons(
    ctx: AppContext, service: ComposeService
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")

    (r,) = service.prepare([claire], "{lien_avis} {commande}", "transactional").recipients

    assert [(f.code, f.params["name"]) for f in r.findings if f.severity == "block"] == [
        ("compose_business_value_missing", "lien_avis"),
        ("compose_variable_unavailable", "commande"),
    ]


def test_broken_body_blocks_everyone(ctx: AppContext, service: ComposeService) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")

    preview = service.prepare([claire], "Bonjour {prenom", "transactional")

    assert preview.problems and preview.blocker == "compose_body_invalid"
    assert preview.receiving == ()
    with pytest.raises(ComposeError) as raised:
        service.send(preview)
    assert raised.value.code == "compose_body_invalid"


def test_frequency_cap_counts_the_promotions_already_queued(ctx: AppContext, service: ComposeService) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)
    service.send(service.prepare([claire], "-10 % chez {boutique} !", "promotional"))

    again = service.prepare([claire], "-20 % chez {boutique} !", "promotional")

    assert again.recipients[0].reason is not None
    assert again.recipients[0].reason.code == "frequency_cap_week"
    assert again.blocker == "compose_nobody"


def test_same_transactional_text_twice_a_day_is_skipped_unless_urgent(
    ctx: AppContext, service: ComposeService
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    body = "Vos lunettes sont prêtes, {prenom}."
    service.send(service.prepare([claire], body, "transactional"))

    assert service.prepare([claire], body, "transactional").recipients[0].reason.code == "duplicate_today"  # type: ignore[union-attr]
    assert not service.prepare([claire], body, "transactional", urgent=True).recipients[0].skipped
    assert not service.prepare([claire], body + " Merci.", "transactional").recipients[0].skipped


def test_most_in_window_is_a_sliding_window_around_the_departure() -> None:
    day = dt.timedelta(days=1)
    t = TUESDAY_10H
    assert most_in_window([], t, 7 * day) == 0
    assert most_in_window([t - 8 * day], t, 7 * day) == 0
    assert most_in_window([t - 3 * day], t, 7 * day) == 1
    assert most_in_window([t + 5 * day], t, 7 * day) == 1  # a scheduled one counts too
    assert most_in_window([t - 6 * day, t + 6 * day], t, 7 * day) == 1  # never both in one window
    assert most_in_window([t - 2 * day, t + 2 * day, t + 20 * day], t, 30 * day) == 3


# ---------------------------------------------------------------------------------------- caching


def test_prepare_with_a_new_body_reuses_the_gathered_facts(
    ctx: AppContext, service: ComposeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [_client(ctx, f"C{i}", f"06 12 34 56 7{i}") for i in range(3)]
    calls: list[int] = []
    original = conversation_repo.recent_messages

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(conversation_repo, "recent_messages", counting)

    for body in ("B", "Bo", "Bon", "Bonjour {prenom}"):
        service.prepare(ids, body, "transactional")
    assert len(calls) == 1
    service.prepare(ids[:2], "Bonjour", "transactional")  # another recipient set: gathered again
    assert len(calls) == 2
    ctx.hub.publish(Changes(clients=frozenset({ids[0]})))  # a recipient changed: facts dropped
    service.prepare(ids[:2], "Bonjour", "transactional")
    assert len(calls) == 3


# ---------------------------------------------------------------------------------------- sending


def test_send_queues_only_the_allowed_and_defers_promotions_to_the_next_allowed_time(
    ctx: AppContext, service: ComposeService, clock: FakeClock
) -> None:
    clock.set(PARIS_SATURDAY_21H)
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    preview = service.prepare([claire, paul], "-10 % chez {boutique} !", "promotional")

    ids = service.send(preview, SendMode.now())

    assert len(ids) == 1
    message = ctx.outbox.get(ids[0])
    # Stored as the legal hours left it: « Reporté (heures légales) », with the departure the preview showed.
    assert (message.client_id, message.status, message.due_at) == (claire, MessageStatus.DEFERRED, MONDAY_8H)
    assert message.due_at == preview.recipients[0].departure
    assert message.body == preview.recipients[0].text
    assert message.body.endswith("\n" + STOP)
    assert (message.segments, message.cost_cents) == (1, 7)
    assert ctx.outbox.count() == 1


def test_double_send_queues_once(ctx: AppContext, service: ComposeService) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    preview = service.prepare([claire, paul], "Vos lunettes sont prêtes.", "transactional")

    first = service.send(preview)
    second = service.send(preview)

    assert first == second and len(first) == 2
    assert ctx.outbox.count() == 2


def test_send_checks_again_and_skips_whoever_opted_out_meanwhile(
    ctx: AppContext, service: ComposeService
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    preview = service.prepare([claire, paul], "Vos lunettes sont prêtes.", "transactional")
    ctx.clients.opt_out(paul)

    ids = service.send(preview)

    assert [ctx.outbox.get(i).client_id for i in ids] == [claire]


def test_scheduled_send_is_due_at_the_chosen_time_but_never_before_the_window(
    ctx: AppContext, service: ComposeService, clock: FakeClock
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)
    tomorrow_noon = dt.datetime(2026, 11, 25, 11, 0, tzinfo=dt.UTC)
    body = "-10 % chez {boutique} !"

    (scheduled,) = service.send(service.prepare([claire], body, "promotional"), SendMode.at(tomorrow_noon))
    assert ctx.outbox.get(scheduled).due_at == tomorrow_noon

    clock.set(tomorrow_noon + dt.timedelta(days=8))  # past the weekly cap
    late = clock.now() + dt.timedelta(days=3)  # Sunday 6 December, noon in Paris
    assert late.weekday() == 6
    (deferred,) = service.send(service.prepare([claire], body, "promotional"), late)
    assert ctx.outbox.get(deferred).due_at == dt.datetime(2026, 12, 7, 7, 0, tzinfo=dt.UTC)

    with pytest.raises(ComposeError) as raised:
        service.send(service.prepare([claire], body, "promotional"), clock.now() - dt.timedelta(hours=1))
    assert raised.value.code == "compose_schedule_past"


def test_next_allowed_mode_waits_for_courtesy_hours(
    ctx: AppContext, service: ComposeService, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 11, 24, 21, 30, tzinfo=dt.UTC))  # Tuesday 22:30 in Paris
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    preview = service.prepare([claire], "Vos lunettes sont prêtes.", "transactional")
    assert preview.courtesy_count == 1

    (now_id,) = service.send(preview, "now")
    (later_id,) = service.send(
        service.prepare([claire], "Vos lentilles sont prêtes.", "transactional"), SendMode.next_allowed()
    )

    assert ctx.outbox.get(now_id).due_at == clock.now()
    assert ctx.outbox.get(later_id).due_at == dt.datetime(2026, 11, 25, 7, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------- optimisation


def test_gsm_suggestion_shows_the_saving_for_the_batch(ctx: AppContext, service: ComposeService) -> None:
    ids = [_client(ctx, f"Client{i}", f"06 12 34 56 7{i}") for i in range(3)]
    body = "Bonjour, votre commande est prête ’ " + "a" * 40  # 77 units in UCS-2: 2 SMS; GSM-7: 1 SMS
    preview = service.prepare(ids, body, "transactional")
    assert preview.total_segments == 6

    saving = service.gsm_suggestion(body, preview)

    assert saving is not None
    assert saving.body == "Bonjour, votre commande est prete ' " + "a" * 40
    assert saving.replacements == (("ê", "e", 1), ("’", "'", 1))
    assert (saving.segments_before, saving.segments_after) == (2, 1)
    assert (saving.total_segments_before, saving.total_segments_after, saving.recipients) == (6, 3, 3)
    assert saving.saving_cents == 21
    assert service.gsm_suggestion("Tout est GSM.", preview) is None


# ---------------------------------------------------------------------------------------- a client's accents

#: 1 SMS in the plain alphabet, 2 as soon as one character needs the wider one.
LONG = (
    "Bonjour {prenom}, votre commande est arrivée et vous attend en boutique. Passez quand vous voulez, "
    "de 9h à 19h."
)


def test_a_clients_accents_that_cost_a_sms_are_said_for_that_recipient(
    ctx: AppContext, service: ComposeService
) -> None:
    francois = _client(ctx, "François", "06 12 34 56 70")
    claire = _client(ctx, "Claire", "06 12 34 56 71")
    zoe = _client(ctx, "Zoë", "06 12 34 56 72")

    preview = service.prepare([francois, claire, zoe], LONG, "transactional")

    by_id = {r.client_id: r for r in preview.recipients}
    assert by_id[claire].plain_names is None
    assert not any(f.code.startswith("plain_names") for f in by_id[claire].findings)
    offer = by_id[francois].plain_names
    assert offer is not None and not offer.applied
    assert (offer.spellings, offer.segments, offer.plain_segments, offer.saving_cents) == (
        (("François", "Francois"),),
        2,
        1,
        7,
    )
    assert "plain_names_proposed" in [f.code for f in by_id[francois].findings]
    assert by_id[francois].text.startswith("Bonjour François,")  # proposed, not applied
    assert [r.client_id for r in preview.plain_names_offered()] == [francois, zoe]
    assert preview.plain_names_applied() == ()
    assert (preview.total_segments, preview.total_cost_cents) == (5, 35)


def test_written_plain_for_one_message_the_text_shown_leaves_and_the_card_stays(
    ctx: AppContext, service: ComposeService
) -> None:
    francois = _client(ctx, "François", "06 12 34 56 70")
    zoe = _client(ctx, "Zoë", "06 12 34 56 72")

    preview = service.prepare([francois, zoe], LONG, "transactional", plain_names=[francois])

    shown = preview.recipient(francois)
    assert shown is not None and shown.plain_names is not None and shown.plain_names.applied
    assert shown.text.startswith("Bonjour Francois, votre commande est arrivée")  # the body as typed
    assert (shown.analysis.segments, shown.cost_cents) == (1, 7)
    assert "plain_names_applied" in [f.code for f in shown.findings]
    assert [r.client_id for r in preview.plain_names_applied()] == [francois]
    assert [r.client_id for r in preview.plain_names_offered()] == [zoe]  # only the one accepted
    assert (preview.total_segments, preview.total_cost_cents) == (3, 21)

    sent = {ctx.outbox.get(i).client_id: ctx.outbox.get(i) for i in service.send(preview)}

    assert sent[francois].body == shown.text
    assert (sent[francois].segments, sent[francois].cost_cents) == (1, 7)
    assert sent[zoe].body.startswith("Bonjour Zoë,") and sent[zoe].segments == 2
    assert ctx.clients.get(francois).first_name == "François"  # the card is never changed
    assert ctx.clients.get(zoe).first_name == "Zoë"


def test_asked_for_a_name_whose_accents_cost_nothing_it_stays_as_on_the_card(
    ctx: AppContext, service: ComposeService
) -> None:
    francois = _client(ctx, "François", "06 12 34 56 70")

    preview = service.prepare([francois], "Bonjour {prenom} !", "transactional", plain_names=[francois])

    (r,) = preview.recipients
    assert r.text == "Bonjour François !" and r.plain_names is None


def test_optimising_the_body_counts_the_names_already_written_plain(
    ctx: AppContext, service: ComposeService
) -> None:
    francois = _client(ctx, "François", "06 12 34 56 70")
    body = LONG + " Merci’"  # the body's own ’ needs the wider alphabet: no proposal for the name

    plain = service.prepare([francois], body, "transactional", plain_names=[francois])
    as_on_card = service.prepare([francois], body, "transactional")

    assert plain.recipients[0].plain_names is None and plain.total_segments == 2
    saving = service.gsm_suggestion(body, plain)
    assert saving is not None  # without the ’, the name accepted plain makes it 1 SMS
    assert (saving.total_segments_before, saving.total_segments_after, saving.saving_cents) == (2, 1, 7)
    saving_on_card = service.gsm_suggestion(body, as_on_card)
    assert saving_on_card is not None
    assert saving_on_card.total_segments_after == 2  # « ç » still there: nothing saved by the body alone


# ---------------------------------------------------------------------------------------- conversation


def test_conversation_merges_sent_and_received_newest_last(
    ctx: AppContext, service: ComposeService, clock: FakeClock
) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    (sent,) = service.send(service.prepare([claire], "Vos lunettes sont prêtes.", "transactional"))
    clock.advance(600)
    with ctx.db.session() as session:
        new = inbound_repo.NewInbound(1, "R1", "+33612345678", "", "Merci !", clock.now())
        inbound_repo.insert_if_new(session, new, None, clock.now())  # not matched yet: found by number
        messages_repo.transition(session, sent, MessageStatus.SENDING, clock.now())
        messages_repo.transition(session, sent, MessageStatus.SENT, clock.now())
        messages_repo.transition(session, sent, MessageStatus.DELIVERED, clock.now())

    entries = service.conversation(claire)

    assert [e.is_outgoing for e in entries] == [True, False]
    assert entries[0].outgoing is not None and entries[0].outgoing.status is MessageStatus.DELIVERED
    assert entries[1].inbound is not None and entries[1].inbound.text == "Merci !"
    assert service.conversation(claire, limit=1)[0].inbound is not None


def test_review_request_waits_six_months_after_the_last_one(
    ctx: AppContext, service: ComposeService, clock: FakeClock
) -> None:
    link = "https://g.page/r/optique_martin%/review"  # % and _ must not act as LIKE wildcards
    ctx.settings.save(Settings(business=Business(name="Optique Martin", review_link=link)))
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    body = "Votre avis compte : {lien_avis}"
    service.send(service.prepare([claire], body, "survey"))
    clock.advance(10 * 86400)

    preview = service.prepare([claire, paul], body, "survey")

    assert preview.recipients[0].text == "Votre avis compte : " + link
    reason = preview.recipients[0].reason
    assert reason is not None and reason.code == "review_too_soon"
    assert not preview.recipients[1].skipped


def test_every_code_of_the_composer_has_a_french_text() -> None:
    from desktop.core import catalogue
    from desktop.services import compose_records as records

    codes = [
        records.MISSING_VALUE,
        records.BUSINESS_VALUE_MISSING,
        records.VARIABLE_UNAVAILABLE,
        records.BODY_INVALID,
        records.EMPTY_BODY,
        records.NOBODY,
        records.SCHEDULE_PAST,
        records.TOO_LONG,
    ]
    assert all(catalogue.has(code) for code in codes)
    assert "« prenom »" in catalogue.explain(records.MISSING_VALUE, "fr", name="prenom")
