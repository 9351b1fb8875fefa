"""Texts of the ``templates`` / ``template`` and ``message`` commands that no service words itself: the
purpose names, the refusals of a command (a template body with errors, a missing ``--yes``), and the
questions asked before an action on a message."""

from __future__ import annotations

TEXTS = {
    # ------------------------------------------------------------------ purposes
    "purpose_transactional": ("Transactionnel", "Transactional"),
    "purpose_promotional": ("Promotionnel", "Promotional"),
    "purpose_survey": ("Enquête", "Survey"),
    # ------------------------------------------------------------------ templates
    "cli_template_body_invalid": (
        "Le texte du modèle contient des erreurs : corrigez-les avant d'enregistrer. Un modèle avec une "
        "variable inconnue ne pourrait jamais être envoyé.",
        "The template's text contains errors: correct them before saving. A template with an unknown "
        "variable could never be sent.",
    ),
    "cli_template_delete_needs_confirmation": (
        "Supprimer le modèle « {name} » : ajoutez --yes pour confirmer.",
        "Deleting the template “{name}”: add --yes to confirm.",
    ),
    "cli_template_nothing_to_change": (
        "Rien à modifier : indiquez --name, --text ou --purpose.",
        "Nothing to change: give --name, --text or --purpose.",
    ),
    # ------------------------------------------------------------------ messages
    "cli_unknown_message": (
        "Aucun message n° {id}. Vérifiez son numéro avec la commande « messages ».",
        "No message number {id}. Check its number with the “messages” command.",
    ),
    "cli_message_already_due": (
        "Le message n° {id} part déjà au prochain passage de l'envoi : rien à avancer.",
        "Message number {id} already leaves at the next sending pass: nothing to bring forward.",
    ),
    "cli_message_needs_confirmation": (
        "{question} Ajoutez --yes pour confirmer.",
        "{question} Add --yes to confirm.",
    ),
    "cli_confirm_retry": (
        "Renvoyer le message n° {id} maintenant ?",
        "Send message number {id} again now?",
    ),
    "cli_confirm_retry_uncertain": (
        "Comptoir ne sait pas si le message n° {id} est parti. Il a peut-être déjà été reçu. Le renvoyer "
        "quand même ?",
        "Comptoir does not know whether message number {id} left. It may already have been received. Send "
        "it again anyway?",
    ),
    "cli_confirm_mark_sent": (
        "Marquer le message n° {id} comme envoyé ? Comptoir ne le renverra pas.",
        "Mark message number {id} as sent? Comptoir will not send it again.",
    ),
    "cli_confirm_cancel": (
        "Annuler l'envoi du message n° {id} ? Il ne partira pas.",
        "Cancel sending message number {id}? It will not leave.",
    ),
    "cli_confirm_cancel_uncertain": (
        "Annuler l'envoi du message n° {id} ? Un message incertain est peut-être déjà parti : l'annuler le "
        "retire seulement des messages à traiter.",
        "Cancel sending message number {id}? An uncertain message may already have left: cancelling only "
        "removes it from the messages to handle.",
    ),
    "cli_send_now_refused_hours": (
        "Impossible d'envoyer maintenant : les heures d'envoi légales sont fermées.",
        "Cannot send now: the legal sending hours are closed.",
    ),
}
