"""After a backup is restored: messages that were waiting in the copy may have left since it was taken."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.entities import MessageStatus
from desktop.storage.orm import MessageRow
from desktop.storage.repositories.messages import Move, apply_moves

S = MessageStatus
#: Error code (and history detail) of those messages until they are reconciled with the provider.
RESTORED = "restored_unverified"
_WAITING = frozenset({S.QUEUED, S.DEFERRED})


def mark_waiting_uncertain(session: Session, copy_taken_at: dt.datetime, now: dt.datetime) -> list[int]:
    """Waiting messages that were due by ``now`` become *uncertain*, as if their claim had been cut off at
    the moment of the copy: the dispatcher asks the provider whether each one left since then (found →
    sent; certainly absent → sent now; the provider cannot tell → the user decides) before anything is
    sent again. Messages due later could not have left: they keep waiting."""
    ids = session.scalars(
        select(MessageRow.id).where(
            MessageRow.status.in_([s.value for s in _WAITING]), MessageRow.due_at <= now
        )
    ).all()
    values = {
        "error_code": RESTORED,
        "error_detail": "",
        "claimed_by": None,
        "claimed_at": copy_taken_at,  # reconciliation looks for it from there
        "next_attempt_at": now,
    }
    return apply_moves(session, [Move(i, S.UNCERTAIN, _WAITING, RESTORED, values) for i in ids], now)
