"""One dispatcher per desk: its stable worker id, and a lock file that proves it is the only one running.

The worker id (host name + data folder) stays the same across restarts, so a dispatcher that starts after
a crash recognises its predecessor's claims at once and makes them *uncertain* (they are reconciled before
anything is resent). That is only safe if two dispatchers of the same desk never run together — the
window's and ``python main.py dispatch``, say — hence :class:`InstanceLock`: an OS file lock in the data
folder, released by the operating system when the process dies, even on ``SIGKILL``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import sys
from pathlib import Path
from typing import IO

from desktop.paths import DataFolderError

LOCK_FILENAME = "dispatcher.lock"
_MAX_ID = 64  # messages.claimed_by


def desk_worker_id(data_dir: Path) -> str:
    """``host:abcd1234`` — the same for every run of the dispatcher on this computer and data folder."""
    folder = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:8]
    host = (socket.gethostname() or "desk")[: _MAX_ID - len(folder) - 1]
    return f"{host}:{folder}"


class InstanceLock:
    """A non-blocking exclusive lock on a file (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> InstanceLock:
        return cls(Path(data_dir) / LOCK_FILENAME)

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> bool:
        """True when this process now holds the lock; False when another dispatcher holds it.

        Raises :class:`DataFolderError` when the lock file cannot be written (disk full, read-only folder,
        no rights): a dispatcher that could not record what it sends must not start.
        """
        if self._file is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        except OSError as exc:
            raise DataFolderError(self.path.parent, exc) from exc
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n".encode())
            handle.flush()
        except OSError as exc:
            _close_quietly(handle)
            raise DataFolderError(self.path.parent, exc) from exc
        self._file = handle
        return True

    def release(self) -> None:
        handle, self._file = self._file, None
        if handle is not None:
            try:
                _unlock(handle)
            finally:
                _close_quietly(handle)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _close_quietly(handle: IO[bytes]) -> None:
    """Close the lock file; the pid it could not flush (disk full) is lost, which harms nothing: the
    operating system's lock is what counts, and it is released with the file."""
    with contextlib.suppress(OSError):
        handle.close()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
