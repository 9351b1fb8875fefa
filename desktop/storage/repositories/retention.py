"""Data retention: erase old message texts while keeping the messages (and so every count) in place."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.core.entities import FINAL_STATUSES, MessageStatus
from desktop.storage.orm import InboundMessageRow, MessageRow


def purge_texts(session: Session, before: dt.datetime) -> tuple[int, int]:
    """Blank the text of finished outgoing messages and of replies older than ``before``.

    Returns (outgoing, inbound) rows changed. Messages still waiting or being sent are never touched; a
    message *sent* long ago counts as finished (a provider without delivery reports never says more).
    """
    finals = [status.value for status in (*FINAL_STATUSES, MessageStatus.SENT)]
    outgoing = session.execute(
        update(MessageRow)
        .where(MessageRow.created_at < before, MessageRow.status.in_(finals), MessageRow.body != "")
        .values(body="")
    )
    inbound = session.execute(
        update(InboundMessageRow)
        .where(InboundMessageRow.received_at < before, InboundMessageRow.text != "")
        .values(text="")
    )
    return int(outgoing.rowcount or 0), int(inbound.rowcount or 0)  # type: ignore[attr-defined]
