"""The main window: a left navigation and the central stack. It only navigates; views own their behaviour."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.navigation import Area, Navigation

#: The window on first start: most of a small screen (1280×800), at most this on a large one.
PREFERRED_SIZE = QSize(1360, 860)
MINIMUM_SIZE = QSize(960, 600)
SCREEN_MARGIN = 40


class MainWindow(QMainWindow):
    area_changed = Signal(str)
    area_clicked = Signal(str)  # the user picked an area in the navigation (even the one already shown)
    close_requested = Signal(QCloseEvent)

    def __init__(self, window_settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window_settings = window_settings
        self.setWindowTitle("Comptoir")
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(first_start_size(self.screen().availableGeometry().size()))
        self.navigation = Navigation()
        self.navigation.setFixedWidth(190)
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        self._areas: list[str] = []
        self._loading: QLabel | None = None

        central = QWidget()
        self._outer = QVBoxLayout(central)
        self._outer.setContentsMargins(6, 6, 6, 6)
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self._outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.account_label = QLabel()
        self.dispatcher_label = QLabel()
        self.statusBar().addPermanentWidget(self.account_label)
        self.statusBar().addPermanentWidget(self.dispatcher_label)
        self.navigation.currentRowChanged.connect(self._on_row)
        self.navigation.area_clicked.connect(self.area_clicked)

    def show_loading(self, text: str) -> None:
        """A plain message in the central area while the database opens."""
        self._loading = QLabel(text)
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._loading)

    def add_area(self, key: str, label: str, widget: QWidget, icon: str = "") -> None:
        """Only areas that work are added: no placeholder pages. `icon` names one of ``icons.NAMES``."""
        if self._loading is not None:
            self.stack.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None
        self._areas.append(key)
        self.stack.addWidget(widget)
        self.navigation.add_area(Area(key, label, icon))
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def areas(self) -> list[str]:
        return list(self._areas)

    def show_area(self, key: str) -> None:
        if key in self._areas:
            self.navigation.setCurrentRow(self._areas.index(key))

    def set_badge(self, key: str, count: int) -> None:
        """A count next to an area in the navigation (« 3 » messages to handle); 0 hides it."""
        self.navigation.set_badge(key, count)

    def current_area(self) -> str | None:
        row = self.navigation.currentRow()
        return self._areas[row] if 0 <= row < len(self._areas) else None

    def widget_for(self, key: str) -> QWidget | None:
        return self.stack.widget(self._areas.index(key)) if key in self._areas else None

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            self.stack.setCurrentIndex(row)
            self.area_changed.emit(self._areas[row])

    def restore_geometry(self) -> None:
        """Where the window was last time; on first start, most of the screen, centred on it."""
        geometry = self._window_settings.value("window/geometry") if self._window_settings else None
        if geometry is not None and self.restoreGeometry(geometry):
            return
        available = self.screen().availableGeometry()
        size = first_start_size(available.size())
        self.resize(size)
        self.move(available.center().x() - size.width() // 2, available.center().y() - size.height() // 2)

    def set_banner(self, banner: QWidget) -> None:
        """A slim notice above the central area (e.g. « Vous utilisez le simulateur »)."""
        self._outer.insertWidget(0, banner)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._window_settings is not None:
            self._window_settings.setValue("window/geometry", self.saveGeometry())
        event.accept()
        self.close_requested.emit(event)  # a listener may ignore it (hide to the tray instead)


def first_start_size(available: QSize | None) -> QSize:
    """The window's size on a screen offering `available`: all of it but a margin, within bounds."""
    if available is None or available.isEmpty():
        return PREFERRED_SIZE
    width = max(min(PREFERRED_SIZE.width(), available.width() - SCREEN_MARGIN), MINIMUM_SIZE.width())
    height = max(min(PREFERRED_SIZE.height(), available.height() - SCREEN_MARGIN), MINIMUM_SIZE.height())
    return QSize(min(width, available.width()), min(height, available.height()))
