"""Texts for the replies: why a reply waits for a person, what Comptoir did with one, what a client stopped."""

TEXTS = {
    # Why a person must read a reply (desktop.core.replies).
    "reply_unclear": ("Réponse à lire : Comptoir ne sait pas ce qu'elle veut dire.", "Reply to read: Comptoir cannot tell what it means."),
    "reply_question": ("Le client pose une question.", "The client asks a question."),
    "reply_reschedule": ("Le client demande à changer l'heure ou le jour.", "The client asks for another time or day."),
    "reply_condition": (
        "Le client accepte sous condition (« oui mais… ») : rien n'a été confirmé.",
        "The client accepts with a condition (“yes but…”): nothing was confirmed.",
    ),
    "reply_mixed": (
        "La réponse dit oui et non à la fois : rien n'a été changé.",
        "The reply says yes and no at once: nothing was changed.",
    ),
    "reply_not_asked": (
        "Réponse « oui », « non » ou un chiffre alors qu'aucune question ne lui avait été posée.",
        "A “yes”, “no” or number although the client had been asked nothing.",
    ),
    "reply_score_scale": (
        "Note sur une autre échelle que 0 à 10 : à enregistrer à la main si besoin.",
        "A score on another scale than 0 to 10: record it by hand if needed.",
    ),
    "reply_score_decimal": (
        "Note à virgule : à enregistrer à la main si besoin.",
        "A decimal score: record it by hand if needed.",
    ),
    "reply_score_range": (
        "Ce nombre n'est pas une note de 0 à 10.",
        "This number is not a score from 0 to 10.",
    ),
}
