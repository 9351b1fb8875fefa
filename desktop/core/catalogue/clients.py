"""Texts for the validation of a client's fields."""

TEXTS = {
    "empty": ("Ce champ est vide.", "This field is empty."),
    "not_a_number": ("Ce n'est pas un numéro de téléphone.", "This is not a phone number."),
    "too_short": ("Numéro trop court : il manque des chiffres.", "Number too short: digits are missing."),
    "too_long": (
        "Numéro trop long : il y a des chiffres en trop.",
        "Number too long: there are extra digits.",
    ),
    "invalid": (
        "Ce numéro n'existe pas (vérifiez les chiffres et l'indicatif).",
        "This number does not exist (check the digits and the country code).",
    ),
    "landline": (
        "C'est un numéro de fixe : il ne reçoit pas de SMS. Mettez-le dans « Autre téléphone ».",
        "This is a landline: it cannot receive SMS. Put it in “Other phone”.",
    ),
    "duplicate_mobile": (
        "Un autre client a déjà ce numéro de portable.",
        "Another client already has this mobile number.",
    ),
    "invalid_email": ("Cette adresse e-mail n'est pas valide.", "This e-mail address is not valid."),
    "name_or_mobile_required": (
        "Indiquez au moins un nom, un prénom ou un numéro de portable.",
        "Enter at least a name, a first name or a mobile number.",
    ),
    "invalid_postal_code": ("Code postal invalide (5 chiffres).", "Invalid postal code (5 digits)."),
    "invalid_tag": (
        "Une étiquette ne peut pas dépasser 50 caractères ni contenir de virgule.",
        "A tag cannot be longer than 50 characters or contain a comma.",
    ),
    "consent_wording_required": (
        "Indiquez le texte que le client a accepté : c'est la preuve de son accord.",
        "Enter the text the client accepted: it is the proof of their agreement.",
    ),
    # ---- a client's consent as the card says it (the promotional one is needed, the other is presumed)
    "consent_now_granted": ("Accepté", "Granted"),
    "consent_now_withdrawn": ("Refusé — aucun envoi", "Declined — nothing is sent"),
    "consent_now_promotional_unknown": (
        "Inconnu — pas de promotion sans accord",
        "Unknown — no promotions without consent",
    ),
    "consent_now_transactional_unknown": ("Autorisé par défaut", "Allowed by default"),
}
