"""The first-start wizard driven page by page, the banner it leaves, and the Qt-free setup logic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.context import AppContext
from desktop.core.entities import ProviderAccount, Sector
from desktop.core.quiet_hours import SendingPolicy
from desktop.services import setup
from desktop.services.accounts import SIMULATOR_NAME
from desktop.services.changes import Changes
from desktop.settings import Business, Settings
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.first_run import FirstRunWizard
from desktop.ui.widgets.connect_banner import ConnectBanner
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN


def _wizard(qtbot, ctx: AppContext, tasks) -> FirstRunWizard:
    wizard = FirstRunWizard(ctx.settings, ctx.templates, ctx.accounts, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _finish(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def _add_twilio(accounts, default_sender: str = ""):
    return accounts.add(
        "twilio", "Twilio", default_sender, {"account_sid": ACCOUNT_SID}, {"auth_token": AUTH_TOKEN}
    )


def _banner(qtbot, ctx: AppContext, tasks) -> ConnectBanner:
    banner = ConnectBanner(ctx.accounts, tasks)
    qtbot.addWidget(banner)
    banner.refresh()
    return banner


def test_page_by_page_to_the_client_list_with_the_simulator(
    qtbot, ctx: AppContext, tasks, mem_keyring
) -> None:
    wizard = _wizard(qtbot, ctx, tasks)
    assert wizard.currentPage() is wizard.welcome_page
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.business_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # the name is required
    qtbot.keyClicks(wizard.business_page.name_edit, "Optique Martin")
    wizard.business_page.address_edit.setText("12 rue des Lilas, 97400 Saint-Denis")
    qtbot.keyClicks(wizard.business_page.phone_edit, "0262 12 34 56")
    wizard.business_page.hours_edit.setPlainText("Du lundi au samedi, 9h–18h")
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.sector_page
    assert wizard.sector_page.buttons[Sector.OTHER].isChecked()
    wizard.sector_page.buttons[Sector.OPTICIAN].click()
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.area_page
    wizard.area_page.combo.setCurrentIndex(wizard.area_page.combo.findData("RE"))
    assert "Indian/Reunion" in wizard.area_page.hint.text()
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.sender_page
    field = wizard.sender_page.sender_field
    assert field.text() == "OPTMARTIN"  # suggested from the business name
    assert field.message_text() == "Nom d'expéditeur valide."
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.provider_page
    assert wizard.provider_page.keep_radio.isChecked()
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.summary_page
    summary = wizard.summary_page.summary.text()
    assert "Optique Martin" in summary and "La Réunion" in summary and "simulateur" in summary
    _finish(qtbot, wizard)

    assert not wizard.isVisible()
    result = wizard.result_value
    assert result is not None and result.templates_installed > 0
    saved = ctx.settings.reload()
    assert saved.first_run_done
    assert saved.business.name == "Optique Martin"
    assert saved.business.sector is Sector.OPTICIAN
    assert saved.business.area == "RE"
    assert saved.business.phone == "+262262123456"
    assert saved.business.opening_hours == "Du lundi au samedi, 9h–18h"
    assert saved.sender == "OPTMARTIN"
    names = {t.name for t in ctx.templates.list_templates()}
    assert {"Lunettes prêtes", "Enquête de satisfaction"} <= names
    default = ctx.accounts.default()
    assert default.name == SIMULATOR_NAME and result.default_account.id == default.id
    assert default.sender == "OPTMARTIN"  # the simulator shows the chosen sender
    banner = _banner(qtbot, ctx, tasks)
    assert not banner.isHidden()
    assert banner.label.text() == "Vous utilisez le simulateur : aucun SMS réel ne part."


def test_only_the_name_is_needed(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    wizard = _wizard(qtbot, ctx, tasks)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.business_page.name_edit, "Garage")
    for _ in range(5):
        _next(qtbot, wizard)
    _finish(qtbot, wizard)
    saved = ctx.settings.reload()
    assert saved.first_run_done and saved.business.name == "Garage"
    assert saved.business.sector is Sector.OTHER and saved.business.area == "metropole"
    assert saved.sender == "GARAGE"
    assert "Enquête de satisfaction" in {t.name for t in ctx.templates.list_templates()}


def test_a_bad_phone_or_sender_holds_the_page(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    wizard = _wizard(qtbot, ctx, tasks)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.business_page.name_edit, "Optique Martin")
    qtbot.keyClicks(wizard.business_page.phone_edit, "12")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.business_page
    assert "trop court" in wizard.business_page.phone_error.text()
    wizard.business_page.phone_edit.clear()
    for _ in range(3):
        _next(qtbot, wizard)
    field = wizard.sender_page.sender_field
    field.line.clear()
    qtbot.keyClicks(field.line, "OPT MARTIN")
    assert "Caractères refusés" in field.message_text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    field.line.clear()  # empty: decided later
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_connecting_an_account_in_the_wizard_makes_it_the_default(
    qtbot, ctx: AppContext, tasks, mem_keyring, monkeypatch
) -> None:
    asked: list[str] = []

    def ask(accounts, tasks, account=None, parent=None, *, default_sender=""):
        asked.append(default_sender)
        return _add_twilio(accounts, default_sender)

    monkeypatch.setattr(AccountDialog, "ask", staticmethod(ask))
    wizard = _wizard(qtbot, ctx, tasks)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.business_page.name_edit, "Optique Martin")
    for _ in range(4):
        _next(qtbot, wizard)
    assert not wizard.provider_page.connect_button.isEnabled()
    wizard.provider_page.connect_radio.click()
    assert wizard.provider_page.connect_button.isEnabled()
    _next(qtbot, wizard)  # "connect" chosen without an account yet: the dialog opens
    assert asked == ["OPTMARTIN"]
    assert wizard.currentPage() is wizard.summary_page
    assert "Twilio" in wizard.summary_page.summary.text()
    _finish(qtbot, wizard)

    assert wizard.result_value is not None
    assert wizard.result_value.default_account.name == "Twilio"
    assert ctx.accounts.default().name == "Twilio"
    assert ctx.settings.reload().first_run_done
    assert _banner(qtbot, ctx, tasks).isHidden()


def test_a_cancelled_account_dialog_keeps_the_page(
    qtbot, ctx: AppContext, tasks, mem_keyring, monkeypatch
) -> None:
    monkeypatch.setattr(AccountDialog, "ask", staticmethod(lambda *a, **k: None))
    wizard = _wizard(qtbot, ctx, tasks)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.business_page.name_edit, "Optique Martin")
    for _ in range(4):
        _next(qtbot, wizard)
    wizard.provider_page.connect_radio.click()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.provider_page
    wizard.provider_page.keep_radio.click()
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.summary_page


def test_later_saves_nothing(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    wizard = _wizard(qtbot, ctx, tasks)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.business_page.name_edit, "Optique Martin")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert wizard.result_value is None
    assert ctx.settings.reload() == Settings()
    assert ctx.templates.list_templates() == []


def test_a_failure_while_applying_is_explained_and_the_wizard_stays(
    qtbot, ctx: AppContext, tasks, mem_keyring, monkeypatch
) -> None:
    from desktop.storage.errors import DatabaseLockedError

    def locked(_sector=None):
        raise DatabaseLockedError("busy")

    monkeypatch.setattr(ctx.templates, "install_presets", locked)
    wizard = _wizard(qtbot, ctx, tasks)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.business_page.name_edit, "Optique Martin")
    for _ in range(5):
        _next(qtbot, wizard)
    _finish(qtbot, wizard)
    assert wizard.isVisible()
    assert "occupée" in wizard.summary_page.error.text()
    assert not ctx.settings.reload().first_run_done
    monkeypatch.undo()
    _finish(qtbot, wizard)
    assert not wizard.isVisible()
    assert ctx.settings.reload().first_run_done


# ---------------------------------------------------------------------------------------- banner


def test_banner_follows_the_default_account(qtbot, ctx: AppContext, tasks, mem_keyring, monkeypatch) -> None:
    banner = _banner(qtbot, ctx, tasks)
    assert not banner.isHidden()
    added: list[ProviderAccount] = []
    monkeypatch.setattr(AccountDialog, "ask", staticmethod(lambda accounts, *a, **k: _add_twilio(accounts)))
    banner.account_added.connect(added.append)
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    assert [a.name for a in added] == ["Twilio"]
    assert banner.isHidden()
    ctx.accounts.set_default(SIMULATOR_NAME)
    banner.on_changes(Changes(accounts=True))
    assert not banner.isHidden()
    banner.set_visible_for(ctx.accounts.by_name("Twilio"))
    assert banner.isHidden()
    banner.set_visible_for(None)
    assert not banner.isHidden()


# ---------------------------------------------------------------------------------------- setup (Qt-free)


@pytest.mark.parametrize(
    ("name", "sender"),
    [
        ("Optique Martin", "OPTMARTIN"),
        ("Cabinet Dr Dupont", "CABDRDUPONT"),
        ("Plomberie Durand et Fils", "PLODURAND"),
        ("Lœw", "LOEW"),
        ("Chez Éloïse", "ELOISE"),
        ("Boulangeriepatisserie", "BOULANGERIE"),
        ("Clinique vétérinaire des Alpes", "CLIVETERINA"),
        ("12", ""),
        ("", ""),
    ],
)
def test_suggest_sender(name: str, sender: str) -> None:
    assert setup.suggest_sender(name) == sender


def test_check_settings_codes() -> None:
    good = Settings(business=Business(name="Optique Martin", phone="04 78 12 34 56"), sender="OPTMARTIN")
    assert setup.check_settings(good) == []
    bad = Settings(
        business=Business(name=" ", phone="12"),
        sender="0612345678",
        policy=SendingPolicy(end=SendingPolicy().start, allowed_weekdays=frozenset()),
        retention_months=0,
    )
    codes = [(p.field, p.code) for p in setup.check_settings(bad)]
    assert codes == [
        ("name", "business_name_empty"),
        ("phone", "too_short"),
        ("sender", "sender_french_mobile"),
        ("policy", "empty_window"),
        ("policy", "no_day"),
        ("retention", "retention_out_of_range"),
    ]
    assert [p.code for p in setup.check_settings(Settings(business=Business(name="X", area="XX")))] == [
        "area_unknown"
    ]
    assert setup.policy_warnings(SendingPolicy()) == []


def test_apply_first_run_refuses_a_missing_name(ctx: AppContext, mem_keyring) -> None:
    with pytest.raises(setup.SettingsInvalidError) as caught:
        setup.apply_first_run(ctx.settings, ctx.templates, ctx.accounts, setup.FirstRunAnswers(Business()))
    assert [p.code for p in caught.value.problems] == ["business_name_empty"]
    assert ctx.templates.list_templates() == []


def test_apply_first_run_keeps_a_real_default_configured_before(ctx: AppContext, mem_keyring) -> None:
    _add_twilio(ctx.accounts)
    answers = setup.FirstRunAnswers(Business(name="Optique Martin", sector=Sector.CLINIC))
    result = setup.apply_first_run(ctx.settings, ctx.templates, ctx.accounts, answers)
    assert result.default_account.name == "Twilio"
    assert "Rappel RDV J-1" in {t.name for t in ctx.templates.list_templates()}
    again = setup.apply_first_run(ctx.settings, ctx.templates, ctx.accounts, answers)
    assert again.templates_installed == 0  # presets are installed once


def test_finishing_with_real_threads(qtbot, ctx: AppContext, mem_keyring) -> None:
    from desktop.ui.tasks import TaskRunner

    runner = TaskRunner(max_threads=1)
    wizard = _wizard(qtbot, ctx, runner)
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.business_page.name_edit, "Optique Martin")
    for _ in range(5):
        _next(qtbot, wizard)
    _finish(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.result_value is not None, timeout=5000)
    assert not wizard.isVisible()
    assert ctx.settings.reload().first_run_done
    runner.wait()
