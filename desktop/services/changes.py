"""What a service call changed, so each screen refreshes only what it shows (Anki's OpChanges)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    clients: frozenset[int] = field(default_factory=frozenset)
    messages: frozenset[int] = field(default_factory=frozenset)
    templates: bool = False
    accounts: bool = False
    settings: bool = False
    inbound: bool = False
    #: True when many clients changed at once (an import): lists reload instead of patching rows.
    clients_reset: bool = False
    #: Appointments, orders or their planned notices changed.
    agenda: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            clients=self.clients | other.clients,
            messages=self.messages | other.messages,
            templates=self.templates or other.templates,
            accounts=self.accounts or other.accounts,
            settings=self.settings or other.settings,
            inbound=self.inbound or other.inbound,
            clients_reset=self.clients_reset or other.clients_reset,
            agenda=self.agenda or other.agenda,
        )

    @property
    def empty(self) -> bool:
        return self == Changes()


class ChangeHub:
    """Services publish what they changed; the UI (or anyone) subscribes. Callbacks may run on any thread."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[Changes], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Callable[[Changes], None]) -> None:
        with self._lock:
            self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Changes], None]) -> None:
        with self._lock:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

    def publish(self, changes: Changes) -> Changes:
        if not changes.empty:
            with self._lock:
                subscribers = list(self._subscribers)
            for callback in subscribers:
                callback(changes)
        return changes
