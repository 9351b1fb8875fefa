"""The installer's list of shipped files matches the tree and what the application looks for, so a new
resource folder or data file cannot be left out of the bundle silently (installer/layout.py)."""

from __future__ import annotations

import ast
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop import paths
from desktop.services import presets
from desktop.storage import schema
from desktop.ui import app_icon, i18n
from installer import layout, qt_selection

ROOT = layout.ROOT
SPEC = ROOT / "installer" / "comptoir.spec"


def _shipped() -> set[str]:
    return {path.as_posix() for path in layout.shipped_files()}


def _is_under_shipped_folder(relative: str) -> bool:
    return any(relative == f or relative.startswith(f"{f}/") for f in layout.SHIPPED_FOLDERS)


def test_the_folders_the_application_reads_are_shipped(compiled_translations: None) -> None:
    """Every folder found through desktop.paths lies in a shipped folder and ships at least one file."""
    shipped = _shipped()
    for folder in (i18n.TRANSLATIONS_DIR, presets.PRESETS_DIR, app_icon.ICONS_DIR, schema.MIGRATIONS_DIR):
        relative = folder.relative_to(paths.bundle_dir()).as_posix()
        assert _is_under_shipped_folder(relative), relative
        assert any(path.startswith(f"{relative}/") for path in shipped), f"nothing shipped in {relative}"


def test_every_resource_folder_ships_something(compiled_translations: None) -> None:
    shipped = _shipped()
    folders = {path.parent for path in (ROOT / "resources").rglob("*") if path.is_file()}
    for folder in folders:
        relative = folder.relative_to(ROOT).as_posix()
        assert any(path.startswith(f"{relative}/") for path in shipped), (
            f"{relative} ships nothing: its files are all source-only ({', '.join(layout.SOURCE_ONLY)})"
        )


def test_data_files_inside_the_package_are_in_a_shipped_folder() -> None:
    """A .qss, .json or font added next to the code is read from a file at run time: PyInstaller only
    collects Python modules from desktop/, so such a file must live in a shipped folder."""
    stray = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "desktop").rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyi", ".pyc"}
        and path.name != "py.typed"
        and "__pycache__" not in path.parts
        and not _is_under_shipped_folder(path.relative_to(ROOT).as_posix())
    ]
    assert stray == [], "add their folder to installer/layout.py SHIPPED_FOLDERS (or move them to resources/)"


def test_migrations_ship_as_source_and_translations_as_compiled(compiled_translations: None) -> None:
    shipped = _shipped()
    versions = sorted((ROOT / "desktop/storage/migrations/versions").glob("*.py"))
    assert versions and all(p.relative_to(ROOT).as_posix() in shipped for p in versions)
    assert "desktop/storage/migrations/env.py" in shipped
    assert {"resources/translations/comptoir_fr.qm", "resources/translations/comptoir_en.qm"} <= shipped
    assert not any(path.endswith((".ts", ".ico", ".icns", ".pyc")) for path in shipped)
    assert not any("__pycache__" in path for path in shipped)


def test_a_bundle_laid_out_from_the_list_gives_the_application_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QCoreApplication, compiled_translations: None
) -> None:
    """Copy the files where PyInstaller puts them (``datas``: file → folder inside the bundle), then look
    them up as the frozen application does, through desktop.paths with sys._MEIPASS set."""
    for source, folder in layout.datas():
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, tmp_path / folder)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundle_dir() == tmp_path

    preset_dir = paths.resource_path("presets")
    assert presets.all_presets(preset_dir) == presets.all_presets()
    for language in i18n.LANGUAGES:
        assert QTranslator().load(f"comptoir_{language}", str(paths.resource_path("translations")))
    assert sorted(p.name for p in paths.resource_path("icons").glob("comptoir*.png")) == sorted(
        p.name for p in app_icon.ICONS_DIR.glob("comptoir*.png")
    )
    config = Config()
    config.set_main_option("script_location", str(paths.bundle_dir() / "desktop" / "storage" / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == schema.HEAD_REVISION


def _tree(root: Path) -> Path:
    (root / "resources" / "translations").mkdir(parents=True)
    (root / "resources" / "sounds").mkdir(parents=True)
    (root / "desktop" / "storage" / "migrations" / "versions").mkdir(parents=True)
    (root / "resources" / "translations" / "comptoir_fr.ts").write_text("<TS/>")
    (root / "resources" / "sounds" / "ding.wav").write_bytes(b"RIFF")
    (root / "desktop" / "storage" / "migrations" / "versions" / "0002_x.py").write_text(
        "import sqlalchemy.dialects.postgresql\nfrom alembic import op, context\nfrom sqlalchemy import Column\n"
    )
    return root


def test_a_new_folder_ships_without_being_named(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    files = [path.as_posix() for path in layout.shipped_files(root)]
    assert files == ["resources/sounds/ding.wav", "desktop/storage/migrations/versions/0002_x.py"]
    assert (str(root / "resources/sounds/ding.wav"), "resources/sounds") in layout.datas(root)


def test_a_missing_or_stale_compiled_file_is_reported(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    [problem] = layout.stale_compiled(root)
    assert "resources/translations/comptoir_fr.qm" in problem and "tools/build_translations.py" in problem
    source = root / "resources" / "translations" / "comptoir_fr.ts"
    compiled = source.with_suffix(".qm")
    compiled.write_bytes(b"qm")
    assert layout.stale_compiled(root) == []
    later = time.time() + 10
    os.utime(source, (later, later))  # the source edited after the last compilation
    assert len(layout.stale_compiled(root)) == 1


def test_what_migrations_import_becomes_hidden_imports(tmp_path: Path) -> None:
    imports = layout.migration_imports(_tree(tmp_path))
    assert imports == [
        "alembic",
        "alembic.context",
        "alembic.op",
        "sqlalchemy",
        "sqlalchemy.dialects.postgresql",
    ]
    assert {"alembic.op", "sqlalchemy"} <= set(layout.migration_imports())  # the real migrations


def test_the_spec_takes_its_lists_from_the_layout() -> None:
    """The spec is Python run by PyInstaller (not importable here): it must at least parse and use the
    shared lists rather than lists of its own."""
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source)
    for use in (
        "layout.datas()",
        "layout.stale_compiled()",
        "layout.migration_imports()",
        "layout.KEYRING_MODULES",
        "layout.QT_MODULES_LEFT_OUT",
        'copy_metadata("keyring")',
        "hookspath=",
    ):
        assert use in source, use
    hooks = {path.name for path in (ROOT / "installer" / "hooks").glob("hook-*.py")}
    assert {"hook-PySide6.QtCore.py", "hook-PySide6.QtGui.py", "hook-PySide6.QtWidgets.py"} <= hooks


# ---------------------------------------------------------------------------------------- Qt selection


@pytest.mark.parametrize(
    ("source", "folder", "kept"),
    [
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms", True),
        ("/qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms", True),
        ("/qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms", False),
        ("/qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms", False),
        (r"C:\qt\plugins\platforms\qwindows.dll", "PySide6\\plugins\\platforms", True),
        (r"C:\qt\plugins\platforms\qdirect2d.dll", "PySide6\\plugins\\platforms", False),
        ("/qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes", False),
        ("/qt/plugins/platformthemes/libqxdgdesktopportal.so", "PySide6/Qt/plugins/platformthemes", True),
        ("/qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/imageformats", False),
        ("/qt/plugins/imageformats/libqico.so", "PySide6/Qt/plugins/imageformats", True),
        ("/qt/plugins/sqldrivers/libqsqlite.so", "PySide6/Qt/plugins/sqldrivers", False),
        (
            "/qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "PySide6/Qt/plugins/platforminputcontexts",
            False,
        ),
        (
            "/qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
            "PySide6/Qt/plugins/xcbglintegrations",
            True,
        ),
        ("/qt/translations/qtbase_fr.qm", "PySide6/Qt/translations", True),
        ("/qt/translations/qtbase_de.qm", "PySide6/Qt/translations", False),
        ("/qt/translations/qt_fr.qm", "PySide6/Qt/translations", False),
        ("/qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib", True),
        ("/site/certifi/cacert.pem", "certifi", True),
    ],
)
def test_qt_files_are_kept_or_left_out(source: str, folder: str, kept: bool) -> None:
    assert qt_selection.keep(source, folder) is kept


def test_selection_filters_a_hook_result() -> None:
    hidden, binaries, datas = qt_selection.select(
        ["PySide6.QtDBus"],
        [
            ("/q/libqxcb.so", "PySide6/Qt/plugins/platforms"),
            ("/q/libqlinuxfb.so", "PySide6/Qt/plugins/platforms"),
        ],
        [("/q/qtbase_fr.qm", "PySide6/Qt/translations"), ("/q/qtbase_ja.qm", "PySide6/Qt/translations")],
    )
    assert hidden == ["PySide6.QtDBus"]
    assert binaries == [("/q/libqxcb.so", "PySide6/Qt/plugins/platforms")]
    assert datas == [("/q/qtbase_fr.qm", "PySide6/Qt/translations")]
