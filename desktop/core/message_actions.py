"""What a user may do with one outgoing message, seen from its status: the one rule the Messages screen's
buttons and the ``message`` command both follow.

The outbox (:class:`desktop.services.outbox.OutboxService`) enforces the state machine itself; this table
says beforehand which of its actions make sense, so that a button is greyed out, or a command refuses with
the reason, instead of asking the outbox for something it would refuse or that would change nothing (a
queued message already due cannot be sent « now » any sooner).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Final

from desktop.core.entities import Message, MessageStatus

S = MessageStatus


class Action(Enum):
    RETRY = "retry"
    MARK_SENT = "mark_sent"
    CANCEL = "cancel"
    SEND_NOW = "send_now"


#: Actions the user confirms first: they send again a message that may have left, or give up on one.
NEEDS_CONFIRMATION: Final = frozenset({Action.RETRY, Action.MARK_SENT, Action.CANCEL})


def actions_for(message: Message, now: dt.datetime) -> frozenset[Action]:
    """What the outbox accepts for this message (its state machine, seen from the user)."""
    status = message.status
    found: set[Action] = set()
    if status in (S.FAILED, S.UNCERTAIN):
        found |= {Action.RETRY, Action.MARK_SENT}
    if status in (S.QUEUED, S.DEFERRED, S.UNCERTAIN, S.FAILED):
        found.add(Action.CANCEL)
    if status is S.DEFERRED or (status is S.QUEUED and message.due_at > now):
        found.add(Action.SEND_NOW)
    return frozenset(found)
