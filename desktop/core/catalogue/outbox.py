"""Texts for the outbox and the dispatcher: message status names and their own codes.

Status names are ``status_<MessageStatus value>`` (e.g. ``status_deferred`` → « Reporté (heures légales) »);
:func:`status_name` reads them in the current language.
"""

from __future__ import annotations

from desktop.core import catalogue

TEXTS = {
    # ------------------------------------------------------------------ status names (product.md §4.4)
    "status_queued": ("En file d'attente", "Queued"),
    "status_sending": ("En cours d'envoi", "Sending"),
    "status_sent": ("Envoyé", "Sent"),
    "status_delivered": ("Livré", "Delivered"),
    "status_undelivered": ("Non livré", "Undelivered"),
    "status_failed": ("Échec", "Failed"),
    "status_expired": ("Expiré", "Expired"),
    "status_uncertain": ("Incertain", "Uncertain"),
    "status_cancelled": ("Annulé", "Cancelled"),
    "status_deferred": ("Reporté (heures légales)", "Deferred (legal hours)"),
    # ------------------------------------------------------------------ dispatcher codes
    "retries_exhausted": (
        "Le fournisseur SMS est resté injoignable malgré plusieurs tentatives. Vérifiez la connexion "
        "Internet et le compte SMS, puis relancez l'envoi.",
        "The SMS provider stayed unreachable despite several attempts. Check the Internet connection and "
        "the SMS account, then send again.",
    ),
    "interrupted": (
        "L'envoi a été interrompu (arrêt du programme ou de l'ordinateur) : Comptoir vérifie auprès du "
        "fournisseur si le SMS est parti avant de le renvoyer.",
        "Sending was interrupted (the program or the computer stopped): Comptoir checks with the provider "
        "whether the SMS left before sending it again.",
    ),
    "cannot_verify": (
        "Impossible de savoir si ce SMS est parti : le fournisseur ne permet pas de le vérifier. Regardez "
        "l'historique de votre compte SMS, puis choisissez « Marquer comme envoyé » ou « Renvoyer ».",
        "There is no way to know whether this SMS left: the provider cannot tell. Check your SMS account's "
        "history, then choose “Mark as sent” or “Send again”.",
    ),
    "internal_error": (
        "Une erreur interne s'est produite pendant l'envoi ; elle a été notée dans le journal. Le SMS est "
        "marqué incertain tant que Comptoir n'a pas vérifié s'il est parti.",
        "An internal error occurred while sending; it was written to the log. The SMS is marked uncertain "
        "until Comptoir has checked whether it left.",
    ),
    # ------------------------------------------------------------------ outbox codes
    "transition_not_allowed": (
        "Impossible : ce message est « {status} » et ne peut plus être modifié ainsi.",
        "Not possible: this message is “{status}” and can no longer be changed this way.",
    ),
    "empty_body": ("Le message est vide.", "The message is empty."),
    "unknown_template": (
        "Aucun modèle ne s'appelle « {name} ». Vérifiez son nom dans Modèles.",
        "No template is called “{name}”. Check its name in Templates.",
    ),
    "dispatcher_running": (
        "L'envoi des SMS tourne déjà sur cet ordinateur (dans la fenêtre de Comptoir ou une autre commande). "
        "Un seul répartiteur à la fois par poste.",
        "SMS sending is already running on this computer (in Comptoir's window or another command). Only "
        "one dispatcher at a time per desk.",
    ),
}


def status_name(status: str, lang: str | None = None) -> str:
    """« Livré », « Reporté (heures légales) »… for a :class:`~desktop.core.entities.MessageStatus` value."""
    return catalogue.explain(f"status_{status}", lang)
