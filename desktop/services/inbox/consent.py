"""What an opt-out or opt-in reply changes, inside the transaction that applies the reply.

- **Opt-out**: the scopes (:func:`desktop.core.optout.reply_scopes`) are withdrawn — a consent event per
  purpose, source « réponse SMS », the client's words kept as the wording — and the number suppressed (also a
  number that is nobody's). The messages still waiting for this number or client that the opt-out now
  forbids are cancelled at once with the reason (``recipient_opted_out``), by the same rule the gate and the
  dispatcher apply (:func:`desktop.core.optout.blocking_scope`); the confirmation of an opt-out is the one
  message an opted-out number still gets.
- **Opt-in**: what was stopped is restored (a bare START: everything the number stopped; « OUI PROMO »: the
  promotions, granted even if they never were — the client asks for them in writing). A number that is
  nobody's only leaves the suppression list: consent needs a client's card.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from desktop.core import compliance, optout
from desktop.core.entities import ConsentSource, ConsentState, MessageKind, MessageStatus
from desktop.core.optout import Scope
from desktop.core.phones import hash_number
from desktop.services.inbox.codes import COMPTOIR
from desktop.storage.db import UnitOfWork
from desktop.storage.orm import ClientRow
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories import conversation
from desktop.storage.repositories import messages as messages_repo
from desktop.storage.repositories.messages import Move

S = MessageStatus
_WAITING = frozenset({S.QUEUED, S.DEFERRED})


@dataclass(frozen=True, slots=True)
class OptOutDone:
    scopes: tuple[Scope, ...]
    cancelled: tuple[int, ...]  # messages cancelled at once


def opt_out(
    session: UnitOfWork,
    client_id: int | None,
    number: str,
    scopes: Collection[Scope],
    wording: str,
    now: dt.datetime,
) -> OptOutDone:
    values = [s.value for s in optout.ordered(scopes)]
    consent_repo.withdraw(
        session,
        client_id,
        number,
        values,
        ConsentSource.SMS_REPLY,
        now,
        wording=wording,
        recorded_by=COMPTOIR,
    )
    stops = set(values)
    moves: list[Move] = []
    for message in conversation.waiting_for(session, number, client_id):
        if message.kind is MessageKind.OPT_OUT_CONFIRMATION:
            continue
        family = optout.message_scope(message.kind, message.purpose)
        if optout.blocking_scope(stops, message.purpose, family) is None:
            continue
        code = compliance.RECIPIENT_OPTED_OUT
        moves.append(
            Move(
                message.id,
                S.CANCELLED,
                _WAITING,
                code,
                {"error_code": code, "final_at": now, "next_attempt_at": None},
            )
        )
    cancelled = tuple(messages_repo.apply_moves(session, moves, now)) if moves else ()
    return OptOutDone(optout.ordered(scopes), cancelled)


def stopped_by(session: UnitOfWork, client_id: int | None, number: str) -> frozenset[Scope]:
    """What this number (and its client) stopped so far."""
    client = session.get(ClientRow, client_id) if client_id is not None else None
    scopes = consent_repo.suppressed_scopes(session, number)
    if client is None:
        return optout.stopped(ConsentState.UNKNOWN, ConsentState.UNKNOWN, scopes)
    if client.mobile and client.mobile != number:
        scopes |= consent_repo.suppressed_scopes(session, client.mobile)
    return optout.stopped(client.promotional_consent, client.transactional_consent, scopes)


def opt_in(
    session: UnitOfWork,
    client_id: int | None,
    number: str,
    named: Collection[str],
    wording: str,
    now: dt.datetime,
) -> tuple[Scope, ...]:
    """Restore what the words name (nothing named: whatever was stopped); the scopes restored."""
    stopped = stopped_by(session, client_id, number)
    wanted = {s for s in (optout.scope_of(n) for n in named) if s is not None}
    targets = set(stopped) if not wanted or Scope.ALL in wanted else wanted
    client = session.get(ClientRow, client_id) if client_id is not None else None
    restored = optout.ordered(targets)
    if client is not None:
        for scope in restored:
            consent_repo.record(
                session,
                client.id,
                optout.consent_purpose(scope),
                ConsentState.GRANTED,
                ConsentSource.SMS_REPLY,
                wording=wording,
                recorded_by=COMPTOIR,
                at=now,
            )
    # record() lifts the suppression of the client's current number; the number that wrote may be another.
    consent_repo.unsuppress(session, hash_number(number), {s.value for s in restored})
    return restored
