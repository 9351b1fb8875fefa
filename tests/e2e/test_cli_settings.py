"""``settings`` from the command line: everything read as the Réglages pages group it (or as the stored
document in JSON), values changed by their dotted path and saved the way the window's « Enregistrer » saves
them, the staff, the kinds of appointment and their reminders — with the window's checks and French refusals.

Commands run in-process (``desktop.app.main``) on a prepared data folder; the effect is read back through
the services the window uses."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.app import main
from desktop.cli.settings import PAGES
from desktop.context import AppContext, open_context
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, Sector
from desktop.paths import resolve
from desktop.services import settings_paths, setup
from desktop.services.agenda import defaults
from desktop.settings import AppointmentKind, Business, Settings

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=PARIS)  # a Tuesday morning

Command = Callable[..., tuple[int, str, str]]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    context = open_context(resolve(folder))
    try:
        business = Business(name="Optique Martin", phone="+33478123456", sector=Sector.OPTICIAN)
        context.settings.save(Settings(business=business, sender="OPTMARTIN", first_run_done=True))
        context.templates.install_presets(Sector.OPTICIAN)
        context.clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))
    finally:
        context.close()
    return folder


@pytest.fixture
def command(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Command:
    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data_dir), *args], clock=FakeClock(NOW.astimezone(dt.UTC)))
        except SystemExit as exc:  # usage errors leave through argparse
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return run


@pytest.fixture
def window_side(data_dir: Path) -> Callable[[], Iterator[AppContext]]:
    """A fresh context, as the window would open it, to read what was saved."""

    def opened() -> Iterator[AppContext]:
        context = open_context(resolve(data_dir))
        try:
            yield context
        finally:
            context.close()

    return opened


def saved(data_dir: Path) -> Settings:
    context = open_context(resolve(data_dir))
    try:
        return context.settings.get()
    finally:
        context.close()


# ---------------------------------------------------------------------------------------- reading


def test_every_settable_path_is_shown_on_its_page() -> None:
    shown = [path for _title, rows in PAGES for path, _label in rows]
    assert sorted(shown) == sorted(settings_paths.PATHS)
    assert len(shown) == len(set(shown))
    assert not {"version", "first_run_done", "language", "staff"} & set(settings_paths.PATHS)


def test_settings_read_as_the_pages_group_them_or_as_the_stored_document(
    command: Command, data_dir: Path
) -> None:
    code, out, err = command("settings")
    assert (code, err) == (0, "")
    titles = [line for line in out.splitlines() if line.startswith("— ")]
    assert titles == [
        "— Commerce", "— Expéditeur", "— Horaires d'envoi", "— Limites", "— Agenda",
        "— Réponses et enquêtes", "— Données",
    ]  # fmt: skip
    assert "Téléphone : 04 78 12 34 56   [business.phone]" in out  # as the window shows it
    assert "Secteur : opticien (optician)" in out
    assert "Examen de vue : 30 min, rappel 1 jour(s) avant à 10:00" in out  # the sector's usual kinds
    assert "Jours des promotions : lun, mar, mer, jeu, ven, sam" in out

    code, out, _ = command("settings", "--json")
    assert code == 0
    assert json.loads(out) == json.loads(saved(data_dir).to_json())


# ---------------------------------------------------------------------------------------- set


def test_set_saves_every_value_at_once_through_the_windows_save(command: Command, data_dir: Path) -> None:
    code, out, err = command(
        "settings", "set",
        "caps.promotional_per_week", "2",
        "policy.start", "9h30",
        "policy.allowed_weekdays", "lun,mar,mer",
        "surveys.after_visit", "oui",
        "replies.confirm_opt_out", "non",
        "business.phone", "04 78 00 00 01",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    document = json.loads(out)["settings"]
    assert document["caps"]["promotional_per_week"] == 2
    assert document["policy"]["start"] == "09:30"
    assert document["policy"]["allowed_weekdays"] == [0, 1, 2]
    assert document["business"]["phone"] == "+33478000001"  # normalised by save_settings
    settings = saved(data_dir)
    assert settings.caps.promotional_per_week == 2
    assert settings.policy.start == dt.time(9, 30)
    assert (settings.surveys.after_visit, settings.replies.confirm_opt_out) == (True, False)
    assert settings.business.name == "Optique Martin"  # the rest kept


def test_a_new_sender_follows_to_the_accounts_as_in_the_window(
    command: Command, data_dir: Path, window_side
) -> None:
    for context in window_side():
        context.accounts.default()  # the built-in simulator, with its own sender
    code, out, err = command("settings", "set", "sender", "MARTINOPT")
    assert code == 0, err
    assert "Nouvel expéditeur appliqué aux comptes : Simulateur." in out
    for context in window_side():
        assert context.settings.get().sender == "MARTINOPT"
        assert context.accounts.default().sender == "MARTINOPT"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("caps.promotional_per_week", "deux"), "« deux » ne convient pas pour caps.promotional_per_week"),
        (("surveys.after_visit", "peut-être"), "indiquez oui ou non"),
        (("policy.start", "25:00"), "indiquez une heure comme 09:30"),
        (("business.sector", "boulanger"), "optician, clinic, craftsman, other"),
        (("policy.allowed_weekdays", "lun,lundi"), "des jours séparés par des virgules"),
        (("policy.start", "07:00"), "qu'entre 8h00 et 21h30"),  # save_settings' check, as in the window
        (("business.name", " "), "Indiquez le nom de votre commerce"),
        (("sender", "06 12 34 56 78"), "ne peut pas servir d'expéditeur"),
        (("retention_months", "0"), "entre 1 et 120 mois"),
        (("orders.pickup_reminder_days", "90"), "entre 0 et 60 jours"),
        (("caps.promotional_per_week", "50"), "Cette valeur (50) doit aller de 0 à 20"),  # the window's limit
        (("caps.review_request_months", "-1"), "Cette valeur (-1) doit aller de 0 à 36"),
        (("surveys.review_days", "61"), "Cette valeur (61) doit aller de 0 à 60"),
        (("orders.ready_notice", "jamais"), "(queue, propose)"),
        (("orders.ready_template", "Inconnu"), "aucun modèle actif de ce nom pour cet usage"),
        (
            ("surveys.template", "Lunettes prêtes"),
            "Modèles possibles : Demande d'avis Google",
        ),  # not a survey
        (("caps.promotional_per_week",), "il manque la valeur de « caps.promotional_per_week »"),
    ],
)
def test_a_refused_value_is_explained_in_french_and_nothing_is_saved(
    command: Command, data_dir: Path, arguments: tuple[str, ...], message: str
) -> None:
    before = saved(data_dir)
    code, out, err = command("settings", "set", "caps.promotional_per_month", "9", *arguments)
    assert (code, out) == (1, "")
    assert err.startswith("Erreur : ") and message in err, err
    assert saved(data_dir) == before  # not even the valid value given first


def test_an_unknown_path_is_refused_with_the_known_ones(command: Command) -> None:
    code, _, err = command("settings", "set", "business.nom", "X")
    assert code == 1
    assert "Réglage « business.nom » inconnu" in err
    assert "business.name, business.address" in err and "surveys.review_template" in err
    assert "staff" not in err.split("Réglages possibles")[1]  # lists have their own commands


def test_set_without_anything_is_a_usage_error(command: Command) -> None:
    code, _, err = command("settings", "set")
    assert code == 2 and "arguments obligatoires manquants" in err


# ---------------------------------------------------------------------------------------- staff


def test_staff_added_and_removed_through_clean_staff(command: Command, data_dir: Path, window_side) -> None:
    assert command("settings", "staff", "add", "  Dr   Morel ")[0] == 0
    code, out, _ = command("settings", "staff", "add", "dr morel", "--json")  # the same person
    assert (code, json.loads(out)) == (0, {"staff": ["Dr Morel"]})
    assert command("settings", "staff", "add", "Salle 2")[0] == 0
    for context in window_side():
        assert context.inbox.staff() == ("Dr Morel", "Salle 2")  # who a reply may be given to

    code, out, _ = command("settings", "staff", "remove", "DR MOREL")
    assert (code, out) == (0, "Équipe : Salle 2\n")
    code, out, _ = command("settings", "staff", "--json")
    assert json.loads(out) == {"staff": ["Salle 2"]}


def test_staff_refusals(command: Command, data_dir: Path) -> None:
    code, _, err = command("settings", "staff", "remove", "Dr Petit")
    assert code == 1 and "« Dr Petit » n'est pas dans l'équipe. Équipe : —." in err
    code, _, err = command("settings", "staff", "add", "  ")
    assert code == 1 and "Indiquez le nom de la personne" in err
    assert saved(data_dir).staff == ()


# ---------------------------------------------------------------------------------------- kinds


def test_kinds_added_edited_and_removed_as_the_agenda_page_does(command: Command, data_dir: Path) -> None:
    code, out, _ = command("settings", "kind", "list", "--json")
    listed = json.loads(out)
    assert listed["sector_usual"] is True
    assert [k["name"] for k in listed["kinds"]] == ["Examen de vue", "Essayage", "Adaptation lentilles"]

    code, out, err = command(
        "settings", "kind", "add", " Contrôle  annuel ", "--duration", "15", "--days-before", "2",
        "--at", "09:30", "--sunday", "oui", "--json",
    )  # fmt: skip
    assert code == 0, err
    added = json.loads(out)
    assert (added["name"], added["duration_minutes"]) == ("Contrôle annuel", 15)
    assert (added["rule"]["days_before"], added["rule"]["at"], added["rule"]["sunday_allowed"]) == (
        2,
        "09:30",
        True,
    )

    code, _, err = command(
        "settings", "kind", "edit", "essayage", "--name", "Essayage montures", "--reminder", "non"
    )
    assert code == 0, err
    settings = saved(data_dir)
    assert [k.name for k in settings.agenda.kinds] == [
        "Examen de vue", "Essayage montures", "Adaptation lentilles", "Contrôle annuel",
    ]  # fmt: skip
    kind = defaults.kind_named(settings, "controle annuel")  # what booking an appointment reads
    assert kind is not None and (kind.duration_minutes, kind.rule.days_before) == (15, 2)
    montures = defaults.kind_named(settings, "Essayage montures")
    assert montures is not None and not montures.rule.enabled

    code, _, err = command("settings", "kind", "remove", "Essayage montures")
    assert code == 1 and "ajoutez --yes pour confirmer" in err
    assert len(saved(data_dir).agenda.kinds) == 4
    code, out, _ = command("settings", "kind", "remove", "Essayage montures", "--yes", "--json")
    assert (code, json.loads(out)) == (0, {"removed": "Essayage montures"})
    assert defaults.kind_named(saved(data_dir), "Essayage montures") is None


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("edit", "Coupe"), "Aucun type de rendez-vous « Coupe ». Types existants : Examen de vue, Essayage"),
        (("remove", "Coupe", "--yes"), "Aucun type de rendez-vous « Coupe »"),
        (("add", "examen de VUE"), "Un type de rendez-vous « examen de VUE » existe déjà"),
        (("edit", "Essayage", "--name", "Examen de vue"), "« Examen de vue » existe déjà"),
        (("add", "  "), "Donnez un nom au type de rendez-vous."),
        (("add", "Court", "--duration", "3"), "« Court » : indiquez une durée habituelle entre 5 et 720"),
        (("edit", "Essayage", "--days-before", "9"), "entre 1 et 7 jour(s) avant"),
        (("edit", "Essayage", "--at", "midi"), "« midi » ne convient pas pour --at"),
        (("edit", "Essayage", "--morning", "bof"), "ne convient pas pour --morning : indiquez oui ou non"),
        (
            ("edit", "Essayage", "--template", "Enquête de satisfaction"),
            "« Enquête de satisfaction » ne convient",
        ),
    ],
)
def test_kind_refusals_in_french_save_nothing(
    command: Command, data_dir: Path, arguments: tuple[str, ...], message: str
) -> None:
    before = saved(data_dir)
    code, out, err = command("settings", "kind", *arguments)
    assert (code, out) == (1, "")
    assert message in err, err
    assert saved(data_dir) == before


def test_the_last_kind_cannot_be_removed(command: Command, data_dir: Path) -> None:
    assert command("settings", "kind", "remove", "Essayage", "--yes")[0] == 0
    assert command("settings", "kind", "remove", "Adaptation lentilles", "--yes")[0] == 0
    code, _, err = command("settings", "kind", "remove", "Examen de vue", "--yes")
    assert code == 1 and "l'agenda en garde au moins un" in err
    assert [k.name for k in saved(data_dir).agenda.kinds] == ["Examen de vue"]


def test_new_reminder_rules_replan_the_upcoming_appointments(command: Command, data_dir: Path) -> None:
    start = dt.datetime.combine(NOW.date() + dt.timedelta(days=10), dt.time(14, 30), tzinfo=PARIS)
    code, out, err = command(
        "appointment", "add", "--client", "1", "--at", start.strftime("%Y-%m-%d %H:%M"),
        "--kind", "Essayage", "--json",
    )  # fmt: skip
    assert code == 0, err
    (reminder,) = json.loads(out)["reminders"]
    assert dt.datetime.fromisoformat(reminder["due_at"]).astimezone(
        PARIS
    ).date() == start.date() - dt.timedelta(days=1)

    assert command("settings", "kind", "edit", "Essayage", "--days-before", "3", "--at", "11:00")[0] == 0

    code, out, _ = command("appointments", "--client", "1", "--json")
    planned = [r for r in json.loads(out)[0]["reminders"] if r["status"] == "planned"]
    assert [dt.datetime.fromisoformat(r["due_at"]).astimezone(PARIS) for r in planned] == [
        dt.datetime.combine(start.date() - dt.timedelta(days=3), dt.time(11, 0), tzinfo=PARIS)
    ]


# ---------------------------------------------------------------------------------------- rules


def test_the_page_and_the_command_store_kinds_the_same_way() -> None:
    from desktop.services.agenda import kinds

    settings = Settings(business=Business(name="X", sector=Sector.CLINIC))
    shown = defaults.stored_kinds(settings)
    # left as they were shown: still the sector's (none stored, a new sector brings its own kinds)
    assert kinds.kinds_to_store(shown, shown, settings.agenda).kinds == ()
    edited = (AppointmentKind(" Suivi  long ", 45), AppointmentKind("suivi long", 10), AppointmentKind(" "))
    assert kinds.kinds_to_store(edited, shown, settings.agenda).kinds == (AppointmentKind("Suivi long", 45),)


def test_check_settings_bounds_the_agenda_as_the_page_does() -> None:
    base = Settings(business=Business(name="X"))
    long_kind = Settings(
        business=base.business, agenda=base.agenda.__class__(kinds=(AppointmentKind("A", 721),))
    )
    assert [p.code for p in setup.check_settings(long_kind)] == [setup.KIND_DURATION_OUT_OF_RANGE]
    assert setup.check_settings(base) == []


def test_template_fields_name_an_active_template_of_their_purpose(command: Command, data_dir: Path) -> None:
    code, _, err = command(
        "settings", "set", "orders.ready_template", "Lunettes prêtes", "surveys.review_template",
        "Demande d'avis Google",
    )  # fmt: skip
    assert code == 0, err
    assert command("settings", "kind", "edit", "Essayage", "--template", "Rappel de rendez-vous")[0] == 0
    settings = saved(data_dir)
    assert (settings.orders.ready_template, settings.surveys.review_template) == (
        "Lunettes prêtes", "Demande d'avis Google",
    )  # fmt: skip
    kind = defaults.kind_named(settings, "Essayage")
    assert kind is not None and kind.rule.template == "Rappel de rendez-vous"
    assert command("settings", "set", "orders.ready_template", "")[0] == 0  # back to the usual one
    assert defaults.orders(saved(data_dir)).ready_template == "Lunettes prêtes"  # the optician's usual
