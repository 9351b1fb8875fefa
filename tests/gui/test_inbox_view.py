"""The « Réponses » area under pytest-qt: threads and filters, read and done (by whom), assignment, attaching
or creating a client from an unknown number, answering through the composer, survey results; the unread
badge and the staff's notification of a cancellation; Réglages › Réponses et enquêtes; the client card
saying what a client stopped. Real widgets offscreen, the real context, a synchronous task runner."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from desktop.core.agenda import AppointmentDraft
from desktop.core.entities import ClientDraft, MessageKind, Purpose
from desktop.services import setup
from desktop.services.inbox.service import InboxFilter, Status
from desktop.settings import Keyword, ReplySettings
from desktop.ui.application import window_settings
from desktop.ui.dialogs.attach_dialog import AttachDialog, Attachment
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.inbox_model import RepliesModel, ThreadsModel
from desktop.ui.settings.replies import RepliesPage
from desktop.ui.shell import Shell
from desktop.ui.views.client_card import ClientCard
from desktop.ui.views.inbox_view import InboxView
from desktop.ui.views.surveys_view import SurveyResultsModel, SurveysView
from tests.services.inbox_env import PARIS, Shop, open_shop, paris

CLAIRE = "06 12 34 56 78"
STRANGER = "07 81 23 45 67"


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    opened = open_shop(tmp_path / "data")
    yield opened
    opened.context.close()


def inbox_view(qtbot, shop: Shop, tasks) -> InboxView:
    context = shop.context
    view = InboxView(
        context.inbox,
        context.clients,
        context.compose,
        context.templates,
        context.surveys,
        tasks,
        window_settings(context.paths),
        zone=PARIS,
        clock=shop.clock,
    )
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.refresh()
    return view


def rows(view: InboxView) -> list[list[str]]:
    model = view.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def show_all(view: InboxView) -> None:
    view.status_filter.setCurrentIndex(view.status_filter.findData("all"))


def select(view: InboxView, number: str) -> None:
    row = view.model.row_of(number)
    assert row is not None, number
    view.table.selectRow(row)


def surveyed(shop: Shop, client_id: int) -> None:
    shop.send(
        client_id, "", purpose=Purpose.SURVEY, kind=MessageKind.SURVEY, template="Enquête de satisfaction"
    )
    shop.run()


# ---------------------------------------------------------------------------------------- models


def test_the_inbox_models_pass_the_model_tester(qtmodeltester, shop: Shop) -> None:
    claire = shop.client("Claire", CLAIRE)
    shop.reply(CLAIRE, "Peut-on décaler à jeudi ?")
    shop.reply(STRANGER, "STOP")
    surveyed(shop, claire)
    shop.reply(CLAIRE, "8")
    threads, replies, results = ThreadsModel(PARIS), RepliesModel(PARIS), SurveyResultsModel()

    threads.set_threads(shop.context.inbox.threads(InboxFilter()), shop.clock.now())
    replies.set_replies(shop.context.inbox.items(), shop.clock.now())
    results.set_results(shop.context.surveys.results())

    assert (threads.rowCount(), replies.rowCount(), results.rowCount()) == (2, 3, 1)
    for model in (threads, replies, results):
        qtmodeltester.check(model)


# ---------------------------------------------------------------------------------------- threads


def test_threads_are_listed_per_number_with_what_to_do(qtbot, shop: Shop, tasks) -> None:
    shop.client("Claire", CLAIRE)
    shop.reply(CLAIRE, "Peut-on décaler à jeudi ?")
    shop.reply(CLAIRE, "Ou vendredi ?")
    shop.keywords(HORAIRES="9h-19h")
    shop.reply(STRANGER, "horaires")

    view = inbox_view(qtbot, shop, tasks)

    assert view.current_filter().status is Status.ATTENTION  # what the staff must look at, first
    assert rows(view) == [
        ["Claire Martin · 06 12 34 56 78", "Ou vendredi ?", "07/12 09h02", "2 non lue(s) · 2 à traiter", ""]
    ]
    show_all(view)
    assert [r[0] for r in rows(view)] == ["07 81 23 45 67 (numéro inconnu)", "Claire Martin · 06 12 34 56 78"]
    assert rows(view)[0][3] == "Traité"  # answered by Comptoir: nothing to read nor handle
    with qtbot.waitSignal(view.threads_loaded, timeout=2000):
        view.search.setText("claire")
    assert [r[0] for r in rows(view)] == ["Claire Martin · 06 12 34 56 78"]
    with qtbot.waitSignal(view.threads_loaded, timeout=2000):
        view.search.setText("0781")
    assert [r[0] for r in rows(view)] == ["07 81 23 45 67 (numéro inconnu)"]


def test_opening_a_thread_shows_its_replies_and_marks_them_read(qtbot, shop: Shop, tasks) -> None:
    shop.client("Claire", CLAIRE)
    shop.reply(CLAIRE, "Peut-on décaler à jeudi ?")
    view = inbox_view(qtbot, shop, tasks)
    assert shop.context.inbox.unread_count() == 1

    select(view, "+33612345678")

    panel = view.panel
    assert panel.title.text() == "Claire Martin · 06 12 34 56 78"
    model = panel.replies_model
    assert [model.index(0, c).data() for c in (1, 2, 3)] == [
        "Peut-on décaler à jeudi ?",
        "À traiter — Le client pose une question.",
        "À traiter",
    ]
    assert shop.context.inbox.unread_count() == 0
    assert [b.text for b in panel.conversation.bubbles()] == ["Peut-on décaler à jeudi ?"]
    assert panel.open_button.isEnabled() and panel.reply_button.isEnabled()
    assert not panel.attach_button.isVisibleTo(panel)


def test_marking_done_records_who_and_a_second_desk_is_told_who_was_first(qtbot, shop: Shop, tasks) -> None:
    shop.client("Claire", CLAIRE)
    reply = shop.reply(CLAIRE, "Peut-on décaler à jeudi ?")
    view = inbox_view(qtbot, shop, tasks)
    view.me.setCurrentIndex(view.me.findData("Julien"))
    select(view, "+33612345678")
    other_desk = shop.context.inbox  # the same database, as another desk sees it

    shop.clock.advance(120)
    view.panel.done_button.click()

    done = shop.context.inbox.get(reply.id)
    assert (done.handled, done.handled_by, done.handled_at) == (True, "Julien", shop.clock.now())
    assert view.notice.text() == "Réponse traitée (Julien, lundi 7 décembre à 09h03)."
    assert rows(view) == []  # nothing left to handle
    other_desk.reopen(reply.id)
    view.refresh()
    select(view, "+33612345678")
    other_desk.mark_done(reply.id, "Mme Martin")  # the other desk is quicker this time
    view.panel.done_button.click()
    assert "Déjà traitée par Mme Martin" in view.notice.text() and "rien n'a changé" in view.notice.text()
    assert shop.context.inbox.get(reply.id).handled_by == "Mme Martin"


def test_a_thread_is_given_to_a_person_and_filtered_by_person(qtbot, shop: Shop, tasks) -> None:
    shop.client("Claire", CLAIRE)
    shop.reply(CLAIRE, "Appelez-moi svp")
    shop.reply(STRANGER, "Vous êtes ouverts samedi ?")
    view = inbox_view(qtbot, shop, tasks)
    select(view, "+33612345678")

    view.panel.assignee.setCurrentIndex(view.panel.assignee.findData("Julien"))

    assert [r[4] for r in rows(view)] == ["", "Julien"]
    view.person_filter.setCurrentIndex(view.person_filter.findData("Julien"))
    assert [r[0] for r in rows(view)] == ["Claire Martin · 06 12 34 56 78"]
    view.person_filter.setCurrentIndex(view.person_filter.findData(""))
    assert [r[0] for r in rows(view)] == ["07 81 23 45 67 (numéro inconnu)"]


def test_an_unknown_number_is_attached_to_a_client(qtbot, shop: Shop, tasks, monkeypatch) -> None:
    paul = shop.context.clients.create(ClientDraft(first_name="Paul", last_name="Durand"))
    shop.reply(STRANGER, "C'est Paul, nouveau numéro")
    view = inbox_view(qtbot, shop, tasks)
    select(view, "+33781234567")
    panel = view.panel
    assert panel.attach_button.isVisibleTo(panel) and not panel.reply_button.isEnabled()
    monkeypatch.setattr(AttachDialog, "ask", classmethod(lambda cls, *a, **k: Attachment(paul, True)))

    panel.attach_button.click()

    assert rows(view)[0][0] == "Paul Durand · 07 81 23 45 67"
    assert shop.context.clients.get(paul).mobile == "+33781234567"
    assert panel.reply_button.isEnabled()


def test_a_client_is_created_from_an_unknown_number(qtbot, shop: Shop, tasks, monkeypatch) -> None:
    shop.reply(STRANGER, "Bonjour, je voudrais un rendez-vous")
    view = inbox_view(qtbot, shop, tasks)
    select(view, "+33781234567")
    seen: list[ClientDraft] = []

    def ask(cls, save, draft=None, parent=None) -> bool:
        assert draft is not None
        seen.append(draft)
        save(dataclasses.replace(draft, first_name="Zoé", last_name="Leroy"))
        return True

    monkeypatch.setattr(ClientDialog, "ask", classmethod(ask))
    view.panel.create_button.click()

    assert seen[0].mobile == "+33781234567"  # the form opens with the number
    assert rows(view)[0][0] == "Zoé Leroy · 07 81 23 45 67"


def test_answering_opens_the_composer_for_the_client_and_opening_the_card(
    qtbot, shop: Shop, tasks, monkeypatch
) -> None:
    claire = shop.client("Claire", CLAIRE)
    shop.reply(CLAIRE, "Vous avez mes lunettes ?")
    view = inbox_view(qtbot, shop, tasks)
    select(view, "+33612345678")
    asked: list[list[int]] = []
    monkeypatch.setattr(
        ComposerDialog, "ask", classmethod(lambda cls, c, t, k, ids, p=None: asked.append(ids))
    )

    view.panel.reply_button.click()
    with qtbot.waitSignal(view.client_requested) as opened:
        view.panel.open_button.click()

    assert asked == [[claire]]
    assert opened.args == [claire]


# ---------------------------------------------------------------------------------------- surveys


def test_survey_results_and_a_survey_sent_to_one_client(qtbot, shop: Shop, tasks) -> None:
    claire = shop.client("Claire", CLAIRE)
    paul = shop.client("Paul", "06 98 76 54 32")
    for client in (claire, paul):
        surveyed(shop, client)
    shop.reply(CLAIRE, "10")
    shop.reply("06 98 76 54 32", "3")
    view = SurveysView(shop.context.surveys, shop.context.clients, tasks)
    qtbot.addWidget(view)
    view.refresh()

    model = view.model
    assert [model.index(0, c).data() for c in range(5)] == [
        "Enquête de satisfaction",
        "2",
        "2",
        "+0",
        "1 · 0 · 1",
    ]
    assert "3:█" in model.index(0, 5).data() and "10:█" in model.index(0, 5).data()
    assert not view.empty.isVisibleTo(view)
    third = shop.client("Zoé", "06 55 55 55 55")
    view._chosen(third)
    view.survey_button.click()
    assert view.outcome.text() == "Enquête en file d'attente."
    view._chosen(claire)
    view.survey_button.click()  # one per client per 6 months: the gate says why not
    assert view.outcome.text().startswith("Non envoyée : ")
    assert "Ce client a reçu une enquête de satisfaction le 7 décembre 2026" in view.outcome.text()


# ---------------------------------------------------------------------------------------- settings


def cell(page: RepliesPage, row: int, column: int) -> QTableWidgetItem:
    item = page.keywords.item(row, column)
    assert item is not None
    return item


def test_the_replies_settings_page_loads_checks_and_saves_keywords(qtbot, shop: Shop, tasks) -> None:
    page = RepliesPage(shop.context.templates, tasks)
    qtbot.addWidget(page)
    settings = shop.settings(
        replies=ReplySettings(keywords=(Keyword("HORAIRES", "9h-19h"),), confirm_opt_out=False)
    )
    page.load(settings)
    assert page.keyword_values() == (Keyword("HORAIRES", "9h-19h"),)
    assert not page.confirm_opt_out.isChecked()

    with qtbot.waitSignal(page.edited):
        page.add_keyword()
    cell(page, 1, 0).setText("adresse")
    cell(page, 1, 1).setText("{adresse}")
    page.survey_after_visit.setChecked(True)
    page.months_between.setValue(3)
    applied = page.apply(settings)

    assert applied.replies.keywords == (Keyword("HORAIRES", "9h-19h"), Keyword("ADRESSE", "{adresse}"))
    assert (applied.surveys.after_visit, applied.surveys.months_between) == (True, 3)
    cell(page, 1, 0).setText("stop")
    problems = setup.check_settings(page.apply(settings))
    assert [(p.field, p.code) for p in problems] == [("keywords", "keyword_word_reserved")]
    assert page.show_problem(problems[0])
    assert "veut déjà dire quelque chose" in page.error_text("keywords")


# ---------------------------------------------------------------------------------------- client card


def test_the_client_card_says_plainly_what_she_stopped(qtbot, shop: Shop, tasks) -> None:
    claire = shop.client("Claire", CLAIRE, promotions=True)
    shop.appointment(claire, paris(12, 9, 14, 30))
    shop.at(paris(12, 8, 10))
    shop.run()
    shop.reply(CLAIRE, "Stop merci")
    card = ClientCard(shop.context.clients, shop.context.compose, shop.context.templates, tasks)
    qtbot.addWidget(card)

    card.show_client(claire)

    assert card.stopped.text() == (
        "A demandé l'arrêt de : nos promotions et nos rappels de rendez-vous. "
        "(réponse SMS « Stop merci », mardi 8 décembre à 10h01)"
    )
    assert not card.stopped.isHidden()
    shop.reply(CLAIRE, "START")
    card.reload_details()
    assert card.stopped.isHidden()


# ---------------------------------------------------------------------------------------- the window


def test_the_badge_counts_unread_replies_and_a_cancellation_is_notified(qtbot, shop: Shop, tasks) -> None:
    preferences = window_settings(shop.context.paths)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    shell = Shell(shop.context, tasks, window, preferences, run_dispatcher=False)
    shell.start()
    try:
        claire = shop.client("Claire", CLAIRE)
        appointment = shop.context.appointments.create(AppointmentDraft(claire, paris(12, 9, 14, 30), 30))
        shop.at(paris(12, 8, 10))
        shop.run()
        assert window.badge("inbox") == 0

        shop.reply(CLAIRE, "Je ne pourrai pas venir")  # the dispatcher publishes: the shell hears it

        qtbot.waitUntil(lambda: window.badge("inbox") == 1, timeout=2000)
        assert window.statusBar().currentMessage() == (
            "Claire Martin : Rendez-vous du mercredi 9 décembre à 14h30 annulé par le client : le créneau est libre."
        )
        assert shop.context.appointments.get(appointment.id).status.value == "cancelled"
        shell._open_last_alert()  # what a click on the tray's notification does
        assert window.current_area() == "inbox"
        view = shell.inbox_view
        qtbot.waitUntil(lambda: view.panel.title.text() == "Claire Martin · 06 12 34 56 78", timeout=2000)
        assert view.panel.replies_model.index(0, 2).data().startswith("Annulation — Rendez-vous du mercredi")
        qtbot.waitUntil(lambda: window.badge("inbox") == 0, timeout=2000)  # opened: read
    finally:
        shell.shutdown()
