"""Orders (optician orders) and interventions (a craftsman's jobs): statuses and the notices they trigger.

- *ready* plans the "ready" message at once (or only proposes it, per the settings: the window then asks),
  and, N days later (7 by default), exactly one pickup reminder inside the sending hours;
- *collected* (or *done*) cancels what was still planned and plans the satisfaction survey N days later
  (sent by the survey feature);
- *cancelled* cancels what was still planned;
- an intervention's notices — technician on the way (arrival time), delay (new time), quote date — are
  planned for now, each once per announced time.

Statuses move forward only: in progress → ready → collected; in progress → collected; anything open →
cancelled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from desktop.core import reminders as rules
from desktop.core.agenda import CLOSED_ORDERS, INTERVENTION_NOTICES, Notice, NoticeKind, Order
from desktop.core.clock import Clock
from desktop.core.entities import OrderStatus
from desktop.services.agenda import defaults, errors
from desktop.services.agenda.errors import AgendaError
from desktop.services.agenda.reminders import ReminderService
from desktop.services.changes import ChangeHub, Changes
from desktop.settings import READY_QUEUE, Settings
from desktop.storage.db import Database, UnitOfWork
from desktop.storage.errors import NotFoundError
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import orders as repo

MAX_LABEL: Final = 200
#: What stays planned for an open order and is cancelled when it closes.
_OPEN_NOTICES: Final = frozenset({NoticeKind.READY, NoticeKind.PICKUP, *INTERVENTION_NOTICES})


@dataclass(frozen=True, slots=True)
class ReadyOutcome:
    order: Order
    notified: bool  # the "ready" message was planned
    proposed: bool  # the settings ask to propose it: the caller may confirm with notify_ready()


class OrderService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings],
        reminders: ReminderService,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self._settings = settings_provider
        self._reminders = reminders

    # ---------------------------------------------------------------- reading
    def get(self, order_id: int) -> Order:
        try:
            with self._db.read() as session:
                return repo.get(session, order_id)
        except NotFoundError as exc:
            raise AgendaError(errors.ORDER_UNKNOWN, id=str(order_id)) from exc

    def listing(self, statuses: list[OrderStatus] | None = None, limit: int = 1000) -> list[Order]:
        with self._db.read() as session:
            return repo.listing(session, statuses, limit)

    def of_client(self, client_id: int, limit: int = 200) -> list[Order]:
        with self._db.read() as session:
            return repo.of_client(session, client_id, limit)

    def notices(self, order_ids: list[int]) -> dict[int, list[Notice]]:
        return self._reminders.of_orders(order_ids)

    # ---------------------------------------------------------------- writing
    def add(self, client_id: int, label: str, amount_cents: int | None = None) -> Order:
        text = " ".join(label.split())
        if not text:
            raise AgendaError(errors.ORDER_LABEL_REQUIRED)
        if len(text) > MAX_LABEL:
            raise AgendaError(errors.TEXT_TOO_LONG, max=str(MAX_LABEL))
        now = self._clock.now()
        with self._db.session() as session:
            if not clients_repo.get_many(session, [client_id]):
                raise AgendaError(errors.CLIENT_UNKNOWN, id=str(client_id))
            order_id = repo.insert(session, client_id, text, amount_cents, now)
        self._changed()
        return self.get(order_id)

    def mark_ready(self, order_id: int, notify: bool | None = None) -> ReadyOutcome:
        """Ready: the "ready" message is planned when `notify` says so (None: as the settings say), and the
        pickup reminder N days later."""
        settings = self._settings()
        chosen = defaults.orders(settings)
        send = (chosen.ready_notice == READY_QUEUE) if notify is None else notify
        now = self._clock.now()
        with self._db.session() as session:
            status = self._open_status(session, order_id)
            if status is OrderStatus.READY:
                raise AgendaError(errors.ORDER_ALREADY_READY, id=str(order_id))
            repo.set_status(session, order_id, OrderStatus.READY, now, ready_at=now)
            order = repo.get(session, order_id)
            context = self._context(session, order, settings)
            if send:
                self._plan_ready(session, order, now)
            if chosen.pickup_reminder_days > 0:
                due = rules.plan_after(now, chosen.pickup_reminder_days, chosen.notice_at, context)
                self._reminders.plan_order_notice(
                    session,
                    order,
                    NoticeKind.PICKUP,
                    due,
                    key_moment=now,
                    template=chosen.pickup_template,
                    now=now,
                )
        self._changed()
        return ReadyOutcome(self.get(order_id), notified=send, proposed=not send and notify is None)

    def notify_ready(self, order_id: int) -> Order:
        """Plan the "ready" message of a ready order (after the window proposed it)."""
        now = self._clock.now()
        with self._db.session() as session:
            order = repo.get_many(session, [order_id])
            if not order:
                raise AgendaError(errors.ORDER_UNKNOWN, id=str(order_id))
            if order[0].status is not OrderStatus.READY or order[0].ready_at is None:
                raise AgendaError(errors.ORDER_NOT_READY, id=str(order_id))
            self._plan_ready(session, order[0], now)
        self._changed()
        return self.get(order_id)

    def _plan_ready(self, session: UnitOfWork, order: Order, now: dt.datetime) -> None:
        template = defaults.orders(self._settings()).ready_template
        moment = order.ready_at or now
        self._reminders.plan_order_notice(
            session, order, NoticeKind.READY, now, key_moment=moment, template=template, now=now
        )

    def mark_collected(self, order_id: int) -> Order:
        """Collected (or, for an intervention, done): what was still planned is cancelled; the survey is
        planned N days later."""
        settings = self._settings()
        chosen = defaults.orders(settings)
        now = self._clock.now()
        with self._db.session() as session:
            self._open_status(session, order_id)
            repo.set_status(session, order_id, OrderStatus.COLLECTED, now, collected_at=now)
            self._reminders.cancel_order_notices(session, order_id, _OPEN_NOTICES, now)
            order = repo.get(session, order_id)
            if chosen.survey_days > 0:
                context = self._context(session, order, settings)
                due = rules.plan_after(now, chosen.survey_days, chosen.notice_at, context)
                self._reminders.plan_order_notice(
                    session,
                    order,
                    NoticeKind.SURVEY,
                    due,
                    key_moment=now,
                    template=chosen.survey_template,
                    now=now,
                )
        self._changed()
        return self.get(order_id)

    def cancel(self, order_id: int) -> Order:
        now = self._clock.now()
        with self._db.session() as session:
            self._open_status(session, order_id)
            repo.set_status(session, order_id, OrderStatus.CANCELLED, now)
            self._reminders.cancel_order_notices(session, order_id, _OPEN_NOTICES, now)
        self._changed()
        return self.get(order_id)

    def notify(self, order_id: int, kind: NoticeKind, when: dt.datetime) -> Order:
        """An intervention's notice, planned now: on the way (arrival at `when`), delay (new time `when`),
        quote date (the quote leaves on `when`'s day). The same notice for the same time is planned once."""
        if kind not in INTERVENTION_NOTICES:
            raise ValueError(f"not an intervention notice: {kind}")
        settings = self._settings()
        chosen = defaults.orders(settings)
        zone = self._reminders.zone()
        now = self._clock.now()
        if kind is NoticeKind.QUOTE_DATE:  # useful until the end of the announced day
            day_after = when.astimezone(zone).date() + dt.timedelta(days=1)
            expires = dt.datetime.combine(day_after, dt.time(0), tzinfo=zone).astimezone(dt.UTC)
        else:
            expires = when.astimezone(dt.UTC)
        if expires <= now:
            raise AgendaError(errors.NOTICE_TIME_PAST)
        template = {
            NoticeKind.ON_THE_WAY: chosen.on_the_way_template,
            NoticeKind.DELAY: chosen.delay_template,
            NoticeKind.QUOTE_DATE: chosen.quote_template,
        }[kind]
        with self._db.session() as session:
            self._open_status(session, order_id)
            order = repo.get(session, order_id)
            self._reminders.plan_order_notice(
                session,
                order,
                kind,
                now,
                key_moment=when,
                template=template,
                now=now,
                expires_at=expires,
                values=rules.intervention_values(kind, when, zone),
            )
        self._changed()
        return self.get(order_id)

    # ---------------------------------------------------------------- helpers
    def _open_status(self, session: UnitOfWork, order_id: int) -> OrderStatus:
        try:
            status = repo.current_status(session, order_id)
        except NotFoundError as exc:
            raise AgendaError(errors.ORDER_UNKNOWN, id=str(order_id)) from exc
        if status in CLOSED_ORDERS:
            raise AgendaError(errors.ORDER_CLOSED, id=str(order_id))
        return status

    def _context(self, session: UnitOfWork, order: Order, settings: Settings) -> rules.PlanContext:
        clients = clients_repo.get_many(session, [order.client_id])
        return self._reminders.context_for(clients[0] if clients else None, settings)

    def _changed(self) -> None:
        self._hub.publish(Changes(agenda=True))
        self._reminders.run_due()
