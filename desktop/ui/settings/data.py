"""Settings pages about this workstation and the data: interface language, data and backup folders, retention."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import AppPaths
from desktop.services import setup
from desktop.settings import Settings
from desktop.ui.settings.fields import error_label, hint_label
from desktop.ui.settings.pages import SettingsPage

LANGUAGE_KEY = "ui/language"


class LanguagePage(QWidget):
    """Langue: a preference of this workstation (window.ini), applied at the next start."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem("Français", "fr")
        self.combo.addItem("English", "en")
        self.combo.setAccessibleName(self.tr("Langue de l'interface"))
        self.note = hint_label(
            self.tr(
                "La langue choisie prendra effet au prochain démarrage de Comptoir. Elle ne concerne que "
                "cet ordinateur ; vos SMS restent rédigés dans vos modèles."
            )
        )
        self._loading = False
        form = QFormLayout()
        title = QLabel(self.tr("Lan&gue de l'interface"))
        title.setBuddy(self.combo)
        form.addRow(title, self.combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.combo.currentIndexChanged.connect(self._changed)

    def language(self) -> str:
        return str(self.combo.currentData())

    def set_language(self, language: str) -> None:
        self._loading = True
        try:
            self.combo.setCurrentIndex(max(0, self.combo.findData(language)))
        finally:
            self._loading = False

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()


class DataPage(SettingsPage):
    """Données: where the data is, where backups go and how many are kept, how long messages are kept."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.data_dir_label = QLabel(str(paths.data_dir))
        self.data_dir_label.setWordWrap(True)
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_button = QPushButton(self.tr("&Ouvrir le dossier"))
        self.database_label = hint_label(self._database_text())
        self.backup_edit = QLineEdit()
        self.backup_edit.setReadOnly(True)
        self.backup_edit.setPlaceholderText(self.tr("par défaut : %s") % paths.backup_dir)
        self.backup_edit.setAccessibleName(self.tr("Dossier des sauvegardes"))
        self.choose_backup_button = QPushButton(self.tr("&Choisir…"))
        self.default_backup_button = QPushButton(self.tr("Par &défaut"))
        self.open_backup_button = QPushButton(self.tr("Ou&vrir"))
        self.open_backup_button.setAccessibleName(self.tr("Ouvrir le dossier des sauvegardes"))
        self.backups_spin = QSpinBox()
        self.backups_spin.setRange(*setup.BACKUPS_RANGE)
        self.backups_spin.setSuffix(self.tr(" sauvegardes"))
        self.backups_spin.setMaximumWidth(180)
        self.retention_spin = QSpinBox()
        self.retention_spin.setRange(*setup.RETENTION_RANGE)
        self.retention_spin.setSuffix(self.tr(" mois"))
        self.retention_spin.setMaximumWidth(180)
        self._errors = {"backups": error_label(), "retention": error_label()}

        data_row = QHBoxLayout()
        data_row.addWidget(self.data_dir_label, 1)
        data_row.addWidget(self.open_data_button)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.choose_backup_button)
        backup_row.addWidget(self.default_backup_button)
        backup_row.addWidget(self.open_backup_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Dossier des données"), data_row)
        form.addRow("", self.database_label)
        backup_title = QLabel(self.tr("Dossier des &sauvegardes"))
        backup_title.setBuddy(self.choose_backup_button)
        form.addRow(backup_title, backup_row)
        keep_title = QLabel(self.tr("&Garder les"))
        keep_title.setBuddy(self.backups_spin)
        form.addRow(keep_title, self.backups_spin)
        form.addRow("", self._errors["backups"])
        retention_title = QLabel(self.tr("Garder le texte des &messages"))
        retention_title.setBuddy(self.retention_spin)
        form.addRow(retention_title, self.retention_spin)
        form.addRow("", self._errors["retention"])
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "Au-delà, le texte des anciens messages est effacé (les statistiques restent). Une "
                    "sauvegarde est faite chaque jour ; choisissez de préférence un dossier sur un autre "
                    "disque ou une clé USB."
                )
            ),
        )

        self.open_data_button.clicked.connect(lambda: self.open_folder(self.paths.data_dir))
        self.open_backup_button.clicked.connect(lambda: self.open_folder(self.backup_folder()))
        self.choose_backup_button.clicked.connect(self.choose_backup_folder)
        self.default_backup_button.clicked.connect(lambda: self.set_backup_folder(""))
        self.backups_spin.valueChanged.connect(self._changed)
        self.retention_spin.valueChanged.connect(self._changed)

    def add_section(self, title: str, section: QWidget) -> None:
        """A part of the page that acts at once, without « Enregistrer » (backups, the database server…)."""
        heading = QLabel(title)
        heading.setStyleSheet("font-weight: bold; margin-top: 12px;")
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.addRow(heading)
        form.addRow(section)

    def _database_text(self) -> str:
        db_file = self.paths.db_file
        if db_file is not None:
            return self.tr("Base de données : %s") % db_file
        return (
            self.tr("Base de données sur un serveur (%s), partagée entre les postes.")
            % (self.paths.db_url.split(":", 1)[0])
        )

    def backup_folder(self) -> Path:
        text = self.backup_edit.text().strip()
        return Path(text) if text else self.paths.backup_dir

    def set_backup_folder(self, folder: str) -> None:
        if folder != self.backup_edit.text():
            self.backup_edit.setText(folder)
            self._changed()

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier des sauvegardes"), str(self.backup_folder())
        )
        if folder:
            self.set_backup_folder(folder)

    @staticmethod
    def open_folder(folder: Path) -> bool:
        with contextlib.suppress(OSError):  # the file manager says it better than we would
            folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _load(self, settings: Settings) -> None:
        self.backup_edit.setText(settings.backup_dir)
        self.backups_spin.setValue(settings.backups_to_keep)
        self.retention_spin.setValue(settings.retention_months)

    def apply(self, settings: Settings) -> Settings:
        return replace(
            settings,
            backup_dir=self.backup_edit.text().strip(),
            backups_to_keep=self.backups_spin.value(),
            retention_months=self.retention_spin.value(),
        )
