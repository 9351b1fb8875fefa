"""A client's data: exported whole, erased while the statistics and the opt-out stay, the consent register,
and prospects quiet for three years."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from desktop.core.clock import FakeClock
from desktop.core.entities import (
    ClientDraft,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    Interpretation,
    MessageStatus,
)
from desktop.core.phones import hash_number
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientService
from desktop.services.importing.importer import Importer
from desktop.services.privacy import ErasureBlockedError, PrivacyService
from desktop.storage.db import Database
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import (
    AppointmentRow,
    ClientRow,
    ConsentEventRow,
    NoticeRow,
    OrderRow,
    SuppressionRow,
)
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import messages as messages_repo
from desktop.storage.repositories.inbound import NewInbound
from tests.services.dispatcher_env import Env, make_env

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
MOBILE = "+33612345678"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def env(db: Database, clock: FakeClock) -> Env:
    return make_env(db, clock)


@pytest.fixture
def clients(db: Database, env: Env, clock: FakeClock) -> ClientService:
    return ClientService(db, env.hub, clock=clock, desk="ACCUEIL")


@pytest.fixture
def privacy(db: Database, env: Env, clock: FakeClock) -> PrivacyService:
    return PrivacyService(db, env.hub, clock)


def _claire(db: Database, env: Env, clients: ClientService, clock: FakeClock) -> int:
    """A client with something of every kind: consent, two messages sent (one replied to), one waiting, one
    sent to her number from the command line (no client), an appointment and an order."""
    client_id = clients.create(
        ClientDraft(
            civility="Mme",
            first_name="Claire",
            last_name="Martin",
            mobile="06 12 34 56 78",
            email="claire@example.fr",
            city="Lyon",
            notes='=HYPERLINK("http://evil")',
            tags=("lunettes",),
        )
    )
    clients.record_consent(
        client_id,
        ConsentPurpose.PROMOTIONAL,
        ConsentState.GRANTED,
        ConsentSource.PAPER,
        wording="J'accepte de recevoir les offres par SMS",
        recorded_by="Mme Martin",
    )
    env.queue(MOBILE, "Vos lunettes sont prêtes.", client_id=client_id)
    env.queue(MOBILE, "Votre commande est arrivée.")  # `send --to`: linked by its number
    env.dispatcher().run_once()
    env.queue(
        MOBILE, "Rappel : rendez-vous demain.", client_id=client_id, due_at=START + dt.timedelta(days=3)
    )
    with db.session() as session:
        inbound_repo.insert_if_new(
            session,
            NewInbound(
                None, "R1", MOBILE, "+33700000000", "Merci, j'arrive !", START, Interpretation.UNKNOWN
            ),
            client_id,
            START,
        )
        appointment = AppointmentRow(
            client_id=client_id,
            start_at=START + dt.timedelta(days=4),
            end_at=START + dt.timedelta(days=4, minutes=30),
            staff="Dr Petit",
            kind="Contrôle",
            reason="",
        )
        session.add(appointment)
        session.flush()
        session.add(
            NoticeRow(
                client_id=client_id,
                appointment_id=appointment.id,
                kind="day_before",
                idempotency_key="rdv-1-j-1",
                due_at=START + dt.timedelta(days=3),
                status="planned",
                template="Rappel RDV J-1",
                values_json='{"prenom": "Claire"}',
            )
        )
        session.add(OrderRow(client_id=client_id, label="Lunettes progressives", amount_cents=42_000))
    return client_id


def test_an_export_holds_everything_about_the_client(
    db: Database, env: Env, clients: ClientService, privacy: PrivacyService, clock: FakeClock, tmp_path: Path
) -> None:
    client_id = _claire(db, env, clients, clock)
    privacy.export_client(client_id, tmp_path / "claire.json")
    data = json.loads((tmp_path / "claire.json").read_text(encoding="utf-8"))

    assert data["client"]["first_name"] == "Claire" and data["client"]["mobile"] == MOBILE
    assert data["client"]["tags"] == ["lunettes"] and data["client"]["email"] == "claire@example.fr"
    assert [(e["purpose"], e["state"], e["source"], e["recorded_by"]) for e in data["consent_events"]] == [
        ("promotional", "granted", "paper", "Mme Martin")
    ]
    assert data["consent_events"][0]["wording"] == "J'accepte de recevoir les offres par SMS"
    assert [(m["text"], m["status"]) for m in data["messages"]] == [
        ("Vos lunettes sont prêtes.", "sent"),
        ("Votre commande est arrivée.", "sent"),
        ("Rappel : rendez-vous demain.", "queued"),
    ]
    assert [h["status"] for h in data["messages"][0]["history"]] == ["queued", "sending", "sent"]
    assert [(r["from"], r["text"]) for r in data["replies"]] == [(MOBILE, "Merci, j'arrive !")]
    assert [(a["with"], a["kind"]) for a in data["appointments"]] == [("Dr Petit", "Contrôle")]
    assert [(o["label"], o["amount_cents"]) for o in data["orders"]] == [("Lunettes progressives", 42_000)]
    assert [(n["kind"], n["status"], n["values"]) for n in data["notices"]] == [
        ("day_before", "planned", {"prenom": "Claire"})
    ]
    assert data["suppression_list"] == []
    assert data["exported_at"] == clock.now().isoformat()


def test_the_workbook_export_has_one_sheet_per_kind_of_data_and_runs_no_formula(
    db: Database, env: Env, clients: ClientService, privacy: PrivacyService, clock: FakeClock, tmp_path: Path
) -> None:
    client_id = _claire(db, env, clients, clock)
    privacy.export_client(client_id, tmp_path / "claire.xlsx")
    book = load_workbook(tmp_path / "claire.xlsx")
    assert book.sheetnames == [
        "Fiche",
        "Consentements",
        "SMS envoyés",
        "Réponses reçues",
        "Rendez-vous",
        "Rappels et avis",
        "Commandes",
    ]
    fields = {row[0]: row[1] for row in book["Fiche"].iter_rows(min_row=2, values_only=True)}
    assert fields["Prénom"] == "Claire" and fields["Portable"] == "06 12 34 56 78"
    notes = next(c for c in book["Fiche"]["B"] if c.value == '=HYPERLINK("http://evil")')
    assert notes.data_type == "s"  # kept as text: a spreadsheet never runs it
    assert book["SMS envoyés"].max_row == 4 and book["Réponses reçues"]["C2"].value == "Merci, j'arrive !"
    assert book["Commandes"]["A2"].value == "Lunettes progressives"
    assert (
        book["Consentements"]["B2"].value == "Promotions"
        and book["Consentements"]["D2"].value == "Papier signé"
    )


def test_erasing_keeps_counts_and_the_opt_out_and_nothing_that_names_the_client(
    db: Database, env: Env, clients: ClientService, privacy: PrivacyService, clock: FakeClock
) -> None:
    client_id = _claire(db, env, clients, clock)
    clients.opt_out(client_id, ConsentSource.SMS_REPLY)  # she had answered STOP
    with db.read() as session:
        sent_before = messages_repo.count_by_status(session)[MessageStatus.SENT]
        segments_before = sum(
            m.segments for m in messages_repo.list_messages(session, messages_repo.MessageFilter())
        )

    done = privacy.erase(client_id, recorded_by="Mme Martin")

    assert (done.messages_anonymised, done.messages_cancelled, done.replies_anonymised) == (3, 1, 1)
    assert (done.consent_events_kept, done.appointments_deleted, done.orders_deleted) == (3, 1, 1)
    with pytest.raises(NotFoundError):
        clients.get(client_id)
    with db.read() as session:
        messages = messages_repo.list_messages(session, messages_repo.MessageFilter())
        statuses = Counter(m.status for m in messages)
        replies = inbound_repo.list_recent(session, limit=10)
        events = [
            (e.client_id, e.number_hash, e.state, e.recorded_by, e.reference)
            for e in session.query(ConsentEventRow).order_by(ConsentEventRow.id)
        ]
        scopes = {r.scope for r in session.query(SuppressionRow).filter_by(number_hash=hash_number(MOBILE))}
        appointments = session.query(AppointmentRow).count()
        orders = session.query(OrderRow).count()
        notices = session.query(NoticeRow).count()
    # statistics keep their counts: the same messages, statuses and segments
    assert statuses[MessageStatus.SENT] == sent_before and statuses[MessageStatus.CANCELLED] == 1
    assert sum(m.segments for m in messages) == segments_before
    assert {(m.to, m.body, m.client_id) for m in messages} == {("", "", None)}
    assert [(r.from_number, r.text, r.client_id) for r in replies] == [("", "", None)]
    # consent events stay as anonymous audit lines, with the erasure itself recorded last
    assert {(e[0], e[1], e[4]) for e in events[:-1]} == {(None, None, "")}
    assert events[-1] == (None, None, "withdrawn", "Mme Martin", "client_erased")
    assert scopes == {"promotional", "all"}
    assert (appointments, orders, notices) == (0, 0, 0)  # the reminder went with its appointment


def test_after_erasing_a_reimport_of_the_number_stays_opted_out(
    db: Database, env: Env, clients: ClientService, privacy: PrivacyService, clock: FakeClock, tmp_path: Path
) -> None:
    client_id = _claire(db, env, clients, clock)  # promotions accepted on paper
    privacy.erase(client_id)
    sheet = tmp_path / "clients.csv"
    sheet.write_text(
        "Nom;Prénom;Portable;Consentement SMS\nMartin;Claire;06 12 34 56 78;oui\n", encoding="utf-8"
    )
    report = Importer(db, ChangeHub(), clock=clock).run(sheet)
    assert report.imported == 1
    again = clients.find_by_mobile(MOBILE)
    assert again is not None and again.first_name == "Claire"
    assert again.promotional_consent is ConsentState.WITHDRAWN  # the file said « oui »: the erasure wins


def test_a_client_opted_out_of_everything_stays_so_after_erasure_and_reimport(
    db: Database, env: Env, clients: ClientService, privacy: PrivacyService, clock: FakeClock, tmp_path: Path
) -> None:
    client_id = clients.create(ClientDraft(last_name="Martin", mobile=MOBILE))
    clients.opt_out(client_id, ConsentSource.SMS_REPLY)
    privacy.erase(client_id)
    sheet = tmp_path / "clients.csv"
    sheet.write_text("Nom;Portable\nMartin;06 12 34 56 78\n", encoding="utf-8")
    Importer(db, ChangeHub(), clock=clock).run(sheet)
    again = clients.find_by_mobile(MOBILE)
    assert again is not None
    assert (again.promotional_consent, again.transactional_consent) == (ConsentState.WITHDRAWN,) * 2


def test_erasing_is_refused_while_a_message_to_the_client_is_on_its_way(
    db: Database, env: Env, clients: ClientService, privacy: PrivacyService, clock: FakeClock
) -> None:
    client_id = clients.create(ClientDraft(last_name="Martin", mobile=MOBILE))
    message = env.queue(MOBILE, "Vos lunettes sont prêtes.", client_id=client_id)
    with db.session() as session:
        messages_repo.transition(session, message.id, MessageStatus.SENDING, clock.now())
    with pytest.raises(ErasureBlockedError) as caught:
        privacy.erase(client_id)
    assert caught.value.code == "erase_message_in_flight"
    assert clients.get(client_id).mobile == MOBILE
    assert env.get(message.id).to == MOBILE
    with pytest.raises(NotFoundError):
        privacy.erase(client_id + 1000)


def test_the_consent_register_lists_every_event_newest_first_by_pages(
    db: Database, env: Env, clients: ClientService, privacy: PrivacyService, clock: FakeClock, tmp_path: Path
) -> None:
    kept = clients.create(ClientDraft(first_name="Jean", last_name="Dupont", mobile="0612345679"))
    gone = clients.create(ClientDraft(first_name="Claire", last_name="Martin", mobile=MOBILE))
    for client_id, source in ((kept, ConsentSource.FORM), (gone, ConsentSource.PAPER)):
        clock.advance(60)
        clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, source, recorded_by="Léa"
        )
    clock.advance(60)
    privacy.erase(gone, recorded_by="Léa")

    lines = privacy.consent_register()
    assert [(line.client_name, line.source, line.reference) for line in lines] == [
        ("", ConsentSource.USER, "client_erased"),
        ("", ConsentSource.PAPER, ""),
        ("Jean Dupont", ConsentSource.FORM, ""),
    ]
    assert privacy.consent_event_count() == 3
    first = privacy.consent_register(limit=2)
    rest = privacy.consent_register(before_id=first[-1].id, limit=2)
    assert [line.id for line in first + rest] == [line.id for line in lines]
    assert [line.client_id for line in privacy.consent_register(client_id=kept)] == [kept]

    assert privacy.export_consent_register(tmp_path / "registre.xlsx") == 3
    sheet = load_workbook(tmp_path / "registre.xlsx").active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Date", "Client", "Pour")
    assert rows[1][1] == "(client effacé)" and rows[1][4] == "Saisie au comptoir — effacement des données"
    assert rows[3][1] == "Jean Dupont" and rows[3][6] == "Léa"


def test_prospects_quiet_for_three_years_are_listed_for_review(
    db: Database, clients: ClientService, privacy: PrivacyService, clock: FakeClock
) -> None:
    long_ago = START - dt.timedelta(days=4 * 365)
    quiet = clients.create(ClientDraft(last_name="Silencieux", mobile="0612345601"))
    replied = clients.create(ClientDraft(last_name="ARépondu", mobile="0612345602"))
    customer = clients.create(ClientDraft(last_name="Client", mobile="0612345603"))
    signed = clients.create(ClientDraft(last_name="ASigné", mobile="0612345604"))
    with db.session() as session:  # added four years ago
        session.execute(update(ClientRow).values(created_at=long_ago))
    clock.set(START - dt.timedelta(days=2 * 365))
    clients.record_consent(signed, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM)
    clock.set(START)
    recent = clients.create(ClientDraft(last_name="Récent"))
    with db.session() as session:
        inbound_repo.insert_if_new(
            session,
            NewInbound(None, "R9", "+33612345602", "", "Oui", START - dt.timedelta(days=400)),
            replied,
            START,
        )
        session.add(OrderRow(client_id=customer, label="Lentilles"))

    found = privacy.quiet_prospects()
    assert [(p.client_id, p.name) for p in found] == [(quiet, "Silencieux")]
    assert found[0].last_activity == long_ago
    assert recent not in {p.client_id for p in found}
