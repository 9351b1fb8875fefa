"""Message templates: storage with validation, sector presets, and what the editor needs to preview them.

Decisions:
- A body with any problem (unknown variable, unbalanced brace, bad name) is refused at saving: it could
  never render. `TemplateValidationError.problems` carries the positions for the editor to underline.
- Names are unique regardless of case and accents ("Promotion" and "promotion" would confuse everyone).
- Deleting a template that messages or campaigns refer to deactivates it instead, so the history and the
  statistics per template stay whole; `delete` says which of the two happened.
- The pure helpers (`lenient_render`, `preview_text`, `template_hints`) run on the UI thread as the user
  types: they never touch the database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

from desktop.core import catalogue, compliance, outgoing, stop
from desktop.core.clock import Clock, SystemClock
from desktop.core.compliance import Finding, Severity
from desktop.core.entities import Purpose, Sector, Template
from desktop.core.errors import KnownError
from desktop.core.phones import format_national, region_timezone
from desktop.core.templates import (
    KNOWN_VARIABLES,
    TemplateProblem,
    format_date_fr,
    lenient_render,
    validate,
)
from desktop.core.text import fold
from desktop.services.changes import ChangeHub, Changes
from desktop.services.presets import PresetTemplate, load_presets
from desktop.services.settings import SettingsService
from desktop.settings import Settings
from desktop.storage.db import Database
from desktop.storage.errors import DuplicateError
from desktop.storage.repositories import templates as repo
from desktop.storage.repositories.templates import TemplateValues

MAX_NAME_LENGTH: Final = 100
KNOWN_NAMES: Final = frozenset(KNOWN_VARIABLES)

# ---------------------------------------------------------------------------------------- codes
NAME_REQUIRED: Final = "template_name_required"
NAME_TOO_LONG: Final = "template_name_too_long"
NAME_TAKEN: Final = "template_name_taken"
BODY_EMPTY: Final = "template_body_empty"
BODY_INVALID: Final = "template_body_invalid"
DEACTIVATED_IN_USE: Final = "template_deactivated_in_use"
MOTIF_IN_CLINIC: Final = "template_motif_clinic"

#: The palette's order: client, appointment, business, order, visit. Others (if any) follow.
_PALETTE_ORDER: Final = (
    "prenom", "nom", "civilite", "date_rdv", "heure_rdv", "nouvelle_heure", "praticien", "lieu", "motif",
    "boutique", "adresse",
    "telephone_boutique", "lien_avis", "lien_enquete", "commande", "date_retrait", "heure_arrivee",
    "date_devis", "sms_arretes",
)  # fmt: skip
#: Variables not offered in a sector's palette (still valid if typed: the editor then warns).
_HIDDEN: Final[Mapping[Sector, frozenset[str]]] = MappingProxyType({Sector.CLINIC: frozenset({"motif"})})

#: Stand-ins for the preview when the business settings are still empty.
_SAMPLE_BUSINESS: Final = MappingProxyType(
    {
        Sector.OPTICIAN: "Optique du Centre",
        Sector.CLINIC: "Cabinet des Tilleuls",
        Sector.CRAFTSMAN: "Dupont Plomberie",
        Sector.OTHER: "Votre commerce",
    }
)
_SAMPLE_ADDRESS: Final = "8 rue Victor Hugo, 69002 Lyon"
_SAMPLE_PHONE: Final = "04 78 12 34 56"
_SAMPLE_REVIEW_LINK: Final = "https://g.page/r/exemple/review"
_SAMPLE_SURVEY_LINK: Final = "https://exemple.fr/enquete"


class DeleteOutcome(StrEnum):
    DELETED = "deleted"
    DEACTIVATED = "deactivated"


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    """What the user typed in the editor."""

    name: str
    purpose: Purpose
    body: str
    active: bool = True
    sector: str = ""


class TemplateValidationError(KnownError):
    """Field ("name", "body") → code; `problems` are the body's problems with positions in `draft.body`;
    `params` fill the codes' texts (``name``, ``max``). ``code`` is the first field's, for one sentence."""

    def __init__(
        self,
        errors: Mapping[str, str],
        problems: Sequence[TemplateProblem] = (),
        params: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(next(iter(errors.values()), None), **(params or {}))
        self.detail = ", ".join(f"{k}: {v}" for k, v in errors.items())
        self.errors = dict(errors)
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class VariableInfo:
    """One entry of the editor's palette."""

    name: str
    source: str  # what fills it, as in KNOWN_VARIABLES ("client.first_name")

    @property
    def placeholder(self) -> str:
        return "{" + self.name + "}"

    @property
    def label(self) -> str:
        """The variable's label in the current language (the name itself when none is catalogued)."""
        code = f"template_variable_{self.name}"
        return catalogue.explain(code) if catalogue.has(code) else self.name


@dataclass(frozen=True, slots=True)
class TemplateEnvironment:
    """Everything the editor needs to check and preview a body, taken from the settings once."""

    sector: Sector = Sector.OTHER
    variables: tuple[VariableInfo, ...] = ()
    known_names: frozenset[str] = KNOWN_NAMES
    sample_values: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    business_name: str = ""
    stop_text: str = ""


# ---------------------------------------------------------------------------------------- pure helpers


def variables_for(sector: Sector | str) -> list[VariableInfo]:
    """The palette of a sector: every standard variable but those hidden there (``motif`` for clinics)."""
    hidden = _HIDDEN.get(Sector(sector), frozenset())
    order = [*_PALETTE_ORDER, *sorted(set(KNOWN_VARIABLES) - set(_PALETTE_ORDER))]
    return [VariableInfo(n, KNOWN_VARIABLES[n]) for n in order if n in KNOWN_VARIABLES and n not in hidden]


def body_problems(body: str, known_names: frozenset[str] = KNOWN_NAMES) -> list[TemplateProblem]:
    """Problems that keep the body from ever rendering (empty values are a matter for each recipient)."""
    return validate(body, known_names)


def preview_text(
    body: str,
    purpose: Purpose | str,
    values: Mapping[str, str | None],
    stop_text: str = "",
    known_names: frozenset[str] = KNOWN_NAMES,
) -> str:
    """The text a recipient would get with `values`: STOP mention appended to a promotion when missing."""
    text = lenient_render(body, values, known_names)
    return outgoing.final_text(text, purpose, outgoing.AccountFacts(id=0, stop_text=stop_text))


def _spans(body: str, words: Sequence[str]) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    lowered = body.lower()
    for word in words:
        key = word.lower()
        start = lowered.find(key)
        while key and start != -1:
            found.append((start, start + len(key)))
            start = lowered.find(key, start + len(key))
    return tuple(sorted(set(found)))


def _placeholder_spans(body: str, name: str) -> tuple[tuple[int, int], ...]:
    pattern = re.compile(r"(?<!\{)\{" + re.escape(name) + r"(?:\|[^{}]*)?\}")
    return tuple((m.start(), m.end()) for m in pattern.finditer(body))


def template_hints(
    body: str,
    purpose: Purpose | str,
    sector: Sector | str = Sector.OTHER,
    business_name: str = "",
    stop_text: str = "",
) -> list[Finding]:
    """Compliance hints about the template itself (not a recipient): promotional wording in a
    non-promotional text, STOP and identity in a promotion, health words and ``{motif}`` for clinics.
    `spans` are positions in `body`."""
    kind = Purpose(str(purpose))
    hints: list[Finding] = []
    if kind == Purpose.PROMOTIONAL:
        if not stop.has_stop_mention(body):
            hints.append(
                Finding(compliance.STOP_MENTION_MISSING, Severity.INFO, {"mention": stop.mention(stop_text)})
            )
        names_business = bool(fold(business_name)) and fold(business_name) in fold(body)
        if not _placeholder_spans(body, "boutique") and not names_business:
            hints.append(
                Finding(compliance.BUSINESS_IDENTITY_MISSING, Severity.WARN, {"business": business_name})
            )
    else:
        words = compliance.promotional_terms(body)
        if words:
            params = {"terms": ", ".join(words)}
            hints.append(
                Finding(compliance.PROMOTIONAL_WORDING, Severity.WARN, params, spans=_spans(body, words))
            )
    if Sector(sector) == Sector.CLINIC:
        words = compliance.health_terms(body)
        if words:
            params = {"terms": ", ".join(words)}
            hints.append(Finding(compliance.HEALTH_TERMS, Severity.WARN, params, spans=_spans(body, words)))
        motif = _placeholder_spans(body, "motif")
        if motif:
            hints.append(Finding(MOTIF_IN_CLINIC, Severity.WARN, spans=motif))
    return hints


def check_draft(draft: TemplateDraft, known_names: frozenset[str] = KNOWN_NAMES) -> TemplateValues:
    """Validated values to store, or TemplateValidationError. Uniqueness of the name is checked on save."""
    errors: dict[str, str] = {}
    name = " ".join(draft.name.split())
    if not name:
        errors["name"] = NAME_REQUIRED
    elif len(name) > MAX_NAME_LENGTH:
        errors["name"] = NAME_TOO_LONG
    problems = body_problems(draft.body, known_names)
    if not draft.body.strip():
        errors["body"] = BODY_EMPTY
    elif problems:
        errors["body"] = BODY_INVALID
    if errors:
        raise TemplateValidationError(errors, problems, {"name": name, "max": str(MAX_NAME_LENGTH)})
    return TemplateValues(
        name=name,
        purpose=Purpose(draft.purpose),
        body=draft.body.strip(),
        sector=draft.sector,
        active=draft.active,
    )


def _refuse_taken(taken: Sequence[Template]) -> None:
    if taken:
        raise TemplateValidationError({"name": NAME_TAKEN}, params={"name": taken[0].name})


# ---------------------------------------------------------------------------------------- service


class TemplateService:
    def __init__(
        self, db: Database, hub: ChangeHub, settings: SettingsService, clock: Clock | None = None
    ) -> None:
        self._db = db
        self._hub = hub
        self._settings = settings
        self._clock = clock or SystemClock()

    # ---------------------------------------------------------------- reading
    def list_templates(self, *, active_only: bool = False, purpose: Purpose | None = None) -> list[Template]:
        with self._db.read() as session:
            return repo.list_templates(session, active_only=active_only, purpose=purpose)

    def get(self, template_id: int) -> Template:
        with self._db.read() as session:
            return repo.get(session, template_id)

    def get_by_name(self, name: str) -> Template | None:
        with self._db.read() as session:
            return repo.get_by_name(session, name)

    # ---------------------------------------------------------------- writing
    def create(self, draft: TemplateDraft) -> Template:
        values = check_draft(draft)
        try:
            with self._db.session() as session:
                _refuse_taken(repo.find_by_folded_name(session, values.name))
                template = repo.insert(session, values)
        except DuplicateError as exc:
            raise TemplateValidationError({"name": NAME_TAKEN}, params={"name": values.name}) from exc
        self._hub.publish(Changes(templates=True))
        return template

    def update(self, template_id: int, draft: TemplateDraft) -> Template:
        values = check_draft(draft)
        try:
            with self._db.session() as session:
                _refuse_taken(repo.find_by_folded_name(session, values.name, exclude_id=template_id))
                template = repo.update(session, template_id, values)
        except DuplicateError as exc:
            raise TemplateValidationError({"name": NAME_TAKEN}, params={"name": values.name}) from exc
        self._hub.publish(Changes(templates=True))
        return template

    def set_active(self, template_id: int, active: bool) -> Template:
        with self._db.session() as session:
            template = repo.set_active(session, template_id, active)
        self._hub.publish(Changes(templates=True))
        return template

    def delete(self, template_id: int) -> DeleteOutcome:
        """Delete, or only deactivate when messages or campaigns refer to the template."""
        with self._db.session() as session:
            if repo.is_referenced(session, template_id):
                repo.set_active(session, template_id, False)
                outcome = DeleteOutcome.DEACTIVATED
            else:
                repo.delete_template(session, template_id)
                outcome = DeleteOutcome.DELETED
        self._hub.publish(Changes(templates=True))
        return outcome

    # ---------------------------------------------------------------- presets
    def presets(self, sector: Sector | str | None = None) -> list[PresetTemplate]:
        return load_presets(self._sector(sector))

    def install_presets(self, sector: Sector | str | None = None) -> list[Template]:
        """Add the sector's presets (and the common ones) whose names are not taken yet. Idempotent."""
        created: list[Template] = []
        with self._db.session() as session:
            taken = {fold(name) for name in repo.names(session)}
            for preset in load_presets(self._sector(sector)):
                if fold(preset.name) in taken:
                    continue
                values = TemplateValues(preset.name, preset.purpose, preset.body, preset.sector, True)
                created.append(repo.insert(session, values))
                taken.add(fold(preset.name))
        if created:
            self._hub.publish(Changes(templates=True))
        return created

    def _sector(self, sector: Sector | str | None) -> Sector:
        return Sector(sector) if sector is not None else self._settings.get().business.sector

    # ---------------------------------------------------------------- editing help
    def variables_for(self, sector: Sector | str | None = None) -> list[VariableInfo]:
        return variables_for(self._sector(sector))

    def sample_values(self, settings: Settings | None = None) -> dict[str, str]:
        """Values of a sample client (Mme Claire Martin, appointment tomorrow at 14h30) and of the business
        (from the settings, or plausible stand-ins while they are empty), for previews."""
        settings = settings or self._settings.get()
        business = settings.business
        zone = ZoneInfo(region_timezone(business.region))
        today = self._clock.now().astimezone(zone).date()
        tomorrow = today + dt.timedelta(days=1)
        phone = business.phone.strip()
        if phone.startswith("+"):
            phone = format_national(phone)
        return {
            "prenom": "Claire",
            "nom": "Martin",
            "civilite": "Mme",
            "date_rdv": format_date_fr(tomorrow),
            "heure_rdv": "14h30",
            "nouvelle_heure": "15h00",
            "motif": "consultation",
            "praticien": "Dr Bernard",
            "lieu": "12 rue des Lilas, Lyon",
            "boutique": business.name.strip() or _SAMPLE_BUSINESS[business.sector],
            "adresse": business.address.strip() or _SAMPLE_ADDRESS,
            "telephone_boutique": phone or _SAMPLE_PHONE,
            "lien_avis": business.review_link.strip() or _SAMPLE_REVIEW_LINK,
            "lien_enquete": business.survey_link.strip() or _SAMPLE_SURVEY_LINK,
            "commande": "1042",
            "date_retrait": format_date_fr(tomorrow),
            "heure_arrivee": "10h15",
            "date_devis": format_date_fr(today + dt.timedelta(days=3)),
            "sms_arretes": catalogue.explain("stopped_promotional", "fr"),
        }

    def environment(self, settings: Settings | None = None, stop_text: str = "") -> TemplateEnvironment:
        """What the editor needs, from the settings (read once: call again when they change)."""
        settings = settings or self._settings.get()
        sector = settings.business.sector
        return TemplateEnvironment(
            sector=sector,
            variables=tuple(variables_for(sector)),
            known_names=KNOWN_NAMES,
            sample_values=MappingProxyType(self.sample_values(settings)),
            business_name=settings.business.name,
            stop_text=stop_text,
        )

    def problems(self, body: str) -> list[TemplateProblem]:
        return body_problems(body)
