"""The command line: same entry point as the window.

Exit codes: 0 success, 1 failure (French message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Final

from desktop import __version__
from desktop.cli.parsing import FrenchParser, french_usage_error

if TYPE_CHECKING:
    from desktop.core.clock import Clock

EXIT_FAILURE = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]
__all__ = [
    "EXIT_FAILURE",
    "EXIT_USAGE",
    "build_parser",
    "french_usage_error",
    "gui_options",
    "parse",
    "run",
]


def _command_modules() -> list[ModuleType]:
    """Every module of this package with a ``register(subparsers)`` function contributes sub-commands
    (each sets a ``handler`` default); ``ORDER`` (default 50) sorts them in ``--help``."""
    modules = [importlib.import_module(f"{__name__}.{info.name}") for info in pkgutil.iter_modules(__path__)]
    with_commands = [m for m in modules if hasattr(m, "register")]
    return sorted(with_commands, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))


class _Parser(FrenchParser):
    """The main parser (its sub-commands' parsers are built with the same class)."""


class _WindowOptionsError(Exception):
    """The quick window parser gives up: the full parser will explain (once, in French)."""


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _WindowOptionsError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="comptoir",
        description="Comptoir — clients, rendez-vous et SMS. Sans commande : ouvre l'application.",
    )
    parser.add_argument(
        "--version", action="version", version=f"Comptoir {__version__}", help="affiche la version et quitte"
    )
    parser.add_argument(
        "--db", metavar="URL", help="base de données (sinon COMPTOIR_DB, sinon SQLite locale)"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="dossier de données (sinon COMPTOIR_DATA_DIR, sinon dossier utilisateur)",
    )
    parser.add_argument(
        "--smoke", action="store_true", help="démarre hors écran, vérifie la base et la fenêtre, puis quitte"
    )
    parser.add_argument("--verbose", action="store_true", help="journal détaillé sur la sortie d'erreur")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    for module in _command_modules():
        module.register(subparsers)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def gui_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` asks for the window (no command, no --help/--version), else None.

    Opening the window must stay fast: this parser knows only the global options, so the command modules
    (and what they import) are not loaded at all.
    """
    parser = _QuietParser(add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--data-dir")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    try:
        options, rest = parser.parse_known_args(argv)
    except _WindowOptionsError:
        return None
    return None if rest else options


#: Arguments that name files or addresses: whatever bytes the system accepts there are fine. Every other
#: argument is text that ends up in the database or a message, so it must be readable text.
PATH_ARGUMENTS: Final = frozenset({"file", "report", "data_dir", "db"})


def unreadable_argument(args: argparse.Namespace) -> str | None:
    """The first text argument holding bytes that are not UTF-8 (Python keeps them as lone surrogates),
    escaped for printing; None when every one is readable."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS or not isinstance(value, str):
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return None


def run(args: argparse.Namespace, *, clock: Clock | None = None) -> int:
    """Run the command ``args`` names. ``clock`` replaces the system clock (tests judge every rule at a
    chosen moment, as the window's services do)."""
    if clock is not None:
        args.clock = clock
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        build_parser().print_help()
        return EXIT_USAGE
    unreadable = unreadable_argument(args)
    if unreadable is not None:
        print(
            f"Erreur : l'argument « {unreadable} » contient des caractères illisibles (le terminal n'écrit "
            "pas en UTF-8 ?). Retapez-le, ou réglez le terminal en UTF-8, puis recommencez. Rien n'a été "
            "modifié.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return handler(args)
