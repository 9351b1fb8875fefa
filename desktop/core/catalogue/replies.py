"""Texts for the replies: why a reply waits for a person, what Comptoir did with one, what a client stopped.

:func:`explain_reply` is the way to show what a reply's ``outcome`` or ``reason`` says: the appointment's
moment written out in the business's time zone (« mercredi 9 décembre à 14h30 »), the scopes of an opt-out
in words (« nos promotions et nos rappels de rendez-vous »). The command line and the window both use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from zoneinfo import ZoneInfo

from desktop.core import catalogue
from desktop.core.catalogue.compliance import _moment
from desktop.core.optout import Scope, ordered
from desktop.core.templates import join_fr

TEXTS = {
    # Why a person must read a reply (desktop.core.replies).
    "reply_unclear": (
        "Réponse à lire : Comptoir ne sait pas ce qu'elle veut dire.",
        "Reply to read: Comptoir cannot tell what it means.",
    ),
    "reply_question": ("Le client pose une question.", "The client asks a question."),
    "reply_reschedule": (
        "Le client demande à changer l'heure ou le jour.",
        "The client asks for another time or day.",
    ),
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
    # What Comptoir did with a reply (desktop.services.inbox.codes); {scopes}: what was stopped, in words.
    "reply_opted_out": ("Désinscription enregistrée : {scopes}.", "Opt-out recorded: {scopes}."),
    "reply_opted_in": ("Inscription rétablie : {scopes}.", "Opt-in restored: {scopes}."),
    "reply_nothing_to_restore": (
        "Demande de réinscription : rien n'était arrêté pour ce numéro.",
        "Opt-in request: nothing was stopped for this number.",
    ),
    "reply_keyword_answered": (
        "Mot-clé « {keyword} » : la réponse prévue a été envoyée.",
        "Keyword “{keyword}”: the configured answer was sent.",
    ),
    "reply_score_recorded": (
        "Note {score}/10 enregistrée sur l'enquête.",
        "Score {score}/10 recorded on the survey.",
    ),
    "reply_appointment_confirmed": ("Rendez-vous du {start} confirmé.", "Appointment of {start} confirmed."),
    "reply_appointment_cancelled": (
        "Rendez-vous du {start} annulé par le client : le créneau est libre.",
        "Appointment of {start} cancelled by the client: the slot is free.",
    ),
    # Why a person must act (desktop.services.inbox.codes).
    "reply_detractor": (
        "Client mécontent (note {score}/10) : rappelez-le.",
        "Unhappy client (score {score}/10): call them back.",
    ),
    "reply_no_appointment": (
        "Aucun rendez-vous à venir rappelé par SMS pour ce client : rien n'a été changé.",
        "No upcoming appointment reminded by SMS for this client: nothing was changed.",
    ),
    "reply_several_appointments": (
        "Ce client a {count} rendez-vous à venir rappelés : lequel ? Rien n'a été changé.",
        "This client has {count} upcoming reminded appointments: which one? Nothing was changed.",
    ),
    "reply_appointment_already_cancelled": (
        "Le rendez-vous du {start} était déjà annulé : rien n'a été changé.",
        "The appointment of {start} was already cancelled: nothing was changed.",
    ),
    "reply_appointment_past": (
        "Le rendez-vous du {start} est déjà passé : rien n'a été changé.",
        "The appointment of {start} is already past: nothing was changed.",
    ),
    "reply_unknown_number": (
        "Ce numéro n'est sur aucune fiche client : rattachez-le à un client ou créez la fiche.",
        "This number is on no client's card: attach it to a client or create the card.",
    ),
    "reply_opt_in_unknown_number": (
        "Demande d'inscription d'un numéro sans fiche client : créez la fiche avec son consentement.",
        "Opt-in request from a number with no client card: create the card with the consent.",
    ),
    "reply_not_applied": (
        "Comptoir n'a pas pu traiter cette réponse (l'erreur est notée dans le journal) : lisez-la.",
        "Comptoir could not handle this reply (the error is in the log): read it.",
    ),
    "reply_before_inbox": (
        "Réponse reçue avant la boîte de réception : rien n'a été fait automatiquement.",
        "Reply received before the inbox existed: nothing was done automatically.",
    ),
    "reply_keyword_removed": (
        "Le mot-clé a été supprimé avant l'envoi de sa réponse.",
        "The keyword was removed before its answer was sent.",
    ),
    # What a client stopped, as the confirmation SMS and the client card say it ({sms_arretes}).
    "stopped_all": ("tous nos SMS", "all our text messages"),
    "stopped_promotional": ("nos promotions", "our promotions"),
    "stopped_reminders": ("nos rappels de rendez-vous", "our appointment reminders"),
    "stopped_order_notices": ("nos messages sur vos commandes", "our messages about your orders"),
    "stopped_surveys": ("nos enquêtes et demandes d'avis", "our surveys and review requests"),
    # Refusals of the inbox (desktop.services.inbox.service).
    "inbox_reply_unknown": (
        "Il n'y a pas de réponse n° {id} dans la boîte de réception.",
        "There is no reply no. {id} in the inbox.",
    ),
    "inbox_person_unknown": (
        "« {name} » n'est pas dans l'équipe du commerce ({staff}). Ajoutez cette personne dans Réglages.",
        "“{name}” is not in the shop's staff ({staff}). Add this person in Settings.",
    ),
    "inbox_client_unknown": ("Il n'y a pas de client n° {id}.", "There is no client no. {id}."),
    "keyword_word_required": (
        "Le mot-clé est vide : écrivez le mot que les clients enverront (par exemple HORAIRES).",
        "The keyword is empty: write the word clients will send (for example HORAIRES).",
    ),
    "keyword_word_reserved": (
        "« {word} » veut déjà dire quelque chose (désinscription, réinscription, oui ou non) : choisissez un "
        "autre mot.",
        "“{word}” already means something (opt-out, opt-in, yes or no): choose another word.",
    ),
    "keyword_word_too_long": (
        "Le mot-clé est trop long ({max} caractères au plus).",
        "The keyword is too long ({max} characters at most).",
    ),
    "keyword_answer_required": (
        "La réponse[ au mot-clé « {word} »] est vide : écrivez le texte que Comptoir enverra.",
        "The answer[ to the keyword “{word}”] is empty: write the text Comptoir will send.",
    ),
    "keyword_answer_invalid": (
        "La réponse ne peut utiliser que les informations du commerce (nom, adresse, téléphone, liens d'avis et "
        "d'enquête) : « {name} » au caractère {position} ne convient pas.",
        "The answer may only use the business's details (name, address, phone, review and survey links): "
        "“{name}” at character {position} does not fit.",
    ),
    "keyword_unknown": ("Il n'y a pas de mot-clé « {word} ».", "There is no keyword “{word}”."),
    "survey_template_missing": (
        "Le modèle « {name} » est introuvable ou désactivé : choisissez le modèle de l'enquête dans Réglages.",
        "The template “{name}” is missing or inactive: choose the survey's template in Settings.",
    ),
    "keyword_duplicate": ("Le mot-clé « {word} » est en double.", "The keyword “{word}” appears twice."),
}


def stopped_words(scopes: Iterable[str], lang: str | None = None) -> str:
    """« tous nos SMS », or « nos promotions et nos rappels de rendez-vous » (in the order of the families)."""
    found = ordered(scopes)
    if Scope.ALL in found:
        found = (Scope.ALL,)
    words = [catalogue.explain(f"stopped_{s.value}", lang or catalogue.language()) for s in found]
    if (lang or catalogue.language()) == "en":
        return " and ".join([", ".join(words[:-1]), words[-1]]) if len(words) > 1 else "".join(words)
    return join_fr(words)


def explain_reply(code: str, details: Mapping[str, str], zone: ZoneInfo, lang: str | None = None) -> str:
    """The sentence for a reply's outcome or reason, its parameters written out."""
    language = "en" if (lang or catalogue.language()) == "en" else "fr"
    params = dict(details)
    if params.get("start"):
        local = dt.datetime.fromisoformat(params["start"]).astimezone(zone)
        params["start"] = _moment(local.isoformat(), language == "en")
    if "scopes" in params:
        params["scopes"] = stopped_words(params["scopes"].split(","), language)
    return catalogue.explain(code, language, **params)
