"""``client export``, ``client erase``, ``consents`` and ``prospects`` run as a user would."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.e2e.conftest import RunMain


def _import(run_main: RunMain, tmp_path: Path) -> dict[str, int]:
    sheet = tmp_path / "clients.csv"
    sheet.write_text(
        "Nom;Prénom;Portable;E-mail;Consentement SMS\n"
        "Martin;Claire;06 12 34 56 78;claire@example.fr;oui\n"
        "Dupont;Jean;06 12 34 56 79;;non\n",
        encoding="utf-8",
    )
    imported = run_main("import", str(sheet))
    assert imported.returncode == 0, imported.stderr
    listed = json.loads(run_main("clients", "--json").stdout)
    return {c["last_name"]: c["id"] for c in listed}


def test_export_then_erase_a_client_and_the_opt_out_survives_a_reimport(
    run_main: RunMain, tmp_path: Path
) -> None:
    ids = _import(run_main, tmp_path)

    exported = run_main("client", "export", str(ids["Martin"]), str(tmp_path / "claire.json"), "--json")
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "claire.json").read_text(encoding="utf-8"))
    assert (data["client"]["first_name"], data["client"]["email"]) == ("Claire", "claire@example.fr")
    assert [(e["purpose"], e["state"], e["source"]) for e in data["consent_events"]] == [
        ("promotional", "granted", "import")
    ]
    assert run_main("client", "export", str(ids["Martin"]), str(tmp_path / "claire.xlsx")).returncode == 0
    assert "Consentements" in load_workbook(tmp_path / "claire.xlsx").sheetnames

    unconfirmed = run_main("client", "erase", str(ids["Martin"]))  # not a terminal: --yes is required
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    erased = run_main("client", "erase", str(ids["Martin"]), "--yes", "--by", "Léa", "--json")
    assert erased.returncode == 0, erased.stderr
    assert json.loads(erased.stdout)["number_suppressed"] is True
    assert [c["last_name"] for c in json.loads(run_main("clients", "--json").stdout)] == ["Dupont"]

    register = json.loads(run_main("consents", "--json").stdout)
    newest = register[0]
    assert (newest["client"], newest["erasure"], newest["recorded_by"]) == ("", True, "Léa")
    # Claire's consent from the import, and her erasure: both anonymous lines now
    assert [(line["client_id"], line["source"]) for line in register] == [(None, "user"), (None, "import")]
    text = run_main("consents")
    assert "(client effacé)" in text.stdout and "effacement des données" in text.stdout
    saved = run_main("consents", "--export", str(tmp_path / "registre.csv"))
    assert (
        saved.returncode == 0 and (tmp_path / "registre.csv").read_text(encoding="utf-8-sig").count("\n") == 3
    )

    _import(run_main, tmp_path)  # the same file again: Claire comes back, without her promotions
    again = {c["last_name"]: c for c in json.loads(run_main("clients", "--json").stdout)}
    assert again["Martin"]["promotional_consent"] is False

    missing = run_main("client", "erase", "9999", "--yes")
    assert missing.returncode == 1 and "aucun client n° 9999" in missing.stderr
    bad = run_main("client", "export", str(ids["Dupont"]), str(tmp_path / "jean.pdf"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr


def test_prospects_lists_nobody_on_a_new_file(run_main: RunMain, tmp_path: Path) -> None:
    _import(run_main, tmp_path)
    listed = run_main("prospects", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == []
    assert "Aucun prospect" in run_main("prospects").stdout
