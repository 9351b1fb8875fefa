"""The main window: a left navigation and the central stack. It only navigates; views own their behaviour.

An area may be given as a function that builds it: it is built the first time it is shown (or asked for with
:meth:`MainWindow.area`), so start-up builds — and imports — only the first screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

_LABEL_ROLE = 257  # the area's name, without its badge
_BADGE_ROLE = 258


class MainWindow(QMainWindow):
    area_changed = Signal(str)
    close_requested = Signal(QCloseEvent)

    def __init__(self, window_settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window_settings = window_settings
        self.setWindowTitle("Comptoir")
        self.resize(1100, 700)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(180)
        self.navigation.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 7px 6px; }"
        )
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

    def show_loading(self, text: str) -> None:
        """A plain message in the central area while the database opens."""
        self._loading = QLabel(text)
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._loading)

    def add_area(self, key: str, label: str, widget: QWidget | Callable[[], QWidget]) -> None:
        """Only areas that work are added: no placeholder pages. ``widget`` may be a function that builds it
        when it is first needed. Adding a key again replaces its widget, in place."""
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
        item = QListWidgetItem(label)
        item.setData(256, key)
        item.setData(_LABEL_ROLE, label)
        self.navigation.addItem(item)
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
        """A count next to an area in the navigation (« Réponses (3) »); 0 hides it."""
        if key not in self._areas:
            return
        item = self.navigation.item(self._areas.index(key))
        label = str(item.data(_LABEL_ROLE))
        item.setText(f"{label} ({count})" if count > 0 else label)
        item.setData(_BADGE_ROLE, max(count, 0))

    def badge(self, key: str) -> int:
        if key not in self._areas:
            return 0
        return int(self.navigation.item(self._areas.index(key)).data(_BADGE_ROLE) or 0)

    def current_area(self) -> str | None:
        row = self.navigation.currentRow()
        return self._areas[row] if 0 <= row < len(self._areas) else None

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._areas):
            self.area(self._areas[row])
            self.stack.setCurrentIndex(row)
            self.area_changed.emit(self._areas[row])

    def restore_geometry(self) -> None:
        if self._window_settings is not None:
            geometry = self._window_settings.value("window/geometry")
            if geometry is not None:
                self.restoreGeometry(geometry)

    def set_banner(self, banner: QWidget) -> None:
        """A slim notice above the central area (e.g. « Vous utilisez le simulateur »)."""
        self._outer.insertWidget(0, banner)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._window_settings is not None:
            self._window_settings.setValue("window/geometry", self.saveGeometry())
        event.accept()
        self.close_requested.emit(event)  # a listener may ignore it (hide to the tray instead)
