"""What the dispatcher needs from the rest of the application (tests pass doubles with any provider)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from desktop.core.entities import ProviderAccount
from desktop.core.outgoing import AccountFacts
from desktop.providers.base import Provider


class AccountsPort(Protocol):
    """What the dispatcher needs from the accounts service (tests pass a double with any provider)."""

    def get(self, account_id: int) -> ProviderAccount: ...

    def default(self) -> ProviderAccount: ...

    def fallback(self) -> ProviderAccount | None: ...

    def provider(self, account_id: int) -> Provider: ...

    def inbound_cursor(self, account_id: int) -> str | None: ...

    def save_inbound_cursor(self, account_id: int, cursor: str | None) -> None: ...

    def facts(self, account_id: int) -> AccountFacts: ...

    def list(self) -> Sequence[ProviderAccount]: ...


class PlanningStep(Protocol):
    """The agenda's step of each pass: hand the notices whose moment has come to the message gate."""

    def run_due(self) -> int: ...


class RepliesStep(Protocol):
    """The inbox's step of each pass, right after replies are polled: apply every stored reply once (what it
    means, what it does) and send the answers owed. Returns how many replies were applied and opted out."""

    def apply_replies(self) -> tuple[int, int]: ...
