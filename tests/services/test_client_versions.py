"""Two desks editing the same client: the later save is refused and says who saved first."""

from __future__ import annotations

import pytest

from desktop.core.entities import ClientDraft
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientChangedError, ClientService
from desktop.services.importing.importer import Importer
from desktop.services.importing.report import DuplicatePolicy, ImportOptions
from desktop.storage.db import Database
from desktop.storage.errors import NotFoundError


@pytest.fixture
def desks(db: Database) -> tuple[ClientService, ClientService]:
    hub = ChangeHub()
    return ClientService(db, hub, desk="ACCUEIL"), ClientService(db, hub, desk="CABINET-2")


def test_a_save_from_an_older_version_is_refused_and_names_the_other_desk(desks) -> None:
    front, back = desks
    client_id = front.create(ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678"))
    seen_by_front = front.get(client_id)
    seen_by_back = back.get(client_id)
    assert seen_by_front.version == seen_by_back.version == 1

    assert back.update(client_id, ClientDraft(last_name="Martin-Durand"), expected_version=1) == 2
    with pytest.raises(ClientChangedError) as caught:
        front.update(client_id, ClientDraft(last_name="Martin", city="Lyon"), expected_version=1)

    assert caught.value.code == "client_changed_elsewhere"
    assert caught.value.params == {"by": "CABINET-2"}
    assert caught.value.current.last_name == "Martin-Durand"  # what « Recharger » shows
    stored = front.get(client_id)
    assert (stored.last_name, stored.city, stored.version, stored.updated_by) == (
        "Martin-Durand",
        "",
        2,
        "CABINET-2",
    )


def test_overwriting_knowingly_saves_over_the_other_desk(desks) -> None:
    front, back = desks
    client_id = front.create(ClientDraft(last_name="Martin"))
    back.update(client_id, ClientDraft(last_name="Durand"), expected_version=1)
    with pytest.raises(ClientChangedError) as caught:
        front.update(client_id, ClientDraft(last_name="Martin", city="Lyon"), expected_version=1)
    # « Écraser »: save from the version just read
    assert (
        front.update(
            client_id,
            ClientDraft(last_name="Martin", city="Lyon"),
            expected_version=caught.value.current.version,
        )
        == 3
    )
    stored = back.get(client_id)
    assert (stored.last_name, stored.city, stored.updated_by) == ("Martin", "Lyon", "ACCUEIL")


def test_saving_a_client_deleted_meanwhile_says_it_no_longer_exists(desks) -> None:
    front, back = desks
    client_id = front.create(ClientDraft(last_name="Martin"))
    back.delete(client_id)
    with pytest.raises(NotFoundError):
        front.update(client_id, ClientDraft(last_name="Martin"), expected_version=1)


def test_an_import_that_updates_a_client_counts_as_an_edit(db: Database, desks, tmp_path) -> None:
    front, _back = desks
    client_id = front.create(ClientDraft(last_name="Martin", mobile="0612345678"))
    sheet = tmp_path / "clients.csv"
    sheet.write_text("Nom;Portable;Ville\nMartin;06 12 34 56 78;Lyon\n", encoding="utf-8")
    Importer(db, ChangeHub()).run(sheet, options=ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE))
    with pytest.raises(ClientChangedError) as caught:
        front.update(client_id, ClientDraft(last_name="Martin", city="Paris"), expected_version=1)
    assert caught.value.code == "client_changed_elsewhere_anonymous"
    assert front.get(client_id).city == "Lyon"
