"""Nothing technical in what a shop owner reads (issue 13): the French catalogue of the window, the code
catalogue's French texts, and the texts the widgets actually show — composer with special characters and a
promotion, the account form, every area of the window — hold none of these words."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QTreeWidget,
    QWidget,
)

from desktop.context import AppContext, open_context
from desktop.core import catalogue
from desktop.core.clock import FakeClock
from desktop.core.entities import ClientDraft, ConsentPurpose, ConsentSource, ConsentState
from desktop.paths import AppPaths
from desktop.settings import Business, Settings
from desktop.ui import i18n
from desktop.ui.application import window_settings
from desktop.ui.dialogs.account_dialog import AccountDialog
from desktop.ui.dialogs.client_dialog import ClientDialog
from desktop.ui.dialogs.composer import ComposerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.shell import Shell

#: Words a shop owner should never have to read (case-insensitive; whole words where it matters).
JARGON = {
    "GSM": r"\bGSM(?:-?7)?\b",
    "UCS-2": r"\bUCS-?2\b",
    "Unicode": r"\bunicode\b",
    "af2m": r"\baf2m\b",
    "Secret Service": r"\bsecret service\b",
    "KWallet": r"\bkwallet\b",
    "keyring": r"\bkeyring\b",
    "E.164": r"\bE\.?164\b",
    "API": r"\bAPI\b",
    "UTC": r"\bUTC\b",
    "encodage": r"\bencodage\b",
    "segment": r"\bsegments?\b",
}
PATTERN = re.compile("|".join(f"(?:{p})" for p in JARGON.values()), re.IGNORECASE)
SUNDAY_EVENING = dt.datetime(2026, 12, 6, 21, 0, tzinfo=dt.UTC)  # Sunday 22:00 in Paris


def jargon_in(text: str) -> list[str]:
    """The technical words of `text` (a web address is not prose: « https://eu.api.ovh.com » is kept)."""
    return PATTERN.findall(re.sub(r"https?://\S+", "", text or ""))


def test_the_french_catalogue_of_the_window_has_no_technical_word() -> None:
    found = []
    root = ET.parse(i18n.TRANSLATIONS_DIR / "comptoir_fr.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
        for text in forms or [translation.text or "" if translation is not None else ""]:
            if jargon_in(text):
                found.append(text)
    assert found == []


def test_the_explanations_of_codes_have_no_technical_word() -> None:
    found = []
    for code in sorted(catalogue.codes()):
        text = catalogue.explain(code, "fr")
        if code != "multi_segment" and jargon_in(
            text
        ):  # « {segments} » is a placeholder, filled with a number
            found.append((code, text))
    assert found == []


def shown_texts(root: QWidget) -> Iterator[str]:
    """Every text a user can read in `root`: labels, buttons, tooltips, placeholders, lists, headers."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield widget.windowTitle() if widget.isWindow() else ""
        yield widget.toolTip()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield widget.text()
            yield widget.placeholderText()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            yield widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from (widget.item(i).text() for i in range(widget.count()))
            yield from (widget.item(i).toolTip() for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                if item is None:
                    continue
                yield item.text(0)
                children = (item.child(c) for c in range(item.childCount()))
                yield from (child.text(0) for child in children if child is not None)
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


@pytest.fixture
def app_ctx(app_paths: AppPaths) -> Iterator[AppContext]:
    context = open_context(app_paths, clock=FakeClock(SUNDAY_EVENING))
    context.settings.save(Settings(business=Business(name="Optique Martin"), sender="OPTMARTIN"))
    context.templates.install_presets("optician")
    yield context
    context.close()


def test_what_the_widgets_show_has_no_technical_word(qtbot, app_ctx: AppContext, tasks, mem_keyring) -> None:
    ids = []
    for first, mobile in (("Claire", "06 12 34 56 78"), ("Élodie", "06 98 76 54 32")):
        client_id = app_ctx.clients.create(ClientDraft(first_name=first, last_name="Martin", mobile=mobile))
        app_ctx.clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM, wording="Oui."
        )
        ids.append(client_id)
    found: dict[str, list[str]] = {}

    def scan(where: str, root: QWidget) -> None:
        hits = [text for text in shown_texts(root) if jargon_in(text)]
        if hits:
            found[where] = hits

    composer = ComposerDialog(app_ctx.compose, app_ctx.templates, tasks, ids, debounce_ms=10)
    qtbot.addWidget(composer)
    composer.purpose.setCurrentIndex(composer.purpose.findText("Promotionnel"))
    with qtbot.waitSignal(composer.preview_ready, timeout=3000):  # special characters, a Sunday promotion
        composer.body.setPlainText("Bonjour {prenom|Madame, Monsieur}, l’offre « -20 % » est prête ! " * 2)
    assert composer.findings.plain_texts()  # there is something to explain
    scan("composer", composer)
    scan("bubble tooltip", composer.bubble.figures_label)

    account = AccountDialog(app_ctx.accounts, tasks)
    qtbot.addWidget(account)
    for kind in ("ovh", "twilio"):
        account.provider_combo.setCurrentIndex(account.provider_combo.findData(kind))
        account.advanced_toggle.setChecked(True)
        scan(f"account form ({kind})", account)

    form = ClientDialog(app_ctx.clients.create, business_name="Optique Martin")
    qtbot.addWidget(form)
    assert form.consent_box is not None
    form.consent_box.granted.setChecked(True)
    scan("client form", form)

    preferences = window_settings(app_ctx.paths)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    shell = Shell(app_ctx, tasks, window, preferences, run_dispatcher=False)
    shell.start()
    for area in window.areas():
        window.show_area(area)
        scan(area, window)
    shell.clients_area.show_card(ids[0])
    scan("client card", shell.client_card)
    shell.shutdown()
    assert found == {}
