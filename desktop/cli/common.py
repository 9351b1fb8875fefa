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
from desktop.paths import AppPaths, DbOrigin, resolve
from desktop.storage.errors import StorageError

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

    paths = resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    try:
        context = open_context(paths, getattr(args, "clock", None))
    except StorageError as exc:
        raise _with_way_out(exc, paths) from exc
    try:
        yield context
    except StorageError as exc:
        raise _with_way_out(exc, paths) from exc
    finally:
        context.close()


def environment_message(error: OSError) -> str:
    """The French sentence for a file operation the system refused (disk full, read-only, no rights…)."""
    from desktop.core import catalogue
    from desktop.paths import folder_reason

    return catalogue.explain("environment_refused", reason=catalogue.explain(folder_reason(error)))


def _with_way_out(exc: StorageError, paths: AppPaths) -> KnownError:
    """The error, or — when there is a way out of it — its sentence followed by the command that takes it:
    the exact ``restore`` of the last usable backup for a damaged database, ``database use-local`` for a
    desk whose server cannot be used."""
    hint = ""
    if exc.code == "database_corrupt":
        from desktop.cli.maintenance import damaged_database_hint

        hint = damaged_database_hint(paths)
    elif paths.db_origin is DbOrigin.SAVED:
        from desktop.core import catalogue
        from desktop.services.server import may_go_local

        hint = catalogue.explain("use_local_hint") if may_go_local(exc.code) else ""
    return CommandError(exc.message() + "\n" + hint) if hint else exc


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1
