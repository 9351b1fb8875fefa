"""Entry point: without a command, open the window; with one, run it (see :mod:`desktop.cli`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop import cli
from desktop.paths import resolve

if TYPE_CHECKING:
    from desktop.core.clock import Clock


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """``clock``: for tests, the moment a command judges its rules at (the window always uses the real one)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = cli.gui_options(arguments)
    if gui is not None:
        from desktop.ui.application import run_gui  # Qt is loaded only when a window is needed

        return run_gui(resolve(gui.data_dir, gui.db), smoke=gui.smoke, verbose=gui.verbose)
    from desktop.cli.common import CommandError

    args = cli.parse(arguments)
    try:
        return cli.run(args, clock=clock)
    except CommandError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return cli.EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
