"""Texts for the stable codes SMS provider adapters raise (desktop/providers/base.py)."""

TEXTS = {
    "timeout": (
        "Le fournisseur SMS n'a pas répondu à temps. Comptoir réessaiera automatiquement.",
        "The SMS provider did not answer in time. Comptoir will try again automatically.",
    ),
    "connection_error": (
        "Impossible de joindre le fournisseur SMS (connexion Internet ?). Comptoir réessaiera automatiquement.",
        "Cannot reach the SMS provider (Internet connection?). Comptoir will try again automatically.",
    ),
    "rate_limited": (
        "Le fournisseur SMS demande de ralentir. Les envois reprendront d'eux-mêmes dans un instant.",
        "The SMS provider asks to slow down. Sending will resume by itself in a moment.",
    ),
    "server_error": (
        "Le fournisseur SMS rencontre une panne passagère. Comptoir réessaiera automatiquement.",
        "The SMS provider has a temporary outage. Comptoir will try again automatically.",
    ),
    "bad_response": (
        "Le fournisseur SMS a envoyé une réponse illisible. Comptoir réessaiera automatiquement.",
        "The SMS provider sent an unreadable answer. Comptoir will try again automatically.",
    ),
    "invalid_number": (
        "Ce numéro n'est pas valide pour recevoir des SMS. Vérifiez-le sur la fiche du client.",
        "This number cannot receive SMS. Check it on the client's card.",
    ),
    "opted_out": (
        "Ce client a répondu STOP : le fournisseur bloque les envois vers son numéro. Il a été désinscrit.",
        "This client replied STOP: the provider blocks messages to this number. The client was opted out.",
    ),
    "cannot_route": (
        "Le fournisseur SMS ne peut pas acheminer de message vers ce numéro (pays ou opérateur non couvert).",
        "The SMS provider cannot deliver to this number (country or operator not covered).",
    ),
    "auth_failed": (
        "Identifiants du compte SMS refusés. Vérifiez-les dans Réglages › Comptes SMS.",
        "The SMS account credentials were refused. Check them in Settings › SMS accounts.",
    ),
    "insufficient_credit": (
        "Crédit SMS épuisé sur le compte du fournisseur. Rechargez-le puis relancez l'envoi.",
        "The SMS account has no credit left. Top it up, then retry.",
    ),
    "sender_refused": (
        "Le nom d'expéditeur a été refusé par le fournisseur. Choisissez-en un validé chez lui.",
        "The sender name was refused by the provider. Choose one it has approved.",
    ),
    "bad_request": (
        "Le fournisseur SMS a refusé ce message ({detail}).",
        "The SMS provider refused this message ({detail}).",
    ),
    "message_too_long": (
        "Ce message est trop long pour le fournisseur SMS. Raccourcissez-le.",
        "This message is too long for the SMS provider. Shorten it.",
    ),
    "not_supported": (
        "Ce fournisseur SMS ne permet pas cette opération.",
        "This SMS provider does not support this operation.",
    ),
    "undelivered": (
        "Le message n'a pas pu être remis au téléphone du client (téléphone éteint, numéro inactif…).",
        "The message could not be delivered to the client's phone (switched off, inactive number…).",
    ),
    "expired": (
        "Le message n'a pas pu être remis avant son expiration.",
        "The message could not be delivered before it expired.",
    ),
}
