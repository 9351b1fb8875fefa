"""Surveys and review requests (issue 11 item 4): sent after a visit or a collection per rule, at most once per
client per N months, scores recorded, results per survey — and review requests that never depend on a score."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core import compliance
from desktop.core.agenda import NoticeKind, NoticeStatus
from desktop.core.entities import AppointmentStatus, Message, MessageKind, MessageStatus, Purpose
from desktop.services.inbox import codes
from desktop.services.surveys.service import TEMPLATE_MISSING, SurveyError
from desktop.settings import SurveySettings
from tests.services.inbox_env import Shop, open_shop, paris

S = MessageStatus
CLAIRE = "06 12 34 56 78"
PAUL = "06 98 76 54 32"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    opened = open_shop(tmp_path / "data")
    yield opened
    opened.context.close()


def sent(shop: Shop, mobile: str, kind: MessageKind) -> list[Message]:
    return [m for m in shop.messages_to(mobile) if m.kind is kind and m.status in (S.SENT, S.DELIVERED)]


def rules(shop: Shop, **changes: bool | int | str) -> None:
    shop.settings(surveys=dataclasses.replace(shop.context.settings.get().surveys, **changes))  # type: ignore[arg-type]


def visit(shop: Shop, client_id: int, start) -> int:
    appointment = shop.appointment(client_id, start)
    return appointment.id


def test_a_survey_after_a_collection_records_the_score_and_a_detractor_raises_an_alert(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    paul = shop.client("Paul", PAUL)
    orders = shop.context.orders
    for client in (claire, paul):
        order = orders.add(client, "Lunettes")
        orders.mark_ready(order.id)
        orders.mark_collected(order.id)  # Monday: the survey 3 days later, Thursday 10:00

    shop.at(paris(12, 10, 10))
    shop.run()

    (survey,) = sent(shop, CLAIRE, MessageKind.SURVEY)
    assert (survey.purpose, survey.body) == (
        Purpose.SURVEY,
        "Bonjour Claire, merci de votre confiance. De 0 à 10, recommanderiez-vous Optique Martin à un proche ? "
        "Répondez simplement par une note.",
    )
    good = shop.reply(CLAIRE, "9/10")
    bad = shop.reply(PAUL, "4")
    assert (good.outcome, good.details["score"]) == (codes.SCORE_RECORDED, "9")
    assert (bad.reason, bad.handled, bad.unread) == (codes.DETRACTOR, False, True)
    (result,) = shop.context.surveys.results()
    assert (result.name, result.results.sent, result.results.answered) == ("Enquête de satisfaction", 2, 2)
    assert result.results.distribution[9] == result.results.distribution[4] == 1
    assert result.results.nps == 0  # one promoter, one detractor


def test_a_survey_after_a_visit_when_the_rule_is_on(shop: Shop) -> None:
    rules(shop, after_visit=True, visit_days=1)
    claire = shop.client("Claire", CLAIRE)
    paul = shop.client("Paul", PAUL)
    seen = visit(shop, claire, paris(12, 7, 14))
    missed = visit(shop, paul, paris(12, 7, 15))
    shop.at(paris(12, 7, 18))
    shop.run()  # both ended: surveys planned for Tuesday 10:00
    shop.context.appointments.set_status(missed, AppointmentStatus.NO_SHOW)  # no visit: no survey

    shop.at(paris(12, 8, 10))
    shop.run()

    (notice,) = [n for n in shop.context.appointments.notices(seen) if n.kind is NoticeKind.SURVEY]
    assert (notice.status, notice.due_at) == (NoticeStatus.QUEUED, paris(12, 8, 10))
    assert len(sent(shop, CLAIRE, MessageKind.SURVEY)) == 1
    (cancelled,) = [n for n in shop.context.appointments.notices(missed) if n.kind is NoticeKind.SURVEY]
    assert cancelled.status is NoticeStatus.CANCELLED
    assert sent(shop, PAUL, MessageKind.SURVEY) == []


def test_no_survey_after_a_visit_when_the_rule_is_off(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    visit(shop, claire, paris(12, 7, 14))
    shop.at(paris(12, 9, 10))
    shop.run()
    assert sent(shop, CLAIRE, MessageKind.SURVEY) == []


def test_at_most_one_survey_per_client_per_n_months(shop: Shop) -> None:
    rules(shop, after_visit=True, visit_days=1, months_between=6)
    claire = shop.client("Claire", CLAIRE)
    visit(shop, claire, paris(12, 7, 14))
    shop.at(paris(12, 7, 18))
    shop.run()
    shop.at(paris(12, 8, 10))
    shop.run()
    second = visit(shop, claire, paris(12, 14, 14))
    shop.at(paris(12, 14, 18))
    shop.run()
    shop.at(paris(12, 15, 10))
    shop.run()

    assert len(sent(shop, CLAIRE, MessageKind.SURVEY)) == 1
    (skipped,) = [n for n in shop.context.appointments.notices(second) if n.kind is NoticeKind.SURVEY]
    assert (skipped.status, skipped.reason) == (NoticeStatus.SKIPPED, compliance.SURVEY_TOO_SOON)


def test_review_requests_go_to_every_eligible_client_whatever_their_score(shop: Shop) -> None:
    """Google forbids review gating: a detractor gets the same review request as a promoter."""
    rules(shop, review_after_collection=True, review_days=2)
    claire = shop.client("Claire", CLAIRE)
    paul = shop.client("Paul", PAUL)
    for client, score in ((claire, "10"), (paul, "2")):
        shop.send(
            client, "", purpose=Purpose.SURVEY, kind=MessageKind.SURVEY, template="Enquête de satisfaction"
        )
        shop.run()
        shop.reply(CLAIRE if client == claire else PAUL, score)
    orders = shop.context.orders
    for client in (claire, paul):
        order = orders.add(client, "Lunettes")
        orders.mark_collected(order.id)
    shop.later(2)
    shop.run()

    shop.at(paris(12, 9, 10))
    shop.run()

    for mobile in (CLAIRE, PAUL):
        (review,) = sent(shop, mobile, MessageKind.REVIEW_REQUEST)
        assert review.body.endswith("https://g.page/r/optique-martin/review")


def test_a_review_request_at_most_every_six_months(shop: Shop) -> None:
    rules(shop, review_after_visit=True, review_days=1)
    claire = shop.client("Claire", CLAIRE)
    visit(shop, claire, paris(12, 7, 14))
    shop.at(paris(12, 7, 18))
    shop.run()
    shop.at(paris(12, 8, 10))
    shop.run()
    second = visit(shop, claire, paris(12, 21, 14))
    shop.at(paris(12, 21, 18))
    shop.run()
    shop.at(paris(12, 22, 10))
    shop.run()

    assert len(sent(shop, CLAIRE, MessageKind.REVIEW_REQUEST)) == 1
    (skipped,) = [n for n in shop.context.appointments.notices(second) if n.kind is NoticeKind.REVIEW]
    assert (skipped.status, skipped.reason) == (NoticeStatus.SKIPPED, compliance.REVIEW_TOO_SOON)
    manual = shop.context.surveys.send(claire, review=True)
    assert manual.refused[0].reasons[0].code == compliance.REVIEW_TOO_SOON  # the same rule by hand


def test_a_survey_sent_by_hand_and_its_refusals(shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    outcome = shop.context.surveys.send(claire)
    (message,) = outcome.queued
    assert (message.kind, message.purpose) == (MessageKind.SURVEY, Purpose.SURVEY)
    template = shop.context.templates.get_by_name("Enquête de satisfaction")
    assert template is not None
    shop.context.templates.set_active(template.id, False)
    with pytest.raises(SurveyError) as refused:
        shop.context.surveys.send(claire)
    assert refused.value.code == TEMPLATE_MISSING
    assert "Enquête de satisfaction" in refused.value.message("fr")


def test_a_survey_by_link(shop: Shop) -> None:
    shop.settings(surveys=SurveySettings(template="Enquête de satisfaction (lien)"))
    claire = shop.client("Claire", CLAIRE)
    (message,) = shop.context.surveys.send(claire).queued
    assert message.body.endswith("https://enquete.example/optique-martin")


def test_results_without_any_survey(shop: Shop) -> None:
    assert shop.context.surveys.results() == []
