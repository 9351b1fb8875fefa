"""The one rule for an outgoing SMS: from a body and what is known of one addressee, the exact text that
leaves, its figures and cost, and whether — and when — it may leave.

Pure: :mod:`desktop.services.sending` gathers the facts and every sender (composer, command line, reminders,
order notices, automatic answers, campaigns) goes through :func:`prepare`. In this order:

1. The body is checked (broken braces, unknown variables: refused with their positions) and rendered with
   the addressee's :class:`Values` — the business's, then the client's card, then the sender's own values
   for this addressee (appointment, order, survey link…), each layer overriding the previous one. A variable
   with no value and no default refuses the message, naming the variable, its position and who should have
   given it (the client's card, the business settings, the sender; or nobody, for a number that is no
   client's).
2. The opt-out mention is added where the purpose and the account require it (:mod:`desktop.core.stop`),
   and the text is NFC-normalised: that is the text stored, shown and handed to the provider.
3. Encoding, segments and cost are counted on that text; a text longer than the account accepts is refused.
4. Every compliance rule runs (:func:`desktop.core.compliance.check_message`) in the context of this kind of
   message (a reminder, a review request, the confirmation of an opt-out…). Findings come most severe first:
   a BLOCK refuses, a DEFER moves the departure to the next moment the legal hours allow.

A stored text is moved to another account (the dispatcher's fallback) by :func:`retarget`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Final

from desktop.core import compliance, optout, stop
from desktop.core.compliance import Context, Finding, Recipient, Severity
from desktop.core.entities import MessageKind, ProviderAccount, Purpose
from desktop.core.sms import SmsAnalysis, analyze
from desktop.core.templates import (
    KNOWN_VARIABLES,
    ProblemCode,
    TemplateProblem,
    lenient_render,
    render,
    validate,
    variables,
)

KNOWN_NAMES: Final = frozenset(KNOWN_VARIABLES)
#: The variables a client's card fills (the others come from the business or from the sender).
CLIENT_VARIABLES: Final = frozenset(
    n for n, source in KNOWN_VARIABLES.items() if source.startswith("client.")
)

# ---------------------------------------------------------------------------------------- codes
# Texts in desktop.core.catalogue.outgoing (missing_value and the body problems in catalogue.templates).
MISSING_VALUE: Final = ProblemCode.MISSING_VALUE.value  # empty on the client's card
BUSINESS_VALUE_MISSING: Final = "compose_business_value_missing"  # empty in the business settings
VARIABLE_UNAVAILABLE: Final = "compose_variable_unavailable"  # nobody gave it (an appointment's date…)
VARIABLE_EMPTY: Final = "variable_empty"  # the sender gave it empty
VARIABLE_NO_CLIENT: Final = "variable_no_client"  # a client's variable, for a number that is no client's
EMPTY_BODY: Final = "empty_body"
TOO_LONG: Final = "message_too_long"
EMPTY_VARIABLE: Final = "empty_variable"  # "{}" (an invalid name without a name)

_EMPTY: Final[Mapping[str, str | None]] = MappingProxyType({})


# ---------------------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What the account a message leaves through means for its text: static, read without its adapter."""

    id: int
    sender: str = ""
    stop_text: str = ""  # the mention Comptoir writes ("STOP au 36180"); "" → stop.DEFAULT_STOP_TEXT
    provider_appends_stop: bool = False  # the provider appends its own mention: Comptoir writes none
    max_body_length: int | None = None
    price_cents_per_segment: int = 0

    @classmethod
    def of(
        cls,
        account: ProviderAccount,
        *,
        provider_appends_stop: bool,
        provider_stop_text: str = "",
        max_body_length: int | None = None,
    ) -> AccountFacts:
        """The facts of a configured account: its own STOP mention (option ``stop_text``) wins over the one
        its provider expects."""
        own = account.options.get("stop_text", "").strip()
        return cls(
            id=account.id,
            sender=account.sender,
            stop_text=own or provider_stop_text.strip(),
            provider_appends_stop=provider_appends_stop,
            max_body_length=max_body_length,
            price_cents_per_segment=account.price_cents_per_segment,
        )


@dataclass(frozen=True, slots=True)
class Draft:
    """What is sent, before any addressee: the body (or a template's body), why, and what kind of message."""

    body: str
    purpose: Purpose = Purpose.TRANSACTIONAL
    kind: MessageKind = MessageKind.MANUAL
    urgent: bool = False  # transactional: no courtesy hours, no daily duplicate cap


@dataclass(frozen=True, slots=True)
class Values:
    """The variable values for one addressee, in three layers (each overrides the previous one).

    ``client`` is None for a number that is on no client's card; a name missing from every layer was given
    by nobody (``{date_rdv}`` in the composer).
    """

    business: Mapping[str, str | None] = field(default_factory=lambda: _EMPTY)
    client: Mapping[str, str | None] | None = None
    extra: Mapping[str, str | None] = field(default_factory=lambda: _EMPTY)

    def merged(self) -> dict[str, str | None]:
        return {**self.business, **(self.client or {}), **self.extra}

    def missing_code(self, name: str) -> str:
        """Why ``name`` has no value: who should have given it."""
        if name in self.extra:
            return VARIABLE_EMPTY
        if self.client is not None and name in self.client:
            return MISSING_VALUE
        if name in self.business:
            return BUSINESS_VALUE_MISSING
        if self.client is None and name in CLIENT_VARIABLES:
            return VARIABLE_NO_CLIENT
        return VARIABLE_UNAVAILABLE


# ---------------------------------------------------------------------------------------- verdict


@dataclass(frozen=True, slots=True)
class Figures:
    analysis: SmsAnalysis
    cost_cents: int


@dataclass(frozen=True, slots=True)
class Verdict:
    """The message for one addressee: the exact text and its figures, what to say about it, and whether and
    when it leaves.

    ``body_refusals`` are the body's own problems (empty, broken braces, unknown variables): nobody can get
    it. ``findings`` are about this addressee (consent, hours, caps, a missing value…), most severe first.
    When refused, ``text`` shows what could not be filled as typed.
    """

    text: str
    analysis: SmsAnalysis
    cost_cents: int
    findings: tuple[Finding, ...]
    departure: dt.datetime  # UTC: the moment asked for, or the next one the legal sending hours allow
    body_refusals: tuple[Finding, ...] = ()
    problems: tuple[TemplateProblem, ...] = field(default=(), compare=False)  # for an editor to underline

    @property
    def accepted(self) -> bool:
        return not self.reasons

    @property
    def reasons(self) -> tuple[Finding, ...]:
        """Why it may not leave: the body's problems, then this addressee's blocking findings."""
        return (*self.body_refusals, *compliance.blocking(self.findings))

    @property
    def deferred(self) -> bool:
        """The legal sending hours moved the departure (stored as « Reporté (heures légales) »)."""
        return compliance.deferral(self.findings) is not None

    @property
    def courtesy_departure(self) -> dt.datetime | None:
        """The next polite moment (UTC) for a transactional message outside courtesy hours, else None."""
        return next((f.next_allowed for f in self.findings if f.code == compliance.COURTESY_HOURS), None)


# ---------------------------------------------------------------------------------------- the rule


def final_text(rendered: str, purpose: Purpose | str, account: AccountFacts) -> str:
    """The text as it leaves through ``account``: the STOP mention where required, NFC-normalised."""
    text = stop.with_mention(rendered, purpose, account.stop_text, account.provider_appends_stop)
    return unicodedata.normalize("NFC", text)


def figures(text: str, account: AccountFacts) -> Figures:
    analysis = analyze(text)
    return Figures(analysis, analysis.segments * account.price_cents_per_segment)


def retarget(text: str, purpose: Purpose | str, source: AccountFacts, target: AccountFacts) -> str:
    """A stored text (as :func:`prepare` wrote it for ``source``) as it must leave through ``target``."""
    moved = stop.retarget(
        text,
        purpose,
        from_stop_text=source.stop_text,
        to_stop_text=target.stop_text,
        to_provider_appends=target.provider_appends_stop,
    )
    return unicodedata.normalize("NFC", moved)


def problem_finding(problem: TemplateProblem) -> Finding:
    """A problem of the body as a refusal: its code, the variable's name and its position."""
    code = str(problem.code)
    if problem.code is ProblemCode.INVALID_NAME and not problem.name:
        code = EMPTY_VARIABLE
    params = {"name": problem.name or "", "position": str(problem.position)}
    return Finding(code, Severity.BLOCK, MappingProxyType(params))


def _missing(values: Values, problem: TemplateProblem) -> Finding:
    name = problem.name or ""
    params = {"name": name, "position": str(problem.position)}
    return Finding(values.missing_code(name), Severity.BLOCK, MappingProxyType(params))


@lru_cache(maxsize=64)
def _body_facts(body: str) -> tuple[tuple[TemplateProblem, ...], bool]:
    """The body's own problems, and whether it holds the review link (the same for every addressee)."""
    problems = tuple(validate(body, KNOWN_NAMES))
    return problems, not problems and "lien_avis" in variables(body)


def _render(
    body: str, values: Values
) -> tuple[str, list[Finding], list[Finding], tuple[TemplateProblem, ...]]:
    """(rendered text, body refusals, missing values, problems of the body)."""
    merged = values.merged()
    problems = _body_facts(body)[0]
    if problems:
        return lenient_render(body, merged, KNOWN_NAMES), [problem_finding(p) for p in problems], [], problems
    missing = [p for p in validate(body, KNOWN_NAMES, merged) if p.code is ProblemCode.MISSING_VALUE]
    if missing:
        first = {p.name: p for p in reversed(missing)}  # the first place each variable appears
        found = [_missing(values, p) for p in sorted(first.values(), key=lambda p: p.position)]
        return lenient_render(body, merged, KNOWN_NAMES), [], found, ()
    return render(body, merged), [], [], ()


@lru_cache(maxsize=32)
def context_for(draft: Draft, context: Context, account: AccountFacts, review_link_used: bool) -> Context:
    """The business's context with what this message and its account add to it."""
    review = draft.kind is MessageKind.REVIEW_REQUEST or review_link_used
    family = optout.message_scope(draft.kind, draft.purpose, review=review)
    return dataclasses.replace(
        context,
        sender=account.sender,
        stop_text=account.stop_text,
        urgent=draft.urgent,
        stop_scope=family.value if family is not None else None,
        is_review_request=review,
        is_survey=draft.kind is MessageKind.SURVEY and not review,
        is_opt_out_confirmation=draft.kind is MessageKind.OPT_OUT_CONFIRMATION,
    )


@dataclass(frozen=True, slots=True)
class Composed:
    """Steps 1–3 for one addressee: the text that would leave and its figures, before the compliance rules
    (which need the text: the same text twice a day is a duplicate)."""

    draft: Draft
    rendered: str  # the body filled in, as composed (without the STOP mention)
    text: str  # as it leaves
    figures: Figures
    body_refusals: tuple[Finding, ...]
    blocks: tuple[Finding, ...]  # this addressee's: missing values, too long
    problems: tuple[TemplateProblem, ...]
    review_link_used: bool


def compose_text(draft: Draft, values: Values, account: AccountFacts) -> Composed:
    """The text ``draft`` becomes for one addressee's ``values`` through ``account``, and its figures."""
    purpose = Purpose(str(draft.purpose))
    if draft.purpose is not purpose:
        draft = Draft(draft.body, purpose, draft.kind, draft.urgent)
    rendered, refusals, blocks, problems = _render(draft.body, values)
    if not draft.body.strip():
        refusals.insert(0, Finding(EMPTY_BODY, Severity.BLOCK))
    text = final_text(rendered, purpose, account)
    if account.max_body_length is not None and len(text) > account.max_body_length:
        blocks.append(Finding(TOO_LONG, Severity.BLOCK))
    return Composed(
        draft,
        rendered,
        text,
        figures(text, account),
        tuple(refusals),
        tuple(blocks),
        problems,
        _body_facts(draft.body)[1],
    )


def judge(
    composed: Composed, recipient: Recipient, context: Context, account: AccountFacts, when: dt.datetime
) -> Verdict:
    """Step 4: every compliance rule on the composed text for ``recipient`` at ``when`` (aware)."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("judge() needs an aware datetime")
    draft = composed.draft
    found = compliance.check_message(
        composed.rendered,
        draft.purpose,
        recipient,
        context_for(draft, context, account, composed.review_link_used),
        when,
        sent_text=composed.text,
    )
    # The addressee's own blocks first (they say more about the client), then the template's.
    findings = tuple(compliance.by_severity([*found, *composed.blocks]))
    return Verdict(
        text=composed.text,
        analysis=composed.figures.analysis,
        cost_cents=composed.figures.cost_cents,
        findings=findings,
        departure=compliance.deferral(findings) or when.astimezone(dt.UTC),
        body_refusals=composed.body_refusals,
        problems=composed.problems,
    )


def prepare(
    draft: Draft,
    values: Values,
    recipient: Recipient,
    context: Context,
    account: AccountFacts,
    when: dt.datetime,
) -> Verdict:
    """The message ``draft`` for one addressee (``recipient``, ``values``) leaving through ``account`` at
    ``when`` (aware), under the business's ``context`` (sector, name, sending policy, caps). The recipient's
    counters (promotions this week, the same text today) are the caller's: see :func:`compose_text` and
    :func:`judge` to work them out from the text first."""
    return judge(compose_text(draft, values, account), recipient, context, account, when)
