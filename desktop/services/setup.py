"""First start and the settings screen, without Qt: check values, suggest a sender, apply the wizard's answers.

- :func:`check_settings` lists what cannot be saved (``Problem``: field + code); :func:`policy_warnings` what
  may be saved but deserves a word (sending after 20:00, on Sundays or public holidays).
- :func:`save_settings` saves a checked, normalised document (business phone in E.164) and carries a new
  sender name over to the accounts that used the previous one (and to the simulator while it still has its
  built-in sender), so that "Expéditeur" in the settings really is the name clients see; a new sector gets
  its missing template presets.
- :func:`apply_first_run` installs the sector's template presets, makes sure an account is the default
  (the built-in simulator unless the user connected one) and saves the settings with ``first_run_done`` —
  last, so that an interrupted first start runs the wizard again. The first-start wizard and the ``setup``
  command both call it; :func:`area_of` turns the command's region and département into the wizard's area.
- :func:`check_draft` tests an account's credentials *before* it is saved ("Tester la connexion").

Codes here are explained by the catalogue (``desktop/core/catalogue/setup.py``; phone, sender, account and
storage codes in their own tables).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from dataclasses import field as _field
from types import MappingProxyType
from typing import Final

from desktop.core import quiet_hours
from desktop.core.compliance import Severity, check_sender
from desktop.core.entities import ProviderAccount
from desktop.core.errors import KnownError
from desktop.core.phones import normalize
from desktop.core.quiet_hours import SendingPolicy
from desktop.core.text import fold
from desktop.providers.base import AccountCheck
from desktop.providers.credentials import CredentialStore, Verdict
from desktop.services.accounts import (
    SIMULATOR,
    SIMULATOR_SENDER,
    AccountService,
    is_builtin,
)
from desktop.services.inbox import keywords
from desktop.services.settings import SettingsService
from desktop.services.templates import TemplateService
from desktop.settings import AREAS, READY_NOTICES, Business, Settings

# Problem codes (besides the phone codes of desktop.core.phones and the sender codes of compliance).
BUSINESS_NAME_EMPTY: Final = "business_name_empty"
AREA_UNKNOWN: Final = "area_unknown"
COURTESY_EMPTY_WINDOW: Final = "courtesy_empty_window"
CAP_OUT_OF_RANGE: Final = "cap_out_of_range"
RETENTION_OUT_OF_RANGE: Final = "retention_out_of_range"
BACKUPS_OUT_OF_RANGE: Final = "backups_out_of_range"
REGION_UNKNOWN: Final = "setup_region_unknown"
SUBDIV_INVALID: Final = "setup_subdiv_invalid"
KIND_DURATION_OUT_OF_RANGE: Final = "kind_duration_out_of_range"
REMINDER_DAYS_OUT_OF_RANGE: Final = "reminder_days_out_of_range"
ORDER_DAYS_OUT_OF_RANGE: Final = "order_days_out_of_range"
READY_NOTICE_UNKNOWN: Final = "ready_notice_unknown"
# Policy warning codes.
LATE_WINDOW: Final = "late_window"  # promotions after 20:00 (allowed by the af2m charter up to 21:30)
SUNDAYS_ALLOWED: Final = "sundays_allowed"
HOLIDAYS_ALLOWED: Final = "holidays_allowed"

USUAL_END_HOUR: Final = 20
RETENTION_RANGE: Final = (1, 120)
BACKUPS_RANGE: Final = (1, 365)
KIND_DURATION_RANGE: Final = (5, 720)  # minutes an appointment of a kind usually lasts
REMINDER_DAYS_RANGE: Final = (1, 7)  # days between a reminder and its appointment
#: Days after "ready" for the pickup reminder, after collection for the survey.
ORDER_DAYS_RANGE: Final = (0, 60)
#: The frequency caps (0 turns one off), as Réglages › Envoi offers them.
PROMOTIONS_PER_WEEK_RANGE: Final = (0, 20)
PROMOTIONS_PER_MONTH_RANGE: Final = (0, 60)
IDENTICAL_PER_DAY_RANGE: Final = (0, 10)
MONTHS_BETWEEN_RANGE: Final = (0, 36)  # between two review requests, or two surveys, to one client
#: Days between a visit (or a collection) and its survey or review request.
SURVEY_DAYS_RANGE: Final = (0, 60)
SENDER_MAX: Final = 11
_SUNDAY: Final = 6
#: A French département: 01–95, 2A, 2B, and the overseas ones (971…978, 986…988).
_DEPARTEMENT: Final = re.compile(r"0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-8]|98[6-8]")
_FILLER_WORDS: Final = frozenset(
    {"les", "des", "chez", "sarl", "sas", "sasu", "eurl", "and", "the", "cie", "et", "de", "du", "la", "le"}
)


@dataclass(frozen=True)
class Problem:
    """A value that cannot be saved: ``field`` names the input, ``code`` (and ``params``) the reason."""

    field: str  # "name", "phone", "area", "sender", "policy", "courtesy", "caps", "retention", "backups",
    # "kinds", "orders", "keywords", "surveys"
    code: str
    params: Mapping[str, str] = _field(default_factory=lambda: MappingProxyType({}))


class SettingsInvalidError(KnownError):
    """Values that cannot be saved; ``code`` and ``params`` are the first problem's, for one sentence (the
    settings screen and the first-start wizard show each problem beside its field)."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0] if problems else None
        super().__init__(first.code if first else None, **(first.params if first else {}))
        self.detail = ", ".join(f"{p.field}:{p.code}" for p in problems)
        self.problems = tuple(problems)


# ---------------------------------------------------------------------------------------- checking


def check_settings(settings: Settings) -> list[Problem]:
    """Everything that prevents saving ``settings``, in the order of the screen; empty when fine."""
    problems: list[Problem] = []
    business = settings.business
    if not business.name.strip():
        problems.append(Problem("name", BUSINESS_NAME_EMPTY))
    if business.phone.strip():
        result = normalize(business.phone, business.region)
        if not result.ok and result.error:
            problems.append(Problem("phone", result.error))
    if business.area not in AREAS:
        problems.append(Problem("area", AREA_UNKNOWN, {"area": business.area}))
    if settings.sender.strip():
        for finding in check_sender(settings.sender):
            if finding.severity is Severity.BLOCK:
                problems.append(Problem("sender", finding.code, dict(finding.params)))
                break
    problems.extend(Problem("policy", code) for code in settings.policy.validate())
    if settings.policy.courtesy_end <= settings.policy.courtesy_start:
        problems.append(Problem("courtesy", COURTESY_EMPTY_WINDOW))
    caps = settings.caps
    problems.extend(
        _out_of_range(
            "caps",
            (caps.promotional_per_week, PROMOTIONS_PER_WEEK_RANGE),
            (caps.promotional_per_month, PROMOTIONS_PER_MONTH_RANGE),
            (caps.identical_transactional_per_day, IDENTICAL_PER_DAY_RANGE),
            (caps.review_request_months, MONTHS_BETWEEN_RANGE),
        )
    )
    low, high = RETENTION_RANGE
    if not low <= settings.retention_months <= high:
        problems.append(Problem("retention", RETENTION_OUT_OF_RANGE, {"min": str(low), "max": str(high)}))
    low, high = BACKUPS_RANGE
    if not low <= settings.backups_to_keep <= high:
        problems.append(Problem("backups", BACKUPS_OUT_OF_RANGE, {"min": str(low), "max": str(high)}))
    problems.extend(_agenda_problems(settings))
    problems.extend(_reply_problems(settings))
    return problems


def _agenda_problems(settings: Settings) -> list[Problem]:
    """The kinds of appointment (usual length, reminder delay) and the order notices (delays, mode)."""
    found: list[Problem] = []
    for kind in settings.agenda.kinds:
        low, high = KIND_DURATION_RANGE
        if not low <= kind.duration_minutes <= high:
            params = {"kind": kind.name, "min": str(low), "max": str(high)}
            found.append(Problem("kinds", KIND_DURATION_OUT_OF_RANGE, params))
            break
        low, high = REMINDER_DAYS_RANGE
        if not low <= kind.rule.days_before <= high:
            params = {"kind": kind.name, "min": str(low), "max": str(high)}
            found.append(Problem("kinds", REMINDER_DAYS_OUT_OF_RANGE, params))
            break
    orders = settings.orders
    low, high = ORDER_DAYS_RANGE
    if not all(low <= days <= high for days in (orders.pickup_reminder_days, orders.survey_days)):
        found.append(Problem("orders", ORDER_DAYS_OUT_OF_RANGE, {"min": str(low), "max": str(high)}))
    if orders.ready_notice not in READY_NOTICES:
        found.append(Problem("orders", READY_NOTICE_UNKNOWN, {"choices": ", ".join(READY_NOTICES)}))
    return found


def _reply_problems(settings: Settings) -> list[Problem]:
    """The keywords (each usable, each once) and the survey rules (their delays within range)."""
    found: list[Problem] = []
    seen: list[str] = []
    for keyword in settings.replies.keywords:
        refused = keywords.problem(keyword.word, keyword.answer)
        if refused is not None:
            found.append(Problem("keywords", refused[0], refused[1]))
            break
        if any(keywords.same_word(keyword.word, other) for other in seen):
            found.append(Problem("keywords", keywords.DUPLICATE, {"word": keywords.clean_word(keyword.word)}))
            break
        seen.append(keyword.word)
    rule = settings.surveys
    found.extend(
        _out_of_range(
            "surveys",
            (rule.visit_days, SURVEY_DAYS_RANGE),
            (rule.months_between, MONTHS_BETWEEN_RANGE),
            (rule.review_days, SURVEY_DAYS_RANGE),
        )
    )
    return found


def _out_of_range(field: str, *values: tuple[int, tuple[int, int]]) -> list[Problem]:
    """The first of ``values`` outside its (lowest, highest) range, as one problem of ``field``."""
    for value, (low, high) in values:
        if not low <= value <= high:
            return [
                Problem(field, CAP_OUT_OF_RANGE, {"value": str(value), "min": str(low), "max": str(high)})
            ]
    return []


def policy_warnings(policy: SendingPolicy) -> list[str]:
    """Allowed but worth a warning: later than the usual 20:00, Sundays, public holidays."""
    warnings: list[str] = []
    if policy.end.hour > USUAL_END_HOUR or (policy.end.hour == USUAL_END_HOUR and policy.end.minute > 0):
        warnings.append(LATE_WINDOW)
    if _SUNDAY in policy.allowed_weekdays:
        warnings.append(SUNDAYS_ALLOWED)
    if policy.allow_holidays:
        warnings.append(HOLIDAYS_ALLOWED)
    return warnings


def normalized(settings: Settings) -> Settings:
    """Texts stripped, the business phone in E.164 when it is a valid number."""
    business = settings.business
    phone = business.phone.strip()
    if phone:
        result = normalize(phone, business.region)
        if result.ok and result.e164:
            phone = result.e164
    return replace(
        settings,
        sender=settings.sender.strip(),
        business=replace(
            business,
            name=business.name.strip(),
            address=business.address.strip(),
            phone=phone,
            opening_hours=business.opening_hours.strip(),
            review_link=business.review_link.strip(),
            survey_link=business.survey_link.strip(),
        ),
        backup_dir=settings.backup_dir.strip(),
    )


def suggest_sender(business_name: str) -> str:
    """A valid sender ID from a business name: "Optique Martin" → "OPTMARTIN"; "" when none fits."""
    words = [w.upper() for w in re.split(r"[^a-z0-9]+", fold(business_name)) if w]
    significant = [w for w in words if w.lower() not in _FILLER_WORDS] or words
    if not significant:
        return ""
    candidate = "".join(significant)
    if len(candidate) > SENDER_MAX and len(significant) > 1:
        candidate = significant[0][:3]
        for word in significant[1:]:
            if len(candidate) + len(word) > SENDER_MAX:
                if len(candidate) <= 3:
                    candidate += word
                break
            candidate += word
    candidate = candidate[:SENDER_MAX]
    blocking = [f for f in check_sender(candidate) if f.severity is Severity.BLOCK]
    return "" if blocking else candidate


def area_of(region: str | None, subdiv: str | None, current: str = "metropole") -> str:
    """The business area (:data:`desktop.settings.AREAS`) of a region code (``FR``, ``RE``…) and a
    département (``57`` → Alsace-Moselle, ``974`` → La Réunion); ``current`` when neither is given.
    Raises :class:`SettingsInvalidError` (``area``) for an unknown region or département."""
    if region is None and subdiv is None:
        return current
    code = (region or "FR").strip().upper()
    dept = (subdiv or "").strip().upper()
    if dept and not _DEPARTEMENT.fullmatch(dept):
        raise SettingsInvalidError([Problem("area", SUBDIV_INVALID, {"value": subdiv or ""})])
    overseas = [a for a in AREAS if a.isupper()]
    if code != "FR" and code not in overseas:
        choices = ", ".join(overseas)
        raise SettingsInvalidError(
            [Problem("area", REGION_UNKNOWN, {"value": region or "", "choices": choices})]
        )
    area, holiday_subdiv = quiet_hours.holiday_area(code, dept or None)
    if area == "FR":
        return "alsace_moselle" if holiday_subdiv else "metropole"
    return area


# ---------------------------------------------------------------------------------------- saving


@dataclass(frozen=True)
class SaveOutcome:
    settings: Settings
    senders_updated: tuple[str, ...] = ()  # names of the accounts whose sender followed the new one
    templates_installed: int = 0  # presets of a newly chosen sector


def save_settings(
    settings: SettingsService,
    accounts: AccountService,
    new: Settings,
    templates: TemplateService | None = None,
) -> SaveOutcome:
    """Check, normalise and save ``new``; a new sender name goes to the accounts that used the old one;
    with ``templates``, a new sector gets its missing template presets."""
    problems = check_settings(new)
    if problems:
        raise SettingsInvalidError(problems)
    value = normalized(new)
    old = settings.get()
    settings.save(value)
    updated: list[str] = []
    if value.sender and value.sender != old.sender:
        for account in accounts.list():
            follows = bool(old.sender) and account.sender == old.sender
            pristine = is_builtin(account) and account.sender == SIMULATOR_SENDER
            if (follows or pristine) and account.sender != value.sender:
                accounts.update(account.name, sender=value.sender)
                updated.append(account.name)
    installed = 0
    if templates is not None and value.business.sector != old.business.sector:
        installed = len(templates.install_presets(value.business.sector))
    return SaveOutcome(value, tuple(updated), installed)


@dataclass(frozen=True)
class FirstRunAnswers:
    business: Business
    sender: str = ""
    account_added: bool = False  # the user connected a real account during the wizard


@dataclass(frozen=True)
class SetupResult:
    settings: Settings
    templates_installed: int
    default_account: ProviderAccount


def apply_first_run(
    settings: SettingsService, templates: TemplateService, accounts: AccountService, answers: FirstRunAnswers
) -> SetupResult:
    """Apply the wizard: presets of the sector, an account by default, then the settings (first run done).

    Without an account added in the wizard the default stays the built-in simulator (created if needed);
    a real account that was already the default (configured from the command line) is left as it is.
    """
    current = settings.get()
    candidate = replace(
        current, business=answers.business, sender=answers.sender.strip(), first_run_done=True
    )
    problems = check_settings(candidate)
    if problems:
        raise SettingsInvalidError(problems)
    installed = templates.install_presets(answers.business.sector)
    default = accounts.default()  # creates the simulator and makes it the default on a fresh database
    outcome = save_settings(settings, accounts, candidate)
    if outcome.senders_updated:
        default = accounts.default()
    return SetupResult(outcome.settings, len(installed), default)


# ---------------------------------------------------------------------------------------- accounts


def keyring_ready() -> bool:
    """Is there a keyring Comptoir accepts for provider secrets? (False: only the simulator can be used.)"""
    return CredentialStore().info().verdict is not Verdict.REFUSED


@dataclass(frozen=True)
class AccountDraft:
    """What the account dialog holds before saving."""

    kind: str
    sender: str = ""
    options: Mapping[str, str] = _field(default_factory=dict)
    secrets: Mapping[str, str] = _field(default_factory=dict)
    base_url: str = ""


def check_draft(
    accounts: AccountService, draft: AccountDraft, existing: ProviderAccount | None = None
) -> AccountCheck:
    """Test credentials not saved yet (a fresh adapter, closed afterwards). Secrets left empty when editing
    ``existing`` are read from the keyring. Raises AccountError (input, keyring) or ProviderError."""
    return accounts.test_values(
        draft.kind,
        draft.sender,
        draft.options,
        draft.secrets,
        base_url=draft.base_url,
        existing_name=existing.name if existing is not None else None,
    )


def is_real(account: ProviderAccount | None) -> bool:
    """An account that sends real SMS (anything but a simulator)."""
    return account is not None and account.provider != SIMULATOR
