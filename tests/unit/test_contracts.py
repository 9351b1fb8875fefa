"""The import contracts of pyproject.toml catch what they claim: each is run on a copy of the tree where a
violation of it was planted, and must reject exactly that violation; the real tree keeps them all.

The copy gets the real pyproject.toml, so what is proven is the configuration CI runs, not a copy of it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: contract id → (file of the copy, what is appended to it, the illegal import the contract must report).
PLANTED: dict[str, list[tuple[str, str, str]]] = {
    "pure-core": [
        (
            "desktop/core/_planted_library.py",
            "import openpyxl\n",
            "desktop.core._planted_library -> openpyxl",
        ),
        (
            "desktop/core/_planted_project.py",
            "from desktop import logs\n",
            "desktop.core._planted_project -> desktop.logs",
        ),
    ],
    "http-keyring": [
        (
            "desktop/services/_planted_http.py",
            "import requests\n",
            "desktop.services._planted_http -> requests",
        ),
        ("desktop/ui/_planted_keyring.py", "import keyring\n", "desktop.ui._planted_keyring -> keyring"),
    ],
    "sql": [
        ("desktop/cli/_planted_sql.py", "import sqlalchemy\n", "desktop.cli._planted_sql -> sqlalchemy"),
        (
            "desktop/services/_planted_alembic.py",
            "import alembic\n",
            "desktop.services._planted_alembic -> alembic",
        ),
    ],
    "rows": [
        (
            "desktop/ui/_planted_repository.py",
            "from desktop.storage.repositories import clients\n",
            "desktop.ui._planted_repository -> desktop.storage.repositories.clients",
        ),
        (
            "desktop/cli/_planted_orm.py",
            "from desktop.storage import orm\n",
            "desktop.cli._planted_orm -> desktop.storage.orm",
        ),
    ],
    "no-qt": [
        ("desktop/cli/_planted_qt.py", "from PySide6 import QtCore\n", "desktop.cli._planted_qt -> PySide6"),
        ("desktop/context.py", "\nfrom PySide6 import QtGui\n", "desktop.context -> PySide6"),
        ("desktop/providers/_planted_qt.py", "import PySide6\n", "desktop.providers._planted_qt -> PySide6"),
    ],
    "layers": [
        (
            "desktop/storage/_planted_upwards.py",
            "from desktop.services import clients\n",
            "desktop.storage._planted_upwards -> desktop.services.clients",
        ),
    ],
}
LINK = re.compile(r"(desktop[\w.]*) -> ([\w.]+)")


def _contract_ids() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [contract["id"] for contract in config["tool"]["importlinter"]["contracts"]]


def _lint(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """import-linter's command line, in ``folder`` (which it puts first on sys.path: its copy is analysed)."""
    command = [
        sys.executable,
        "-c",
        "from importlinter.cli import lint_imports_command; lint_imports_command()",
    ]
    return subprocess.run(
        [*command, "--config", str(folder / "pyproject.toml"), *args],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "PYTHONPATH": str(folder), "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with every planted violation (each contract must see only its own)."""
    folder = tmp_path_factory.mktemp("planted")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "desktop", folder / "desktop", ignore=ignore)
    shutil.copytree(ROOT / "tools", folder / "tools", ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    for plants in PLANTED.values():
        for path, code, _link in plants:
            with (folder / path).open("a", encoding="utf-8") as file:
                file.write(code)
    return folder


def test_every_contract_has_a_planted_violation() -> None:
    assert sorted(PLANTED) == sorted(_contract_ids())


@pytest.mark.parametrize("contract", sorted(PLANTED))
def test_each_contract_rejects_its_planted_violation_and_only_it(planted: Path, contract: str) -> None:
    result = _lint(planted, "--contract", contract)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "BROKEN" in result.stdout and "1 broken" in result.stdout
    expected = {link for _path, _code, link in PLANTED[contract]}
    reported = {f"{importer} -> {imported}" for importer, imported in LINK.findall(result.stdout)}
    assert expected <= reported, result.stdout
    others = {link for other, plants in PLANTED.items() if other != contract for *_, link in plants}
    assert not reported & (others - expected), result.stdout


def test_the_real_tree_keeps_every_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(PLANTED)} kept, 0 broken." in result.stdout
