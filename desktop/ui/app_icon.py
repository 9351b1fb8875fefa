"""Comptoir's own icon (``resources/icons``, drawn by ``tools/make_icons.py``) for the windows and the tray."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop.paths import resource_path

ICONS_DIR = resource_path("icons")


def app_icon() -> QIcon:
    """Every size drawn for the screen (16 to 512 pixels): Qt picks the closest one for each use. A null
    icon when the files are missing (``--smoke`` reports it)."""
    icon = QIcon()
    for path in sorted(ICONS_DIR.glob("comptoir*.png")):
        icon.addFile(str(path))
    return icon
