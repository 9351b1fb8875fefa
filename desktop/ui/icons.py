"""The interface's icons, from QtAwesome's Material Design Icons (``mdi6``), named here once.

QtAwesome draws its icons from fonts it ships, through QtPy: ``QT_API`` is set first so that QtPy speaks to
the bindings Comptoir uses (PySide6) even where another binding is installed.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Final

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

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
    "orders": "mdi6.package-variant-closed",
    "inbox": "mdi6.message-reply-text-outline",
    "import": "mdi6.file-upload-outline",
    "export": "mdi6.file-download-outline",
    "model": "mdi6.file-excel-outline",
    "add_client": "mdi6.account-plus-outline",
    "send": "mdi6.send-outline",
    "no_clients": "mdi6.account-multiple-plus-outline",
    "no_match": "mdi6.magnify-close",
    "no_messages": "mdi6.cellphone-message",
}


def preload() -> None:
    """Import QtAwesome ahead (a quarter of a second: QtPy star-imports Qt's modules). Start-up calls it on
    a worker thread once the first screen is shown, so that nothing waits for it; the icons are then drawn
    on the UI thread, in a few milliseconds."""
    import qtawesome  # noqa: F401


#: Pixel sizes the icons are drawn at: those the interface uses (16 buttons, 20 navigation, 64 empty
#: screens), at 1× and 2× screen density; Qt scales the nearest for anything else.
SIZES: Final = (16, 20, 32, 40, 64, 128)
#: The glyph's share of the icon's square, as QtAwesome draws it.
GLYPH_SCALE: Final = 0.875


@cache
def icon(name: str, color: str = MUTED, selected_color: str | None = None) -> QIcon:
    """The icon called `name` in :data:`NAMES` (a QApplication must exist); an empty icon if unknown.
    With `selected_color`, a selected item (the current area of the navigation) shows it in that colour.

    The glyph is drawn from QtAwesome's font (``qtawesome.font`` / ``charmap``) into plain pixmaps: no
    Python icon engine is created, which the garbage collector could destroy on any thread."""
    import qtawesome  # loads its fonts: only once a window is being built

    found = NAMES.get(name)
    if found is None:
        return QIcon()
    prefix = found.split(".", 1)[0]
    glyph = qtawesome.charmap(found)
    drawn = QIcon()
    for size in SIZES:
        font = qtawesome.font(prefix, round(size * GLYPH_SCALE))
        drawn.addPixmap(_draw(glyph, font, size, color), QIcon.Mode.Normal)
        if selected_color:
            drawn.addPixmap(_draw(glyph, font, size, selected_color), QIcon.Mode.Selected)
    return drawn


def _draw(glyph: str, font: QFont, size: int, color: str) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    painter.setPen(QColor(color))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap
