"""Templates: CRUD, name rules, validation with positions, delete-or-deactivate, presets, preview helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from desktop.core import catalogue, compliance
from desktop.core.clock import FakeClock
from desktop.core.entities import Purpose, Sector
from desktop.core.sms import GSM7, UCS2, analyze
from desktop.core.templates import (
    KNOWN_VARIABLES,
    ProblemCode,
    TemplateError,
    format_date_fr,
    lenient_render,
    render,
    validate,
)
from desktop.services.changes import ChangeHub, Changes
from desktop.services.presets import PresetError, all_presets, load_presets
from desktop.services.settings import SettingsService
from desktop.services.templates import (
    DeleteOutcome,
    TemplateDraft,
    TemplateService,
    TemplateValidationError,
    preview_text,
    template_hints,
    variables_for,
)
from desktop.settings import Business, Settings
from desktop.storage.db import Database
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import CampaignRow, MessageRow
from desktop.storage.repositories import templates as repo

# Tuesday 29 September 2026, 10:00 in Paris: "tomorrow" is the longest French date of the year.
NOW = dt.datetime(2026, 9, 29, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def published(hub: ChangeHub) -> list[Changes]:
    seen: list[Changes] = []
    hub.subscribe(seen.append)
    return seen


@pytest.fixture
def settings_service(db: Database, hub: ChangeHub) -> SettingsService:
    return SettingsService(db, hub)


@pytest.fixture
def service(db: Database, hub: ChangeHub, settings_service: SettingsService) -> TemplateService:
    return TemplateService(db, hub, settings_service, clock=FakeClock(NOW))


def _draft(name: str = "Lunettes prêtes", body: str = "Bonjour {prenom}, vos lunettes sont prêtes.", **kw):
    return TemplateDraft(name=name, purpose=kw.pop("purpose", Purpose.TRANSACTIONAL), body=body, **kw)


# ---------------------------------------------------------------------------------------- CRUD


def test_create_get_update_list_and_publish(service: TemplateService, published: list[Changes]) -> None:
    created = service.create(_draft(name="  Lunettes   prêtes ", body="  Bonjour {prenom} \n"))
    assert created.name == "Lunettes prêtes"  # spaces collapsed
    assert created.body == "Bonjour {prenom}"  # outer whitespace costs characters: trimmed
    assert service.get(created.id) == created
    assert published == [Changes(templates=True)]

    promo = service.create(_draft(name="Promo", body="{boutique} : -10 %", purpose=Purpose.PROMOTIONAL))
    updated = service.update(created.id, _draft(name="Lunettes OK", body="Prêtes !", active=False))
    assert (updated.name, updated.body, updated.active) == ("Lunettes OK", "Prêtes !", False)
    assert [t.name for t in service.list_templates()] == ["Lunettes OK", "Promo"]
    assert [t.name for t in service.list_templates(active_only=True)] == ["Promo"]
    assert [t.id for t in service.list_templates(purpose=Purpose.PROMOTIONAL)] == [promo.id]
    assert len(published) == 3


def test_get_by_name_exact_then_folded(service: TemplateService) -> None:
    template = service.create(_draft())
    assert service.get_by_name("Lunettes prêtes") == template
    assert service.get_by_name("  LUNETTES pretes ") == template
    assert service.get_by_name("Lunettes") is None
    assert service.get_by_name("") is None


def test_missing_template_is_not_found(service: TemplateService) -> None:
    with pytest.raises(NotFoundError):
        service.get(999)
    with pytest.raises(NotFoundError):
        service.update(999, _draft())
    with pytest.raises(NotFoundError):
        service.delete(999)


def test_duplicate_name_is_refused_whatever_the_case_and_accents(service: TemplateService) -> None:
    first = service.create(_draft())
    with pytest.raises(TemplateValidationError) as caught:
        service.create(_draft(name="LUNETTES PRETES"))
    assert caught.value.errors == {"name": "template_name_taken"}
    assert caught.value.params["name"] == "Lunettes prêtes"
    assert "Lunettes prêtes" in catalogue.explain("template_name_taken", **caught.value.params)
    other = service.create(_draft(name="Autre"))
    with pytest.raises(TemplateValidationError):
        service.update(other.id, _draft(name="lunettes prêtes"))
    # Renaming a template to (a variant of) its own name is fine.
    assert service.update(first.id, _draft(name="Lunettes PRÊTES")).name == "Lunettes PRÊTES"


def test_name_and_body_are_required(service: TemplateService, published: list[Changes]) -> None:
    with pytest.raises(TemplateValidationError) as caught:
        service.create(_draft(name="  ", body=" \n "))
    assert caught.value.errors == {"name": "template_name_required", "body": "template_body_empty"}
    with pytest.raises(TemplateValidationError) as caught:
        service.create(_draft(name="x" * 101))
    assert caught.value.errors == {"name": "template_name_too_long"}
    assert "100" in catalogue.explain("template_name_too_long", **caught.value.params)
    assert published == []
    assert service.list_templates() == []


def test_unknown_variable_is_refused_with_its_position(service: TemplateService) -> None:
    body = "Bonjour {prenon}, RDV le {date_rdv} {"
    with pytest.raises(TemplateValidationError) as caught:
        service.create(_draft(body=body))
    error = caught.value
    assert error.errors == {"body": "template_body_invalid"}
    assert [(p.code, p.position, p.length, p.name) for p in error.problems] == [
        (ProblemCode.UNKNOWN_VARIABLE, 8, 8, "prenon"),
        (ProblemCode.UNBALANCED_OPEN, len(body) - 1, 1, None),
    ]
    assert body[8:16] == "{prenon}"
    assert service.list_templates() == []


def test_delete_removes_an_unused_template(service: TemplateService, published: list[Changes]) -> None:
    template = service.create(_draft())
    assert service.delete(template.id) is DeleteOutcome.DELETED
    assert service.list_templates() == []
    assert published[-1] == Changes(templates=True)


@pytest.mark.parametrize("referrer", ["campaign", "message"])
def test_delete_deactivates_a_template_with_history(
    service: TemplateService, db: Database, referrer: str
) -> None:
    template = service.create(_draft())
    with db.session() as session:
        if referrer == "campaign":
            session.add(CampaignRow(name="Rentrée", template_id=template.id))
        else:
            session.add(
                MessageRow(
                    to_number="+33612345678",
                    body="Bonjour",
                    encoding=GSM7,
                    segments=1,
                    purpose="transactional",
                    template_id=template.id,
                    status="delivered",
                    due_at=NOW,
                    idempotency_key="k1",
                )
            )
    assert service.delete(template.id) is DeleteOutcome.DEACTIVATED
    kept = service.get(template.id)
    assert kept.active is False
    assert "désactivé" in catalogue.explain("template_deactivated_in_use", name=kept.name)


def test_set_active(service: TemplateService) -> None:
    template = service.create(_draft())
    assert service.set_active(template.id, False).active is False
    assert service.set_active(template.id, True).active is True


# ---------------------------------------------------------------------------------------- editing help


def test_palette_offers_every_variable_but_motif_for_clinics() -> None:
    names = [v.name for v in variables_for(Sector.OPTICIAN)]
    assert sorted(names) == sorted(KNOWN_VARIABLES)
    assert names[:3] == ["prenom", "nom", "civilite"]
    clinic = [v.name for v in variables_for(Sector.CLINIC)]
    assert "motif" not in clinic
    assert set(clinic) == set(KNOWN_VARIABLES) - {"motif"}
    for variable in variables_for(Sector.OTHER):
        assert variable.label != variable.name, f"no French label for {variable.name}"
        assert variable.placeholder == "{" + variable.name + "}"
    assert variables_for(Sector.OTHER)[0].label == "Prénom"


def test_sample_values_use_settings_and_tomorrow(
    service: TemplateService, settings_service: SettingsService
) -> None:
    values = service.sample_values()
    assert set(values) == set(KNOWN_VARIABLES)
    assert (values["civilite"], values["prenom"], values["nom"]) == ("Mme", "Claire", "Martin")
    assert values["date_rdv"] == format_date_fr(dt.date(2026, 9, 30)) == "mercredi 30 septembre"
    assert values["heure_rdv"] == "14h30"
    assert values["boutique"] == "Votre commerce"  # stand-in while the settings are empty
    settings_service.save(
        Settings(
            business=Business(
                name="Optique Martin",
                address="3 place Bellecour, 69002 Lyon",
                phone="+33478123456",
                sector=Sector.OPTICIAN,
                review_link="https://g.page/r/abc/review",
                survey_link="https://enquete.example/x",
            )
        )
    )
    values = service.sample_values()
    assert values["boutique"] == "Optique Martin"
    assert values["adresse"] == "3 place Bellecour, 69002 Lyon"
    assert values["telephone_boutique"] == "04 78 12 34 56"
    assert values["lien_avis"] == "https://g.page/r/abc/review"
    assert values["lien_enquete"] == "https://enquete.example/x"
    assert all(v.strip() for v in values.values())
    environment = service.environment(stop_text="STOP au 36180")
    assert environment.sector is Sector.OPTICIAN
    assert environment.business_name == "Optique Martin"
    assert environment.sample_values["boutique"] == "Optique Martin"


def test_render_is_strict_and_lenient_render_shows_what_is_broken() -> None:
    values = {"prenom": "Claire", "nom": ""}
    assert render("Bonjour {prenom}", values) == "Bonjour Claire"
    with pytest.raises(TemplateError):
        render("Bonjour {prenon}", values)
    assert lenient_render("Bonjour {prenon}, {prenom} !", values) == "Bonjour {prenon}, Claire !"
    assert lenient_render("Bonjour {nom}", values) == "Bonjour {nom}"  # no value: shown as typed
    assert lenient_render("Bonjour {nom|Madame}", values) == "Bonjour Madame"
    assert lenient_render("a { b } c }", values) == "a { b } c }"
    assert lenient_render("{Prénom} {{x}} {prenom}", values) == "{Prénom} {x} Claire"
    assert lenient_render("{prenom|a{b}", values) == "{prenom|a{b}"  # hopeless: the body as is


def test_preview_appends_the_stop_mention_to_promotions_only() -> None:
    values = {"boutique": "Optique Martin"}
    body = "{boutique} : -10 % cette semaine"
    assert preview_text(body, Purpose.TRANSACTIONAL, values) == "Optique Martin : -10 % cette semaine"
    promo = preview_text(body, Purpose.PROMOTIONAL, values)
    assert promo == f"Optique Martin : -10 % cette semaine\n{compliance.DEFAULT_STOP_TEXT}"
    assert preview_text(body, Purpose.PROMOTIONAL, values, "STOP au 36180").endswith("\nSTOP au 36180")
    assert preview_text(body + " STOP au 36180", Purpose.PROMOTIONAL, values).count("STOP") == 1


def test_template_hints() -> None:
    hints = template_hints("Votre IRM demain. Promo -20 % ! {motif}", Purpose.TRANSACTIONAL, Sector.CLINIC)
    by_code = {h.code: h for h in hints}
    assert set(by_code) == {"promotional_wording", "health_terms", "template_motif_clinic"}
    body = "Votre IRM demain. Promo -20 % ! {motif}"
    assert [body[a:b] for a, b in by_code["health_terms"].spans] == ["IRM"]
    assert [body[a:b] for a, b in by_code["promotional_wording"].spans] == ["Promo", "-20 %"]
    assert [body[a:b] for a, b in by_code["template_motif_clinic"].spans] == ["{motif}"]
    # The same words are fine where they belong.
    assert template_hints("Votre IRM demain {motif}", Purpose.TRANSACTIONAL, Sector.OPTICIAN) == []
    promo = {h.code for h in template_hints("Soldes : -20 %", Purpose.PROMOTIONAL, Sector.OTHER, "Optique")}
    assert promo == {"stop_mention_missing", "business_identity_missing"}
    assert template_hints("{boutique} : soldes STOP au 36180", Purpose.PROMOTIONAL) == []
    assert (
        template_hints("Optique Martin : soldes. STOP", Purpose.PROMOTIONAL, "other", "Optique Martin") == []
    )
    assert all(catalogue.has(h.code) for h in hints)


# ---------------------------------------------------------------------------------------- presets

#: Long but ordinary values: every preset must still fit one SMS with them.
LONG_VALUES = {
    "prenom": "Marie-Claire",
    "nom": "Martin",
    "civilite": "Mme",
    "date_rdv": "mercredi 30 septembre",  # the longest French date
    "heure_rdv": "14h30",
    "nouvelle_heure": "15h00",
    "motif": "consultation",
    "boutique": "Cabinet des Tilleuls",  # 20 characters
    "adresse": "8 rue Victor Hugo, 69002 Lyon",  # 29 characters
    "telephone_boutique": "04 78 12 34 56",
    "lien_avis": "https://g.page/r/CbXyZ123abcDEFGH7/review",
    "lien_enquete": "https://exemple.fr/enquete",
    "commande": "1042",
    "date_retrait": "mercredi 30 septembre",
    "heure_arrivee": "10h15",
    "date_devis": "mercredi 30 septembre",
    "sms_arretes": "nos promotions et nos rappels de rendez-vous",
}


def test_each_sector_has_the_presets_the_product_lists() -> None:
    def names(sector: Sector) -> list[str]:
        return [p.name for p in load_presets(sector)]

    common = [
        "Rappel de rendez-vous", "Confirmation de rendez-vous", "Commande prête", "Enquête de satisfaction",
        "Enquête de satisfaction (lien)", "Demande d'avis Google", "Promotion", "Confirmation de désinscription",
        "Confirmation de désinscription totale",
    ]  # fmt: skip
    assert names(Sector.OPTICIAN) == ["Lunettes prêtes", "Lentilles disponibles", "Rappel retrait", *common]
    assert names(Sector.CLINIC) == ["Rappel RDV J-1", "Rappel RDV jour même", "Confirmation de RDV", *common]
    assert names(Sector.CRAFTSMAN) == [
        "Arrivée du technicien", "Devis envoyé le", "Retard", "Rappel d'intervention", *common
    ]  # fmt: skip
    assert names(Sector.OTHER) == common
    purposes = {p.name: p.purpose for p in all_presets()}
    assert purposes["Promotion"] is Purpose.PROMOTIONAL
    assert purposes["Enquête de satisfaction"] is Purpose.SURVEY
    assert purposes["Demande d'avis Google"] is Purpose.SURVEY
    assert purposes["Enquête de satisfaction (lien)"] is Purpose.SURVEY
    assert purposes["Confirmation de désinscription"] is Purpose.TRANSACTIONAL
    assert len({p.key for p in all_presets()}) == len(all_presets()) == 19


def test_every_preset_is_valid_and_fits_one_gsm7_sms() -> None:
    for preset in all_presets():
        assert validate(preset.body, KNOWN_VARIABLES, LONG_VALUES) == [], preset.name
        text = preview_text(preset.body, preset.purpose, LONG_VALUES)  # promotions: with the STOP line
        analysis = analyze(text)
        assert analysis.segments == 1, f"{preset.name}: {analysis.units} units"
        # None is UCS-2: bodies avoid ê, ç, ’ and « » (é, è, à, ù are GSM-7).
        assert analysis.encoding == GSM7, f"{preset.name}: {analysis.non_gsm}"
        # A provider's own mention ("STOP au 36180") is shorter than the default one.
        assert analyze(preview_text(preset.body, preset.purpose, LONG_VALUES, "STOP au 36180")).segments == 1


def test_dates_in_august_make_date_presets_unicode() -> None:
    """The only way a preset turns UCS-2: « août » has a û, which GSM-7 lacks. Presets showing a date
    then cost 70 characters per SMS (3 SMS instead of 1 here): see the report to the lead about `format_date_fr`."""
    august = dict(
        LONG_VALUES, date_rdv="lundi 31 août", date_devis="lundi 31 août", date_retrait="lundi 31 août"
    )
    unicode_presets = {
        p.name for p in all_presets() if analyze(preview_text(p.body, p.purpose, august)).encoding == UCS2
    }
    assert unicode_presets == {
        "Rappel RDV J-1", "Confirmation de RDV", "Devis envoyé le", "Rappel de rendez-vous",
        "Confirmation de rendez-vous", "Rappel d'intervention",
    }  # fmt: skip


def test_promotion_preset_gets_a_stop_mention_and_names_the_business() -> None:
    (promotion,) = [p for p in all_presets() if p.purpose is Purpose.PROMOTIONAL]
    assert not compliance.has_stop_mention(promotion.body)  # the account's own mention is appended…
    assert compliance.has_stop_mention(preview_text(promotion.body, promotion.purpose, LONG_VALUES))
    assert "{boutique}" in promotion.body
    assert {h.code for h in template_hints(promotion.body, promotion.purpose)} == {"stop_mention_missing"}


def test_presets_respect_purpose_and_health_rules() -> None:
    for preset in all_presets():
        if preset.purpose is not Purpose.PROMOTIONAL:
            assert compliance.promotional_terms(preset.body) == (), preset.name
        assert compliance.health_terms(preset.body) == (), preset.name
        assert "{motif}" not in preset.body
    for preset in load_presets(Sector.CLINIC)[:3]:
        hints = template_hints(preset.body, preset.purpose, Sector.CLINIC)
        assert hints == [], preset.name
        assert "{heure_rdv}" in preset.body and "{adresse}" in preset.body
        assert re.search(r"répondez 2|2 pour annuler", preset.body), "how to cancel"


def test_install_presets_is_idempotent(
    service: TemplateService, settings_service: SettingsService, published: list[Changes]
) -> None:
    service.create(_draft(name="lunettes PRETES", body="Mon texte à moi"))
    settings_service.save(Settings(business=Business(sector=Sector.OPTICIAN)))
    published.clear()
    created = service.install_presets()  # the sector from the settings
    assert [t.name for t in created] == [
        "Lentilles disponibles", "Rappel retrait", "Rappel de rendez-vous", "Confirmation de rendez-vous",
        "Commande prête", "Enquête de satisfaction", "Enquête de satisfaction (lien)", "Demande d'avis Google",
        "Promotion", "Confirmation de désinscription", "Confirmation de désinscription totale",
    ]  # fmt: skip
    assert published == [Changes(templates=True)]
    own = service.get_by_name("lunettes PRETES")
    assert own is not None and own.body == "Mon texte à moi"  # the user's own is kept
    assert service.install_presets(Sector.OPTICIAN) == []
    assert len(published) == 1
    clinic = service.install_presets(Sector.CLINIC)
    assert [t.name for t in clinic] == ["Rappel RDV J-1", "Rappel RDV jour même", "Confirmation de RDV"]
    assert {t.sector for t in clinic} == {"clinic"}
    assert len(service.list_templates()) == 15


def test_broken_preset_files_raise_preset_error(tmp_path: Path) -> None:
    (tmp_path / "common.json").write_text(json.dumps({"version": 1, "sector": "common", "templates": []}))
    assert load_presets(Sector.OTHER, tmp_path) == []
    with pytest.raises(PresetError):
        load_presets(Sector.OPTICIAN, tmp_path)  # optician.json missing
    (tmp_path / "optician.json").write_text('{"version": 1, "templates": [{"key": "k", "name": "n"}]}')
    with pytest.raises(PresetError):
        load_presets(Sector.OPTICIAN, tmp_path)
    (tmp_path / "optician.json").write_text('{"version": 2, "templates": []}')
    with pytest.raises(PresetError):
        load_presets(Sector.OPTICIAN, tmp_path)


def test_repository_get_by_name_is_ambiguous_when_two_names_fold_alike(db: Database) -> None:
    values = repo.TemplateValues("Été", Purpose.TRANSACTIONAL, "a")
    with db.session() as session:
        repo.insert(session, values)
        repo.insert(session, dataclasses.replace(values, name="ETE"))
    with db.read() as session:
        assert repo.get_by_name(session, "ete") is None
        assert repo.get_by_name(session, "ETE") is not None
