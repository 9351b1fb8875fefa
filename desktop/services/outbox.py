"""The durable outbox: store the messages the gate prepared, and the user's actions on them.

Storing never touches the network and decides nothing: the text, its figures, the departure and whether the
message may leave at all were settled by the gate (:mod:`desktop.services.sending`, on the rule of
:mod:`desktop.core.outgoing`). The outbox writes each message in ``queued`` (or ``deferred`` when the legal
sending hours moved its departure) with its first history event and returns at once; the dispatcher sends
it when its time comes. As a last safety it refuses a number that is not E.164 and an empty text.

« Envoyer maintenant » (:meth:`OutboxService.send_now`) applies the legal sending hours of
:mod:`desktop.core.compliance` again: a promotion or survey still outside them is refused with the reason and
keeps its planned departure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from desktop.core import compliance, phones
from desktop.core.clock import Clock
from desktop.core.entities import Message, MessageDetail, MessageKind, MessageStatus, Purpose
from desktop.core.errors import KnownError
from desktop.services.changes import ChangeHub, Changes
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.errors import DuplicateError
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.messages import IllegalTransitionError, MessageFilter

S = MessageStatus

_KEY_LENGTH = 64


class OutboxError(KnownError):
    """A refused request, with a stable ``code`` (explained by :mod:`desktop.core.catalogue`)."""


@dataclass(frozen=True, slots=True)
class ReadyMessage:
    """A message as the gate prepared it: stored as it is (see :meth:`OutboxService.store`)."""

    to: str  # E.164
    body: str  # the exact text that leaves
    encoding: str
    segments: int
    cost_cents: int
    purpose: Purpose
    kind: MessageKind
    account_id: int
    due_at: dt.datetime  # aware; the departure the legal hours allow when ``deferred``
    deferred: bool = False  # the legal sending hours moved the departure: « Reporté (heures légales) »
    client_id: int | None = None
    template_id: int | None = None
    campaign_id: int | None = None
    appointment_id: int | None = None
    order_id: int | None = None
    urgent: bool = False
    idempotency_key: str | None = None


def _statuses(
    status: MessageStatus | Collection[MessageStatus] | None,
) -> MessageStatus | frozenset[MessageStatus] | None:
    if status is None or isinstance(status, MessageStatus):
        return status
    return frozenset(MessageStatus(s) for s in status)


def normalise_key(key: str | None) -> str:
    """A unique key of at most 64 characters: the caller's (hashed when longer) or a fresh one."""
    if not key:
        return uuid.uuid4().hex
    return key if len(key) <= _KEY_LENGTH else hashlib.sha256(key.encode("utf-8")).hexdigest()


def _checked(message: ReadyMessage, index: int) -> repo.NewMessage:
    """The last safety before writing: a number in E.164 form, a text, an aware departure."""
    if phones.normalize(message.to).e164 != message.to:
        raise OutboxError(phones.INVALID, index=str(index))
    if not message.body.strip():
        raise OutboxError("empty_body", index=str(index))
    if message.due_at.tzinfo is None:
        raise ValueError("due_at must be an aware datetime")
    return repo.NewMessage(
        to=message.to,
        body=message.body,
        encoding=message.encoding,
        segments=message.segments,
        cost_cents=message.cost_cents,
        purpose=Purpose(str(message.purpose)),
        due_at=message.due_at,
        idempotency_key=normalise_key(message.idempotency_key),
        account_id=message.account_id,
        client_id=message.client_id,
        template_id=message.template_id,
        campaign_id=message.campaign_id,
        appointment_id=message.appointment_id,
        order_id=message.order_id,
        urgent=message.urgent,
        status=S.DEFERRED if message.deferred else S.QUEUED,
        kind=MessageKind(str(message.kind)),
    )


class OutboxService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings] = Settings,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clock = clock
        self._settings = settings_provider

    # ---------------------------------------------------------------- storing
    def store(self, messages: Sequence[ReadyMessage], *, batch_size: int = 500) -> list[Message]:
        """Store prepared messages, one transaction per batch; returns them in order (without history).

        A message whose idempotency key is already stored is not stored again: the first one is returned.
        Every message is checked before anything is written: an unusable one raises :class:`OutboxError`
        (``params["index"]`` says which) and nothing is stored.
        """
        now = self._clock.now()
        checked = [_checked(m, index) for index, m in enumerate(messages)]
        results: list[Message] = []
        for start in range(0, len(checked), max(batch_size, 1)):
            results.extend(self._insert_batch(checked[start : start + batch_size], now))
        if results:
            self._hub.publish(Changes(messages=frozenset(m.id for m in results)))
        return results

    def existing(self, keys: Collection[str]) -> dict[str, int]:
        """Idempotency key → id of the messages already stored under one of ``keys`` (as given)."""
        wanted = {normalise_key(k): k for k in keys if k}
        with self._db.read() as session:
            found = repo.existing_keys(session, list(wanted))
        return {wanted[k]: message_id for k, message_id in found.items()}

    def _insert_batch(self, batch: Sequence[repo.NewMessage], now: dt.datetime) -> list[Message]:
        try:
            return self._try_insert(batch, now)
        except DuplicateError:
            # Another desk stored the same key between our check and our insert: read theirs.
            return self._try_insert(batch, now)

    def _try_insert(self, batch: Sequence[repo.NewMessage], now: dt.datetime) -> list[Message]:
        with self._db.session() as session:
            existing = repo.existing_keys(session, [m.idempotency_key for m in batch])
            seen = set(existing)
            fresh: list[repo.NewMessage] = []
            for m in batch:
                if m.idempotency_key not in seen:  # a key twice in one batch is stored once
                    seen.add(m.idempotency_key)
                    fresh.append(m)
            new_ids = repo.insert_many(session, fresh, now)
            existing.update(zip((m.idempotency_key for m in fresh), new_ids, strict=True))
            return repo.get_many(session, [existing[m.idempotency_key] for m in batch])

    # ---------------------------------------------------------------- user actions
    def retry(self, message_id: int) -> Message:
        """failed / uncertain → queued, now, with a fresh attempt budget (after the user confirmed)."""
        return self._transition(
            message_id,
            S.QUEUED,
            "user_retry",
            expected={S.FAILED, S.UNCERTAIN},
            due_at=self._clock.now(),
            next_attempt_at=None,
            attempts=0,
            error_code=None,
            error_detail="",
            claimed_by=None,
            claimed_at=None,
        )

    def mark_sent(self, message_id: int) -> Message:
        """uncertain / failed → sent, by hand (the user checked with the provider or the client)."""
        message = self.get(message_id)
        return self._transition(
            message_id,
            S.SENT,
            "user_mark_sent",
            expected={S.UNCERTAIN, S.FAILED},
            sent_at=message.sent_at or self._clock.now(),
            error_code=None,
            error_detail="",
            next_attempt_at=None,
        )

    def cancel(self, message_id: int) -> Message:
        """queued / deferred / uncertain / failed → cancelled (an uncertain message may still have left; a
        failed one leaves the « à traiter » list)."""
        return self._transition(
            message_id,
            S.CANCELLED,
            "user_cancel",
            expected={S.QUEUED, S.DEFERRED, S.UNCERTAIN, S.FAILED},
            final_at=self._clock.now(),
            next_attempt_at=None,
        )

    def send_now(self, message_id: int) -> Message:
        """A scheduled or deferred message becomes due now. A promotion or survey is refused with
        ``outside_hours`` (its params are those of the compliance finding: ``departure``, ``reason``…) while
        the legal sending hours are closed for its recipient; its planned departure stays as it was."""
        now = self._clock.now()
        message = self.get(message_id)
        if message.status not in (S.QUEUED, S.DEFERRED):
            raise OutboxError(IllegalTransitionError.code, status=message.status.value)
        held = self._hours_refusal(message, now)
        if held is not None:
            raise OutboxError(held.code, **_departure_kept(held.params, message.due_at))
        if message.status is S.QUEUED:
            with self._db.session() as session:
                updated = repo.reschedule(session, message_id, now, now, "send_now")
            self._hub.publish(Changes(messages=frozenset({message_id})))
            return updated
        return self._transition(
            message_id, S.QUEUED, "send_now", expected={S.DEFERRED}, due_at=now, next_attempt_at=None
        )

    def _hours_refusal(self, message: Message, now: dt.datetime) -> compliance.Finding | None:
        """The legal-hours finding that keeps ``message`` from leaving ``now`` (None when it may)."""
        region, subdiv = self._recipient_area(message)
        recipient = compliance.Recipient(e164=message.to, region=region, subdiv=subdiv)
        context = compliance.Context(policy=self._settings().policy)
        found = compliance.hours_findings(message.purpose, recipient, context, now)
        return next(
            (f for f in found if f.severity in (compliance.Severity.BLOCK, compliance.Severity.DEFER)), None
        )

    def _recipient_area(self, message: Message) -> tuple[str, str | None]:
        if message.client_id is not None:
            with self._db.read() as session:
                found = clients_repo.get_many(session, [message.client_id])
            if found:
                return found[0].region, found[0].subdiv
        return phones.normalize(message.to).region or "FR", None

    def _transition(
        self,
        message_id: int,
        to: MessageStatus,
        detail: str,
        *,
        expected: set[MessageStatus],
        **values: object,
    ) -> Message:
        try:
            with self._db.session() as session:
                message = repo.transition(
                    session, message_id, to, self._clock.now(), detail, expected=expected, **values
                )
        except IllegalTransitionError as exc:
            raise OutboxError(exc.code, status=exc.current.value) from exc
        self._hub.publish(Changes(messages=frozenset({message_id})))
        return message

    # ---------------------------------------------------------------- reading
    def get(self, message_id: int) -> Message:
        """The message with its status history (raises NotFoundError)."""
        with self._db.read() as session:
            return repo.get(session, message_id)

    def list(
        self,
        status: MessageStatus | Collection[MessageStatus] | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        account_id: int | None = None,
        template_id: int | None = None,
        client_id: int | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> list[Message]:
        """Newest first, without history. ``status``: one status or a collection of them."""
        flt = MessageFilter(_statuses(status), account_id, template_id, None, client_id, since, until)
        with self._db.read() as session:
            return repo.list_messages(session, flt, limit, offset)

    def count(
        self,
        status: MessageStatus | Collection[MessageStatus] | None = None,
        *,
        account_id: int | None = None,
        template_id: int | None = None,
        client_id: int | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> int:
        flt = MessageFilter(_statuses(status), account_id, template_id, None, client_id, since, until)
        with self._db.read() as session:
            return repo.count(session, flt)

    def count_by_status(self) -> dict[MessageStatus, int]:
        with self._db.read() as session:
            return repo.count_by_status(session)

    def details(self, ids: Sequence[int]) -> dict[int, MessageDetail]:
        """Error details, account name and schedule of these messages (for lists and explanations)."""
        with self._db.read() as session:
            return repo.details(session, ids)


def _departure_kept(params: Mapping[str, str], due_at: dt.datetime) -> dict[str, str]:
    """A refused « send now » leaves the message as planned: its departure is the later of its own planned
    moment and the next one the hours allow (a promotion planned for Monday, refused on Thursday night,
    still leaves on Monday, not on Friday morning)."""
    found = dict(params)
    departure = found.get("departure")
    if departure:
        allowed = dt.datetime.fromisoformat(departure)
        if due_at > allowed:
            found["departure"] = due_at.astimezone(allowed.tzinfo).isoformat(timespec="minutes")
    return found
