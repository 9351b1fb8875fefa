"""Findings for one message about to be sent to one recipient: consent, STOP, hours, caps, sender, health.

Pure functions: the caller gathers the facts (consent, counters, settings) into a `Recipient` and a
`Context`, and gets back `Finding`s with stable codes, most severe first. The French and English texts of
every code are in `desktop.core.catalogue.compliance`.

Decisions worth knowing:
- Encoding and segment findings are computed on the text as it leaves (`check_message`'s ``sent_text``,
  given by :func:`desktop.core.outgoing.prepare`; by default the text with the STOP mention of
  :mod:`desktop.core.stop`). When the provider account's STOP text is unknown, `DEFAULT_STOP_TEXT` ("reply
  STOP") is used, and an alphanumeric sender (which cannot receive replies) raises `stop_number_unknown`.
- Surveys follow transactional consent (they promote nothing) but promotional sending hours.
- Opt-outs are scopes (:mod:`desktop.core.optout`): a transactional opt-out (or scope ``"all"``) stops every
  purpose; a family's scope (``"reminders"``, ``"order_notices"``, ``"surveys"``) stops the messages of that
  family (``Context.stop_scope``). The confirmation of an opt-out (``Context.is_opt_out_confirmation``,
  transactional) is the one message an opted-out number still gets.
- A survey too soon after the client's last one (``Context.survey_months``) is refused, as a review
  request is (``Context.review_request_months``).
- A promotion needs granted consent on a client's card: a number that is nobody's (``Recipient.is_client``
  false) never gets one (`promotion_not_a_client`).
- The consent, number and hours rules are public (`consent_findings`, `number_findings`, `hours_findings`):
  the dispatcher applies the same ones again when it claims a message.
- An empty `Context.sender` means "the provider account's default number" and is not checked.
- A frequency cap of 0 or less disables that cap.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from desktop.core import optout, quiet_hours, wording
from desktop.core.entities import ConsentState, NumberStatus, Purpose, Sector
from desktop.core.quiet_hours import DEFAULT_POLICY, SendingPolicy
from desktop.core.sms import UCS2, analyze
from desktop.core.stop import DEFAULT_STOP_TEXT, has_stop_mention, with_mention
from desktop.core.text import fold

__all__ = ["DEFAULT_STOP_TEXT", "has_stop_mention"]  # the STOP words, kept in desktop.core.stop


class Severity(StrEnum):
    BLOCK = "block"  # the recipient is skipped: the message is not sent as is
    DEFER = "defer"  # the message leaves later (outside sending hours)
    WARN = "warn"  # shown; the user may proceed
    INFO = "info"


#: The one order of severities: what keeps a message back first, then what moves it, warns, informs.
SEVERITY_ORDER: Final = (Severity.BLOCK, Severity.DEFER, Severity.WARN, Severity.INFO)
_RANK: Final = {severity: rank for rank, severity in enumerate(SEVERITY_ORDER)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to say about a message. `params` fill the catalogue text's placeholders.

    `spans` are ``(start, end)`` indices in the checked text of the words that caused the finding (health
    terms, promotional wording), for the composer to underline.
    """

    code: str
    severity: Severity
    params: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    next_allowed: dt.datetime | None = None  # aware, UTC
    spans: tuple[tuple[int, int], ...] = ()


def _finding(
    code: str,
    severity: Severity,
    *,
    moment: dt.datetime | None = None,
    spans: tuple[tuple[int, int], ...] = (),
    **params: str,
) -> Finding:
    return Finding(code, severity, MappingProxyType(dict(params)), moment, spans)


@dataclass(frozen=True, slots=True)
class Recipient:
    e164: str | None
    region: str = "FR"
    subdiv: str | None = None
    promotional_consent: ConsentState = ConsentState.UNKNOWN
    transactional_consent: ConsentState = ConsentState.UNKNOWN
    suppressed_scopes: frozenset[str] = frozenset()  # values of desktop.core.optout.Scope
    number_status: str = NumberStatus.OK  # "ok", "invalid", "unreachable"
    promotional_sent_7d: int = 0
    promotional_sent_30d: int = 0
    identical_sent_today: int = 0
    last_review_request: dt.datetime | None = None
    last_survey: dt.datetime | None = None
    is_client: bool = True  # False: a number that is on nobody's card (only business values, no promotion)


@dataclass(frozen=True, slots=True)
class Context:
    """The business's settings, plus what kind of message this is."""

    sector: Sector = Sector.OTHER
    sender: str = ""
    business_name: str = ""
    stop_text: str = ""  # e.g. "STOP au 36180" from the provider account; "" when unknown
    policy: SendingPolicy = DEFAULT_POLICY
    promotional_per_week: int = 1
    promotional_per_month: int = 4
    identical_transactional_per_day: int = 1
    review_request_months: int = 6
    survey_months: int = 0  # at most one survey per client per this many months (0: no limit)
    urgent: bool = False  # transactional: ignore the courtesy window and the daily duplicate cap
    is_review_request: bool = False
    is_survey: bool = False
    stop_scope: str | None = None  # the family this message falls under (desktop.core.optout.message_scope)
    is_opt_out_confirmation: bool = False  # the one answer to a STOP: sent even though the number opted out


# ---------------------------------------------------------------------------------------- codes

NO_PROMOTIONAL_CONSENT: Final = "no_promotional_consent"
NOT_A_CLIENT: Final = "promotion_not_a_client"
RECIPIENT_OPTED_OUT: Final = "recipient_opted_out"
NO_MOBILE: Final = "no_mobile"
INVALID_NUMBER: Final = "invalid_number"
NUMBER_UNREACHABLE: Final = "number_unreachable"
STOP_MENTION_MISSING: Final = "stop_mention_missing"
STOP_NUMBER_UNKNOWN: Final = "stop_number_unknown"
BUSINESS_IDENTITY_MISSING: Final = "business_identity_missing"
OUTSIDE_HOURS: Final = "outside_hours"
NO_SENDING_WINDOW: Final = "no_sending_window"
COURTESY_HOURS: Final = "courtesy_hours"
FREQUENCY_CAP_WEEK: Final = "frequency_cap_week"
FREQUENCY_CAP_MONTH: Final = "frequency_cap_month"
DUPLICATE_TODAY: Final = "duplicate_today"
REVIEW_TOO_SOON: Final = "review_too_soon"
SURVEY_TOO_SOON: Final = "survey_too_soon"
HEALTH_TERMS: Final = "health_terms"
PROMOTIONAL_WORDING: Final = "promotional_wording"
ENCODING_UNICODE: Final = "encoding_unicode"
MULTI_SEGMENT: Final = "multi_segment"
SENDER_EMPTY: Final = "sender_empty"
SENDER_TOO_SHORT: Final = "sender_too_short"
SENDER_TOO_LONG: Final = "sender_too_long"
SENDER_INVALID_CHARS: Final = "sender_invalid_chars"
SENDER_NO_LETTER: Final = "sender_no_letter"
SENDER_FRENCH_MOBILE: Final = "sender_french_mobile"
SENDER_NUMERIC: Final = "sender_numeric"
SENDER_GENERIC: Final = "sender_generic"

#: Every code `check_message` and `check_sender` can return.
CODES: Final = frozenset(
    {
        NO_PROMOTIONAL_CONSENT, NOT_A_CLIENT, RECIPIENT_OPTED_OUT, NO_MOBILE, INVALID_NUMBER, NUMBER_UNREACHABLE,
        STOP_MENTION_MISSING, STOP_NUMBER_UNKNOWN, BUSINESS_IDENTITY_MISSING, OUTSIDE_HOURS,
        NO_SENDING_WINDOW, COURTESY_HOURS, FREQUENCY_CAP_WEEK, FREQUENCY_CAP_MONTH, DUPLICATE_TODAY,
        REVIEW_TOO_SOON, SURVEY_TOO_SOON, HEALTH_TERMS, PROMOTIONAL_WORDING, ENCODING_UNICODE, MULTI_SEGMENT,
        SENDER_EMPTY, SENDER_TOO_SHORT, SENDER_TOO_LONG, SENDER_INVALID_CHARS, SENDER_NO_LETTER,
        SENDER_FRENCH_MOBILE, SENDER_NUMERIC, SENDER_GENERIC,
    }
)  # fmt: skip

# ---------------------------------------------------------------------------------------- sender

_SENDER_ALLOWED: Final = re.compile(r"[A-Za-z0-9]")
_PHONE_LIKE: Final = re.compile(r"\+?[0-9][0-9 .\-()]*")
_NUMERIC_SENDER: Final = re.compile(r"\+?[0-9]{5,15}")
#: 06/07 numbers in any usual spelling (valid or not: an unassigned 07 is still refused as a sender).
_FRENCH_MOBILE: Final = re.compile(r"(?:(?:\+|00)?330?|0)?[67][0-9]{8}")
#: Words that identify no business and that operators and recipients distrust as senders.
GENERIC_SENDER_WORDS: Final = frozenset(
    {
        "rdv", "rendezvous", "alerte", "alert", "alertes", "info", "infos", "information", "sms", "notif",
        "notification", "verify", "verif", "verification", "test", "promo", "promos", "promotion", "message",
        "messages", "msg", "service", "services", "contact", "noreply", "admin", "support", "code", "otp",
        "auth", "securite", "rappel", "reminder", "commande", "livraison", "colis", "offre", "soldes",
    }
)  # fmt: skip
_GENERIC_SPLIT: Final = re.compile(
    "(?:" + "|".join(sorted(GENERIC_SENDER_WORDS, key=len, reverse=True)) + r"|[0-9])+"
)


def check_sender(sender: str) -> list[Finding]:
    """Sender ID rules: 3–11 Latin letters or digits with a letter, or a number the provider assigned."""
    value = sender.strip()
    if not value:
        return [_finding(SENDER_EMPTY, Severity.BLOCK)]
    if _PHONE_LIKE.fullmatch(value):
        if _FRENCH_MOBILE.fullmatch(re.sub(r"[ .\-()]", "", value)):
            return [_finding(SENDER_FRENCH_MOBILE, Severity.BLOCK, sender=value)]
        if _NUMERIC_SENDER.fullmatch(value):
            return [_finding(SENDER_NUMERIC, Severity.WARN, sender=value)]
    findings: list[Finding] = []
    if len(value) < 3:
        findings.append(_finding(SENDER_TOO_SHORT, Severity.BLOCK, sender=value, length=str(len(value))))
    elif len(value) > 11:
        findings.append(_finding(SENDER_TOO_LONG, Severity.BLOCK, sender=value, length=str(len(value))))
    bad = dict.fromkeys("␣" if ch.isspace() else ch for ch in value if not _SENDER_ALLOWED.fullmatch(ch))
    if bad:
        findings.append(_finding(SENDER_INVALID_CHARS, Severity.BLOCK, sender=value, chars=" ".join(bad)))
    if not any(ch.isalpha() for ch in value):
        findings.append(_finding(SENDER_NO_LETTER, Severity.BLOCK, sender=value))
    if not findings and _GENERIC_SPLIT.fullmatch(value.lower()):
        findings.append(_finding(SENDER_GENERIC, Severity.WARN, sender=value))
    return findings


_FILLER_NAME_WORDS: Final = frozenset({"les", "des", "chez", "sarl", "sas", "eurl", "and", "the", "cie"})


def _tokens(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z0-9]+", fold(text)) if w]


def _sender_names_business(sender: str, business_name: str) -> bool:
    """Does a (valid, non-generic) sender ID identify the business? E.g. OPTMARTIN for "Optique Martin"."""
    if check_sender(sender):
        return False
    key = fold(sender)
    words = [w for w in _tokens(business_name) if len(w) >= 4 and w not in _FILLER_NAME_WORDS]
    compact = "".join(_tokens(business_name))
    return bool(compact) and (key in compact or any(w in key for w in words))


def _text_names_business(text: str, business_name: str) -> bool:
    """Does the text contain the business name (accents, case and punctuation ignored)?"""
    if "{boutique}" in text:
        return True
    name = _tokens(business_name)
    if not name:
        return False
    words = " ".join(_tokens(text))
    significant = [w for w in name if w not in _FILLER_NAME_WORDS] or name
    return any(f" {' '.join(seq)} " in f" {words} " for seq in (name, significant))


#: Kept here for callers that look for them with the other rules.
health_terms = wording.health_terms
promotional_terms = wording.promotional_terms

# ---------------------------------------------------------------------------------------- message


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="minutes")


def _add_months(moment: dt.datetime, months: int) -> dt.datetime:
    """Same day `months` later, clamped to the end of a shorter month (31 Aug + 6 → 28/29 Feb)."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def consent_findings(purpose: Purpose | str, recipient: Recipient, context: Context) -> list[Finding]:
    """Opt-outs (suppression scopes, withdrawn consent) and the consent a promotion needs."""
    kind = str(purpose)
    if context.is_opt_out_confirmation and kind == Purpose.TRANSACTIONAL:
        return []
    stops = optout.stopped(
        recipient.promotional_consent, recipient.transactional_consent, recipient.suppressed_scopes
    )
    scope = optout.blocking_scope(stops, kind, context.stop_scope)
    if scope is not None:
        return [_finding(RECIPIENT_OPTED_OUT, Severity.BLOCK, scope=scope.value)]
    if kind == Purpose.PROMOTIONAL and not recipient.is_client:
        return [_finding(NOT_A_CLIENT, Severity.BLOCK)]
    if kind == Purpose.PROMOTIONAL and recipient.promotional_consent != ConsentState.GRANTED:
        return [_finding(NO_PROMOTIONAL_CONSENT, Severity.BLOCK)]
    return []


def number_findings(recipient: Recipient) -> list[Finding]:
    """No mobile, an invalid number (known or malformed), a number the last messages did not reach."""
    if not recipient.e164:
        return [_finding(NO_MOBILE, Severity.BLOCK)]
    if recipient.number_status == NumberStatus.INVALID or not re.fullmatch(
        r"\+[1-9][0-9]{6,14}", recipient.e164
    ):
        return [_finding(INVALID_NUMBER, Severity.BLOCK)]
    if recipient.number_status == NumberStatus.UNREACHABLE:
        return [_finding(NUMBER_UNREACHABLE, Severity.WARN)]
    return []


def _holiday_before(first: dt.date, last: dt.date, recipient: Recipient, context: Context) -> str:
    """Name of the first public holiday from `first` to the day before `last`, "" when none (or ignored)."""
    if context.policy.allow_holidays:
        return ""
    for offset in range((last - first).days):
        name = quiet_hours.holiday_name(first + dt.timedelta(days=offset), recipient.region, recipient.subdiv)
        if name:
            return name
    return ""


def hours_findings(
    purpose: Purpose | str, recipient: Recipient, context: Context, when: dt.datetime
) -> list[Finding]:
    """Legal sending hours (a promotion or survey outside them is deferred: ``next_allowed``) and the
    courtesy hours of other messages (a warning, unless urgent)."""
    verdict = quiet_hours.evaluate(when, str(purpose), recipient.region, recipient.subdiv, context.policy)
    local = verdict.local_time
    if not verdict.allowed:
        if verdict.next_allowed is None:
            return [_finding(NO_SENDING_WINDOW, Severity.BLOCK)]
        departure = verdict.next_allowed.astimezone(local.tzinfo)
        holiday = verdict.holiday_name or _holiday_before(local.date(), departure.date(), recipient, context)
        return [
            _finding(
                OUTSIDE_HOURS,
                Severity.DEFER,
                moment=verdict.next_allowed,
                reason=verdict.reason or "",
                holiday=holiday,
                next_allowed=_iso(verdict.next_allowed),
                departure=_iso(departure),
                local_time=_iso(local),
            )
        ]
    if verdict.warning == quiet_hours.COURTESY and not context.urgent:
        start, end = context.policy.courtesy_start, context.policy.courtesy_end
        day = local.date() if local.time() < start else local.date() + dt.timedelta(days=1)
        departure = dt.datetime.combine(day, start, tzinfo=local.tzinfo)
        return [
            _finding(
                COURTESY_HOURS,
                Severity.WARN,
                moment=departure.astimezone(dt.UTC),
                local_time=_iso(local),
                departure=_iso(departure),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
            )
        ]
    return []


def _caps(purpose: str, recipient: Recipient, context: Context, when: dt.datetime) -> list[Finding]:
    findings: list[Finding] = []
    if purpose == Purpose.PROMOTIONAL:
        for code, sent, cap in (
            (FREQUENCY_CAP_WEEK, recipient.promotional_sent_7d, context.promotional_per_week),
            (FREQUENCY_CAP_MONTH, recipient.promotional_sent_30d, context.promotional_per_month),
        ):
            if 0 < cap <= sent:
                findings.append(_finding(code, Severity.BLOCK, count=str(sent), limit=str(cap)))
    else:
        cap = context.identical_transactional_per_day
        if 0 < cap <= recipient.identical_sent_today and not context.urgent:
            findings.append(
                _finding(DUPLICATE_TODAY, Severity.BLOCK, count=str(recipient.identical_sent_today))
            )
    spacing = (
        (
            REVIEW_TOO_SOON,
            context.is_review_request,
            recipient.last_review_request,
            context.review_request_months,
        ),
        (SURVEY_TOO_SOON, context.is_survey, recipient.last_survey, context.survey_months),
    )
    for code, asked, last, months in spacing:
        if asked and last is not None and months > 0:
            following = _add_months(last, months)
            if when < following:
                findings.append(
                    _finding(
                        code,
                        Severity.BLOCK,
                        last=last.date().isoformat(),
                        next=following.date().isoformat(),
                        months=str(months),
                    )
                )
    return findings


def _content(text: str, purpose: str, context: Context) -> list[Finding]:
    findings: list[Finding] = []
    if purpose == Purpose.PROMOTIONAL:
        if not has_stop_mention(text):
            mention = context.stop_text.strip() or DEFAULT_STOP_TEXT
            findings.append(_finding(STOP_MENTION_MISSING, Severity.INFO, mention=mention))
            if not context.stop_text.strip() and any(ch.isalpha() for ch in context.sender):
                findings.append(_finding(STOP_NUMBER_UNKNOWN, Severity.WARN, sender=context.sender.strip()))
        if not _text_names_business(text, context.business_name) and not _sender_names_business(
            context.sender, context.business_name
        ):
            findings.append(
                _finding(BUSINESS_IDENTITY_MISSING, Severity.WARN, business=context.business_name)
            )
    else:
        words, spans = wording.matches(wording.PROMOTIONAL, text)
        if words:
            findings.append(_finding(PROMOTIONAL_WORDING, Severity.WARN, spans=spans, terms=", ".join(words)))
    if context.sector == Sector.CLINIC:
        words, spans = wording.matches(wording.HEALTH, text)
        if words:
            findings.append(_finding(HEALTH_TERMS, Severity.WARN, spans=spans, terms=", ".join(words)))
    return findings


def _display_char(ch: str) -> str:
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def _encoding(text: str) -> list[Finding]:
    analysis = analyze(text)
    findings: list[Finding] = []
    if analysis.encoding == UCS2:
        chars = " ".join(_display_char(ch) for ch in analysis.non_gsm)
        findings.append(_finding(ENCODING_UNICODE, Severity.INFO, chars=chars))
    if analysis.segments > 1:
        findings.append(
            _finding(
                MULTI_SEGMENT, Severity.INFO, segments=str(analysis.segments), encoding=analysis.encoding
            )
        )
    return findings


def check_message(
    text: str,
    purpose: Purpose | str,
    recipient: Recipient,
    context: Context,
    when: dt.datetime,
    *,
    sent_text: str | None = None,
) -> list[Finding]:
    """Everything to say before sending `text` (as composed, without the STOP mention) to `recipient` at
    `when` (aware). `sent_text` is the text as it leaves (encoding and segments are counted on it); by
    default `text` with the STOP mention a promotion gets. Most severe first; an empty list means the
    message may leave as is."""
    kind = str(Purpose(str(purpose)))
    leaving = sent_text if sent_text is not None else with_mention(text, kind, context.stop_text)
    return by_severity(
        [
            *number_findings(recipient),
            *consent_findings(kind, recipient, context),
            *_caps(kind, recipient, context, when),
            *hours_findings(kind, recipient, context, when),
            *(check_sender(context.sender) if context.sender.strip() else []),
            *_content(text, kind, context),
            *_encoding(leaving),
        ]
    )


def by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first (:data:`SEVERITY_ORDER`); equal severities keep their order."""
    return sorted(findings, key=lambda f: _RANK[f.severity])


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that keep the message from being sent to this recipient."""
    return [f for f in findings if f.severity == Severity.BLOCK]


def deferral(findings: Iterable[Finding]) -> dt.datetime | None:
    """The moment (UTC) a deferred message may leave; None when nothing defers it."""
    moments = [f.next_allowed for f in findings if f.severity == Severity.DEFER and f.next_allowed]
    return max(moments) if moments else None
