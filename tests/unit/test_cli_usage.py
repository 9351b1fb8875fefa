"""argparse's usage errors reach the user in French; anything unknown passes unchanged."""

from __future__ import annotations

import pytest

from desktop.cli import french_usage_error


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
