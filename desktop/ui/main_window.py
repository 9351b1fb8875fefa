"""The main window: a left navigation and the central stack. It only navigates; views own their behaviour."""

from __future__ import annotations

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

    def add_area(self, key: str, label: str, widget: QWidget) -> None:
        """Only areas that work are added: no placeholder pages."""
        if self._loading is not None:
            self.stack.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None
        self._areas.append(key)
        self.stack.addWidget(widget)
        item = QListWidgetItem(label)
        item.setData(256, key)
        self.navigation.addItem(item)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def clear_areas(self) -> None:
        """Remove every area (the database is being reopened: new views will be added)."""
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._areas.clear()
        self._loading = None

    def areas(self) -> list[str]:
        return list(self._areas)

    def show_area(self, key: str) -> None:
        if key in self._areas:
            self.navigation.setCurrentRow(self._areas.index(key))

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
