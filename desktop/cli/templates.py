"""``templates`` and ``template show|add|edit|enable|disable|delete|variables|presets``: the Modèles screen
from the command line, on the same :class:`~desktop.services.templates.TemplateService` calls.

Saving goes through the service's validation: a body with an unknown variable or a broken ``{…}`` is refused
(exit 1) with the editor's sentences, each with its position in the text (counted from 1) and the text
underlined below it. Deleting a template that messages already used only deactivates it, and says so, as
the window does. A template is named by its name (case and accents ignored, as ``send --template``) or by
its number.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, app_context, print_json
from desktop.core import catalogue
from desktop.core.entities import Purpose, Sector

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.entities import Template
    from desktop.services.presets import PresetTemplate
    from desktop.services.templates import TemplateValidationError, VariableInfo

ORDER = 45

_SECTORS = [s.value for s in Sector]
_PURPOSES = [p.value for p in Purpose]


def register(subparsers: Any) -> None:
    listing = subparsers.add_parser("templates", help="liste les modèles de messages (actifs seulement)")
    listing.add_argument("--all", action="store_true", help="aussi les modèles désactivés")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=list_command)

    template = subparsers.add_parser(
        "template", help="un modèle de message : voir, ajouter, modifier, activer, supprimer ; variables"
    )
    template.set_defaults(handler=lambda _args: _usage(template))
    actions = template.add_subparsers(dest="template_command", metavar="ACTION", parser_class=type(template))

    show = actions.add_parser("show", help="affiche un modèle")
    _add_ref(show)
    _add_json(show, show_command)

    add = actions.add_parser(
        "add",
        help="ajoute un modèle (mêmes vérifications que l'éditeur)",
        description="Ajoute un modèle. Le texte peut contenir des variables comme {prenom} (voir "
        "« template variables ») ; « --text - » le lit sur l'entrée standard.",
    )
    add.add_argument("--name", required=True, metavar="NOM", help="nom du modèle")
    add.add_argument("--text", required=True, metavar="TEXTE", help="texte du SMS (« - » : entrée standard)")
    add.add_argument(
        "--purpose", choices=_PURPOSES, default=Purpose.TRANSACTIONAL.value, help="nature (transactionnel)"
    )
    add.add_argument(
        "--inactive", action="store_true", help="l'enregistrer désactivé (non proposé à l'envoi)"
    )
    _add_json(add, add_command)

    edit = actions.add_parser("edit", help="modifie le nom, le texte ou la nature d'un modèle")
    _add_ref(edit)
    edit.add_argument("--name", metavar="NOM", help="nouveau nom")
    edit.add_argument("--text", metavar="TEXTE", help="nouveau texte (« - » : entrée standard)")
    edit.add_argument("--purpose", choices=_PURPOSES, help="nouvelle nature")
    _add_json(edit, edit_command)

    enable = actions.add_parser("enable", help="active un modèle (proposé à l'envoi)")
    _add_ref(enable)
    _add_json(enable, lambda args: active_command(args, True))

    disable = actions.add_parser("disable", help="désactive un modèle (gardé, plus proposé à l'envoi)")
    _add_ref(disable)
    _add_json(disable, lambda args: active_command(args, False))

    delete = actions.add_parser(
        "delete",
        help="supprime un modèle (désactivé seulement s'il a déjà servi)",
        description="Supprime un modèle. Un modèle qui a déjà servi à envoyer des messages est désactivé "
        "plutôt que supprimé, pour garder l'historique et les statistiques.",
    )
    _add_ref(delete)
    delete.add_argument("--yes", action="store_true", help="confirme la suppression (sans question)")
    _add_json(delete, delete_command)

    variables = actions.add_parser("variables", help="les variables utilisables dans un modèle")
    variables.add_argument(
        "--sector", choices=_SECTORS, help="secteur (par défaut celui du commerce, dans les Réglages)"
    )
    _add_json(variables, variables_command)

    presets = actions.add_parser(
        "presets",
        help="les modèles prêts à l'emploi du secteur ; --install ajoute ceux qui manquent",
    )
    presets.add_argument(
        "--sector", choices=_SECTORS, help="secteur (par défaut celui du commerce, dans les Réglages)"
    )
    presets.add_argument(
        "--install", action="store_true", help="ajoute ceux dont le nom n'est pas encore pris"
    )
    _add_json(presets, presets_command)


def _add_ref(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "template", metavar="MODÈLE", help="nom du modèle, ou son numéro (voir « templates »)"
    )


def _add_json(parser: argparse.ArgumentParser, handler: Any) -> None:
    parser.add_argument("--json", action="store_true", help="sortie JSON")
    parser.set_defaults(handler=handler)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


# ---------------------------------------------------------------------------------------- reading


def list_command(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        found = context.templates.list_templates(active_only=not args.all)
    if args.json:
        print_json([_template_json(t) for t in found])
        return 0
    if not found:
        print("Aucun modèle." + ("" if args.all else " (« templates --all » montre aussi les désactivés.)"))
    for template in found:
        state = "" if template.active else "  (désactivé)"
        print(f"{template.id:>4}  {template.name}  [{_purpose_name(template.purpose)}]{state}")
        print("      " + template.body.replace("\n", "\n      "))
    return 0


def show_command(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        template = _find(context, args.template)
    _print_template(template, args.json)
    return 0


def variables_command(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        sector = Sector(args.sector) if args.sector else context.settings.get().business.sector
        found = context.templates.variables_for(sector)
    if args.json:
        print_json({"sector": sector.value, "variables": [_variable_json(v) for v in found]})
        return 0
    print(
        f"Variables des modèles (secteur « {sector.value} ») ; une valeur par défaut s'écrit {{prenom|Madame}} :"
    )
    for variable in found:
        print(f"  {variable.placeholder:<22} {variable.label}")
    return 0


def presets_command(args: argparse.Namespace) -> int:
    from desktop.core.text import fold

    with app_context(args) as context:
        service = context.templates
        sector = Sector(args.sector) if args.sector else context.settings.get().business.sector
        presets = service.presets(sector)
        installed = service.install_presets(sector) if args.install else []
        taken = {fold(t.name) for t in service.list_templates()}
    new_names = {t.name for t in installed}
    rows = [_preset_json(p, fold(p.name) in taken, p.name in new_names) for p in presets]
    if args.json:
        print_json({"sector": sector.value, "installed": len(installed), "presets": rows})
        return 0
    for row in rows:
        mark = "ajouté" if row["installed_now"] else ("présent" if row["present"] else "absent")
        print(f"  [{mark:<7}] {row['name']}  [{row['purpose_label']}]")
    if args.install:
        print(
            f"{len(installed)} modèle(s) ajouté(s) ; ceux dont le nom était déjà pris sont gardés tels quels."
        )
    elif any(not row["present"] for row in rows):
        print("Pour ajouter les absents : template presets --install")
    return 0


# ---------------------------------------------------------------------------------------- writing


def add_command(args: argparse.Namespace) -> int:
    from desktop.services.templates import TemplateDraft, TemplateValidationError

    draft = TemplateDraft(
        name=args.name, purpose=Purpose(args.purpose), body=_text(args.text), active=not args.inactive
    )
    with app_context(args) as context:
        try:
            template = context.templates.create(draft)
        except TemplateValidationError as exc:
            raise CommandError(refusal(exc, draft.body)) from exc
    if not args.json:
        print(f"Modèle « {template.name} » enregistré (n° {template.id}).")
    _print_template(template, args.json)
    return 0


def edit_command(args: argparse.Namespace) -> int:
    from desktop.services.templates import TemplateDraft, TemplateValidationError

    if args.name is None and args.text is None and args.purpose is None:
        raise CommandError(catalogue.explain("cli_template_nothing_to_change"))
    with app_context(args) as context:
        current = _find(context, args.template)
        draft = TemplateDraft(  # what the editor holds once the given fields are changed
            name=current.name if args.name is None else args.name,
            purpose=current.purpose if args.purpose is None else Purpose(args.purpose),
            body=current.body if args.text is None else _text(args.text),
            active=current.active,
            sector=current.sector,
        )
        try:
            template = context.templates.update(current.id, draft)
        except TemplateValidationError as exc:
            raise CommandError(refusal(exc, draft.body)) from exc
    if not args.json:
        print(f"Modèle « {template.name} » enregistré.")
    _print_template(template, args.json)
    return 0


def active_command(args: argparse.Namespace, active: bool) -> int:
    with app_context(args) as context:
        current = _find(context, args.template)
        template = context.templates.set_active(current.id, active)
    if args.json:
        print_json(_template_json(template))
    elif active:
        print(f"Modèle « {template.name} » activé : il est proposé à l'envoi.")
    else:
        print(f"Modèle « {template.name} » désactivé : il n'est plus proposé à l'envoi.")
    return 0


def delete_command(args: argparse.Namespace) -> int:
    from desktop.services.templates import DEACTIVATED_IN_USE, DeleteOutcome

    with app_context(args) as context:
        template = _find(context, args.template)
        if not args.yes and not _confirmed(template.name):
            raise CommandError(
                catalogue.explain("cli_template_delete_needs_confirmation", name=template.name)
            )
        outcome = context.templates.delete(template.id)
    code = DEACTIVATED_IN_USE if outcome is DeleteOutcome.DEACTIVATED else "template_deleted"
    text = catalogue.explain(code, name=template.name)
    if args.json:
        print_json({"id": template.id, "name": template.name, "outcome": outcome.value, "text": text})
    else:
        print(text)
    return 0


def _confirmed(name: str) -> bool:
    """Ask on a terminal; never on a pipe (a script must say --yes)."""
    if not sys.stdin.isatty():
        return False
    answer = input(f"Supprimer le modèle « {name} » ? Tapez « oui » pour confirmer : ")
    return answer.strip().lower() == "oui"


def refusal(error: TemplateValidationError, body: str) -> str:
    """The service's refusal as the editor shows it: the name's problem, then each problem of the body with
    its position (from 1) and the text underlined."""
    from desktop.core.catalogue.templates import explain_problem

    lines: list[str] = []
    if "name" in error.errors:
        lines.append(catalogue.explain(error.errors["name"], **error.params))
    code = error.errors.get("body")
    if code is not None:
        lines.append(catalogue.explain("cli_template_body_invalid" if error.problems else code))
    for problem in error.problems:
        at = catalogue.explain("at_character", n=problem.position + 1)
        lines.append(f"  - {explain_problem(problem)} {at}")
        lines.extend(_underlined(body, problem.position, problem.length))
    return "\n".join(lines)


def _underlined(body: str, position: int, length: int) -> list[str]:
    """The line of ``body`` holding ``position``, with carets under ``length`` characters from there."""
    start = body.rfind("\n", 0, position) + 1
    end = body.find("\n", position)
    line = body[start : end if end != -1 else len(body)]
    column = position - start
    width = max(1, min(length, len(line) - column))
    return [f"      {line}", "      " + " " * column + "^" * width]


# ---------------------------------------------------------------------------------------- helpers


def _find(context: AppContext, ref: str) -> Template:
    """The template called ``ref`` (as ``send --template`` finds it), else the one numbered ``ref``."""
    from desktop.storage.errors import NotFoundError

    template = context.templates.get_by_name(ref)
    if template is None and ref.strip().isdigit():
        try:
            template = context.templates.get(int(ref))
        except NotFoundError:
            template = None
    if template is None:
        raise CommandError(catalogue.explain("unknown_template", name=ref))
    return template


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def _purpose_name(purpose: Purpose | str) -> str:
    return catalogue.explain(f"purpose_{Purpose(purpose).value}")


def _print_template(template: Template, as_json: bool) -> None:
    if as_json:
        print_json(_template_json(template))
        return
    print(f"n° {template.id}  {template.name}")
    print(f"Nature : {_purpose_name(template.purpose)}")
    print("Actif : oui (proposé à l'envoi)" if template.active else "Actif : non (pas proposé à l'envoi)")
    print("Texte :")
    print("  " + template.body.replace("\n", "\n  "))


def _template_json(template: Template) -> dict[str, Any]:
    return {
        "id": template.id,
        "name": template.name,
        "purpose": Purpose(template.purpose).value,
        "purpose_label": _purpose_name(template.purpose),
        "active": template.active,
        "sector": template.sector,
        "body": template.body,
    }


def _variable_json(variable: VariableInfo) -> dict[str, Any]:
    return {
        "name": variable.name,
        "placeholder": variable.placeholder,
        "label": variable.label,
        "source": variable.source,
    }


def _preset_json(preset: PresetTemplate, present: bool, installed_now: bool) -> dict[str, Any]:
    return {
        "key": preset.key,
        "name": preset.name,
        "purpose": preset.purpose.value,
        "purpose_label": _purpose_name(preset.purpose),
        "sector": preset.sector,
        "body": preset.body,
        "present": present,
        "installed_now": installed_now,
    }
