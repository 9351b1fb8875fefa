"""One light look for every screen: Qt's Fusion style, a light palette and one stylesheet (combo and spin
boxes keep Fusion's own drawing, arrows included, in that palette).

Spacing and type sizes come from a few tokens below (points for type, so that High-DPI screens scale them;
pixels are Qt's device-independent pixels). Widgets do not style themselves beyond a colour for an error or
a hint: a role is given by an object name (``pageTitle``, ``emptyTitle``…) or the ``primary`` property, and
this sheet says how it looks.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# ---------------------------------------------------------------- tokens
BACKGROUND: Final = "#f4f6f9"  # the window
SURFACE: Final = "#ffffff"  # panels, inputs, tables
SIDEBAR: Final = "#e9edf3"
BORDER: Final = "#d3d9e1"
TEXT: Final = "#1d2430"
MUTED: Final = "#5f6b7a"
ACCENT: Final = "#1f5fa8"
ACCENT_HOVER: Final = "#174c88"
ACCENT_SOFT: Final = "#dbe7f6"
HEADER: Final = "#eef1f5"
ALTERNATE: Final = "#f7f9fb"

BASE_PT: Final = 10
TITLE_PT: Final = 15
EMPTY_TITLE_PT: Final = 14
SMALL_PT: Final = 9
RADIUS: Final = 5
GAP: Final = 6  # between neighbouring controls
PAD: Final = 10  # inside panels

STYLESHEET: Final = f"""
QWidget {{ font-size: {BASE_PT}pt; color: {TEXT}; }}
QMainWindow, QDialog {{ background: {BACKGROUND}; }}
QToolTip {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; padding: 4px; }}

QListWidget#navigation {{
    background: {SIDEBAR}; border: none; border-radius: {RADIUS}px; padding: {GAP}px 4px; outline: 0;
    font-size: 11pt;
}}
QListWidget#navigation::item {{ padding: 4px 8px; margin: 1px 0; border-radius: {RADIUS}px; color: {TEXT}; }}
QListWidget#navigation::item:hover {{ background: #dfe5ee; }}
QListWidget#navigation::item:selected {{ background: {ACCENT_SOFT}; color: {ACCENT}; font-weight: bold; }}

QLabel#pageTitle {{ font-size: {TITLE_PT}pt; font-weight: bold; }}
QLabel#emptyTitle {{ font-size: {EMPTY_TITLE_PT}pt; font-weight: bold; }}
QLabel#emptyText, QLabel#emptyHint {{ color: {MUTED}; }}
QLabel#recipients {{ font-weight: bold; }}
QLabel#stoppedNotice {{ color: #8a1c1c; font-weight: bold; }}
QLabel#messageText {{
    background: #dcebff; border-radius: 10px; padding: 8px 10px; margin: 4px 0;
}}

QGroupBox {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {RADIUS}px;
    margin-top: 14px; padding: {PAD}px {PAD}px {GAP}px {PAD}px;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: {PAD}px; padding: 0 4px; font-weight: bold; }}

QPushButton {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {RADIUS}px;
    padding: 5px 12px; min-height: 18px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed {{ background: {ACCENT_SOFT}; }}
QPushButton:disabled {{ color: #9aa4b1; background: #f1f3f6; border-color: #e1e5ea; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: #ffffff; border-color: {ACCENT}; font-weight: bold; }}
QPushButton[primary="true"]:hover {{ background: {ACCENT_HOVER}; }}
QPushButton[primary="true"]:disabled {{ background: #9db6d6; border-color: #9db6d6; color: #f4f6f9; }}
QToolButton {{ border: 1px solid transparent; border-radius: {RADIUS}px; padding: 3px 6px; }}
QToolButton:hover {{ border-color: {BORDER}; background: {SURFACE}; }}

QLineEdit, QPlainTextEdit, QTextEdit {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 4px; padding: 3px 6px;
    selection-background-color: {ACCENT}; selection-color: #ffffff;
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {ACCENT}; }}
QComboBox, QAbstractSpinBox {{ min-height: 20px; }}
QLineEdit:read-only {{ background: {BACKGROUND}; }}

QTableView, QTreeView, QTreeWidget, QListView {{
    background: {SURFACE}; alternate-background-color: {ALTERNATE}; border: 1px solid {BORDER};
    border-radius: 4px; gridline-color: #e6eaef;
    selection-background-color: {ACCENT_SOFT}; selection-color: {TEXT};
}}
QHeaderView::section {{
    background: {HEADER}; color: {MUTED}; border: none; border-right: 1px solid {BORDER};
    border-bottom: 1px solid {BORDER}; padding: 4px 6px; font-weight: bold;
}}

QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: {RADIUS}px; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{
    background: {HEADER}; border: 1px solid {BORDER}; border-bottom: none; padding: 5px 12px;
    border-top-left-radius: {RADIUS}px; border-top-right-radius: {RADIUS}px; margin-right: 2px; color: {MUTED};
}}
QTabBar::tab:selected {{ background: {SURFACE}; color: {TEXT}; font-weight: bold; }}

QScrollArea {{ background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QStatusBar {{ color: {MUTED}; font-size: {SMALL_PT}pt; }}
QSplitter::handle {{ background: transparent; }}
"""


def palette() -> QPalette:
    """A light palette (also on a desktop in dark mode: the stylesheet's colours assume a light one)."""
    colors = QPalette()
    roles = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: ALTERNATE,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a94a3",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, color in roles.items():
        colors.setColor(role, QColor(color))
    colors.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa4b1"))
    colors.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa4b1"))
    colors.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9aa4b1"))
    return colors


def apply(app: QApplication) -> None:
    """Give the application Comptoir's look (before its first window is shown)."""
    if app.style().name().lower() != "fusion":  # replacing a style deletes the one widgets hold
        app.setStyle("Fusion")
    app.setPalette(palette())
    app.setStyleSheet(STYLESHEET)
