"""Long IN lists are cut into pieces every database accepts."""

from __future__ import annotations

from desktop.storage.repositories.chunks import IN_CHUNK, in_chunks


def test_pieces_keep_every_value_in_order_and_stay_under_the_limit() -> None:
    values = list(range(2 * IN_CHUNK + 1))
    pieces = list(in_chunks(values))
    assert [len(p) for p in pieces] == [IN_CHUNK, IN_CHUNK, 1]
    assert [v for p in pieces for v in p] == values
    assert list(in_chunks([])) == []
