"""The change probe (the window's look at what other desks changed, every 3 s) on 100 000 clients,
100 000 message status events, a year of 50 000 appointments and 20 000 replies ÷ the bare SQL query of the
client list, measured in the same run.

Figures, medians over several runs:
- **bare list query**: the client list's own statement (ids in name order), with the stdlib ``sqlite3``;
- **probe, nothing changed**: ``ChangeProbe.poll`` when nothing moved (the common case: one statement);
- **probe, one client edited**: a poll after another desk saved one client (the list then reloads).

The probe runs off the UI thread; what matters is that it stays cheap enough to run every 3 seconds on
every desk: target ≤ 1× the bare list query when nothing changed.

    python bench/probe.py [--clients 100000] [--events 100000] [--appointments 50000] [--replies 20000]
                          [--runs 15]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.seed import seed  # noqa: E402


def _median_ms(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _add_events(path: Path, count: int) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO messages (id, client_id, to_number, body, encoding, segments, cost_cents, purpose,"
            " status, due_at, attempts, error_detail, idempotency_key, urgent, created_at, updated_at)"
            " VALUES (1, 1, '+33600000001', 'x', 'GSM-7', 1, 0, 'transactional', 'delivered',"
            " '2026-01-01 08:00:00', 1, '', 'bench', 0, '2026-01-01 08:00:00', '2026-01-01 08:00:00')"
        )
        connection.executemany(
            "INSERT INTO message_events (message_id, status, at, detail) VALUES (1, 'sent', ?, '')",
            [("2026-01-01 08:00:00",)] * count,
        )
    connection.close()


def _add_agenda_and_replies(path: Path, appointments: int, replies: int) -> None:
    """Appointments and replies, which the probe counts and whose versions it sums."""
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO appointments (client_id, start_at, end_at, staff, kind, reason, status, source,"
            " created_at, updated_at) VALUES (?, '2027-01-04 08:00:00', '2027-01-04 08:30:00', 'Dr Morel',"
            " 'Suivi', '', 'planned', 'user', '2027-01-01 08:00:00', '2027-01-01 08:00:00')",
            [(1 + n % 1000,) for n in range(appointments)],
        )
        connection.executemany(
            "INSERT INTO inbound_messages (provider_id, from_number, to_number, text, received_at, interpretation,"
            " handled, assignee, created_at) VALUES (?, '+33600000001', '', 'Merci', '2027-01-01 08:00:00',"
            " 'unknown', 1, '', '2027-01-01 08:00:00')",
            [(f"R{n}",) for n in range(replies)],
        )
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--appointments", type=int, default=50_000)
    parser.add_argument("--replies", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from desktop.core.entities import ClientDraft
    from desktop.services.change_probe import ChangeProbe
    from desktop.services.changes import ChangeHub
    from desktop.services.clients import ClientService
    from desktop.storage.db import Database

    with tempfile.TemporaryDirectory() as folder:
        path = seed(Path(folder), args.clients)
        _add_events(path, args.events)
        _add_agenda_and_replies(path, args.appointments, args.replies)
        bare = sqlite3.connect(path)
        list_sql = "SELECT id FROM clients ORDER BY last_name, first_name, id"
        bare_ms = _median_ms(args.runs, lambda: bare.execute(list_sql).fetchall())
        bare.close()

        db = Database(f"sqlite:///{path}")
        probe = ChangeProbe(db, ChangeHub())
        probe.poll()
        idle_ms = _median_ms(args.runs, probe.poll)
        other = ClientService(Database(f"sqlite:///{path}"), ChangeHub(), desk="bench")

        def edited_then_poll() -> None:
            probe.poll()

        times = []
        for run in range(args.runs):
            other.update(1, ClientDraft(last_name=f"Bench{run}"))
            start = time.perf_counter()
            edited_then_poll()
            times.append((time.perf_counter() - start) * 1000)
        changed_ms = statistics.median(times)
        db.dispose()

    print(
        f"clients: {args.clients}, status events: {args.events}, appointments: {args.appointments},"
        f" replies: {args.replies}"
    )
    print(f"bare list query:          {bare_ms:8.2f} ms")
    print(f"probe, nothing changed:   {idle_ms:8.2f} ms  ({idle_ms / bare_ms:.2f}× the bare list query)")
    print(
        f"probe, one client edited: {changed_ms:8.2f} ms  ({changed_ms / bare_ms:.2f}× the bare list query)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
