"""Texts for the codes of the gate every outgoing message goes through (`desktop.core.outgoing`,
`desktop.services.sending`) and of the composer built on it; ``missing_value`` and the problems of a body
are in ``templates``.

Placeholders: ``{name}``, the variable concerned; ``{n}``, a position counted from 1 for people.
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
    "variable_empty": (
        "« {name} » est vide pour ce message et n'a pas de valeur par défaut : complétez-le, ou ajoutez une "
        "valeur par défaut après une barre.",
        "“{name}” is empty for this message and has no default: fill it in, or add a default after a bar.",
    ),
    "variable_no_client": (
        "« {name} » vient de la fiche d'un client, or ce numéro n'est celui d'aucun client. Retirez-le du "
        "message, ajoutez une valeur par défaut après une barre (par exemple {{name}|Madame, Monsieur}), "
        "ou créez d'abord la fiche du client.",
        "“{name}” comes from a client's card, but this number belongs to no client. Remove it from the "
        "message, add a default after a bar (for example {{name}|Madam, Sir}), or create the client's "
        "card first.",
    ),
    "at_character": ("(caractère {n})", "(character {n})"),
    # The client's own accents (desktop.core.outgoing.PlainNames); {spelling}: « François → Francois ».
    "plain_names_proposed": (
        "Les accents du nom de ce client font passer son message de {plain_segments} à {segments} SMS. "
        "Écrit sans ces accents pour ce message seulement ({spelling}), il tient en {plain_segments} SMS"
        "[ : {saving} d'économie]. Sa fiche ne change pas.",
        "The accents in this client's name take their message from {plain_segments} to {segments} SMS. "
        "Written without them for this message only ({spelling}), it fits in {plain_segments} SMS"
        "[: {saving} saved]. Their card does not change.",
    ),
    "plain_names_applied": (
        "Pour ce message seulement, le nom de ce client est écrit sans accents ({spelling}) : "
        "{plain_segments} SMS au lieu de {segments}[, {saving} d'économie]. Sa fiche ne change pas.",
        "For this message only, this client's name is written without accents ({spelling}): "
        "{plain_segments} SMS instead of {segments}[, {saving} saved]. Their card does not change.",
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
    "send_no_addressee": (
        "Indiquez à qui envoyer le message : un client ou un numéro.",
        "Say who the message goes to: a client or a number.",
    ),
    "send_unknown_client": (
        "Le client n° {client} n'existe plus (il a peut-être été supprimé depuis un autre poste).",
        "Client no. {client} no longer exists (it may have been deleted from another desk).",
    ),
}
