"""Several desks on one database (SQLite file, or PostgreSQL when ``COMPTOIR_TEST_PG`` is set): two desks
marking the same reply done at the same moment, and two dispatchers applying the same replies, change things
once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ConsentSource, Interpretation
from desktop.paths import resolve
from desktop.services.inbox.service import DoneResult
from desktop.storage.repositories import inbound as inbound_repo

ADMIN_URL = os.environ.get("COMPTOIR_TEST_PG", "")
START = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'shared.sqlite3').as_posix()}"
        return
    if not ADMIN_URL:
        pytest.skip("no PostgreSQL server (set COMPTOIR_TEST_PG)")
    name = f"comptoir_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def desks(tmp_path: Path, database_url: str) -> Iterator[tuple[AppContext, AppContext]]:
    clock = FakeClock(START)
    first = open_context(resolve(tmp_path / "desk-a", database_url), clock)
    second = open_context(resolve(tmp_path / "desk-b", database_url), clock)
    first.settings.save(dataclasses.replace(first.settings.get(), staff=("Mme Martin", "Julien")))
    second.settings.reload()
    yield first, second
    first.close()
    second.close()


def _store(context: AppContext, number: str, text_: str, provider_id: str) -> int:
    with context.db.session() as session:
        new = inbound_repo.NewInbound(None, provider_id, number, "", text_, START)
        found = inbound_repo.insert_if_new(
            session, new, inbound_repo.client_for_number(session, number), START
        )
    assert found is not None
    return found


def _together(*calls: Callable[[], object]) -> list[object]:
    """Run the calls on their own threads, released at the same moment."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(index: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    return results


def test_two_desks_marking_the_same_reply_done_record_it_once(desks: tuple[AppContext, AppContext]) -> None:
    first, second = desks
    replies = [_store(first, f"+3361234{i:04d}", "Appelez-moi", f"R{i}") for i in range(20)]
    first.replies.apply_replies()

    for reply_id in replies:

        def by(context: AppContext, person: str, reply: int = reply_id) -> Callable[[], DoneResult]:
            return lambda: context.inbox.mark_done(reply, person)

        a, b = _together(by(first, "Julien"), by(second, "Mme Martin"))
        assert isinstance(a, DoneResult) and isinstance(b, DoneResult)
        assert sorted([a.changed, b.changed]) == [False, True]
        winner = a if a.changed else b
        assert a.by == b.by == winner.by  # the loser is told who was first
        stored = second.inbox.get(reply_id)
        assert (stored.handled, stored.handled_by) == (True, winner.by)


def test_two_dispatchers_apply_each_reply_once(desks: tuple[AppContext, AppContext]) -> None:
    first, second = desks
    clients = [
        first.clients.create(ClientDraft(first_name=f"Client {i}", mobile=f"06123450{i:02d}"))
        for i in range(30)
    ]
    for i in range(30):
        _store(first, f"+336123450{i:02d}", "STOP", f"S{i}")

    applied = _together(first.replies.apply_replies, second.replies.apply_replies)

    assert sum(result[0] for result in applied if isinstance(result, tuple)) == 30
    with first.db.read() as session:
        stored = inbound_repo.list_recent(session, limit=100)
    assert {(r.interpretation, r.applied) for r in stored} == {(Interpretation.OPT_OUT, True)}
    for client_id in clients:  # nothing identifiable answered: everything stopped, once
        events = [e for e in first.clients.consent_history(client_id) if e.source is ConsentSource.SMS_REPLY]
        assert len(events) == 2
