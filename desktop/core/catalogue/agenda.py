"""Texts for the agenda's codes: refusals of the appointments and orders services, and what became of a
planned notice (cancelled, skipped, blocked) — shown next to the appointment or the order."""

from __future__ import annotations

TEXTS = {
    # ------------------------------------------------------------------ appointments and orders
    "agenda_client_unknown": (
        "Le client n° {id} n'existe pas (ou vient d'être supprimé). Choisissez un client de la liste.",
        "Client no. {id} does not exist (or was just deleted). Choose a client from the list.",
    ),
    "appointment_unknown": (
        "Le rendez-vous n° {id} n'existe pas (ou vient d'être supprimé).",
        "Appointment no. {id} does not exist (or was just deleted).",
    ),
    "appointment_cancelled": (
        "Ce rendez-vous est annulé : il ne peut plus être modifié. Créez-en un nouveau si besoin.",
        "This appointment is cancelled: it can no longer be changed. Create a new one if needed.",
    ),
    "appointment_duration_invalid": (
        "La durée doit être comprise entre {min} minutes et {max} heures.",
        "The duration must be between {min} minutes and {max} hours.",
    ),
    "agenda_text_too_long": (
        "Ce texte est trop long : {max} caractères au plus.",
        "This text is too long: {max} characters at most.",
    ),
    "order_unknown": (
        "La commande n° {id} n'existe pas (ou vient d'être supprimée).",
        "Order no. {id} does not exist (or was just deleted).",
    ),
    "order_label_required": (
        "Décrivez la commande, par exemple « Lunettes progressives ».",
        "Describe the order, for example “Varifocal glasses”.",
    ),
    "order_closed": (
        "Cette commande est déjà retirée ou annulée : rien ne peut plus y être changé.",
        "This order is already collected or cancelled: nothing more can be changed.",
    ),
    "order_already_ready": (
        "Cette commande est déjà prête : le client a déjà été prévenu (ou le message lui a été proposé).",
        "This order is already ready: the client was already told (or the message was proposed).",
    ),
    "order_not_ready": (
        "Cette commande n'est pas prête : marquez-la d'abord « prête ».",
        "This order is not ready: mark it “ready” first.",
    ),
    "notice_time_past": (
        "Cette heure est déjà passée : indiquez une heure à venir.",
        "This time has already passed: give a time still to come.",
    ),
    # ------------------------------------------------------------------ what became of a notice
    "notice_too_late": (
        "Non envoyé : Comptoir était fermé au moment prévu, et il était ensuite trop tard pour que le message "
        "soit utile.",
        "Not sent: Comptoir was closed at the planned time, and afterwards it was too late for the message to "
        "be useful.",
    ),
    "notice_superseded": (
        "Non envoyé : un rappel plus récent du même rendez-vous est parti à sa place.",
        "Not sent: a more recent reminder of the same appointment left instead.",
    ),
    "notice_cancelled_appointment": (
        "Annulé : le rendez-vous est annulé.",
        "Cancelled: the appointment is cancelled.",
    ),
    "notice_cancelled_closed": (
        "Annulé : le rendez-vous est déjà passé (honoré ou absent).",
        "Cancelled: the appointment is over (attended or missed).",
    ),
    "notice_cancelled_moved": (
        "Annulé : le rendez-vous a été déplacé, un nouveau rappel est prévu.",
        "Cancelled: the appointment was moved; a new reminder is planned.",
    ),
    "notice_cancelled_grouped": (
        "Remplacé : un seul SMS rappelle désormais tous les rendez-vous du client ce jour-là.",
        "Replaced: one SMS now reminds the client of all their appointments that day.",
    ),
    "notice_cancelled_rules": (
        "Remplacé : les règles de rappel ont changé.",
        "Replaced: the reminder rules changed.",
    ),
    "notice_cancelled_edited": (
        "Remplacé : le rendez-vous a été modifié.",
        "Replaced: the appointment was changed.",
    ),
    "notice_cancelled_order": (
        "Annulé : la commande est retirée ou annulée.",
        "Cancelled: the order was collected or cancelled.",
    ),
    "notice_template_missing": (
        "Bloqué : le modèle « {name} » n'existe plus ou est désactivé. Choisissez un modèle dans Réglages › "
        "Agenda.",
        "Blocked: the template “{name}” no longer exists or is deactivated. Choose a template in Settings › "
        "Agenda.",
    ),
}
