"""PyInstaller's hook for PySide6.QtWidgets, keeping only the Qt plugins and translations Comptoir needs."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

from installer.qt_selection import select

hiddenimports, binaries, datas = select(*add_qt6_dependencies(__file__))
