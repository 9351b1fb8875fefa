"""A small world for dispatcher tests: database, fake clock, scripted provider, accounts, outbox."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from desktop.core.clock import FakeClock
from desktop.core.entities import Message, Purpose
from desktop.services.changes import ChangeHub, Changes
from desktop.services.dispatch.dispatcher import Dispatcher
from desktop.services.outbox import OutboxService
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, SendRequest
from desktop.settings import Settings
from desktop.storage.db import Database
from tests.services.dispatch_fakes import FakeAccounts, ScriptedProvider
from tests.services.stored import Storer


@dataclass
class Env:
    db: Database
    clock: FakeClock
    hub: ChangeHub
    accounts: FakeAccounts
    provider: ScriptedProvider
    outbox: OutboxService
    settings: Settings = field(default_factory=Settings)
    published: list[Changes] = field(default_factory=list)

    def dispatcher(self, worker_id: str = "desk-1", **options: Any) -> Dispatcher:
        options.setdefault("max_workers", 1)
        options.setdefault("rng", random.Random(7))
        return Dispatcher(
            self.db,
            self.hub,
            self.accounts,
            self.clock,
            settings_provider=lambda: self.settings,
            worker_id=worker_id,
            **options,
        )

    def queue(
        self, to: str = "+33612345678", body: str = "Vos lunettes sont disponibles.", **kw: Any
    ) -> Message:
        """A message stored as the gate writes it (see tests/services/stored.py)."""
        return Storer(self.db, self.outbox, self.accounts, self.clock).store(to, body, **kw)

    @property
    def gate(self) -> Gate:
        return Gate(self.db, self.outbox, self.accounts, lambda: self.settings, self.clock)

    def queue_many(self, count: int, body: str = "Message {commande}") -> list[Message]:
        """``count`` messages to distinct numbers through the gate, as one request."""
        addressees = tuple(
            Addressee(number=f"+336123{i:05d}", values={"commande": str(i)}) for i in range(count)
        )
        outcome = self.gate.send(SendRequest(body, Purpose.TRANSACTIONAL, addressees))
        assert not outcome.refused, [c.reasons for c in outcome.refused]
        return list(outcome.queued)

    def get(self, message_id: int) -> Message:
        return self.outbox.get(message_id)

    def later(self, seconds: float) -> dt.datetime:
        self.clock.advance(seconds)
        return self.clock.now()


def make_env(db: Database, clock: FakeClock, **account: Any) -> Env:
    hub = ChangeHub()
    accounts = FakeAccounts(db)
    provider = ScriptedProvider(clock)
    accounts.add("Principal", provider, default=True, **account)
    env = Env(db, clock, hub, accounts, provider, OutboxService(db, hub, clock))
    hub.subscribe(env.published.append)
    return env
