"""Texts for the codes of the templates service (`desktop.services.templates`): saving, deleting, hints,
and the labels of the standard variables shown in the editor's palette (``template_variable_<name>``).

The problems of a body itself (unknown variable, unbalanced brace…) are in :mod:`.templates`.
"""

from __future__ import annotations

TEXTS = {
    # ------------------------------------------------------------------ saving and deleting
    "template_name_required": (
        "Donnez un nom au modèle, par exemple « Lunettes prêtes ».",
        "Give the template a name, for example “Glasses ready”.",
    ),
    "template_name_too_long": (
        "Ce nom est trop long : {max} caractères au plus.",
        "This name is too long: {max} characters at most.",
    ),
    "template_name_taken": (
        "Un modèle s'appelle déjà « {name} » : choisissez un autre nom.",
        "A template is already called “{name}”: choose another name.",
    ),
    "template_body_empty": (
        "Le message est vide : écrivez le texte du SMS.",
        "The message is empty: write the text of the SMS.",
    ),
    "template_body_invalid": (
        "Le message contient des erreurs, soulignées en rouge : corrigez-les avant d'enregistrer. Un modèle "
        "avec une variable inconnue ne pourrait jamais être envoyé.",
        "The message contains errors, underlined in red: correct them before saving. A template with an "
        "unknown variable could never be sent.",
    ),
    "template_deactivated_in_use": (
        "« {name} » a déjà servi à envoyer des messages : il est désactivé plutôt que supprimé, pour garder "
        "l'historique et les statistiques.",
        "“{name}” has already been used to send messages: it is deactivated rather than deleted, to keep "
        "the history and the statistics.",
    ),
    "template_deleted": (
        "Le modèle « {name} » a été supprimé.",
        "The template “{name}” was deleted.",
    ),
    # ------------------------------------------------------------------ hints in the editor
    "template_motif_clinic": (
        "La variable « motif » met le motif du rendez-vous dans le SMS : un proche qui lit le téléphone du "
        "patient le verrait. Gardez seulement la date, l'heure et l'adresse.",
        "The “motif” variable puts the reason for the appointment in the SMS: a relative reading the "
        "patient's phone would see it. Keep only the date, time and address.",
    ),
    # ------------------------------------------------------------------ variables of the palette
    "template_variable_prenom": ("Prénom", "First name"),
    "template_variable_nom": ("Nom", "Last name"),
    "template_variable_civilite": ("Civilité", "Title"),
    "template_variable_date_rdv": ("Date du rendez-vous", "Appointment date"),
    "template_variable_heure_rdv": ("Heure du rendez-vous", "Appointment time"),
    "template_variable_motif": ("Motif du rendez-vous", "Appointment reason"),
    "template_variable_praticien": ("Praticien du rendez-vous", "Appointment practitioner"),
    "template_variable_lieu": ("Lieu du rendez-vous", "Appointment place"),
    "template_variable_nouvelle_heure": ("Nouvelle heure", "New time"),
    "template_variable_boutique": ("Nom du commerce", "Business name"),
    "template_variable_adresse": ("Adresse du commerce", "Business address"),
    "template_variable_telephone_boutique": ("Téléphone du commerce", "Business phone"),
    "template_variable_lien_avis": ("Lien vers les avis", "Review link"),
    "template_variable_lien_enquete": ("Lien de l'enquête", "Survey link"),
    "template_variable_commande": ("Commande", "Order"),
    "template_variable_date_retrait": ("Date de retrait", "Pick-up date"),
    "template_variable_heure_arrivee": ("Heure d'arrivée", "Arrival time"),
    "template_variable_date_devis": ("Date du devis", "Quote date"),
    "template_variable_sms_arretes": ("Messages arrêtés", "Stopped messages"),
}
