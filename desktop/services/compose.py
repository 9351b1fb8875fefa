"""Compose one message for one or many clients: the exact text each one gets, its figures, cost and
compliance findings; then queue it through the outbox.

Two steps, so that typing stays fast for 600 recipients:

- :meth:`ComposeService.gather` reads, in a few bulk queries, everything compliance needs about the
  recipients (consent, suppression scopes, number status, recent messages for the caps and duplicates, last
  review request) plus the account and the settings. It touches the database: run it off the UI thread,
  once per recipient set. The last result is cached (and dropped when clients, messages, accounts or
  settings change).
- :meth:`ComposeService.prepare` renders the body for each recipient and checks it. Given facts, it is pure
  CPU (no database): fit for every debounced keystroke.

Decisions:

- The text shown is the text queued: variables filled, NFC-normalised, and for a promotion the opt-out
  mention appended (unless the account's provider appends its own) — the outbox stores it as is.
- A recipient is skipped when any finding blocks (no consent, opt-out, caps, invalid number…) or when a
  variable has no value and no default (``missing_value``; for a business variable
  ``compose_business_value_missing``; for a variable no client card can fill, such as ``{date_rdv}``,
  ``compose_variable_unavailable``). Body-level problems (broken braces, unknown variables) block everyone.
- Frequency caps count the promotions already queued or sent in any 7-day (30-day) window that contains
  the new message's departure, scheduled ones included; duplicates count the same text leaving the same
  local day. Cancelled, failed, undelivered and expired messages never reached the client: not counted.
- :meth:`ComposeService.send` checks again against fresh facts: someone who opted out meanwhile is not
  queued. With ``now`` and ``next_allowed`` only the recipients the preview said would receive it are
  queued; with ``at`` the time-dependent rules (hours, caps, duplicates) are those of the chosen moment.
  Idempotency keys derive from the preview's token: sending the same preview twice queues once.
"""

from __future__ import annotations

import datetime as dt
import threading
import unicodedata
import uuid
from collections.abc import Sequence
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

from desktop.core import compliance, phones
from desktop.core.clock import Clock
from desktop.core.compliance import Finding, Severity
from desktop.core.entities import NumberStatus, Purpose
from desktop.core.sms import analyze, suggest_gsm
from desktop.core.templates import ProblemCode, TemplateProblem, render, validate, variables
from desktop.providers.base import ProviderError
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService
from desktop.services.compose_records import (
    BODY_INVALID,
    BUSINESS_VALUE_MISSING,
    COMPOSER_VARIABLES,
    EMPTY_BODY,
    KNOWN_NAMES,
    MODE_AT,
    MODE_NEXT_ALLOWED,
    MODE_NOW,
    MONTH,
    NOBODY,
    SCHEDULE_PAST,
    TOO_LONG,
    VARIABLE_UNAVAILABLE,
    ComposeError,
    ComposePreview,
    GsmSaving,
    Person,
    RecipientFacts,
    RecipientPreview,
    SendMode,
    business_values,
    client_values,
    missing_finding,
)
from desktop.services.outbox import MessageDraft, OutboxAccounts, OutboxService
from desktop.services.settings import SettingsService
from desktop.services.templates import lenient_render
from desktop.settings import Business
from desktop.storage.db import Database
from desktop.storage.repositories import conversation as repo
from desktop.storage.repositories import messages as messages_repo
from desktop.storage.repositories.conversation import ThreadEntry

__all__ = [
    "BUSINESS_VALUE_MISSING",
    "COMPOSER_VARIABLES",
    "MODE_AT",
    "MODE_NEXT_ALLOWED",
    "MODE_NOW",
    "VARIABLE_UNAVAILABLE",
    "ComposeError",
    "ComposePreview",
    "ComposeService",
    "GsmSaving",
    "RecipientFacts",
    "RecipientPreview",
    "SendMode",
    "ThreadEntry",
]

_PAST_TOLERANCE: Final = dt.timedelta(minutes=1)


# ---------------------------------------------------------------------------------------- service


_ORDER: Final = {Severity.BLOCK: 0, Severity.DEFER: 1, Severity.WARN: 2, Severity.INFO: 3}


class ComposeService:
    def __init__(
        self,
        db: Database,
        hub: ChangeHub,
        clients: ClientService,
        outbox: OutboxService,
        accounts: OutboxAccounts,
        settings: SettingsService,
        clock: Clock,
    ) -> None:
        self._db = db
        self._hub = hub
        self._clients = clients
        self._outbox = outbox
        self._accounts = accounts
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: RecipientFacts | None = None
        hub.subscribe(self._on_changes)

    # ---------------------------------------------------------------- facts
    def gather(self, client_ids: Sequence[int], account_id: int | None = None) -> RecipientFacts:
        """Read what compliance needs about these recipients (database: run it off the UI thread)."""
        ids = tuple(dict.fromkeys(client_ids))
        settings = self._settings.get()
        account = self._accounts.get(account_id) if account_id is not None else self._accounts.default()
        try:
            capabilities = self._accounts.provider(account.id).capabilities
        except ProviderError:  # no adapter right now (missing secret…): the outbox adds our mention
            capabilities = None
        now = self._clock.now()
        clients = self._clients.get_many(ids)
        numbers = {c.id: c.mobile for c in clients if c.mobile}
        hashes = {cid: phones.hash_number(e164) for cid, e164 in numbers.items()}
        with self._db.read() as session:
            scopes = repo.suppression_scopes(session, hashes.values())
            recent = repo.recent_messages(
                session, ids, promotional_since=now - MONTH, other_since=now - dt.timedelta(days=2)
            )
            reviews = repo.last_messages_containing(session, ids, settings.business.review_link.strip())
        promotions: dict[int, list[dt.datetime]] = {}
        others: dict[int, list[tuple[dt.datetime, str]]] = {}
        for m in recent:
            if m.purpose is Purpose.PROMOTIONAL:
                promotions.setdefault(m.client_id, []).append(m.moment)
            else:
                others.setdefault(m.client_id, []).append((m.moment, m.body))
        people: dict[int, Person] = {}
        for client in clients:
            status = str(client.number_status)
            if client.mobile and phones.normalize(client.mobile).e164 is None:
                status = NumberStatus.INVALID
            recipient = compliance.Recipient(
                e164=client.mobile,
                region=client.region,
                subdiv=client.subdiv,
                promotional_consent=client.promotional_consent,
                transactional_consent=client.transactional_consent,
                suppressed_scopes=scopes.get(hashes.get(client.id, ""), frozenset()),
                number_status=status,
                last_review_request=reviews.get(client.id),
            )
            people[client.id] = Person(
                client,
                recipient,
                tuple(sorted(promotions.get(client.id, ()))),
                tuple(others.get(client.id, ())),
                ZoneInfo(phones.region_timezone(client.region)),
            )
        facts = RecipientFacts(
            client_ids=ids,
            account=account,
            stop_text=self._accounts.stop_text(account.id),
            provider_stop_mention=bool(capabilities and capabilities.provider_stop_mention),
            max_body_length=capabilities.max_body_length if capabilities else None,
            settings=settings,
            business_values=MappingProxyType(business_values(settings)),
            people=MappingProxyType(people),
            gathered_at=now,
        )
        with self._lock:
            self._cached = facts
        return facts

    def _facts_for(self, ids: tuple[int, ...], account_id: int | None) -> RecipientFacts:
        with self._lock:
            cached = self._cached
        if cached is not None and cached.client_ids == ids and account_id in (None, cached.account.id):
            return cached
        return self.gather(ids, account_id)

    def _on_changes(self, changes: Changes) -> None:
        with self._lock:
            cached = self._cached
            if cached is None:
                return
            if (
                changes.messages
                or changes.settings
                or changes.accounts
                or changes.clients_reset
                or changes.clients & set(cached.client_ids)
            ):
                self._cached = None

    # ---------------------------------------------------------------- preview
    def prepare(
        self,
        client_ids: Sequence[int],
        body: str,
        purpose: Purpose | str,
        *,
        template_id: int | None = None,
        account_id: int | None = None,
        when: dt.datetime | None = None,
        urgent: bool = False,
        facts: RecipientFacts | None = None,
    ) -> ComposePreview:
        """The exact text, figures, cost and findings for each recipient. With `facts` (from `gather`), or
        when the same recipient set was gathered last, no database access."""
        ids = tuple(dict.fromkeys(client_ids))
        if facts is None or facts.client_ids != ids:
            facts = self._facts_for(ids, account_id)
        kind = Purpose(str(purpose))
        moment = when or self._clock.now()
        if moment.tzinfo is None:
            raise ValueError("when must be an aware datetime")
        problems = tuple(validate(body, KNOWN_NAMES))
        context = self._context(facts, body, urgent, problems)
        price = facts.account.price_cents_per_segment
        previews = tuple(
            self._recipient(facts.people[cid], body, kind, context, moment, bool(problems), facts, price)
            for cid in ids
            if cid in facts.people
        )
        return ComposePreview(
            body=body,
            purpose=kind,
            template_id=template_id,
            account_id=facts.account.id,
            urgent=urgent,
            when=moment,
            token=uuid.uuid4().hex,
            price_cents_per_segment=price,
            recipients=previews,
            problems=problems,
            facts=facts,
        )

    def _context(
        self, facts: RecipientFacts, body: str, urgent: bool, problems: Sequence[TemplateProblem]
    ) -> compliance.Context:
        settings = facts.settings
        caps = settings.caps
        names = () if problems else variables(body)
        return compliance.Context(
            sector=settings.business.sector,
            sender=facts.account.sender,
            business_name=settings.business.name,
            stop_text=facts.stop_text,
            policy=settings.policy,
            promotional_per_week=caps.promotional_per_week,
            promotional_per_month=caps.promotional_per_month,
            identical_transactional_per_day=caps.identical_transactional_per_day,
            review_request_months=caps.review_request_months,
            urgent=urgent,
            is_review_request="lien_avis" in names,
        )

    @staticmethod
    def _text(body: str, kind: Purpose, facts: RecipientFacts) -> str:
        """The text as it leaves (NFC), from a rendered body."""
        text = body
        if kind is Purpose.PROMOTIONAL and not facts.provider_stop_mention:
            text = compliance.add_stop_mention(text, facts.stop_text)
        return unicodedata.normalize("NFC", text)

    def _recipient(
        self,
        person: Person,
        body: str,
        kind: Purpose,
        context: compliance.Context,
        when: dt.datetime,
        broken: bool,
        facts: RecipientFacts,
        price: int,
    ) -> RecipientPreview:
        values = {**facts.business_values, **client_values(person.client)}
        blocks: list[Finding] = []
        if broken:
            rendered = lenient_render(body, values, KNOWN_NAMES)
        else:
            missing = [
                p.name for p in validate(body, KNOWN_NAMES, values) if p.code == ProblemCode.MISSING_VALUE
            ]
            if missing:
                blocks = [missing_finding(name) for name in dict.fromkeys(n for n in missing if n)]
                rendered = lenient_render(body, values, KNOWN_NAMES)
            else:
                rendered = render(body, values)
        text = self._text(rendered, kind, facts)
        analysis = analyze(text)
        if facts.max_body_length is not None and len(text) > facts.max_body_length:
            blocks.append(Finding(TOO_LONG, Severity.BLOCK))
        recipient = person.recipient_at(when, text)
        found = compliance.check_message(rendered, kind, recipient, context, when)
        # Compliance blocks first (they say more about the client), then the template's.
        findings = sorted([*found, *blocks], key=lambda f: _ORDER[f.severity])
        return RecipientPreview(
            client_id=person.client.id,
            name=person.client.display_name,
            to=person.client.mobile,
            text=text,
            analysis=analysis,
            cost_cents=analysis.segments * price,
            findings=tuple(findings),
        )

    # ---------------------------------------------------------------- optimisation
    def gsm_suggestion(self, body: str, preview: ComposePreview) -> GsmSaving | None:
        """What "Optimiser pour SMS" would change in `body`, with the saving for the batch of `preview`;
        None when no character can be replaced."""
        suggestion = suggest_gsm(body)
        if not suggestion.changed:
            return None
        facts = preview.facts
        receiving = preview.receiving or preview.recipients
        before = after = 0
        first: tuple[int, int] | None = None
        for r in receiving:
            values = {**facts.business_values, **client_values(facts.people[r.client_id].client)}
            rendered = lenient_render(suggestion.text, values, KNOWN_NAMES)
            segments = analyze(self._text(rendered, preview.purpose, facts)).segments
            before += r.analysis.segments
            after += segments
            if first is None:
                first = (r.analysis.segments, segments)
        if first is None:
            first = (suggestion.segments_before, suggestion.segments_after)
        counted = len(preview.receiving)
        saving = (
            (preview.total_segments - after) * preview.price_cents_per_segment if preview.receiving else 0
        )
        return GsmSaving(
            body=suggestion.text,
            replacements=tuple((r.original, r.replacement, r.count) for r in suggestion.replacements),
            segments_before=first[0],
            segments_after=first[1],
            total_segments_before=before,
            total_segments_after=after,
            recipients=counted,
            saving_cents=saving,
        )

    # ---------------------------------------------------------------- sending
    def send(self, preview: ComposePreview, mode: SendMode | str | dt.datetime = MODE_NOW) -> list[int]:
        """Queue the message for the recipients who may receive it; returns the message ids (in the
        preview's order). Only queues: the dispatcher sends. Raises ComposeError when nothing can go."""
        how = SendMode.parse(mode)
        if preview.blocker in (EMPTY_BODY, BODY_INVALID):
            raise ComposeError(preview.blocker or BODY_INVALID)
        now = self._clock.now()
        when = now
        if how.kind == MODE_AT and how.moment is not None:
            if how.moment < now - _PAST_TOLERANCE:
                raise ComposeError(SCHEDULE_PAST)
            when = max(how.moment, now)
        keys = {r.client_id: f"compose-{preview.token}-{r.client_id}" for r in preview.recipients}
        with self._db.read() as session:
            existing = messages_repo.existing_keys(session, list(keys.values()))
        facts = self.gather(preview.facts.client_ids, preview.account_id)
        fresh = self.prepare(
            facts.client_ids,
            preview.body,
            preview.purpose,
            template_id=preview.template_id,
            account_id=preview.account_id,
            when=when,
            urgent=preview.urgent,
            facts=facts,
        )
        shown = {r.client_id for r in preview.receiving}
        drafts: list[MessageDraft] = []
        for r in fresh.receiving:
            if keys.get(r.client_id) in existing or r.to is None:
                continue
            if how.kind != MODE_AT and r.client_id not in shown:
                continue
            drafts.append(
                MessageDraft(
                    to=r.to,
                    body=r.text,
                    purpose=preview.purpose,
                    client_id=r.client_id,
                    account_id=preview.account_id,
                    due_at=self._due(r, how, when),
                    template_id=preview.template_id,
                    urgent=preview.urgent,
                    idempotency_key=keys[r.client_id],
                )
            )
        if not drafts and not existing:
            raise ComposeError(NOBODY)
        queued = {m.client_id: m.id for m in self._outbox.queue_many(drafts)} if drafts else {}
        for client_id, key in keys.items():
            if key in existing:
                queued.setdefault(client_id, existing[key])
        return [queued[r.client_id] for r in preview.recipients if r.client_id in queued]

    @staticmethod
    def _due(r: RecipientPreview, how: SendMode, when: dt.datetime) -> dt.datetime:
        departure = r.departure
        if how.kind == MODE_NEXT_ALLOWED and departure is None:
            departure = r.courtesy_departure
        return max(departure, when) if departure is not None else when

    # ---------------------------------------------------------------- the client's conversation
    def conversation(self, client_id: int, limit: int = 200) -> list[ThreadEntry]:
        """Sent and received messages of the client, oldest first (newest last)."""
        with self._db.read() as session:
            return repo.thread(session, client_id, limit)

    def now(self) -> dt.datetime:
        """The service's clock (the composer offers to schedule from this moment)."""
        return self._clock.now()

    def business(self) -> Business:
        """The business's identity from the settings (cached by the settings service)."""
        return self._settings.get().business

    def business_zone(self) -> ZoneInfo:
        """The business's time zone (times are shown in it)."""
        return ZoneInfo(phones.region_timezone(self.business().region))
