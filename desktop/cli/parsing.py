"""argparse in French: help (« utilisation : », « arguments », « options », « affiche cette aide et quitte »)
and usage errors, for the main parser and every sub-command's.

argparse writes its own words in English. :class:`FrenchParser` replaces them where argparse makes them —
the help option, the section titles, the usage prefix (through the parser's formatter, whatever formatter
class a sub-command chose) and the usual usage errors — so each sub-command only has to use it (the
sub-command parsers inherit it: ``add_subparsers`` builds them with the parent's class).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, Final, NoReturn

EXIT_USAGE: Final = 2
USAGE_PREFIX: Final = "utilisation : "
HELP_TEXT: Final = "affiche cette aide et quitte"

#: argparse's usage errors, in French (its own texts are English).
_USAGE_ERRORS: Final = (
    (r"the following arguments are required: (.*)", r"arguments obligatoires manquants : \1"),
    (r"one of the arguments (.*) is required", r"l'un des arguments \1 est obligatoire"),
    (r"unrecognized arguments: (.*)", r"arguments inconnus : \1"),
    (r"argument (\S+): expected one argument", r"argument \1 : une valeur est attendue"),
    (r"argument (\S+): expected at least one argument", r"argument \1 : au moins une valeur est attendue"),
    (
        r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)",
        r"argument \1 : choix \2 inconnu (possibles : \3)",
    ),
    (r"argument (\S+): invalid (?:int|float) value: (.*)", r"argument \1 : un nombre est attendu, pas \2"),
    (r"argument (\S+): not allowed with argument (\S+)", r"argument \1 : incompatible avec \2"),
    (r"ambiguous option: (\S+) could match (.*)", r"option \1 ambiguë : peut désigner \2"),
    (r"argument (\S+): (.*)", r"argument \1 : \2"),  # a value our own check refused, already in French
)


def french_usage_error(message: str) -> str:
    """argparse's message in French when it is one of the usual ones, else as it is."""
    for pattern, replacement in _USAGE_ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class _FrenchUsage:
    """Mixed into the parser's formatter class: « utilisation : » instead of « usage: »."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)  # type: ignore[misc]


_FORMATTERS: dict[Any, Any] = {}


def _french_formatter(cls: Any) -> Any:
    """`cls` (an argparse formatter class) with the French usage prefix; one subclass per class."""
    if cls not in _FORMATTERS:
        _FORMATTERS[cls] = type(f"French{cls.__name__}", (_FrenchUsage, cls), {})
    return _FORMATTERS[cls]


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser whose help and usage errors are French; usage errors exit with code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # argparse's -h says « show this help message and exit »
        super().__init__(*args, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_TEXT)

    def _get_formatter(self) -> argparse.HelpFormatter:
        formatter: argparse.HelpFormatter = _french_formatter(self.formatter_class)(prog=self.prog)
        return formatter

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"{self.prog}: erreur : {french_usage_error(message)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
