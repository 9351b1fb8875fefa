"""The client card: details, consent history, recording consent, opt-out, and the live conversation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.context import AppContext
from desktop.core.entities import (
    ClientDraft,
    ConsentEvent,
    ConsentPurpose,
    ConsentSource,
    ConsentState,
    MessageStatus,
)
from desktop.core.phones import hash_number
from desktop.services.changes import Changes
from desktop.storage.repositories import clients as clients_repo
from desktop.storage.repositories import consent as consent_repo
from desktop.storage.repositories import inbound as inbound_repo
from desktop.storage.repositories import messages as messages_repo
from desktop.ui.bus import ChangeBus
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.dialogs.consent_dialog import ConsentDialog, ConsentEntry, OptOutDialog
from desktop.ui.views.client_card import ClientCard
from desktop.ui.widgets.consent_history import ConsentHistoryModel
from tests.services.stored import Storer


@pytest.fixture
def claire(ctx: AppContext) -> int:
    return ctx.clients.create(
        ClientDraft(
            civility="Mme",
            first_name="Claire",
            last_name="Martin",
            mobile="0612345678",
            email="claire@example.fr",
            address="3 place Bellecour",
            postal_code="69002",
            city="Lyon",
            tags=("lunettes",),
        )
    )


@pytest.fixture
def card(qtbot, ctx: AppContext, tasks) -> Iterator[ClientCard]:
    widget = ClientCard(ctx.clients, ctx.compose, ctx.templates, tasks, settings=ctx.settings)
    qtbot.addWidget(widget)
    bus = ChangeBus(ctx.hub, widget)
    bus.changed.connect(widget.on_changes)
    yield widget
    bus.detach()


def _event(**overrides) -> ConsentEvent:
    base = ConsentEvent(
        id=1,
        client_id=1,
        purpose=ConsentPurpose.PROMOTIONAL,
        state=ConsentState.GRANTED,
        source=ConsentSource.FORM,
        at=dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC),
        wording="J'accepte les offres.",
        recorded_by="Mme Martin",
    )
    return dataclasses.replace(base, **overrides)


def test_consent_history_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ConsentHistoryModel()
    zone = dt.UTC
    model.set_events(
        [_event(), _event(id=2, state=ConsentState.WITHDRAWN, source=ConsentSource.SMS_REPLY)], zone
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 2)) == "Refusé"  # newest first
    assert model.data(model.index(1, 3)) == "Formulaire"
    assert model.data(model.index(1, 5)) == "J'accepte les offres."
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Enregistré par"


def test_card_shows_details_and_consent_history(
    qtbot, ctx: AppContext, card: ClientCard, claire: int
) -> None:
    ctx.clients.record_consent(
        claire,
        ConsentPurpose.PROMOTIONAL,
        ConsentState.GRANTED,
        ConsentSource.PAPER,
        wording="J'accepte de recevoir les offres d'Optique Martin par SMS.",
        recorded_by="Julie",
    )

    with qtbot.waitSignal(card.loaded, timeout=2000):
        card.show_client(claire)

    assert card.title.text() == "Mme Claire Martin"
    assert card.fields["mobile"].text() == "06 12 34 56 78"
    assert card.fields["address"].text() == "3 place Bellecour\n69002 Lyon"
    assert card.fields["tags"].text() == "lunettes"
    assert card.promotional_state.text() == "Accepté"
    assert card.transactional_state.text() == "Autorisé par défaut"
    model = card.history_model
    assert model.rowCount() == 1
    row = [model.data(model.index(0, c)) for c in range(1, 6)]
    assert row == ["Promotions", "Accepté", "Papier signé", "Julie", row[4]]
    assert row[4].startswith("J'accepte de recevoir")
    assert card.history_detail.text() == (  # how, by whom and what was shown: under the narrow table
        "Recueilli : Papier signé · Enregistré par : Julie · Texte montré : « J'accepte de recevoir les offres "
        "d'Optique Martin par SMS. »"
    )
    assert not card._details.isRowVisible(card.fields["number"])  # number fine: no warning row


def test_invalid_number_is_shown(qtbot, ctx: AppContext, card: ClientCard, claire: int) -> None:
    from desktop.core.entities import NumberStatus

    with ctx.db.session() as session:
        clients_repo.set_number_status(session, claire, NumberStatus.INVALID)
    with qtbot.waitSignal(card.loaded, timeout=2000):
        card.show_client(claire)
    assert card._details.isRowVisible(card.fields["number"])
    assert "Numéro invalide" in card.fields["number"].text()


def test_record_consent_through_the_dialog(
    qtbot, ctx: AppContext, card: ClientCard, claire: int, monkeypatch
) -> None:
    ctx.settings.save(dataclasses.replace(ctx.settings.get(), staff=("Mme Martin", "Julie")))
    card.show_client(claire)
    assert card.history.isHidden() and card.history_empty.isVisibleTo(card)  # no empty table
    asked: list[tuple[str, str]] = []

    def ask(client_name, business_name="", parent=None, *, staff=()):
        asked.append((client_name, business_name))
        assert staff == ("Mme Martin", "Julie")  # « Enregistré par » is chosen among the shop's staff
        return ConsentEntry(
            ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER, "Oui aux offres.", "Julie"
        )

    monkeypatch.setattr(ConsentDialog, "ask", staticmethod(ask))

    with qtbot.waitSignal(card.loaded, timeout=2000):
        qtbot.mouseClick(card.consent_button, Qt.MouseButton.LeftButton)

    assert asked == [("Claire Martin", "")]
    (event,) = ctx.clients.consent_history(claire)
    assert (event.purpose, event.state, event.source, event.wording, event.recorded_by) == (
        ConsentPurpose.PROMOTIONAL,
        ConsentState.GRANTED,
        ConsentSource.PAPER,
        "Oui aux offres.",
        "Julie",
    )
    assert card.promotional_state.text() == "Accepté"
    assert card.history_model.rowCount() == 1
    assert card.history.isVisibleTo(card) and card.history_empty.isHidden()


def test_consent_dialog_suggests_wording_and_requires_it_for_promotions(qtbot) -> None:
    dialog = ConsentDialog("Élodie Bernard", "Optique Martin", ("Mme Martin", "Julie"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Consentement d'Élodie Bernard"
    assert "les offres d'Optique Martin." in dialog.wording.toPlainText()
    assert [dialog.recorded_by.itemText(i) for i in range(dialog.recorded_by.count())] == [
        "Mme Martin",
        "Julie",
    ]
    assert not dialog.recorded_by.isEditable()  # chosen among the staff, never the computer's login
    dialog.recorded_by.setCurrentIndex(1)
    dialog.source.setCurrentIndex(dialog.source.findText("Oral en boutique"))
    dialog.wording.setPlainText("")

    dialog._on_save()

    assert dialog.result() == 0 and "texte que le client a accepté" in dialog.error.text()
    dialog.withdrawn.setChecked(True)
    dialog._on_save()
    entry = dialog.entry()
    assert (entry.state, entry.source, entry.recorded_by) == (
        ConsentState.WITHDRAWN,
        ConsentSource.USER,
        "Julie",
    )
    assert dialog.result() == 1


def test_opt_out_asks_first_then_withdraws_everything(
    qtbot, ctx: AppContext, card: ClientCard, claire: int, monkeypatch
) -> None:
    ctx.settings.save(dataclasses.replace(ctx.settings.get(), staff=("Julie",)))
    card.show_client(claire)
    answers: list[str | None] = [None, "Julie"]  # cancelled, then confirmed by Julie
    asked: list[tuple[str, tuple[str, ...]]] = []

    def ask(client_name, staff=(), parent=None):
        asked.append((client_name, tuple(staff)))
        return answers.pop(0)

    monkeypatch.setattr(OptOutDialog, "ask", staticmethod(ask))

    qtbot.mouseClick(card.opt_out_button, Qt.MouseButton.LeftButton)
    assert ctx.clients.consent_history(claire) == []

    with qtbot.waitSignal(card.loaded, timeout=2000):
        qtbot.mouseClick(card.opt_out_button, Qt.MouseButton.LeftButton)

    client = ctx.clients.get(claire)
    assert client.promotional_consent is ConsentState.WITHDRAWN
    assert client.transactional_consent is ConsentState.WITHDRAWN
    assert card.promotional_state.text() == card.transactional_state.text() == "Refusé — aucun envoi"
    assert card.history_model.rowCount() == 2
    assert not card.opt_out_button.isEnabled()
    assert asked == [("Claire Martin", ("Julie",))] * 2
    assert {e.recorded_by for e in ctx.clients.consent_history(claire)} == {"Julie"}
    assert card.stopped.text().startswith("A demandé l'arrêt de : tous nos SMS.")


def test_conversation_shows_a_queued_message_then_delivered_and_the_reply(
    qtbot, ctx: AppContext, card: ClientCard, claire: int
) -> None:
    card.show()
    with qtbot.waitSignal(card.thread_loaded, timeout=2000):
        card.show_client(claire)
    assert card.conversation.bubbles() == []

    with qtbot.waitSignal(card.thread_loaded, timeout=2000):
        message = Storer.of(ctx).store("+33612345678", "Vos lunettes sont prêtes.", client_id=claire)
    (bubble,) = card.conversation.bubbles()
    assert (bubble.outgoing, bubble.text) == (True, "Vos lunettes sont prêtes.")
    assert bubble.meta.startswith("En file d'attente · ")

    now = dt.datetime.now(dt.UTC)
    with ctx.db.session() as session:
        for status in (MessageStatus.SENDING, MessageStatus.SENT, MessageStatus.DELIVERED):
            messages_repo.transition(session, message.id, status, now, sent_at=now)
    with qtbot.waitSignal(card.thread_loaded, timeout=2000):
        ctx.hub.publish(Changes(messages=frozenset({message.id})))
    assert card.conversation.bubbles()[0].meta.startswith("Livré · ")

    with ctx.db.session() as session:
        reply = inbound_repo.NewInbound(None, "R1", "+33612345678", "", "Merci, je passe demain", now)
        inbound_repo.insert_if_new(session, reply, claire, now)
    with qtbot.waitSignal(card.thread_loaded, timeout=2000):
        ctx.hub.publish(Changes(inbound=True))
    sent, received = card.conversation.bubbles()
    assert sent.outgoing and not received.outgoing
    assert received.text == "Merci, je passe demain"
    assert received.meta.startswith("Reçu · ")


def test_envoyer_un_sms_opens_the_composer_for_this_client(
    qtbot, ctx: AppContext, card: ClientCard, claire: int, monkeypatch
) -> None:
    card.show_client(claire)
    calls: list[list[int]] = []

    def ask(compose, templates, tasks, client_ids, parent=None):
        calls.append(list(client_ids))
        return [Storer.of(ctx).store("+33612345678", "Bonjour", client_id=claire).id]

    monkeypatch.setattr(ComposerDialog, "ask", staticmethod(ask))

    with qtbot.waitSignal(card.messages_queued, timeout=2000) as queued:
        qtbot.mouseClick(card.send_button, Qt.MouseButton.LeftButton)

    assert calls == [[claire]]
    assert len(queued.args[0]) == 1
    assert [b.text for b in card.conversation.bubbles()] == ["Bonjour"]


def test_modifier_and_back(qtbot, ctx: AppContext, card: ClientCard, claire: int, monkeypatch) -> None:
    card.show_client(claire)

    def ask(save, draft=None, parent=None):
        save(dataclasses.replace(draft, notes="Appeler le matin"))
        return True

    monkeypatch.setattr(ClientDialog, "ask", staticmethod(ask))
    with qtbot.waitSignal(card.loaded, timeout=2000):
        qtbot.mouseClick(card.edit_button, Qt.MouseButton.LeftButton)
    assert card.fields["notes"].text() == "Appeler le matin"

    with qtbot.waitSignal(card.back_requested, timeout=1000):
        qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)


def test_client_without_mobile_cannot_be_sent_an_sms(qtbot, ctx: AppContext, card: ClientCard) -> None:
    nobody = ctx.clients.create(ClientDraft(first_name="Jean", last_name="Sansnuméro"))
    with qtbot.waitSignal(card.loaded, timeout=2000):
        card.show_client(nobody)
    assert not card.send_button.isEnabled()
    assert card.fields["mobile"].text() == "Aucun"


@pytest.mark.parametrize(
    ("promotional", "transactional", "scopes", "expected"),
    [
        (ConsentState.UNKNOWN, ConsentState.UNKNOWN, (), ""),
        (
            ConsentState.WITHDRAWN,
            ConsentState.UNKNOWN,
            (),
            "A demandé l'arrêt de : nos promotions.",
        ),
        (
            ConsentState.GRANTED,
            ConsentState.UNKNOWN,
            ("reminders",),
            "A demandé l'arrêt de : nos rappels de rendez-vous.",
        ),
        (
            ConsentState.WITHDRAWN,
            ConsentState.UNKNOWN,
            ("reminders",),
            "A demandé l'arrêt de : nos promotions et nos rappels de rendez-vous.",
        ),
        (ConsentState.GRANTED, ConsentState.UNKNOWN, ("all",), "A demandé l'arrêt de : tous nos SMS."),
    ],
)
def test_the_card_says_plainly_what_the_client_stopped(
    qtbot, ctx: AppContext, card: ClientCard, claire: int, promotional, transactional, scopes, expected
) -> None:
    """From the consent and the suppression list of the number (a « STOP RAPPEL » leaves scope "reminders")."""
    if promotional is not ConsentState.UNKNOWN:
        ctx.clients.record_consent(claire, ConsentPurpose.PROMOTIONAL, promotional, ConsentSource.USER)
    with ctx.db.session() as session:
        for scope in scopes:
            consent_repo.suppress(session, hash_number("+33612345678"), scope, "sms_reply", ctx.clock.now())
    with qtbot.waitSignal(card.loaded, timeout=2000):
        card.show_client(claire)
    assert card.stopped.text().startswith(expected)
    assert card.stopped.isVisibleTo(card) == bool(expected)
