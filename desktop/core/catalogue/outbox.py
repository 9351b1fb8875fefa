"""Texts for the outbox and the dispatcher: message status names and their own codes.

Status names are ``status_<MessageStatus value>`` (e.g. ``status_deferred`` → « Reporté (heures légales) »);
:func:`status_name` reads them in the current language. :func:`explain_message_error` words the error stored
on a message and :func:`history_reading` the detail of one event of its status history, for the Messages
screen's detail panel and the ``message show`` command alike.
"""

from __future__ import annotations

from desktop.core import catalogue

TEXTS = {
    # ------------------------------------------------------------------ status names
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
        "Le fournisseur SMS n'a pas pu prendre ce message malgré plusieurs tentatives espacées (injoignable "
        "ou en panne). Vérifiez la connexion Internet et l'état du compte SMS, puis relancez l'envoi.",
        "The SMS provider could not take this message despite several spaced attempts (unreachable or "
        "failing). Check the Internet connection and the state of the SMS account, then send again.",
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
    "provider_paused": (
        "le fournisseur SMS répond en erreur à chaque envoi : les envois de ce compte sont en pause et "
        "reprendront d'eux-mêmes dès qu'il répondra (un essai toutes les quelques minutes).",
        "the SMS provider answers every send with an error: this account's sending is paused and resumes by "
        "itself as soon as it answers again (one try every few minutes).",
    ),
    "dispatcher_cannot_start": (
        "l'envoi ne peut pas démarrer : le dossier des données refuse l'écriture (disque plein, en lecture "
        "seule ou sans droits). Rien n'est envoyé tant que Comptoir ne peut pas l'enregistrer.",
        "sending cannot start: the data folder refuses writing (disk full, read-only or no rights). Nothing "
        "is sent while Comptoir cannot record it.",
    ),
    "dispatcher_running": (
        "L'envoi des SMS tourne déjà sur cet ordinateur (dans la fenêtre de Comptoir ou une autre commande). "
        "Un seul répartiteur à la fois par poste.",
        "SMS sending is already running on this computer (in Comptoir's window or another command). Only "
        "one dispatcher at a time per desk.",
    ),
    # ------------------------------------------------------------------ status history (history_<detail>)
    "history_queued": ("Mis en file d'attente", "Queued"),
    "history_user_retry": ("Renvoi demandé", "Resend requested"),
    "history_user_mark_sent": ("Marqué comme envoyé à la main", "Marked as sent by hand"),
    "history_user_cancel": ("Annulé à la main", "Cancelled by hand"),
    "history_send_now": ("Envoi immédiat demandé", "Immediate sending requested"),
    "history_accepted": ("Accepté par le fournisseur", "Accepted by the provider"),
    "history_released": ("Remis en file d'attente", "Put back in the queue"),
    "history_delivered": ("Accusé de réception reçu", "Delivery receipt received"),
    "history_reconciled_found": (
        "Retrouvé chez le fournisseur : il est bien parti",
        "Found at the provider: it did leave",
    ),
    "history_reconciled_absent": (
        "Absent chez le fournisseur : remis en file d'attente",
        "Not found at the provider: put back in the queue",
    ),
    "history_outside_hours": (
        "Retenu jusqu'aux heures d'envoi légales",
        "Held until the legal sending hours",
    ),
    "history_claimed": ("Pris en charge pour l'envoi", "Taken for sending"),
    "history_fallback": ("Envoyé par le compte de secours", "Sent through the fallback account"),
    "history_retry": ("Nouvel essai prévu — {reason}", "New attempt planned — {reason}"),
    "history_account_error": ("Problème de compte SMS — {reason}", "SMS account problem — {reason}"),
}

#: History details read as they are (``history_<detail>``); the others carry a code after a colon.
_FIXED_HISTORY = frozenset(
    {
        "queued", "user_retry", "user_mark_sent", "user_cancel", "send_now", "accepted", "released",
        "delivered", "reconciled_found", "reconciled_absent", "outside_hours",
    }
)  # fmt: skip


def status_name(status: str, lang: str | None = None) -> str:
    """« Livré », « Reporté (heures légales) »… for a :class:`~desktop.core.entities.MessageStatus` value."""
    return catalogue.explain(f"status_{status}", lang)


def explain_message_error(code: str, detail: str = "", lang: str | None = None) -> str:
    """The sentence for an error code stored on a message; ``detail`` is the outbox's error detail
    (``code: provider's words``), whose provider part fills the ``{detail}`` the code's text may carry."""
    provider_detail = detail.split(":", 1)[1].strip() if ":" in detail else detail
    return catalogue.explain(code, lang, detail=provider_detail or code)


def history_reading(detail: str, lang: str | None = None) -> str:
    """The reading of a status-history event's detail code (``user_retry``, ``retry:timeout``…); "" when the
    status alone says it; the code itself when it has no sentence of its own (for support)."""
    if detail in _FIXED_HISTORY:
        return catalogue.explain(f"history_{detail}", lang)
    from desktop.core.entities import MessageStatus

    if detail in {s.value for s in MessageStatus}:
        return ""  # the status column already says it
    head, _, rest = detail.partition(":")
    if head in ("claimed", "fallback"):
        return catalogue.explain(f"history_{head}", lang)
    if head in ("retry", "account_error") and rest:
        return catalogue.explain(f"history_{head}", lang, reason=_code_text(rest, lang))
    return _code_text(detail, lang) if detail else ""


def _code_text(code: str, lang: str | None) -> str:
    """The catalogue's sentence for a code, else the code itself (for support)."""
    return catalogue.explain(code, lang) if catalogue.has(code) else code
