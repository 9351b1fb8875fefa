"""Translations: Comptoir's own strings (resources/translations/comptoir_<lang>.qm) and Qt's (qtbase_<lang>)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import catalogue
from desktop.paths import resource_path

TRANSLATIONS_DIR = resource_path("translations")
LANGUAGES = ("fr", "en")


def install(app: QCoreApplication, language: str = "fr") -> list[QTranslator]:
    """Install translators for ``language`` (French is the source language of every string; its .qm only
    fixes wording). Returns the translators, which must be kept alive."""
    language = language if language in LANGUAGES else "fr"
    catalogue.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    own = QTranslator(app)
    if own.load(f"comptoir_{language}", str(TRANSLATIONS_DIR)):
        app.installTranslator(own)
        installed.append(own)
    return installed


def missing_catalogues() -> list[str]:
    """The translation files Comptoir needs that cannot be loaded (its own and Qt's, in each language):
    a packaging mistake that ``--smoke`` reports, since the window would silently show untranslated text."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"comptoir_{language}", str(TRANSLATIONS_DIR)) for language in LANGUAGES]
    wanted += [(f"qtbase_{language}", qt_dir) for language in LANGUAGES]
    return [f"{name}.qm" for name, folder in wanted if not QTranslator().load(name, folder)]
