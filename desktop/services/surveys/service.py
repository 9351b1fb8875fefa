"""Surveys and review requests on demand, and each survey's results.

- :meth:`SurveyService.send` sends the satisfaction survey (or, with ``review``, the review request) to one
  client now, through the gate: consent, the survey's sending hours, « at most one per N months » apply as
  for the automatic ones.
- :meth:`SurveyService.send_due` does at once what the dispatcher does on its own: plan what the rules want
  after visits and collections, and hand what is due to the gate.
- :meth:`SurveyService.results`: per survey (its template), how many reached clients, the distribution of
  the scores they sent back and the NPS (:mod:`desktop.core.surveys`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from desktop.core import surveys
from desktop.core.entities import MessageKind, Purpose, Template
from desktop.core.errors import KnownError
from desktop.services.agenda.reminders import ReminderService
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, SendOutcome, SendRequest
from desktop.services.surveys.planning import FeedbackPlanner, review_template, survey_template
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.repositories import survey_answers

TEMPLATE_MISSING: Final = "survey_template_missing"

TemplateLookup = Callable[[str], Template | None]


class SurveyError(KnownError):
    """A survey that cannot be sent at all (its template is missing), with a stable code."""


@dataclass(frozen=True, slots=True)
class SurveyResult:
    template_id: int | None
    name: str  # "" when the template was deleted
    results: surveys.Results


class SurveyService:
    def __init__(
        self,
        db: Database,
        gate: Gate,
        *,
        settings_provider: Callable[[], Settings],
        find_template: TemplateLookup,
        planner: FeedbackPlanner,
        reminders: ReminderService,
    ) -> None:
        self._db = db
        self._gate = gate
        self._settings = settings_provider
        self._find_template = find_template
        self._planner = planner
        self._reminders = reminders

    def send(self, client_id: int, *, review: bool = False, template: str | None = None) -> SendOutcome:
        """The survey (or the review request) to one client now; the gate's verdict."""
        settings = self._settings()
        name = template or (review_template(settings) if review else survey_template(settings))
        found = self._find_template(name) if name else None
        if found is None or not found.active:
            raise SurveyError(TEMPLATE_MISSING, name=name or "—")
        kind = MessageKind.REVIEW_REQUEST if review else MessageKind.SURVEY
        return self._gate.send(
            SendRequest(
                found.body, Purpose.SURVEY, (Addressee(client_id=client_id),), kind=kind, template_id=found.id
            )
        )

    def send_due(self) -> tuple[int, int]:
        """Plan what the rules want now and hand what is due to the gate: (planned, queued)."""
        planned = self._planner.plan_now()
        return planned, self._reminders.run_due()

    def results(self, since: dt.datetime | None = None) -> list[SurveyResult]:
        with self._db.read() as session:
            found = survey_answers.figures(session, since)
        return [SurveyResult(f.template_id, f.name, surveys.results(f.sent, f.scores)) for f in found]
