"""A dispatcher process for the crash and several-desks tests: sends the outbox through Twilio (the fake)
until nothing is left.

``python -m tests.e2e.crash_worker --db URL --data-dir DIR --base-url URL --account-id N [--seed S]
[--worker-id ID] [--wait-for-go]``

It is the real :class:`~desktop.services.dispatch.dispatcher.Dispatcher` with the real Twilio adapter, under the same
worker id and instance lock at every start, exactly like ``python main.py dispatch`` on one desk; only the
accounts come from the command line instead of the keyring. Exit 0 once a run finds nothing more to do.

``--worker-id`` names another desk (with its own ``--data-dir``). With ``--wait-for-go`` the process prints
``ready`` once it could start, and starts on a line of standard input: several desks then start at once. It
prints what it did as JSON on its last line.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.core.clock import SystemClock
from desktop.core.entities import ProviderAccount
from desktop.core.outgoing import AccountFacts
from desktop.providers import registry, twilio
from desktop.providers.base import Provider
from desktop.providers.registry import ProviderEnv
from desktop.services.changes import ChangeHub
from desktop.services.dispatch.dispatcher import Dispatcher
from desktop.services.dispatch.lock import InstanceLock
from desktop.services.dispatch.report import DispatchReport
from desktop.settings import Settings
from desktop.storage.db import Database
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN

WORKER_ID = "crash-desk"
SENDER = "+15005550006"


class OneAccount:
    """The AccountsPort of a desk with one Twilio account."""

    def __init__(self, account: ProviderAccount, provider: Provider) -> None:
        self.account = account
        self.adapter = provider

    def get(self, account_id: int) -> ProviderAccount:
        return self.account

    def default(self) -> ProviderAccount:
        return self.account

    def fallback(self) -> ProviderAccount | None:
        return None

    def provider(self, account_id: int) -> Provider:
        return self.adapter

    def inbound_cursor(self, account_id: int) -> str | None:
        return None

    def save_inbound_cursor(self, account_id: int, cursor: str | None) -> None:
        return None

    def facts(self, account_id: int) -> AccountFacts:
        return registry.account_facts(self.account)

    def list(self) -> Sequence[ProviderAccount]:
        return [self.account]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--account-id", required=True, type=int)
    parser.add_argument("--rate", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worker-id", default=WORKER_ID)
    parser.add_argument("--wait-for-go", action="store_true")
    args = parser.parse_args(argv)

    lock = InstanceLock.for_data_dir(args.data_dir)
    if not lock.acquire():
        print("another dispatcher holds the lock", file=sys.stderr)
        return 3
    clock = SystemClock()
    account = ProviderAccount(
        args.account_id,
        "Twilio",
        "twilio",
        SENDER,
        args.base_url,
        {"account_sid": ACCOUNT_SID},
        args.rate,
        8,
        True,
        False,
    )
    env = ProviderEnv(data_dir=args.data_dir, clock=clock, connect_timeout=2.0, read_timeout=10.0)
    provider = twilio.create(account, {"auth_token": AUTH_TOKEN}, env)
    db = Database(args.db)
    dispatcher = Dispatcher(
        db,
        ChangeHub(),
        OneAccount(account, provider),
        clock,
        settings_provider=Settings,
        worker_id=args.worker_id,
        max_workers=4,
        batch_size=50,
        rng=random.Random(args.seed),
    )
    total = DispatchReport()
    try:
        if args.wait_for_go:
            print("ready", flush=True)
            sys.stdin.readline()
        while (report := dispatcher.run_once()).busy:
            total.merge(report)
        print(
            json.dumps({"worker": args.worker_id, "claimed": total.claimed, "sent": total.sent}), flush=True
        )
    finally:
        provider.close()
        db.dispose()
        lock.release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
