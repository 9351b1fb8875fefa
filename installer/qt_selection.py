"""Which of PySide6's Qt files the bundle keeps: the plugins and translations Comptoir needs, nothing else.

PyInstaller's Qt hooks collect every plugin of the types a Qt module may use, then every library those
plugins link to (the GTK 3 theme alone pulls GTK's libraries into the bundle). The hooks in
``installer/hooks/`` override PyInstaller's for QtCore, QtGui and QtWidgets and pass what they collect
through :func:`select` *before* the dependency analysis, so what is left out never drags anything in.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Final

#: The Qt plugins kept, by type (file names without "lib" and extension); ``None``: every plugin of the type.
#: Types not listed are left out: embedded-device input and EGL full-screen output, SQL drivers, printing,
#: TLS and network information, QML tooling, the QML virtual keyboard.
PLUGINS: Final[dict[str, frozenset[str] | None]] = {
    # offscreen: --smoke and the headless checks; xcb and wayland: Linux desktops; windows; cocoa: macOS.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"}),
    # Native file dialogs through the desktop portal (the GTK 3 theme would bring GTK into the bundle).
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Dead keys and the compose key: French accents typed on Linux.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qico", "qjpeg", "qgif", "qsvg", "qicns"}),
    "iconengines": frozenset({"qsvgicon"}),
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "styles": None,  # Windows 11 and Vista styles
}

#: Qt's own translations (the standard dialogs' buttons) in the interface's languages.
TRANSLATIONS: Final = frozenset({"qtbase_fr.qm", "qtbase_en.qm"})


def _qt_parts(destination: str) -> tuple[str, ...]:
    """The path inside PySide6's Qt folder (``("plugins", "platforms")``, ``("translations",)``), or ()."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if parts[:2] == ("PySide6", "Qt"):
        return parts[2:]
    if parts[:1] == ("PySide6",):  # the Windows wheel keeps plugins and translations beside the bindings
        return parts[1:]
    return ()


def _stem(name: str) -> str:
    stem = name.split(".", maxsplit=1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep(source: str, destination: str) -> bool:
    """Whether to bundle ``source``, collected into the folder ``destination`` by a Qt hook."""
    parts = _qt_parts(destination)
    name = PurePosixPath(source.replace("\\", "/")).name
    if parts[:1] == ("plugins",) and len(parts) >= 2:
        wanted = PLUGINS.get(parts[1], frozenset())
        return wanted is None or _stem(name) in wanted
    if parts[:1] == ("translations",):
        return name in TRANSLATIONS
    return True


def select(
    hiddenimports: list[str], binaries: Iterable[tuple[str, str]], datas: Iterable[tuple[str, str]]
) -> tuple[list[str], list[tuple[str, str]], list[tuple[str, str]]]:
    """A Qt hook's (hiddenimports, binaries, datas) without what Comptoir does not need."""
    return (
        hiddenimports,
        [(source, folder) for source, folder in binaries if keep(source, folder)],
        [(source, folder) for source, folder in datas if keep(source, folder)],
    )
