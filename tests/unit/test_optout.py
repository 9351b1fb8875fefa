"""Opt-out scopes: what each message falls under, what a reply stops, what keeps a message back."""

from __future__ import annotations

import pytest

from desktop.core.entities import ConsentPurpose, ConsentState, MessageKind, Purpose
from desktop.core.optout import (
    Scope,
    blocking_scope,
    consent_purpose,
    message_scope,
    ordered,
    reply_scopes,
    stopped,
)

K, P = MessageKind, Purpose


@pytest.mark.parametrize(
    ("kind", "purpose", "review", "scope"),
    [
        (K.MANUAL, P.PROMOTIONAL, False, Scope.PROMOTIONAL),
        (K.CAMPAIGN, P.PROMOTIONAL, False, Scope.PROMOTIONAL),
        (K.REMINDER, P.TRANSACTIONAL, False, Scope.REMINDERS),
        (K.ORDER_NOTICE, P.TRANSACTIONAL, False, Scope.ORDER_NOTICES),
        (K.SURVEY, P.SURVEY, False, Scope.SURVEYS),
        (K.REVIEW_REQUEST, P.SURVEY, False, Scope.SURVEYS),
        (K.MANUAL, P.SURVEY, False, Scope.SURVEYS),
        (K.MANUAL, P.TRANSACTIONAL, True, Scope.SURVEYS),  # a hand-written message with the review link
        (K.MANUAL, P.TRANSACTIONAL, False, None),
        (K.AUTO_REPLY, P.TRANSACTIONAL, False, None),
        (K.OPT_OUT_CONFIRMATION, P.TRANSACTIONAL, False, None),
        ("from_a_newer_version", P.TRANSACTIONAL, False, None),
    ],
)
def test_the_family_a_message_falls_under(kind, purpose, review, scope):
    assert message_scope(kind, purpose, review=review) == scope


@pytest.mark.parametrize(
    ("named", "kind", "purpose", "expected"),
    [
        # A bare STOP: promotions plus the family answered (issue 13: « vos lunettes sont prêtes » kept).
        ((), K.CAMPAIGN, P.PROMOTIONAL, {Scope.PROMOTIONAL}),
        ((), K.MANUAL, P.PROMOTIONAL, {Scope.PROMOTIONAL}),
        ((), K.REMINDER, P.TRANSACTIONAL, {Scope.PROMOTIONAL, Scope.REMINDERS}),
        ((), K.SURVEY, P.SURVEY, {Scope.PROMOTIONAL, Scope.SURVEYS}),
        ((), K.REVIEW_REQUEST, P.SURVEY, {Scope.PROMOTIONAL, Scope.SURVEYS}),
        ((), K.ORDER_NOTICE, P.TRANSACTIONAL, {Scope.PROMOTIONAL, Scope.ORDER_NOTICES}),
        # Nothing identifiable: everything.
        ((), None, None, {Scope.ALL}),
        ((), K.MANUAL, P.TRANSACTIONAL, {Scope.ALL}),
        ((), K.AUTO_REPLY, P.TRANSACTIONAL, {Scope.ALL}),
        ((), K.OPT_OUT_CONFIRMATION, P.TRANSACTIONAL, {Scope.ALL}),
        # The words win over the message answered.
        (("reminders",), K.CAMPAIGN, P.PROMOTIONAL, {Scope.REMINDERS}),
        (("promotional",), K.REMINDER, P.TRANSACTIONAL, {Scope.PROMOTIONAL}),
        (("promotional", "reminders"), None, None, {Scope.PROMOTIONAL, Scope.REMINDERS}),
        (("all", "promotional"), K.REMINDER, P.TRANSACTIONAL, {Scope.ALL}),
        (("nonsense",), K.REMINDER, P.TRANSACTIONAL, {Scope.PROMOTIONAL, Scope.REMINDERS}),
    ],
)
def test_what_an_opt_out_reply_stops(named, kind, purpose, expected):
    assert reply_scopes(named, kind, purpose) == expected


def test_what_a_number_stopped_reads_consent_and_the_suppression_list():
    assert stopped(ConsentState.GRANTED, ConsentState.UNKNOWN, ["reminders", "old_scope"]) == {
        Scope.REMINDERS
    }
    assert stopped(ConsentState.WITHDRAWN, ConsentState.UNKNOWN, []) == {Scope.PROMOTIONAL}
    assert stopped(ConsentState.GRANTED, ConsentState.WITHDRAWN, ["surveys"]) == {Scope.ALL, Scope.SURVEYS}


@pytest.mark.parametrize(
    ("stops", "purpose", "family", "blocked_by"),
    [
        ({"all"}, P.TRANSACTIONAL, None, Scope.ALL),
        ({"all"}, P.PROMOTIONAL, "promotional", Scope.ALL),
        ({"promotional"}, P.PROMOTIONAL, None, Scope.PROMOTIONAL),
        ({"promotional"}, P.TRANSACTIONAL, "order_notices", None),  # « vos lunettes sont prêtes » leaves
        ({"promotional", "reminders"}, P.TRANSACTIONAL, "reminders", Scope.REMINDERS),
        ({"promotional", "reminders"}, P.TRANSACTIONAL, "order_notices", None),
        ({"surveys"}, P.SURVEY, "surveys", Scope.SURVEYS),
        ({"surveys"}, P.TRANSACTIONAL, None, None),
        (set(), P.PROMOTIONAL, "promotional", None),
    ],
)
def test_what_keeps_a_message_back(stops, purpose, family, blocked_by):
    assert blocking_scope(stops, purpose, family) == blocked_by


def test_each_scope_is_recorded_under_a_consent_purpose_and_named_in_order():
    assert {consent_purpose(s) for s in Scope} == set(ConsentPurpose)
    assert ordered(["surveys", "all", "promotional", "unknown"]) == (
        Scope.ALL,
        Scope.PROMOTIONAL,
        Scope.SURVEYS,
    )
