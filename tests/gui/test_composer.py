"""The composer dialog: template, exact text and figures, optimisation, findings, sending (which queues)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.context import AppContext
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ConsentPurpose, ConsentSource, ConsentState, MessageStatus
from desktop.services.compose import ComposeService
from desktop.services.sending.gate import Gate
from desktop.settings import Business, Settings
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.widgets import compose_confirm
from desktop.ui.widgets.compose_schedule import ScheduleDialog

TUESDAY_10H = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)  # Tuesday 24 Nov, 10:00 in Paris
SATURDAY_21H = dt.datetime(2026, 11, 28, 20, 0, tzinfo=dt.UTC)
ADDRESS = "8 rue Victor Hugo"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TUESDAY_10H)


@pytest.fixture
def compose(ctx: AppContext, clock: FakeClock) -> ComposeService:
    ctx.settings.save(Settings(business=Business(name="Optique Martin", address=ADDRESS)))
    ctx.accounts.update(ctx.accounts.default().name, price_cents_per_segment=7)
    ctx.templates.install_presets("optician")
    gate = Gate(ctx.db, ctx.outbox, ctx.accounts, ctx.settings.get, clock)
    return ComposeService(ctx.db, ctx.hub, gate, ctx.settings, clock)


def _client(ctx: AppContext, first: str, mobile: str, *, promotions: bool = False) -> int:
    client_id = ctx.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))
    if promotions:
        ctx.clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM
        )
    return client_id


def _dialog(qtbot, ctx: AppContext, compose: ComposeService, tasks, ids: list[int]) -> ComposerDialog:
    dialog = ComposerDialog(compose, ctx.templates, tasks, ids, debounce_ms=10)
    qtbot.addWidget(dialog)
    return dialog


def _activate(qtbot, dialog: QDialog) -> None:
    """Show the dialog as the active window: shortcuts (Ctrl+Entrée, Échap) only reach an active window."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def _type(qtbot, dialog: ComposerDialog, text: str) -> None:
    """Replace the body as a user would (setPlainText: keyClicks cannot type accents) and wait."""
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        dialog.body.setPlainText(text)


def test_picking_a_template_shows_the_exact_text_figures_and_cost(qtbot, ctx, compose, tasks) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    dialog = _dialog(qtbot, ctx, compose, tasks, [claire])
    index = dialog.template.findText("Lunettes prêtes")
    assert index > 0

    dialog.template.setCurrentIndex(index)
    dialog.template.activated.emit(index)

    expected = f"Bonjour Claire, vos lunettes vous attendent chez Optique Martin, {ADDRESS}. Au plaisir de vous revoir !"
    assert dialog.bubble.text() == expected
    assert dialog.bubble.figures_text() == f"{len(expected)} caractères · 1 SMS"
    assert dialog.bubble.footer_label.text() == "Coût estimé : 0,07 €"
    assert dialog.summary.text().startswith("Coût estimé : 0,07 €")
    assert not dialog.recipient.isVisibleTo(dialog)  # one client: no selector
    assert dialog.send_button.isEnabled()


def test_templates_are_filtered_by_purpose(qtbot, ctx, compose, tasks) -> None:
    dialog = _dialog(qtbot, ctx, compose, tasks, [_client(ctx, "Claire", "06 12 34 56 78")])
    names = lambda: [dialog.template.itemText(i) for i in range(1, dialog.template.count())]  # noqa: E731
    assert "Lunettes prêtes" in names() and "Promotion" not in names()

    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Promotionnel"))

    assert names() == ["Promotion"]


def test_figures_follow_the_text_from_gsm7_to_unicode(qtbot, ctx, compose, tasks) -> None:
    dialog = _dialog(qtbot, ctx, compose, tasks, [_client(ctx, "Claire", "06 12 34 56 78")])

    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        qtbot.keyClicks(dialog.body, "Bonjour {prenom}")
    assert dialog.bubble.text() == "Bonjour Claire"
    assert dialog.bubble.figures_text() == "14 caractères · 1 SMS"
    assert dialog.editor.highlighted() == []

    _type(qtbot, dialog, "Bonjour {prenom}, vos lunettes sont prêtes ! " + "Merci. " * 4)

    assert dialog.bubble.figures_text().endswith("· 2 SMS · caractères spéciaux")
    assert dialog.editor.highlighted() == ["ê"]
    assert "background-color" in dialog.bubble.text_label.text()
    assert dialog.bubble.footer_label.text() == "Coût estimé : 0,14 €"
    assert any(line.startswith("Caractères spéciaux (ê)") for line in dialog.findings.plain_texts())


def test_optimise_previews_the_saving_and_applies_only_on_click(qtbot, ctx, compose, tasks) -> None:
    ids = [_client(ctx, f"C{i}", f"06 12 34 56 7{i}") for i in range(3)]
    dialog = _dialog(qtbot, ctx, compose, tasks, ids)
    body = "Votre commande est prête ’ " + "a" * 45  # UCS-2: 2 SMS; GSM-7: 1 SMS

    _type(qtbot, dialog, body)

    assert dialog.editor.optimize_button.isVisibleTo(dialog)
    preview_text = dialog.editor.optimize_preview.text()
    assert "ê → e" in preview_text and "’ → '" in preview_text
    assert "2 SMS → 1 SMS" in preview_text
    assert "−0,21 € pour 3 client(s)" in preview_text
    assert dialog.text() == body  # nothing changed yet

    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        qtbot.mouseClick(dialog.editor.optimize_button, Qt.MouseButton.LeftButton)

    assert dialog.text() == "Votre commande est prete ' " + "a" * 45
    assert "spéciaux" not in dialog.bubble.figures_text()
    assert not dialog.editor.optimize_button.isVisibleTo(dialog)
    dialog.body.undo()
    assert dialog.text() == body


def test_findings_are_explained_and_excluded_recipients_listed(qtbot, ctx, compose, tasks, clock) -> None:
    clock.set(SATURDAY_21H)
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    dialog = _dialog(qtbot, ctx, compose, tasks, [claire, paul])
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Promotionnel"))

    _type(qtbot, dialog, "-10 % chez {boutique} ce mois-ci !")

    texts = " ".join(dialog.findings.plain_texts())
    assert "le message partira lundi 30 novembre à 8h00" in texts
    assert "Désinscription : répondez STOP" in texts  # the STOP mention, added and counted
    assert dialog.bubble.text().endswith("\nDésinscription : répondez STOP")
    assert "1 destinataire(s) sur 2" in dialog.summary.text()
    assert "départ prévu lundi 30 novembre à 08h00" in dialog.summary.text()
    assert dialog.skipped.reasons() == {"no_promotional_consent": [paul]}
    assert dialog.recipient.isVisibleTo(dialog)

    dialog.recipient.setCurrentIndex(dialog.recipient.findData(paul))

    assert "Paul" in dialog.recipient.currentText() and "(exclu)" in dialog.recipient.currentText()
    assert any("n'a pas accepté de recevoir des promotions" in t for t in dialog.findings.plain_texts())


def test_envoyer_queues_and_closes_with_the_ids(qtbot, ctx, compose, tasks) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    dialog = _dialog(qtbot, ctx, compose, tasks, [claire])
    dialog.show()
    _type(qtbot, dialog, "Bonjour {prenom}, vos lunettes sont prêtes.")

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    (message_id,) = dialog.result_ids or []
    message = ctx.outbox.get(message_id)
    assert (message.client_id, message.body, message.status) == (
        claire,
        "Bonjour Claire, vos lunettes sont prêtes.",
        MessageStatus.QUEUED,
    )
    assert message.due_at == TUESDAY_10H


def test_ctrl_enter_sends_even_right_after_typing(qtbot, ctx, compose, tasks) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    dialog = ComposerDialog(compose, ctx.templates, tasks, [claire], debounce_ms=10_000)
    qtbot.addWidget(dialog)
    _activate(qtbot, dialog)
    qtbot.keyClicks(dialog.body, "Vos lentilles sont arrivees.")  # the debounce has not fired yet

    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.outbox.get((dialog.result_ids or [0])[0]).body == "Vos lentilles sont arrivees."
    assert dialog.text() == "Vos lentilles sont arrivees."  # Ctrl+Entrée inserted no line break


def test_programmer_queues_at_the_chosen_moment(qtbot, ctx, compose, tasks, monkeypatch) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    chosen = dt.datetime(2026, 11, 26, 14, 30, tzinfo=dt.UTC)
    asked: list[dt.datetime] = []

    def ask(zone, now, parent=None):
        asked.append(now)
        return chosen

    monkeypatch.setattr(ScheduleDialog, "ask", staticmethod(ask))
    dialog = _dialog(qtbot, ctx, compose, tasks, [claire])
    _type(qtbot, dialog, "Votre devis est pret.")

    qtbot.mouseClick(dialog.schedule_button, Qt.MouseButton.LeftButton)

    assert asked == [TUESDAY_10H]
    assert ctx.outbox.get((dialog.result_ids or [0])[0]).due_at == chosen


def test_schedule_dialog_reads_local_time(qtbot) -> None:
    from zoneinfo import ZoneInfo

    dialog = ScheduleDialog(ZoneInfo("Europe/Paris"), TUESDAY_10H)
    qtbot.addWidget(dialog)
    assert dialog.moment() == TUESDAY_10H + dt.timedelta(hours=1)  # next full hour
    dialog.set_moment(dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC))
    assert dialog.edit.dateTime().time().hour() == 8  # shown in Paris time
    assert dialog.moment() == dt.datetime(2026, 12, 2, 7, 0, tzinfo=dt.UTC)


def test_nothing_to_send_keeps_the_buttons_off_and_escape_closes(qtbot, ctx, compose, tasks) -> None:
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    dialog = _dialog(qtbot, ctx, compose, tasks, [paul])
    _activate(qtbot, dialog)
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Promotionnel"))
    _type(qtbot, dialog, "-10 % chez {boutique} !")
    assert not dialog.send_button.isEnabled()
    assert dialog.summary.text() == "Ce client ne recevra pas ce message."

    qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and ctx.outbox.count() == 0
    assert "Aucun destinataire" in dialog.error_text()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.result_ids is None


def test_a_recipient_who_opted_out_meanwhile_is_reported_not_sent(qtbot, ctx, compose, tasks) -> None:
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    dialog = _dialog(qtbot, ctx, compose, tasks, [paul])
    dialog.show()
    _type(qtbot, dialog, "Vos lunettes sont pretes.")
    ctx.clients.opt_out(paul)

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and ctx.outbox.count() == 0
    assert "Aucun destinataire" in dialog.error_text()
    assert dialog.send_button.isEnabled()  # the user may change the text and try again


def test_an_empty_message_asks_for_text_rather_than_announcing_a_skip(qtbot, ctx, compose, tasks) -> None:
    paul = _client(ctx, "Paul", "06 12 34 56 79")
    dialog = _dialog(qtbot, ctx, compose, tasks, [paul])
    _type(qtbot, dialog, "Bonjour")
    _type(qtbot, dialog, "   ")

    assert dialog.summary.text() == "Écrivez le message ou choisissez un modèle."
    assert not dialog.send_button.isEnabled()


# ---------------------------------------------------------------------------------------- the first hour
SUNDAY_22H = dt.datetime(2026, 11, 29, 21, 0, tzinfo=dt.UTC)  # Sunday 29 November, 22:00 in Paris
MONDAY_8H = dt.datetime(2026, 11, 30, 7, 0, tzinfo=dt.UTC)


def _confirmations(monkeypatch, answer: bool = True) -> list[compose_confirm.Confirmation]:
    asked: list[compose_confirm.Confirmation] = []

    def ask(_parent, found: compose_confirm.Confirmation) -> bool:
        asked.append(found)
        return answer

    monkeypatch.setattr(compose_confirm, "ask", ask)
    return asked


def test_the_composer_says_who_will_receive_the_message(qtbot, ctx, compose, tasks) -> None:
    claire = _client(ctx, "Claire", "06 12 34 56 78")
    one = _dialog(qtbot, ctx, compose, tasks, [claire])
    _type(qtbot, one, "Bonjour {prenom}")
    assert one.recipients.label.text() == "À : Claire Martin · 06 12 34 56 78"
    assert one.recipients.list_button.isHidden()

    ids = [claire, _client(ctx, "Paul", "06 11 22 33 44"), _client(ctx, "Anne", "")]
    many = _dialog(qtbot, ctx, compose, tasks, ids)
    assert many.recipients.label.text() == "À : 3 destinataire(s)"  # said before the preview is ready
    _type(qtbot, many, "Bonjour {prenom}")
    assert many.recipients.list_button.isVisibleTo(many)
    assert many.recipients.listed() == [
        "Claire Martin · 06 12 34 56 78",
        "Paul Martin · 06 11 22 33 44",
        "Anne Martin — ne le recevra pas",
    ]


def test_variables_show_as_chips_never_as_raw_braces(qtbot, ctx, compose, tasks) -> None:
    dialog = _dialog(qtbot, ctx, compose, tasks, [_client(ctx, "Claire", "06 12 34 56 78", promotions=True)])
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Promotionnel"))
    template = next(t for t in ctx.templates.list_templates() if t.name == "Promotion")
    assert "{prenom|Madame, Monsieur}" in template.body
    index = dialog.template.findData(template.id)
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):  # as a user picks it in the list
        dialog.template.setCurrentIndex(index)
        dialog.template.activated.emit(index)

    assert dialog.text() == template.body  # the template itself, for the service
    assert "Prénom, sinon « Madame, Monsieur »" in dialog.body.chips()
    assert "{" not in dialog.body.toPlainText() and "}" not in dialog.body.toPlainText()  # what is seen
    assert dialog.bubble.text().startswith("Bonjour Claire,")  # and the filled preview

    _type(qtbot, dialog, "")
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        qtbot.keyClicks(dialog.body, "Bonjour {prenom}")
    assert dialog.body.chips() == ["Prénom"]  # typed with its braces: a chip at once
    assert dialog.text() == "Bonjour {prenom}"
    qtbot.keyClick(dialog.body, Qt.Key.Key_Backspace)
    assert dialog.text() == "Bonjour "  # one key removes the whole variable
    dialog.body.undo()
    assert dialog.text() == "Bonjour {prenom}"
    dialog.body.selectAll()
    assert dialog.body.createMimeDataFromSelection().text() == "Bonjour {prenom}"  # copied as a template
    with qtbot.waitSignal(dialog.preview_ready, timeout=2000):
        qtbot.keyClicks(dialog.body, "{prenon}")  # a typo stays text, so that its mistake shows
    assert dialog.body.chips() == [] and "{prenon}" in dialog.body.toPlainText()


def test_optimise_is_offered_only_when_it_saves_a_sms(qtbot, ctx, compose, tasks) -> None:
    dialog = _dialog(qtbot, ctx, compose, tasks, [_client(ctx, "Claire", "06 12 34 56 78")])
    _type(qtbot, dialog, "Votre commande est prête.")  # 1 SMS with or without the ê
    assert dialog.saving() is not None  # a character could be replaced…
    assert not dialog.editor.optimize_button.isVisibleTo(dialog)  # …but it would save nothing
    _type(qtbot, dialog, "Votre commande est prête ’ " + "a" * 45)  # 2 SMS → 1 SMS
    assert dialog.editor.optimize_button.isVisibleTo(dialog)


def test_sending_to_several_asks_first_with_the_count_and_the_cost(
    qtbot, ctx, compose, tasks, monkeypatch
) -> None:
    ids = [_client(ctx, name, f"06 12 34 56 7{i}") for i, name in enumerate(("Claire", "Paul", "Anne"))]
    dialog = _dialog(qtbot, ctx, compose, tasks, ids)
    dialog.show()
    _type(qtbot, dialog, "Bonjour {prenom}, la boutique est fermée lundi.")
    asked = _confirmations(monkeypatch, answer=False)

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    assert [a.question for a in asked] == ["Envoyer à 3 personne(s), coût 0,21 € ?"]
    assert asked[0].details == "3 SMS au total."
    assert dialog.isVisible() and ctx.outbox.count() == 0  # « Annuler »: nothing queued
    asked = _confirmations(monkeypatch, answer=True)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and ctx.outbox.count() == 3


def test_one_message_leaving_now_is_sent_without_a_question(qtbot, ctx, compose, tasks, monkeypatch) -> None:
    dialog = _dialog(qtbot, ctx, compose, tasks, [_client(ctx, "Claire", "06 12 34 56 78")])
    _type(qtbot, dialog, "Vos lunettes sont pretes.")
    asked = _confirmations(monkeypatch)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert asked == [] and ctx.outbox.count() == 1


def test_a_sunday_evening_promotion_states_its_departure_before_it_is_confirmed(
    qtbot, ctx, compose, tasks, clock, monkeypatch
) -> None:
    clock.set(SUNDAY_22H)
    claire = _client(ctx, "Claire", "06 12 34 56 78", promotions=True)
    dialog = _dialog(qtbot, ctx, compose, tasks, [claire])
    dialog.purpose.setCurrentIndex(dialog.purpose.findText("Promotionnel"))
    _type(qtbot, dialog, "-10 % chez {boutique} cette semaine !")
    assert "départ prévu lundi 30 novembre à 08h00" in dialog.summary.text()  # before any click
    asked = _confirmations(monkeypatch, answer=False)

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    (confirmation,) = asked
    assert confirmation.question == "Programmer ce message, coût 0,07 € ?"
    assert confirmation.details.startswith("Départ prévu lundi 30 novembre à 08h00 : maintenant, c'est en")
    assert confirmation.button == "&Programmer"
    assert ctx.outbox.count() == 0
    _confirmations(monkeypatch, answer=True)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (message_id,) = dialog.result_ids or []
    assert ctx.outbox.get(message_id).due_at == MONDAY_8H  # the departure it was confirmed with


def test_a_cost_from_an_unknown_price_says_so(qtbot, ctx, compose, tasks) -> None:
    ctx.accounts.update(ctx.accounts.default().name, price_cents_per_segment=0)
    dialog = _dialog(qtbot, ctx, compose, tasks, [_client(ctx, "Claire", "06 12 34 56 78")])
    _type(qtbot, dialog, "Vos lunettes sont pretes.")
    assert dialog.bubble.footer_label.text() == "Coût estimé : prix par SMS non renseigné"
    assert "0,00 €" not in dialog.summary.text() and "prix par SMS non renseigné" in dialog.summary.text()
