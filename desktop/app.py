"""Entry point: without a command, open the window; with one, run it (see :mod:`desktop.cli`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop import cli
from desktop.cli.common import CommandError
from desktop.paths import resolve


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from desktop.ui.application import run_gui  # Qt is loaded only when a window is needed

        return run_gui(resolve(args.data_dir, args.db), smoke=args.smoke)
    try:
        return cli.run(args)
    except CommandError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return cli.EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
