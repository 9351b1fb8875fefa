"""The interface's icons, from QtAwesome's Material Design Icons (``mdi6``), named here once.

QtAwesome draws its icons from fonts it ships, through QtPy: ``QT_API`` is set first so that QtPy speaks to
the bindings Comptoir uses (PySide6) even where another binding is installed.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Final

from PySide6.QtGui import QIcon

os.environ.setdefault("QT_API", "pyside6")

ACCENT: Final = "#1f5fa8"
MUTED: Final = "#5f6b7a"

#: Our names → Material Design Icons names.
NAMES: Final = {
    "clients": "mdi6.account-group-outline",
    "messages": "mdi6.message-text-outline",
    "templates": "mdi6.text-box-edit-outline",
    "settings": "mdi6.cog-outline",
    "agenda": "mdi6.calendar-month-outline",
    "import": "mdi6.file-upload-outline",
    "export": "mdi6.file-download-outline",
    "model": "mdi6.file-excel-outline",
    "add_client": "mdi6.account-plus-outline",
    "send": "mdi6.send-outline",
    "no_clients": "mdi6.account-multiple-plus-outline",
    "no_match": "mdi6.magnify-close",
    "no_messages": "mdi6.cellphone-message",
}


@cache
def icon(name: str, color: str = MUTED, active_color: str = ACCENT) -> QIcon:
    """The icon called `name` in :data:`NAMES` (a QApplication must exist); an empty icon if unknown."""
    import qtawesome  # loads its fonts: only once a window is being built

    found = NAMES.get(name)
    if found is None:
        return QIcon()
    return qtawesome.icon(found, color=color, color_active=active_color, color_selected=active_color)
