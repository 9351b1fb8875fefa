"""``send``, ``dispatch`` and ``messages``: queue an SMS, send what is due, see what became of them.

``send`` goes through the same gate as the window (:mod:`desktop.services.sending`): the same variables
filled, the same rules, the same French reasons when it refuses (exit 1); it says when the legal hours defer
a promotion, in the business's time zone, and only queues (nothing leaves before ``dispatch``). ``dispatch --once`` makes one pass and exits;
without ``--once`` it runs until SIGINT/SIGTERM, finishing the message on the wire before it exits. Only one
dispatcher runs per data folder (:class:`desktop.services.dispatch.lock.InstanceLock`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desktop.cli.common import CommandError, app_context, print_json
from desktop.core import catalogue
from desktop.core.entities import MessageStatus, Purpose

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.entities import Message, MessageDetail
    from desktop.services.dispatch.report import DispatchReport
    from desktop.services.sending.requests import Checked

ORDER = 40

_SUMMARY = (
    ("sent", "envoyé(s)"),
    ("delivered", "livré(s)"),
    ("failed", "en échec"),
    ("failed_later", "en échec après envoi"),
    ("undelivered", "non livré(s)"),
    ("expired", "expiré(s)"),
    ("retried", "à réessayer"),
    (
        "unrecorded",
        "envoyé(s) sans avoir pu l'enregistrer (vérifié(s) auprès du fournisseur au prochain passage)",
    ),
    ("uncertain", "incertain(s)"),
    ("deferred", "reporté(s) (heures légales)"),
    ("cancelled", "annulé(s)"),
    ("reconciled_sent", "retrouvé(s) chez le fournisseur"),
    ("reconciled_requeued", "remis en file (jamais partis)"),
    ("left_to_user", "à vérifier par vous"),
    ("inbound", "réponse(s) reçue(s)"),
    ("replies_applied", "réponse(s) traitée(s) (voir « inbox »)"),
    ("opt_outs", "désinscription(s)"),
)


def register(subparsers: Any) -> None:
    send = subparsers.add_parser(
        "send",
        help="met un SMS en file d'attente, avec les mêmes règles que la fenêtre (« dispatch » l'envoie)",
    )
    send.add_argument("--to", required=True, metavar="NUMÉRO", help="numéro du destinataire (client ou non)")
    body = send.add_mutually_exclusive_group(required=True)
    body.add_argument("--text", metavar="TEXTE", help="texte du message (variables comme {prenom} remplies)")
    body.add_argument("--template", metavar="MODÈLE", help="nom d'un modèle, rempli avec la fiche du client")
    send.add_argument("--account", metavar="COMPTE", help="compte SMS (sinon le compte par défaut)")
    send.add_argument(
        "--purpose",
        choices=[p.value for p in Purpose],
        help="nature du message (par défaut : transactionnel, ou celle du modèle)",
    )
    send.add_argument(
        "--at",
        type=_local_moment,
        metavar="« AAAA-MM-JJ HH:MM »",
        help="programmer l'envoi (heure du commerce) ; les heures légales peuvent le reporter",
    )
    send.add_argument(
        "--urgent",
        action="store_true",
        help="transactionnel : partir même hors des heures de politesse ou en double dans la journée",
    )
    send.add_argument(
        "--dry-run",
        action="store_true",
        help="montre le texte, le coût et le départ sans rien mettre en file",
    )
    send.add_argument("--json", action="store_true", help="sortie JSON")
    send.set_defaults(handler=send_command)

    dispatch = subparsers.add_parser(
        "dispatch", help="envoie les SMS en attente, suit leur statut et les réponses"
    )
    dispatch.add_argument("--once", action="store_true", help="un seul passage, puis quitte")
    dispatch.add_argument("--json", action="store_true", help="résumé en JSON")
    dispatch.set_defaults(handler=dispatch_command)

    messages = subparsers.add_parser("messages", help="liste les SMS et leur statut (heure du commerce)")
    messages.add_argument("--status", choices=[s.value for s in MessageStatus], metavar="STATUT")
    messages.add_argument("--limit", type=int, default=50, metavar="N")
    messages.add_argument("--json", action="store_true", help="sortie JSON")
    messages.set_defaults(handler=messages_command)


def _local_moment(text: str) -> dt.datetime:
    """``--at``: a wall-clock moment (the business's time zone is applied once the settings are read)."""
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"« {text} » : date et heure attendues sous la forme AAAA-MM-JJ HH:MM (par exemple "
            "« 2026-12-05 10:30 »)"
        ) from None


# ---------------------------------------------------------------------------------------- send


def send_command(args: argparse.Namespace) -> int:
    from desktop.services.sending.requests import Addressee, SendRequest

    with app_context(args) as context:
        try:
            zone = _business_zone(context)
            at = args.at.replace(tzinfo=zone) if args.at is not None else None
            account_id = context.accounts.by_name(args.account).id if args.account else None
            body, purpose, template_id = _body(context, args)
            request = SendRequest(
                body=body,
                purpose=purpose,
                addressees=(Addressee(number=args.to),),
                account_id=account_id,
                template_id=template_id,
                urgent=args.urgent and purpose is Purpose.TRANSACTIONAL,
                at=at,
            )
            gate = context.gate
            if args.dry_run:
                when = gate.moment(at)
                (checked,) = gate.check(request, gate.gather(request.addressees, account_id), when)
                message = None
            else:
                outcome = gate.send(request)
                (checked,) = outcome.checked
                message = outcome.messages.get(0)
            details = context.outbox.details([message.id]) if message is not None else {}
        finally:
            context.accounts.close()
    if not checked.accepted and checked.existing_id is None:
        raise CommandError(_refusal(args.to, checked))
    if args.json:
        print_json(_send_json(checked, message, details.get(message.id) if message else None, zone))
    else:
        _print_sent(checked, message, zone)
    return 0


def _business_zone(context: AppContext) -> ZoneInfo:
    from desktop.core.phones import region_timezone

    return ZoneInfo(region_timezone(context.settings.get().business.region))


def _body(context: AppContext, args: argparse.Namespace) -> tuple[str, Purpose, int | None]:
    """The body to send (the gate fills its variables), its purpose and its template."""
    if args.template is None:
        return args.text, Purpose(args.purpose or Purpose.TRANSACTIONAL), None
    template = context.templates.get_by_name(args.template)
    if template is None:
        raise CommandError(catalogue.explain("unknown_template", name=args.template))
    return template.body, Purpose(args.purpose or template.purpose), template.id


def _refusal(to: str, checked: Checked) -> str:
    """The French reasons the window would give, one a line."""
    from desktop.core.catalogue.compliance import explain_finding

    lines = [f"le message ne peut pas partir vers {to} :"]
    lines += [f"  - {explain_finding(reason)}" for reason in checked.reasons]
    return "\n".join(lines)


def _euros(cents: int) -> str:
    euros, rest = divmod(cents, 100)
    return f"{euros},{rest:02d} €"


def _moment_fr(moment: dt.datetime, zone: ZoneInfo) -> str:
    from desktop.core.templates import format_date_fr, format_time_fr

    local = moment.astimezone(zone)
    day = f"{format_date_fr(local.date())} {local.year}"
    return f"{day} à {format_time_fr(local.time())} (heure du commerce)"


def _print_sent(checked: Checked, message: Message | None, zone: ZoneInfo) -> None:
    from desktop.core.catalogue.compliance import explain_finding
    from desktop.core.compliance import Severity
    from desktop.core.phones import format_national

    verdict = checked.verdict
    assert verdict is not None
    to = format_national(checked.to) if checked.to else ""
    figures = f"{verdict.analysis.segments} SMS, {_euros(verdict.cost_cents)}"
    if message is None:
        print(f"Aperçu pour {to} ({figures}), rien n'a été mis en file :")
    else:
        print(f"Message {message.id} en file d'attente pour {to} ({figures}) :")
    print("  " + verdict.text.replace("\n", "\n  "))
    departure = checked.departure
    if departure is not None:
        print(f"Reporté (heures légales) : il partira le {_moment_fr(departure, zone)}.")
    elif message is not None and message.due_at > message.created_at:
        print(f"Programmé : il partira le {_moment_fr(message.due_at, zone)}.")
    elif message is not None:
        print("Il partira au prochain passage de l'envoi (python main.py dispatch --once).")
    for finding in verdict.findings:
        if finding.severity is Severity.WARN:
            print(f"À noter : {explain_finding(finding)}")


def _send_json(
    checked: Checked, message: Message | None, detail: MessageDetail | None, zone: ZoneInfo
) -> dict[str, Any]:
    from desktop.core.catalogue.compliance import explain_finding

    verdict = checked.verdict
    assert verdict is not None
    departure = checked.departure
    found = {
        "accepted": checked.accepted or checked.existing_id is not None,
        "text": verdict.text,
        "segments": verdict.analysis.segments,
        "encoding": str(verdict.analysis.encoding),
        "cost_cents": verdict.cost_cents,
        "deferred_until": departure.astimezone(zone).isoformat() if departure else None,
        "findings": [
            {"code": f.code, "severity": str(f.severity), "text": explain_finding(f)}
            for f in verdict.findings
        ],
    }
    if message is None:
        return found
    return {**_message_json(message, detail, zone), **found}


# ---------------------------------------------------------------------------------------- dispatch


def dispatch_command(args: argparse.Namespace) -> int:
    from desktop.paths import DataFolderError
    from desktop.services.dispatch import policy as dispatch_policy
    from desktop.services.dispatch.lock import InstanceLock
    from desktop.services.dispatch.report import DispatcherStatus

    with app_context(args) as context:
        lock = InstanceLock.for_data_dir(context.paths.data_dir)
        try:
            if not lock.acquire():
                raise CommandError(catalogue.explain("dispatcher_running"))
        except DataFolderError as exc:  # disk full, read-only: nothing may be sent that cannot be recorded
            raise CommandError(exc.message()) from exc
        try:
            dispatcher = context.dispatcher
            if args.once:
                report = dispatcher.run_once()
            else:
                stop = threading.Event()
                with _stop_on_signals(stop):
                    report = dispatcher.run_forever(stop)
            state = dispatcher.state
        finally:
            context.accounts.close()
            lock.release()
    if args.json:
        print_json(report.as_dict())
    else:
        _print_summary(report)
    expected = dispatch_policy.ACCOUNT_ERRORS | {dispatch_policy.PROVIDER_PAUSED}  # the account's, not ours
    if state.status is DispatcherStatus.ERROR and state.code not in expected:  # disk full, database locked…
        print(f"Erreur : {catalogue.explain(state.code or 'unknown_error')}", file=sys.stderr)
        return 1
    return 0


@contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT / SIGTERM ask for a clean stop (the message on the wire is finished first)."""

    def ask_stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    wanted = [signal.SIGINT, signal.SIGTERM]
    previous = {sig: signal.signal(sig, ask_stop) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _print_summary(report: DispatchReport) -> None:
    parts = [f"{getattr(report, name)} {label}" for name, label in _SUMMARY if getattr(report, name)]
    print("Envoi terminé : " + (", ".join(parts) if parts else "rien à envoyer") + ".")
    for code, count in sorted(report.errors.items()):
        print(f"  {code} ({count}) : {catalogue.explain(code, detail='…')}")
    from desktop.cli.maintenance import housekeeping_lines

    for line in housekeeping_lines(report.housekeeping):
        print(line)


# ---------------------------------------------------------------------------------------- messages


def messages_command(args: argparse.Namespace) -> int:
    from desktop.core.catalogue.outbox import status_name
    from desktop.core.phones import format_national

    status = MessageStatus(args.status) if args.status else None
    with app_context(args) as context:
        zone = _business_zone(context)
        found = context.outbox.list(status, limit=max(args.limit, 0))
        details = context.outbox.details([m.id for m in found])
    rows = [_message_json(m, details.get(m.id), zone) for m in found]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("Aucun message.")
    for message, row in zip(found, rows, strict=True):
        when = message.created_at.astimezone(zone).strftime("%d/%m %H:%M")
        line = f"{message.id:>6}  {when}  {format_national(message.to):<16} {status_name(message.status):<26}"
        line += f" {row['account'] or '':<14}"
        if message.status is MessageStatus.DEFERRED:
            line += f" partira le {_moment_fr(message.due_at, zone)}"
        if row["error"]:
            line += f" {row['error']}"
        print(line.rstrip())
    return 0


def _message_json(message: Message, detail: MessageDetail | None, zone: ZoneInfo) -> dict[str, Any]:
    """One message as the command line shows it; times in the business's time zone (ISO 8601, offset)."""
    from desktop.core.catalogue.outbox import status_name

    def local(moment: dt.datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat() if moment is not None else None

    error = None
    if message.error_code:
        extra = (detail.error_detail if detail else "").partition(": ")[2]
        error = catalogue.explain(message.error_code, detail=extra or message.error_code)
    return {
        "id": message.id,
        "to": message.to,
        "text": message.body,
        "kind": message.kind.value,
        "status": message.status.value,
        "status_label": status_name(message.status),
        "provider_id": message.provider_message_id,
        "error_code": message.error_code,
        "error": error,
        "segments": message.segments,
        "cost_cents": message.cost_cents,
        "purpose": message.purpose.value,
        "created_at": local(message.created_at),
        "due_at": local(message.due_at),
        "sent_at": local(message.sent_at),
        "account": detail.account_name if detail else None,
        "attempts": message.attempts,
    }
