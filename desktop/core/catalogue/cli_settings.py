"""Texts for changing the settings one by one (``desktop.services.settings_paths``, the ``settings``
command) and for editing the agenda's kinds of appointment (``desktop.services.agenda.kinds``).

Placeholders: ``{path}`` (a setting's dotted path), ``{value}`` (what was typed), ``{paths}``/``{choices}``/
``{kinds}`` (what is accepted), ``{kind}`` (a kind of appointment), ``{name}`` (a person of the staff).
"""

TEXTS = {
    "settings_path_unknown": (
        "Réglage « {path} » inconnu. Réglages possibles : {paths}.",
        "Unknown setting “{path}”. Possible settings: {paths}.",
    ),
    "settings_value_not_bool": (
        "« {value} » ne convient pas pour {path} : indiquez oui ou non.",
        "“{value}” does not fit {path}: give oui (yes) or non (no).",
    ),
    "settings_value_not_int": (
        "« {value} » ne convient pas pour {path} : indiquez un nombre entier.",
        "“{value}” does not fit {path}: give a whole number.",
    ),
    "settings_value_not_time": (
        "« {value} » ne convient pas pour {path} : indiquez une heure comme 09:30.",
        "“{value}” does not fit {path}: give a time such as 09:30.",
    ),
    "settings_value_not_sector": (
        "« {value} » ne convient pas pour {path} : indiquez l'un de ces métiers : {choices}.",
        "“{value}” does not fit {path}: give one of these trades: {choices}.",
    ),
    "settings_value_not_days": (
        "« {value} » ne convient pas pour {path} : indiquez des jours séparés par des virgules ({choices}).",
        "“{value}” does not fit {path}: give days separated by commas ({choices}).",
    ),
    "settings_kind_unknown": (
        "Aucun type de rendez-vous « {kind} ». Types existants : {kinds}.",
        "No appointment kind “{kind}”. Existing kinds: {kinds}.",
    ),
    "settings_kind_exists": (
        "Un type de rendez-vous « {kind} » existe déjà : choisissez un autre nom, ou modifiez celui-ci.",
        "An appointment kind “{kind}” already exists: choose another name, or edit that one.",
    ),
    "settings_kind_name_empty": (
        "Donnez un nom au type de rendez-vous.",
        "Give the appointment kind a name.",
    ),
    "settings_kind_last": (
        "« {kind} » est le dernier type de rendez-vous : l'agenda en garde au moins un. Ajoutez-en un autre "
        "avant de supprimer celui-ci.",
        "“{kind}” is the last appointment kind: the agenda keeps at least one. Add another one before "
        "removing this one.",
    ),
    "settings_staff_unknown": (
        "« {name} » n'est pas dans l'équipe. Équipe : {staff}.",
        "“{name}” is not in the staff. Staff: {staff}.",
    ),
    "settings_staff_name_empty": (
        "Indiquez le nom de la personne (ou de la salle).",
        "Give the person's (or room's) name.",
    ),
    "settings_kind_remove_needs_confirmation": (
        "Supprimer un type de rendez-vous efface ses règles de rappel : ajoutez --yes pour confirmer. Rien "
        "n'a été modifié.",
        "Removing an appointment kind deletes its reminder rules: add --yes to confirm. Nothing was changed.",
    ),
    "settings_template_unknown": (
        "« {value} » ne convient pas pour {path} : aucun modèle actif de ce nom pour cet usage. Modèles "
        "possibles : {choices} (ou une valeur vide pour le modèle habituel du métier).",
        "“{value}” does not fit {path}: no active template of that name for this use. Possible templates: "
        "{choices} (or an empty value for the trade's usual template).",
    ),
}
