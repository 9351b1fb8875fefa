"""Texts for the composer's own codes (`desktop.services.compose`); ``missing_value`` is in ``templates``.

Placeholders: ``{name}``, the variable concerned.
"""

TEXTS = {
    "compose_business_value_missing": (
        "« {name} » n'est pas renseigné dans les réglages du commerce : complétez-le (Réglages › Commerce), "
        "ou ajoutez une valeur par défaut après une barre (par exemple {{name}|notre boutique}).",
        "“{name}” is not filled in the business settings: complete it (Settings › Business), or add a "
        "default after a bar (for example {{name}|our shop}).",
    ),
    "compose_variable_unavailable": (
        "« {name} » vient d'un rendez-vous ou d'une commande : il ne peut pas être rempli depuis la fiche "
        "du client. Retirez-le du message, ou ajoutez une valeur par défaut après une barre.",
        "“{name}” comes from an appointment or an order: it cannot be filled from the client's card. "
        "Remove it from the message, or add a default after a bar.",
    ),
    "compose_body_invalid": (
        "Le message contient des erreurs (accolades, variables inconnues) : corrigez-les avant d'envoyer.",
        "The message has errors (braces, unknown variables): fix them before sending.",
    ),
    "compose_nobody": (
        "Aucun destinataire ne peut recevoir ce message : les raisons sont indiquées pour chacun.",
        "No recipient can receive this message: the reasons are given for each one.",
    ),
    "compose_schedule_past": (
        "Ce moment est déjà passé : choisissez une date et une heure à venir.",
        "That moment has already passed: choose a date and time to come.",
    ),
}
