"""The files Comptoir ships with (icon, translations, presets) are found, and ``--smoke`` names any that a
packaging mistake lost — the installer's frozen check relies on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from desktop.services import presets
from desktop.ui import app_icon, i18n
from desktop.ui.application import shipped_file_problems


def test_the_application_icon_offers_every_drawn_size(qapp: QApplication) -> None:
    icon = app_icon.app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
    assert icon.pixmap(QSize(32, 32)).width() == 32


def test_nothing_is_missing_from_the_source_tree(qapp: QApplication, compiled_translations: None) -> None:
    assert shipped_file_problems() == []


def test_each_lost_file_is_named(
    qapp: QApplication, compiled_translations: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    translations = tmp_path / "translations"
    translations.mkdir()
    shutil.copy(i18n.TRANSLATIONS_DIR / "comptoir_fr.qm", translations)  # English lost
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", translations)
    monkeypatch.setattr(presets, "PRESETS_DIR", tmp_path / "presets")
    monkeypatch.setattr(app_icon, "ICONS_DIR", tmp_path / "icons")
    problems = shipped_file_problems()
    assert problems[0] == "traduction comptoir_en.qm introuvable"
    assert problems[1].startswith("modèles prédéfinis illisibles (") and "No such file" in problems[1]
    assert problems[2:] == ["icône de l'application introuvable"]


def test_a_broken_preset_file_is_reported(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(presets.PRESETS_DIR, tmp_path / "presets")
    (tmp_path / "presets" / "common.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr(presets, "PRESETS_DIR", tmp_path / "presets")
    [problem] = shipped_file_problems()
    assert problem.startswith("modèles prédéfinis illisibles (common.json: ")
