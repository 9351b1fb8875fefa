"""The client list: lazy model over ids, search as you type, add / edit / delete through the widgets."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.context import AppContext
from desktop.core.entities import (
    ClientDraft,
    ClientQuery,
    ConsentPurpose,
    ConsentRecord,
    ConsentSource,
    ConsentState,
)
from desktop.services.clients import ValidationError
from desktop.ui.bus import ChangeBus
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.models import clients_model
from desktop.ui.models.clients_model import ClientsModel
from desktop.ui.views.clients_view import ClientsView


def _seed(ctx: AppContext, count: int) -> list[int]:
    return [
        ctx.clients.create(
            ClientDraft(first_name=f"Prénom{i:03d}", last_name=f"Nom{i:03d}", mobile=f"06{i:08d}")
        )
        for i in range(1, count + 1)
    ]


def test_model_passes_the_model_tester_and_loads_rows_by_page(
    qtmodeltester, ctx: AppContext, monkeypatch
) -> None:
    monkeypatch.setattr(clients_model, "PAGE", 7)
    ids = _seed(ctx, 20)
    fetched: list[int] = []

    def fetch(wanted):
        fetched.append(len(wanted))
        return ctx.clients.list_items(wanted)

    model = ClientsModel(fetch)
    model.set_ids(ClientQuery(), ctx.clients.search_ids(ClientQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 20
    assert max(fetched) <= 7  # never the whole table at once
    assert model.data(model.index(0, 0)) == "Nom001"
    assert model.data(model.index(0, 2)) == "06 00 00 00 01"
    assert model.data(model.index(19, 0), ClientsModel.ID_ROLE) == ids[19]
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Portable"


def test_search_as_you_type_filters_in_sql(qtbot, ctx: AppContext, tasks) -> None:
    _seed(ctx, 30)
    view = ClientsView(ctx.clients, tasks)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 30
    assert view.count_label.text() == "30 client(s)"
    with qtbot.waitSignal(view.search_finished, timeout=2000):
        qtbot.keyClicks(view.search, "Nom02")
    assert view.model.rowCount() == 10
    assert {view.model.data(view.model.index(r, 0)) for r in range(10)} == {f"Nom02{i}" for i in range(10)}


def test_header_click_sorts_in_sql(qtbot, ctx: AppContext, tasks) -> None:
    _seed(ctx, 5)
    view = ClientsView(ctx.clients, tasks)
    qtbot.addWidget(view)
    view.refresh()
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert view.model.data(view.model.index(0, 0)) == "Nom005"


def test_dialog_shows_the_french_reason_on_the_field_and_keeps_the_input(qtbot) -> None:
    saved: list[ClientDraft] = []

    def save(draft: ClientDraft, consent: ConsentRecord | None) -> None:
        assert consent is None  # not asked: nothing recorded
        if draft.mobile != "06 12 34 56 78":
            raise ValidationError({"mobile": "too_short"})
        saved.append(draft)

    dialog = ClientDialog(save)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.last_name, "Martin")
    qtbot.keyClicks(dialog.mobile, "06 12 34")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_text("mobile") == "Numéro trop court : il manque des chiffres."
    assert dialog.last_name.text() == "Martin"
    qtbot.keyClicks(dialog.mobile, " 56 78")
    assert dialog.error_text("mobile") == ""  # cleared as soon as the user edits the field
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert saved[0].last_name == "Martin"


def test_add_edit_and_delete_through_the_view(qtbot, ctx: AppContext, tasks, monkeypatch) -> None:
    view = ClientsView(ctx.clients, tasks)
    qtbot.addWidget(view)
    bus = ChangeBus(ctx.hub, view)  # as the shell does: services publish, the view refreshes what changed
    bus.changed.connect(view.on_changes)
    view.refresh()

    def fill_and_save(save, draft=None, parent=None, **options):
        dialog = ClientDialog(save, draft, parent, **options)
        qtbot.addWidget(dialog)
        dialog.last_name.setText("Durand" if draft is None else "Durand-Petit")
        dialog.mobile.setText("07 81 23 45 67")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(ClientDialog, "ask", staticmethod(fill_and_save))
    with qtbot.waitSignal(view.search_finished, timeout=2000):
        view.new_button.click()
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    assert view.edit_button.isEnabled()
    view.edit_button.click()
    qtbot.waitUntil(lambda: view.model.data(view.model.index(0, 0)) == "Durand-Petit")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    view.table.selectRow(0)
    with qtbot.waitSignal(view.search_finished, timeout=2000):
        view.delete_button.click()
    assert view.model.rowCount() == 0
    assert ctx.clients.count() == 0


def test_deleting_a_selection_refreshes_the_list_once(qtbot, ctx: AppContext, tasks, monkeypatch) -> None:
    for n in range(4):
        ctx.clients.create(ClientDraft(last_name=f"Client{n}", mobile=f"06123456{n:02d}"))
    view = ClientsView(ctx.clients, tasks)
    qtbot.addWidget(view)
    bus = ChangeBus(ctx.hub, view)
    bus.changed.connect(view.on_changes)
    with qtbot.waitSignal(view.search_finished, timeout=2000):
        view.refresh()
    refreshes: list[int] = []
    view.search_finished.connect(refreshes.append)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    with qtbot.waitSignal(view.search_finished, timeout=2000):
        view.delete_button.click()
    assert ctx.clients.count() == 2 and view.model.rowCount() == 2
    assert refreshes == [2]


def test_a_new_client_is_saved_with_the_promotional_consent_asked_at_the_counter(
    qtbot, ctx: AppContext, tasks, monkeypatch
) -> None:
    ctx.settings.save(
        dataclasses.replace(
            ctx.settings.get(),
            business=dataclasses.replace(ctx.settings.get().business, name="Optique Martin"),
            staff=("Mme Martin", "Julie"),
        )
    )
    view = ClientsView(ctx.clients, tasks, settings=ctx.settings)
    qtbot.addWidget(view)
    seen: dict[str, object] = {}

    def fill(save, draft=None, parent=None, **options):
        dialog = ClientDialog(save, draft, parent, **options)
        qtbot.addWidget(dialog)
        box = dialog.consent_box
        assert box is not None and box.not_asked.isChecked() and box.details.isHidden()
        dialog.last_name.setText("Bernard")
        dialog.mobile.setText("06 98 76 54 32")
        box.granted.setChecked(True)
        seen["wording"] = box.wording.toPlainText()
        seen["staff"] = [box.recorded_by.itemText(i) for i in range(box.recorded_by.count())]
        box.recorded_by.setCurrentText("Julie")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(ClientDialog, "ask", staticmethod(fill))
    view.add_client()

    assert "les offres d'Optique Martin" in str(seen["wording"])
    assert seen["staff"] == ["Mme Martin", "Julie"]
    (client_id,) = ctx.clients.search_ids(ClientQuery())
    assert ctx.clients.get(client_id).promotional_consent is ConsentState.GRANTED
    (event,) = ctx.clients.consent_history(client_id)
    assert (event.purpose, event.source, event.recorded_by) == (
        ConsentPurpose.PROMOTIONAL,
        ConsentSource.USER,
        "Julie",
    )
    assert event.wording == seen["wording"]


def test_accepting_promotions_needs_the_wording_and_saves_nothing_without_it(qtbot, ctx: AppContext) -> None:
    dialog = ClientDialog(ctx.clients.create)
    qtbot.addWidget(dialog)
    assert dialog.consent_box is not None
    dialog.last_name.setText("Bernard")
    dialog.consent_box.granted.setChecked(True)
    dialog.consent_box.wording.setPlainText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "texte que le client a accepté" in dialog.consent_box.error.text()
    assert ctx.clients.count() == 0


def test_escape_on_a_changed_form_asks_before_discarding(qtbot, monkeypatch) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    untouched = ClientDialog(lambda draft, consent: None)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []  # nothing typed: nothing to lose

    dialog = ClientDialog(lambda draft, consent: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Claire")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.first_name.text() == "Claire"  # « Non »: the input is kept
    dialog.close()  # the window's close button asks too
    assert not dialog.isVisible()
    assert asked == ["Abandonner ce que vous avez saisi pour ce client ?"] * 2


def test_the_edit_form_shows_numbers_as_the_list_does(qtbot, ctx: AppContext, tasks) -> None:
    client_id = ctx.clients.create(
        ClientDraft(last_name="Martin", mobile="0622334455", other_phone="0478123456")
    )
    client = ctx.clients.get(client_id)
    assert client.mobile == "+33622334455"
    dialog = ClientDialog(lambda draft: None, client.to_draft())
    qtbot.addWidget(dialog)
    assert dialog.consent_box is None  # consent of a known client: on the card
    assert dialog.mobile.text() == "06 22 33 44 55"
    assert dialog.other_phone.text() == "04 78 12 34 56"
    assert not dialog.is_modified()
    view = ClientsView(ctx.clients, tasks)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.search_finished, timeout=2000):
        view.refresh()
    assert view.model.data(view.model.index(0, 2)) == dialog.mobile.text()
