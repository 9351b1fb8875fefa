"""Messages stored as the gate writes them, for tests about what happens *after* queuing (the dispatcher, the
Messages screen, retention): the text is made by the gate's own rule (STOP mention, figures, cost) and the
number's client is found as the gate finds it, but the gate's checks of consent, caps and hours are not run —
as for a message queued by an older version, an import or another desk. Tests of queuing itself go through
:class:`desktop.services.sending.gate.Gate`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from desktop.core import outgoing, phones
from desktop.core.clock import Clock
from desktop.core.entities import Message, MessageKind, ProviderAccount, Purpose
from desktop.services.outbox import OutboxService, ReadyMessage
from desktop.storage.db import Database
from desktop.storage.repositories import clients as clients_repo

if TYPE_CHECKING:
    from desktop.context import AppContext


class Accounts(Protocol):
    def get(self, account_id: int) -> ProviderAccount: ...

    def default(self) -> ProviderAccount: ...

    def facts(self, account_id: int) -> outgoing.AccountFacts: ...


@dataclass
class Storer:
    db: Database
    outbox: OutboxService
    accounts: Accounts
    clock: Clock

    @classmethod
    def of(cls, context: AppContext) -> Storer:
        return cls(context.db, context.outbox, context.accounts, context.clock)

    def store(
        self,
        to: str,
        body: str,
        purpose: Purpose | str = Purpose.TRANSACTIONAL,
        *,
        client_id: int | None = None,
        account_id: int | None = None,
        due_at: dt.datetime | None = None,
        deferred: bool = False,
        kind: MessageKind | None = None,
        appointment_id: int | None = None,
        template_id: int | None = None,
        campaign_id: int | None = None,
        order_id: int | None = None,
        urgent: bool = False,
        idempotency_key: str | None = None,
    ) -> Message:
        """Store one message to ``to`` (any usual spelling) through ``account_id`` (default account)."""
        account = self.accounts.get(account_id) if account_id is not None else self.accounts.default()
        facts = self.accounts.facts(account.id)
        e164 = phones.normalize(to).e164
        assert e164 is not None, f"not a number: {to}"
        if client_id is None:
            with self.db.read() as session:
                client_id = clients_repo.ids_by_mobiles(session, [e164]).get(e164)
        kind_of = Purpose(str(purpose))
        text = outgoing.final_text(body, kind_of, facts)
        counted = outgoing.figures(text, facts)
        ready = ReadyMessage(
            to=e164,
            body=text,
            encoding=str(counted.analysis.encoding),
            segments=counted.analysis.segments,
            cost_cents=counted.cost_cents,
            purpose=kind_of,
            kind=kind or (MessageKind.REMINDER if appointment_id is not None else MessageKind.MANUAL),
            account_id=account.id,
            due_at=due_at or self.clock.now(),
            deferred=deferred,
            client_id=client_id,
            template_id=template_id,
            campaign_id=campaign_id,
            appointment_id=appointment_id,
            order_id=order_id,
            urgent=urgent,
            idempotency_key=idempotency_key,
        )
        (message,) = self.outbox.store([ready])
        return self.outbox.get(message.id)
