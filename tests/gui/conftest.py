"""GUI fixtures: services on a fresh database, a synchronous task runner, dialogs never block."""

from __future__ import annotations

import pytest

from desktop.context import AppContext
from desktop.ui.tasks import SyncTaskRunner


@pytest.fixture
def tasks(qtbot) -> SyncTaskRunner:
    return SyncTaskRunner()


@pytest.fixture
def ctx(context: AppContext) -> AppContext:
    return context
