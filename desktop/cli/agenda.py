"""``appointment``, ``appointments``, ``order`` and ``orders``: the agenda from the command line.

Times are read and printed in the business's time zone (``--at "2026-12-09 14:30"``; JSON in ISO 8601 with
the offset). Each appointment and order is printed with its planned notices and what became of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from desktop.cli.common import CommandError, app_context, print_json
from desktop.core import catalogue
from desktop.core.agenda import INTERVENTION_NOTICES, AppointmentDraft, Notice, NoticeKind
from desktop.core.entities import AppointmentStatus, OrderStatus

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.agenda import Appointment, Order

ORDER = 30
_STATUSES = (AppointmentStatus.CONFIRMED, AppointmentStatus.DONE, AppointmentStatus.NO_SHOW)
_NOTICE_STATUS_FR = {
    "planned": "prévu",
    "queued": "en file d'attente",
    "blocked": "bloqué",
    "cancelled": "annulé",
    "skipped": "non envoyé",
}
_NOTICE_KIND_FR = {
    "day_before": "rappel avant le rendez-vous",
    "morning_of": "rappel le matin même",
    "confirmation": "confirmation",
    "ready": "message « prête »",
    "pickup": "rappel de retrait",
    "survey": "enquête de satisfaction",
    "review": "demande d'avis",
    "on_the_way": "technicien en route",
    "delay": "retard",
    "quote_date": "date du devis",
}
_ORDER_STATUS_FR = {
    "in_progress": "en cours",
    "ready": "prête",
    "collected": "retirée",
    "cancelled": "annulée",
}
_APPOINTMENT_STATUS_FR = {
    "planned": "prévu",
    "confirmed": "confirmé",
    "cancelled": "annulé",
    "done": "honoré",
    "no_show": "absent",
}


# ---------------------------------------------------------------------------------------- arguments


def local_moment(text: str) -> dt.datetime:
    """``YYYY-MM-DD HH:MM`` as a naive datetime (the business's time zone is applied once it is known)."""
    try:
        return dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date et heure attendues au format AAAA-MM-JJ HH:MM, pas « {text} »"
        ) from None


def local_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ, pas « {text} »") from None


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="sortie JSON")


def register(subparsers: Any) -> None:
    appointment = subparsers.add_parser("appointment", help="rendez-vous : créer, déplacer, annuler, statut")
    appointment.set_defaults(handler=lambda _args: _help(appointment))
    # Nested parsers are of the parent's class: French usage errors, exit code 2.
    actions = appointment.add_subparsers(dest="appointment_command", metavar="ACTION")

    add = actions.add_parser("add", help="crée un rendez-vous ; ses rappels sont planifiés aussitôt")
    add.add_argument("--client", type=int, required=True, metavar="ID", help="numéro du client")
    add.add_argument("--at", type=local_moment, required=True, metavar="« AAAA-MM-JJ HH:MM »")
    add.add_argument("--duration", type=int, metavar="MIN", help="durée en minutes (sinon celle du type)")
    add.add_argument("--kind", default="", metavar="TYPE", help="type de rendez-vous (« Consultation »…)")
    add.add_argument("--with", dest="staff", default="", metavar="NOM", help="praticien, technicien ou salle")
    add.add_argument("--place", default="", metavar="LIEU", help="lieu, s'il n'est pas l'adresse du commerce")
    _json_flag(add)
    add.set_defaults(handler=appointment_add)

    move = actions.add_parser("move", help="déplace un rendez-vous ; ses rappels sont replanifiés")
    move.add_argument("id", type=int, metavar="ID")
    move.add_argument("--at", type=local_moment, required=True, metavar="« AAAA-MM-JJ HH:MM »")
    move.add_argument("--with", dest="staff", metavar="NOM", help="avec quelqu'un d'autre")
    _json_flag(move)
    move.set_defaults(handler=appointment_move)

    edit = actions.add_parser("edit", help="modifie un rendez-vous (ce qui n'est pas donné ne change pas)")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--at", type=local_moment, metavar="« AAAA-MM-JJ HH:MM »")
    edit.add_argument("--duration", type=int, metavar="MIN")
    edit.add_argument("--kind", metavar="TYPE")
    edit.add_argument("--with", dest="staff", metavar="NOM")
    edit.add_argument("--place", metavar="LIEU")
    _json_flag(edit)
    edit.set_defaults(handler=appointment_edit)

    cancel = actions.add_parser("cancel", help="annule un rendez-vous et ses rappels en attente")
    cancel.add_argument("id", type=int, metavar="ID")
    _json_flag(cancel)
    cancel.set_defaults(handler=appointment_cancel)

    status = actions.add_parser("status", help="confirmé, honoré ou absent")
    status.add_argument("id", type=int, metavar="ID")
    status.add_argument("status", choices=[s.value for s in _STATUSES], metavar="STATUT")
    _json_flag(status)
    status.set_defaults(handler=appointment_status)

    listing = subparsers.add_parser("appointments", help="liste les rendez-vous et leurs rappels")
    listing.add_argument(
        "--from", dest="start", type=local_day, metavar="AAAA-MM-JJ", help="(défaut : aujourd'hui)"
    )
    listing.add_argument("--to", dest="end", type=local_day, metavar="AAAA-MM-JJ", help="dernier jour inclus")
    listing.add_argument("--client", type=int, metavar="ID", help="les rendez-vous d'un client")
    _json_flag(listing)
    listing.set_defaults(handler=appointments_list)

    order = subparsers.add_parser("order", help="commandes et interventions : créer, prête, retirée, annuler")
    order.set_defaults(handler=lambda _args: _help(order))
    order_actions = order.add_subparsers(dest="order_command", metavar="ACTION")

    order_add = order_actions.add_parser("add", help="enregistre une commande ou une intervention")
    order_add.add_argument("--client", type=int, required=True, metavar="ID")
    order_add.add_argument("--label", required=True, metavar="TEXTE", help="ce qui est commandé ou à faire")
    _json_flag(order_add)
    order_add.set_defaults(handler=order_add_command)

    ready = order_actions.add_parser("ready", help="prête : le message « prête » part, un rappel suivra")
    ready.add_argument("id", type=int, metavar="ID")
    notify = ready.add_mutually_exclusive_group()
    notify.add_argument(
        "--notify", dest="notify", action="store_const", const=True, help="prévient le client"
    )
    notify.add_argument("--no-notify", dest="notify", action="store_const", const=False, help="sans message")
    _json_flag(ready)
    ready.set_defaults(handler=order_ready, notify=None)

    for name, help_text, handler in (
        (
            "collected",
            "retirée (ou intervention terminée) : l'enquête de satisfaction est planifiée",
            order_collected,
        ),
        ("cancel", "annule la commande et ses messages en attente", order_cancel),
    ):
        action = order_actions.add_parser(name, help=help_text)
        action.add_argument("id", type=int, metavar="ID")
        _json_flag(action)
        action.set_defaults(handler=handler)

    notice = order_actions.add_parser("notify", help="intervention : en route, retard ou date du devis")
    notice.add_argument("id", type=int, metavar="ID")
    notice.add_argument("kind", choices=[k.value for k in sorted(INTERVENTION_NOTICES)], metavar="MESSAGE")
    notice.add_argument("--at", type=local_moment, required=True, metavar="« AAAA-MM-JJ HH:MM »")
    _json_flag(notice)
    notice.set_defaults(handler=order_notify)

    orders = subparsers.add_parser("orders", help="liste les commandes et interventions")
    orders.add_argument("--status", choices=[s.value for s in OrderStatus], metavar="STATUT")
    _json_flag(orders)
    orders.set_defaults(handler=orders_list)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# ---------------------------------------------------------------------------------------- output


@contextmanager
def _agenda(args: argparse.Namespace) -> Iterator[AppContext]:
    """The context, with the agenda's refusals turned into French messages."""
    from desktop.services.agenda.errors import AgendaError

    with app_context(args) as context:
        try:
            yield context
        except AgendaError as exc:
            raise CommandError(catalogue.explain(exc.code, **exc.params)) from exc


def _zone(context: AppContext) -> ZoneInfo:
    return context.reminders.zone()


def _iso(when: dt.datetime | None, zone: ZoneInfo) -> str | None:
    return when.astimezone(zone).isoformat() if when is not None else None


def _notice_json(notice: Notice, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "kind": notice.kind.value,
        "due_at": _iso(notice.due_at, zone),
        "status": notice.status.value,
        "message_id": notice.message_id,
        "message_status": notice.message_status.value if notice.message_status else None,
        "reason": catalogue.explain(notice.reason, **notice.reason_params) if notice.reason else None,
    }


def appointment_json(appointment: Appointment, notices: Sequence[Notice], zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": appointment.id,
        "client_id": appointment.client_id,
        "client": appointment.client_name,
        "start": _iso(appointment.start, zone),
        "duration": appointment.duration_minutes,
        "kind": appointment.kind,
        "with": appointment.staff,
        "place": appointment.location,
        "status": appointment.status.value,
        "reminders": [_notice_json(n, zone) for n in notices],
    }


def order_json(order: Order, notices: Sequence[Notice], zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": order.id,
        "client_id": order.client_id,
        "client": order.client_name,
        "label": order.label,
        "status": order.status.value,
        "ready_at": _iso(order.ready_at, zone),
        "collected_at": _iso(order.collected_at, zone),
        "message_ids": [n.message_id for n in notices if n.message_id is not None],
        "notices": [_notice_json(n, zone) for n in notices],
    }


def _moment(when: dt.datetime, zone: ZoneInfo) -> str:
    return when.astimezone(zone).strftime("%d/%m/%Y %H:%M")


def _print_notices(notices: Sequence[Notice], zone: ZoneInfo) -> None:
    for notice in notices:
        kind, status = _NOTICE_KIND_FR[notice.kind], _NOTICE_STATUS_FR[notice.status]
        line = f"    {kind} {_moment(notice.due_at, zone)} : {status}"
        if notice.message_id is not None:
            line += f" (message {notice.message_id})"
        if notice.reason:
            line += " — " + catalogue.explain(notice.reason, **notice.reason_params)
        print(line)


def print_appointment(appointment: Appointment, notices: Sequence[Notice], zone: ZoneInfo) -> None:
    details = ", ".join(p for p in (appointment.kind, appointment.staff) if p)
    print(
        f"{appointment.id:>6}  {_moment(appointment.start, zone)}  {appointment.duration_minutes:>3} min  "
        f"{appointment.client_name:<26} {_APPOINTMENT_STATUS_FR[appointment.status]:<9} {details}".rstrip()
    )
    _print_notices(notices, zone)


def print_order(order: Order, notices: Sequence[Notice], zone: ZoneInfo) -> None:
    print(f"{order.id:>6}  {order.client_name:<26} {_ORDER_STATUS_FR[order.status]:<9} {order.label}")
    _print_notices(notices, zone)


def _show_appointment(context: AppContext, args: argparse.Namespace, appointment: Appointment) -> int:
    zone = _zone(context)
    notices = context.appointments.notices(appointment.id)
    if args.json:
        print_json(appointment_json(appointment, notices, zone))
    else:
        print_appointment(appointment, notices, zone)
    return 0


def _show_order(context: AppContext, args: argparse.Namespace, order: Order) -> int:
    zone = _zone(context)
    notices = context.orders.notices([order.id]).get(order.id, [])
    if args.json:
        print_json(order_json(order, notices, zone))
    else:
        print_order(order, notices, zone)
    return 0


# ---------------------------------------------------------------------------------------- appointments


def appointment_add(args: argparse.Namespace) -> int:
    from desktop.services.agenda.defaults import kind_named

    with _agenda(args) as context:
        kind = kind_named(context.settings.get(), args.kind) if args.kind else None
        duration = args.duration if args.duration is not None else (kind.duration_minutes if kind else 30)
        draft = AppointmentDraft(
            client_id=args.client,
            start=args.at.replace(tzinfo=_zone(context)),
            duration_minutes=duration,
            kind=kind.name if kind else args.kind,
            staff=args.staff,
            location=args.place,
        )
        return _show_appointment(context, args, context.appointments.create(draft))


def appointment_move(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        moved = context.appointments.move(args.id, args.at.replace(tzinfo=_zone(context)), args.staff)
        return _show_appointment(context, args, moved)


def appointment_edit(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        current = context.appointments.get(args.id)
        draft = AppointmentDraft(
            client_id=current.client_id,
            start=args.at.replace(tzinfo=_zone(context)) if args.at else current.start,
            duration_minutes=args.duration if args.duration is not None else current.duration_minutes,
            kind=args.kind if args.kind is not None else current.kind,
            staff=args.staff if args.staff is not None else current.staff,
            location=args.place if args.place is not None else current.location,
            reason=current.reason,
        )
        return _show_appointment(context, args, context.appointments.update(args.id, draft))


def appointment_cancel(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        return _show_appointment(context, args, context.appointments.cancel(args.id))


def appointment_status(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        changed = context.appointments.set_status(args.id, AppointmentStatus(args.status))
        return _show_appointment(context, args, changed)


def appointments_list(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        zone = _zone(context)
        today = context.clock.now().astimezone(zone).date()
        if args.client is not None and args.start is None and args.end is None:
            first, last = dt.date.min, dt.date.max - dt.timedelta(days=1)
        else:
            first = args.start or today
            last = args.end or first + dt.timedelta(days=6)
        if last < first:
            raise CommandError("la date de fin (--to) est avant la date de début (--from).")
        start = _midnight(first, zone)
        end = _midnight(last + dt.timedelta(days=1), zone)
        found = context.appointments.between(start, end, args.client)
    if args.json:
        print_json([appointment_json(a, n, zone) for a, n in found])
        return 0
    for appointment, notices in found:
        print_appointment(appointment, notices, zone)
    if not found:
        print("Aucun rendez-vous.")
    return 0


def _midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    if day in (dt.date.min, dt.date.max):
        return dt.datetime.combine(day, dt.time(0), tzinfo=dt.UTC)
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone).astimezone(dt.UTC)


# ---------------------------------------------------------------------------------------- orders


def order_add_command(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        return _show_order(context, args, context.orders.add(args.client, args.label))


def order_ready(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        outcome = context.orders.mark_ready(args.id, args.notify)
        if outcome.proposed and not args.json:
            print("Le message « prête » n'est pas envoyé : vos réglages demandent de le proposer d'abord.")
            print(
                "Pour prévenir le client : python main.py order ready ID --notify (sur une commande pas encore prête)."
            )
        return _show_order(context, args, outcome.order)


def _order_action(name: str) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        with _agenda(args) as context:
            return _show_order(context, args, getattr(context.orders, name)(args.id))

    return handler


order_collected = _order_action("mark_collected")
order_cancel = _order_action("cancel")


def order_notify(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        when = args.at.replace(tzinfo=_zone(context))
        return _show_order(context, args, context.orders.notify(args.id, NoticeKind(args.kind), when))


def orders_list(args: argparse.Namespace) -> int:
    with _agenda(args) as context:
        zone = _zone(context)
        statuses = [OrderStatus(args.status)] if args.status else None
        found = context.orders.listing(statuses)
        notices = context.orders.notices([o.id for o in found])
    if args.json:
        print_json([order_json(o, notices.get(o.id, []), zone) for o in found])
        return 0
    for order in found:
        print_order(order, notices.get(order.id, []), zone)
    if not found:
        print("Aucune commande.")
    return 0
