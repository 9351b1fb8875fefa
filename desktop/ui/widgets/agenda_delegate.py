"""Paints the agenda grid's cells from the model's precomputed layout: a tint for the slots an appointment
lasts, then its lines, elided to the cell. One call per visible cell (the style's generic painting asks the
model a dozen roles per cell, which made showing a busy week take several frames)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.ui.models.agenda_model import AgendaModel

_MARGIN = 3


class AgendaDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        model = index.model()
        if not isinstance(model, AgendaModel):
            super().paint(painter, option, index)
            return
        text, background, foreground, font = model.paint_cell(index.row(), index.column())
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif background is not None:
            painter.fillRect(rect, background)
        if text:
            if font is not None:
                painter.setFont(font)
            colour = palette.color(QPalette.ColorRole.HighlightedText) if selected else foreground
            painter.setPen(colour if colour is not None else palette.color(QPalette.ColorRole.Text))
            metrics = painter.fontMetrics()
            area = rect.adjusted(_MARGIN, 1, -_MARGIN, -1)
            lines = text.split("\n")
            visible = max(1, area.height() // max(metrics.lineSpacing(), 1))
            shown = lines[:visible]
            if len(lines) > visible:
                shown[-1] = f"{shown[-1]} (+{len(lines) - visible + 1})"
            elided = "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width()) for line in shown
            )
            painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()
