"""The durable outbox: queue messages (final text, segments, cost), and the user's actions on them.

Queuing never touches the network: it writes the message in ``queued`` with its first history event and
returns at once; the dispatcher sends it when its time comes. The text stored is the text that leaves:
for a promotional message the opt-out mention is added first (unless the account's provider appends its
own), and encoding, segments and cost are computed on it.

The opt-out mention is ``accounts.stop_text(account_id)`` (e.g. « STOP au 36180 » from the provider
account); when that is empty, :data:`desktop.core.compliance.DEFAULT_STOP_TEXT` (« Désinscription :
répondez STOP »).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from desktop import logs
from desktop.core import compliance, phones, quiet_hours, sms
from desktop.core.clock import Clock
from desktop.core.entities import Message, MessageDetail, MessageStatus, ProviderAccount, Purpose
from desktop.core.errors import KnownError
from desktop.providers.base import Capabilities, Provider, ProviderError
from desktop.services.changes import ChangeHub, Changes
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.errors import DuplicateError
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import messages as repo
from desktop.storage.repositories.messages import IllegalTransitionError, MessageFilter

S = MessageStatus
_log = logs.get("sms")

#: Regions whose non-mobile numbers are landlines that cannot receive SMS.
_FRENCH_REGIONS = frozenset(phones.REGION_TIMEZONES)
_KEY_LENGTH = 64


class OutboxAccounts(Protocol):
    """What the outbox needs from the accounts service."""

    def get(self, account_id: int) -> ProviderAccount: ...

    def default(self) -> ProviderAccount: ...

    def provider(self, account_id: int) -> Provider: ...

    def stop_text(self, account_id: int) -> str: ...


class OutboxError(KnownError):
    """A refused request, with a stable ``code`` (explained by :mod:`desktop.core.catalogue`)."""


@dataclass(frozen=True, slots=True)
class MessageDraft:
    """One message to queue (what ``queue`` takes, for ``queue_many``)."""

    to: str
    body: str
    purpose: Purpose = Purpose.TRANSACTIONAL
    client_id: int | None = None
    account_id: int | None = None
    due_at: dt.datetime | None = None
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


class _QueueContext:
    """What queuing a batch reads once rather than per message: the business region, and per account the
    account, its provider's capabilities and its opt-out mention."""

    def __init__(self, region: str, accounts: OutboxAccounts) -> None:
        self.region = region
        self._accounts = accounts
        self._cache: dict[int | None, tuple[ProviderAccount, Capabilities | None, str]] = {}

    def account(self, account_id: int | None) -> tuple[ProviderAccount, Capabilities | None, str]:
        known = self._cache.get(account_id)
        if known is None:
            accounts = self._accounts
            account = accounts.get(account_id) if account_id is not None else accounts.default()
            known = (account, self._capabilities(account), accounts.stop_text(account.id))
            self._cache[account_id] = known
        return known

    def _capabilities(self, account: ProviderAccount) -> Capabilities | None:
        try:
            return self._accounts.provider(account.id).capabilities
        except ProviderError as exc:
            # No adapter right now (missing secret…): queue anyway, adding our own STOP mention.
            _log.warning("account %s unavailable while queuing: %s", account.id, exc.code)
            return None


class OutboxService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        accounts: OutboxAccounts,
        clock: Clock,
        *,
        settings_provider: Callable[[], Settings] = Settings,
    ) -> None:
        self._db = db
        self._hub = hub
        self._accounts = accounts
        self._clock = clock
        self._settings = settings_provider

    # ---------------------------------------------------------------- queuing
    def queue(
        self,
        to: str,
        body: str,
        purpose: Purpose | str = Purpose.TRANSACTIONAL,
        *,
        client_id: int | None = None,
        account_id: int | None = None,
        due_at: dt.datetime | None = None,
        template_id: int | None = None,
        campaign_id: int | None = None,
        appointment_id: int | None = None,
        order_id: int | None = None,
        urgent: bool = False,
        idempotency_key: str | None = None,
    ) -> Message:
        """Queue one message; a second call with the same ``idempotency_key`` returns the first message."""
        draft = MessageDraft(
            to=to,
            body=body,
            purpose=Purpose(str(purpose)),
            client_id=client_id,
            account_id=account_id,
            due_at=due_at,
            template_id=template_id,
            campaign_id=campaign_id,
            appointment_id=appointment_id,
            order_id=order_id,
            urgent=urgent,
            idempotency_key=idempotency_key,
        )
        message = self.queue_many([draft])[0]
        return self.get(message.id)

    def queue_many(self, drafts: Sequence[MessageDraft], *, batch_size: int = 500) -> list[Message]:
        """Queue many messages, one transaction per batch; returns them in order (without history).

        Every draft is validated before anything is written: an invalid one raises :class:`OutboxError`
        (``params["index"]`` says which) and nothing is queued.
        """
        now = self._clock.now()
        context = _QueueContext(self._settings().business.region, self._accounts)
        prepared = [self._prepare(d, now, index, context) for index, d in enumerate(drafts)]
        results: list[Message] = []
        for start in range(0, len(prepared), max(batch_size, 1)):
            results.extend(self._insert_batch(prepared[start : start + batch_size], now))
        self._hub.publish(Changes(messages=frozenset(m.id for m in results)))
        return results

    def _insert_batch(self, batch: Sequence[repo.NewMessage], now: dt.datetime) -> list[Message]:
        try:
            return self._try_insert(batch, now)
        except DuplicateError:
            # Another desk queued the same key between our check and our insert: read theirs.
            return self._try_insert(batch, now)

    def _try_insert(self, batch: Sequence[repo.NewMessage], now: dt.datetime) -> list[Message]:
        with self._db.session() as session:
            mobiles = [m.to for m in batch if m.client_id is None]
            owners = clients_repo.ids_by_mobiles(session, sorted(set(mobiles))) if mobiles else {}
            existing = repo.existing_keys(session, [m.idempotency_key for m in batch])
            seen = set(existing)
            fresh: list[repo.NewMessage] = []
            for m in batch:
                if m.idempotency_key not in seen:  # a key twice in one batch is queued once
                    seen.add(m.idempotency_key)
                    fresh.append(replace(m, client_id=m.client_id or owners.get(m.to)))
            new_ids = repo.insert_many(session, fresh, now)
            existing.update(zip((m.idempotency_key for m in fresh), new_ids, strict=True))
            return repo.get_many(session, [existing[m.idempotency_key] for m in batch])

    @staticmethod
    def _prepare(
        draft: MessageDraft, now: dt.datetime, index: int, context: _QueueContext
    ) -> repo.NewMessage:
        number = phones.normalize(draft.to, context.region)
        if number.e164 is None:
            raise OutboxError(number.error or phones.INVALID, index=str(index))
        if number.region in _FRENCH_REGIONS and not number.is_mobile:
            raise OutboxError("landline", index=str(index))
        if not draft.body.strip():
            raise OutboxError("empty_body", index=str(index))
        due_at = draft.due_at or now
        if due_at.tzinfo is None:
            raise ValueError("due_at must be an aware datetime")
        account, capabilities, stop_text = context.account(draft.account_id)
        purpose = Purpose(str(draft.purpose))
        text = draft.body
        if purpose is Purpose.PROMOTIONAL and not (capabilities and capabilities.provider_stop_mention):
            text = compliance.add_stop_mention(text, stop_text)
        analysis = sms.analyze(text)
        text = "".join(analysis.parts)
        if capabilities is not None and len(text) > capabilities.max_body_length:
            raise OutboxError("message_too_long", index=str(index))
        return repo.NewMessage(
            to=number.e164,
            body=text,
            encoding=str(analysis.encoding),
            segments=analysis.segments,
            cost_cents=analysis.segments * account.price_cents_per_segment,
            purpose=purpose,
            due_at=due_at,
            idempotency_key=normalise_key(draft.idempotency_key),
            account_id=account.id,
            client_id=draft.client_id,
            template_id=draft.template_id,
            campaign_id=draft.campaign_id,
            appointment_id=draft.appointment_id,
            order_id=draft.order_id,
            urgent=draft.urgent,
        )

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
        """A scheduled or deferred message becomes due now. A promotion deferred by the legal sending hours
        is refused with ``outside_hours`` (``params["next_allowed"]``) while the window is closed."""
        now = self._clock.now()
        message = self.get(message_id)
        if message.status is S.QUEUED:
            with self._db.session() as session:
                updated = repo.reschedule(session, message_id, now, now, "send_now")
            self._hub.publish(Changes(messages=frozenset({message_id})))
            return updated
        if message.status is not S.DEFERRED:
            raise OutboxError(IllegalTransitionError.code, status=message.status.value)
        if message.purpose is not Purpose.TRANSACTIONAL:
            region, subdiv = self._recipient_area(message)
            verdict = quiet_hours.evaluate(
                now, message.purpose.value, region, subdiv, self._settings().policy
            )
            if not verdict.allowed:
                moment = verdict.next_allowed.isoformat() if verdict.next_allowed else ""
                raise OutboxError("outside_hours", next_allowed=moment, departure=moment)
        return self._transition(
            message_id, S.QUEUED, "send_now", expected={S.DEFERRED}, due_at=now, next_attempt_at=None
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
