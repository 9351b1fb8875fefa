"""Entry point: without a command, open the window; with one, run it (see :mod:`desktop.cli`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop import cli
from desktop.core.errors import KnownError
from desktop.paths import resolve


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = cli.gui_options(arguments)
    if gui is not None:
        from desktop.ui.application import run_gui  # Qt is loaded only when a window is needed

        return run_gui(resolve(gui.data_dir, gui.db), smoke=gui.smoke, verbose=gui.verbose)
    args = cli.parse(arguments)
    try:
        return cli.run(args)
    except KnownError as exc:  # every expected failure of every command: its sentence, exit 1
        from desktop import logs

        logs.get("app").info("command refused: %s", exc)
        print(f"Erreur : {exc.message()}", file=sys.stderr)
        return cli.EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
