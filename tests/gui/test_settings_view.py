"""The settings screen driven through its widgets (pytest-qt, synchronous tasks)."""

from __future__ import annotations

import datetime as dt

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppContext
from desktop.core.entities import Sector
from desktop.providers.base import AccountCheck
from desktop.services.accounts import SIMULATOR_NAME
from desktop.services.changes import Changes
from desktop.settings import Business, Settings
from desktop.ui.application import window_settings
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.settings.accounts import AccountsModel
from desktop.ui.settings.view import SettingsView
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio


@pytest.fixture
def view(qtbot, ctx: AppContext, tasks, mem_keyring) -> SettingsView:
    widget = SettingsView(ctx.settings, ctx.accounts, tasks, ctx.paths, window_settings(ctx.paths))
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_settings_are_saved_and_reloaded_through_the_widgets(qtbot, ctx: AppContext, tasks, view) -> None:
    assert not view.save_button.isEnabled()
    page = view.business_page
    page.name_edit.setText("Optique Martin")
    page.address_edit.setText("3 rue Neuve, 69002 Lyon")
    qtbot.keyClicks(page.phone_edit, "04 78 12 34 56")
    page.sector_combo.setCurrentIndex(page.sector_combo.findData("optician"))
    page.hours_edit.setPlainText("Du mardi au samedi, 9h30–19h")
    page.area_combo.setCurrentIndex(page.area_combo.findData("alsace_moselle"))
    qtbot.keyClicks(view.sender_page.sender_field.line, "OPTMARTIN")
    hours = view.hours_page
    hours.end_edit.setTime(QTime(19, 0))
    hours.day_checks[0].setChecked(False)  # no promotions on Mondays
    hours.courtesy_end_edit.setTime(QTime(20, 0))
    view.limits_page.per_week.setValue(2)
    view.limits_page.review_months.setValue(12)
    view.data_page.retention_spin.setValue(12)
    view.data_page.backups_spin.setValue(30)
    assert view.save_button.isEnabled()
    with qtbot.waitSignal(view.settings_saved):
        _click(qtbot, view.save_button)

    assert "Réglages enregistrés" in view.status.text()
    assert not view.save_button.isEnabled()
    saved = ctx.settings.reload()
    assert saved.business.name == "Optique Martin"
    assert saved.business.phone == "+33478123456"  # E.164 inside
    assert saved.business.sector is Sector.OPTICIAN
    assert saved.business.area == "alsace_moselle"
    assert saved.business.opening_hours == "Du mardi au samedi, 9h30–19h"
    assert saved.sender == "OPTMARTIN"
    assert saved.policy.end == dt.time(19, 0)
    assert saved.policy.allowed_weekdays == frozenset({1, 2, 3, 4, 5})
    assert saved.policy.courtesy_end == dt.time(20, 0)
    assert (saved.caps.promotional_per_week, saved.caps.review_request_months) == (2, 12)
    assert (saved.retention_months, saved.backups_to_keep) == (12, 30)

    again = SettingsView(ctx.settings, ctx.accounts, tasks, ctx.paths, window_settings(ctx.paths))
    qtbot.addWidget(again)
    again.refresh()
    assert again.business_page.name_edit.text() == "Optique Martin"
    assert again.business_page.phone_edit.text() == "04 78 12 34 56"
    assert again.business_page.area_combo.currentData() == "alsace_moselle"
    assert again.sender_page.sender_field.text() == "OPTMARTIN"
    assert again.hours_page.end_edit.time() == QTime(19, 0)
    assert not again.hours_page.day_checks[0].isChecked()
    assert again.limits_page.per_week.value() == 2
    assert again.data_page.retention_spin.value() == 12
    assert not again.is_dirty()


def test_a_missing_name_or_a_bad_phone_is_shown_on_the_field_and_nothing_saved(qtbot, ctx, view) -> None:
    qtbot.keyClicks(view.business_page.phone_edit, "12")
    view.show_page(view.limits_page)
    _click(qtbot, view.save_button)
    assert "nom de votre commerce" in view.error_text("name")
    assert "trop court" in view.error_text("phone")
    assert view.current_page() is view.business_page
    assert "Rien n'a été enregistré" in view.status.text()
    assert ctx.settings.reload() == Settings()


def test_sender_findings_are_explained_live_and_a_blocking_one_refuses_the_save(qtbot, ctx, view) -> None:
    view.business_page.name_edit.setText("Optique Martin")
    field = view.sender_page.sender_field
    qtbot.keyClicks(field.line, "OPT MARTIN")
    assert "Caractères refusés" in field.message_text()
    assert "␣" in field.message_text()
    field.line.clear()
    qtbot.keyClicks(field.line, "OPTIQUEMARTINLYON")
    assert "trop long" in field.message_text()
    field.line.clear()
    qtbot.keyClicks(field.line, "INFO")
    assert "ne dit pas qui écrit" in field.message_text()
    field.line.clear()
    qtbot.keyClicks(field.line, "OPTMARTIN")
    assert field.message_text() == "Nom d'expéditeur valide."

    field.line.clear()
    qtbot.keyClicks(field.line, "0612345678")
    _click(qtbot, view.save_button)
    assert "portable" in view.error_text("sender")
    assert view.current_page() is view.sender_page
    assert ctx.settings.reload().sender == ""


def test_sending_window_problems_are_shown_live_and_refused(qtbot, ctx, view) -> None:
    view.business_page.name_edit.setText("Optique Martin")
    hours = view.hours_page
    hours.end_edit.setTime(QTime(22, 0))
    assert "charte des opérateurs" in hours.messages_text() and "21h30" in hours.messages_text()
    _click(qtbot, view.save_button)
    assert "charte des opérateurs" in view.error_text("policy")
    assert ctx.settings.reload().policy.end == dt.time(20, 0)

    hours.end_edit.setTime(QTime(7, 0))
    assert "L'heure de fin doit être après l'heure de début" in hours.messages_text()
    hours.end_edit.setTime(QTime(20, 0))
    for check in hours.day_checks:
        check.setChecked(False)
    assert "au moins un jour" in hours.messages_text()
    _click(qtbot, view.save_button)
    assert ctx.settings.reload().policy.allowed_weekdays == frozenset(range(6))

    hours.courtesy_start_edit.setTime(QTime(21, 0))
    assert "heures de politesse" in hours.messages_text()
    _click(qtbot, hours.defaults_button)
    assert hours.messages_text() == ""


def test_widening_within_the_charter_is_allowed_with_warnings(qtbot, ctx, view) -> None:
    view.business_page.name_edit.setText("Optique Martin")
    hours = view.hours_page
    hours.end_edit.setTime(QTime(21, 30))
    hours.day_checks[6].setChecked(True)
    hours.holidays_check.setChecked(True)
    text = hours.messages_text()
    assert "Après 20h00" in text and "dimanche" in text and "fériés" in text
    _click(qtbot, view.save_button)
    policy = ctx.settings.reload().policy
    assert policy.end == dt.time(21, 30)
    assert 6 in policy.allowed_weekdays and policy.allow_holidays


def test_cancel_returns_to_the_saved_values(qtbot, ctx, view) -> None:
    ctx.settings.save(Settings(business=Business(name="Optique Martin")))
    view.refresh()
    view.business_page.name_edit.setText("Autre nom")
    view.limits_page.per_week.setValue(5)
    assert view.is_dirty()
    _click(qtbot, view.cancel_button)
    assert view.business_page.name_edit.text() == "Optique Martin"
    assert view.limits_page.per_week.value() == 1
    assert not view.is_dirty()


def test_a_change_from_another_desk_reloads_unless_the_user_is_editing(qtbot, ctx, view) -> None:
    ctx.settings.save(Settings(business=Business(name="Depuis un autre poste")))
    view.on_changes(Changes(settings=True))
    assert view.business_page.name_edit.text() == "Depuis un autre poste"
    view.business_page.name_edit.setText("En cours de saisie")
    ctx.settings.save(Settings(business=Business(name="Encore un autre")))
    view.on_changes(Changes(settings=True))
    assert view.business_page.name_edit.text() == "En cours de saisie"


def test_language_choice_is_written_to_window_ini(qtbot, ctx: AppContext, view) -> None:
    view.business_page.name_edit.setText("Optique Martin")
    assert view.language_page.language() == "fr"
    assert "prochain démarrage" in view.language_page.note.text()
    view.language_page.combo.setCurrentIndex(view.language_page.combo.findData("en"))
    with qtbot.waitSignal(view.language_changed) as blocker:
        _click(qtbot, view.save_button)
    assert blocker.args == ["en"]
    assert "prochain démarrage" in view.status.text()
    stored = QSettings(str(ctx.paths.data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert stored.value("ui/language") == "en"


def test_a_new_sender_follows_on_the_accounts_that_used_the_old_one(qtbot, ctx: AppContext, view) -> None:
    ctx.accounts.add(
        "twilio", "Twilio", "OPTMARTIN", {"account_sid": ACCOUNT_SID}, {"auth_token": AUTH_TOKEN}
    )
    ctx.accounts.add("brevo", "Brevo", "AUTRE", {}, {"api_key": "xkeysib-123"})
    ctx.settings.save(Settings(business=Business(name="Optique Martin"), sender="OPTMARTIN"))
    view.refresh()
    field = view.sender_page.sender_field
    field.line.clear()
    qtbot.keyClicks(field.line, "MARTINOPT")
    _click(qtbot, view.save_button)
    assert "Twilio" in view.status.text()
    senders = {a.name: a.sender for a in ctx.accounts.list()}
    assert senders["Twilio"] == "MARTINOPT"
    assert senders["Brevo"] == "AUTRE"
    assert senders[SIMULATOR_NAME] == "MARTINOPT"  # it still had its built-in sender

    ctx.accounts.update(SIMULATOR_NAME, sender="DEMO")
    field.line.clear()
    qtbot.keyClicks(field.line, "OPTIQUEM")
    _click(qtbot, view.save_button)
    senders = {a.name: a.sender for a in ctx.accounts.list()}
    assert senders == {"Twilio": "OPTIQUEM", "Brevo": "AUTRE", SIMULATOR_NAME: "DEMO"}


def test_data_folder_is_shown_and_opened(qtbot, ctx: AppContext, view, monkeypatch) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    page = view.data_page
    assert page.data_dir_label.text() == str(ctx.paths.data_dir)
    _click(qtbot, page.open_data_button)
    assert opened[-1].toLocalFile() == str(ctx.paths.data_dir)
    _click(qtbot, page.open_backup_button)
    assert opened[-1].toLocalFile() == str(ctx.paths.backup_dir)
    page.set_backup_folder(str(ctx.paths.data_dir / "ailleurs"))
    view.business_page.name_edit.setText("Optique Martin")
    _click(qtbot, view.save_button)
    assert ctx.settings.reload().backup_dir == str(ctx.paths.data_dir / "ailleurs")
    _click(qtbot, page.default_backup_button)
    assert page.backup_folder() == ctx.paths.backup_dir


# ---------------------------------------------------------------------------------------- accounts


def test_accounts_model(qtmodeltester, ctx: AppContext, mem_keyring) -> None:
    ctx.accounts.add(
        "twilio", "Twilio", "OPTMARTIN", {"account_sid": ACCOUNT_SID}, {"auth_token": AUTH_TOKEN}
    )
    model = AccountsModel()
    model.set_accounts(ctx.accounts.list(), {s.key: s.label for s in ctx.accounts.specs()})
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Twilio"
    assert model.data(model.index(0, 3)) == "Oui"
    assert model.data(model.index(1, 1)) == "Simulateur (essai sans envoi réel)"


def test_accounts_page_default_fallback_and_remove(qtbot, ctx: AppContext, view, monkeypatch) -> None:
    ctx.accounts.add(
        "twilio",
        "Twilio",
        "OPTMARTIN",
        {"account_sid": ACCOUNT_SID},
        {"auth_token": AUTH_TOKEN},
        make_default=False,
    )
    page = view.accounts_page
    view.show_accounts()
    page.refresh()
    assert page.model.rowCount() == 2
    page.select(SIMULATOR_NAME)
    assert not page.default_button.isEnabled()
    assert not page.remove_button.isEnabled()  # the built-in simulator stays

    page.select("Twilio")
    _click(qtbot, page.default_button)
    assert ctx.accounts.default().name == "Twilio"
    assert "compte par défaut" in page.status_text()

    page.select(SIMULATOR_NAME)
    _click(qtbot, page.fallback_button)
    fallback = ctx.accounts.fallback()
    assert fallback is not None and fallback.name == SIMULATOR_NAME
    page.select(SIMULATOR_NAME)
    assert page.fallback_button.text().replace("&", "") == "Retirer le secours"
    _click(qtbot, page.fallback_button)
    assert ctx.accounts.fallback() is None

    page.select("Twilio")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    _click(qtbot, page.remove_button)
    assert asked and "Twilio" in asked[0]
    assert len(ctx.accounts.list()) == 2
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _click(qtbot, page.remove_button)
    assert [a.name for a in ctx.accounts.list()] == [SIMULATOR_NAME]
    assert ctx.accounts.default().name == SIMULATOR_NAME
    assert page.model.rowCount() == 1
    assert "supprimé" in page.status_text()


def test_test_connection_shows_the_balance_or_the_error(qtbot, ctx: AppContext, view) -> None:
    page = view.accounts_page
    page.select(SIMULATOR_NAME)
    with qtbot.waitSignal(page.account_tested) as blocker:
        _click(qtbot, page.test_button)
    assert isinstance(blocker.args[0], AccountCheck)
    assert page.status_text() == "Connexion réussie. Simulateur : crédit illimité"

    with FakeTwilio(balance="42.50", currency="EUR") as fake:
        ctx.accounts.add(
            "twilio",
            "Bon",
            "",
            {"account_sid": ACCOUNT_SID},
            {"auth_token": AUTH_TOKEN},
            base_url=fake.base_url,
        )
        ctx.accounts.add(
            "twilio",
            "Mauvais",
            "",
            {"account_sid": ACCOUNT_SID},
            {"auth_token": "bad-token-1"},
            base_url=fake.base_url,
        )
        page.refresh()
        page.select("Bon")
        _click(qtbot, page.test_button)
        assert "Connexion réussie" in page.status_text() and "42,50 €" in page.status_text()
        page.select("Mauvais")
        _click(qtbot, page.test_button)
        assert "Identifiants du compte SMS refusés" in page.status_text()


def test_add_and_edit_go_through_the_account_dialog(qtbot, ctx: AppContext, view, monkeypatch) -> None:
    ctx.settings.save(Settings(business=Business(name="Optique Martin"), sender="OPTMARTIN"))
    view.refresh()
    seen: list[dict[str, object]] = []

    def ask(accounts, tasks, account=None, parent=None, *, default_sender=""):
        seen.append({"account": account, "default_sender": default_sender})
        if account is None:
            return accounts.add("brevo", "Brevo", default_sender, {}, {"api_key": "xkeysib-1"})
        return accounts.update(account.name, price_cents_per_segment=6)

    monkeypatch.setattr(AccountDialog, "ask", staticmethod(ask))
    page = view.accounts_page
    _click(qtbot, page.add_button)
    assert seen[0] == {"account": None, "default_sender": "OPTMARTIN"}
    assert page.selected() is not None and page.selected().name == "Brevo"
    _click(qtbot, page.edit_button)
    assert getattr(seen[1]["account"], "name", None) == "Brevo"
    assert page.model.data(page.model.index(page.model.row_of(page.selected().id), 5)) == "0,06 €"


def test_no_keyring_is_said_up_front(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    keyring.set_keyring(fail.Keyring())
    widget = SettingsView(ctx.settings, ctx.accounts, tasks, ctx.paths, window_settings(ctx.paths))
    qtbot.addWidget(widget)
    widget.refresh()
    assert not widget.accounts_page.keyring_warning.isHidden()
    assert "trousseau" in widget.accounts_page.keyring_warning.text()


def test_known_storage_errors_are_explained(qtbot, ctx: AppContext, view, monkeypatch) -> None:
    from desktop.storage.errors import DatabaseLockedError

    def locked(_settings):
        raise DatabaseLockedError("busy")

    monkeypatch.setattr(ctx.settings, "save", locked)
    view.business_page.name_edit.setText("Optique Martin")
    _click(qtbot, view.save_button)
    assert "occupée" in view.general_error.text()
    assert view.is_dirty()


def test_a_new_sector_adds_its_template_presets(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    ctx.settings.save(Settings(business=Business(name="Garage Durand")))
    widget = SettingsView(
        ctx.settings, ctx.accounts, tasks, ctx.paths, window_settings(ctx.paths), templates=ctx.templates
    )
    qtbot.addWidget(widget)
    widget.refresh()
    combo = widget.business_page.sector_combo
    combo.setCurrentIndex(combo.findData("craftsman"))
    _click(qtbot, widget.save_button)
    assert "Arrivée du technicien" in {t.name for t in ctx.templates.list_templates()}
    assert (
        "modèle(s) de SMS ajouté(s)" in widget.status.text()
        or "modèles de SMS ajoutés" in widget.status.text()
    )
    widget.limits_page.per_week.setValue(2)
    _click(qtbot, widget.save_button)
    assert "modèle" not in widget.status.text()  # the sector did not change this time


def test_the_staff_is_kept_trimmed_and_once(qtbot, ctx: AppContext, view) -> None:
    """The shop's staff (the agenda's columns, and who records a consent): one per line, each once."""
    view.business_page.name_edit.setText("Optique Martin")
    view.agenda_page.staff_edit.setPlainText("Mme  Martin\n\n  Julie \njulie")
    with qtbot.waitSignal(view.settings_saved):
        _click(qtbot, view.save_button)
    assert ctx.settings.get().staff == ("Mme Martin", "Julie")
    assert view.agenda_page.staff_edit.toPlainText() == "Mme Martin\nJulie"
