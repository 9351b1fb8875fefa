"""Client validation, search in SQL, consent events and the suppression list."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ClientQuery,
    ClientSort,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
)
from desktop.core.phones import hash_number
from desktop.services.changes import ChangeHub, Changes
from desktop.services.clients import ClientService, ValidationError, subdiv_for_postal_code, validate
from desktop.storage.db import Database
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import SuppressionRow
from desktop.storage.repositories import consent as consent_repo


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def service(db: Database, hub: ChangeHub) -> ClientService:
    return ClientService(db, hub)


def test_numbers_are_normalised_and_region_derived() -> None:
    values = validate(ClientDraft(last_name="Payet", mobile="0692 12 34 56"))
    assert values.mobile == "+262692123456"
    assert values.region == "RE"
    values = validate(ClientDraft(first_name="Léa", mobile="+33 (0)6 12 34 56 78", postal_code="67000"))
    assert values.mobile == "+33612345678"
    assert values.subdiv == "67"


@pytest.mark.parametrize(
    ("draft", "field", "code"),
    [
        (ClientDraft(last_name="A", mobile="06 12 34"), "mobile", "too_short"),
        (ClientDraft(last_name="A", mobile="bonjour"), "mobile", "not_a_number"),
        (ClientDraft(last_name="A", mobile="01 42 68 53 00"), "mobile", "landline"),
        (ClientDraft(last_name="A", other_phone="06 12 34 56 78 99"), "other_phone", "too_long"),
        (ClientDraft(last_name="A", email="claire@"), "email", "invalid_email"),
        (ClientDraft(last_name="A", postal_code="7501"), "postal_code", "invalid_postal_code"),
        (ClientDraft(), "last_name", "name_or_mobile_required"),
        (ClientDraft(last_name="A", tags=("a,b",)), "tags", "invalid_tag"),
    ],
)
def test_invalid_fields_are_reported_with_a_code(draft: ClientDraft, field: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(draft)
    assert caught.value.errors[field] == code


def test_all_errors_are_reported_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        validate(ClientDraft(last_name="A", mobile="abc", email="x"))
    assert set(caught.value.errors) == {"mobile", "email"}


def test_subdiv_only_for_metropolitan_postal_codes() -> None:
    assert subdiv_for_postal_code("57000") == "57"
    assert subdiv_for_postal_code("97400") is None
    assert subdiv_for_postal_code("abc") is None


def test_create_get_update_delete(service: ClientService, hub: ChangeHub) -> None:
    seen: list[Changes] = []
    hub.subscribe(seen.append)
    client_id = service.create(
        ClientDraft(
            civility="Mme", first_name="Claire", last_name="Martin", mobile="06 12 34 56 78", tags=("VIP",)
        )
    )
    client = service.get(client_id)
    assert (client.mobile, client.tags, client.promotional_consent) == (
        "+33612345678",
        ("VIP",),
        ConsentState.UNKNOWN,
    )
    service.update(client_id, dataclasses.replace(client.to_draft(), city="Lyon"))
    assert service.get(client_id).city == "Lyon"
    service.delete(client_id)
    with pytest.raises(NotFoundError):
        service.get(client_id)
    assert seen[0].clients == frozenset({client_id})


def test_two_clients_cannot_share_a_mobile(service: ClientService) -> None:
    service.create(ClientDraft(last_name="Martin", mobile="0612345678"))
    with pytest.raises(ValidationError) as caught:
        service.create(ClientDraft(last_name="Autre", mobile="+33 6 12 34 56 78"))
    assert caught.value.errors == {"mobile": "duplicate_mobile"}
    assert service.count() == 1


def test_search_by_name_accents_number_and_email(service: ClientService) -> None:
    martin = service.create(ClientDraft(first_name="Élodie", last_name="Martin", mobile="0612345678"))
    dupont = service.create(ClientDraft(first_name="Jean", last_name="Dupont", email="jean@exemple.fr"))
    service.create(ClientDraft(first_name="Zoé", last_name="Bernard", mobile="0798765432", city="Metz"))
    assert service.search_ids(ClientQuery(text="elodie")) == [martin]
    assert service.search_ids(ClientQuery(text="MARTIN élo")) == [martin]
    assert service.search_ids(ClientQuery(text="06 12 34")) == [martin]
    assert service.search_ids(ClientQuery(text="+3361234")) == [martin]
    assert service.search_ids(ClientQuery(text="exemple.fr")) == [dupont]
    assert service.search_ids(ClientQuery(text="100%")) == []
    assert len(service.search_ids(ClientQuery())) == 3


def test_sort_and_filters_run_in_sql(service: ClientService) -> None:
    a = service.create(ClientDraft(last_name="Arnaud", city="Nice", tags=("vip",)))
    b = service.create(ClientDraft(last_name="Blanc", city="Brest"))
    c = service.create(ClientDraft(last_name="Caron", city="Annecy", tags=("vip",)))
    assert service.search_ids(ClientQuery()) == [a, b, c]
    assert service.search_ids(ClientQuery(descending=True)) == [c, b, a]
    assert service.search_ids(ClientQuery(sort=ClientSort.CITY)) == [c, b, a]
    assert service.search_ids(ClientQuery(tag="vip")) == [a, c]
    service.record_consent(b, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER)
    assert service.search_ids(ClientQuery(promotional_consent=ConsentState.GRANTED)) == [b]
    assert service.tags() == ["vip"]


def test_consent_history_and_suppression_list(service: ClientService, db: Database) -> None:
    client_id = service.create(ClientDraft(last_name="Martin", mobile="0612345678"))
    service.record_consent(
        client_id,
        ConsentPurpose.PROMOTIONAL,
        ConsentState.GRANTED,
        ConsentSource.FORM,
        wording="J'accepte de recevoir les offres par SMS",
        recorded_by="Mme Martin",
    )
    service.opt_out(client_id)
    history = service.consent_history(client_id)
    assert [(e.purpose, e.state) for e in history] == [
        (ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED),
        (ConsentPurpose.PROMOTIONAL, ConsentState.WITHDRAWN),
        (ConsentPurpose.TRANSACTIONAL, ConsentState.WITHDRAWN),
    ]
    assert history[0].wording.startswith("J'accepte") and history[0].at.tzinfo is dt.UTC
    client = service.get(client_id)
    assert client.promotional_consent is ConsentState.WITHDRAWN
    with db.read() as session:
        assert consent_repo.suppressed_scopes(session, "+33612345678") == {"promotional", "all"}
    # The opt-out survives deleting the client and adding the number again.
    service.delete(client_id)
    service.create(ClientDraft(last_name="Martin", mobile="06 12 34 56 78"))
    with db.read() as session:
        assert hash_number("+33612345678") in consent_repo.suppressed_hashes(session, "promotional")


def test_granting_again_lifts_the_suppression(service: ClientService, db: Database) -> None:
    client_id = service.create(ClientDraft(last_name="Martin", mobile="0612345678"))
    service.record_consent(
        client_id, ConsentPurpose.PROMOTIONAL, ConsentState.WITHDRAWN, ConsentSource.SMS_REPLY
    )
    service.record_consent(
        client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.SMS_REPLY
    )
    with db.read() as session:
        assert consent_repo.suppressed_scopes(session, "+33612345678") == set()


def test_consent_events_are_stamped_by_the_services_clock(
    db: Database, hub: ChangeHub, fake_clock: FakeClock
) -> None:
    service = ClientService(db, hub, clock=fake_clock)
    client_id = service.create(ClientDraft(last_name="Martin", mobile="0612345678"))
    granted_at = fake_clock.now()
    service.record_consent(client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM)
    fake_clock.advance(3600)
    service.opt_out(client_id)

    history = service.consent_history(client_id)
    assert [e.at for e in history] == [
        granted_at,
        granted_at + dt.timedelta(hours=1),
        granted_at + dt.timedelta(hours=1),
    ]
    with db.read() as session:
        row = session.get(SuppressionRow, (hash_number("+33612345678"), "promotional"))
        assert row is not None and row.created_at == granted_at + dt.timedelta(hours=1)


def test_a_selection_is_deleted_in_one_transaction_and_one_notice(
    service: ClientService, hub: ChangeHub
) -> None:
    ids = [service.create(ClientDraft(last_name=f"Client{n}", mobile=f"06123456{n:02d}")) for n in range(5)]
    seen: list[Changes] = []
    hub.subscribe(seen.append)

    assert service.delete_many([*ids[:3], ids[0], 99_999]) == 3  # a repeat and an unknown id are not counted
    assert service.count() == 2
    assert len(seen) == 1 and seen[0].clients_reset and ids[0] in seen[0].clients
