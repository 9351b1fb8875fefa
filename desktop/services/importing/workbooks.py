"""Excel and LibreOffice workbooks, read one sheet at a time by a worker process (:mod:`workbook_worker`).

The worker runs python-calamine under a memory limit, so that no workbook — inflating, sparse, repetitive or
simply damaged — can take more than that from the computer or bring the window down with it: when the worker
dies, the import is refused in French (``import_file_too_complex``). Rows arrive in chunks through a pipe
while the worker reads on (the pipe's size bounds what waits in between). Before any of that,
:func:`desktop.services.importing.formats.sniff` has refused a zip whose parts unzip to too much, and rows
are refused here when a cell is longer than :data:`MAX_CELL_CHARS`, named by row and column.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from desktop import logs
from desktop.services.importing import workbook_worker
from desktop.services.importing.formats import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    FileKind,
    FileNotice,
    ImportFileError,
    Row,
    cell_too_long,
)

log = logs.get("import")


def worker_command(path: Path, *, by_content: bool) -> list[str]:
    """How to start the worker: this interpreter with the worker module, or the frozen application itself
    with :data:`workbook_worker.FROZEN_FLAG` (it has no ``-m``)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable, workbook_worker.FROZEN_FLAG, str(path)]
    else:
        command = [sys.executable, "-m", workbook_worker.__name__, str(path)]
    return [*command, "--by-content"] if by_content else command


def _worker_environment() -> dict[str, str]:
    """This environment, with the folder holding the ``desktop`` package first on the import path: run from
    its source folder without being installed, Comptoir is found there, wherever the current folder is."""
    root = str(Path(__file__).resolve().parents[3])
    found = os.environ.get("PYTHONPATH", "")
    return {**os.environ, "PYTHONPATH": root + (os.pathsep + found if found else "")}


class _Worker:
    """One worker process serving one workbook."""

    def __init__(self, path: Path, *, by_content: bool) -> None:
        self.path = path
        self._process = subprocess.Popen(
            worker_command(path, by_content=by_content),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # a dying Rust core prints a backtrace: no use to the user
            env=_worker_environment(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console flashing on Windows
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._requests: IO[bytes] = self._process.stdin
        self._replies: IO[bytes] = self._process.stdout

    def ask(self, *request: Any) -> None:
        try:
            pickle.dump(request, self._requests)
            self._requests.flush()
        except OSError:  # the worker is gone: the next reply says why
            pass

    def receive(self) -> tuple[Any, ...]:
        """The next message; raises the ImportFileError a failed or dead worker means."""
        try:
            message: tuple[Any, ...] = pickle.load(self._replies)  # one pickle per message
        except (EOFError, pickle.UnpicklingError, OSError):
            raise self._death() from None
        if message[0] == "error":
            _code, code, detail = message
            if detail:
                log.warning("unreadable workbook %s: %s", self.path.name, detail)
            raise ImportFileError(code, name=self.path.name, limit=_limit_mb())
        return message

    def _death(self) -> ImportFileError:
        code = self._process.wait()
        # Out of memory: SIGABRT from the Rust core, SIGKILL from the system (as shell codes too), or the
        # code a Rust abort leaves on Windows (STATUS_STACK_BUFFER_OVERRUN).
        if code < 0 or code in (134, 137, 0xC0000409):
            name = signal.Signals(-code).name if code < 0 else str(code)
            log.warning("workbook %s: the reader needed too much memory (%s)", self.path.name, name)
            return ImportFileError("import_file_too_complex", name=self.path.name, limit=_limit_mb())
        log.warning("workbook %s: the reader stopped (exit %s)", self.path.name, code)
        return ImportFileError("import_file_damaged", name=self.path.name)

    def stop(self) -> None:
        """End the worker now (it may be in the middle of a sheet) and reap it."""
        if self._process.poll() is None:
            self._process.kill()
        for stream in (self._process.stdin, self._process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # a pipe the dead worker left half-written
                    stream.close()
        self._process.wait()


def _limit_mb() -> str:
    return f"{workbook_worker.MEMORY_LIMIT // (1024 * 1024)}"


class WorkbookSource:
    """An Excel or LibreOffice workbook, read by the worker one sheet at a time."""

    def __init__(self, path: Path, kind: FileKind, *, by_name: bool = True) -> None:
        self.path = path
        self.kind = kind
        self.notices: list[FileNotice] = []
        self._by_content = not by_name
        self._worker: _Worker | None = None
        self._sheet: WorkbookSheet | None = None
        self._names = self._start()

    def _start(self) -> list[str]:
        self.close()
        worker = self._worker = _Worker(self.path, by_content=self._by_content)
        try:
            return list(worker.receive()[1])
        except BaseException:
            self.close()
            raise

    @property
    def sheet_names(self) -> list[str]:
        """Visible sheets first, in workbook order."""
        return list(self._names)

    def open_sheet(self, name: str | None = None) -> WorkbookSheet:
        if not self._names:
            raise ImportFileError("import_sheet_empty", sheet="")
        if name is None:
            name = self._names[0]
        if name not in self._names:
            raise ImportFileError("import_sheet_not_found", sheet=name, sheets=", ".join(self._names))
        if self._worker is None or self._sheet is not None:  # closed, or in the middle of another sheet
            self._start()
        worker = self._worker
        assert worker is not None
        worker.ask("sheet", name, MAX_CELL_CHARS)
        _tag, _name, width, start, end = worker.receive()
        if width > MAX_COLUMNS:
            raise ImportFileError("import_too_many_columns", sheet=name, count=width, limit=MAX_COLUMNS)
        self._sheet = WorkbookSheet(name, worker, width, start, end)
        return self._sheet

    def close(self) -> None:
        worker, self._worker, self._sheet = self._worker, None, None
        if worker is not None:
            worker.stop()


class WorkbookSheet:
    def __init__(
        self,
        name: str,
        worker: _Worker,
        width: int,
        start: tuple[int, int] | None,
        end: tuple[int, int] | None,
    ) -> None:
        self.name = name
        self._worker = worker
        self._start_row = start[0] if start else 0
        self.first_column = start[1] if start else 0
        self.width = width
        self.height = (end[0] + 1) if end else 0
        self._read = False

    def rows(self) -> Iterator[Row]:
        """The rows as Excel numbers them; refused at the first cell longer than :data:`MAX_CELL_CHARS`
        (the worker finds it and says where)."""
        if self._read:
            raise RuntimeError("a workbook sheet is read once")
        self._read = True
        # python-calamine yields the blank rows above the data (absolute numbering); older releases did not:
        # the first non-empty row tells which, so numbers always match Excel's margin.
        offset: int | None = None
        index = 0
        while (message := self._worker.receive())[0] == "rows":
            for cells in message[1]:
                if offset is None:
                    if not any(c != "" for c in cells):
                        index += 1
                        yield index, cells
                        continue
                    offset = self._offset(index)
                index += 1
                yield index + offset, cells
        if message[0] == "too_long":
            _tag, at, position = message
            number = at + 1 + (offset if offset is not None else self._offset(at))
            raise cell_too_long(number, self.first_column + position)

    def _offset(self, index: int) -> int:
        return self._start_row - index if index < self._start_row else 0
