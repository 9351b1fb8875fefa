"""Replies after a busy poll: applying 2 000 stored replies (what they mean in the context of the message each
one answers, and what they do) against storing them (the polling step before it), measured in the same run.

The replies come from 2 000 clients who each got a reminder: a quarter confirm (« 1 »: the appointment is
confirmed), a quarter cancel (« Je ne pourrai pas venir »), a quarter opt out (« STOP »: consent events,
suppression, queued messages checked, and one confirmation SMS through the gate each), a quarter ask a
question (left « à traiter »). Every figure is a median of ``--runs`` on fresh SQLite databases.

    python bench/replies.py [--replies 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.clock import FakeClock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEXTS = ("1", "Je ne pourrai pas venir", "STOP", "C'est à quelle heure déjà ?")


def _world(folder: Path, count: int) -> tuple[AppContext, FakeClock]:
    from desktop.context import open_context
    from desktop.core.agenda import AppointmentDraft
    from desktop.core.clock import FakeClock
    from desktop.core.entities import ClientDraft, Sector
    from desktop.paths import resolve
    from desktop.settings import Business, Settings

    paris = dt.timezone(dt.timedelta(hours=1))
    clock = FakeClock(dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC))
    context = open_context(resolve(folder), clock)
    context.settings.save(Settings(business=Business(name="Optique Martin", sector=Sector.OPTICIAN)))
    context.templates.install_presets(Sector.OPTICIAN)
    start = dt.datetime(2026, 12, 9, 9, 0, tzinfo=paris)
    drafts = []
    for i in range(count):
        client = context.clients.create(ClientDraft(first_name=f"C{i}", mobile=f"+3361{i:07d}"))
        drafts.append(AppointmentDraft(client, start + dt.timedelta(minutes=15 * (i % 40)), 15))
    context.appointments.create_many(drafts)
    clock.set(dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC))  # Tuesday 10:00: the reminders leave
    context.dispatcher.run_once()
    clock.advance(600)
    return context, clock


def _run(count: int) -> tuple[float, float]:
    from desktop.providers.base import InboundSms
    from desktop.services.dispatch.polling import store_replies
    from desktop.services.dispatch.report import DispatchReport

    with tempfile.TemporaryDirectory() as folder:
        context, clock = _world(Path(folder) / "data", count)
        try:
            received = clock.now()
            replies = [
                InboundSms(f"B{i}", f"+3361{i:07d}", TEXTS[i % len(TEXTS)], received, "Comptoir")
                for i in range(count)
            ]
            account = context.accounts.default()
            started = time.perf_counter()
            store_replies(context.db, clock, account, replies, DispatchReport())
            stored = time.perf_counter() - started
            started = time.perf_counter()
            applied, _ = context.replies.apply_replies()
            applying = time.perf_counter() - started
            assert applied == count, applied
        finally:
            context.close()
    return stored, applying


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [_run(args.replies) for _ in range(max(args.runs, 1))]
    stored = statistics.median(r[0] for r in runs)
    applying = statistics.median(r[1] for r in runs)
    print(f"storing {args.replies} replies: {stored * 1000:.0f} ms (baseline)")
    print(f"applying them: {applying * 1000:.0f} ms, {applying / args.replies * 1000:.2f} ms a reply")
    print(f"ratio applying / storing: {applying / stored:.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
