"""Texts for the problems of a message template (`desktop.core.templates.ProblemCode`).

Placeholders: ``{name}``, the variable concerned. `explain_problem` picks the right text for a
`TemplateProblem`, including empty braces (no name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core import catalogue

if TYPE_CHECKING:
    from desktop.core.templates import TemplateProblem

TEXTS = {
    "unknown_variable": (
        "Variable inconnue « {name} » : vérifiez l'orthographe ou choisissez-la dans la liste.",
        "Unknown variable “{name}”: check the spelling or pick it from the list.",
    ),
    "unbalanced_open": (
        "Une accolade ouvrante n'est jamais fermée. Pour écrire une accolade dans le message, doublez-la.",
        "An opening brace is never closed. To write a brace in the message, double it.",
    ),
    "unbalanced_close": (
        "Une accolade fermante ne ferme aucune variable. Pour écrire une accolade dans le message, "
        "doublez-la.",
        "A closing brace closes no variable. To write a brace in the message, double it.",
    ),
    "invalid_name": (
        "Nom de variable incorrect « {name} » : lettres minuscules sans accent, chiffres et _ seulement, "
        "par exemple prenom.",
        "Invalid variable name “{name}”: lower-case letters without accents, digits and _ only, "
        "for example prenom.",
    ),
    "empty_variable": (
        "Accolades vides : écrivez le nom d'une variable entre les deux, ou choisissez-la dans la liste.",
        "Empty braces: write a variable name between them, or pick it from the list.",
    ),
    "invalid_default": (
        "Une valeur par défaut (après la barre « | ») ne peut pas contenir d'accolade.",
        "A default value (after the bar “|”) cannot contain a brace.",
    ),
    "missing_value": (
        "« {name} » est vide pour ce client et n'a pas de valeur par défaut. Complétez la fiche, ou "
        "ajoutez une valeur par défaut après une barre (par exemple prenom|Madame, Monsieur).",
        "“{name}” is empty for this client and has no default. Complete the client's card, or add a "
        "default after a bar (for example prenom|Madam, Sir).",
    ),
}


def explain_problem(problem: TemplateProblem, lang: str | None = None) -> str:
    """The sentence for one template problem, in the current (or given) language."""
    if problem.name is None and problem.code == "invalid_name":
        return catalogue.explain("empty_variable", lang)
    return catalogue.explain(str(problem.code), lang, name=problem.name or "")
