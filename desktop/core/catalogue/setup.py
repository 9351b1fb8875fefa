"""Texts for the settings and first-start codes (`desktop.services.setup`), shown by the settings screen,
the first-start wizard and the ``setup`` command alike; the phone codes are in ``phones``, the sender codes
in ``compliance``.

Placeholders: ``{min}``/``{max}`` (a range), ``{value}`` (what was typed), ``{choices}`` (what is accepted).
"""

TEXTS = {
    "business_name_empty": (
        "Indiquez le nom de votre commerce : il apparaît dans vos SMS.",
        "Enter your business name: it appears in your SMS.",
    ),
    "area_unknown": (
        "Choisissez la zone de votre commerce dans la liste.",
        "Choose your business's area from the list.",
    ),
    "beyond_charter": (
        "La charte des opérateurs mobiles n'autorise les promotions qu'entre 8h00 et 21h30 : restez dans "
        "cette plage.",
        "The mobile operators' charter only allows promotions between 8:00 and 21:30: stay within this window.",
    ),
    "empty_window": (
        "L'heure de fin doit être après l'heure de début.",
        "The end time must be after the start time.",
    ),
    "no_day": (
        "Cochez au moins un jour où les promotions peuvent partir.",
        "Tick at least one day on which promotions can be sent.",
    ),
    "courtesy_empty_window": (
        "La fin des heures de politesse doit être après leur début.",
        "The end of courtesy hours must be after their start.",
    ),
    "cap_out_of_range": (
        "Cette valeur ({value}) doit aller de {min} à {max} (0 désactive la limite).",
        "This value ({value}) must be between {min} and {max} (0 turns the limit off).",
    ),
    "retention_out_of_range": (
        "Conservez les messages entre {min} et {max} mois.",
        "Keep messages between {min} and {max} months.",
    ),
    "backups_out_of_range": (
        "Gardez entre {min} et {max} sauvegardes.",
        "Keep between {min} and {max} backups.",
    ),
    "setup_region_unknown": (
        "Région « {value} » inconnue : indiquez FR (métropole) ou le code d'un territoire d'outre-mer "
        "({choices}).",
        "Unknown region “{value}”: give FR (mainland France) or the code of an overseas territory "
        "({choices}).",
    ),
    "setup_subdiv_invalid": (
        "Département « {value} » inconnu : indiquez son numéro, par exemple 69, 2A ou 974.",
        "Unknown département “{value}”: give its number, for example 69, 2A or 974.",
    ),
    "kind_duration_out_of_range": (
        "Type de rendez-vous « {kind} » : indiquez une durée habituelle entre {min} et {max} minutes.",
        "Appointment kind “{kind}”: give a usual length between {min} and {max} minutes.",
    ),
    "reminder_days_out_of_range": (
        "Type de rendez-vous « {kind} » : le rappel part entre {min} et {max} jour(s) avant le rendez-vous.",
        "Appointment kind “{kind}”: the reminder goes between {min} and {max} day(s) before the appointment.",
    ),
    "order_days_out_of_range": (
        "Commandes : le rappel de retrait et l'enquête partent entre {min} et {max} jours après (0 : jamais).",
        "Orders: the pickup reminder and the survey go between {min} and {max} days later (0: never).",
    ),
    "ready_notice_unknown": (
        "Commandes : choisissez comment prévenir le client d'une commande prête ({choices}).",
        "Orders: choose how a client hears that an order is ready ({choices}).",
    ),
}
