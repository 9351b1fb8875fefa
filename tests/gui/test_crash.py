"""Uncaught exceptions from any thread are logged (redacted) and reported on the UI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop import logs
from desktop.storage.errors import DatabaseLockedError
from desktop.ui.crash import CrashHandler


def test_an_exception_in_a_worker_thread_reaches_the_ui_thread_and_the_log(qtbot, tmp_path: Path) -> None:
    logs.setup(tmp_path)
    handler = CrashHandler()
    handler.show_dialogs = False
    handler.install()
    try:

        def boom() -> None:
            raise RuntimeError("cannot send to +33612345678")

        with qtbot.waitSignal(handler.crashed, timeout=2000):
            worker = threading.Thread(target=boom)
            worker.start()
            worker.join()
        qtbot.waitUntil(lambda: handler.last is not None, timeout=2000)
    finally:
        handler.uninstall()
    assert handler.last is not None
    error, text = handler.last
    assert isinstance(error, RuntimeError)
    assert "RuntimeError" in text and "+33612345678" not in text  # the number is redacted everywhere
    logs.shutdown()
    content = (tmp_path / "comptoir.log").read_text(encoding="utf-8")
    assert "uncaught exception" in content and "RuntimeError" in content
    assert "+33612345678" not in content


def test_environment_errors_are_explained_in_french(qtbot, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    handler = CrashHandler()
    handler.install()
    try:
        with qtbot.waitSignal(handler.crashed, timeout=2000):
            worker = threading.Thread(target=lambda: (_ for _ in ()).throw(DatabaseLockedError("busy")))
            worker.start()
            worker.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    finally:
        handler.uninstall()
    text, details = shown[0]
    assert text.startswith("La base de données est occupée")
    assert details == ""  # an environment problem is not a bug: no traceback shown
