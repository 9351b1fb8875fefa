"""A PostgreSQL database of its own for each test that needs one (``COMPTOIR_TEST_PG``: an administrator URL
such as ``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``; ``.ci/run`` starts a throwaway server and
sets it). Without the variable, the tests marked with :data:`needs_pg` are skipped."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ADMIN_URL = os.environ.get("COMPTOIR_TEST_PG", "")
skip_without_pg = pytest.mark.skipif(not ADMIN_URL, reason="no PostgreSQL server (set COMPTOIR_TEST_PG)")
#: ``pytestmark = needs_pg`` for a module of PostgreSQL tests.
needs_pg = [pytest.mark.postgres, skip_without_pg]


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new, empty database, dropped afterwards."""
    name = f"comptoir_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
