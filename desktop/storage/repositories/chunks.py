"""Long ``IN (…)`` lists cut into pieces every database accepts (SQLite's limit on bound parameters is the
smallest: 999 in older versions)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final, TypeVar

IN_CHUNK: Final = 500
_T = TypeVar("_T")


def in_chunks(values: Sequence[_T]) -> Iterator[list[_T]]:
    """``values`` in consecutive lists of at most :data:`IN_CHUNK` (none for an empty sequence)."""
    for start in range(0, len(values), IN_CHUNK):
        yield list(values[start : start + IN_CHUNK])
