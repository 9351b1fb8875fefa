"""The templates screen and its body editor, driven through the widgets (pytest-qt, synchronous tasks)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.context import AppContext
from desktop.core.clock import FakeClock
from desktop.core.compliance import DEFAULT_STOP_TEXT
from desktop.core.entities import Purpose, Sector
from desktop.services.templates import TemplateDraft, TemplateService
from desktop.settings import Business, Settings
from desktop.storage.orm import CampaignRow
from desktop.ui.models.templates_model import TemplatesModel
from desktop.ui.views.templates_view import TemplatesView
from desktop.ui.widgets.template_editor import TemplateEditor, utf16_offsets


@pytest.fixture
def service(ctx: AppContext) -> TemplateService:
    ctx.settings.save(
        Settings(
            business=Business(name="Optique Martin", address="3 rue Neuve, Lyon", sector=Sector.OPTICIAN)
        )
    )
    return TemplateService(
        ctx.db, ctx.hub, ctx.settings, clock=FakeClock(dt.datetime(2026, 3, 9, 9, tzinfo=dt.UTC))
    )


@pytest.fixture
def view(qtbot, ctx: AppContext, service: TemplateService, tasks) -> TemplatesView:
    widget = TemplatesView(service, ctx.settings, tasks)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _type(qtbot, widget, text: str) -> None:
    """Type `text` key by key (QTest only knows ASCII keys: other characters go as key events with text)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _type_body(qtbot, editor: TemplateEditor, text: str) -> None:
    """Type like a user and wait for the debounced checks (no sleep)."""
    editor.body.clear()
    with qtbot.waitSignal(editor.analysed, timeout=2000):
        _type(qtbot, editor.body, text)


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_model_passes_the_model_tester(qtmodeltester, service: TemplateService) -> None:
    service.install_presets()
    promotion = service.get_by_name("Promotion")
    assert promotion is not None
    service.set_active(promotion.id, False)
    model = TemplatesModel()
    model.set_templates(service.list_templates())
    qtmodeltester.check(model)
    assert model.rowCount() == 12 and model.columnCount() == 3  # 9 common presets + the sector's 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Catégorie"
    row = model.row_of(promotion.id)
    assert row is not None
    assert [model.data(model.index(row, c)) for c in range(3)] == ["Promotion", "Promotionnel", "Non"]
    assert model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(row, 0), TemplatesModel.ID_ROLE) == promotion.id
    assert model.row_of(-1) is None and model.template(99) is None


def test_create_a_template_through_the_widgets(qtbot, view: TemplatesView, service: TemplateService) -> None:
    assert view.model.rowCount() == 0
    assert not view.save_button.isEnabled()  # nothing to edit yet
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert view.save_button.isEnabled()
    _type(qtbot, view.name_edit, "Lunettes prêtes")
    view.purpose_combo.setCurrentIndex(view.purpose_combo.findData(Purpose.TRANSACTIONAL))
    _type_body(qtbot, view.editor, "Bonjour {prenom}, vos lunettes vous attendent chez {boutique}.")
    assert view.is_dirty()
    with qtbot.waitSignal(view.template_saved, timeout=2000):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = service.get_by_name("Lunettes prêtes")
    assert (
        saved is not None and saved.body == "Bonjour {prenom}, vos lunettes vous attendent chez {boutique}."
    )
    assert view.model.rowCount() == 1
    assert view.selected_template() == saved
    assert not view.is_dirty()
    assert "enregistré" in view.status_label.text()
    assert view.editor.preview() == "Bonjour Claire, vos lunettes vous attendent chez Optique Martin."


def test_unknown_variable_is_underlined_listed_and_blocks_saving(
    qtbot, view: TemplatesView, service: TemplateService
) -> None:
    view.new_template()
    qtbot.keyClicks(view.name_edit, "Test")
    editor = view.editor
    _type_body(qtbot, editor, "Bonjour {prenon}")
    assert editor.problems_list.count() == 1
    message = editor.problems_list.item(0).text()
    assert message.startswith("Variable inconnue « prenon »")
    assert not editor.problems_list.isHidden()
    errors = [
        s
        for s in editor.body.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        and s.format.underlineColor().name() == "#d32f2f"
    ]
    assert len(errors) == 1
    assert (errors[0].cursor.selectionStart(), errors[0].cursor.selectionEnd()) == (8, 16)
    assert errors[0].cursor.selectedText() == "{prenon}"
    assert editor.body.tip_at(10) == message  # the tooltip over the word
    assert editor.body.tip_at(2) == ""
    assert editor.preview() == "Bonjour {prenon}"  # shown as typed, not a crash
    view.save()
    assert service.list_templates() == []
    assert not view.general_error.isHidden()
    assert "soulignées en rouge" in view.general_error.text()
    # Clicking the problem selects it in the body.
    qtbot.mouseClick(
        editor.problems_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=editor.problems_list.visualItemRect(editor.problems_list.item(0)).center(),
    )
    assert editor.body.textCursor().selectedText() == "{prenon}"
    # Fixing it clears everything.
    _type_body(qtbot, editor, "Bonjour {prenom}")
    assert editor.problems() == [] and editor.problems_list.isHidden()


def test_live_checks_are_debounced(qtbot) -> None:
    editor = TemplateEditor(debounce_ms=50)
    qtbot.addWidget(editor)
    editor.set_body("Bonjour")
    with qtbot.assertNotEmitted(editor.analysed):
        qtbot.keyClicks(editor.body, " {x}")  # one burst of keystrokes…
    assert editor.preview() == "Bonjour" and editor.problems() == []
    with qtbot.waitSignal(editor.analysed, timeout=2000):  # …checked once, after a pause
        pass
    assert editor.preview() == "Bonjour {x}" and len(editor.problems()) == 1


def test_positions_are_converted_to_utf16_for_emoji(qtbot) -> None:
    editor = TemplateEditor()
    qtbot.addWidget(editor)
    assert utf16_offsets("a😀b") == [0, 1, 3, 4]
    editor.set_body("😀 {prenon} !")
    (problem,) = editor.problems()
    assert problem.position == 2  # code points
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    (selection,) = [s for s in editor.body.extraSelections() if s.format.underlineStyle() == wave]
    assert (selection.cursor.selectionStart(), selection.cursor.selectedText()) == (3, "{prenon}")
    (emoji,) = [s for s in editor.body.extraSelections() if s.format.underlineStyle() != wave]
    assert (emoji.cursor.selectionStart(), emoji.cursor.selectionEnd()) == (0, 2)  # highlighted: Unicode


def test_duplicate_name_error_is_shown_on_the_name(
    qtbot, view: TemplatesView, service: TemplateService
) -> None:
    service.create(TemplateDraft("Retard", Purpose.TRANSACTIONAL, "Nous aurons du retard."))
    view.refresh()
    view.new_template()
    qtbot.keyClicks(view.name_edit, "retard")
    _type_body(qtbot, view.editor, "Autre texte")
    view.save()
    assert not view.name_error.isHidden()
    assert view.name_error.text() == "Un modèle s'appelle déjà « Retard » : choisissez un autre nom."
    assert len(service.list_templates()) == 1
    qtbot.keyClicks(view.name_edit, " 2")
    assert view.name_error.isHidden()  # cleared as soon as the name is edited


def test_palette_inserts_a_variable_at_the_cursor(qtbot, view: TemplatesView) -> None:
    view.new_template()
    editor = view.editor
    _type_body(qtbot, editor, "Bonjour , à bientôt")
    cursor = editor.body.textCursor()
    cursor.setPosition(len("Bonjour "))
    editor.body.setTextCursor(cursor)
    palette = editor.variables_list
    names = [palette.item(i).data(Qt.ItemDataRole.UserRole) for i in range(palette.count())]
    assert names[0] == "prenom" and "motif" in names
    assert palette.item(0).text() == "Prénom"
    assert "Claire" in palette.item(0).toolTip()
    with qtbot.waitSignal(editor.analysed, timeout=2000):
        qtbot.mouseClick(
            palette.viewport(),
            Qt.MouseButton.LeftButton,
            pos=palette.visualItemRect(palette.item(0)).center(),
        )
    assert editor.text() == "Bonjour {prenom}, à bientôt"
    assert editor.body.hasFocus() or not editor.isVisible()
    # The keyboard works too: Enter on the current item.
    palette.setCurrentRow(names.index("boutique"))
    qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert editor.text() == "Bonjour {prenom}{boutique}, à bientôt"


def test_preview_and_figures_follow_the_body(qtbot, view: TemplatesView) -> None:
    view.new_template()
    editor = view.editor
    _type_body(qtbot, editor, "Bonjour {prenom}, RDV le {date_rdv} à {heure_rdv}.")
    assert editor.bubble.text() == "Bonjour Claire, RDV le mardi 10 mars à 14h30."
    assert editor.bubble.figures_text() == "45 caractères · 1 SMS"
    assert editor.unicode_label.isHidden() and editor.optimize_button.isHidden()
    _type_body(qtbot, editor, "Vos lunettes sont prêtes, {prenom}.")
    assert editor.bubble.text() == "Vos lunettes sont prêtes, Claire."
    assert editor.bubble.figures_text() == "33 caractères · 1 SMS · caractères spéciaux"
    assert not editor.unicode_label.isHidden() and "ê" in editor.unicode_label.text()
    highlighted = [
        s for s in editor.body.extraSelections() if s.format.background().color().name() == "#ffe082"
    ]
    assert [s.cursor.selectedText() for s in highlighted] == ["ê"]


def test_promotional_preview_counts_the_stop_mention(qtbot, view: TemplatesView) -> None:
    view.new_template()
    editor = view.editor
    _type_body(qtbot, editor, "{boutique} : -10 % cette semaine")
    assert "STOP" not in editor.preview()
    assert [h.code for h in editor.hints()] == ["promotional_wording"]  # transactional for now
    assert not editor.hints_label.isHidden()
    view.purpose_combo.setCurrentIndex(view.purpose_combo.findData(Purpose.PROMOTIONAL))
    expected = f"Optique Martin : -10 % cette semaine\n{DEFAULT_STOP_TEXT}"
    assert editor.preview() == expected == editor.bubble.text()
    assert editor.bubble.figures_text() == f"{len(expected)} caractères · 1 SMS"
    assert [h.code for h in editor.hints()] == ["stop_mention_missing"]


def test_optimise_for_sms_goes_from_two_sms_to_one_only_on_click(qtbot, view: TemplatesView) -> None:
    view.new_template()
    editor = view.editor
    body = "Bonjour {prenom}, votre commande est prête : passez l’après-midi, nous serons là jusqu’à 19h."
    _type_body(qtbot, editor, body)
    assert editor.analysis().segments == 2
    assert not editor.optimize_button.isHidden()
    assert editor.optimize_preview.text().startswith("2 SMS → 1 SMS")
    assert "ê → e" in editor.optimize_preview.text() and "’ → '" in editor.optimize_preview.text()
    assert editor.text() == body  # nothing changed before the click
    with qtbot.waitSignal(editor.analysed, timeout=2000):
        qtbot.mouseClick(editor.optimize_button, Qt.MouseButton.LeftButton)
    assert editor.text() == body.replace("ê", "e").replace("’", "'")
    assert editor.analysis().segments == 1
    assert "spéciaux" not in editor.bubble.figures_text()
    assert editor.optimize_button.isHidden()
    editor.body.undo()  # one step back to the original
    assert editor.text() == body


def test_clinic_palette_has_no_motif_and_health_words_are_flagged(qtbot, ctx: AppContext, tasks) -> None:
    ctx.settings.save(Settings(business=Business(name="Cabinet des Tilleuls", sector=Sector.CLINIC)))
    view = TemplatesView(ctx.templates, ctx.settings, tasks)
    qtbot.addWidget(view)
    view.new_template()
    editor = view.editor
    palette = editor.variables_list
    names = [palette.item(i).data(Qt.ItemDataRole.UserRole) for i in range(palette.count())]
    assert "motif" not in names and "date_rdv" in names
    _type_body(qtbot, editor, "Rappel : votre IRM demain à {heure_rdv} ({motif})")
    codes = [h.code for h in editor.hints()]
    assert codes == ["health_terms", "template_motif_clinic"]
    assert "IRM" in editor.hints_label.text()
    warned = [
        s.cursor.selectedText()
        for s in editor.body.extraSelections()
        if s.format.underlineColor().name() == "#ef8f00"
    ]
    assert warned == ["IRM", "{motif}"]


def test_delete_asks_then_deletes(qtbot, view: TemplatesView, service: TemplateService, monkeypatch) -> None:
    first = service.create(TemplateDraft("A", Purpose.TRANSACTIONAL, "Texte A"))
    service.create(TemplateDraft("B", Purpose.TRANSACTIONAL, "Texte B"))
    view.refresh()
    assert view.selected_template() == first  # the first one is opened
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Supprimer le modèle « A » ?"]
    assert len(service.list_templates()) == 2
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.template_deleted, timeout=2000):
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in service.list_templates()] == ["B"]
    assert view.model.rowCount() == 1
    assert view.status_label.text() == "Le modèle « A » a été supprimé."
    assert view.name_edit.text() == "B"  # the next one is opened


def test_delete_of_a_used_template_deactivates_it(
    qtbot, view: TemplatesView, service: TemplateService, ctx: AppContext, monkeypatch
) -> None:
    template = service.create(TemplateDraft("Promo", Purpose.PROMOTIONAL, "{boutique} : soldes"))
    with ctx.db.session() as session:
        session.add(CampaignRow(name="Soldes", template_id=template.id))
    view.refresh()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    view.delete_selected()
    assert service.get(template.id).active is False
    assert "désactivé" in view.status_label.text()
    assert view.model.data(view.model.index(0, 2)) == "Non"
    assert not view.active_check.isChecked()


def test_unsaved_changes_are_not_lost_by_switching(
    qtbot, view: TemplatesView, service: TemplateService, monkeypatch
) -> None:
    service.create(TemplateDraft("A", Purpose.TRANSACTIONAL, "Texte A"))
    service.create(TemplateDraft("B", Purpose.TRANSACTIONAL, "Texte B"))
    view.refresh()
    _type(qtbot, view.editor.body, " modifié")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    view.table.selectRow(1)
    assert asked and view.name_edit.text() == "A" and "modifié" in view.editor.text()
    selected = view.selected_template()
    assert selected is not None and selected.name == "A"  # the selection went back
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    view.table.selectRow(1)
    assert view.name_edit.text() == "B" and not view.is_dirty()


def test_cancel_reverts_and_duplicate_prefills_a_copy(
    qtbot, view: TemplatesView, service: TemplateService
) -> None:
    service.create(TemplateDraft("Rappel", Purpose.TRANSACTIONAL, "Texte"))
    view.refresh()
    _type(qtbot, view.editor.body, " ajouté")
    assert view.cancel_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert view.editor.text() == "Texte" and not view.is_dirty()
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert view.name_edit.text() == "Rappel (copie)"
    assert view.editor.text() == "Texte" and view.is_dirty()
    assert view.selected_template() is None
    view.save()
    assert [t.name for t in service.list_templates()] == ["Rappel", "Rappel (copie)"]
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    assert view.name_edit.text() == "Rappel (copie) (copie)"


def test_keyboard_and_accessibility(view: TemplatesView, service: TemplateService) -> None:
    for button in (
        view.new_button,
        view.duplicate_button,
        view.delete_button,
        view.save_button,
        view.cancel_button,
    ):
        assert "&" in button.text(), button.text()
    mnemonics = [
        w.text().lower().split("&")[1][0]
        for w in (
            view.new_button,
            view.duplicate_button,
            view.delete_button,
            view.save_button,
            view.cancel_button,
            view.active_check,
            view.editor.optimize_button,
            view.editor.body_label,
            view.editor.variables_label,
            view.list_label,
        )
    ]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics
    for widget in (
        view.table,
        view.name_edit,
        view.purpose_combo,
        view.editor.body,
        view.editor.variables_list,
    ):
        assert widget.accessibleName()
    assert view.editor.body_label.buddy() is view.editor.body
    assert view.editor.body.tabChangesFocus()
    service.create(TemplateDraft("A", Purpose.TRANSACTIONAL, "Texte A"))
    view.refresh()  # a template is open: every button is enabled
    chain: list[QWidget] = [view.table]
    current: QWidget | None = view.table
    while len(chain) < 10 and current is not None:
        current = current.nextInFocusChain()
        tabbable = current is not None and bool(current.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if current is not None and tabbable and current.isEnabled() and current.isVisibleTo(view):
            chain.append(current)
    assert chain == [
        view.table, view.new_button, view.duplicate_button, view.delete_button, view.name_edit,
        view.purpose_combo, view.active_check, view.editor.body, view.editor.variables_list, view.save_button,
    ]  # fmt: skip


def test_settings_changes_reach_the_preview(
    qtbot, view: TemplatesView, ctx: AppContext, service: TemplateService
) -> None:
    view.new_template()
    _type_body(qtbot, view.editor, "{boutique}")
    assert view.editor.preview() == "Optique Martin"
    ctx.settings.save(Settings(business=Business(name="Optique Dupont", sector=Sector.OPTICIAN)))
    from desktop.services.changes import Changes

    view.on_changes(Changes(settings=True))
    assert view.editor.preview() == "Optique Dupont"
