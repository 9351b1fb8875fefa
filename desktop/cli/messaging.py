"""``send``, ``dispatch`` and ``messages``: queue an SMS, send what is due, see what became of them.

``send`` goes through the same gate as the window (:mod:`desktop.services.sending`): the same variables
filled, the same rules, the same French reasons when it refuses (exit 1); it says when the legal hours defer
a promotion, in the business's time zone, and when the client's own accents make the message cost more SMS
(``--plain-names`` writes them plain for this message, as the composer's button does); it only queues
(nothing leaves before ``dispatch``). ``message show|retry|cancel|now|mark-sent ID`` are the Messages screen's
detail panel and buttons: the same outbox calls, allowed in the same statuses
(:func:`desktop.core.message_actions.actions_for`), the same confirmations (``--yes``). ``dispatch --once`` makes one pass and exits;
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
from desktop.core.message_actions import NEEDS_CONFIRMATION, Action

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.entities import Message, MessageDetail
    from desktop.core.outgoing import PlainNames
    from desktop.services.dispatch.report import DispatchReport
    from desktop.services.outbox import OutboxError
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
        "--plain-names",
        action="store_true",
        help="écrire le nom du client sans les accents qui font payer plus de SMS, pour ce message "
        "seulement (sa fiche ne change pas)",
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

    message = subparsers.add_parser(
        "message",
        help="un SMS : son détail, ou le réessayer, l'annuler, l'envoyer maintenant, le marquer envoyé",
    )
    message.set_defaults(handler=lambda _args: _usage(message))
    actions = message.add_subparsers(dest="message_command", metavar="ACTION", parser_class=type(message))
    show = actions.add_parser(
        "show", help="le détail d'un message : texte, statuts, fournisseur, coût, erreur"
    )
    _message_arguments(show, confirm=False)
    show.set_defaults(handler=show_command)
    for name, action, text in (
        ("retry", Action.RETRY, "renvoie un message en échec ou incertain"),
        ("cancel", Action.CANCEL, "annule l'envoi d'un message pas encore parti (ou incertain)"),
        (
            "now",
            Action.SEND_NOW,
            "envoie maintenant un message programmé ou reporté (heures légales permises)",
        ),
        ("mark-sent", Action.MARK_SENT, "marque comme envoyé un message incertain ou en échec"),
    ):
        parser = actions.add_parser(name, help=text)
        _message_arguments(parser, confirm=action in NEEDS_CONFIRMATION)
        parser.set_defaults(handler=action_command, action=action)


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
                addressees=(Addressee(number=args.to, plain_names=args.plain_names),),
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


def _moment_fr(moment: dt.datetime, zone: ZoneInfo) -> str:
    from desktop.core.templates import format_date_fr, format_time_fr

    local = moment.astimezone(zone)
    day = f"{format_date_fr(local.date())} {local.year}"
    return f"{day} à {format_time_fr(local.time())} (heure du commerce)"


def _print_sent(checked: Checked, message: Message | None, zone: ZoneInfo) -> None:
    from desktop.core.catalogue.compliance import explain_finding
    from desktop.core.compliance import Severity
    from desktop.core.money import format_cents
    from desktop.core.phones import format_national

    verdict = checked.verdict
    assert verdict is not None
    to = format_national(checked.to) if checked.to else ""
    figures = f"{verdict.analysis.segments} SMS, {format_cents(verdict.cost_cents, 'fr')}"
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
    plain = verdict.plain_names
    if plain is not None:
        hint = "" if plain.applied else " Pour l'écrire ainsi : --plain-names."
        print(f"À noter : {explain_finding(plain.finding())}{hint}")


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
        "plain_names": _plain_names_json(verdict.plain_names),
    }
    if message is None:
        return found
    return {**message_json(message, detail, zone), **found}


def _plain_names_json(plain: PlainNames | None) -> dict[str, Any] | None:
    """The client's accents that cost SMS (``--plain-names`` writes them plain), or None."""
    if plain is None:
        return None
    return {
        "applied": plain.applied,
        "spellings": [{"card": card, "message": written} for card, written in plain.spellings],
        "segments": plain.segments,
        "plain_segments": plain.plain_segments,
        "saving_cents": plain.saving_cents,
    }


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
    rows = [message_json(m, details.get(m.id), zone) for m in found]
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


def _message_arguments(parser: argparse.ArgumentParser, *, confirm: bool) -> None:
    parser.add_argument("message_id", type=int, metavar="ID", help="numéro du message (voir « messages »)")
    if confirm:
        parser.add_argument("--yes", action="store_true", help="confirme l'action (sans question)")
    parser.add_argument("--json", action="store_true", help="sortie JSON")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# ---------------------------------------------------------------------------------------- message


def show_command(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        zone = _business_zone(context)
        message = _get_message(context, args.message_id)
        detail = context.outbox.details([message.id]).get(message.id)
        client = _client_name(context, message)
    shown = _detail_json(message, detail, client, zone)
    if args.json:
        print_json(shown)
    else:
        _print_detail(shown)
    return 0


def action_command(args: argparse.Namespace) -> int:
    """One button of the Messages screen on one message: allowed in the same statuses, confirmed the same
    way, refused with the outbox's reason (exit 1)."""
    from desktop.core.message_actions import actions_for
    from desktop.services.outbox import OutboxError

    action: Action = args.action
    with app_context(args) as context:
        zone = _business_zone(context)
        message = _get_message(context, args.message_id)
        if action not in actions_for(message, context.clock.now()):
            raise CommandError(_not_allowed(message, action))
        if action in NEEDS_CONFIRMATION and not args.yes and not _confirmed(_question(action, message)):
            raise CommandError(
                catalogue.explain("cli_message_needs_confirmation", question=_question(action, message))
            )
        call = {
            Action.RETRY: context.outbox.retry,
            Action.CANCEL: context.outbox.cancel,
            Action.SEND_NOW: context.outbox.send_now,
            Action.MARK_SENT: context.outbox.mark_sent,
        }[action]
        try:
            call(message.id)
        except OutboxError as exc:  # another desk changed it meanwhile, or the legal hours are closed
            raise CommandError(_outbox_refusal(exc)) from exc
        changed = context.outbox.get(message.id)
        detail = context.outbox.details([message.id]).get(message.id)
        client = _client_name(context, changed)
    shown = _detail_json(changed, detail, client, zone)
    if args.json:
        print_json({"action": action.value, **shown})
    else:
        print(f"Message n° {changed.id} : {shown['status_label']}.")
    return 0


def _get_message(context: AppContext, message_id: int) -> Message:
    from desktop.storage.errors import NotFoundError

    try:
        return context.outbox.get(message_id)
    except NotFoundError as exc:
        raise CommandError(catalogue.explain("cli_unknown_message", id=message_id)) from exc


def _client_name(context: AppContext, message: Message) -> str:
    """The client's name as the Messages screen shows it beside the number ("" for no client)."""
    if message.client_id is None:
        return ""
    item = context.clients.list_items([message.client_id]).get(message.client_id)
    return " ".join(p for p in (item.first_name, item.last_name) if p) if item is not None else ""


def _not_allowed(message: Message, action: Action) -> str:
    from desktop.core.catalogue.outbox import status_name

    if action is Action.SEND_NOW and message.status is MessageStatus.QUEUED:
        return catalogue.explain("cli_message_already_due", id=message.id)
    return catalogue.explain("transition_not_allowed", status=status_name(message.status))


def _question(action: Action, message: Message) -> str:
    uncertain = message.status is MessageStatus.UNCERTAIN
    code = {
        Action.RETRY: "cli_confirm_retry_uncertain" if uncertain else "cli_confirm_retry",
        Action.MARK_SENT: "cli_confirm_mark_sent",
        Action.CANCEL: "cli_confirm_cancel_uncertain" if uncertain else "cli_confirm_cancel",
    }[action]
    return catalogue.explain(code, id=message.id)


def _confirmed(question: str) -> bool:
    """Ask on a terminal; never on a pipe (a script must say --yes)."""
    if not sys.stdin.isatty():
        return False
    return input(f"{question} Tapez « oui » pour confirmer : ").strip().lower() == "oui"


def _outbox_refusal(error: OutboxError) -> str:
    """The outbox's refusal in words: the status by its name, the legal hours with the planned departure."""
    from desktop.core.catalogue.compliance import explain_finding
    from desktop.core.catalogue.outbox import status_name
    from desktop.core.compliance import Finding, Severity

    params = {key: str(value) for key, value in error.params.items()}
    if error.code == "outside_hours":
        finding = Finding(error.code, Severity.DEFER, params)
        return catalogue.explain("cli_send_now_refused_hours") + "\n" + explain_finding(finding)
    if "status" in params:
        params["status"] = status_name(params["status"])
    return catalogue.explain(error.code or "unknown_error", **params)


def _detail_json(
    message: Message, detail: MessageDetail | None, client: str, zone: ZoneInfo
) -> dict[str, Any]:
    """What the window's detail panel shows: the message as it left, its error and its history."""
    from desktop.core.catalogue.outbox import history_reading, status_name

    shown = message_json(message, detail, zone)
    shown["client_id"] = message.client_id
    shown["client_name"] = client
    shown["error_detail"] = detail.error_detail if detail is not None else ""
    shown["history"] = [
        {
            "at": change.at.astimezone(zone).isoformat(),
            "status": change.status.value,
            "status_label": status_name(change.status),
            "detail": change.detail,
            "reading": history_reading(change.detail),
        }
        for change in message.history
    ]
    return shown


def _print_detail(shown: dict[str, Any]) -> None:
    from desktop.core.money import format_cents
    from desktop.core.phones import format_national

    def moment(iso: str | None) -> str:
        return dt.datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M") if iso else "—"

    number = format_national(shown["to"]) if shown["to"] else ""
    cost = (
        format_cents(shown["cost_cents"], "fr") if shown["cost_cents"] > 0 else "prix par SMS non renseigné"
    )
    print(f"Message n° {shown['id']} — {shown['status_label']}")
    if shown["error"]:
        print(f"Problème : {shown['error']}")
        code = shown["error_code"]
        if shown["error_detail"] and shown["error_detail"] != code:
            code = f"{code} ({shown['error_detail']})"
        print(f"Code pour le support : {code}")
    print(
        f"Destinataire : {shown['client_name']} · {number}"
        if shown["client_name"]
        else f"Destinataire : {number}"
    )
    print(f"Compte SMS : {shown['account'] or '—'}")
    print(f"Catégorie : {catalogue.explain('purpose_' + shown['purpose'])}")
    print(f"Taille : {shown['segments']} SMS · {cost}")
    print(f"Créé : {moment(shown['created_at'])}")
    print(f"Départ prévu : {moment(shown['due_at'])}")
    print(f"Envoyé : {moment(shown['sent_at'])}")
    print(f"Identifiant fournisseur : {shown['provider_id'] or '—'}")
    print("Texte :")
    print("  " + shown["text"].replace("\n", "\n  "))
    print("Historique (heure du commerce) :")
    for change in reversed(shown["history"]):  # newest first, as the panel
        reading = f" — {change['reading']}" if change["reading"] else ""
        print(f"  {moment(change['at'])}  {change['status_label']}{reading}")


def message_json(message: Message, detail: MessageDetail | None, zone: ZoneInfo) -> dict[str, Any]:
    """One message as the command line shows it; times in the business's time zone (ISO 8601, offset)."""
    from desktop.core.catalogue.outbox import status_name

    def local(moment: dt.datetime | None) -> str | None:
        return moment.astimezone(zone).isoformat() if moment is not None else None

    from desktop.core.catalogue.outbox import explain_message_error

    error = None
    if message.error_code:
        error = explain_message_error(message.error_code, detail.error_detail if detail else "")
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
