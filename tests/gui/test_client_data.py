"""The client card's data actions through the widgets: export everything, erase after a confirmation, and
the « modifié entre-temps par … » choice when another desk saved the same client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.context import AppContext
from desktop.core.entities import ClientDraft, ConsentPurpose, ConsentSource, ConsentState
from desktop.services.changes import ChangeHub
from desktop.services.clients import ClientChangedError, ClientService
from desktop.storage.errors import NotFoundError
from desktop.ui.bus import ChangeBus
from desktop.ui.dialogs import conflict_dialog
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.conflict_dialog import Choice, ConflictDialog
from desktop.ui.views.client_card import ClientCard
from desktop.ui.widgets.privacy_actions import EraseConfirmation
from tests.services.stored import Storer


@pytest.fixture
def claire(ctx: AppContext) -> int:
    client_id = ctx.clients.create(
        ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678", city="Lyon")
    )
    ctx.clients.record_consent(
        client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.PAPER
    )
    return client_id


@pytest.fixture
def card(qtbot, ctx: AppContext, tasks) -> Iterator[ClientCard]:
    widget = ClientCard(ctx.clients, ctx.compose, ctx.templates, tasks, privacy=ctx.privacy)
    qtbot.addWidget(widget)
    bus = ChangeBus(ctx.hub, widget)
    bus.changed.connect(widget.on_changes)
    yield widget
    bus.detach()


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_exporting_a_clients_data_from_the_card(
    qtbot, ctx, card, claire, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "claire.json"
    offered: list[str] = []

    def save_as(_parent, _title, name, _filters):
        offered.append(name)
        return str(target), "JSON (*.json)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    card.show_client(claire)
    actions = card.privacy_actions
    assert actions is not None and actions.export_button.isEnabled()
    with qtbot.waitSignal(actions.exported):
        _click(qtbot, actions.export_button)
    assert offered == ["Claire-Martin.xlsx"]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["client"]["city"] == "Lyon" and data["consent_events"][0]["source"] == "paper"
    assert str(target) in card.notice.text() and card.notice.isVisibleTo(card)


def test_erasing_asks_first_then_leaves_the_card(qtbot, ctx, card, claire, monkeypatch) -> None:
    answers = iter([False, True])
    asked: list[str] = []

    def ask(name, _parent=None):
        asked.append(name)
        return next(answers)

    monkeypatch.setattr(EraseConfirmation, "ask", staticmethod(ask))
    card.show_client(claire)
    actions = card.privacy_actions
    assert actions is not None
    _click(qtbot, actions.erase_button)  # « Annuler »: nothing happens
    assert ctx.clients.get(claire).first_name == "Claire"
    with qtbot.waitSignal(card.back_requested):
        _click(qtbot, actions.erase_button)
    assert asked == ["Claire Martin", "Claire Martin"]
    with pytest.raises(NotFoundError):
        ctx.clients.get(claire)
    assert card.client_id() is None and not actions.erase_button.isEnabled()


def test_erasing_while_a_message_is_on_its_way_says_why(qtbot, ctx, card, claire, monkeypatch) -> None:
    from desktop.core.entities import MessageStatus
    from desktop.storage.repositories import messages as messages_repo

    message = Storer.of(ctx).store("+33612345678", "Vos lunettes sont prêtes.", client_id=claire)
    with ctx.db.session() as session:
        messages_repo.transition(session, message.id, MessageStatus.SENDING, ctx.clock.now())
    monkeypatch.setattr(EraseConfirmation, "ask", staticmethod(lambda _name, _parent=None: True))
    card.show_client(claire)
    assert card.privacy_actions is not None
    _click(qtbot, card.privacy_actions.erase_button)
    assert "en cours d'envoi" in card.error_text()
    assert ctx.clients.get(claire).first_name == "Claire"


def test_the_erase_confirmation_does_not_erase_by_default(qtbot) -> None:
    dialog = EraseConfirmation("Claire Martin")
    qtbot.addWidget(dialog)
    assert dialog.defaultButton() is dialog.cancel_button and dialog.escapeButton() is dialog.cancel_button
    assert "Claire Martin" in dialog.text() and "liste d'opposition" in dialog.informativeText()


# ---------------------------------------------------------------------------------------- two desks


def _edit(monkeypatch, **fields) -> None:
    """The form: the user types ``fields`` and clicks « Enregistrer » (the form's own save runs)."""

    def ask(save, draft=None, parent=None):
        dialog = ClientDialog(save, draft, parent)
        for name, value in fields.items():
            getattr(dialog, name).setText(value)
        dialog._on_save()
        return dialog.result() == ClientDialog.DialogCode.Accepted

    monkeypatch.setattr(ClientDialog, "ask", staticmethod(ask))


def _other_desk(ctx: AppContext) -> ClientService:
    return ClientService(ctx.db, ChangeHub(), desk="CABINET-2")


@pytest.mark.parametrize(
    ("choice", "city"),
    [(Choice.RELOAD, "Grenoble"), (Choice.OVERWRITE, "Annecy")],
    ids=["reload", "overwrite"],
)
def test_a_save_after_another_desk_offers_to_reload_or_overwrite(
    qtbot, ctx, card, claire, monkeypatch, choice: Choice, city: str
) -> None:
    card.show_client(claire)
    other = _other_desk(ctx)
    other.update(
        claire, ClientDraft(first_name="Claire", last_name="Martin", mobile="0612345678", city="Grenoble")
    )
    shown: list[ClientChangedError] = []

    def ask(error, _parent=None):
        shown.append(error)
        return choice

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(ask))
    _edit(monkeypatch, city="Annecy")
    _click(qtbot, card.edit_button)
    assert [e.params["by"] for e in shown] == ["CABINET-2"]
    assert ctx.clients.get(claire).city == city
    qtbot.waitUntil(
        lambda: "Grenoble" in card.fields["address"].text() or city in card.fields["address"].text()
    )
    assert city in card.fields["address"].text()


def test_going_back_to_the_form_keeps_the_typing_and_saves_nothing(qtbot, ctx, claire, monkeypatch) -> None:
    client = ctx.clients.get(claire)
    save = conflict_dialog.versioned_save(ctx.clients, claire, client.version)
    _other_desk(ctx).update(claire, ClientDraft(last_name="Martin", city="Grenoble"))
    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(lambda _error, _parent=None: Choice.BACK))
    dialog = ClientDialog(save, client.to_draft())
    qtbot.addWidget(dialog)
    dialog.city.setText("Annecy")
    dialog._on_save()
    assert dialog.result() != ClientDialog.DialogCode.Accepted and dialog.city.text() == "Annecy"
    assert "modifiée entre-temps" in dialog.general_error.text() and dialog.general_error.isVisibleTo(dialog)
    assert ctx.clients.get(claire).city == "Grenoble"


def test_the_conflict_dialog_names_the_other_desk_and_defaults_to_the_form(qtbot, ctx, claire) -> None:
    _other_desk(ctx).update(claire, ClientDraft(last_name="Martin", city="Grenoble"))
    error = ClientChangedError(ctx.clients.get(claire))
    dialog = ConflictDialog(error)
    qtbot.addWidget(dialog)
    assert "modifiée entre-temps par le poste « CABINET-2 »" in dialog.text()
    assert dialog.defaultButton() is dialog.back_button and dialog.escapeButton() is dialog.back_button
    dialog.overwrite_button.click()
    assert dialog.choice() is Choice.OVERWRITE
