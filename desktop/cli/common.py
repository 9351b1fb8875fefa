"""Helpers shared by the sub-commands: opening the context, printing, failing with a French message."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.core import catalogue
from desktop.paths import AppPaths, DataFolderError, DbOrigin, resolve
from desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from desktop.context import AppContext


class CommandError(Exception):
    """A failure to report on stderr in French, exit code 1."""


@contextmanager
def app_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """The application's services for a command; ``args.clock``, when set (see :func:`desktop.cli.run`),
    is the moment every rule is judged at."""
    from desktop.context import open_context  # SQLAlchemy is loaded only by commands that need it

    paths = resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    try:
        context = open_context(paths, getattr(args, "clock", None))
    except StorageError as exc:
        raise CommandError(_storage_message(exc, paths)) from exc
    except DataFolderError as exc:
        raise CommandError(exc.message()) from exc
    try:
        yield context
    except StorageError as exc:
        raise CommandError(_storage_message(exc, paths)) from exc
    finally:
        context.close()


def _storage_message(exc: StorageError, paths: AppPaths) -> str:
    """The French explanation; for a damaged database, with the command that restores the last backup."""
    message = catalogue.explain(exc.code, **getattr(exc, "params", {}))
    if exc.code == "database_corrupt":
        from desktop.cli.maintenance import damaged_database_hint

        hint = damaged_database_hint(paths)
        if hint:
            message += "\n" + hint
    elif paths.db_origin is DbOrigin.SAVED and exc.code in SERVER_TROUBLE:
        message += "\n" + catalogue.explain("use_local_hint")
    return message


#: Why a desk switched to a server may not open: it can go back to its own file meanwhile.
SERVER_TROUBLE = frozenset(
    {
        "server_unreachable",
        "server_auth_failed",
        "server_database_missing",
        "schema_too_new",
        "foreign_database",
    }
)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def fail(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1
