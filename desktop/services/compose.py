"""Compose one message for one or many clients in the window: the exact text each one gets, its figures,
cost and compliance findings; then queue it. A façade over the gate (:mod:`desktop.services.sending`), shaped
for a dialog that re-checks at every keystroke:

- :meth:`ComposeService.gather` asks the gate for the facts about the recipients and the account (database:
  run it off the UI thread, once per recipient set). The last result is cached (and dropped when clients,
  messages, accounts or settings change).
- :meth:`ComposeService.prepare` applies the gate's rule to each recipient. Given facts, it is pure CPU (no
  database): fit for every debounced keystroke.
- ``plain_names`` (client ids) asks the gate to write those clients' names without the accents that make the
  message cost more SMS, for this message only (the gate decides whether it saves anything: each
  recipient's ``plain_names`` says so, with the figures); the preview keeps the choice and ``send`` sends
  exactly that text.
- :meth:`ComposeService.send` checks again against fresh facts (someone who opted out meanwhile is not
  queued) and has the gate store the accepted ones. With ``now`` and ``next_allowed`` only the recipients
  the preview said would receive it are queued; with ``at`` the time-dependent rules (hours, caps,
  duplicates) are those of the chosen moment. Idempotency keys derive from the preview's token: sending the
  same preview twice queues once. A promotion the legal hours defer is stored « Reporté (heures légales) ».

A recipient is skipped when any finding blocks (see :mod:`desktop.core.outgoing`); problems of the body
itself (broken braces, unknown variables) block everyone and are listed in ``ComposePreview.problems``.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Collection, Sequence
from zoneinfo import ZoneInfo

from desktop.core import outgoing, phones
from desktop.core.clock import Clock
from desktop.core.entities import MessageKind, Purpose
from desktop.core.outgoing import Values
from desktop.core.sms import suggest_gsm
from desktop.services.changes import ChangeHub, Changes
from desktop.services.compose_records import (
    BODY_INVALID,
    BUSINESS_VALUE_MISSING,
    COMPOSER_VARIABLES,
    EMPTY_BODY,
    MODE_AT,
    MODE_NEXT_ALLOWED,
    MODE_NOW,
    NOBODY,
    VARIABLE_UNAVAILABLE,
    ComposeError,
    ComposePreview,
    GsmSaving,
    RecipientFacts,
    RecipientPreview,
    SendMode,
)
from desktop.services.sending.gate import Gate
from desktop.services.sending.requests import Addressee, Checked, GateError, SendRequest
from desktop.services.settings import SettingsService
from desktop.settings import Business
from desktop.storage.db import Database
from desktop.storage.repositories import conversation as repo
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


class ComposeService:
    def __init__(
        self, db: Database, hub: ChangeHub, gate: Gate, settings: SettingsService, clock: Clock
    ) -> None:
        self._db = db
        self._gate = gate
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: RecipientFacts | None = None
        hub.subscribe(self._on_changes)

    # ---------------------------------------------------------------- facts
    def gather(self, client_ids: Sequence[int], account_id: int | None = None) -> RecipientFacts:
        """Read what the rules need about these recipients (database: run it off the UI thread)."""
        facts = self._gate.gather(account_id=account_id, client_ids=tuple(dict.fromkeys(client_ids)))
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
    @staticmethod
    def _request(
        ids: Sequence[int],
        body: str,
        purpose: Purpose,
        *,
        template_id: int | None,
        account_id: int,
        urgent: bool,
        plain_names: frozenset[int] = frozenset(),
        keys: str | None = None,
        at: dt.datetime | None = None,
        polite: bool = False,
    ) -> SendRequest:
        addressees = tuple(
            Addressee(
                client_id=cid,
                idempotency_key=f"compose-{keys}-{cid}" if keys else None,
                plain_names=cid in plain_names,
            )
            for cid in ids
        )
        return SendRequest(
            body=body,
            purpose=purpose,
            addressees=addressees,
            kind=MessageKind.MANUAL,
            account_id=account_id,
            template_id=template_id,
            urgent=urgent,
            at=at,
            polite=polite,
        )

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
        plain_names: Collection[int] = (),
    ) -> ComposePreview:
        """The exact text, figures, cost and findings for each recipient. With `facts` (from `gather`), or
        when the same recipient set was gathered last, no database access. `plain_names`: the clients whose
        name is written without its costly accents for this message (see the module)."""
        ids = tuple(dict.fromkeys(client_ids))
        plain = frozenset(plain_names)
        if facts is None or facts.client_ids != ids:
            facts = self._facts_for(ids, account_id)
        kind = Purpose(str(purpose))
        moment = when or self._clock.now()
        if moment.tzinfo is None:
            raise ValueError("when must be an aware datetime")
        present = tuple(cid for cid in ids if cid in facts.people)
        request = self._request(
            present,
            body,
            kind,
            template_id=template_id,
            account_id=facts.account.id,
            urgent=urgent,
            plain_names=plain,
        )
        checked = self._gate.check(request, facts, moment)
        problems = next((c.verdict.problems for c in checked if c.verdict is not None), ())
        if not checked:
            problems = outgoing.compose_text(
                request.draft, Values(facts.business_values), facts.sending
            ).problems
        return ComposePreview(
            body=body,
            purpose=kind,
            template_id=template_id,
            account_id=facts.account.id,
            urgent=urgent,
            when=moment,
            token=uuid.uuid4().hex,
            price_cents_per_segment=facts.account.price_cents_per_segment,
            recipients=tuple(_preview(c) for c in checked),
            problems=problems,
            facts=facts,
            plain_names=plain,
        )

    # ---------------------------------------------------------------- optimisation
    def gsm_suggestion(self, body: str, preview: ComposePreview) -> GsmSaving | None:
        """What "Optimiser pour SMS" would change in `body`, with the saving for the batch of `preview`;
        None when no character can be replaced."""
        suggestion = suggest_gsm(body)
        if not suggestion.changed:
            return None
        receiving = preview.receiving or preview.recipients
        request = self._request(
            [r.client_id for r in receiving],
            suggestion.text,
            preview.purpose,
            template_id=preview.template_id,
            account_id=preview.account_id,
            urgent=preview.urgent,
            plain_names=preview.plain_names,
        )
        before = after = 0
        first: tuple[int, int] | None = None
        for r, composed in zip(receiving, self._gate.compose(request, preview.facts), strict=True):
            segments = composed.figures.analysis.segments if composed is not None else r.analysis.segments
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
        try:
            when = self._gate.moment(how.moment if how.kind == MODE_AT else None)
        except GateError as exc:
            raise ComposeError(exc.code, **exc.params) from exc
        ids = tuple(r.client_id for r in preview.recipients)
        request = self._request(
            ids,
            preview.body,
            preview.purpose,
            template_id=preview.template_id,
            account_id=preview.account_id,
            urgent=preview.urgent,
            plain_names=preview.plain_names,
            keys=preview.token,
            polite=how.kind == MODE_NEXT_ALLOWED,
        )
        existing = self._gate_existing(request)
        facts = self.gather(preview.facts.client_ids, preview.account_id)
        shown = {r.client_id for r in preview.receiving}
        fresh = [
            c
            for c in self._gate.check(request, facts, when)
            if c.addressee.idempotency_key not in existing and (how.kind == MODE_AT or c.client_id in shown)
        ]
        if not any(c.accepted and c.to is not None for c in fresh) and not existing:
            raise ComposeError(NOBODY)
        stored = self._gate.store(request, fresh, facts, when)
        queued = {request.addressees[index].client_id: m.id for index, m in stored.items()}
        for addressee in request.addressees:
            key = addressee.idempotency_key or ""
            if key in existing:
                queued.setdefault(addressee.client_id, existing[key])
        return [queued[cid] for cid in ids if cid in queued]

    def _gate_existing(self, request: SendRequest) -> dict[str, int]:
        keys = [a.idempotency_key for a in request.addressees if a.idempotency_key]
        return self._gate.existing(keys)

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


def _preview(checked: Checked) -> RecipientPreview:
    """A recipient's line of the preview: the gate's verdict for this client (body problems aside)."""
    verdict = checked.verdict
    person = checked.person
    assert verdict is not None and person is not None and person.client is not None
    return RecipientPreview(
        client_id=person.client.id,
        name=person.client.display_name,
        to=person.client.mobile,
        text=verdict.text,
        analysis=verdict.analysis,
        cost_cents=verdict.cost_cents,
        findings=verdict.findings,
        plain_names=verdict.plain_names,
    )
