"""Display names of the product's enums, and French dates, money and statuses, shared by every screen.

Every name goes through ``QCoreApplication.translate("Texts", …)`` with a literal string, so ``lupdate``
extracts it and the English translation applies. Unknown values (a newer database, a typo) come back as
they are rather than raising: a screen must never crash on a label.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.core import catalogue
from desktop.core.agenda import Notice, NoticeKind, NoticeStatus
from desktop.core.entities import (
    AppointmentStatus,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    Interpretation,
    MessageStatus,
    OrderStatus,
    Purpose,
    Sector,
)
from desktop.core.phones import region_timezone
from desktop.core.templates import format_date_fr

S = MessageStatus

#: The order statuses are offered in filters: from waiting to leave, to the end of the road.
STATUS_ORDER: tuple[MessageStatus, ...] = (
    S.QUEUED,
    S.DEFERRED,
    S.SENDING,
    S.SENT,
    S.DELIVERED,
    S.UNDELIVERED,
    S.FAILED,
    S.EXPIRED,
    S.UNCERTAIN,
    S.CANCELLED,
)

#: Statuses a person has to look at ("À traiter"): never resent or settled without someone deciding.
TO_HANDLE: frozenset[MessageStatus] = frozenset({S.FAILED, S.UNCERTAIN})

#: Statuses of messages still to leave (only while a Comptoir, window or dispatcher, runs).
WAITING: tuple[MessageStatus, ...] = (S.QUEUED, S.DEFERRED, S.SENDING)


#: Spelled ``translate("Texts", "…")`` at each call so that pyside6-lupdate extracts the strings.
translate = QCoreApplication.translate


def _pick(value: Enum | str, names: dict[str, str]) -> str:
    key = value.value if isinstance(value, Enum) else str(value)
    return names.get(key, key)


# ---------------------------------------------------------------------------------------- messages


def status_label(status: MessageStatus | str) -> str:
    """« Livré », « Reporté (heures légales) »… — the catalogue's names, the same as the command line's."""
    from desktop.core.catalogue.outbox import status_name

    key = status.value if isinstance(status, Enum) else str(status)
    return status_name(key) if key in {s.value for s in MessageStatus} else key


class StatusFamily(Enum):
    """How a status looks: still on its way, arrived, needs attention, or stopped on purpose."""

    PENDING = "pending"
    SUCCESS = "success"
    PROBLEM = "problem"
    STOPPED = "stopped"


_FAMILIES: dict[MessageStatus, StatusFamily] = {
    S.QUEUED: StatusFamily.PENDING,
    S.DEFERRED: StatusFamily.PENDING,
    S.SENDING: StatusFamily.PENDING,
    S.SENT: StatusFamily.SUCCESS,
    S.DELIVERED: StatusFamily.SUCCESS,
    S.UNDELIVERED: StatusFamily.PROBLEM,
    S.FAILED: StatusFamily.PROBLEM,
    S.EXPIRED: StatusFamily.PROBLEM,
    S.UNCERTAIN: StatusFamily.PROBLEM,
    S.CANCELLED: StatusFamily.STOPPED,
}

#: Text colours of each family (readable on a light background; the icon repeats them).
FAMILY_COLORS: dict[StatusFamily, str] = {
    StatusFamily.PENDING: "#1f5fa8",
    StatusFamily.SUCCESS: "#1e7b34",
    StatusFamily.PROBLEM: "#b00020",
    StatusFamily.STOPPED: "#6b6b6b",
}


def status_family(status: MessageStatus | str) -> StatusFamily:
    try:
        return _FAMILIES[MessageStatus(str(status))]
    except ValueError:
        return StatusFamily.STOPPED


def purpose_label(purpose: Purpose | str) -> str:
    return _pick(
        purpose,
        {
            Purpose.TRANSACTIONAL: translate("Texts", "Transactionnel"),
            Purpose.PROMOTIONAL: translate("Texts", "Promotionnel"),
            Purpose.SURVEY: translate("Texts", "Enquête"),
        },
    )


# ---------------------------------------------------------------------------------------- clients


def consent_label(state: ConsentState | str) -> str:
    return _pick(
        state,
        {
            ConsentState.GRANTED: translate("Texts", "Accepté"),
            ConsentState.WITHDRAWN: translate("Texts", "Refusé"),
            ConsentState.UNKNOWN: translate("Texts", "Inconnu"),
        },
    )


def consent_purpose_label(purpose: ConsentPurpose | str) -> str:
    return _pick(
        purpose,
        {
            ConsentPurpose.TRANSACTIONAL: translate("Texts", "Messages de service"),
            ConsentPurpose.PROMOTIONAL: translate("Texts", "Promotions"),
            ConsentPurpose.REMINDERS: translate("Texts", "Rappels de rendez-vous"),
            ConsentPurpose.ORDER_NOTICES: translate("Texts", "Messages sur les commandes"),
            ConsentPurpose.SURVEYS: translate("Texts", "Enquêtes et demandes d'avis"),
        },
    )


def consent_source_label(source: ConsentSource | str) -> str:
    return _pick(
        source,
        {
            ConsentSource.FORM: translate("Texts", "Formulaire"),
            ConsentSource.PAPER: translate("Texts", "Papier signé"),
            ConsentSource.IMPORT: translate("Texts", "Import de fichier"),
            ConsentSource.SMS_REPLY: translate("Texts", "Réponse par SMS"),
            ConsentSource.USER: translate("Texts", "Saisie au comptoir"),
            ConsentSource.PROVIDER: translate("Texts", "Fournisseur SMS"),
        },
    )


def sector_label(sector: Sector | str) -> str:
    return _pick(
        sector,
        {
            Sector.OPTICIAN: translate("Texts", "Opticien"),
            Sector.CLINIC: translate("Texts", "Cabinet de santé"),
            Sector.CRAFTSMAN: translate("Texts", "Artisan"),
            Sector.OTHER: translate("Texts", "Autre commerce"),
        },
    )


# ---------------------------------------------------------------------------------------- agenda, inbox


def appointment_status_label(status: AppointmentStatus | str) -> str:
    return _pick(
        status,
        {
            AppointmentStatus.PLANNED: translate("Texts", "Prévu"),
            AppointmentStatus.CONFIRMED: translate("Texts", "Confirmé"),
            AppointmentStatus.CANCELLED: translate("Texts", "Annulé"),
            AppointmentStatus.DONE: translate("Texts", "Honoré"),
            AppointmentStatus.NO_SHOW: translate("Texts", "Absent"),
        },
    )


def order_status_label(status: OrderStatus | str) -> str:
    return _pick(
        status,
        {
            OrderStatus.IN_PROGRESS: translate("Texts", "En préparation"),
            OrderStatus.READY: translate("Texts", "Prête"),
            OrderStatus.COLLECTED: translate("Texts", "Retirée"),
            OrderStatus.CANCELLED: translate("Texts", "Annulée"),
        },
    )


def notice_kind_label(kind: NoticeKind | str) -> str:
    """« Rappel la veille », « Message « prête » »…"""
    return _pick(
        kind,
        {
            NoticeKind.DAY_BEFORE: translate("Texts", "Rappel avant le rendez-vous"),
            NoticeKind.MORNING_OF: translate("Texts", "Rappel le matin même"),
            NoticeKind.CONFIRMATION: translate("Texts", "Confirmation du rendez-vous"),
            NoticeKind.READY: translate("Texts", "Message « prête »"),
            NoticeKind.PICKUP: translate("Texts", "Rappel de retrait"),
            NoticeKind.SURVEY: translate("Texts", "Enquête de satisfaction"),
            NoticeKind.REVIEW: translate("Texts", "Demande d'avis"),
            NoticeKind.ON_THE_WAY: translate("Texts", "Technicien en route"),
            NoticeKind.DELAY: translate("Texts", "Retard"),
            NoticeKind.QUOTE_DATE: translate("Texts", "Date du devis"),
        },
    )


def notice_text(notice: Notice, zone: ZoneInfo, *, today: dt.date | None = None) -> str:
    """What became of a notice: « Prévu pour mardi 2 décembre à 10h00 », « Livré », « Bloqué : … »."""
    if notice.status is NoticeStatus.PLANNED:
        moment = format_moment(notice.due_at, zone, today=today)
        return translate("Texts", "Prévu pour {moment}").format(moment=moment)
    if notice.status is NoticeStatus.QUEUED:
        return (
            status_label(notice.message_status)
            if notice.message_status
            else status_label(MessageStatus.QUEUED)
        )
    if notice.reason:
        reason = catalogue.explain(notice.reason, **notice.reason_params)
        if notice.status is NoticeStatus.BLOCKED and not reason.startswith(("Bloqué", "Blocked")):
            return translate("Texts", "Bloqué : {reason}").format(reason=reason)
        return reason
    return _pick(
        notice.status,
        {
            NoticeStatus.BLOCKED: translate("Texts", "Bloqué"),
            NoticeStatus.CANCELLED: translate("Texts", "Annulé"),
            NoticeStatus.SKIPPED: translate("Texts", "Non envoyé"),
        },
    )


def notice_family(notice: Notice) -> StatusFamily:
    """How a notice looks: planned (pending), its message's family once queued, blocked (problem)…"""
    if notice.status is NoticeStatus.QUEUED:
        return status_family(notice.message_status or MessageStatus.QUEUED)
    if notice.status is NoticeStatus.BLOCKED:
        return StatusFamily.PROBLEM
    if notice.status is NoticeStatus.PLANNED:
        return StatusFamily.PENDING
    return StatusFamily.STOPPED


def interpretation_label(interpretation: Interpretation | str) -> str:
    return _pick(
        interpretation,
        {
            Interpretation.OPT_OUT: translate("Texts", "Désinscription"),
            Interpretation.OPT_IN: translate("Texts", "Réinscription"),
            Interpretation.CONFIRM: translate("Texts", "Confirmation"),
            Interpretation.CANCEL: translate("Texts", "Annulation"),
            Interpretation.SCORE: translate("Texts", "Note de satisfaction"),
            Interpretation.KEYWORD: translate("Texts", "Mot-clé"),
            Interpretation.UNKNOWN: translate("Texts", "À traiter"),
        },
    )


# ---------------------------------------------------------------------------------------- dates, money


def business_zone(region: str | None = None) -> ZoneInfo:
    """The business's time zone from its region code (``Settings.business.region``); Paris by default."""
    return ZoneInfo(region_timezone(region))


def _english() -> bool:
    return catalogue.language() == "en"


def format_day(day: dt.date, *, with_year: bool = False) -> str:
    """« mardi 2 décembre » (« mercredi 1er avril »), with the year when asked."""
    if _english():
        pattern = "dddd d MMMM yyyy" if with_year else "dddd d MMMM"
        return QLocale(QLocale.Language.English).toString(QDate(day.year, day.month, day.day), pattern)
    text = format_date_fr(day)
    return f"{text} {day.year}" if with_year else text


_SHORT_DAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def format_day_short(day: dt.date) -> str:
    """« lun. 30 » (« Mon 30 »): a column header of the week (the week's dates are in the title; a header
    this short fits a day's column at 1280×800)."""
    if _english():
        name = QLocale(QLocale.Language.English).toString(QDate(day.year, day.month, day.day), "ddd")
    else:
        name = _SHORT_DAYS[day.weekday()]
    return f"{name} {day.day}"


def format_time(when: dt.datetime | dt.time) -> str:
    """« 08h00 » (« 08:00 » in English)."""
    return f"{when.hour:02d}:{when.minute:02d}" if _english() else f"{when.hour:02d}h{when.minute:02d}"


def format_moment(when: dt.datetime, zone: ZoneInfo, *, today: dt.date | None = None) -> str:
    """« mardi 2 décembre à 08h00 » in the business's time zone; the year only when it is not this year."""
    local = when.astimezone(zone)
    with_year = today is not None and local.year != today.year
    return translate("Texts", "{day} à {time}").format(
        day=format_day(local.date(), with_year=with_year), time=format_time(local)
    )


def format_short(when: dt.datetime, zone: ZoneInfo, *, today: dt.date | None = None) -> str:
    """« 02/12 08h00 » this year, « 02/12/2025 08h00 » otherwise (for tables)."""
    local = when.astimezone(zone)
    day = f"{local.day:02d}/{local.month:02d}"
    if today is None or local.year != today.year:
        day += f"/{local.year}"
    return f"{day} {format_time(local)}"


def format_cents(cents: int) -> str:
    """« 0,08 € », « 12,50 € » (integer cents, never floats)."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    separator = "." if _english() else ","
    return f"{sign}{euros}{separator}{rest:02d} €"


def format_cost(cents: int, *, price_known: bool) -> str:
    """« 0,14 € »; « prix par SMS non renseigné » when the cost comes from an unknown (zero) price per SMS,
    which would otherwise read as a free message."""
    if not price_known:
        return translate("Texts", "prix par SMS non renseigné")
    return format_cents(cents)


def message_cost(cents: int) -> str:
    """The cost of a message as recorded; zero means its account had no price per SMS (a message is never
    free: it counts at least one SMS)."""
    return format_cost(cents, price_known=cents > 0)
