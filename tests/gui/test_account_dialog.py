"""The SMS account dialog driven through its widgets: secrets to the keyring only, errors in French, test."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desktop.context import AppContext
from desktop.core import catalogue
from desktop.providers.credentials import SERVICE
from desktop.services.accounts import SIMULATOR_NAME
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.settings.provider_fields import describe_check, euros_to_cents, format_balance
from tests.conftest import InMemoryKeyring
from tests.gui.fit import unfit_texts
from tests.providers.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio


def _dialog(qtbot, ctx: AppContext, tasks, **kwargs) -> AccountDialog:
    dialog = AccountDialog(ctx.accounts, tasks, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog: AccountDialog, kind: str) -> None:
    index = dialog.provider_combo.findData(kind)
    assert index >= 0, kind
    dialog.provider_combo.setCurrentIndex(index)


def _fill_twilio(
    qtbot, dialog: AccountDialog, name: str = "Twilio boutique", token: str = AUTH_TOKEN
) -> None:
    _choose(dialog, "twilio")
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.sender_field.line.clear()
    qtbot.keyClicks(dialog.sender_field.line, "OPTMARTIN")
    qtbot.keyClicks(dialog.field_input("account_sid"), ACCOUNT_SID)
    qtbot.keyClicks(dialog.field_input("auth_token"), token)


def _database_bytes(ctx: AppContext) -> bytes:
    db_file = ctx.paths.db_file
    assert db_file is not None
    files = [db_file, db_file.with_name(db_file.name + "-wal")]
    return b"".join(path.read_bytes() for path in files if path.exists())


def test_the_simulator_is_not_offered_twice(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    dialog = _dialog(qtbot, ctx, tasks)
    kinds = [dialog.provider_combo.itemData(i) for i in range(dialog.provider_combo.count())]
    assert "simulator" not in kinds
    assert {"twilio", "brevo", "ovh", "smsmode"} <= set(kinds)


def test_fields_follow_the_provider_and_secrets_are_password_fields(qtbot, ctx, tasks, mem_keyring) -> None:
    dialog = _dialog(qtbot, ctx, tasks)
    _choose(dialog, "ovh")
    assert dialog.field_input("application_secret").echoMode() is QLineEdit.EchoMode.Password
    assert dialog.field_input("service_name").echoMode() is QLineEdit.EchoMode.Normal
    assert dialog.field_input("endpoint").placeholderText() == "ovh-eu"
    _choose(dialog, "brevo")
    assert dialog.field_input("api_key").echoMode() is QLineEdit.EchoMode.Password
    with pytest.raises(KeyError):
        dialog.field_input("application_secret")
    assert "Brevo" in dialog.fields_box.title()


def test_adding_an_account_puts_the_secret_in_the_keyring_and_not_in_the_database(
    qtbot, ctx: AppContext, tasks, mem_keyring: InMemoryKeyring
) -> None:
    dialog = _dialog(qtbot, ctx, tasks)
    _fill_twilio(qtbot, dialog)
    dialog.price_spin.setValue(0.07)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.name == "Twilio boutique"
    assert (
        mem_keyring.entries[(SERVICE, ctx.accounts.secret_owner("Twilio boutique").username("auth_token"))]
        == AUTH_TOKEN
    )
    account = ctx.accounts.by_name("Twilio boutique")
    assert account.price_cents_per_segment == 7
    assert account.sender == "OPTMARTIN"
    assert account.options["account_sid"] == ACCOUNT_SID
    assert account.is_default  # a real account replaces the simulator as the default
    stored = _database_bytes(ctx)
    assert ACCOUNT_SID.encode() in stored  # the non-secret part is there: the check below can fail
    assert AUTH_TOKEN.encode() not in stored


def test_no_keyring_explains_what_to_install_and_saves_nothing(
    qtbot, ctx: AppContext, tasks, mem_keyring: InMemoryKeyring
) -> None:
    keyring.set_keyring(fail.Keyring())  # mem_keyring's teardown restores the previous backend
    dialog = _dialog(qtbot, ctx, tasks)
    _fill_twilio(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.saved is None
    message = dialog.error_text("general")
    assert message == catalogue.explain("keyring_unavailable")
    assert "Trousseau de clés" in message and "n'a pas été enregistré" in message
    assert [a.name for a in ctx.accounts.list()] == [SIMULATOR_NAME]
    assert AUTH_TOKEN.encode() not in _database_bytes(ctx)
    assert mem_keyring.entries == {}


def test_errors_show_on_their_field(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    ctx.accounts.add("twilio", "Boutique", "", {"account_sid": ACCOUNT_SID}, {"auth_token": AUTH_TOKEN})
    dialog = _dialog(qtbot, ctx, tasks)
    _fill_twilio(qtbot, dialog, name="boutique")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "existe déjà" in dialog.error_text("name")

    dialog.name_edit.setText("Autre")
    dialog.field_input("auth_token").clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("name") == ""
    assert "Auth Token" in dialog.error_text("auth_token")
    assert dialog.saved is None

    dialog.field_input("auth_token").setText(AUTH_TOKEN)
    dialog.advanced_toggle.setChecked(True)
    dialog.base_url_edit.setText("http://api.example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "https://" in dialog.error_text("base_url")
    assert [a.name for a in ctx.accounts.list()] == ["Boutique", SIMULATOR_NAME]


def test_sender_is_checked_live_and_a_blocked_one_is_not_saved(qtbot, ctx, tasks, mem_keyring) -> None:
    dialog = _dialog(qtbot, ctx, tasks)
    _fill_twilio(qtbot, dialog)
    dialog.sender_field.line.clear()
    qtbot.keyClicks(dialog.sender_field.line, "06 12 34 56 78")
    assert "portable" in dialog.sender_field.message_text()
    assert not dialog.sender_field.is_valid()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None
    assert [a.name for a in ctx.accounts.list()] == [SIMULATOR_NAME]
    dialog.sender_field.line.clear()
    qtbot.keyClicks(dialog.sender_field.line, "RDV")
    assert "ne dit pas qui écrit" in dialog.sender_field.message_text()  # a warning: saving is allowed
    assert dialog.sender_field.is_valid()


def test_test_before_saving_shows_the_balance_or_the_refusal(
    qtbot, ctx: AppContext, tasks, mem_keyring
) -> None:
    with FakeTwilio(balance="12.34", currency="USD") as fake:
        dialog = _dialog(qtbot, ctx, tasks)
        _fill_twilio(qtbot, dialog)
        dialog.advanced_toggle.setChecked(True)
        dialog.base_url_edit.setText(fake.base_url)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert "Connexion réussie" in dialog.test_result.text()
        assert "12,34 USD" in dialog.test_result.text()

        dialog.field_input("auth_token").setText("wrong-token-123")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.test_result.text() == catalogue.explain("auth_failed")
        assert dialog.test_button.isEnabled()
    assert [a.name for a in ctx.accounts.list()] == [SIMULATOR_NAME]  # testing saves nothing
    assert mem_keyring.entries == {}


def test_editing_keeps_secrets_left_empty(
    qtbot, ctx: AppContext, tasks, mem_keyring: InMemoryKeyring
) -> None:
    account = ctx.accounts.add(
        "twilio", "Boutique", "OPTMARTIN", {"account_sid": ACCOUNT_SID}, {"auth_token": AUTH_TOKEN}
    )
    dialog = _dialog(qtbot, ctx, tasks, account=account)
    assert not dialog.provider_combo.isEnabled()
    assert dialog.name_edit.isReadOnly()
    token = dialog.field_input("auth_token")
    assert token.text() == ""  # a secret is never shown back
    assert token.placeholderText() == "laisser vide pour ne pas changer"
    assert dialog.field_input("account_sid").text() == ACCOUNT_SID
    dialog.price_spin.setValue(0.05)
    assert dialog.stop_edit.isVisible()  # the STOP mention is not hidden under « Avancé »
    dialog.stop_edit.setText("STOP au 36180")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = ctx.accounts.by_name("Boutique")
    assert saved.price_cents_per_segment == 5
    assert saved.options["stop_text"] == "STOP au 36180"
    assert (
        mem_keyring.entries[(SERVICE, ctx.accounts.secret_owner("Boutique").username("auth_token"))]
        == AUTH_TOKEN
    )


def test_editing_the_simulator_and_testing_it(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    simulator = ctx.accounts.default()
    dialog = _dialog(qtbot, ctx, tasks, account=simulator)
    assert dialog.fields_box.isHidden()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text().startswith("Connexion réussie")


def test_escape_cancels(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    dialog = _dialog(qtbot, ctx, tasks)
    qtbot.keyClicks(dialog.name_edit, "Abandon")
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.saved is None
    assert [a.name for a in ctx.accounts.list()] == [SIMULATOR_NAME]


def test_money_and_balance_wording() -> None:
    from decimal import Decimal

    from desktop.providers.base import AccountCheck

    assert euros_to_cents(0.07) == 7
    assert euros_to_cents(1.005) == 101
    assert format_balance(Decimal("1234.5"), "EUR") == "1\u202f234,50 €"
    assert format_balance(Decimal("300"), "credits") == "300 crédits"
    assert "Plus de crédit" in describe_check(
        AccountCheck(ok=True, balance=Decimal(0), balance_unit="credits")
    )
    assert "pas actif" in describe_check(AccountCheck(ok=False, detail="account suspended"))


def test_testing_an_edited_account_uses_the_saved_secret(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    with FakeTwilio(balance="3.00", currency="EUR") as fake:
        account = ctx.accounts.add(
            "twilio",
            "Boutique",
            "",
            {"account_sid": ACCOUNT_SID},
            {"auth_token": AUTH_TOKEN},
            base_url=fake.base_url,
        )
        dialog = _dialog(qtbot, ctx, tasks, account=account)
        assert dialog.field_input("auth_token").text() == ""
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert "3,00 €" in dialog.test_result.text()
        dialog.field_input("auth_token").setText("typed-but-wrong-1")  # what is typed wins over the saved one
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.test_result.text() == catalogue.explain("auth_failed")
    assert (
        mem_keyring.entries[(SERVICE, ctx.accounts.secret_owner("Boutique").username("auth_token"))]
        == AUTH_TOKEN
    )


def test_a_new_account_proposes_the_provider_s_price_for_france(
    qtbot, ctx: AppContext, tasks, mem_keyring
) -> None:
    dialog = _dialog(qtbot, ctx, tasks)
    for kind in ("twilio", "ovh", "brevo", "smsmode"):
        _choose(dialog, kind)
        estimate = dialog.spec().price_estimate_cents_fr
        assert estimate > 0, kind
        assert euros_to_cents(dialog.price_spin.value()) == estimate
        assert "Prix public estimé" in dialog.price_hint.text()
    _fill_twilio(qtbot, dialog)
    dialog.price_spin.setValue(0.09)  # the owner's own rate wins
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.accounts.by_name("Twilio boutique").price_cents_per_segment == 9


def test_opening_advanced_never_overlaps_rows(qtbot, ctx: AppContext, tasks, mem_keyring) -> None:
    """Wrapped help under a field gets the lines it needs, before and after « Avancé » opens."""
    dialog = AccountDialog(ctx.accounts, tasks)  # laid out before it shows, as when editing an account
    qtbot.addWidget(dialog)
    _choose(dialog, "ovh")  # the provider with the longest help texts
    dialog.show()
    qtbot.waitExposed(dialog)
    for advanced in (False, True):
        dialog.advanced_toggle.setChecked(advanced)
        qtbot.waitUntil(lambda advanced=advanced: dialog.advanced.isVisible() == advanced)
        QApplication.processEvents()  # the layout settles
        assert unfit_texts(dialog) == []
