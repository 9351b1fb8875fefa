"""The cyclic garbage collector paused during bulk work.

CPython runs its cycle collector every few hundred new container objects, and goes through every object of
the process when enough of them have lived a while. Planning the reminders of ten thousand appointments
keeps some hundred thousand records, lists and tuples alive until it is done — none of them in a cycle,
all freed by reference counting when it returns — and made the collector go through the whole process
once or twice on the way (a quarter of the planning's time, ``bench/agenda.py``). While :func:`paused` is
held the collector does not run; what the work leaves behind is collected as usual afterwards.

The pause is the process's, not a thread's: it lasts while any thread holds it, and the collector is
enabled again (unless it was disabled before the first pause) when the last one lets go.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """The collector does not run inside the block (nor in other threads meanwhile)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
