"""Test doubles for the outbox and dispatcher: an in-memory provider driven by a script, and accounts.

:class:`ScriptedProvider` keeps what it "received" (so tests can count deliveries), answers ``lookup`` from
that record, and takes per-number scripts of answers: ``"ok"``, an exception to raise, ``("lost", exc)``
— record the message, then raise (the answer was lost on the way back) — or a callable run first (its
result, if any, is the answer).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.core.clock import Clock
from desktop.core.entities import ProviderAccount
from desktop.core.outgoing import AccountFacts
from desktop.providers.base import (
    AccountCheck,
    Capabilities,
    DeliveryState,
    InboundPage,
    InboundSms,
    OutgoingSms,
    PermanentError,
    Provider,
    SendResult,
    StatusReport,
)
from desktop.storage.db import Database
from desktop.storage.orm import ProviderAccountRow

FULL = Capabilities(
    delivery_status=True,
    inbound_polling=True,
    reconciliation=True,
    balance=False,
    provider_stop_mention=False,
    default_rate_per_second=1000.0,
)


@dataclass
class Received:
    provider_id: str
    sms: OutgoingSms
    at: dt.datetime


class ScriptedProvider:
    def __init__(
        self, clock: Clock, *, name: str = "fake", capabilities: Capabilities = FULL, prefix: str = "P"
    ) -> None:
        self.name = name
        self.capabilities = capabilities
        self.clock = clock
        self.received: list[Received] = []
        self.scripts: dict[str, list[Any]] = {}
        self.default_script: list[Any] = []
        self.statuses: dict[str, StatusReport] = {}
        self.inbound: list[InboundSms] = []
        self.lookup_error: Exception | None = None
        self.lookups: list[tuple[OutgoingSms, dt.datetime]] = []
        self.status_calls: list[str] = []
        self.send_state = DeliveryState.ACCEPTED
        self._ids = itertools.count(1)
        self._prefix = prefix
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- controls
    def script(self, to: str, *answers: Any) -> None:
        self.scripts.setdefault(to, []).extend(answers)

    def bodies(self) -> list[str]:
        with self._lock:
            return [r.sms.body for r in self.received]

    def set_status(self, provider_id: str, state: DeliveryState, error_code: str | None = None) -> None:
        self.statuses[provider_id] = StatusReport(provider_id, state, error_code=error_code)

    def _record(self, sms: OutgoingSms) -> str:
        with self._lock:
            provider_id = f"{self._prefix}{next(self._ids)}"
            self.received.append(Received(provider_id, sms, self.clock.now()))
            return provider_id

    # ---------------------------------------------------------------- Provider
    def send(self, sms: OutgoingSms) -> SendResult:
        with self._lock:
            queue = self.scripts.get(sms.to) or self.default_script
            answer = queue.pop(0) if queue else "ok"
        if callable(answer):
            answer = answer() or "ok"
        if isinstance(answer, tuple) and answer[0] == "lost":
            self._record(sms)
            raise answer[1]
        if isinstance(answer, Exception):
            raise answer
        return SendResult(self._record(sms), self.send_state)

    def fetch_status(self, provider_id: str) -> StatusReport:
        self.status_calls.append(provider_id)
        if provider_id not in {r.provider_id for r in self.received}:
            raise PermanentError("not_found")
        return self.statuses.get(provider_id, StatusReport(provider_id, DeliveryState.ACCEPTED))

    def poll_inbound(self, cursor: str | None) -> InboundPage:
        start = int(json.loads(cursor)["n"]) if cursor else 0
        page = self.inbound[start:]
        return InboundPage(messages=list(page), cursor=json.dumps({"n": len(self.inbound)}))

    def lookup(self, sms: OutgoingSms, since: dt.datetime) -> list[SendResult]:
        self.lookups.append((sms, since))
        if self.lookup_error is not None:
            raise self.lookup_error
        with self._lock:
            return [
                SendResult(r.provider_id)
                for r in self.received
                if r.sms.to == sms.to and r.sms.body == sms.body and r.at >= since
            ]

    def check_account(self) -> AccountCheck:
        return AccountCheck(ok=True)

    def close(self) -> None:
        return None


@dataclass
class FakeAccounts:
    """Accounts stored in the database (messages refer to them) with adapters given by the test."""

    db: Database
    providers: dict[int, Any] = field(default_factory=dict)  # an Exception: the adapter cannot be built
    accounts: dict[int, ProviderAccount] = field(default_factory=dict)
    cursors: dict[int, str | None] = field(default_factory=dict)
    default_id: int | None = None
    fallback_id: int | None = None
    stop_texts: dict[int, str] = field(default_factory=dict)

    def add(
        self,
        name: str,
        provider: Provider,
        *,
        rate: float = 1000.0,
        price: int = 7,
        sender: str = "BOUTIQUE",
        default: bool = False,
        fallback: bool = False,
    ) -> ProviderAccount:
        with self.db.session() as session:
            row = ProviderAccountRow(
                name=name,
                provider="scripted",
                sender=sender,
                options_json="{}",
                rate_per_second=rate,
                price_cents_per_segment=price,
                is_default=default,
                is_fallback=fallback,
            )
            session.add(row)
            session.flush()
            account_id = row.id
        account = ProviderAccount(
            account_id, name, "scripted", sender, None, {}, rate, price, default, fallback
        )
        self.accounts[account_id] = account
        self.providers[account_id] = provider
        if default or self.default_id is None:
            self.default_id = account_id
        if fallback:
            self.fallback_id = account_id
        return account

    def set_rate(self, account_id: int, rate: float) -> None:
        self.accounts[account_id] = replace(self.accounts[account_id], rate_per_second=rate)

    # ---------------------------------------------------------------- AccountsPort
    def get(self, account_id: int) -> ProviderAccount:
        return self.accounts[account_id]

    def default(self) -> ProviderAccount:
        assert self.default_id is not None
        return self.accounts[self.default_id]

    def fallback(self) -> ProviderAccount | None:
        return self.accounts[self.fallback_id] if self.fallback_id is not None else None

    def provider(self, account_id: int) -> Provider:
        provider = self.providers[account_id]
        if isinstance(provider, Exception):
            raise provider
        assert isinstance(provider, Provider)
        return provider

    def inbound_cursor(self, account_id: int) -> str | None:
        return self.cursors.get(account_id)

    def save_inbound_cursor(self, account_id: int, cursor: str | None) -> None:
        self.cursors[account_id] = cursor

    def facts(self, account_id: int) -> AccountFacts:
        """Static facts, as the registry gives them: from the scripted provider's capabilities (FULL when
        its adapter cannot be built), with the test's STOP mention."""
        provider = self.providers[account_id]
        capabilities = FULL if isinstance(provider, Exception) else provider.capabilities
        facts = AccountFacts.of(
            self.accounts[account_id],
            provider_appends_stop=capabilities.provider_stop_mention,
            provider_stop_text=capabilities.stop_text,
            max_body_length=capabilities.max_body_length,
        )
        own = self.stop_texts.get(account_id)
        return replace(facts, stop_text=own) if own else facts

    def list(self) -> Sequence[ProviderAccount]:
        return list(self.accounts.values())
