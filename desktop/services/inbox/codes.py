"""What Comptoir did with a reply (``outcome``) and why a person must act on it (``reason``): catalogue codes
(texts in :mod:`desktop.core.catalogue.replies`), with their parameters in the reply's ``details``."""

from __future__ import annotations

from typing import Final

from desktop.core import replies

# ---------------------------------------------------------------- outcomes: Comptoir acted
OPTED_OUT: Final = "reply_opted_out"  # details: scopes, cancelled
OPTED_IN: Final = "reply_opted_in"  # details: scopes
NOTHING_TO_RESTORE: Final = "reply_nothing_to_restore"
KEYWORD_ANSWERED: Final = "reply_keyword_answered"  # details: keyword
SCORE_RECORDED: Final = "reply_score_recorded"  # details: score
APPOINTMENT_CONFIRMED: Final = "reply_appointment_confirmed"  # details: appointment, start
APPOINTMENT_CANCELLED: Final = "reply_appointment_cancelled"  # details: appointment, start

OUTCOMES: Final = (
    OPTED_OUT,
    OPTED_IN,
    NOTHING_TO_RESTORE,
    KEYWORD_ANSWERED,
    SCORE_RECORDED,
    APPOINTMENT_CONFIRMED,
    APPOINTMENT_CANCELLED,
)

# ---------------------------------------------------------------- reasons: a person must act
DETRACTOR: Final = "reply_detractor"  # details: score — call the client back
NO_APPOINTMENT: Final = "reply_no_appointment"
SEVERAL_APPOINTMENTS: Final = "reply_several_appointments"  # details: count
ALREADY_CANCELLED: Final = "reply_appointment_already_cancelled"  # details: appointment, start
APPOINTMENT_PAST: Final = "reply_appointment_past"  # details: appointment, start
UNKNOWN_NUMBER: Final = "reply_unknown_number"
OPT_IN_UNKNOWN_NUMBER: Final = "reply_opt_in_unknown_number"
NOT_APPLIED: Final = "reply_not_applied"  # a bug while applying it: logged; the reply waits for a person
BEFORE_INBOX: Final = "reply_before_inbox"  # stored by a version without the inbox (migration 0005_replies)

REASONS: Final = (
    *replies.REASONS,
    DETRACTOR,
    NO_APPOINTMENT,
    SEVERAL_APPOINTMENTS,
    ALREADY_CANCELLED,
    APPOINTMENT_PAST,
    UNKNOWN_NUMBER,
    OPT_IN_UNKNOWN_NUMBER,
    NOT_APPLIED,
    BEFORE_INBOX,
)

#: What the staff hears about at once (badge, tray notification): a freed slot, a client to call back.
ALERT_OUTCOMES: Final = frozenset({APPOINTMENT_CANCELLED})
ALERT_REASONS: Final = frozenset({DETRACTOR})

# ---------------------------------------------------------------- the SMS a reply is owed
ANSWER_OPT_OUT: Final = "opt_out_confirmation"
ANSWER_KEYWORD: Final = "keyword"
KEYWORD_REMOVED: Final = "reply_keyword_removed"  # the keyword was removed before its answer left

#: Who marks a reply done when Comptoir applied it.
COMPTOIR: Final = "Comptoir"
