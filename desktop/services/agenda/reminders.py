"""Planning notices and handing them to the message gate when their moment comes.

Planning (:meth:`ReminderService.plan_appointments`) runs inside the transaction that changes appointments,
so an appointment and its reminders are written together or not at all. It reconciles, for each client and
day touched, the notices the rules want (:mod:`desktop.core.reminders`) with the rows already there:

- one SMS for several appointments of a client the same day: each appointment has its own row, all rows of
  one SMS share one key, made of the client, the slot (the reminder before, or the morning-of one) and the
  appointments with their start times. A moved appointment therefore gets a new key (a new reminder), and a
  key already handed to the gate is never planned again;
- a planned row the rules no longer want is cancelled with the reason (appointment cancelled, moved, grouped
  with another one, rules changed).

:meth:`ReminderService.run_due` is the dispatcher's step: it takes the planned notices whose moment has
come, decides for each whether it is still useful (:func:`desktop.core.reminders.catch_up`), hands the
useful ones to the message gate through :class:`ports.NoticeOutbox` (:mod:`.gate_outbox` in the
application) with their values and key, and records the queued message or the gate's reasons (blocked).
Surveys and review requests (planned after a collection here, after a visit by
:mod:`desktop.services.surveys.planning`) leave the same way; one the gate holds back because the client had
one too recently is *skipped* with that reason, not blocked: nobody has anything to fix.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Final
from zoneinfo import ZoneInfo

from desktop import logs
from desktop.core import collector
from desktop.core import reminders as rules
from desktop.core.agenda import (
    FEEDBACK_NOTICES,
    Appointment,
    Booking,
    Notice,
    NoticeKind,
    NoticeStatus,
    Order,
    message_kind,
)
from desktop.core.clock import Clock
from desktop.core.entities import AppointmentStatus, Client, Purpose, Template
from desktop.core.reminders import Area, PlanContext, ReminderRule
from desktop.core.text import fold
from desktop.services.agenda import defaults
from desktop.services.agenda.ports import NoticeOutbox, NoticeOutcome, NoticeRequest
from desktop.services.changes import ChangeHub, Changes
from desktop.settings import Settings
from desktop.storage.db import Database, UnitOfWork
from desktop.storage.repositories import appointments as appointments_repo
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import notices as repo
from desktop.storage.repositories import orders as orders_repo
from desktop.storage.repositories.notices import NoticeValues

_log = logs.get("dispatch")

#: Notices the dispatcher hands to the gate.
SENDABLE: Final = frozenset(NoticeKind)
#: The gate's refusals that are a rule's "not now" rather than something to fix: the notice is skipped.
_SPACED_OUT: Final = frozenset({"survey_too_soon", "review_too_soon"})
_MAX_PASSES: Final = 20

# Reasons of cancelled and blocked notices (catalogue codes, desktop.core.catalogue.agenda).
CANCELLED_APPOINTMENT: Final = "notice_cancelled_appointment"
CANCELLED_CLOSED: Final = "notice_cancelled_closed"
CANCELLED_MOVED: Final = "notice_cancelled_moved"
CANCELLED_GROUPED: Final = "notice_cancelled_grouped"
CANCELLED_RULES: Final = "notice_cancelled_rules"
CANCELLED_EDITED: Final = "notice_cancelled_edited"
CANCELLED_ORDER: Final = "notice_cancelled_order"
TEMPLATE_MISSING: Final = "notice_template_missing"

#: Appointments that were no visit: what was planned after them (survey, review request) is cancelled.
_NO_VISIT: Final = frozenset({AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW})

_SLOT: Final = {
    NoticeKind.DAY_BEFORE: "main",
    NoticeKind.CONFIRMATION: "main",
    NoticeKind.MORNING_OF: "morning",
}

TemplateLookup = Callable[[str], Template | None]


class _RuleLookup:
    """The reminder rule of each kind of appointment, worked out once per planning."""

    def __init__(self, settings: Settings) -> None:
        self._rules = {fold(k.name): k.rule for k in defaults.kinds(settings)}
        self._usual = defaults.sector_rule(settings.business.sector)
        self._seen: dict[str, ReminderRule] = {}

    def __call__(self, kind: str) -> ReminderRule:
        rule = self._seen.get(kind)
        if rule is None:
            rule = self._seen[kind] = self._rules.get(fold(kind), self._usual)
        return rule


def appointment_key(kind: NoticeKind, client_id: int, members: Sequence[Booking]) -> str:
    """The key of one SMS for these appointments: the same appointments at the same times, same key."""
    who = ";".join([f"{a.id}@{_utc(a.start).isoformat()}" for a in members])
    digest = hashlib.sha256(f"{_SLOT[kind]}|{client_id}|{who}".encode()).hexdigest()[:40]
    return f"agenda:{digest}"


def _utc(moment: dt.datetime) -> dt.datetime:
    """`moment` in UTC (as it nearly always is already: then as it is, which saves a conversion)."""
    return moment if moment.tzinfo is dt.UTC else moment.astimezone(dt.UTC)


def order_key(kind: NoticeKind, order_id: int, moment: dt.datetime) -> str:
    """The key of an order's notice: one per order, kind and moment (ready at, arrival time…)."""
    digest = hashlib.sha256(f"{kind.value}|{order_id}|{moment.astimezone(dt.UTC).isoformat()}".encode())
    return f"order:{digest.hexdigest()[:40]}"


def _template_of(rule: ReminderRule, kind: NoticeKind) -> str:
    if kind is NoticeKind.MORNING_OF:
        return rule.morning_template
    if kind is NoticeKind.CONFIRMATION:
        return rule.confirmation_template
    return rule.template


@dataclass(frozen=True, slots=True)
class _Batch:
    """What one pass hands to the gate: the requests and, for each, the rows it settles."""

    requests: list[NoticeRequest]
    rows: list[list[int]]


class ReminderService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings],
        find_template: TemplateLookup,
        outbox: NoticeOutbox,
        batch_size: int = 500,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self._settings = settings_provider
        self._find_template = find_template
        self._outbox = outbox
        self._batch_size = batch_size

    # ---------------------------------------------------------------- contexts
    def business_area(self, settings: Settings | None = None) -> Area:
        business = (settings or self._settings()).business
        return Area(business.region, business.subdiv)

    def zone(self) -> ZoneInfo:
        return self.business_area().zone

    def context_for(self, client: Client | None, settings: Settings) -> PlanContext:
        recipient = Area(client.region, client.subdiv) if client is not None else self.business_area(settings)
        return PlanContext(self.business_area(settings), recipient, settings.policy)

    # ---------------------------------------------------------------- reading
    def of_appointments(self, ids: Collection[int]) -> dict[int, list[Notice]]:
        with self._db.read() as session:
            return repo.of_appointments(session, ids)

    def of_orders(self, ids: Collection[int]) -> dict[int, list[Notice]]:
        with self._db.read() as session:
            return repo.of_orders(session, ids)

    def blocked_recently(self, days: int = 7) -> int:
        """Notices the gate refused in the last `days` days: the staff has something to look at."""
        with self._db.read() as session:
            return repo.blocked_since(session, self._clock.now() - dt.timedelta(days=days))

    # ---------------------------------------------------------------- planning appointments
    def plan_appointments(
        self,
        session: UnitOfWork,
        appointment_ids: Collection[int],
        now: dt.datetime,
        *,
        cause: str,
        also: Iterable[tuple[int, dt.date]] = (),
        inserted: Sequence[Booking] | None = None,
    ) -> int:
        """Bring the notices of these appointments (and of the other appointments of their clients the same
        days, plus the client-days in `also`: a day an appointment left) in line with the rules. `cause` is
        the reason given to these appointments' planned notices that are no longer wanted; `inserted`: these
        appointments when the caller has just inserted them, as stored and with their clients' areas (a
        booking: they are not read again, and have no notices yet). Returns how many rows were planned or
        cancelled."""
        with collector.paused():  # thousands of records alive till the end, none in a cycle
            return self._plan_appointments(session, appointment_ids, now, cause, also, inserted)

    def _plan_appointments(
        self,
        session: UnitOfWork,
        appointment_ids: Collection[int],
        now: dt.datetime,
        cause: str,
        also: Iterable[tuple[int, dt.date]],
        inserted: Sequence[Booking] | None,
    ) -> int:
        settings = self._settings()
        business = self.business_area(settings)
        zone = business.zone
        subjects = inserted
        if subjects is None:
            subjects = appointments_repo.bookings(session, list(appointment_ids))
        also = set(also)
        if not subjects and not also:
            return 0
        groups = self._groups(session, subjects, also, zone)
        concerned = {b.id: b for group in groups.values() for b in group} | {b.id: b for b in subjects}
        fresh = {b.id for b in inserted} if inserted is not None else set()  # no notices yet
        # What is already there: a cancelled notice is neither kept, compared nor cancelled again.
        existing = repo.of_appointments(session, [i for i in concerned if i not in fresh], cancelled=False)
        rule_of = _RuleLookup(settings)
        subject_ids = {b.id for b in subjects}
        planners: dict[tuple[str, str | None], rules.Planner] = {}
        replanning = cause == CANCELLED_RULES  # nothing was booked or moved now
        known = existing.keys()

        keep: set[int] = set()
        planned: list[NoticeValues] = []
        for (client_id, _day), group in groups.items():
            rule = rule_of(group[0].kind)
            area = (group[0].region, group[0].subdiv)
            planner = planners.get(area)
            if planner is None:
                context = PlanContext(business, Area(*area), settings.policy)
                planner = planners[area] = rules.Planner(context)
            members = [b.id for b in group]
            # Booked or moved now (the subject of this change), else when its appointments were booked.
            rebooked = not replanning and not subject_ids.isdisjoint(members)
            booked = now if rebooked else max(b.booked_at for b in group)
            plans = planner.plan(rule, group[0].start, now, booked)
            compare = not known.isdisjoint(members)  # else nothing to compare with: plan them
            for plan in plans:
                key = appointment_key(plan.kind, client_id, group)
                template = _template_of(rule, plan.kind)
                if compare:
                    kept = _kept(plan, key, template, group, existing)
                    if kept is not None:
                        keep.update(kept)
                        continue
                planned += [
                    NoticeValues(
                        client_id=client_id,
                        kind=plan.kind,
                        key=key,
                        due_at=plan.due_at,
                        expires_at=plan.expires_at,
                        appointment_id=booking.id,
                        template=template,
                    )
                    for booking in group
                ]
        cancelled: dict[str, list[int]] = defaultdict(list)
        for appointment_id, notices in existing.items():
            booking = concerned[appointment_id]
            for notice in notices:
                if notice.status is not NoticeStatus.PLANNED or notice.id in keep:
                    continue
                if (
                    notice.kind in FEEDBACK_NOTICES
                ):  # after the visit: only a visit that did not happen stops it
                    if booking.status in _NO_VISIT:
                        cancelled[CANCELLED_APPOINTMENT].append(notice.id)
                    continue
                reason = _cancel_reason(booking, appointment_id in subject_ids, cause)
                cancelled[reason].append(notice.id)
        changed = repo.insert_many(session, planned, now)
        for reason, ids in cancelled.items():
            changed += repo.settle(session, ids, NoticeStatus.CANCELLED, now, reason=reason)
        return changed

    def _groups(
        self,
        session: UnitOfWork,
        subjects: Sequence[Booking],
        also: set[tuple[int, dt.date]],
        zone: ZoneInfo,
    ) -> dict[tuple[int, dt.date], list[Booking]]:
        """The active appointments of each (client, local day) of these appointments and of `also`, in start
        order: the `subjects` as given (they are current in this transaction), the others as read."""
        groups: dict[tuple[int, dt.date], list[Booking]] = defaultdict(list)
        days = set(also)
        for booking in subjects:
            where = (booking.client_id, booking.start.astimezone(zone).date())
            days.add(where)
            if booking.active:
                groups[where].append(booking)
        one_day = dt.timedelta(days=1)
        dates = {day for _client, day in days}
        midnight = {
            day: dt.datetime.combine(day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)
            for day in dates | {day + one_day for day in dates}
        }
        wanted = [(client_id, midnight[day], midnight[day + one_day]) for client_id, day in days]
        for booking in appointments_repo.active_bookings_on(
            session, wanted, besides=[b.id for b in subjects]
        ):
            groups[(booking.client_id, booking.start.astimezone(zone).date())].append(booking)
        for found in groups.values():
            if len(found) > 1:  # most clients have one appointment that day
                found.sort(key=lambda b: (b.start, b.id))
        return dict(groups)

    def replan_upcoming(self) -> int:
        """Plan every upcoming appointment again (the rules or the sending hours changed)."""
        now = self._clock.now()
        with self._db.session() as session:
            upcoming = appointments_repo.active_after(session, now)
            changed = self.plan_appointments(session, upcoming, now, cause=CANCELLED_RULES)
        if changed:
            self._hub.publish(Changes(agenda=True))
        return changed

    # ---------------------------------------------------------------- planning orders
    def plan_order_notice(
        self,
        session: UnitOfWork,
        order: Order,
        kind: NoticeKind,
        due_at: dt.datetime,
        *,
        key_moment: dt.datetime,
        template: str,
        now: dt.datetime,
        expires_at: dt.datetime | None = None,
        values: dict[str, str] | None = None,
    ) -> bool:
        """Plan one notice of an order, unless the same one (same kind and moment) was planned already."""
        key = order_key(kind, order.id, key_moment)
        if any(n.status is not NoticeStatus.CANCELLED for n in repo.with_keys(session, [key])):
            return False
        repo.insert_many(
            session,
            [
                NoticeValues(
                    client_id=order.client_id,
                    kind=kind,
                    key=key,
                    due_at=due_at,
                    expires_at=expires_at,
                    order_id=order.id,
                    template=template,
                    values=values or {},
                )
            ],
            now,
        )
        return True

    def cancel_order_notices(
        self, session: UnitOfWork, order_id: int, kinds: Collection[NoticeKind], now: dt.datetime
    ) -> int:
        notices = repo.of_orders(session, [order_id]).get(order_id, [])
        ids = [n.id for n in notices if n.kind in kinds and n.status is NoticeStatus.PLANNED]
        return repo.settle(session, ids, NoticeStatus.CANCELLED, now, reason=CANCELLED_ORDER) if ids else 0

    # ---------------------------------------------------------------- handing over
    def run_due(self) -> int:
        """The dispatcher's step: hand what is due to the gate. Returns how many messages were queued."""
        outbox = self._outbox
        queued = total = 0
        for _ in range(_MAX_PASSES):  # every due notice is settled or postponed by a pass: this ends early
            handed, seen = self._pass(outbox)
            queued += handed
            total += seen
            if seen < self._batch_size:
                break
        if total:
            self._hub.publish(Changes(agenda=True))
        return queued

    def _pass(self, outbox: NoticeOutbox) -> tuple[int, int]:
        now = self._clock.now()
        settings = self._settings()
        with self._db.read() as session:
            due = repo.due(session, now, SENDABLE, self._batch_size)
            if not due:
                return 0, 0
            clients = {c.id: c for c in clients_repo.get_many(session, list({n.client_id for n in due}))}
            members = appointments_repo.get_many(
                session, [n.appointment_id for n in due if n.appointment_id is not None]
            )
            orders = orders_repo.get_many(session, [n.order_id for n in due if n.order_id is not None])
        by_key: dict[str, list[Notice]] = defaultdict(list)
        for notice in due:
            by_key[notice.key].append(notice)
        latest = _latest_key_per_appointment(due)
        appointments = {a.id: a for a in members}
        order_by_id = {o.id: o for o in orders}
        settled: dict[tuple[NoticeStatus, str], list[int]] = defaultdict(list)  # skipped or blocked, why
        waiting: dict[dt.datetime, list[int]] = defaultdict(list)
        batch = _Batch([], [])
        for key, notices in by_key.items():
            ids = [n.id for n in notices]
            first = notices[0]
            if any(n.appointment_id is not None and latest[n.appointment_id] != key for n in notices):
                settled[(NoticeStatus.SKIPPED, rules.SUPERSEDED)].extend(ids)
                continue
            context = self.context_for(clients.get(first.client_id), settings)
            expires = min((n.expires_at for n in notices if n.expires_at is not None), default=None)
            decision = rules.catch_up(expires, now, context)
            if decision.action is rules.CatchUp.SKIP:
                settled[(NoticeStatus.SKIPPED, decision.reason or rules.TOO_LATE)].extend(ids)
            elif decision.action is rules.CatchUp.WAIT and decision.at is not None:
                waiting[decision.at].extend(ids)
            else:
                template = self._find_template(first.template) if first.template else None
                if template is None or not template.active:
                    settled[(NoticeStatus.BLOCKED, TEMPLATE_MISSING)].extend(ids)
                    continue
                batch.requests.append(self._request(notices, template, appointments, order_by_id, now))
                batch.rows.append(ids)
        with self._db.session() as session:
            for (status, reason), ids in settled.items():
                params = {"name": _template_name(due, ids)} if reason == TEMPLATE_MISSING else {}
                repo.settle(session, ids, status, now, reason=reason, params=params)
            for at, ids in waiting.items():
                repo.postpone(session, ids, at, now)
        outcomes = outbox.submit(batch.requests) if batch.requests else []
        handed = self._record(batch, outcomes, now)
        return handed, len(due)

    def _request(
        self,
        notices: list[Notice],
        template: Template,
        appointments: dict[int, Appointment],
        orders: dict[int, Order],
        now: dt.datetime,
    ) -> NoticeRequest:
        first = notices[0]
        values: dict[str, str] = dict(first.values)
        group = [appointments[n.appointment_id] for n in notices if n.appointment_id in appointments]
        if group:
            values.update(
                rules.appointment_values(
                    [a.start for a in group],
                    [a.staff for a in group],
                    [a.location for a in group],
                    self.zone(),
                )
            )
        order = orders.get(first.order_id) if first.order_id is not None else None
        if order is not None:
            values.setdefault("commande", str(order.id))
        kind = message_kind(first.kind)
        return NoticeRequest(
            client_id=first.client_id,
            template_id=template.id,
            purpose=Purpose.SURVEY if first.kind in FEEDBACK_NOTICES else Purpose.TRANSACTIONAL,
            kind=kind,
            idempotency_key=first.key,
            values=values,
            appointment_id=group[0].id if group else None,
            order_id=first.order_id,
            due_at=now,
        )

    def _record(self, batch: _Batch, outcomes: Sequence[NoticeOutcome], now: dt.datetime) -> int:
        if len(outcomes) != len(batch.requests):
            raise RuntimeError("the outbox answered a different number of requests")
        handed = 0
        with self._db.session() as session:
            for ids, outcome in zip(batch.rows, outcomes, strict=True):
                if outcome.message_id is not None:
                    repo.settle(session, ids, NoticeStatus.QUEUED, now, message_id=outcome.message_id)
                    handed += 1
                else:
                    first = outcome.refusals[0] if outcome.refusals else None
                    spaced_out = first is not None and first.code in _SPACED_OUT
                    repo.settle(
                        session,
                        ids,
                        NoticeStatus.SKIPPED if spaced_out else NoticeStatus.BLOCKED,
                        now,
                        reason=first.code if first else "unknown_error",
                        params=dict(first.params) if first else {},
                    )
        if len(outcomes) > handed:
            _log.warning("%d notice(s) refused by the message gate", len(outcomes) - handed)
        return handed


def _template_name(notices: Sequence[Notice], ids: Collection[int]) -> str:
    """The template name of the first of these notices (the parameter of ``notice_template_missing``)."""
    return next((n.template for n in notices if n.id in ids), "")


def _latest_key_per_appointment(notices: Sequence[Notice]) -> dict[int, str]:
    """For each appointment, the key of its latest due notice: an older one due at the same time is
    superseded (Comptoir was closed through both moments; only the most recent reminder is useful)."""
    latest: dict[int, Notice] = {}
    for notice in notices:
        if notice.appointment_id is None:
            continue
        current = latest.get(notice.appointment_id)
        if current is None or (notice.due_at, notice.id) > (current.due_at, current.id):
            latest[notice.appointment_id] = notice
    return {appointment_id: notice.key for appointment_id, notice in latest.items()}


def _kept(
    plan: rules.Planned,
    key: str,
    template: str,
    group: Sequence[Booking],
    existing: dict[int, list[Notice]],
) -> list[int] | None:
    """The rows already there for this SMS of these appointments, when nothing new is to be planned for it
    (None: plan it): rows handed over or decided (queued, blocked, skipped) are kept as they are, and so are
    planned rows that are what the rules want, for every appointment of the group."""
    same = [
        n
        for b in group
        for n in existing.get(b.id, ())
        if n.key == key and n.status is not NoticeStatus.CANCELLED
    ]
    if any(n.status is not NoticeStatus.PLANNED for n in same):
        return [n.id for n in same]  # already handed over or decided: nothing new
    wanted = (plan.kind, plan.due_at, plan.expires_at, template)
    fresh = [n for n in same if (n.kind, n.due_at, n.expires_at, n.template) == wanted]
    if {n.appointment_id for n in fresh} == {b.id for b in group}:
        return [n.id for n in fresh]  # planned as the rules want it
    return None


def _cancel_reason(booking: Booking, subject: bool, cause: str) -> str:
    if booking.status is AppointmentStatus.CANCELLED:
        return CANCELLED_APPOINTMENT
    if not booking.active:
        return CANCELLED_CLOSED
    return cause if subject else CANCELLED_GROUPED
