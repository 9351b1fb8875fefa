"""The English translation: every message finished and faithful to its source's placeholders and mnemonics,
and real widgets speaking English once the translator is installed (French, and Qt's French, by default)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from desktop.context import AppContext
from desktop.core import catalogue
from desktop.core.entities import ClientDraft, MessageStatus
from desktop.ui import i18n, texts
from desktop.ui.tasks import SyncTaskRunner
from desktop.ui.views.clients_view import ClientsView

EN_TS = i18n.TRANSLATIONS_DIR / "comptoir_en.ts"
Install = Callable[[str | None], int]  # installs a language's translators (None: the default one)

#: Qt's %1…%99 and %n, Python's %s / %d, and str.format's {name} (all replaced after translation).
PLACEHOLDER = re.compile(r"%(?:n|L?\d{1,2}|s|d)|\{[^{}\s]*\}")
#: A mnemonic: "&" before a character, but neither "&&" (a literal ampersand) nor an HTML entity.
MNEMONIC = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)(?=\S)")
ELLIPSIS = "…"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None  # the translation's type: None when finished
    forms: tuple[str, ...]  # the translation, or each numerus form

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def _messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"[{name}] a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(name, message.findtext("source") or "", numerus, translation.get("type"), forms)
            )
    return found


def _live(messages: list[Message]) -> list[Message]:
    """The messages lrelease compiles: not those lupdate kept after their source disappeared."""
    return [m for m in messages if m.kind not in ("vanished", "obsolete")]


def _placeholders(text: str, *, drop_count: bool = False) -> Counter[str]:
    found = Counter(PLACEHOLDER.findall(text))
    if drop_count:
        del found["%n"]
    return found


def _placeholder_problems(message: Message) -> list[str]:
    """Each form keeps the source's placeholders; the singular of a numerus message may say "one" for %n."""
    problems = []
    for index, form in enumerate(message.forms):
        singular = message.numerus and index < len(message.forms) - 1
        if _placeholders(form, drop_count=singular) != _placeholders(message.source, drop_count=singular):
            problems.append(f"{message}: placeholders differ in {form!r}")
    return problems


def _shape_problems(message: Message) -> list[str]:
    """Same mnemonics (at most one), same leading/trailing spaces (strings are concatenated), same "…"."""
    problems = []
    wanted = len(MNEMONIC.findall(message.source))
    if wanted > 1:
        problems.append(f"{message}: the source has {wanted} mnemonics")
    for form in message.forms:
        if len(MNEMONIC.findall(form)) != wanted:
            problems.append(f"{message}: {form!r} should have {wanted} mnemonic(s)")
        if (
            form[:1].isspace() != message.source[:1].isspace()
            or form[-1:].isspace() != message.source[-1:].isspace()
        ):
            problems.append(f"{message}: {form!r} does not keep the source's surrounding spaces")
        if message.source.rstrip().endswith(ELLIPSIS) != form.rstrip().endswith(ELLIPSIS):
            problems.append(f"{message}: {form!r} does not keep the trailing ellipsis")
    return problems


# ---------------------------------------------------------------------------------------- the .ts file


def test_the_checks_catch_what_they_are_meant_to_catch() -> None:
    good = Message(
        "C", "&Supprimer %n client(s) ?", True, None, ("&Delete %n client?", "&Delete %n clients?")
    )
    assert _placeholder_problems(good) == [] and _shape_problems(good) == []
    singular_says_one = Message(
        "C", "Seuls les %n derniers", True, None, ("Only the last", "Only the last %n")
    )
    assert _placeholder_problems(singular_says_one) == []
    assert _placeholder_problems(Message("C", "%1 sur %2", False, None, ("%1 of",)))
    assert _placeholder_problems(Message("C", "{day} à {time}", False, None, ("{day} at {heure}",)))
    assert _placeholder_problems(Message("C", "%n SMS", True, None, ("one SMS", "many SMS")))
    assert _shape_problems(Message("C", "&Modifier", False, None, ("Edit",)))
    assert _shape_problems(Message("C", "&Modifier", False, None, ("&Ed&it",)))
    assert _shape_problems(Message("C", " mois", False, None, ("months",)))
    assert _shape_problems(Message("C", "Lecture…", False, None, ("Reading",)))
    assert _shape_problems(Message("C", "A &amp; B", False, None, ("A &amp; B",))) == []


def test_every_english_message_is_finished() -> None:
    messages = _live(_messages(EN_TS))
    assert len(messages) > 600
    unfinished = [str(m) for m in messages if m.kind is not None or not all(f.strip() for f in m.forms)]
    assert unfinished == []
    wrong_plurals = [str(m) for m in messages if m.numerus and len(m.forms) != 2]
    assert wrong_plurals == []  # English: one form for 1, one for the rest


def test_english_keeps_placeholders_mnemonics_and_punctuation() -> None:
    problems = []
    for message in _live(_messages(EN_TS)):
        problems += _placeholder_problems(message) + _shape_problems(message)
    assert problems == []


def test_shortcut_texts_are_not_translated() -> None:
    shortcuts = re.compile(r"\b(?:Ctrl|Shift|Alt)\+\w+")
    for message in _live(_messages(EN_TS)):
        for form in message.forms:
            assert shortcuts.findall(form) == [
                s.replace("Entrée", "Enter") for s in shortcuts.findall(message.source)
            ], str(message)


# ---------------------------------------------------------------------------------------- at run time


@pytest.fixture
def install(qapp: QApplication, compiled_translations: None) -> Iterator[Install]:
    """``install(language)`` puts Comptoir's and Qt's translators in; all are taken out after the test, with
    the catalogue's language and the default locale, so that other tests stay in French."""
    installed: list[QTranslator] = []
    language, locale = catalogue.language(), QLocale()

    def _install(language: str | None) -> int:
        translators = i18n.install(qapp) if language is None else i18n.install(qapp, language)
        installed.extend(translators)
        return len(translators)

    yield _install
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    catalogue.set_language(language)
    QLocale.setDefault(locale)


def test_the_compiled_english_file_gives_every_translation(install: Install) -> None:
    install(None)
    compiled = QTranslator()
    assert compiled.load("comptoir_en", str(i18n.TRANSLATIONS_DIR))
    wrong = []
    for m in _live(_messages(EN_TS)):
        got = (
            (
                compiled.translate(m.context, m.source, None, 1),
                compiled.translate(m.context, m.source, None, 7),
            )
            if m.numerus
            else (compiled.translate(m.context, m.source),)
        )
        if got != m.forms:
            wrong.append(f"{m}: {got!r}")
    assert wrong == []


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    box.deleteLater()
    return text


def _client_view(qtbot: QtBot, ctx: AppContext, tasks: SyncTaskRunner, count: int) -> ClientsView:
    for i in range(count):
        ctx.clients.create(
            ClientDraft(first_name=f"Anne{i}", last_name=f"Martin{i}", mobile=f"06123456{i:02d}")
        )
    view = ClientsView(ctx.clients, tasks)
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_english_widgets_once_the_translator_is_installed(
    install: Install, qtbot: QtBot, ctx: AppContext, tasks: SyncTaskRunner
) -> None:
    assert install("en") == 2  # Qt's own and Comptoir's
    view = _client_view(qtbot, ctx, tasks, 1)
    assert view.new_button.text() == "&New client"
    assert view.search.placeholderText() == "Search by name, number, email…"
    assert view.count_label.text() == "1 client"
    assert texts.status_label(MessageStatus.DELIVERED) == "Delivered"
    assert _cancel_text() == "Cancel"


def test_english_plural_forms(install: Install, qtbot: QtBot, ctx: AppContext, tasks: SyncTaskRunner) -> None:
    install("en")
    view = _client_view(qtbot, ctx, tasks, 2)
    assert view.count_label.text() == "2 clients"


def test_french_by_default_including_qt_own_strings(
    install: Install, qtbot: QtBot, ctx: AppContext, tasks: SyncTaskRunner
) -> None:
    assert install(None) == 2
    assert _cancel_text() == "Annuler"  # from qtbase_fr, not from our files
    view = _client_view(qtbot, ctx, tasks, 1)
    assert view.new_button.text() == "&Nouveau client"
    assert view.search.placeholderText() == "Rechercher un nom, un numéro, un e-mail…"
    assert view.count_label.text() == "1 client"  # the French file gives the plural forms "(s)" only hints at


def test_the_file_dialog_is_french_where_qtbase_fr_falls_short(install: Install, qtbot: QtBot) -> None:
    install("fr")
    dialog = QFileDialog(None, "Importer des clients")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels == ["&Voir dans\u00a0:", "&Nom de fichier\u00a0:", "Fichiers de &type\u00a0:"]


def test_translators_are_gone_after_a_test(qtbot: QtBot, ctx: AppContext, tasks: SyncTaskRunner) -> None:
    """Runs after the tests above in file order: nothing of theirs is left installed."""
    view = _client_view(qtbot, ctx, tasks, 1)
    assert view.new_button.text() == "&Nouveau client"
    assert view.count_label.text() == "1 client(s)"
    assert catalogue.language() == "fr"
    assert _cancel_text() == "Cancel"
