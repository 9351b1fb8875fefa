"""No definition that nothing uses: vulture, configured in pyproject.toml ([tool.vulture]), finds none, and
finds one when it is planted."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _vulture(*extra: str) -> subprocess.CompletedProcess[str]:
    paths = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["vulture"]["paths"]
    return subprocess.run(
        [sys.executable, "-m", "vulture", *paths, *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_nothing_in_the_repository_is_dead() -> None:
    result = _vulture()
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def test_a_new_unused_definition_is_reported(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text(
        "def used() -> int:\n    return 1\n\n\ndef forgotten() -> int:\n    return used()\n", encoding="utf-8"
    )
    result = _vulture(str(planted))
    assert result.returncode == 3
    assert result.stdout.strip().endswith("planted.py:5: unused function 'forgotten' (60% confidence)")
