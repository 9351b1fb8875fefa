"""What a client can stop, what each message falls under, and what an opt-out reply stops.

A client stops messages by **scope**: everything (``all``), or one family — promotions, appointment reminders,
order notices, surveys and review requests. Scopes live in the suppression list (keyed by the number's hash,
so they outlive the client's card) and, for a client, in consent events; :func:`stopped` reads both.

- **What a message falls under** (:func:`message_scope`): a promotion (or a campaign) under ``promotional``;
  a reminder under ``reminders``; an order or intervention notice under ``order_notices``; a survey or a
  review request under ``surveys``. Every message also falls under ``all``; a message written by hand, an
  automatic answer or the confirmation of an opt-out falls under ``all`` only.
- **What a reply stops** (:func:`reply_scopes`): the scopes its words name (« STOP PUB », « STOP RAPPEL »,
  « STOP TOUT »); a bare « STOP » stops promotions **plus** the family of the message the client answered
  (a reminder → reminders too; a survey → surveys and review requests too; an order notice → order notices
  too); when that message is of no family (written by hand, an automatic answer) or unknown, everything.
- **What keeps a message back** (:func:`blocking_scope`): ``all``, or the scope it falls under.

Pure: no database, no clock. The gate (:mod:`desktop.core.compliance`), the dispatcher's claim-time check
and the replies all decide with these functions.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from enum import StrEnum
from typing import Final

from desktop.core.entities import ConsentPurpose, ConsentState, MessageKind, Purpose


class Scope(StrEnum):
    ALL = "all"
    PROMOTIONAL = "promotional"
    REMINDERS = "reminders"
    ORDER_NOTICES = "order_notices"
    SURVEYS = "surveys"  # satisfaction surveys and review requests


#: The families a client may stop one by one, in the order they are named to her.
FAMILIES: Final = (Scope.PROMOTIONAL, Scope.REMINDERS, Scope.ORDER_NOTICES, Scope.SURVEYS)

_BY_KIND: Final = {
    MessageKind.CAMPAIGN: Scope.PROMOTIONAL,
    MessageKind.REMINDER: Scope.REMINDERS,
    MessageKind.ORDER_NOTICE: Scope.ORDER_NOTICES,
    MessageKind.SURVEY: Scope.SURVEYS,
    MessageKind.REVIEW_REQUEST: Scope.SURVEYS,
}


def scope_of(value: str) -> Scope | None:
    """A stored scope as a :class:`Scope` (None for a value this version does not know)."""
    try:
        return Scope(value)
    except ValueError:
        return None


def message_scope(kind: MessageKind | str, purpose: Purpose | str, *, review: bool = False) -> Scope | None:
    """The family a message falls under (besides ``all``), or None: only « STOP TOUT » stops it.

    ``review``: the text holds the review link (a review request, whatever its kind)."""
    if str(purpose) == Purpose.PROMOTIONAL:
        return Scope.PROMOTIONAL
    try:
        found = _BY_KIND.get(MessageKind(str(kind)))
    except ValueError:
        found = None
    if found is None and (review or str(purpose) == Purpose.SURVEY):
        found = Scope.SURVEYS
    return found


def reply_scopes(
    named: Collection[str], answered_kind: MessageKind | str | None, answered_purpose: Purpose | str | None
) -> frozenset[Scope]:
    """What an opt-out reply stops: the scopes its words name, else promotions plus the family of the
    message answered, else (nothing identifiable) everything."""
    words = {s for s in (scope_of(n) for n in named) if s is not None}
    if Scope.ALL in words:
        return frozenset({Scope.ALL})
    if words:
        return frozenset(words)
    if answered_kind is None or answered_purpose is None:
        return frozenset({Scope.ALL})
    family = message_scope(answered_kind, answered_purpose)
    if family is None:
        return frozenset({Scope.ALL})
    return frozenset({Scope.PROMOTIONAL, family})


def stopped(
    promotional_consent: ConsentState | str,
    transactional_consent: ConsentState | str,
    suppressed: Iterable[str],
) -> frozenset[Scope]:
    """What a number (and its client) stopped: the suppression scopes, plus ``all`` for a withdrawn
    transactional consent and ``promotional`` for a withdrawn promotional one."""
    found = {s for s in (scope_of(v) for v in suppressed) if s is not None}
    if str(transactional_consent) == ConsentState.WITHDRAWN:
        found.add(Scope.ALL)
    if str(promotional_consent) == ConsentState.WITHDRAWN:
        found.add(Scope.PROMOTIONAL)
    return frozenset(found)


def blocking_scope(
    stops: Collection[str], purpose: Purpose | str, family: Scope | str | None
) -> Scope | None:
    """The scope that keeps a message of ``purpose`` falling under ``family`` from leaving, or None."""
    if Scope.ALL in stops:
        return Scope.ALL
    if str(purpose) == Purpose.PROMOTIONAL and Scope.PROMOTIONAL in stops:
        return Scope.PROMOTIONAL
    if family is not None and str(family) in stops:
        return Scope(str(family))
    return None


def consent_purpose(scope: Scope) -> ConsentPurpose:
    """The consent purpose an opt-out of ``scope`` is recorded under."""
    return {
        Scope.ALL: ConsentPurpose.TRANSACTIONAL,
        Scope.PROMOTIONAL: ConsentPurpose.PROMOTIONAL,
        Scope.REMINDERS: ConsentPurpose.REMINDERS,
        Scope.ORDER_NOTICES: ConsentPurpose.ORDER_NOTICES,
        Scope.SURVEYS: ConsentPurpose.SURVEYS,
    }[scope]


def ordered(scopes: Iterable[Scope | str]) -> tuple[Scope, ...]:
    """Scopes in the order they are named to a client: everything first, then the families."""
    found = {s for s in (scope_of(str(v)) for v in scopes) if s is not None}
    return tuple(s for s in (Scope.ALL, *FAMILIES) if s in found)
