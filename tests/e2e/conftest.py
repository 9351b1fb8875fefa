"""Helpers to run ``python main.py`` in a subprocess against a fresh data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

RunMain = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_main(tmp_path: Path, compiled_translations: None) -> RunMain:
    data_dir = tmp_path / "data"

    def run(
        *args: str, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **(env or {})}
        full_env.pop("COMPTOIR_DB", None)
        command: Sequence[str] = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args]
        return subprocess.run(
            command,
            check=False,
            input=stdin,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            cwd=ROOT,
        )

    run.data_dir = data_dir  # type: ignore[attr-defined]
    return run
