"""The first rows of a sheet as the spreadsheet shows them (row numbers, column letters), with the row of
column titles picked out: what the import wizard asks the user to confirm, and where she can click
another row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from desktop.services.importing.formats import Row, column_letter
from desktop.services.importing.rows import text

SHOWN_ROWS = 12
SHOWN_COLUMNS = 40  # enough to recognise a sheet; a very wide one would only slow the page down
_HEADER_BACKGROUND = QColor("#dbe8fb")
_ABOVE_FOREGROUND = QColor("#8a8a8a")


class SheetGrid(QTableWidget):
    """Rows of the sheet; ``header_chosen`` gives the sheet row number of the row the user clicked."""

    header_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAccessibleName(self.tr("Premières lignes de la feuille"))
        self.setToolTip(self.tr("Cliquez sur la ligne qui porte les titres des colonnes."))
        self._numbers: list[int] = []
        self.cellClicked.connect(lambda row, _column: self.header_chosen.emit(self._numbers[row]))

    def show_rows(self, rows: Sequence[Row], first_column: int = 0) -> None:
        shown = list(rows[:SHOWN_ROWS])
        width = min(max((len(cells) for _n, cells in shown), default=0), SHOWN_COLUMNS)
        self.clear()
        self.setRowCount(len(shown))
        self.setColumnCount(width)
        self.setHorizontalHeaderLabels([column_letter(first_column + c) for c in range(width)])
        self.setVerticalHeaderLabels([str(number) for number, _cells in shown])
        self._numbers = [number for number, _cells in shown]
        for r, (_number, cells) in enumerate(shown):
            for c, cell in enumerate(cells[:width]):
                self.setItem(r, c, QTableWidgetItem(text(cell)))

    def mark_header(self, header_row: int | None) -> None:
        """Bold on a blue ground for the title row; rows above it (titles of the sheet, blanks) in grey."""
        for r, number in enumerate(self._numbers):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is None:
                    item = QTableWidgetItem("")
                    self.setItem(r, c, item)
                is_header = number == header_row
                font = QFont(item.font())
                font.setBold(is_header)
                item.setFont(font)
                item.setBackground(QBrush(_HEADER_BACKGROUND) if is_header else QBrush())
                above = header_row is not None and number < header_row
                item.setForeground(QBrush(_ABOVE_FOREGROUND) if above else QBrush())
                item.setData(
                    Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("titres") if is_header else None
                )
