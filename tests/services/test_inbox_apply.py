"""Applying replies (issue 11): each kind of reply, in the context of the message it answers, and every
ambiguous case — on the real context, the real gate and the built-in simulator, with an injected clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core import compliance
from desktop.core.agenda import NoticeKind, NoticeStatus
from desktop.core.entities import (
    AppointmentStatus,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    Interpretation,
    MessageKind,
    MessageStatus,
    Purpose,
)
from desktop.services.inbox import codes
from desktop.services.inbox.applying import ReplyApplier
from desktop.services.sending.requests import Addressee, SendRequest
from desktop.settings import ReplySettings
from desktop.storage.orm import InboundMessageRow
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import survey_answers
from tests.services.inbox_env import Shop, open_shop, paris

S = MessageStatus
CLAIRE = "06 12 34 56 78"
PAUL = "06 98 76 54 32"
PROMO = "Cette semaine chez {boutique} : -20 % sur les montures."


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    opened = open_shop(tmp_path / "data")
    yield opened
    opened.context.close()


WEDNESDAY_1430 = paris(12, 9, 14, 30)


def reminded(shop: Shop, client_id: int) -> int:
    """An appointment on Wednesday whose reminder left (Tuesday at 10:00)."""
    appointment = shop.appointment(client_id, WEDNESDAY_1430)
    shop.at(paris(12, 8, 10))
    shop.run()
    notices = shop.context.appointments.notices(appointment.id)
    assert [(n.kind, n.status) for n in notices] == [(NoticeKind.DAY_BEFORE, NoticeStatus.QUEUED)]
    assert shop.message(notices[0].message_id or 0).sent_at is not None
    return appointment.id


def status(shop: Shop, appointment_id: int) -> AppointmentStatus:
    return shop.context.appointments.get(appointment_id).status


# ---------------------------------------------------------------------------------------- confirm and cancel


@pytest.mark.parametrize("text", ["1", "Oui merci", "Je confirme 👍", "ok à demain"])
def test_a_confirmation_after_a_reminder_confirms_the_appointment(shop: Shop, text: str) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)

    reply = shop.reply(CLAIRE, text)

    assert status(shop, appointment) is AppointmentStatus.CONFIRMED
    assert reply.interpretation is Interpretation.CONFIRM
    assert (reply.outcome, reply.handled, reply.unread, reply.handled_by) == (
        codes.APPOINTMENT_CONFIRMED,
        True,
        False,
        "Comptoir",
    )
    assert reply.details["appointment"] == str(appointment)


def test_a_cancellation_frees_the_slot_and_tells_the_staff(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)
    morning = shop.appointment(claire, paris(12, 10, 15))  # another day: its reminder is still planned
    before = shop.context.inbox.last_id()

    reply = shop.reply(CLAIRE, "Je ne pourrai pas venir, désolée")

    assert status(shop, appointment) is AppointmentStatus.CANCELLED
    assert status(shop, morning.id) is AppointmentStatus.PLANNED  # only the one reminded
    assert (reply.outcome, reply.handled, reply.unread) == (codes.APPOINTMENT_CANCELLED, True, True)
    assert [a.id for a in shop.context.inbox.alerts_after(before)] == [reply.id]
    assert shop.context.inbox.unread_count() == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("oui mais plutôt à 15h", "reply_reschedule"),
        ("Je serai absent ?", "reply_question"),
        ("Peut-on décaler à jeudi ?", "reply_question"),
        ("oui non", "reply_mixed"),
        ("Oui mais je serai en retard", "reply_condition"),
        ("Merci", "reply_unclear"),
    ],
)
def test_a_reply_that_accepts_and_asks_changes_nothing_and_waits_for_a_person(
    shop: Shop, text: str, reason: str
) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)

    reply = shop.reply(CLAIRE, text)

    assert status(shop, appointment) is AppointmentStatus.PLANNED
    assert (reply.reason, reply.handled, reply.unread, reply.outcome) == (reason, False, True, "")


def test_a_bare_yes_without_a_question_asked_confirms_nothing(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)
    shop.later(5)
    shop.send(claire, "Vos lunettes sont prêtes.", kind=MessageKind.ORDER_NOTICE)
    shop.run()  # the order notice is the last message she got: it asked nothing

    reply = shop.reply(CLAIRE, "1")

    assert status(shop, appointment) is AppointmentStatus.PLANNED
    assert (reply.interpretation, reply.reason) == (Interpretation.UNKNOWN, "reply_not_asked")


def test_explicit_words_act_even_when_nothing_was_asked(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)
    shop.send(claire, "Vos lunettes sont prêtes.", kind=MessageKind.ORDER_NOTICE)
    shop.run()

    reply = shop.reply(CLAIRE, "Je dois annuler mon rendez-vous de mercredi")

    assert status(shop, appointment) is AppointmentStatus.CANCELLED
    assert reply.outcome == codes.APPOINTMENT_CANCELLED


def test_no_reminded_appointment(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    unreminded = shop.appointment(claire, paris(12, 20, 10))
    shop.send(claire, "Rappel : répondez 1 pour confirmer.", kind=MessageKind.REMINDER)
    shop.run()

    reply = shop.reply(CLAIRE, "1")

    assert (reply.interpretation, reply.reason) == (Interpretation.CONFIRM, codes.NO_APPOINTMENT)
    assert status(shop, unreminded.id) is AppointmentStatus.PLANNED


def test_two_reminded_appointments_the_same_day_are_left_to_a_person(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    first = shop.appointment(claire, paris(12, 9, 14, 30))
    second = shop.appointment(claire, paris(12, 9, 16))  # one SMS for both
    shop.at(paris(12, 8, 10))
    shop.run()

    reply = shop.reply(CLAIRE, "2")

    assert (reply.reason, reply.details["count"]) == (codes.SEVERAL_APPOINTMENTS, "2")
    assert status(shop, first.id) is status(shop, second.id) is AppointmentStatus.PLANNED


def test_an_appointment_already_cancelled_is_not_cancelled_again(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)
    shop.context.appointments.cancel(appointment)

    reply = shop.reply(CLAIRE, "Je ne viendrai pas")

    assert (reply.reason, reply.details["appointment"]) == (codes.ALREADY_CANCELLED, str(appointment))
    assert not reply.handled


def test_a_confirmation_after_the_appointment_is_past(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)
    shop.at(paris(12, 9, 18))

    reply = shop.reply(CLAIRE, "1")

    assert reply.reason == codes.APPOINTMENT_PAST
    assert status(shop, appointment) is AppointmentStatus.PLANNED


def test_a_confirmation_from_a_number_of_nobody(shop: Shop) -> None:
    reply = shop.reply("07 81 23 45 67", "Je confirme")

    assert (reply.client_id, reply.reason, reply.handled) == (None, codes.UNKNOWN_NUMBER, False)


# ---------------------------------------------------------------------------------------- opt-out


def test_a_bare_stop_to_a_promotion_stops_promotions_only(shop: Shop) -> None:
    """Issue 13: « STOP » to a promotion no longer stops « vos lunettes sont prêtes »."""
    claire = shop.client("Claire", CLAIRE, promotions=True)
    shop.send(claire, PROMO, purpose=Purpose.PROMOTIONAL, kind=MessageKind.CAMPAIGN)
    shop.run()

    reply = shop.reply(CLAIRE, "STOP")

    assert (reply.outcome, reply.details["scopes"]) == (codes.OPTED_OUT, "promotional")
    client = shop.context.clients.get(claire)
    assert client.promotional_consent is ConsentState.WITHDRAWN
    assert client.transactional_consent is not ConsentState.WITHDRAWN
    ready = shop.send(claire, "Vos lunettes sont prêtes.", kind=MessageKind.ORDER_NOTICE)
    shop.run()
    assert shop.message(ready.id).status in (S.SENT, S.DELIVERED)
    refused = shop.context.gate.send(
        SendRequest(
            PROMO,
            Purpose.PROMOTIONAL,
            (Addressee(client_id=claire),),
        )
    )
    assert refused.refused[0].reasons[0].code == compliance.RECIPIENT_OPTED_OUT


def test_a_stop_cancels_the_queued_messages_it_forbids_before_they_leave(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE, promotions=True)
    appointment = reminded(shop, claire)
    later = paris(12, 8, 16)
    promotion = shop.send(claire, PROMO, purpose=Purpose.PROMOTIONAL, kind=MessageKind.CAMPAIGN, at=later)
    ready = shop.send(claire, "Vos lunettes sont prêtes.", kind=MessageKind.ORDER_NOTICE, at=later)
    morning = shop.appointment(claire, paris(12, 16, 14))
    shop.at(paris(12, 8, 10, 5))

    reply = shop.reply(CLAIRE, "Stop merci")  # a bare STOP to a reminder: promotions and reminders

    assert reply.details["scopes"] == "promotional,reminders"
    cancelled = shop.message(promotion.id)
    assert (cancelled.status, cancelled.error_code) == (S.CANCELLED, compliance.RECIPIENT_OPTED_OUT)
    assert shop.message(ready.id).status is S.QUEUED  # an order notice: not stopped
    assert reply.details["cancelled"] == "1"
    assert status(shop, appointment) is AppointmentStatus.PLANNED  # a STOP cancels no appointment
    shop.at(paris(12, 15, 10))
    shop.run()  # the next reminder is refused by the gate: she stopped reminders
    (notice,) = shop.context.appointments.notices(morning.id)
    assert (notice.status, notice.reason) == (NoticeStatus.BLOCKED, compliance.RECIPIENT_OPTED_OUT)
    shop.at(later)
    shop.run()
    assert shop.message(promotion.id).status is S.CANCELLED  # it never left
    assert shop.message(ready.id).status in (S.SENT, S.DELIVERED)


def test_an_opt_out_records_consent_events_the_suppression_and_one_short_confirmation(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    reminded(shop, claire)

    reply = shop.reply(CLAIRE, "STOP")

    events = [e for e in shop.context.clients.consent_history(claire) if e.source is ConsentSource.SMS_REPLY]
    assert {(e.purpose, e.state, e.wording) for e in events} == {
        (ConsentPurpose.PROMOTIONAL, ConsentState.WITHDRAWN, "STOP"),
        (ConsentPurpose.REMINDERS, ConsentState.WITHDRAWN, "STOP"),
    }
    with shop.context.db.read() as session:
        assert consent_repo.suppressed_scopes(session, "+33612345678") == {"promotional", "reminders"}
    confirmation = [m for m in shop.messages_to(CLAIRE) if m.kind is MessageKind.OPT_OUT_CONFIRMATION]
    assert len(confirmation) == 1
    assert confirmation[0].body == (
        "Optique Martin : c'est noté, vous ne recevrez plus nos promotions et nos rappels de rendez-vous. "
        "Pour ne plus rien recevoir, répondez STOP TOUT."
    )
    assert confirmation[0].purpose is Purpose.TRANSACTIONAL and not compliance.has_stop_mention(
        confirmation[0].body.replace("STOP TOUT", "")
    )
    assert shop.inbound(reply.id).details["answer_message"] == str(confirmation[0].id)
    shop.run()
    assert shop.message(confirmation[0].id).status in (S.SENT, S.DELIVERED)  # it reaches her number


def test_stop_tout_stops_everything_and_says_so(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    ready = shop.send(claire, "Vos lunettes sont prêtes.", kind=MessageKind.ORDER_NOTICE, at=paris(12, 7, 15))

    reply = shop.reply(CLAIRE, "STOP TOUT")

    assert reply.details["scopes"] == "all"
    assert shop.context.clients.get(claire).transactional_consent is ConsentState.WITHDRAWN
    assert shop.message(ready.id).status is S.CANCELLED
    (confirmation,) = [m for m in shop.messages_to(CLAIRE) if m.kind is MessageKind.OPT_OUT_CONFIRMATION]
    assert "aucun SMS" in confirmation.body and "START" in confirmation.body


def test_a_stop_from_a_number_of_nobody_suppresses_the_number(shop: Shop) -> None:
    reply = shop.reply("07 81 23 45 67", "STOP")

    assert (reply.client_id, reply.details["scopes"]) == (None, "all")  # nothing identifiable: everything
    with shop.context.db.read() as session:
        assert consent_repo.suppressed_scopes(session, "+33781234567") == {"all"}
    later = shop.client("Zoé", "07 81 23 45 67")  # the number's opt-out outlives the missing card
    outcome = shop.context.gate.send(
        SendRequest(
            "Bonjour",
            Purpose.TRANSACTIONAL,
            (Addressee(client_id=later),),
        )
    )
    assert [r.code for r in outcome.refused[0].reasons] == [compliance.RECIPIENT_OPTED_OUT]


def test_the_confirmation_of_an_opt_out_can_be_turned_off(shop: Shop) -> None:
    shop.settings(replies=ReplySettings(confirm_opt_out=False))
    shop.client("Claire", CLAIRE)

    reply = shop.reply(CLAIRE, "STOP PUB")

    assert (reply.outcome, reply.details["scopes"]) == (codes.OPTED_OUT, "promotional")
    assert [m for m in shop.messages_to(CLAIRE) if m.kind is MessageKind.OPT_OUT_CONFIRMATION] == []


def test_start_restores_what_was_stopped_with_its_event(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE, promotions=True)
    reminded(shop, claire)
    shop.reply(CLAIRE, "STOP")

    reply = shop.reply(CLAIRE, "START")

    assert (reply.outcome, reply.details["scopes"]) == (codes.OPTED_IN, "promotional,reminders")
    client = shop.context.clients.get(claire)
    assert client.promotional_consent is ConsentState.GRANTED
    with shop.context.db.read() as session:
        assert consent_repo.suppressed_scopes(session, "+33612345678") == set()
    granted = [e for e in shop.context.clients.consent_history(claire) if e.state is ConsentState.GRANTED]
    assert {(e.purpose, e.source, e.wording) for e in granted[-2:]} == {
        (ConsentPurpose.PROMOTIONAL, ConsentSource.SMS_REPLY, "START"),
        (ConsentPurpose.REMINDERS, ConsentSource.SMS_REPLY, "START"),
    }
    assert shop.send(claire, PROMO, purpose=Purpose.PROMOTIONAL).status is S.QUEUED


def test_start_with_nothing_stopped_changes_nothing_and_oui_promo_grants_promotions(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)

    nothing = shop.reply(CLAIRE, "START")
    promo = shop.reply(CLAIRE, "OUI PROMO")

    assert nothing.outcome == codes.NOTHING_TO_RESTORE
    assert shop.context.clients.get(claire).promotional_consent is ConsentState.GRANTED
    assert (promo.outcome, promo.details["scopes"]) == (codes.OPTED_IN, "promotional")


def test_oui_promo_from_a_number_of_nobody_waits_for_a_card(shop: Shop) -> None:
    reply = shop.reply("07 81 23 45 67", "OUI PROMO")
    assert (reply.reason, reply.handled) == (codes.OPT_IN_UNKNOWN_NUMBER, False)


# ---------------------------------------------------------------------------------------- keywords


def test_a_keyword_gets_its_configured_answer_through_the_gate(shop: Shop) -> None:
    shop.keywords(HORAIRES="{boutique} : ouvert du mardi au samedi, 9h-19h.")

    reply = shop.reply("07 81 23 45 67", "Horaires svp")

    assert (reply.interpretation, reply.outcome) == (Interpretation.KEYWORD, codes.KEYWORD_ANSWERED)
    (answer,) = shop.messages_to("07 81 23 45 67")
    assert (answer.kind, answer.body) == (
        MessageKind.AUTO_REPLY,
        "Optique Martin : ouvert du mardi au samedi, 9h-19h.",
    )
    assert answer.id == int(shop.inbound(reply.id).details["answer_message"])


def test_a_keyword_removed_before_its_answer_left_is_not_answered(shop: Shop, monkeypatch) -> None:
    shop.keywords(HORAIRES="9h-19h")
    settle = shop.context.replies._answers.settle
    monkeypatch.setattr(shop.context.replies._answers, "settle", lambda limit=100: [])
    reply = shop.reply(CLAIRE, "HORAIRES")
    shop.keywords()
    monkeypatch.setattr(shop.context.replies._answers, "settle", settle)

    shop.run()

    stored = shop.inbound(reply.id)
    assert stored.details["answer_refusal"] == codes.KEYWORD_REMOVED
    assert shop.messages_to(CLAIRE) == []


def test_a_keyword_to_a_number_that_stopped_everything_is_refused_by_the_gate(shop: Shop) -> None:
    shop.keywords(ADRESSE="8 rue Victor Hugo")
    shop.reply(CLAIRE, "STOP TOUT")

    reply = shop.reply(CLAIRE, "adresse")

    assert shop.inbound(reply.id).details["answer_refusal"] == compliance.RECIPIENT_OPTED_OUT


# ---------------------------------------------------------------------------------------- surveys


def test_a_score_after_a_survey_is_recorded_and_a_detractor_raises_an_alert(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    paul = shop.client("Paul", PAUL)
    for client in (claire, paul):
        shop.send(
            client, "", purpose=Purpose.SURVEY, kind=MessageKind.SURVEY, template="Enquête de satisfaction"
        )
    shop.run()
    before = shop.context.inbox.last_id()

    good = shop.reply(CLAIRE, "9/10")
    bad = shop.reply(PAUL, "4")

    assert (good.outcome, good.details["score"], good.handled) == (codes.SCORE_RECORDED, "9", True)
    assert (bad.reason, bad.details["score"], bad.handled, bad.unread) == (codes.DETRACTOR, "4", False, True)
    assert [a.id for a in shop.context.inbox.alerts_after(before)] == [bad.id]
    with shop.context.db.read() as session:
        (figures,) = survey_answers.figures(session)
    assert (figures.name, figures.sent, sorted(figures.scores)) == ("Enquête de satisfaction", 2, [4, 9])


def test_a_second_score_replaces_the_first(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    shop.send(claire, "", purpose=Purpose.SURVEY, kind=MessageKind.SURVEY, template="Enquête de satisfaction")
    shop.run()
    shop.reply(CLAIRE, "7")
    shop.reply(CLAIRE, "pardon 8")  # not a bare score: a person reads it
    shop.reply(CLAIRE, "8")

    with shop.context.db.read() as session:
        assert survey_answers.of_client(session, claire)[-1][1] == 8
        assert len(survey_answers.of_client(session, claire)) == 1


# ---------------------------------------------------------------------------------------- once


def test_a_reply_is_applied_once_whatever_happens(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    appointment = reminded(shop, claire)
    reply = shop.reply(CLAIRE, "2")
    assert status(shop, appointment) is AppointmentStatus.CANCELLED
    events = len(shop.context.clients.consent_history(claire))

    # Applied again by this desk, then by a second desk on the same database: nothing more changes.
    assert shop.context.replies.apply_replies() == (0, 0)
    second = ReplyApplier(
        shop.context.db,
        shop.context.hub,
        shop.clock,
        settings_provider=shop.context.settings.get,
        appointments=shop.context.appointments,
        answers=shop.context.replies._answers,
    )
    assert second.apply_replies() == (0, 0)
    with shop.context.db.session() as session:
        assert not inbound_repo.claim(session, reply.id, shop.clock.now())
    assert shop.inbound(reply.id) == reply
    assert len(shop.context.clients.consent_history(claire)) == events


def test_a_stop_applied_once_owes_one_confirmation_even_if_asked_twice(shop: Shop) -> None:
    shop.client("Claire", CLAIRE)
    reply = shop.reply(CLAIRE, "STOP")
    with shop.context.db.session() as session:  # as if a crash left the answer owed after it was queued
        session.execute(
            update(InboundMessageRow).where(InboundMessageRow.id == reply.id).values(answer="owed")
        )
    shop.run()
    assert len([m for m in shop.messages_to(CLAIRE) if m.kind is MessageKind.OPT_OUT_CONFIRMATION]) == 1


def test_a_bug_while_applying_leaves_the_reply_to_a_person(shop: Shop, monkeypatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr("desktop.services.inbox.applying.match", broken)
    shop.client("Claire", CLAIRE)
    reply = shop.reply(CLAIRE, "Je confirme")
    following = shop.reply(CLAIRE, "STOP PUB")

    assert (reply.reason, reply.handled) == (codes.NOT_APPLIED, False)
    assert following.outcome == codes.OPTED_OUT  # the next ones are still applied


def test_every_outcome_and_reason_is_explained_in_both_languages() -> None:
    from desktop.core import catalogue

    for code in (*codes.OUTCOMES, *codes.REASONS, codes.KEYWORD_REMOVED):
        assert catalogue.has(code), code
        assert catalogue.explain(code, "fr") != catalogue.explain(code, "en"), code
