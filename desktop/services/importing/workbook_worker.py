"""The worker process that reads workbooks with python-calamine, under a memory limit.

python-calamine holds a whole sheet in memory as a dense grid of cells, and a workbook can ask for far more
than its size: a part that inflates to hundreds of megabytes, a cell far down and right (a grid of billions of
cells), one long shared string used by every cell, an OpenDocument row repeated a million times. Its Rust core
aborts the whole process when an allocation fails. So workbooks are read here, in a process of their own
whose address space the system limits to :data:`MEMORY_LIMIT` (POSIX): a workbook that needs more ends this
process alone, and the import says so in French (:mod:`desktop.services.importing.workbooks`).

Protocol, in pickles: this process answers ``("book", names)`` once the file is open (visible sheets first),
then for each ``("sheet", name, cell_limit)`` read on stdin: ``("sheet", name, width, start, end)``
(``start`` and ``end``: the first and last cells, as (row, column), or None for an empty sheet), rows as
``("rows", [cells, …])`` in chunks, and ``("end",)`` — or, at the first cell longer than ``cell_limit``
characters, ``("too_long", index, position)`` (its row's index in the sheet's rows, its position in the
row) instead of that row and the rest: a huge cell never crosses the pipe. A problem is ``("error", code,
detail)`` with a code of the ``importer`` catalogue; the process then waits for the next request. It ends
when stdin closes.

Only the standard library and python-calamine are imported: the process starts in a few tens of milliseconds.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Sequence
from typing import IO, Any, Final

#: The address space the worker may use: far above any client list (100 000 clients on 7 columns need
#: under 100 MB, the largest cell a part may hold under 400 MB), and with the importing process itself
#: (about 200 MB at most) under the 1 GB a workbook may cost the computer.
MEMORY_LIMIT: Final = 640 * 1024 * 1024
ROWS_PER_CHUNK: Final = 1000
#: What the frozen application is run with to act as the worker (see :func:`desktop.app.main`).
FROZEN_FLAG: Final = "--workbook-worker"


def limit_memory(limit: int = MEMORY_LIMIT) -> None:
    """Cap this process's address space (where the system allows it: not on Windows)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    if soft == resource.RLIM_INFINITY or soft > wanted:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _open(path: str, by_content: bool) -> Any:
    from python_calamine import CalamineWorkbook

    if by_content:  # a misnamed file: calamine picks the reader from the content
        handle = open(path, "rb")  # noqa: SIM115 - read by the book while the process lives
        return CalamineWorkbook.from_filelike(handle)
    return CalamineWorkbook.from_path(path)


def _sheet_names(book: Any) -> list[str]:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    sheets = [m for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
    visible = [m.name for m in sheets if m.visible == SheetVisibleEnum.Visible]
    return visible + [m.name for m in sheets if m.name not in visible]


def _error(exc: BaseException) -> tuple[str, str, str]:
    import python_calamine

    if isinstance(exc, python_calamine.PasswordError):
        return ("error", "import_file_password_protected", "")
    if isinstance(exc, MemoryError):
        return ("error", "import_file_too_complex", "MemoryError")
    return ("error", "import_file_damaged", f"{type(exc).__name__}: {exc}"[:300])


def _send_sheet(book: Any, name: str, cell_limit: int, send: Any) -> None:
    sheet = book.get_sheet_by_name(name)
    send(("sheet", name, int(sheet.width), sheet.start, sheet.end))
    chunk: list[Sequence[Any]] = []
    for index, cells in enumerate(sheet.iter_rows()):
        for position, cell in enumerate(cells):
            if type(cell) is str and len(cell) > cell_limit:  # never sent: say where it is, and stop
                send(("rows", chunk))
                send(("too_long", index, position))
                return
        chunk.append(cells)
        if len(chunk) == ROWS_PER_CHUNK:
            send(("rows", chunk))
            chunk = []
    send(("rows", chunk))
    send(("end",))


def serve(path: str, by_content: bool, requests: IO[bytes], replies: IO[bytes]) -> None:
    def send(message: tuple[Any, ...]) -> None:  # one pickle each: no memo shared between messages
        pickle.dump(message, replies, protocol=pickle.HIGHEST_PROTOCOL)
        replies.flush()

    try:
        book = _open(path, by_content)
        send(("book", _sheet_names(book)))
    except Exception as exc:
        send(_error(exc))
        return
    while True:
        try:
            request = pickle.load(requests)
        except EOFError:
            return
        try:
            _send_sheet(book, str(request[1]), int(request[2]), send)
        except BrokenPipeError:
            return
        except Exception as exc:  # calamine reading a damaged sheet or converting a damaged cell
            send(_error(exc))


def main(argv: Sequence[str]) -> int:
    """``PATH [--by-content]``: serve that workbook on stdin/stdout (see the module's docstring)."""
    limit_memory()
    # The pipes themselves, not sys.stdin/stdout: a windowed frozen application has none of those.
    with os.fdopen(0, "rb", closefd=False) as requests, os.fdopen(1, "wb", closefd=False) as replies:
        serve(argv[0], "--by-content" in argv[1:], requests, replies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
