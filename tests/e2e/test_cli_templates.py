"""``templates`` and ``template …`` from the command line: the Modèles screen's service calls, its refusals
(with the editor's problems and their positions), French errors with exit code 1, usage errors with 2.

Commands run in-process (``desktop.app.main``) on a prepared data folder; what they did is checked through
the service the window uses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.app import main
from desktop.context import AppContext, open_context
from desktop.core.entities import Purpose, Sector
from desktop.paths import resolve
from desktop.settings import Business, Settings
from tests.services.stored import Storer


@pytest.fixture
def data_dir(tmp_path: Path, mem_keyring: Any) -> Path:
    folder = tmp_path / "data"
    context = open_context(resolve(folder))
    try:
        business = Business(
            name="Optique du Centre", address="8 rue Victor Hugo, Lyon", sector=Sector.OPTICIAN
        )
        context.settings.save(Settings(business=business))
    finally:
        context.close()
    return folder


@pytest.fixture
def services(data_dir: Path) -> Iterator[AppContext]:
    """The services the window would use, on the same data folder (read after the commands)."""
    context = open_context(resolve(data_dir))
    yield context
    context.accounts.close()
    context.close()


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> Any:
    code, out, err = run(capsys, data_dir, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_presets_install_the_sectors_templates_once(
    capsys: pytest.CaptureFixture[str], data_dir: Path, services: AppContext
) -> None:
    listed = run_json(capsys, data_dir, "template", "presets")
    assert listed["sector"] == "optician" and listed["installed"] == 0
    assert listed["presets"] and not any(p["present"] for p in listed["presets"])
    assert services.templates.list_templates() == []  # listing installs nothing

    done = run_json(capsys, data_dir, "template", "presets", "--install")
    names = {t.name for t in services.templates.list_templates()}
    assert done["installed"] == len(listed["presets"]) == len(names)
    assert all(p["present"] and p["installed_now"] for p in done["presets"])
    again = run_json(capsys, data_dir, "template", "presets", "--install")
    assert again["installed"] == 0 and len(services.templates.list_templates()) == len(names)


def test_add_show_edit_disable_enable_and_list(
    capsys: pytest.CaptureFixture[str], data_dir: Path, services: AppContext
) -> None:
    added = run_json(
        capsys, data_dir, "template", "add", "--name", "Lunettes prêtes",
        "--text", "Bonjour {prenom}, vos lunettes sont prêtes chez {boutique}.",
    )  # fmt: skip
    stored = services.templates.get(added["id"])
    assert (stored.name, stored.purpose, stored.active) == ("Lunettes prêtes", Purpose.TRANSACTIONAL, True)
    assert added["purpose_label"] == "Transactionnel"

    shown = run_json(capsys, data_dir, "template", "show", "lunettes pretes")  # accents and case ignored
    assert shown == added
    edited = run_json(capsys, data_dir, "template", "edit", str(added["id"]), "--purpose", "survey")
    assert edited["body"] == stored.body and services.templates.get(added["id"]).purpose is Purpose.SURVEY

    run_json(capsys, data_dir, "template", "disable", "Lunettes prêtes")
    assert services.templates.list_templates(active_only=True) == []
    assert run_json(capsys, data_dir, "templates") == []
    assert [t["name"] for t in run_json(capsys, data_dir, "templates", "--all")] == ["Lunettes prêtes"]
    code, out, _ = run(capsys, data_dir, "templates", "--all")
    assert code == 0 and "(désactivé)" in out and "Enquête" in out

    run_json(capsys, data_dir, "template", "enable", "Lunettes prêtes")
    assert services.templates.get(added["id"]).active


def test_a_broken_body_is_refused_with_the_editors_problems_and_positions(
    capsys: pytest.CaptureFixture[str], data_dir: Path, services: AppContext
) -> None:
    code, out, err = run(
        capsys, data_dir, "template", "add", "--name", "Rappel", "--text", "Bonjour {prenon}, {x"
    )
    assert code == 1 and out == ""
    assert "Variable inconnue « prenon »" in err and "(caractère 9)" in err
    assert "Une accolade ouvrante n'est jamais fermée" in err and "(caractère 19)" in err
    assert "        ^^^^^^^^" in err  # {prenon} underlined under its line
    assert "Traceback" not in err
    assert services.templates.list_templates() == []  # nothing written

    run_json(capsys, data_dir, "template", "add", "--name", "Rappel", "--text", "Bonjour {prenom}")
    code, _, err = run(capsys, data_dir, "template", "edit", "Rappel", "--text", "Bonjour {{prenom}")
    assert code == 1 and "Une accolade fermante ne ferme aucune variable" in err
    kept = services.templates.get_by_name("Rappel")
    assert kept is not None and kept.body == "Bonjour {prenom}"  # unchanged


def test_names_are_refused_as_the_editor_refuses_them(
    capsys: pytest.CaptureFixture[str], data_dir: Path, services: AppContext
) -> None:
    run_json(
        capsys, data_dir, "template", "add", "--name", "Promo", "--text", "Soldes", "--purpose", "promotional"
    )
    code, _, err = run(capsys, data_dir, "template", "add", "--name", "PROMO", "--text", "Autre")
    assert code == 1 and "Un modèle s'appelle déjà « Promo »" in err
    code, _, err = run(capsys, data_dir, "template", "add", "--name", "  ", "--text", "Autre")
    assert code == 1 and "Donnez un nom au modèle" in err
    assert [t.name for t in services.templates.list_templates()] == ["Promo"]


def test_delete_needs_yes_and_says_when_it_only_deactivates(
    capsys: pytest.CaptureFixture[str], data_dir: Path, services: AppContext
) -> None:
    unused = run_json(capsys, data_dir, "template", "add", "--name", "Inutile", "--text", "Bonjour")
    used = run_json(capsys, data_dir, "template", "add", "--name", "Servi", "--text", "Bonjour")
    Storer.of(services).store("06 12 34 56 78", "Bonjour", template_id=used["id"])

    code, _, err = run(capsys, data_dir, "template", "delete", "Inutile")
    assert code == 1 and "--yes" in err
    assert services.templates.get(unused["id"]).name == "Inutile"  # still there

    gone = run_json(capsys, data_dir, "template", "delete", "Inutile", "--yes")
    assert gone["outcome"] == "deleted" and "a été supprimé" in gone["text"]
    assert services.templates.get_by_name("Inutile") is None

    kept = run_json(capsys, data_dir, "template", "delete", str(used["id"]), "--yes")
    assert kept["outcome"] == "deactivated" and "désactivé plutôt que supprimé" in kept["text"]
    assert services.templates.get(used["id"]).active is False


def test_variables_follow_the_sector(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    optician = run_json(capsys, data_dir, "template", "variables")
    names = [v["name"] for v in optician["variables"]]
    assert optician["sector"] == "optician" and "motif" in names and names[0] == "prenom"
    assert optician["variables"][0] == {
        "name": "prenom", "placeholder": "{prenom}", "label": "Prénom", "source": "client.first_name",
    }  # fmt: skip
    clinic = run_json(capsys, data_dir, "template", "variables", "--sector", "clinic")
    assert "motif" not in [v["name"] for v in clinic["variables"]]  # hidden for clinics, as in the palette


@pytest.mark.parametrize(
    "args",
    [
        ("template", "show", "Inconnu"),
        ("template", "show", "999"),
        ("template", "enable", "Inconnu"),
        ("template", "delete", "Inconnu", "--yes"),
    ],
)
def test_an_unknown_template_is_a_french_error(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, data_dir, *args)
    assert code == 1 and out == ""
    assert f"Aucun modèle ne s'appelle « {args[2]} »" in err


@pytest.mark.parametrize(
    "args",
    [
        ("template", "add", "--name", "X"),  # no --text
        ("template", "add", "--name", "X", "--text", "Y", "--purpose", "spam"),
        ("template", "variables", "--sector", "bakery"),
    ],
)
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as caught:
        run(capsys, data_dir, *args)
    assert caught.value.code == 2
    assert "erreur" in capsys.readouterr().err


def test_edit_without_a_change_is_refused(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run(capsys, data_dir, "template")[0] == 2  # no action: the help, exit 2
    code, _, err = run(capsys, data_dir, "template", "edit", "X")
    assert code == 1 and "Rien à modifier" in err
