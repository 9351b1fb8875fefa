"""Where Comptoir keeps its files, and a clear reason when the system refuses a folder."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from desktop.paths import DataFolderError, bundle_dir, resolve, resource_path


def test_command_line_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPTOIR_DATA_DIR", str(tmp_path / "env"))
    monkeypatch.delenv("COMPTOIR_DB", raising=False)
    assert resolve(tmp_path / "cli").data_dir == (tmp_path / "cli").resolve()
    paths = resolve()
    assert paths.data_dir == (tmp_path / "env").resolve()
    assert paths.db_file == (tmp_path / "env" / "comptoir.sqlite3").resolve()


def test_ensure_creates_the_data_and_backup_folders_but_not_the_log_folder(tmp_path: Path) -> None:
    paths = resolve(tmp_path / "data", "sqlite:///:memory:")
    paths.ensure()
    assert all(p.is_dir() for p in (paths.data_dir, paths.backup_dir))
    assert not paths.log_dir.exists()  # the log creates it, or falls back to stderr (test_logs.py)


@pytest.mark.parametrize(
    ("number", "reason", "french"),
    [
        (errno.EACCES, "folder_reason_denied", "accès refusé"),
        (errno.EROFS, "folder_reason_read_only", "lecture seule"),
        (errno.ENOSPC, "folder_reason_disk_full", "disque est plein"),
        (errno.EIO, "folder_reason_other", "le système refuse"),
    ],
)
def test_a_refused_folder_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, number: int, reason: str, french: str
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(number, "refused")

    monkeypatch.setattr(Path, "mkdir", refuse)  # what the operating system would answer
    paths = resolve(tmp_path / "data", "sqlite:///:memory:")
    with pytest.raises(DataFolderError) as caught:
        paths.ensure()
    assert caught.value.reason == reason
    assert french in caught.value.message()
    assert str(paths.data_dir) in caught.value.message()
    assert "data folder" in caught.value.message("en")


def test_a_file_in_the_way_is_named(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("x")
    with pytest.raises(DataFolderError) as caught:
        resolve(tmp_path / "data", "sqlite:///:memory:").ensure()
    assert caught.value.reason == "folder_reason_not_a_folder"


def test_a_data_folder_sqlite_cannot_write_in_is_refused_before_sqlite_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = resolve(tmp_path / "data")
    paths.ensure()
    writable = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK and writable(p, mode))
    with pytest.raises(DataFolderError) as caught:
        paths.ensure()
    assert caught.value.folder == paths.data_dir
    assert caught.value.reason in ("folder_reason_read_only", "folder_reason_denied")
    resolve(tmp_path / "data", "sqlite:///:memory:").ensure()  # no local database file: nothing to check


# ---------------------------------------------------------------------------------------- shipped files

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_files_are_read_from_the_project_folder_when_run_from_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", "/elsewhere", raising=False)  # left by a test runner, not frozen
    assert bundle_dir() == ROOT
    assert resource_path("presets", "common.json") == ROOT / "resources" / "presets" / "common.json"
    assert resource_path("presets", "common.json").is_file()


def test_shipped_files_are_read_from_the_bundle_when_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundle_dir() == tmp_path
    assert resource_path("translations") == tmp_path / "resources" / "translations"
