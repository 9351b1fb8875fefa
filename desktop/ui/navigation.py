"""The left navigation: a list of areas, each an icon, a label and an optional badge count.

Adding an area is one call (:meth:`Navigation.add_area`); a badge (« 3 » messages to handle) is set by key
and drawn as a pill on the right of the row. Clicking the row of the area already shown still tells
(``area_clicked``): the Clients area uses it to go back from a client's card to the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui import icons

KEY_ROLE = Qt.ItemDataRole.UserRole
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_ROLE = Qt.ItemDataRole.UserRole + 2
BADGE_COLOR = "#c62828"
ROW_HEIGHT = 40
ICON_SIZE = 20


@dataclass(frozen=True, slots=True)
class Area:
    key: str
    label: str
    icon: str = ""  # a name of desktop.ui.icons.NAMES


class _BadgeDelegate(QStyledItemDelegate):
    """Draws the row as usual, then the badge count (if any) as a red pill on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), ROW_HEIGHT))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(BADGE_ROLE)
        if not count:
            return
        text = str(count) if count < 100 else "99+"
        metrics = option.fontMetrics
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 12)
        rect = QRect(
            option.rect.right() - width - 10, option.rect.center().y() - height // 2 + 1, width, height
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_COLOR))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("#ffffff"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class Navigation(QListWidget):
    area_clicked = Signal(str)  # the user picked this area (even the one already shown)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setItemDelegate(_BadgeDelegate(self))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._icons_loaded = False
        self.itemClicked.connect(lambda item: self.area_clicked.emit(item.data(KEY_ROLE)))

    def add_area(self, area: Area) -> None:
        item = QListWidgetItem(area.label)
        item.setData(KEY_ROLE, area.key)
        item.setData(ICON_ROLE, area.icon)
        item.setToolTip(area.label)
        self.addItem(item)
        if self._icons_loaded:
            self._set_icon(item)

    def load_icons(self) -> None:
        """Draw the areas' icons (and those of areas added later). Start-up calls it once the icon library
        is loaded, off the path to the first screen; the labels stand alone until then."""
        self._icons_loaded = True
        for row in range(self.count()):
            self._set_icon(self.item(row))

    @staticmethod
    def _set_icon(item: QListWidgetItem) -> None:
        name = item.data(ICON_ROLE)
        if name:
            item.setIcon(icons.icon(name, selected_color=icons.ACCENT))

    def _item(self, key: str) -> QListWidgetItem | None:
        return next((self.item(r) for r in range(self.count()) if self.item(r).data(KEY_ROLE) == key), None)

    def set_badge(self, key: str, count: int) -> None:
        """Show `count` next to the area (0 hides it); the accessible text says it too."""
        item = self._item(key)
        if item is None or item.data(BADGE_ROLE) == count:
            return
        item.setData(BADGE_ROLE, count)
        label = item.text()
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            f"{label} ({count})" if count else label,
        )

    def badge(self, key: str) -> int:
        item = self._item(key)
        return int(item.data(BADGE_ROLE) or 0) if item is not None else 0
