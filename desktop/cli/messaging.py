"""``send``, ``dispatch`` and ``messages``: queue an SMS, send what is due, see what became of them.

``send`` only queues (nothing leaves before ``dispatch``). ``dispatch --once`` makes one pass and exits;
without ``--once`` it runs until SIGINT/SIGTERM, finishing the message on the wire before it exits. Only one
dispatcher runs per data folder (:class:`desktop.services.dispatch.lock.InstanceLock`).
"""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, app_context, print_json
from desktop.core import catalogue
from desktop.core.entities import MessageStatus, Purpose

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.entities import Client, Message
    from desktop.services.dispatch.report import DispatchReport
    from desktop.storage.repositories.messages import MessageDetail

ORDER = 40

_SUMMARY = (
    ("sent", "envoyé(s)"),
    ("delivered", "livré(s)"),
    ("failed", "en échec"),
    ("failed_later", "en échec après envoi"),
    ("undelivered", "non livré(s)"),
    ("expired", "expiré(s)"),
    ("retried", "à réessayer"),
    ("uncertain", "incertain(s)"),
    ("deferred", "reporté(s) (heures légales)"),
    ("cancelled", "annulé(s)"),
    ("reconciled_sent", "retrouvé(s) chez le fournisseur"),
    ("reconciled_requeued", "remis en file (jamais partis)"),
    ("left_to_user", "à vérifier par vous"),
    ("inbound", "réponse(s) reçue(s)"),
    ("opt_outs", "désinscription(s)"),
)


def register(subparsers: Any) -> None:
    send = subparsers.add_parser("send", help="met un SMS en file d'attente (« dispatch » l'envoie)")
    send.add_argument("--to", required=True, metavar="NUMÉRO", help="numéro du destinataire")
    body = send.add_mutually_exclusive_group(required=True)
    body.add_argument("--text", metavar="TEXTE", help="texte du message")
    body.add_argument("--template", metavar="MODÈLE", help="nom d'un modèle, rempli avec la fiche du client")
    send.add_argument("--account", metavar="COMPTE", help="compte SMS (sinon le compte par défaut)")
    send.add_argument(
        "--purpose",
        choices=[Purpose.TRANSACTIONAL.value, Purpose.PROMOTIONAL.value],
        help="nature du message (par défaut : transactionnel, ou celle du modèle)",
    )
    send.add_argument("--json", action="store_true", help="sortie JSON")
    send.set_defaults(handler=send_command)

    dispatch = subparsers.add_parser(
        "dispatch", help="envoie les SMS en attente, suit leur statut et les réponses"
    )
    dispatch.add_argument("--once", action="store_true", help="un seul passage, puis quitte")
    dispatch.add_argument("--json", action="store_true", help="résumé en JSON")
    dispatch.set_defaults(handler=dispatch_command)

    messages = subparsers.add_parser("messages", help="liste les SMS et leur statut")
    messages.add_argument("--status", choices=[s.value for s in MessageStatus], metavar="STATUT")
    messages.add_argument("--limit", type=int, default=50, metavar="N")
    messages.add_argument("--json", action="store_true", help="sortie JSON")
    messages.set_defaults(handler=messages_command)


# ---------------------------------------------------------------------------------------- send


def send_command(args: argparse.Namespace) -> int:
    from desktop.services.accounts import AccountError
    from desktop.services.outbox import OutboxError

    with app_context(args) as context:
        try:
            account_id = context.accounts.by_name(args.account).id if args.account else None
            text, purpose, template_id = _body(context, args)
            message = context.outbox.queue(
                args.to, text, purpose, account_id=account_id, template_id=template_id
            )
            detail = context.outbox.details([message.id]).get(message.id)
        except (OutboxError, AccountError) as exc:
            raise CommandError(catalogue.explain(exc.code, **exc.params)) from exc
        finally:
            context.accounts.close()
    if args.json:
        print_json(_message_json(message, detail))
    else:
        print(f"Message {message.id} en file d'attente pour {message.to} ({message.segments} SMS).")
        print("Il partira au prochain passage de l'envoi (python main.py dispatch --once).")
    return 0


def _body(context: AppContext, args: argparse.Namespace) -> tuple[str, Purpose, int | None]:
    from desktop.core.templates import TemplateError, render

    if args.template is None:
        return args.text, Purpose(args.purpose or Purpose.TRANSACTIONAL), None
    template = context.templates.get_by_name(args.template)
    if template is None:
        raise CommandError(catalogue.explain("unknown_template", name=args.template))
    client = context.clients.find_by_mobile(args.to)
    try:
        text = render(template.body, _template_values(context, client))
    except TemplateError as exc:
        params = {"name": template.name, "variable": exc.name or "?"}
        raise CommandError(catalogue.explain("template_incomplete", **params)) from exc
    return text, Purpose(args.purpose or template.purpose), template.id


def _template_values(context: AppContext, client: Client | None) -> dict[str, str | None]:
    business = context.settings.get().business
    values: dict[str, str | None] = {
        "boutique": business.name,
        "adresse": business.address,
        "telephone_boutique": business.phone,
        "lien_avis": business.review_link,
        "lien_enquete": business.survey_link,
    }
    if client is not None:
        values.update(prenom=client.first_name, nom=client.last_name, civilite=client.civility)
    return values


# ---------------------------------------------------------------------------------------- dispatch


def dispatch_command(args: argparse.Namespace) -> int:
    from desktop.services.dispatch import policy as dispatch_policy
    from desktop.services.dispatch.lock import InstanceLock
    from desktop.services.dispatch.report import DispatcherStatus

    with app_context(args) as context:
        lock = InstanceLock.for_data_dir(context.paths.data_dir)
        if not lock.acquire():
            raise CommandError(catalogue.explain("dispatcher_running"))
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
    broken = state.status is DispatcherStatus.ERROR and state.code not in dispatch_policy.ACCOUNT_ERRORS
    return 1 if broken else 0


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
        found = context.outbox.list(status, limit=max(args.limit, 0))
        details = context.outbox.details([m.id for m in found])
    rows = [_message_json(m, details.get(m.id)) for m in found]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("Aucun message.")
    for message, row in zip(found, rows, strict=True):
        when = message.created_at.astimezone().strftime("%d/%m %H:%M")
        line = f"{message.id:>6}  {when}  {format_national(message.to):<16} {status_name(message.status):<26}"
        line += f" {row['account'] or '':<14}"
        if row["error"]:
            line += f" {row['error']}"
        print(line.rstrip())
    return 0


def _message_json(message: Message, detail: MessageDetail | None) -> dict[str, Any]:
    from desktop.core.catalogue.outbox import status_name

    error = None
    if message.error_code:
        extra = (detail.error_detail if detail else "").partition(": ")[2]
        error = catalogue.explain(message.error_code, detail=extra or message.error_code)
    return {
        "id": message.id,
        "to": message.to,
        "status": message.status.value,
        "status_label": status_name(message.status),
        "provider_id": message.provider_message_id,
        "error_code": message.error_code,
        "error": error,
        "segments": message.segments,
        "cost_cents": message.cost_cents,
        "purpose": message.purpose.value,
        "created_at": message.created_at.isoformat(),
        "due_at": message.due_at.isoformat(),
        "sent_at": message.sent_at.isoformat() if message.sent_at else None,
        "account": detail.account_name if detail else None,
        "attempts": message.attempts,
    }
