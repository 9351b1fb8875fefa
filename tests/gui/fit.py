"""Does every text a widget shows fit in it? For the layout tests at a small screen (1280×800).

A label that wraps must get the height its text needs at its width; one that does not wrap, its whole text's
width; a button, the width of its text; a table's column, the width of its header. Elided table cells and
combo boxes are left alone: they say what they cut with « … ».
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

#: Pixels of rounding allowed (font metrics are fractional; layouts round).
SLACK = 2


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Visible, and inside the visible part of its scroll area (if any): a scrolled-away row is not cut."""
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0 and widget.height() > 0


def unfit_texts(root: QWidget) -> list[str]:
    """Descriptions of the texts under `root` that do not fit their widget (empty when all fit)."""
    found: list[str] = []
    for label in root.findChildren(QLabel):
        if (
            not _shown(label, root)
            or not label.text()
            or (label.pixmap() is not None and not label.pixmap().isNull())
        ):
            continue
        inner = label.contentsRect()
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK:
                found.append(f"label {label.text()[:60]!r}: {need} px high needed, {label.height()} given")
        elif label.minimumSizeHint().width() > label.width() + SLACK and inner.width() > 0:
            found.append(
                f"label {label.text()[:60]!r}: {label.minimumSizeHint().width()} px wide needed, "
                f"{label.width()} given"
            )
    for button in root.findChildren(QAbstractButton):
        if not _shown(button, root) or not button.text():
            continue
        if button.minimumSizeHint().width() > button.width() + SLACK:
            found.append(
                f"{type(button).__name__} {button.text()!r}: {button.minimumSizeHint().width()} px wide "
                f"needed, {button.width()} given"
            )
    for box in root.findChildren(QGroupBox):
        if _shown(box, root) and box.title():
            need = box.fontMetrics().horizontalAdvance(box.title().replace("&", "")) + 16
            if need > box.width() + SLACK:
                found.append(f"group {box.title()!r}: {need} px wide needed, {box.width()} given")
    for table in root.findChildren(QTableView):
        if not _shown(table, root):
            continue
        header = table.horizontalHeader()
        if header.isHidden():
            continue
        model = table.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            need = header.fontMetrics().horizontalAdvance(text) + _header_padding(header, section)
            if need > header.sectionSize(section) + SLACK:
                found.append(f"column {text!r}: {need} px wide needed, {header.sectionSize(section)} given")
    return found


def _header_padding(header: QHeaderView, section: int) -> int:
    """Margins of a header section, and room for the sort arrow where sorting shows one."""
    arrow = 14 if header.isSortIndicatorShown() and header.sortIndicatorSection() == section else 0
    return 12 + arrow
