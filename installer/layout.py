"""What the installed application carries besides its Python modules, in one place for the spec and the tests.

The bundle mirrors the source tree: ``resources/presets/common.json`` in the project is
``<bundle>/resources/presets/common.json`` in the frozen application, where ``desktop.paths.bundle_dir()``
finds it. Whole folders are shipped, so a file or folder added under them is shipped without anyone
having to remember it; what stays behind is listed in :data:`SOURCE_ONLY` with the reason.

This module is plain Python (no PyInstaller): ``installer/comptoir.spec`` imports it, and so do the tests.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parents[1]

#: The folders the application reads files from at run time (through ``desktop.paths.bundle_dir()``):
#: its resources, and the Alembic migrations, which Alembic loads as source files.
SHIPPED_FOLDERS: Final = ("resources", "desktop/storage/migrations")

#: Files of those folders that stay in the source tree (file name patterns), and why.
SOURCE_ONLY: Final = {
    "*.ts": "translation sources: the .qm files compiled from them are shipped",
    "*.ico": "Windows icon: embedded in the executable and the installer instead",
    "*.icns": "macOS icon: set on the .app bundle instead",
    "*.pyc": "byte code of the source tree's Python version",
}

#: Compiled files that must sit next to their source (and be newer) before a build, and how to make them.
COMPILED: Final = {".ts": (".qm", "python tools/build_translations.py")}

#: The application icon for each packaging step (relative to the project folder).
ICON_ICO: Final = "resources/icons/comptoir.ico"
ICON_ICNS: Final = "resources/icons/comptoir.icns"

#: Qt modules of PySide6-Essentials that Comptoir does not use (it imports QtCore, QtGui and QtWidgets):
#: excluded from the analysis by the spec, and checked absent from the bundle by build.py.
QT_MODULES_LEFT_OUT: Final = (
    "QtQml",
    "QtQuick",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebEngineQuick",
    "QtWebChannel",
    "Qt3DCore",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtBluetooth",
    "QtNetwork",
    "QtSql",
    "QtTest",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtOpenGLWidgets",
    "QtPrintSupport",
    "QtConcurrent",
    "QtXml",
    "QtLabsStyleKit",
)

#: Keyring finds its backends through entry points (the metadata must travel); the backend of each system
#: and what it imports, which the bundle must hold (by ``sys.platform``).
KEYRING_MODULES: Final = {
    "win32": ("keyring.backends.Windows", "win32ctypes.core"),
    "darwin": ("keyring.backends.macOS", "keyring.backends.macOS.api"),
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
}


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants in version resources: "1.2.0rc1" → (1, 2, 0, 0)."""
    digits = [int(number) for number in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
    return (digits[0], digits[1], digits[2], 0)


def _source_only(path: Path) -> bool:
    return "__pycache__" in path.parts or any(fnmatch.fnmatch(path.name, p) for p in SOURCE_ONLY)


def shipped_files(root: Path = ROOT) -> Iterator[Path]:
    """Every file the bundle carries from the project, relative to ``root``, sorted."""
    for folder in SHIPPED_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root)
            if path.is_file() and not _source_only(relative):
                yield relative


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller's ``datas``: (source file, destination folder inside the bundle) for each shipped file."""
    return [(str(root / path), path.parent.as_posix()) for path in shipped_files(root)]


def stale_compiled(root: Path = ROOT) -> list[str]:
    """What to run before bundling: one line per source whose compiled file is missing or older."""
    problems = []
    for folder in SHIPPED_FOLDERS:
        for source in sorted((root / folder).rglob("*")):
            if source.suffix not in COMPILED:
                continue
            suffix, command = COMPILED[source.suffix]
            target = source.with_suffix(suffix)
            if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
                problems.append(
                    f"{target.relative_to(root)} is missing or older than its source: run {command}"
                )
    return problems


def migration_imports(root: Path = ROOT) -> list[str]:
    """The modules the migrations import. PyInstaller does not analyse them (Alembic loads them from files
    at run time), so they are declared as hidden imports: a migration may use any module of SQLAlchemy or
    Alembic, and it must be in the bundle."""
    found: set[str] = set()
    for path in sorted((root / "desktop/storage/migrations").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(f"{node.module}.{alias.name}")
                )
    return sorted(found - {"__future__"})


def _is_module(name: str) -> bool:
    """Whether ``package.name`` is a module (``from alembic import op``) rather than an attribute."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
