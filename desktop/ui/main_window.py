"""The main window: a left navigation and the central stack. It only navigates; views own their behaviour.

An area may be given as a function that builds it: it is built the first time it is shown (or asked for with
:meth:`MainWindow.area`), so start-up builds — and imports — only the first screen.
"""

from __future__ import annotations

from collections.abc import Callable

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
        self._widgets: dict[str, QWidget] = {}  # built areas (a stand-in holds the place of the others)
        self._builders: dict[str, Callable[[], QWidget]] = {}
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

    def add_area(self, key: str, label: str, widget: QWidget | Callable[[], QWidget], icon: str = "") -> None:
        """Only areas that work are added: no placeholder pages. ``widget`` may be a function that builds it
        when it is first needed. Adding a key again replaces its widget, in place. ``icon`` names one of
        ``desktop.ui.icons.NAMES``."""
        if self._loading is not None:
            self.stack.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None
        if key in self._areas:
            self._place(key, widget)
            return
        self._areas.append(key)
        self.stack.addWidget(QWidget())  # the area's place in the stack
        self._place(key, widget)
        self.navigation.add_area(Area(key, label, icon))
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def _place(self, key: str, widget: QWidget | Callable[[], QWidget]) -> None:
        if isinstance(widget, QWidget):
            self._builders.pop(key, None)
            self._put(key, widget)
        else:
            self._builders[key] = widget
            if self.current_area() == key:
                self.area(key)

    def _put(self, key: str, widget: QWidget) -> None:
        index = self._areas.index(key)
        current = self.stack.currentIndex() == index
        old = self.stack.widget(index)
        if old is widget or old is None:
            return
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        if old is not self._widgets.get(key):
            old.deleteLater()  # a stand-in; a replaced area belongs to whoever built it
        self._widgets[key] = widget
        if current:
            self.stack.setCurrentIndex(index)

    def area(self, key: str) -> QWidget:
        """The area's widget, built now if it had not been yet."""
        builder = self._builders.pop(key, None)
        if builder is not None:
            self._put(key, builder())
        return self._widgets[key]

    def built_area(self, key: str) -> QWidget | None:
        """The area's widget if it has been built, else None."""
        return self._widgets.get(key)

    def clear_areas(self) -> None:
        """Remove every area (the database is being reopened: new views will be added)."""
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._areas.clear()
        self._widgets.clear()
        self._builders.clear()
        self._loading = None

    def areas(self) -> list[str]:
        return list(self._areas)

    def show_area(self, key: str) -> None:
        if key in self._areas:
            self.navigation.setCurrentRow(self._areas.index(key))

    def set_badge(self, key: str, count: int) -> None:
        """A count next to an area in the navigation (« 3 » messages to handle); 0 hides it."""
        self.navigation.set_badge(key, count)

    def badge(self, key: str) -> int:
        return self.navigation.badge(key)

    def current_area(self) -> str | None:
        row = self.navigation.currentRow()
        return self._areas[row] if 0 <= row < len(self._areas) else None

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            self.area(self._areas[row])
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
