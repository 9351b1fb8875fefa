"""Applying replies: the dispatcher's step right after replies are polled (and the only place a reply acts).

Each stored reply is applied **once**: in one transaction a desk claims it (a conditional ``UPDATE`` that
only one desk wins), works out what it answers, interprets it, applies it and records what it did. A reply
applied twice changes nothing more; a crash before the commit leaves it to the next pass.

What it answers is the last message that left for that number in the :data:`CONTEXT_DAYS` before the reply
(:func:`desktop.core.replies.question_of`): a reminder asked to confirm, a survey asked for a note, anything
else asked nothing. Then (:func:`desktop.core.replies.interpret`):

- **opt-out / opt-in** → :mod:`.consent` (scopes from the words and the message answered; queued messages the
  opt-out forbids cancelled at once); the opt-out owes a short confirmation SMS (:mod:`.answers`) unless the
  settings turn it off;
- **confirm / cancel** → the one upcoming reminded appointment (:mod:`.appointments`), or nothing and « à
  traiter » with the reason. A cancellation frees the slot (its reminders are cancelled) and stays unread so
  that the staff hears of it (badge, tray notification);
- **score** → recorded on the survey answered; 0–6 is a detractor: « à traiter », unread, to call back;
- **keyword** → owes the configured answer;
- anything else → « à traiter », unread, with the reason a person must read it.

Replies from a number on nobody's card are applied as well (an opt-out suppresses the number); what needs a
client (an appointment, a survey) waits for a person, who may attach the number to a client.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Protocol

from desktop import logs
from desktop.core import optout, replies, surveys
from desktop.core.agenda import Appointment
from desktop.core.clock import Clock
from desktop.core.entities import AppointmentStatus, InboundMessage, Interpretation, Message
from desktop.services.changes import ChangeHub, Changes
from desktop.services.inbox import codes
from desktop.services.inbox import consent as consent_effects
from desktop.services.inbox.answers import ReplyAnswers
from desktop.services.inbox.appointments import details_of, match
from desktop.settings import Settings
from desktop.storage.db import Database, UnitOfWork
from desktop.storage.repositories import conversation, survey_answers
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories.inbound import Outcome

_log = logs.get("dispatch")

#: A reply answers a message that left at most this long before it.
CONTEXT_DAYS: Final = 30
BATCH: Final = 200


class AppointmentStatusSetter(Protocol):
    """What applying needs from the agenda: set a status in the caller's transaction, reminders re-planned."""

    def apply_status(
        self, session: UnitOfWork, appointment_id: int, status: AppointmentStatus, now: dt.datetime
    ) -> None: ...


@dataclass
class ApplyReport:
    """What one pass applied (the dispatcher adds it to its report)."""

    applied: int = 0
    opt_outs: int = 0
    answers: int = 0
    clients: set[int] = field(default_factory=set)
    messages: set[int] = field(default_factory=set)
    agenda: bool = False


@dataclass
class _Effects:
    """What applying one reply changed besides the reply itself."""

    opted_out: bool = False
    agenda: bool = False
    client: int | None = None
    messages: tuple[int, ...] = ()


class ReplyApplier:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings],
        appointments: AppointmentStatusSetter,
        answers: ReplyAnswers,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self._settings = settings_provider
        self._appointments = appointments
        self._answers = answers

    def apply_replies(self) -> tuple[int, int]:
        """The dispatcher's step (:class:`desktop.services.dispatch.ports.RepliesStep`)."""
        report = self.apply_pending()
        return report.applied, report.opt_outs

    def apply_pending(self) -> ApplyReport:
        """Apply every reply no desk has applied yet, then send the answers owed; publish what changed."""
        report = ApplyReport()
        while True:
            with self._db.read() as session:
                waiting = inbound_repo.pending(session, BATCH)
            for reply in waiting:
                self._apply_safely(reply, report)
            if len(waiting) < BATCH:
                break
        queued = self._answers.settle()
        report.answers += len(queued)
        report.messages.update(queued)
        if report.applied or queued:
            self._hub.publish(
                Changes(
                    clients=frozenset(report.clients),
                    messages=frozenset(report.messages),
                    inbound=True,
                    agenda=report.agenda,
                )
            )
        return report

    def _apply_safely(self, reply: InboundMessage, report: ApplyReport) -> None:
        try:
            effects = self._apply(reply)
        except Exception:
            # A bug must not hide the reply: it waits for a person, and the next ones are still applied.
            _log.exception("reply %s could not be applied", reply.id)
            now = self._clock.now()
            with self._db.session() as session:
                if inbound_repo.claim(session, reply.id, now):
                    failed = Outcome(Interpretation.UNKNOWN, reason=codes.NOT_APPLIED)
                    inbound_repo.record_outcome(session, reply.id, failed, now, codes.COMPTOIR)
            report.applied += 1
            return
        if effects is None:
            return  # another desk applied it
        report.applied += 1
        report.opt_outs += int(effects.opted_out)
        report.agenda = report.agenda or effects.agenda
        report.messages.update(effects.messages)
        if effects.client is not None:
            report.clients.add(effects.client)

    def _apply(self, reply: InboundMessage) -> _Effects | None:
        now = self._clock.now()
        settings = self._settings()
        with self._db.session() as session:
            if not inbound_repo.claim(session, reply.id, now):
                return None
            client_id = reply.client_id or inbound_repo.client_for_number(session, reply.from_number)
            since = reply.received_at - dt.timedelta(days=CONTEXT_DAYS)
            answered = conversation.last_sent_to(session, reply.from_number, reply.received_at, since)
            expecting = replies.question_of(answered.kind, answered.purpose) if answered is not None else None
            meaning = replies.interpret(
                reply.text, expecting=expecting, keywords=settings.replies.keyword_answers()
            )
            effects = _Effects(client=client_id)
            result = self._act(session, reply, meaning, client_id, answered, settings, now, effects)
            inbound_repo.record_outcome(session, reply.id, result, now, codes.COMPTOIR)
        return effects

    def _act(
        self,
        session: UnitOfWork,
        reply: InboundMessage,
        meaning: replies.Reply,
        client_id: int | None,
        answered: Message | None,
        settings: Settings,
        now: dt.datetime,
        effects: _Effects,
    ) -> Outcome:
        kind = meaning.kind
        base = Outcome(kind, client_id=client_id)
        if kind is Interpretation.OPT_OUT:
            scopes = optout.reply_scopes(
                meaning.scopes,
                answered.kind if answered is not None else None,
                answered.purpose if answered is not None else None,
            )
            done = consent_effects.opt_out(session, client_id, reply.from_number, scopes, reply.text, now)
            effects.opted_out = True
            effects.messages = done.cancelled
            details = {
                "scopes": ",".join(s.value for s in done.scopes),
                "cancelled": str(len(done.cancelled)),
            }
            owed = settings.replies.confirm_opt_out
            if owed:
                details["answer_kind"] = codes.ANSWER_OPT_OUT
            return _done(base, codes.OPTED_OUT, details, answer=inbound_repo.ANSWER_OWED if owed else "")
        if kind is Interpretation.OPT_IN:
            if client_id is None and meaning.scopes:
                consent_effects.opt_in(session, None, reply.from_number, meaning.scopes, reply.text, now)
                return _todo(base, codes.OPT_IN_UNKNOWN_NUMBER)
            restored = consent_effects.opt_in(
                session, client_id, reply.from_number, meaning.scopes, reply.text, now
            )
            if not restored:
                return _done(base, codes.NOTHING_TO_RESTORE)
            return _done(base, codes.OPTED_IN, {"scopes": ",".join(s.value for s in restored)})
        if kind is Interpretation.KEYWORD:
            details = {"keyword": meaning.keyword or "", "answer_kind": codes.ANSWER_KEYWORD}
            return _done(base, codes.KEYWORD_ANSWERED, details, answer=inbound_repo.ANSWER_OWED)
        if kind is Interpretation.SCORE and meaning.score is not None and answered is not None:
            return self._score(session, reply, meaning.score, client_id, answered, base, now)
        if kind in (Interpretation.CONFIRM, Interpretation.CANCEL):
            if client_id is None:
                return _todo(base, codes.UNKNOWN_NUMBER)
            return self._appointment(session, kind, client_id, base, now, effects)
        return _todo(base, meaning.reason or replies.UNCLEAR)

    def _score(
        self,
        session: UnitOfWork,
        reply: InboundMessage,
        score: int,
        client_id: int | None,
        survey: Message,
        base: Outcome,
        now: dt.datetime,
    ) -> Outcome:
        survey_answers.record(
            session,
            message_id=survey.id,
            client_id=client_id or survey.client_id,
            template_id=survey.template_id,
            score=score,
            inbound_id=reply.id,
            at=reply.received_at,
        )
        details = {"score": str(score), "survey": str(survey.id)}
        if surveys.is_detractor(score):
            return _todo(base, codes.DETRACTOR, details)
        return _done(base, codes.SCORE_RECORDED, details)

    def _appointment(
        self,
        session: UnitOfWork,
        kind: Interpretation,
        client_id: int,
        base: Outcome,
        now: dt.datetime,
        effects: _Effects,
    ) -> Outcome:
        found = match(session, client_id, now)
        appointment: Appointment | None = found.appointment
        if appointment is None:
            return _todo(base, found.reason, found.details)
        details = details_of(appointment)
        if kind is Interpretation.CANCEL:
            self._appointments.apply_status(session, appointment.id, AppointmentStatus.CANCELLED, now)
            effects.agenda = True
            # Done by Comptoir, but unread: the staff must hear that a slot is free.
            return _done(base, codes.APPOINTMENT_CANCELLED, details, unread=True)
        if appointment.status is not AppointmentStatus.CONFIRMED:
            self._appointments.apply_status(session, appointment.id, AppointmentStatus.CONFIRMED, now)
            effects.agenda = True
        return _done(base, codes.APPOINTMENT_CONFIRMED, details)


def _done(
    base: Outcome,
    outcome: str,
    details: dict[str, str] | None = None,
    *,
    answer: str = "",
    unread: bool = False,
) -> Outcome:
    return Outcome(
        base.interpretation,
        outcome=outcome,
        details=details or {},
        handled=True,
        unread=unread,
        answer=answer,
        client_id=base.client_id,
    )


def _todo(base: Outcome, reason: str, details: dict[str, str] | None = None) -> Outcome:
    return Outcome(
        base.interpretation,
        reason=reason,
        details=details or {},
        handled=False,
        unread=True,
        client_id=base.client_id,
    )
