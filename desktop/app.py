"""Entry point: without a command, open the window; with one, run it (see :mod:`desktop.cli`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import cli
from desktop.core.errors import KnownError
from desktop.paths import resolve

if TYPE_CHECKING:
    from desktop.core.clock import Clock


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """``clock``: for tests, the moment a command judges its rules at (the window always uses the real one)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = cli.gui_options(arguments)
    if gui is not None:
        from desktop.services.first_page import Reading

        paths = resolve(gui.data_dir, gui.db)
        reading = Reading(paths)  # the client list's first page, read while Qt loads
        from desktop.ui.application import run_gui  # Qt is loaded only when a window is needed

        return run_gui(paths, smoke=gui.smoke, verbose=gui.verbose, reading=reading)
    args = cli.parse(arguments)
    try:
        return cli.run(args, clock=clock)
    except KnownError as exc:  # every expected failure of every command: its sentence, exit 1
        from desktop import logs

        logs.get("app").info("command refused: %s", exc)
        print(f"Erreur : {exc.message()}", file=sys.stderr)
        return cli.EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
