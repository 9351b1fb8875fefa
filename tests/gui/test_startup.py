"""Start-up: the client list answers before the database is fully open; what was asked meanwhile is done once
it is; the other areas are built when first shown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from desktop.context import open_context
from desktop.core import catalogue
from desktop.core.entities import ClientDraft
from desktop.paths import AppPaths, resolve
from desktop.services import first_page
from desktop.storage.errors import DatabaseLockedError
from desktop.ui.application import Startup
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import SyncTaskRunner
from desktop.ui.views.clients_area import ClientsArea
from desktop.ui.views.clients_view import ClientsView
from desktop.ui.views.messages_view import MessagesView

NAMES = ["Martin", "Durand", "Bernard", "Petit", "Leroy"]


@pytest.fixture
def seeded(tmp_path: Path, mem_keyring) -> AppPaths:
    """A data folder whose database holds five clients and whose first start is done."""
    paths = resolve(tmp_path / "data")
    context = open_context(paths)
    for i, name in enumerate(NAMES):
        context.clients.create(ClientDraft(first_name="Claire", last_name=name, mobile=f"06123456{i:02d}"))
    context.settings.save(context.settings.get().__class__(first_run_done=True))
    context.close()
    return paths


@pytest.fixture
def startups(qapp, seeded: AppPaths) -> Iterator[list[Startup]]:
    """The start-ups of a test, closed after it, their translators removed (the application is shared)."""
    started: list[Startup] = []
    language, locale = catalogue.language(), QLocale()
    yield started
    for startup in started:
        startup.close()
        for translator in startup.translators:
            qapp.removeTranslator(translator)
    catalogue.set_language(language)
    QLocale.setDefault(locale)


def _start(qapp, paths: AppPaths, started: list[Startup]) -> Startup:
    """What run_gui does: build, then show at once (no event is processed in between)."""
    startup = Startup(qapp, paths, smoke=False)
    started.append(startup)
    return startup


def _area(startup: Startup) -> ClientsArea | None:
    return startup.clients_area


def test_the_list_answers_from_its_first_page_before_the_database_is_open(
    qtbot, qapp, seeded: AppPaths, startups: list[Startup], monkeypatch
) -> None:
    answered: list[tuple[int, bool, bool]] = []
    list_ready = Startup._list_ready

    def record(self: Startup, rows: int) -> None:
        assert self.clients_area is not None
        answered.append((rows, self.context is None, self.clients_area.list_view.new_button.isEnabled()))
        list_ready(self, rows)

    monkeypatch.setattr(Startup, "_list_ready", record)
    startup = _start(qapp, seeded, startups)
    startup.begin()
    assert _area(startup) is None  # the frame first; the area on the next turn of the event loop
    qtbot.waitUntil(lambda: startup.shell is not None, timeout=10_000)
    area = _area(startup)
    assert area is not None
    view = area.list_view
    # The first answer came with the database still closed (the buttons waiting for it), and was kept.
    assert answered[0] == (5, True, False)
    assert startup.times["window_shown"] < startup.times["list_ready"] < startup.times["database_open"]
    assert [view.model.index(r, 0).data() for r in range(5)] == sorted(NAMES)
    assert view.new_button.isEnabled()
    assert startup.window.current_area() == "clients"
    assert startup.shell is not None and startup.shell.clients_area is startup.clients_area


def test_other_areas_are_built_when_first_shown(
    qtbot, qapp, seeded: AppPaths, startups: list[Startup]
) -> None:
    startup = _start(qapp, seeded, startups)
    startup.begin()
    qtbot.waitUntil(lambda: startup.shell is not None, timeout=10_000)
    window, shell = startup.window, startup.shell
    assert shell is not None
    assert window.areas() == ["clients", "agenda", "orders", "messages", "inbox", "templates", "settings"]
    assert [window.built_area(key) for key in ("messages", "templates", "settings")] == [None, None, None]
    window.show_area("messages")
    assert isinstance(window.built_area("messages"), MessagesView)
    assert window.stack.currentWidget() is shell.messages_view
    qtbot.waitUntil(lambda: shell.messages_view.count_label.text() == "0 message", timeout=5000)
    assert window.built_area("templates") is None


def test_a_search_typed_before_the_database_is_open_runs_once_it_is(qtbot, ctx) -> None:
    for i, name in enumerate(NAMES):
        ctx.clients.create(ClientDraft(first_name="Claire", last_name=name, mobile=f"06123456{i:02d}"))
    page = first_page.read(ctx.paths, 2)
    assert page is not None
    view = ClientsView(None, SyncTaskRunner())
    qtbot.addWidget(view)
    view.show_first_page(page)
    assert view.model.rowCount() == 5
    assert [view.model.index(r, 0).data() for r in range(5)] == sorted(NAMES)  # rows 3-5 read as scrolled
    assert not view.new_button.isEnabled()
    view.search.setText("dur")
    view.refresh()  # the debounce's call: nothing to search with yet
    assert view.model.rowCount() == 5
    with qtbot.waitSignal(view.search_finished, timeout=2000) as answered:
        view.attach(ctx.clients)
    assert answered.args == [1]
    assert view.model.index(0, 0).data() == "Durand"
    assert view.new_button.isEnabled()


def test_the_window_builds_a_lazy_area_once_and_replaces_an_area_in_place(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    built: list[str] = []

    def build(name: str) -> QWidget:
        built.append(name)
        return QLabel(name)

    first = QLabel("first")
    window.add_area("first", "First", first)
    window.add_area("lazy", "Lazy", lambda: build("lazy"))
    assert built == [] and window.built_area("lazy") is None
    assert window.area("lazy").text() == "lazy"  # type: ignore[attr-defined]
    window.show_area("lazy")
    assert built == ["lazy"]
    other = QLabel("other")
    window.add_area("first", "First", other)
    assert window.areas() == ["first", "lazy"]
    assert window.built_area("first") is other and window.stack.indexOf(other) == 0
    assert window.stack.indexOf(first) == -1  # replaced, not deleted: its owner decides


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (DatabaseLockedError("database is locked"), "La base de données est occupée"),
        (OSError(30, "Read-only file system"), "Une erreur inattendue s'est produite (code OSError)."),
    ],
    ids=["known", "bug"],
)
def test_a_database_that_cannot_be_opened_is_refused_with_a_whole_sentence(
    qtbot, qapp, seeded: AppPaths, startups: list[Startup], monkeypatch, capsys, error: Exception, said: str
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise error

    exits: list[int] = []
    monkeypatch.setattr("desktop.context.open_context", refuse)
    monkeypatch.setattr(type(qapp), "exit", staticmethod(exits.append))  # the test's application goes on
    startup = Startup(qapp, seeded, smoke=True)  # --smoke: the refusal goes to stderr, not a dialog
    startups.append(startup)
    startup.begin()
    qtbot.waitUntil(lambda: exits == [1], timeout=10_000)
    err = capsys.readouterr().err
    assert err.startswith("Erreur : ") and said in err
    assert not re.search(r"\{\w+\}", err)
    assert startup.shell is None
