"""Helpers shared by the sub-commands: opening the context, printing, failing with a French message.

A command raises any :class:`~desktop.core.errors.KnownError` as it comes (a locked database, a refused
account…): :func:`desktop.app.main` prints its sentence on stderr and exits 1. :class:`CommandError` is for
the refusals a command words itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.core.errors import KnownError
from desktop.paths import resolve

if TYPE_CHECKING:
    from desktop.context import AppContext


class CommandError(KnownError):
    """A failure the command words itself (in French), reported on stderr with exit code 1."""

    code = "command_failed"

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def message(self, lang: str | None = None) -> str:
        return self.text


@contextmanager
def app_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """The application's services for a command; ``args.clock``, when set (see :func:`desktop.cli.run`),
    is the moment every rule is judged at."""
    from desktop.context import open_context  # SQLAlchemy is loaded only by commands that need it

    context = open_context(
        resolve(getattr(args, "data_dir", None), getattr(args, "db", None)), getattr(args, "clock", None)
    )
    try:
        yield context
    finally:
        context.close()


def environment_message(error: OSError) -> str:
    """The French sentence for a file operation the system refused (disk full, read-only, no rights…)."""
    from desktop.core import catalogue
    from desktop.paths import folder_reason

    return catalogue.explain("environment_refused", reason=catalogue.explain(folder_reason(error)))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1
