"""Entry point: without a command, open the window; with one, run it (see :mod:`desktop.cli`).

Whatever happens, a command ends with an exit code and, on failure, a French sentence on stderr (with
``--json``, also an error document on stdout): the environment failing under it (disk full, read-only
folder…) is explained like any other expected failure, and text that cannot be printed is escaped rather
than crashing the output.
"""

from __future__ import annotations

import sys
from argparse import Namespace
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from desktop import cli, logs
from desktop.core.errors import KnownError
from desktop.paths import resolve

if TYPE_CHECKING:
    from desktop.core.clock import Clock

#: Kept equal to desktop.services.importing.workbook_worker.FROZEN_FLAG (a test checks), without importing it.
FROZEN_WORKER_FLAG = "--workbook-worker"


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """``clock``: for tests, the moment a command judges its rules at (the window always uses the real one)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [FROZEN_WORKER_FLAG]:  # the installed application reading a workbook for itself
        from desktop.services.importing import workbook_worker

        return workbook_worker.main(arguments[1:])
    _tolerant_output()
    gui = cli.gui_options(arguments)
    if gui is not None:
        from desktop.services.first_page import Reading

        paths = resolve(gui.data_dir, gui.db)
        reading = Reading(paths)  # the client list's first page, read while Qt loads
        from desktop.ui.application import run_gui  # Qt is loaded only when a window is needed

        return run_gui(paths, smoke=gui.smoke, verbose=gui.verbose, reading=reading)
    from desktop.cli.common import environment_message

    args = cli.parse(arguments)
    logs.setup(verbose=args.verbose)
    try:
        return cli.run(args, clock=clock)
    except KnownError as exc:  # every expected failure of every command: its sentence, exit 1
        logs.get("app").info("command refused: %s", exc)
        return _failed(args, exc.code, exc.message(), exc.params)
    except OSError as exc:  # the system refused a file operation no command expected to fail
        logs.get("app").warning("command stopped by the system: %s", exc.__class__.__name__, exc_info=True)
        return _failed(args, "environment_refused", environment_message(exc))
    except KeyboardInterrupt:
        return 130


def _failed(args: Namespace, code: str, message: str, params: Mapping[str, str] | None = None) -> int:
    """The sentence on stderr; with ``--json``, also ``{"error": {"code", "message", "params"}}`` on stdout,
    so that a script reading the output gets a document whether the command succeeded or not."""
    print(f"Erreur : {message}", file=sys.stderr)
    if getattr(args, "json", False):
        from desktop.cli.common import print_json

        print_json({"error": {"code": code, "message": message, "params": dict(params or {})}})
    return cli.EXIT_FAILURE


def _tolerant_output() -> None:
    """Print what cannot be encoded (a file name with bytes that are not UTF-8…) escaped, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a stream already written to in another mode, or closed
                continue
