"""argparse's usage errors reach the user in French; anything unknown passes unchanged."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from desktop.cli import build_parser, french_usage_error


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("the following arguments are required: --to", "arguments obligatoires manquants : --to"),
        ("unrecognized arguments: --bogus x", "arguments inconnus : --bogus x"),
        ("argument --limit: invalid int value: 'x'", "argument --limit : un nombre est attendu, pas 'x'"),
        ("argument --db: expected one argument", "argument --db : une valeur est attendue"),
        (
            "argument --status: invalid choice: 'nope' (choose from 'queued', 'sent')",
            "argument --status : choix 'nope' inconnu (possibles : 'queued', 'sent')",
        ),
        (
            "argument --template: not allowed with argument --text",
            "argument --template : incompatible avec --text",
        ),
        (
            "one of the arguments --text --template is required",
            "l'un des arguments --text --template est obligatoire",
        ),
        ("something new in Python 3.14", "something new in Python 3.14"),
    ],
)
def test_usage_errors_in_french(english: str, french: str) -> None:
    assert french_usage_error(english) == french


ENGLISH = (
    "usage:",
    "positional arguments",
    "optional arguments",
    "show this help",
    "show program's",
    "error:",
)


def _every_parser(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from ((name, *p) for p in _every_parser(sub))


def _parser_at(path: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return parser


def test_every_command_has_its_help_in_french() -> None:
    paths = list(_every_parser(build_parser()))
    assert ("account", "add") in paths and ("segments",) in paths  # the walk reaches nested commands
    for path in paths:
        text = _parser_at(path).format_help()
        assert text.startswith("utilisation : comptoir"), path
        assert "affiche cette aide et quitte" in text, path
        found = [word for word in ENGLISH if word in text.lower()]
        assert not found, (path, found)


def test_help_and_usage_errors_print_in_french(capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["account", "add", "twilio"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("utilisation : comptoir account add")
    assert "erreur : arguments obligatoires manquants : --name" in err

    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["--help"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert "affiche la version et quitte" in out and "arguments:" in out and "options:" in out
