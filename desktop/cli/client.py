"""``client``: a client's card from the command line — add, show, edit, consent, opt-out, delete, and the
privacy actions (export, erase; their handlers live with the privacy commands in :mod:`desktop.cli.privacy`).

Each action calls the services the window's client form, card and list call, with the same checks: the
form's validation (:func:`desktop.services.clients.validate`), the consent's proof
(:func:`desktop.services.clients.check_consent`), the version check of two desks saving one client.
Times are printed in the business's time zone; numbers as the window shows them (« 06 12 34 56 78 »).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

from desktop.cli.common import CommandError, app_context, print_json
from desktop.core import catalogue
from desktop.core.consent import COUNTER_SOURCES, NEW_CLIENT_SOURCES, state_code, usual_wording
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentRecord,
    ConsentSource,
    ConsentState,
)

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.entities import Client, ConsentEvent
    from desktop.services.compose import ThreadEntry

ORDER = 25
#: How many of the client's last messages ``client show`` lists by default.
SHOWN_MESSAGES: Final = 10
_FIELD_HELP: Final = {
    "civility": ("CIVILITÉ", "civilité (« Mme », « M. »)"),
    "first_name": ("PRÉNOM", "prénom"),
    "last_name": ("NOM", "nom"),
    "mobile": ("NUMÉRO", "portable (« 06 12 34 56 78 » ou « +33 6 12 34 56 78 »)"),
    "other_phone": ("NUMÉRO", "autre téléphone (un fixe, par exemple)"),
    "email": ("ADRESSE", "e-mail"),
    "address": ("ADRESSE", "adresse (rue)"),
    "postal_code": ("CODE", "code postal"),
    "city": ("VILLE", "ville"),
    "birthday": ("AAAA-MM-JJ", "date de naissance (AAAA-MM-JJ ou JJ/MM/AAAA)"),
    "tags": ("ÉTIQUETTES", "étiquettes, séparées par des virgules"),
    "notes": ("TEXTE", "notes"),
}
#: The client's fields the form has, in its order: option name (``--first-name``) → field of
#: :class:`ClientDraft` (every field but ``language``, which the form does not show).
FIELDS: Final = tuple(_FIELD_HELP)
_SOURCE_HELP: Final = (
    "formulaire (form), papier signé (paper), oral en boutique (user), réponse par SMS (sms_reply)"
)
_YES_NO: Final = {"oui": True, "non": False, "yes": True, "no": False}


# ---------------------------------------------------------------------------------------- arguments


def _birthday(text: str) -> dt.date | str:
    """A date (AAAA-MM-JJ or JJ/MM/AAAA); "" clears it (``client edit``)."""
    if not text.strip():
        return ""
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date attendue au format AAAA-MM-JJ ou JJ/MM/AAAA, pas « {text} »")


def _yes_no(text: str) -> bool:
    try:
        return _YES_NO[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(f"« oui » ou « non » attendu, pas « {text} »") from None


def _add_fields(parser: argparse.ArgumentParser) -> None:
    for name in FIELDS:
        metavar, text = _FIELD_HELP[name]
        kind = _birthday if name == "birthday" else str
        parser.add_argument("--" + name.replace("_", "-"), dest=name, type=kind, metavar=metavar, help=text)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="sortie JSON")


def _client_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("client_id", type=int, metavar="ID", help="numéro du client (voir « clients »)")


def register(subparsers: Any) -> None:
    from desktop.cli.privacy import erase_command, export_command

    client = subparsers.add_parser(
        "client",
        help="un client : créer, voir la fiche, modifier, consentement, désinscrire, supprimer, exporter, "
        "effacer",
    )
    client.set_defaults(handler=lambda _args: _usage(client))
    actions = client.add_subparsers(dest="client_command", metavar="ACTION", parser_class=type(client))

    add = actions.add_parser(
        "add",
        help="crée un client (et son accord aux promotions, s'il a été demandé)",
        description="Crée un client avec les vérifications de la fiche (numéro de portable, doublon, e-mail, "
        "code postal). Avec --promotional, son accord ou son refus des promotions est enregistré avec lui.",
    )
    _add_fields(add)
    add.add_argument(
        "--promotional",
        type=_yes_no,
        metavar="oui|non",
        help="accepte (oui) ou refuse (non) les promotions par SMS ; sans cette option : pas encore demandé",
    )
    add.add_argument(
        "--source",
        choices=[s.value for s in NEW_CLIENT_SOURCES],
        default=ConsentSource.USER.value,
        metavar="SOURCE",
        help="comment l'accord a été recueilli : formulaire (form), papier signé (paper), oral en boutique "
        "(user, par défaut)",
    )
    add.add_argument(
        "--wording", metavar="TEXTE", help="texte accepté par le client (par défaut, le texte habituel)"
    )
    add.add_argument("--by", default="", metavar="NOM", help="qui enregistre l'accord")
    _json_flag(add)
    add.set_defaults(handler=add_command)

    show = actions.add_parser(
        "show",
        help="la fiche : coordonnées, consentements et leur historique, rendez-vous, commandes, SMS",
    )
    _client_id(show)
    show.add_argument(
        "--messages",
        type=int,
        default=SHOWN_MESSAGES,
        metavar="N",
        help=f"les N derniers SMS envoyés et reçus (défaut {SHOWN_MESSAGES})",
    )
    _json_flag(show)
    show.set_defaults(handler=show_command)

    edit = actions.add_parser(
        "edit",
        help="modifie la fiche (seuls les champs donnés changent)",
        description="Modifie les champs donnés, avec les vérifications de la fiche ; un champ donné vide "
        '(--email "") est effacé. Avec --version N (voir « client show »), l\'enregistrement est refusé si '
        "un autre poste a modifié la fiche depuis.",
    )
    _client_id(edit)
    _add_fields(edit)
    edit.add_argument(
        "--version", type=int, metavar="N", help="la version lue : refuse si la fiche a changé depuis"
    )
    _json_flag(edit)
    edit.set_defaults(handler=edit_command)

    consent = actions.add_parser(
        "consent",
        help="enregistre un accord ou un refus (promotions ou messages de service)",
        description="Enregistre un consentement comme la fenêtre « Enregistrer un consentement » : pour "
        "quoi, accepté ou refusé, comment il a été recueilli, le texte montré au client et qui l'enregistre.",
    )
    _client_id(consent)
    purpose = consent.add_mutually_exclusive_group(required=True)
    purpose.add_argument("--promotional", type=_yes_no, metavar="oui|non", help="promotions par SMS")
    purpose.add_argument(
        "--transactional",
        type=_yes_no,
        metavar="oui|non",
        help="messages de service (rendez-vous, commandes)",
    )
    consent.add_argument(
        "--source",
        choices=[s.value for s in COUNTER_SOURCES],
        default=ConsentSource.FORM.value,
        metavar="SOURCE",
        help=f"comment il a été recueilli : {_SOURCE_HELP} ; par défaut form",
    )
    consent.add_argument(
        "--wording",
        metavar="TEXTE",
        help="texte montré au client (pour un accord, par défaut le texte habituel)",
    )
    consent.add_argument("--by", default="", metavar="NOM", help="qui l'enregistre")
    _json_flag(consent)
    consent.set_defaults(handler=consent_command)

    opt_out = actions.add_parser(
        "opt-out",
        help="désinscrit le client : plus aucun SMS, ni promotion ni message pratique",
        description="Désinscrit le client comme le bouton « Désinscrire » de sa fiche : il ne recevra plus "
        "aucun SMS. Son numéro reste en liste d'opposition, même si la fiche est supprimée. Pour le "
        "réinscrire : « client consent ID --promotional oui » ou « --transactional oui ».",
    )
    _client_id(opt_out)
    opt_out.add_argument("--yes", action="store_true", help="confirme (sans question)")
    opt_out.add_argument("--by", default="", metavar="NOM", help="qui l'enregistre")
    _json_flag(opt_out)
    opt_out.set_defaults(handler=opt_out_command)

    delete = actions.add_parser(
        "delete",
        help="supprime des clients (leurs messages sont conservés sans leur nom)",
        description="Supprime les clients comme le bouton « Supprimer » de la liste. Pour effacer toutes "
        "les données d'un client (droit à l'oubli), utilisez « client erase ».",
    )
    delete.add_argument("client_ids", type=int, nargs="+", metavar="ID", help="numéro(s) des clients")
    delete.add_argument("--yes", action="store_true", help="confirme la suppression (sans question)")
    _json_flag(delete)
    delete.set_defaults(handler=delete_command)

    export = actions.add_parser(
        "export",
        help="exporte tout ce qui concerne le client (.xlsx ou .json)",
        description="Exporte la fiche, les consentements, les SMS, les réponses, les rendez-vous et les "
        "commandes d'un client, pour répondre à sa demande d'accès.",
    )
    _client_id(export)
    export.add_argument("file", metavar="FICHIER", help="fichier .xlsx ou .json")
    _json_flag(export)
    export.set_defaults(handler=export_command)

    erase = actions.add_parser(
        "erase",
        help="efface le client (les statistiques et son opposition aux SMS sont gardées)",
        description="Efface définitivement un client : sa fiche, ses rendez-vous et commandes ; ses SMS et "
        "réponses restent sans numéro ni texte pour les statistiques ; ses consentements restent comme "
        "lignes anonymes du registre ; son numéro reste (haché) en liste d'opposition aux promotions.",
    )
    _client_id(erase)
    erase.add_argument("--yes", action="store_true", help="confirme l'effacement (sans question)")
    erase.add_argument("--by", default="", metavar="NOM", help="qui efface (noté au registre)")
    _json_flag(erase)
    erase.set_defaults(handler=erase_command)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# ---------------------------------------------------------------------------------------- errors


@contextmanager
def _clients(args: argparse.Namespace) -> Iterator[AppContext]:
    """The context, with an unknown client and the form's refusals said in French (one line per field,
    named by its option)."""
    from desktop.services.clients import ClientChangedError, ValidationError
    from desktop.storage.errors import NotFoundError

    with app_context(args) as context:
        try:
            yield context
        except NotFoundError as exc:
            raise CommandError(catalogue.explain("cli_client_unknown", id=args.client_id)) from exc
        except ValidationError as exc:
            lines = [
                f"--{field.replace('_', '-')} : {catalogue.explain(code)}"
                for field, code in exc.errors.items()
            ]
            raise CommandError("\n".join([*lines, catalogue.explain("cli_client_nothing_saved")])) from exc
        except ClientChangedError as exc:
            hint = catalogue.explain(
                "cli_client_changed_hint", id=exc.current.id, version=exc.current.version
            )
            raise CommandError(exc.message() + "\n" + hint) from exc


# ---------------------------------------------------------------------------------------- add and edit


def _draft(args: argparse.Namespace, base: ClientDraft) -> ClientDraft:
    """``base`` with the fields the command gave (the form's reading of each: tags split on commas)."""
    changes: dict[str, Any] = {}
    for name in FIELDS:
        value = getattr(args, name)
        if value is None:
            continue
        if name == "tags":
            value = tuple(t.strip() for t in value.split(",") if t.strip())
        elif name == "birthday":
            value = value or None
        changes[name] = value
    return ClientDraft(**{**_draft_values(base), **changes})


def _draft_values(draft: ClientDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in (*FIELDS, "language")}


def add_command(args: argparse.Namespace) -> int:
    from desktop.services.clients import check_consent

    with _clients(args) as context:
        consent: ConsentRecord | None = None
        if args.promotional is not None:
            state = ConsentState.GRANTED if args.promotional else ConsentState.WITHDRAWN
            wording = args.wording
            if wording is None:  # the form offers the usual wording for an agreement, nothing for a refusal
                business = context.settings.get().business.name
                wording = usual_wording(ConsentPurpose.PROMOTIONAL, business) if args.promotional else ""
            consent = ConsentRecord(
                purpose=ConsentPurpose.PROMOTIONAL,
                state=state,
                source=ConsentSource(args.source),
                wording=wording.strip(),
                recorded_by=args.by.strip(),
            )
            check_consent(consent.purpose, consent.state, consent.wording)
        client_id = context.clients.create(_draft(args, ClientDraft()), consent)
        client = context.clients.get(client_id)
    if args.json:
        print_json({"client_id": client_id, "version": client.version})
    else:
        print(catalogue.explain("cli_client_added", id=client_id, name=client.display_name))
    return 0


def edit_command(args: argparse.Namespace) -> int:
    with _clients(args) as context:
        current = context.clients.get(args.client_id)
        # The fields not given are the ones just read: a save another desk made since must not be undone
        # silently, so the version read is checked even without --version.
        expected = args.version if args.version is not None else current.version
        version = context.clients.update(
            args.client_id, _draft(args, current.to_draft()), expected_version=expected
        )
        client = context.clients.get(args.client_id)
    if args.json:
        print_json({"client_id": client.id, "version": version})
    else:
        print(catalogue.explain("cli_client_saved", id=client.id, name=client.display_name, version=version))
    return 0


# ---------------------------------------------------------------------------------------- consent


def consent_command(args: argparse.Namespace) -> int:
    from desktop.services.clients import check_consent

    purpose = ConsentPurpose.PROMOTIONAL if args.promotional is not None else ConsentPurpose.TRANSACTIONAL
    granted = args.promotional if args.promotional is not None else args.transactional
    state = ConsentState.GRANTED if granted else ConsentState.WITHDRAWN
    with _clients(args) as context:
        client = context.clients.get(args.client_id)
        wording = args.wording
        if wording is None:  # the consent dialog suggests the usual wording for an agreement
            business = context.settings.get().business.name
            wording = usual_wording(purpose, business) if granted else ""
        check_consent(purpose, state, wording)
        event = context.clients.record_consent(
            client.id,
            purpose,
            state,
            ConsentSource(args.source),
            wording=wording.strip(),
            recorded_by=args.by.strip(),
        )
        zone = context.reminders.zone()
    if args.json:
        print_json(_event_json(event, zone))
    else:
        what = catalogue.explain(f"consent_purpose_{purpose.value}")
        print(f"{client.display_name} — {what} : {catalogue.explain(f'consent_state_{state.value}')}.")
    return 0


def opt_out_command(args: argparse.Namespace) -> int:
    with _clients(args) as context:
        client = context.clients.get(args.client_id)
        if client.opted_out:  # the card offers « Désinscrire » only to a client who has not been
            changed = False
        else:
            if not args.yes:
                raise CommandError(
                    catalogue.explain("cli_client_opt_out_needs_yes", name=client.display_name)
                )
            context.clients.opt_out(client.id, ConsentSource.USER, recorded_by=args.by.strip())
            changed = True
    if args.json:
        print_json({"client_id": client.id, "opted_out": True, "changed": changed})
    elif changed:
        print(catalogue.explain("cli_client_opted_out", name=client.display_name))
    else:
        print(catalogue.explain("cli_client_already_opted_out", name=client.display_name))
    return 0


# ---------------------------------------------------------------------------------------- delete


def delete_command(args: argparse.Namespace) -> int:
    ids = list(dict.fromkeys(args.client_ids))
    with app_context(args) as context:
        found = {c.id for c in context.clients.get_many(ids)}
        unknown = [i for i in ids if i not in found]
        if unknown:  # nothing is deleted when one number is wrong: a script said something it did not mean
            raise CommandError(
                catalogue.explain("cli_client_unknown_ids", ids=", ".join(str(i) for i in unknown))
            )
        if not args.yes:
            raise CommandError(catalogue.explain("cli_client_delete_needs_yes", count=len(ids)))
        deleted = context.clients.delete_many(ids)
    if args.json:
        print_json({"client_ids": ids, "deleted": deleted})
    else:
        print(catalogue.explain("cli_client_deleted", count=deleted))
    return 0


# ---------------------------------------------------------------------------------------- show


def show_command(args: argparse.Namespace) -> int:
    from desktop.core.entities import OrderStatus

    with _clients(args) as context:
        client = context.clients.get(args.client_id)
        history = context.clients.consent_history(client.id)
        stopped = context.clients.stopped(client.id)
        zone = context.reminders.zone()
        now = context.clock.now()
        appointments = [a for a in context.appointments.of_client(client.id) if a.end >= now and a.active]
        appointments.sort(key=lambda a: a.start)
        appointment_notices = context.appointments.notices_of([a.id for a in appointments])
        orders = [
            o
            for o in context.orders.of_client(client.id)
            if o.status in (OrderStatus.IN_PROGRESS, OrderStatus.READY)
        ]
        order_notices = context.orders.notices([o.id for o in orders])
        thread = list(reversed(context.compose.conversation(client.id, max(args.messages, 0))))
        details = context.outbox.details([e.outgoing.id for e in thread if e.outgoing is not None])
    history = sorted(history, key=lambda e: (e.at, e.id), reverse=True)  # newest first, as the card
    if args.json:
        from desktop.cli.agenda import appointment_json, order_json

        card = _client_json(client, zone)
        card["consent"] = {
            purpose.value: {
                "state": state.value,
                "label": catalogue.explain(state_code(state, purpose)),
            }
            for purpose, state in (
                (ConsentPurpose.PROMOTIONAL, client.promotional_consent),
                (ConsentPurpose.TRANSACTIONAL, client.transactional_consent),
            )
        }
        card["consent_history"] = [_event_json(e, zone) for e in history]
        card["stopped"] = list(stopped)
        card["appointments"] = [
            appointment_json(a, appointment_notices.get(a.id, []), zone) for a in appointments
        ]
        card["orders"] = [order_json(o, order_notices.get(o.id, []), zone) for o in orders]
        card["messages"] = [_entry_json(e, details, zone) for e in thread]
        print_json(card)
        return 0
    _print_card(client, history, stopped, zone)
    _print_agenda(appointments, appointment_notices, orders, order_notices, zone)
    _print_thread(thread, zone)
    return 0


def _local(moment: dt.datetime | None, zone: ZoneInfo) -> str | None:
    return moment.astimezone(zone).isoformat() if moment is not None else None


def _short(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%d/%m/%Y %H:%M")


def _national(number: str | None) -> str:
    from desktop.core.phones import format_national

    return format_national(number) if number else ""


def _client_json(client: Client, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": client.id,
        "version": client.version,
        "display_name": client.display_name,
        "civility": client.civility,
        "first_name": client.first_name,
        "last_name": client.last_name,
        "mobile": client.mobile,
        "mobile_display": _national(client.mobile),
        "other_phone": client.other_phone,
        "other_phone_display": _national(client.other_phone),
        "email": client.email,
        "address": client.address,
        "postal_code": client.postal_code,
        "city": client.city,
        "birthday": client.birthday.isoformat() if client.birthday else None,
        "tags": list(client.tags),
        "notes": client.notes,
        "language": client.language,
        "number_status": client.number_status.value,
        "created_at": _local(client.created_at, zone),
        "updated_at": _local(client.updated_at, zone),
        "updated_by": client.updated_by,
    }


def _event_json(event: ConsentEvent, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "id": event.id,
        "at": _local(event.at, zone),
        "purpose": event.purpose.value,
        "state": event.state.value,
        "source": event.source.value,
        "wording": event.wording,
        "recorded_by": event.recorded_by,
    }


def _entry_json(entry: ThreadEntry, details: dict[int, Any], zone: ZoneInfo) -> dict[str, Any]:
    from desktop.cli.messaging import message_json

    if entry.outgoing is not None:
        return {"direction": "out", **message_json(entry.outgoing, details.get(entry.outgoing.id), zone)}
    reply = entry.inbound
    assert reply is not None  # a thread entry is one or the other
    return {
        "direction": "in",
        "id": reply.id,
        "from": reply.from_number,
        "text": reply.text,
        "received_at": _local(reply.received_at, zone),
        "handled": reply.handled,
    }


def _purpose_label(purpose: ConsentPurpose) -> str:
    code = f"consent_purpose_{purpose.value}"
    return catalogue.explain(code if catalogue.has(code) else f"stopped_{purpose.value}")


def _print_card(
    client: Client, history: list[ConsentEvent], stopped: tuple[str, ...], zone: ZoneInfo
) -> None:
    from desktop.core.catalogue.replies import stopped_words
    from desktop.core.entities import NumberStatus

    name = " ".join(p for p in (client.civility, client.first_name, client.last_name) if p)
    print(f"Client n° {client.id} — {name or client.display_name}")
    changed = f"modifiée le {_short(client.updated_at, zone)}"
    if client.updated_by:
        changed += f" par le poste « {client.updated_by} »"
    print(f"  Version {client.version} ({changed})")
    place = " ".join(p for p in (client.postal_code, client.city) if p)
    rows = (
        ("Portable", _national(client.mobile) or "Aucun"),
        ("Autre téléphone", _national(client.other_phone)),
        ("E-mail", client.email),
        ("Adresse", ", ".join(p for p in (client.address, place) if p)),
        ("Naissance", client.birthday.strftime("%d/%m/%Y") if client.birthday else ""),
        ("Étiquettes", ", ".join(client.tags)),
        ("Notes", " ".join(client.notes.split())),
    )
    for label, value in rows:
        if value:
            print(f"  {label} : {value}")
    if client.number_status is not NumberStatus.OK:
        print(f"  État du numéro : {catalogue.explain(f'cli_client_number_{client.number_status.value}')}")
    print("Consentement aux SMS")
    for purpose, state in (
        (ConsentPurpose.PROMOTIONAL, client.promotional_consent),
        (ConsentPurpose.TRANSACTIONAL, client.transactional_consent),
    ):
        print(f"  {_purpose_label(purpose)} : {catalogue.explain(state_code(state, purpose))}")
    if stopped:
        print(f"  A demandé l'arrêt de : {stopped_words(stopped)}.")
    if not history:
        print("  Aucun consentement enregistré pour l'instant.")
    for event in history:
        line = (
            f"  {_short(event.at, zone)}  {_purpose_label(event.purpose)} : "
            f"{catalogue.explain(f'consent_state_{event.state.value}')} — "
            f"{catalogue.explain(f'consent_source_{event.source.value}')}"
        )
        if event.recorded_by:
            line += f" (par {event.recorded_by})"
        wording = " ".join(event.wording.split())
        if wording:
            line += f" — « {wording} »"
        print(line)


def _print_agenda(
    appointments: list[Any],
    appointment_notices: dict[int, Any],
    orders: list[Any],
    order_notices: dict[int, Any],
    zone: ZoneInfo,
) -> None:
    from desktop.cli.agenda import print_appointment, print_order

    print("Rendez-vous à venir")
    for appointment in appointments:
        print_appointment(appointment, appointment_notices.get(appointment.id, []), zone)
    if not appointments:
        print("  Aucun.")
    print("Commandes en cours")
    for order in orders:
        print_order(order, order_notices.get(order.id, []), zone)
    if not orders:
        print("  Aucune.")


def _print_thread(thread: list[ThreadEntry], zone: ZoneInfo) -> None:
    from desktop.core.catalogue.outbox import status_name

    print("Derniers SMS")
    for entry in thread:
        if entry.outgoing is not None:
            message = entry.outgoing
            head = (
                f"{message.id:>6}  {_short(message.created_at, zone)}  envoyé  {status_name(message.status)}"
            )
        else:
            assert entry.inbound is not None
            message_text = entry.inbound.text
            print(
                f"{'':>6}  {_short(entry.inbound.received_at, zone)}  reçu    « {' '.join(message_text.split())} »"
            )
            continue
        print(f"{head} — « {' '.join(message.body.split())} »")
    if not thread:
        print("  Aucun.")
