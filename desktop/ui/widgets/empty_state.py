"""What an empty screen says: a picture, what is missing, and the buttons that fill it.

« Importez votre fichier clients » with « Importer un fichier… » and « Ajouter un client »: an empty list
must never leave a new user wondering what to do next.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import icons

ICON_SIZE = 64
TEXT_WIDTH = 520


class EmptyState(QWidget):
    def __init__(self, icon: str, title: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setFixedWidth(TEXT_WIDTH)  # a fixed width, and the height of its lines at that width
        self._icon = icon
        self._drawn = False
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addLayout(self._buttons)
        layout.addStretch(2)
        self.set_content(icon, title, text)

    def set_content(self, icon: str, title: str, text: str = "") -> None:
        self._icon = icon
        self._drawn = False
        if self.isVisible():
            self._draw_icons()
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.text.ensurePolished()  # the stylesheet's font: the lines are counted with it
        self.text.setMinimumHeight(self.text.heightForWidth(TEXT_WIDTH))

    def add_button(self, text: str, *, primary: bool = False, icon: str = "") -> QPushButton:
        """A button under the text (the first one given is leftmost); `primary` for the main action."""
        button = QPushButton(text)
        button.setProperty("primary", primary)
        button.setProperty("icon_name", icon)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._drawn:
            self._draw_icons()

    def _draw_icons(self) -> None:
        """Pictures are drawn when the empty screen first shows: most start-ups never show one."""
        self._drawn = True
        self.picture.setPixmap(icons.icon(self._icon, color=icons.ACCENT).pixmap(QSize(ICON_SIZE, ICON_SIZE)))
        for button in self.buttons():
            name = button.property("icon_name")
            if name:
                primary = bool(button.property("primary"))
                button.setIcon(icons.icon(name, color="#ffffff" if primary else icons.MUTED))

    def buttons(self) -> list[QPushButton]:
        items = (self._buttons.itemAt(i) for i in range(self._buttons.count()))
        return [w for item in items if item is not None and isinstance(w := item.widget(), QPushButton)]
