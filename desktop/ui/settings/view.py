"""Réglages: business identity, sender, sending hours, limits, SMS accounts, language, data.

The view lays out one tab per page (``desktop/ui/widgets/settings_*.py``) and owns the save: "Enregistrer"
checks the document (problems shown on their field, the first one's tab brought forward) and saves it through
``tasks``; "Annuler" returns to the last saved values. SMS accounts apply at once, without "Enregistrer".
The interface language is a preference of this workstation (``window.ini``), applied at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import AppPaths
from desktop.services import setup
from desktop.services.changes import Changes
from desktop.settings import Settings
from desktop.ui import errors
from desktop.ui.settings.accounts import AccountsPage
from desktop.ui.settings.agenda import AgendaPage
from desktop.ui.settings.data import LANGUAGE_KEY, DataPage, LanguagePage
from desktop.ui.settings.fields import OK_STYLE, error_label, explain_problem
from desktop.ui.settings.hours import HoursPage
from desktop.ui.settings.pages import BusinessPage, LimitsPage, SenderPage, SettingsPage
from desktop.ui.settings.replies import RepliesPage


class SettingsView(QWidget):
    settings_loaded = Signal(object)  # Settings
    settings_saved = Signal(object)  # Settings
    language_changed = Signal(str)  # takes effect at the next start

    def __init__(
        self,
        settings,
        accounts,
        tasks,
        paths: AppPaths,
        preferences: QSettings,
        parent: QWidget | None = None,
        *,
        templates=None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._templates = templates
        self._accounts = accounts
        self._tasks = tasks
        self._preferences = preferences
        self._saved: Settings | None = None
        self._dirty = False
        self._busy = False

        self.business_page = BusinessPage()
        self.sender_page = SenderPage()
        self.hours_page = HoursPage()
        self.limits_page = LimitsPage()
        self.agenda_page = AgendaPage(templates, tasks)
        self.replies_page = RepliesPage(templates, tasks)
        self.accounts_page = AccountsPage(accounts, tasks)
        self.language_page = LanguagePage()
        self.data_page = DataPage(paths)
        self.pages: list[SettingsPage] = [
            self.business_page,
            self.sender_page,
            self.hours_page,
            self.limits_page,
            self.agenda_page,
            self.replies_page,
            self.data_page,
        ]
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Rubriques des réglages"))
        tabs: tuple[tuple[QWidget, str], ...] = (
            (self.business_page, self.tr("Commerce")),
            (self.sender_page, self.tr("Expéditeur")),
            (self.hours_page, self.tr("Horaires d'envoi")),
            (self.limits_page, self.tr("Limites")),
            (self.agenda_page, self.tr("Agenda")),
            (self.replies_page, self.tr("Réponses et enquêtes")),
            (self.accounts_page, self.tr("Comptes SMS")),
            (self.language_page, self.tr("Langue")),
            (self.data_page, self.tr("Données")),
        )
        self._scrolls: dict[QWidget, QScrollArea] = {}
        for widget, title in tabs:
            scroll = QScrollArea()  # a small window scrolls instead of squeezing wrapped explanations
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            holder = QWidget()  # extra height goes below the page, not between its rows
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            column.addStretch(1)
            scroll.setWidget(holder)
            self._scrolls[widget] = scroll
            self.tabs.addTab(scroll, title)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.general_error = error_label()
        self.save_button = QPushButton(self.tr("&Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer les réglages (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Annu&ler"))
        self.cancel_button.setToolTip(self.tr("Revenir aux réglages enregistrés"))
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(bar)

        for settings_page in self.pages:
            settings_page.edited.connect(self._on_edited)
        self.language_page.edited.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.language_page.set_language(self.saved_language())
        self._set_dirty(False)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Load the settings and the accounts (off the UI thread)."""
        self._tasks.run(self._settings.get, on_done=self._loaded, on_error=self._on_error)
        self.accounts_page.refresh()

    def _loaded(self, settings: Settings) -> None:
        self._saved = settings
        for page in self.pages:
            page.load(settings)
        self.accounts_page.default_sender = settings.sender
        self.language_page.set_language(self.saved_language())
        self.general_error.hide()
        self._set_dirty(False)
        self.settings_loaded.emit(settings)

    def on_changes(self, changes: Changes) -> None:
        if changes.accounts:
            self.accounts_page.refresh()
        if changes.settings and not self._dirty and not self._busy:
            self._tasks.run(self._settings.get, on_done=self._loaded, on_error=self._on_error)

    def saved_language(self) -> str:
        value = str(self._preferences.value(LANGUAGE_KEY, "fr"))
        return value if value in ("fr", "en") else "fr"

    def show_accounts(self) -> None:
        self.show_page(self.accounts_page)

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(self._scrolls[page])

    def current_page(self) -> QWidget | None:
        scroll = self.tabs.currentWidget()
        for page, holder in self._scrolls.items():
            if holder is scroll:
                return page
        return None

    # ------------------------------------------------------------------ editing

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_edited(self) -> None:
        self._set_dirty(True)
        self.status.clear()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty and not self._busy and self._saved is not None)
        self.cancel_button.setEnabled(dirty and not self._busy)

    def edited_settings(self) -> Settings:
        """The settings as the pages show them now."""
        value = self._saved or Settings()
        for page in self.pages:
            value = page.apply(value)
        return value

    def cancel(self) -> None:
        if self._saved is not None:
            self._loaded(self._saved)
        self.status.clear()

    def save(self) -> None:
        if self._busy or self._saved is None:
            return
        for page in self.pages:
            page.clear_problems()
        self.general_error.hide()
        candidate = self.edited_settings()
        problems = setup.check_settings(candidate)
        if problems:
            self._show_problems(problems)
            return
        self._busy = True
        self._set_dirty(self._dirty)
        settings, accounts, templates = self._settings, self._accounts, self._templates
        self._tasks.run(
            lambda: setup.save_settings(settings, accounts, candidate, templates),
            on_done=self._on_saved,
            on_error=self._on_save_failed,
        )

    def _on_saved(self, outcome: setup.SaveOutcome) -> None:
        self._busy = False
        messages = [self.tr("Réglages enregistrés.")]
        if outcome.senders_updated:
            messages.append(
                self.tr("Nouvel expéditeur appliqué aux comptes : %s.") % ", ".join(outcome.senders_updated)
            )
            self.accounts_page.refresh()
        if outcome.templates_installed:
            messages.append(
                self.tr("%n modèle(s) de SMS ajouté(s) pour ce métier.", "", outcome.templates_installed)
            )
        language = self.language_page.language()
        if language != self.saved_language():
            self._preferences.setValue(LANGUAGE_KEY, language)
            self._preferences.sync()
            messages.append(self.tr("La nouvelle langue prendra effet au prochain démarrage."))
            self.language_changed.emit(language)
        self._loaded(outcome.settings)
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(" ".join(messages))
        self.settings_saved.emit(outcome.settings)

    def _on_save_failed(self, error: BaseException) -> None:
        self._busy = False
        self._set_dirty(True)
        if isinstance(error, setup.SettingsInvalidError):
            self._show_problems(list(error.problems))
            return
        self._on_error(error)

    def _show_problems(self, problems: list[setup.Problem]) -> None:
        first_page: QWidget | None = None
        for problem in problems:
            page = next((p for p in self.pages if p.show_problem(problem)), None)
            if page is None:
                self.general_error.setText(explain_problem(problem))
                self.general_error.show()
            elif first_page is None:
                first_page = page
        if first_page is not None:
            self.show_page(first_page)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Rien n'a été enregistré : corrigez ce qui est signalé."))

    def error_text(self, field: str) -> str:
        """The inline message shown for ``field`` (a ``setup.Problem`` field), "" when none."""
        for page in self.pages:
            text = page.error_text(field)
            if text:
                return text
        return ""

    def _on_error(self, error: BaseException) -> None:
        errors.show_in(self.general_error, error)
