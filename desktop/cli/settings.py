"""``settings``: Réglages from the command line — read everything, change values by their dotted path, the
staff, the agenda's kinds of appointment and their reminders.

Every change is saved the way the window's « Enregistrer » saves: the whole document through
:func:`desktop.services.setup.save_settings` (the same checks and French problems; nothing saved when one
value is refused; a new sender name follows to the accounts; a new sector gets its template presets), then
the upcoming reminders are planned again with the new rules, as the agenda screen does when the settings
change. Values are read by :mod:`desktop.services.settings_paths`, kinds and staff changed by
:mod:`desktop.services.agenda.kinds` and :mod:`desktop.services.agenda.team`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any, Final

from desktop.cli.common import CommandError, app_context, print_json

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.services.setup import SaveOutcome
    from desktop.settings import AppointmentKind, Settings

ORDER = 6

USUAL_TEMPLATE: Final = "(modèle habituel du métier)"

#: The settings as the Réglages pages group them: (page, ((path, label), …)).
PAGES: Final = (
    (
        "Commerce",
        (
            ("business.name", "Nom du commerce"),
            ("business.address", "Adresse"),
            ("business.phone", "Téléphone"),
            ("business.sector", "Secteur"),
            ("business.opening_hours", "Horaires d'ouverture"),
            ("business.area", "Zone"),
            ("business.review_link", "Lien d'avis"),
            ("business.survey_link", "Lien d'enquête"),
        ),
    ),
    ("Expéditeur", (("sender", "Nom d'expéditeur"),)),
    (
        "Horaires d'envoi",
        (
            ("policy.start", "Promotions à partir de"),
            ("policy.end", "Promotions jusqu'à"),
            ("policy.allowed_weekdays", "Jours des promotions"),
            ("policy.allow_holidays", "Promotions les jours fériés"),
            ("policy.courtesy_start", "Heures de politesse à partir de"),
            ("policy.courtesy_end", "Heures de politesse jusqu'à"),
        ),
    ),
    (
        "Limites",
        (
            ("caps.promotional_per_week", "Promotions par client et par 7 jours"),
            ("caps.promotional_per_month", "Promotions par client et par 30 jours"),
            ("caps.identical_transactional_per_day", "Même message de service par jour"),
            ("caps.review_request_months", "Une demande d'avis tous les (mois)"),
        ),
    ),
    (
        "Agenda",
        (
            ("orders.ready_notice", "Commande prête"),
            ("orders.pickup_reminder_days", "Rappel si pas retirée (jours après, 0 : jamais)"),
            ("orders.survey_days", "Enquête de satisfaction (jours après, 0 : aucune)"),
            ("orders.notice_at", "À l'heure de"),
            ("orders.ready_template", "Modèle « prête »"),
            ("orders.pickup_template", "Modèle du rappel de retrait"),
            ("orders.survey_template", "Modèle de l'enquête"),
            ("orders.on_the_way_template", "Modèle « en route »"),
            ("orders.delay_template", "Modèle « retard »"),
            ("orders.quote_template", "Modèle « date du devis »"),
        ),
    ),
    (
        "Réponses et enquêtes",
        (
            ("replies.confirm_opt_out", "Confirmer un STOP par un SMS"),
            ("surveys.after_visit", "Enquête après une visite"),
            ("surveys.visit_days", "Enquête (jours après la visite)"),
            ("surveys.months_between", "Au plus une enquête tous les (mois, 0 : sans limite)"),
            ("surveys.template", "Modèle de l'enquête"),
            ("surveys.review_after_visit", "Demande d'avis après une visite"),
            ("surveys.review_after_collection", "Demande d'avis après un retrait"),
            ("surveys.review_days", "Demande d'avis (jours après)"),
            ("surveys.review_template", "Modèle de la demande d'avis"),
        ),
    ),
    (
        "Données",
        (
            ("retention_months", "Conserver les messages (mois)"),
            ("backups_to_keep", "Sauvegardes gardées"),
            ("backup_dir", "Dossier des sauvegardes"),
        ),
    ),
)
_READY: Final = {"queue": "prévenir le client aussitôt", "propose": "me proposer de prévenir le client"}
_SECTORS: Final = {
    "optician": "opticien",
    "clinic": "cabinet médical, clinique",
    "craftsman": "artisan",
    "other": "autre commerce",
}
#: The rule options of ``settings kind add|edit``: (option, field of ReminderRule, help).
_RULE_OPTIONS: Final = (
    ("--reminder", "enabled", "envoyer un rappel par SMS : oui ou non"),
    ("--days-before", "days_before", "le rappel part N jour(s) avant (1 à 7)"),
    ("--at", "at", "heure du rappel (HH:MM)"),
    ("--sunday", "sunday_allowed", "le dimanche aussi (sinon la veille ouvrée) : oui ou non"),
    ("--earlier", "earlier_when_booked_ahead", "un jour plus tôt si pris plus de 7 jours avant : oui ou non"),
    ("--morning", "morning_of", "rappel le matin même pour les rendez-vous de l'après-midi : oui ou non"),
    ("--morning-at", "morning_at", "heure du rappel du matin (HH:MM)"),
    ("--confirm", "confirm_late_booking", "pris trop tard pour le rappel : confirmer aussitôt : oui ou non"),
    ("--template", "template", "modèle du rappel (vide : celui du métier)"),
    ("--morning-template", "morning_template", "modèle du rappel du matin (vide : celui du métier)"),
    (
        "--confirmation-template",
        "confirmation_template",
        "modèle de la confirmation (vide : celui du métier)",
    ),
)


def register(subparsers: Any) -> None:
    settings = subparsers.add_parser(
        "settings",
        help="réglages : tout afficher, changer une valeur, l'équipe, les types de rendez-vous",
        description="Sans action : affiche tous les réglages, groupés comme dans la fenêtre (Réglages).",
    )
    _json_flag(settings)
    settings.set_defaults(handler=show_command)
    actions = settings.add_subparsers(dest="settings_command", metavar="ACTION", parser_class=type(settings))

    change = actions.add_parser(
        "set",
        help="change un ou plusieurs réglages, enregistrés ensemble",
        description="Change des réglages par leur chemin (business.name, sender, policy.start, "
        "caps.promotional_per_week, retention_months, surveys.after_visit…) : oui/non, nombres entiers, "
        "heures HH:MM, jours « lun,mar,mer ». Tout est vérifié comme dans la fenêtre ; si une valeur est "
        "refusée, rien n'est enregistré.",
    )
    change.add_argument(
        "changes", nargs="+", metavar="CHEMIN VALEUR", help="un chemin suivi de sa valeur, autant que voulu"
    )
    _json_flag(change)
    change.set_defaults(handler=set_command)

    staff = actions.add_parser("staff", help="l'équipe : praticiens, techniciens ou salles de l'agenda")
    _json_flag(staff)
    staff.set_defaults(handler=staff_command, staff_command=None)
    staff_actions = staff.add_subparsers(dest="staff_command", metavar="ACTION", parser_class=type(staff))
    for name, text in (("add", "ajoute une personne (ou une salle)"), ("remove", "retire une personne")):
        action = staff_actions.add_parser(name, help=text)
        action.add_argument("name", metavar="NOM", help="son nom, tel qu'il apparaît dans l'agenda")
        _json_flag(action)
        action.set_defaults(handler=staff_command)

    kind = actions.add_parser("kind", help="les types de rendez-vous et leurs rappels")
    kind.set_defaults(handler=lambda _args: _usage(kind))
    kind_actions = kind.add_subparsers(dest="kind_command", metavar="ACTION", parser_class=type(kind))
    listing = kind_actions.add_parser("list", help="liste les types de rendez-vous et leurs rappels")
    _json_flag(listing)
    listing.set_defaults(handler=kind_list_command)
    add = kind_actions.add_parser("add", help="ajoute un type de rendez-vous")
    add.add_argument("name", metavar="NOM", help="nom du type (« Consultation »…)")
    _kind_options(add)
    add.set_defaults(handler=kind_add_command)
    edit = kind_actions.add_parser("edit", help="modifie un type de rendez-vous ou ses rappels")
    edit.add_argument("name", metavar="NOM", help="nom du type à modifier")
    edit.add_argument("--name", dest="new_name", metavar="NOUVEAU_NOM", help="le renomme")
    _kind_options(edit)
    edit.set_defaults(handler=kind_edit_command)
    remove = kind_actions.add_parser("remove", help="supprime un type de rendez-vous et ses règles de rappel")
    remove.add_argument("name", metavar="NOM", help="nom du type à supprimer")
    remove.add_argument("--yes", action="store_true", help="confirme la suppression")
    _json_flag(remove)
    remove.set_defaults(handler=kind_remove_command)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="sortie JSON")


def _kind_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--duration", metavar="MINUTES", help="durée habituelle en minutes (5 à 720)")
    for option, _field, text in _RULE_OPTIONS:
        parser.add_argument(option, metavar="VALEUR", help=text)
    _json_flag(parser)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# ---------------------------------------------------------------------------------------- saving


def _save(context: AppContext, candidate: Settings) -> SaveOutcome:
    """Save ``candidate`` as « Enregistrer » does, then plan the upcoming reminders again."""
    from desktop.core import catalogue
    from desktop.services import setup

    try:
        outcome = setup.save_settings(context.settings, context.accounts, candidate, context.templates)
    except setup.SettingsInvalidError as exc:
        lines = [catalogue.explain(p.code, **dict(p.params)) for p in exc.problems]
        raise CommandError("\n".join([*lines, "Rien n'a été enregistré."])) from exc
    finally:
        context.accounts.close()
    context.reminders.replan_upcoming()
    return outcome


def _check_templates(context: AppContext, values: list[tuple[str, Any]]) -> None:
    """Template fields name an active template of their purpose, as the window's lists offer them."""
    from desktop.services import template_fields

    named = [(path, value) for path, value in values if template_fields.is_template_field(path)]
    if any(value for _path, value in named):
        template_fields.check(context.templates.list_templates(active_only=True), named)


def _saved_lines(outcome: SaveOutcome) -> list[str]:
    lines = ["Réglages enregistrés."]
    if outcome.senders_updated:
        lines.append("Nouvel expéditeur appliqué aux comptes : " + ", ".join(outcome.senders_updated) + ".")
    if outcome.templates_installed:
        lines.append(f"{outcome.templates_installed} modèle(s) de SMS ajouté(s) pour ce métier.")
    return lines


def _outcome_json(outcome: SaveOutcome) -> dict[str, Any]:
    return {
        "settings": _document(outcome.settings),
        "senders_updated": list(outcome.senders_updated),
        "templates_installed": outcome.templates_installed,
    }


def _document(settings: Settings) -> dict[str, Any]:
    """The stored document's shape (it holds no secret: those live in the keyring)."""
    document: dict[str, Any] = json.loads(settings.to_json())
    return document


# ---------------------------------------------------------------------------------------- reading


def show_command(args: argparse.Namespace) -> int:
    from desktop.services.agenda.defaults import stored_kinds

    with app_context(args) as context:
        settings = context.settings.get()
    if args.json:
        print_json(_document(settings))
        return 0
    from desktop.services.settings_paths import value_at

    for title, rows in PAGES:
        print(f"— {title}")
        if title == "Agenda":
            print("  Équipe : " + (", ".join(settings.staff) or "(personne)") + "   [settings staff]")
            print("  Types de rendez-vous et rappels :   [settings kind]")
            for kind in stored_kinds(settings):
                print("    " + _kind_line(kind))
            print("  Commandes et interventions :")
        for path, label in rows:
            print(f"  {label} : {_shown(path, value_at(settings, path))}   [{path}]")
        if title == "Réponses et enquêtes":
            keywords = settings.replies.keywords
            print(f"  Mots-clés : {', '.join(k.word for k in keywords) or '(aucun)'}   [comptoir keywords]")
    return 0


def _shown(path: str, value: Any) -> str:
    """A setting's value as the window shows it."""
    from desktop.core.phones import format_national
    from desktop.services.settings_paths import WEEKDAYS

    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, frozenset):
        return ", ".join(WEEKDAYS[day] for day in sorted(value)) or "(aucun)"
    if path == "business.sector":
        return f"{_SECTORS.get(value.value, value.value)} ({value.value})"
    if path == "business.phone" and value.startswith("+"):
        return str(format_national(value))
    if path == "orders.ready_notice":
        return f"{_READY.get(value, value)} ({value})"
    if path.endswith("template") and not value:
        return USUAL_TEMPLATE
    return str(value) if value != "" else "—"


def _kind_line(kind: AppointmentKind) -> str:
    rule = kind.rule
    text = f"{kind.name} : {kind.duration_minutes} min"
    if not rule.enabled:
        return text + ", sans rappel"
    text += f", rappel {rule.days_before} jour(s) avant à {rule.at:%H:%M}"
    if rule.sunday_allowed:
        text += ", le dimanche aussi"
    if rule.earlier_when_booked_ahead:
        text += ", un jour plus tôt si pris plus de 7 jours avant"
    if rule.morning_of:
        text += f", le matin même à {rule.morning_at:%H:%M} pour l'après-midi"
    if rule.confirm_late_booking:
        text += ", confirmation si pris trop tard"
    templates = (rule.template, rule.morning_template, rule.confirmation_template)
    if any(templates):
        text += " — modèles : " + ", ".join(name or USUAL_TEMPLATE for name in templates)
    return text


# ---------------------------------------------------------------------------------------- set


def set_command(args: argparse.Namespace) -> int:
    from desktop.services import settings_paths

    values: list[str] = args.changes
    if len(values) % 2:
        raise CommandError(
            f"il manque la valeur de « {values[-1]} » : donnez chaque réglage suivi de sa valeur "
            "(par exemple : settings set caps.promotional_per_week 2). Rien n'a été enregistré."
        )
    changes = list(zip(values[::2], values[1::2], strict=True))
    with app_context(args) as context:
        candidate = settings_paths.with_values(context.settings.get(), changes)
        _check_templates(context, [(p, settings_paths.value_at(candidate, p)) for p, _text in changes])
        outcome = _save(context, candidate)
    if args.json:
        print_json(_outcome_json(outcome))
        return 0
    for path, _text in changes:
        print(f"{path} : {_shown(path, settings_paths.value_at(outcome.settings, path))}")
    print("\n".join(_saved_lines(outcome)))
    return 0


# ---------------------------------------------------------------------------------------- staff


def staff_command(args: argparse.Namespace) -> int:
    from desktop.services.agenda import team

    with app_context(args) as context:
        current = context.settings.get()
        if args.staff_command is None:
            staff = current.staff
        else:
            change = team.add if args.staff_command == "add" else team.remove
            staff = _save(context, change(current, args.name)).settings.staff
    if args.json:
        print_json({"staff": list(staff)})
        return 0
    print("Équipe : " + (", ".join(staff) or "(personne)"))
    return 0


# ---------------------------------------------------------------------------------------- kinds


def kind_list_command(args: argparse.Namespace) -> int:
    from desktop.services.agenda.defaults import stored_kinds

    with app_context(args) as context:
        settings = context.settings.get()
    kinds = stored_kinds(settings)
    if args.json:
        print_json({"kinds": [_kind_json(k) for k in kinds], "sector_usual": not settings.agenda.kinds})
        return 0
    if not settings.agenda.kinds:
        print("Types habituels du métier (modifiez-en un pour les garder tels quels) :")
    for kind in kinds:
        print(_kind_line(kind))
    return 0


def kind_add_command(args: argparse.Namespace) -> int:
    from desktop.services.agenda import kinds
    from desktop.settings import AppointmentKind

    with app_context(args) as context:
        current = context.settings.get()
        kind = _edited(AppointmentKind(name=args.name), args)
        _check_templates(context, _rule_templates(args))
        outcome = _save(context, kinds.add(current, kind))
    return _print_kind(args, kinds.find(outcome.settings, args.name), "ajouté")


def kind_edit_command(args: argparse.Namespace) -> int:
    from desktop.services.agenda import kinds

    with app_context(args) as context:
        current = context.settings.get()
        kind = _edited(kinds.find(current, args.name), args)
        _check_templates(context, _rule_templates(args))
        outcome = _save(context, kinds.edit(current, args.name, kind))
    return _print_kind(args, kinds.find(outcome.settings, kind.name), "modifié")


def kind_remove_command(args: argparse.Namespace) -> int:
    from desktop.core import catalogue
    from desktop.services.agenda import kinds

    with app_context(args) as context:
        current = context.settings.get()
        removed = kinds.find(current, args.name)
        candidate = kinds.remove(current, args.name)
        if not args.yes:
            raise CommandError(catalogue.explain("settings_kind_remove_needs_confirmation"))
        _save(context, candidate)
    if args.json:
        print_json({"removed": removed.name})
        return 0
    print(f"Type de rendez-vous « {removed.name} » supprimé.")
    return 0


def _edited(kind: AppointmentKind, args: argparse.Namespace) -> AppointmentKind:
    """``kind`` with the options given on the command line, each read as its stored value is."""
    import dataclasses

    from desktop.services.settings_paths import read_value

    changes: dict[str, Any] = {}
    if getattr(args, "new_name", None) is not None:
        changes["name"] = args.new_name
    if args.duration is not None:
        changes["duration_minutes"] = read_value(kind.duration_minutes, args.duration, "--duration")
    rule: dict[str, Any] = {}
    for option, field, _text in _RULE_OPTIONS:
        given = getattr(args, option.lstrip("-").replace("-", "_"))
        if given is not None:
            rule[field] = read_value(getattr(kind.rule, field), given, option)
    return dataclasses.replace(kind, rule=dataclasses.replace(kind.rule, **rule), **changes)


def _rule_templates(args: argparse.Namespace) -> list[tuple[str, Any]]:
    """The template options given, as (option, name)."""
    found = [
        (option, getattr(args, option.lstrip("-").replace("-", "_"))) for option, _f, _t in _RULE_OPTIONS
    ]
    return [(option, value) for option, value in found if option.endswith("template") and value is not None]


def _kind_json(kind: AppointmentKind) -> dict[str, Any]:
    """A kind of appointment as the stored document holds it."""
    from desktop.settings import AgendaSettings, Settings

    document = json.loads(Settings(agenda=AgendaSettings(kinds=(kind,))).to_json())
    encoded: dict[str, Any] = document["agenda"]["kinds"][0]
    return encoded


def _print_kind(args: argparse.Namespace, kind: AppointmentKind, done: str) -> int:
    if args.json:
        print_json(_kind_json(kind))
        return 0
    print(f"Type de rendez-vous {done} : {_kind_line(kind)}")
    return 0
