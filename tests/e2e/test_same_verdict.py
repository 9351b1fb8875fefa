"""The window's composer and the command line's ``send`` give the same verdict, the same French reason and the
same text for the same recipient, body and moment — because both go through the same gate.

Each case builds the same shop twice (two data folders) at the same moment of an injected clock; the
composer path (``ComposeService`` preview, then send) runs on one, ``python main.py send`` (in process, through
``desktop.app.main`` with the clock) on the other. A bare number of nobody cannot be picked in the composer:
there the CLI is compared with the gate called as an automatic sender would call it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.app import main
from desktop.context import AppContext, open_context
from desktop.core.catalogue.compliance import explain_finding
from desktop.core.clock import FakeClock
from desktop.core.compliance import Finding
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    Message,
    MessageStatus,
    Purpose,
)
from desktop.core.phones import hash_number
from desktop.paths import resolve
from desktop.services.compose import ComposeError
from desktop.services.sending.requests import Addressee, SendRequest
from desktop.settings import Business, Settings
from desktop.storage.orm import ProviderAccountRow
from desktop.storage.repositories import consent as consent_repo
from tests.conftest import InMemoryKeyring
from tests.services.stored import Storer

UTC = dt.UTC
TUESDAY_10H = dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # Tuesday 24 Nov, 10:00 in Paris
TUESDAY_21H30 = dt.datetime(2026, 11, 24, 20, 30, tzinfo=UTC)
TUESDAY_22H30 = dt.datetime(2026, 11, 24, 21, 30, tzinfo=UTC)
WEDNESDAY_8H = dt.datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
SUNDAY_22H = dt.datetime(2026, 11, 29, 21, 0, tzinfo=UTC)
MONDAY_8H = dt.datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
CHRISTMAS_10H = dt.datetime(2026, 12, 25, 9, 0, tzinfo=UTC)  # Friday, public holiday
SATURDAY_26_8H = dt.datetime(2026, 12, 26, 7, 0, tzinfo=UTC)
STOP = "STOP au 36180"
PROMO = "-20 % sur les montures chez {boutique} !"
READY = "Bonjour {prenom}, vos lunettes sont prêtes."
PROMO_TEXT = f"-20 % sur les montures chez Optique Martin !\n{STOP}"
ARRIVED = (
    "Bonjour {prenom}, votre commande est arrivée et vous attend en boutique. Passez quand vous voulez, "
    "de 9h à 19h."
)

#: The shop's clients: key → (first name, mobile, promotional consent).
CLIENTS = {
    "claire": ("Claire", "06 12 34 56 78", ConsentState.GRANTED),
    "paul": ("Paul", "06 12 34 56 79", ConsentState.UNKNOWN),
    "zoe": ("Zoé", "06 12 34 56 80", ConsentState.WITHDRAWN),
    "leo": ("Léo", "06 12 34 56 81", ConsentState.UNKNOWN),  # opted out of everything
    "anonyme": ("", "06 12 34 56 82", ConsentState.GRANTED),  # no first name on the card
    "max": ("Max", "06 12 34 56 83", ConsentState.GRANTED),  # replied STOP to a promotion
    "francois": ("François", "06 12 34 56 84", ConsentState.UNKNOWN),  # « ç »: the wider alphabet
}


def _suppress(number: str, scope: str) -> Callable[[AppContext], None]:
    def run(ctx: AppContext) -> None:
        with ctx.db.session() as session:
            consent_repo.suppress(session, hash_number(number), scope, "sms_reply", ctx.clock.now())

    return run


def _sender(sender: str) -> Callable[[AppContext], None]:
    """The account's sender as another desk or an older version may have saved it (no check)."""

    def run(ctx: AppContext) -> None:
        with ctx.db.session() as session:
            session.execute(update(ProviderAccountRow).values(sender=sender))

    return run


def _sent_before(body: str, purpose: Purpose, days: float) -> Callable[[AppContext], None]:
    def run(ctx: AppContext) -> None:
        moment = ctx.clock.now() - dt.timedelta(days=days)
        Storer.of(ctx).store("06 12 34 56 78", body, purpose, due_at=moment)

    return run


@dataclass(frozen=True)
class Case:
    name: str
    to: str  # a client's key, or a bare number
    body: str
    purpose: Purpose = Purpose.TRANSACTIONAL
    at: dt.datetime = TUESDAY_10H
    setup: Callable[[AppContext], None] | None = None
    urgent: bool = False
    template: str | None = None  # a preset's name: its body is the body
    plain_names: bool = False  # the client's name written without its costly accents (--plain-names)
    # What both paths must say:
    code: str | None = None  # the first reason when refused; None when it leaves
    departure: dt.datetime | None = None  # when the legal hours move it
    warning: str | None = None  # a warning both show
    text: str | None = None  # the exact text, when it leaves
    note: str | None = None  # what both say of the client's accents (plain_names_…)


CASES = [
    # consent
    Case("promotion, consent granted", "claire", PROMO, Purpose.PROMOTIONAL,
         text=PROMO_TEXT),
    Case("promotion, consent unknown", "paul", PROMO, Purpose.PROMOTIONAL, code="no_promotional_consent"),
    Case("promotion, consent withdrawn", "zoe", PROMO, Purpose.PROMOTIONAL, code="recipient_opted_out"),
    Case("transactional, consent unknown", "paul", READY, text="Bonjour Paul, vos lunettes sont prêtes."),
    # suppression scopes
    Case("transactional, opted out of all", "leo", READY, code="recipient_opted_out"),
    Case("promotion, STOP to promotions", "max", PROMO, Purpose.PROMOTIONAL, code="recipient_opted_out",
         setup=_suppress("+33612345683", "promotional")),
    Case("transactional, STOP to promotions", "max", READY, setup=_suppress("+33612345683", "promotional"),
         text="Bonjour Max, vos lunettes sont prêtes."),
    Case("survey, STOP to everything", "max", "Votre avis de 0 à 10 ?", Purpose.SURVEY, code="recipient_opted_out",
         setup=_suppress("+33612345683", "all")),
    # sending hours
    Case("promotion, weekday evening", "claire", PROMO, Purpose.PROMOTIONAL, at=TUESDAY_21H30,
         departure=WEDNESDAY_8H, text=PROMO_TEXT),
    Case("promotion, Sunday evening", "claire", PROMO, Purpose.PROMOTIONAL, at=SUNDAY_22H, departure=MONDAY_8H, text=PROMO_TEXT),
    Case("promotion, public holiday", "claire", PROMO, Purpose.PROMOTIONAL, at=CHRISTMAS_10H,
         departure=SATURDAY_26_8H, text=PROMO_TEXT),
    Case("transactional, late evening", "claire", READY, at=TUESDAY_22H30, warning="courtesy_hours",
         text="Bonjour Claire, vos lunettes sont prêtes."),
    # caps
    Case("promotion, weekly cap", "claire", PROMO, Purpose.PROMOTIONAL, code="frequency_cap_week",
         setup=_sent_before("Soldes", Purpose.PROMOTIONAL, 2)),
    Case("same text twice a day", "claire", READY, code="duplicate_today",
         setup=_sent_before("Bonjour Claire, vos lunettes sont prêtes.", Purpose.TRANSACTIONAL, 0.01)),
    Case("same text twice a day, urgent", "claire", READY, urgent=True,
         setup=_sent_before("Bonjour Claire, vos lunettes sont prêtes.", Purpose.TRANSACTIONAL, 0.01),
         text="Bonjour Claire, vos lunettes sont prêtes."),
    # variables
    Case("missing variable", "anonyme", READY, code="missing_value"),
    Case("template with a default", "anonyme", "", template="Lunettes prêtes",
         text="Bonjour Madame, Monsieur, vos lunettes vous attendent chez Optique Martin, 8 rue Victor Hugo, "
         "Lyon. Au plaisir de vous revoir !"),
    Case("unknown variable", "claire", "Bonjour {prenon}", code="unknown_variable"),
    # a bare number of nobody
    Case("bare number, transactional", "+33781234567", "Bonjour {prenom|Madame, Monsieur}, c'est prêt chez {boutique}.",
         text="Bonjour Madame, Monsieur, c'est prêt chez Optique Martin."),
    Case("bare number, promotion", "+33781234567", PROMO, Purpose.PROMOTIONAL, code="promotion_not_a_client"),
    # sender rules
    Case("generic sender", "claire", READY, setup=_sender("INFO"), warning="sender_generic",
         text="Bonjour Claire, vos lunettes sont prêtes."),
    Case("mobile number as sender", "claire", READY, setup=_sender("0612345678"), code="sender_french_mobile"),
    # a client's own accents
    Case("accents that cost a SMS, said", "francois", ARRIVED, note="plain_names_proposed",
         text=ARRIVED.replace("{prenom}", "François")),
    Case("accents that cost a SMS, written plain", "francois", ARRIVED, plain_names=True,
         note="plain_names_applied", text=ARRIVED.replace("{prenom}", "Francois")),
    Case("accents that cost nothing, asked plain", "francois", READY, plain_names=True,
         text="Bonjour François, vos lunettes sont prêtes."),
    Case("a number of nobody, asked plain", "+33781234567", ARRIVED.replace("{prenom}", "{prenom|Françoise}"),
         plain_names=True, text=ARRIVED.replace("{prenom}", "Françoise")),
]  # fmt: skip


def _shop(folder: Path, clock: FakeClock, case: Case) -> AppContext:
    ctx = open_context(resolve(folder), clock)
    ctx.settings.save(
        Settings(
            business=Business(name="Optique Martin", address="8 rue Victor Hugo, Lyon", phone="0478123456")
        )
    )
    ctx.templates.install_presets("optician")
    ctx.accounts.update(ctx.accounts.default().name, price_cents_per_segment=7, options={"stop_text": STOP})
    for first, mobile, consent in CLIENTS.values():
        client_id = ctx.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))
        if consent is not ConsentState.UNKNOWN:
            ctx.clients.record_consent(client_id, ConsentPurpose.PROMOTIONAL, consent, ConsentSource.FORM)
    ctx.clients.opt_out(ctx.clients.find_by_mobile("0612345681").id)  # type: ignore[union-attr]
    if case.setup is not None:
        case.setup(ctx)
    return ctx


@dataclass
class Verdict:
    accepted: bool
    reason: str | None  # the French sentence of the first reason
    code: str | None
    text: str | None
    warnings: set[str]
    message: Message | None
    notes: dict[str, str] = field(default_factory=dict)  # the client's accents: code → French sentence


def _body(ctx: AppContext, case: Case) -> tuple[str, int | None, Purpose]:
    if case.template is None:
        return case.body, None, case.purpose
    template = ctx.templates.get_by_name(case.template)
    assert template is not None
    return template.body, template.id, template.purpose


def _by_the_window(ctx: AppContext, case: Case) -> Verdict:
    body, template_id, purpose = _body(ctx, case)
    if case.to.startswith("+"):  # not a client: the gate as an automatic sender calls it
        addressee = Addressee(number=case.to, plain_names=case.plain_names)
        request = SendRequest(body, purpose, (addressee,), template_id=template_id, urgent=case.urgent)
        outcome = ctx.gate.send(request)
        (checked,) = outcome.checked
        verdict = checked.verdict
        first = checked.reasons[0] if checked.reasons else None
        warnings = {f.code for f in verdict.findings if f.severity == "warn"} if verdict else set()
        message = outcome.queued[0] if outcome.queued else None
        notes = _notes(verdict.findings) if verdict else {}
        return _verdict(first, verdict.text if verdict else None, warnings, message, notes)
    client = ctx.clients.find_by_mobile(CLIENTS[case.to][1])
    assert client is not None
    plain = [client.id] if case.plain_names else []
    preview = ctx.compose.prepare(
        [client.id], body, purpose, template_id=template_id, urgent=case.urgent, plain_names=plain
    )
    (r,) = preview.recipients
    first = next(iter(r.findings), None) if r.skipped else None
    if preview.problems:
        first = Finding(str(preview.problems[0].code), "block", {"name": preview.problems[0].name or "",  # type: ignore[arg-type]
                                                                 "position": str(preview.problems[0].position)})  # fmt: skip
    warnings = {f.code for f in r.findings if f.severity == "warn"}
    message = None
    if first is None:
        (message_id,) = ctx.compose.send(preview)
        message = ctx.outbox.get(message_id)
    else:
        with pytest.raises(ComposeError):
            ctx.compose.send(preview)
    return _verdict(first, r.text, warnings, message, _notes(r.findings))


def _notes(findings: Iterable[Finding]) -> dict[str, str]:
    return {f.code: explain_finding(f, "fr") for f in findings if f.code.startswith("plain_names")}


def _verdict(
    first: Finding | None,
    text: str | None,
    warnings: set[str],
    message: Message | None,
    notes: dict[str, str] | None = None,
) -> Verdict:
    reason = explain_finding(first, "fr") if first is not None else None
    return Verdict(first is None, reason, first.code if first else None, text, warnings, message, notes or {})


def _by_the_command_line(
    folder: Path, ctx: AppContext, case: Case, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> Verdict:
    number = case.to if case.to.startswith("+") else CLIENTS[case.to][1]
    argv = ["--data-dir", str(folder), "send", "--to", number, "--json"]
    argv += (
        ["--template", case.template]
        if case.template
        else ["--text", case.body, "--purpose", case.purpose.value]
    )
    argv += ["--urgent"] if case.urgent else []
    argv += ["--plain-names"] if case.plain_names else []
    capsys.readouterr()
    code = main(argv, clock=clock)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    if code != 0:
        assert code == 1 and json.loads(out)["error"]["message"] in err  # --json: the refusal as a document
        lines = err.splitlines()
        assert lines[0].startswith("Erreur : le message ne peut pas partir vers")
        return Verdict(False, lines[1].removeprefix("  - "), None, None, set(), None)
    shown = json.loads(out)
    warnings = {f["code"] for f in shown["findings"] if f["severity"] == "warn"}
    notes = {f["code"]: f["text"] for f in shown["findings"] if f["code"].startswith("plain_names")}
    return Verdict(True, None, None, shown["text"], warnings, ctx.outbox.get(shown["id"]), notes)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_window_and_the_command_line_give_the_same_verdict(
    tmp_path: Path, mem_keyring: InMemoryKeyring, capsys: pytest.CaptureFixture[str], case: Case
) -> None:
    clock = FakeClock(case.at)
    window_ctx = _shop(tmp_path / "window", clock, case)
    cli_ctx = _shop(tmp_path / "cli", clock, case)
    try:
        window = _by_the_window(window_ctx, case)
        cli = _by_the_command_line(tmp_path / "cli", cli_ctx, case, clock, capsys)
    finally:
        window_ctx.close()
        cli_ctx.close()

    # The same verdict, for the reason expected, in the same French words.
    assert (window.accepted, window.code) == (case.code is None, case.code)
    assert cli.accepted == window.accepted
    assert cli.reason == window.reason
    if not window.accepted:
        assert window.message is None and cli.message is None
        return
    # The same text, stored the same way, leaving at the same moment.
    assert window.text == cli.text == case.text
    assert window.message is not None and cli.message is not None
    assert window.message.body == cli.message.body == case.text
    assert (window.message.segments, window.message.cost_cents) == (
        cli.message.segments,
        cli.message.cost_cents,
    )
    expected_status = MessageStatus.DEFERRED if case.departure else MessageStatus.QUEUED
    assert window.message.status is cli.message.status is expected_status
    assert window.message.due_at == cli.message.due_at == (case.departure or case.at)
    assert window.warnings == cli.warnings
    if case.warning:
        assert case.warning in window.warnings
    # The same word on the client's accents, in the same French sentence.
    assert window.notes == cli.notes
    assert list(window.notes) == ([case.note] if case.note else [])
