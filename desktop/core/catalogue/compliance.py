"""Texts for the compliance findings of `desktop.core.compliance` (``invalid_number`` lives in ``providers``).

`explain_finding` is the way to show a finding: it formats the dates and times the finding carries as ISO
strings (« mardi 26 mai à 8h00 »), adds why a promotion is held back, and where in the body a variable or
a brace is (« (caractère 9) ») when the finding has a ``position``. Plain
``explain(finding.code, **finding.params)`` also works, with the dates left in ISO form.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from desktop.core import catalogue
from desktop.core.templates import format_date_fr, format_time_fr

if TYPE_CHECKING:
    from desktop.core.compliance import Finding

TEXTS = {
    # ------------------------------------------------------------------ consent and number
    "no_promotional_consent": (
        "Ce client n'a pas accepté de recevoir des promotions : il ne recevra pas ce message.",
        "This client has not agreed to receive promotions: they will not get this message.",
    ),
    "promotion_not_a_client": (
        "Ce numéro n'est celui d'aucun client : une promotion ne part qu'à un client qui l'a acceptée sur "
        "sa fiche. Créez sa fiche avec son accord, ou envoyez un message transactionnel.",
        "This number belongs to no client: a promotion only goes to a client who accepted it on their "
        "card. Create their card with their consent, or send a transactional message.",
    ),
    "recipient_opted_out": (
        "Ce client s'est désinscrit (STOP) de ce type de messages : il ne recevra pas celui-ci.",
        "This client opted out (STOP) of this kind of message: they will not get this one.",
    ),
    "no_mobile": (
        "Ce client n'a pas de numéro de portable : il ne recevra pas ce message.",
        "This client has no mobile number: they will not get this message.",
    ),
    "number_unreachable": (
        "Les derniers SMS envoyés à ce numéro n'ont pas été distribués : vérifiez-le avec le client.",
        "The last messages sent to this number were not delivered: check it with the client.",
    ),
    # ------------------------------------------------------------------ promotions
    "stop_mention_missing": (
        "La mention « {mention} » sera ajoutée à la fin du message : elle est obligatoire dans une "
        "promotion, et comptée dans le nombre de SMS.",
        "The line “{mention}” will be added at the end of the message: every promotion must carry it, "
        "and it counts in the number of SMS.",
    ),
    "stop_number_unknown": (
        "Vos clients ne peuvent pas répondre à l'expéditeur « {sender} », donc pas répondre STOP. "
        "Indiquez le numéro STOP de votre compte SMS (par exemple « STOP au 36xxx ») dans les réglages "
        "du compte.",
        "Clients cannot reply to the sender “{sender}”, so they cannot reply STOP. Enter the STOP number "
        "of your SMS account (for example “STOP au 36xxx”) in the account settings.",
    ),
    "business_identity_missing": (
        "Une promotion doit dire qui l'envoie : ajoutez le nom de votre commerce au texte (variable "
        "« boutique »).",
        "A promotion must say who sends it: add your business name to the text (variable “boutique”).",
    ),
    "frequency_cap_week": (
        "Ce client a déjà reçu {count} promotion(s) ces 7 derniers jours (limite : {limit}) : il ne "
        "recevra pas celle-ci.",
        "This client already received {count} promotion(s) in the last 7 days (limit: {limit}): they will "
        "not get this one.",
    ),
    "frequency_cap_month": (
        "Ce client a déjà reçu {count} promotion(s) ces 30 derniers jours (limite : {limit}) : il ne "
        "recevra pas celle-ci.",
        "This client already received {count} promotion(s) in the last 30 days (limit: {limit}): they "
        "will not get this one.",
    ),
    # ------------------------------------------------------------------ hours
    "outside_hours": (
        "Hors des heures d'envoi des promotions chez ce client : le message partira {departure}.",
        "Outside the hours for promotions where this client lives: the message will leave {departure}.",
    ),
    "outside_hours_night": (
        "Il est {time} chez ce client.",
        "It is {time} where this client lives.",
    ),
    "outside_hours_sunday": (
        "Pas de promotion le dimanche.",
        "No promotions on Sundays.",
    ),
    "outside_hours_day_off": (
        "Vos réglages n'autorisent pas les envois ce jour-là.",
        "Your settings do not allow sending on that day.",
    ),
    "outside_hours_holiday": (
        "{holiday} : jour férié chez ce client, sans promotion.",
        "{holiday}: public holiday where this client lives, no promotions.",
    ),
    "no_sending_window": (
        "Vos heures d'envoi ne laissent aucun créneau : ce message ne peut pas partir. Vérifiez "
        "Réglages › Heures d'envoi.",
        "Your sending hours leave no slot at all: this message cannot leave. Check Settings › Sending hours.",
    ),
    "courtesy_hours": (
        "Il est {local_time} chez ce client, hors des heures de politesse ({start}–{end}). Programmez "
        "l'envoi pour {departure}, ou cochez « urgent ».",
        "It is {local_time} where this client lives, outside polite hours ({start}–{end}). Schedule it "
        "for {departure}, or tick “urgent”.",
    ),
    # ------------------------------------------------------------------ repetition
    "duplicate_today": (
        "Ce client a déjà reçu ce même message aujourd'hui : il ne sera pas renvoyé. Cochez « urgent » "
        "pour l'envoyer quand même.",
        "This client already received this same message today: it will not be sent again. Tick “urgent” "
        "to send it anyway.",
    ),
    "review_too_soon": (
        "Ce client a reçu une demande d'avis le {last} : pas de nouvelle demande avant le {next} (une "
        "tous les {months} mois au plus).",
        "This client was asked for a review on {last}: no new request before {next} (one every {months} "
        "months at most).",
    ),
    "survey_too_soon": (
        "Ce client a reçu une enquête de satisfaction le {last} : pas de nouvelle enquête avant le {next} "
        "(une tous les {months} mois au plus).",
        "This client got a satisfaction survey on {last}: no new survey before {next} (one every {months} "
        "months at most).",
    ),
    # ------------------------------------------------------------------ wording
    "health_terms": (
        "Ce message parle de soins ou d'une spécialité ({terms}). Un SMS peut être lu par l'entourage "
        "du patient : gardez seulement la date, l'heure et l'adresse.",
        "This message mentions care or a specialty ({terms}). Relatives may read an SMS: keep only the "
        "date, time and address.",
    ),
    "promotional_wording": (
        "Ce message contient des mots de promotion ({terms}) : c'est alors une publicité, qui demande "
        "l'accord du client et la mention STOP. Retirez-les ou envoyez-le comme promotion.",
        "This message contains promotional words ({terms}): that makes it an advertisement, which needs "
        "the client's consent and the STOP line. Remove them or send it as a promotion.",
    ),
    "encoding_unicode": (
        "Caractères spéciaux ({chars}) : avec eux, chaque SMS contient 70 caractères au lieu de 160. "
        "Remplacez-les pour payer moins.",
        "Special characters ({chars}): with them, each SMS holds 70 characters instead of 160. Replace "
        "them to pay less.",
    ),
    "multi_segment": (
        "Message long : il sera facturé {segments} SMS.",
        "Long message: it will be billed as {segments} SMS.",
    ),
    # ------------------------------------------------------------------ sender
    "sender_empty": (
        "Indiquez un nom d'expéditeur : 3 à 11 lettres ou chiffres, par exemple le nom de votre commerce.",
        "Enter a sender name: 3 to 11 letters or digits, for example your business name.",
    ),
    "sender_too_short": (
        "Le nom d'expéditeur « {sender} » est trop court : 3 caractères au moins.",
        "The sender name “{sender}” is too short: at least 3 characters.",
    ),
    "sender_too_long": (
        "Le nom d'expéditeur « {sender} » est trop long ({length} caractères) : 11 au plus.",
        "The sender name “{sender}” is too long ({length} characters): 11 at most.",
    ),
    "sender_invalid_chars": (
        "Caractères refusés dans le nom d'expéditeur : {chars} (␣ = espace). Seuls les lettres sans "
        "accent et les chiffres passent chez les opérateurs.",
        "Characters not allowed in the sender name: {chars} (␣ = space). Operators accept only letters "
        "without accents and digits.",
    ),
    "sender_no_letter": (
        "Le nom d'expéditeur « {sender} » doit contenir au moins une lettre.",
        "The sender name “{sender}” must contain at least one letter.",
    ),
    "sender_french_mobile": (
        "Un numéro de portable (06, 07) ne peut pas servir d'expéditeur : les opérateurs bloquent ces "
        "envois. Choisissez un nom, par exemple celui de votre commerce.",
        "A mobile number (06, 07) cannot be used as the sender: operators block such messages. Choose "
        "a name, for example your business name.",
    ),
    "sender_numeric": (
        "Si le numéro « {sender} » n'a pas été attribué à votre compte SMS, les opérateurs le "
        "remplaceront. Préférez le nom de votre commerce.",
        "Unless the number “{sender}” was assigned to your SMS account, operators will replace it. "
        "Prefer your business name.",
    ),
    "sender_generic": (
        "« {sender} » ne dit pas qui écrit : vos clients risquent de prendre le SMS pour une arnaque. "
        "Préférez le nom de votre commerce.",
        "“{sender}” does not say who is writing: clients may take the SMS for a scam. Prefer your "
        "business name.",
    ),
}

_DAYS_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_FR: Final = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_EN: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _time(t: dt.time, english: bool) -> str:
    return t.strftime("%H:%M") if english else format_time_fr(t)


def _moment(iso: str, english: bool) -> str:
    """« mardi 26 mai à 8h00 » / "Tuesday 26 May at 08:00" from an ISO datetime in the recipient's zone."""
    when = dt.datetime.fromisoformat(iso)
    if english:
        return f"{_DAYS_EN[when.weekday()]} {when.day} {_MONTHS_EN[when.month - 1]} at {when:%H:%M}"
    return f"{format_date_fr(when.date())} à {format_time_fr(when.time())}"


def _date(iso: str, english: bool) -> str:
    """« 12 mars 2026 » / "12 March 2026"."""
    day = dt.date.fromisoformat(iso)
    months = _MONTHS_EN if english else _MONTHS_FR
    first = "1er" if day.day == 1 and not english else str(day.day)
    return f"{first} {months[day.month - 1]} {day.year}"


def explain_finding(finding: Finding, lang: str | None = None) -> str:
    """The sentence for a finding, dates and times written out, in the current (or given) language."""
    english = (lang or catalogue.language()) == "en"
    params = dict(finding.params)
    if params.get("departure"):
        params["departure"] = _moment(params["departure"], english)
    if params.get("local_time"):
        params["local_time"] = _time(dt.datetime.fromisoformat(params["local_time"]).time(), english)
    for key in ("start", "end"):
        if params.get(key):
            params[key] = _time(dt.time.fromisoformat(params[key]), english)
    for key in ("last", "next"):
        if params.get(key):
            params[key] = _date(params[key], english)
    text = catalogue.explain(finding.code, "en" if english else "fr", **params)
    reason = finding.params.get("reason")
    if finding.code == "outside_hours" and reason:
        lang_code = "en" if english else "fr"
        local = finding.params.get("local_time", "")
        time = _time(dt.datetime.fromisoformat(local).time(), english) if local else ""
        holiday = finding.params.get("holiday", "")
        text += " " + catalogue.explain(f"outside_hours_{reason}", lang_code, holiday=holiday, time=time)
        if holiday and reason != "holiday":
            text += " " + catalogue.explain("outside_hours_holiday", lang_code, holiday=holiday)
    position = finding.params.get("position", "")
    if position.isdigit():  # a variable or a brace of the body: where it is, counted from 1
        at = catalogue.explain("at_character", "en" if english else "fr", n=int(position) + 1)
        text = f"{text} {at}"
    return text
