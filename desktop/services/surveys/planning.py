"""Plan the satisfaction survey and the review request after a visit or a collection, per the rules.

Each pass (at most once a minute) looks at the visits that ended and the orders collected in the last
:data:`LOOKBACK`, and plans, for those that have none yet, a notice of the agenda (``survey`` or ``review``)
``N`` days later at the shop's notice hour, moved to a working day and into the client's courtesy hours
(:func:`desktop.core.reminders.plan_after`). From then on it is an ordinary notice: the agenda hands it to
the gate at its moment (a rule's « too soon » skips it with the reason), a visit later marked cancelled or
no-show cancels it. Switching a rule on concerns visits from the last two days only: nothing is sent for
the shop's whole history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import cache
from typing import Final

from desktop.core import reminders as rules
from desktop.core.agenda import Appointment, NoticeKind, Order
from desktop.core.clock import Clock
from desktop.services.agenda import defaults
from desktop.services.agenda.reminders import ReminderService
from desktop.services.changes import ChangeHub, Changes
from desktop.services.presets import PresetError, all_presets
from desktop.settings import Settings
from desktop.storage.db import Database, UnitOfWork
from desktop.storage.repositories import appointments as appointments_repo
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import notices as notices_repo
from desktop.storage.repositories import orders as orders_repo
from desktop.storage.repositories.notices import NoticeValues

LOOKBACK: Final = dt.timedelta(days=2)
INTERVAL: Final = 60.0  # seconds between two looks
SURVEY_PRESET: Final = "common_satisfaction_survey"
REVIEW_PRESET: Final = "common_google_review"


@cache
def preset_name(key: str) -> str:
    try:
        return next((p.name for p in all_presets() if p.key == key), "")
    except PresetError:
        return ""


def survey_template(settings: Settings) -> str:
    return settings.surveys.template.strip() or preset_name(SURVEY_PRESET)


def review_template(settings: Settings) -> str:
    return settings.surveys.review_template.strip() or preset_name(REVIEW_PRESET)


def feedback_key(kind: NoticeKind, *, appointment_id: int | None = None, order_id: int | None = None) -> str:
    """One survey (one review request) per visit or collection, ever."""
    subject = f"appointment:{appointment_id}" if appointment_id is not None else f"order:{order_id}"
    return f"{kind.value}:{subject}"


class FeedbackPlanner:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings],
        reminders: ReminderService,
        interval: float = INTERVAL,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self._settings = settings_provider
        self._reminders = reminders
        self._interval = interval
        self._last: float | None = None

    def run_due(self) -> int:
        """The dispatcher's planning step: plan what the rules want; returns how many notices were planned."""
        now_tick = self._clock.monotonic()
        if self._last is not None and now_tick - self._last < self._interval:
            return 0
        self._last = now_tick
        return self.plan_now()

    def plan_now(self) -> int:
        settings = self._settings()
        rule = settings.surveys
        wanted_visit = [
            (kind, days, template)
            for kind, on, days, template in (
                (NoticeKind.SURVEY, rule.after_visit, rule.visit_days, survey_template(settings)),
                (NoticeKind.REVIEW, rule.review_after_visit, rule.review_days, review_template(settings)),
            )
            if on
        ]
        if not wanted_visit and not rule.review_after_collection:
            return 0
        now = self._clock.now()
        planned = 0
        with self._db.session() as session:
            if wanted_visit:
                visits = appointments_repo.ended_between(session, now - LOOKBACK, now)
                for kind, days, template in wanted_visit:
                    planned += self._plan_visits(session, visits, kind, days, template, settings, now)
            if rule.review_after_collection:
                collected = orders_repo.collected_between(session, now - LOOKBACK, now)
                planned += self._plan_orders(session, collected, rule.review_days, settings, now)
        if planned:
            self._hub.publish(Changes(agenda=True))
        return planned

    def _plan_visits(
        self,
        session: UnitOfWork,
        visits: Sequence[Appointment],
        kind: NoticeKind,
        days: int,
        template: str,
        settings: Settings,
        now: dt.datetime,
    ) -> int:
        missing, _ = notices_repo.without_notice(session, kind, appointments=[v.id for v in visits])
        todo = [v for v in visits if v.id in missing]
        values = [
            NoticeValues(
                client_id=visit.client_id,
                kind=kind,
                key=feedback_key(kind, appointment_id=visit.id),
                due_at=self._moment(session, visit.client_id, visit.end, days, settings),
                appointment_id=visit.id,
                template=template,
            )
            for visit in todo
        ]
        return notices_repo.insert_many(session, values, now) if values else 0

    def _plan_orders(
        self, session: UnitOfWork, orders: Sequence[Order], days: int, settings: Settings, now: dt.datetime
    ) -> int:
        kind = NoticeKind.REVIEW
        _, missing = notices_repo.without_notice(session, kind, orders=[o.id for o in orders])
        values = [
            NoticeValues(
                client_id=order.client_id,
                kind=kind,
                key=feedback_key(kind, order_id=order.id),
                due_at=self._moment(session, order.client_id, order.collected_at or now, days, settings),
                order_id=order.id,
                template=review_template(settings),
            )
            for order in orders
            if order.id in missing
        ]
        return notices_repo.insert_many(session, values, now) if values else 0

    def _moment(
        self, session: UnitOfWork, client_id: int, since: dt.datetime, days: int, settings: Settings
    ) -> dt.datetime:
        found = clients_repo.get_many(session, [client_id])
        context = self._reminders.context_for(found[0] if found else None, settings)
        return rules.plan_after(since, max(days, 0), defaults.orders(settings).notice_at, context)
