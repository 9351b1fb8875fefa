"""Scores clients gave in reply to satisfaction surveys, and what each survey (template) sent and got."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.entities import MessageKind
from desktop.storage.orm import MessageRow, SurveyAnswerRow, TemplateRow
from desktop.storage.repositories.conversation import NOT_RECEIVED


@dataclass(frozen=True, slots=True)
class SurveyFigures:
    """One survey (a template; None for surveys whose template was deleted): how many left, the scores."""

    template_id: int | None
    name: str
    sent: int
    scores: tuple[int, ...]


def record(
    session: Session,
    *,
    message_id: int,
    client_id: int | None,
    template_id: int | None,
    score: int,
    inbound_id: int,
    at: dt.datetime,
) -> bool:
    """The score given to the survey ``message_id``; a later score replaces an earlier one. True when it
    changed something."""
    row = session.scalar(select(SurveyAnswerRow).where(SurveyAnswerRow.message_id == message_id))
    if row is None:
        session.add(
            SurveyAnswerRow(
                message_id=message_id,
                client_id=client_id,
                template_id=template_id,
                score=score,
                inbound_id=inbound_id,
                answered_at=at,
            )
        )
        session.flush()
        return True
    if row.inbound_id == inbound_id or (row.answered_at > at):
        return False
    row.score, row.inbound_id, row.answered_at = score, inbound_id, at
    return True


def of_client(session: Session, client_id: int) -> list[tuple[dt.datetime, int]]:
    rows = session.execute(
        select(SurveyAnswerRow.answered_at, SurveyAnswerRow.score)
        .where(SurveyAnswerRow.client_id == client_id)
        .order_by(SurveyAnswerRow.answered_at)
    )
    return [(at, int(score)) for at, score in rows]


def figures(session: Session, since: dt.datetime | None = None) -> list[SurveyFigures]:
    """Per survey template: the surveys that reached clients (sent since ``since``) and their scores."""
    sent_query = (
        select(MessageRow.template_id, func.count(MessageRow.id))
        .where(
            MessageRow.kind == MessageKind.SURVEY.value,
            MessageRow.sent_at.is_not(None),
            MessageRow.status.not_in(NOT_RECEIVED),
        )
        .group_by(MessageRow.template_id)
    )
    answers_query = select(SurveyAnswerRow.template_id, SurveyAnswerRow.score)
    if since is not None:
        sent_query = sent_query.where(MessageRow.sent_at >= since)
        answers_query = answers_query.where(SurveyAnswerRow.answered_at >= since)
    sent = {template_id: int(count) for template_id, count in session.execute(sent_query)}
    scores: dict[int | None, list[int]] = defaultdict(list)
    for template_id, score in session.execute(answers_query):
        scores[template_id].append(int(score))
    ids = sorted({i for i in (*sent, *scores) if i is not None})
    names: dict[int, str] = {}
    if ids:
        rows = session.execute(select(TemplateRow.id, TemplateRow.name).where(TemplateRow.id.in_(ids)))
        names = {int(template_id): str(name) for template_id, name in rows}

    def order(template_id: int | None) -> tuple[bool, str, int]:
        return template_id is None, names.get(template_id or 0, ""), template_id or 0

    return [
        SurveyFigures(
            template_id,
            names.get(template_id or 0, ""),
            sent.get(template_id, 0),
            tuple(scores.get(template_id, ())),
        )
        for template_id in sorted({*sent, *scores}, key=order)
    ]
