"""A client's consent history as a small table model (newest first), and the wording of a current state."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.core import catalogue
from desktop.core.consent import state_code
from desktop.core.entities import ConsentEvent, ConsentPurpose, ConsentState
from desktop.ui import texts

Index = QModelIndex | QPersistentModelIndex


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class ConsentHistoryModel(QAbstractTableModel):
    """The consent events of one client (a few dozen at most), newest first."""

    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[ConsentEvent] = []
        self._zone = texts.business_zone()
        self._today: dt.date | None = None

    def set_events(self, events: list[ConsentEvent], zone, now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda e: (e.at, e.id), reverse=True)
        self._zone = zone
        self._today = now.astimezone(zone).date() if now is not None else None
        self.endResetModel()

    def event_at(self, row: int) -> ConsentEvent | None:
        """The event shown on `row` (newest first), or None."""
        return self._events[row] if 0 <= row < len(self._events) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            translate("ClientCard", "Date"),
            translate("ClientCard", "Pour"),
            translate("ClientCard", "Accord"),
            translate("ClientCard", "Recueilli par"),
            translate("ClientCard", "Enregistré par"),
            translate("ClientCard", "Texte montré"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return event.wording or None
        return None

    def _cell(self, event: ConsentEvent, column: int) -> str | None:
        if column == 0:
            return texts.format_short(event.at, self._zone, today=self._today)
        if column == 1:
            return texts.consent_purpose_label(event.purpose)
        if column == 2:
            return texts.consent_label(event.state)
        if column == 3:
            return texts.consent_source_label(event.source)
        if column == 4:
            return event.recorded_by
        if column == 5:
            return " ".join(event.wording.split())
        return None


def consent_text(state: ConsentState, *, promotional: bool) -> str:
    purpose = ConsentPurpose.PROMOTIONAL if promotional else ConsentPurpose.TRANSACTIONAL
    return catalogue.explain(state_code(state, purpose))


def consent_detail(event: ConsentEvent) -> str:
    """« Recueilli : Papier signé · Enregistré par : Julie · Texte montré : « J'accepte… » »."""
    parts = [
        translate("ClientCard", "Recueilli : %1").replace("%1", texts.consent_source_label(event.source))
    ]
    if event.recorded_by:
        parts.append(translate("ClientCard", "Enregistré par : %1").replace("%1", event.recorded_by))
    wording = " ".join(event.wording.split())
    if wording:
        parts.append(translate("ClientCard", "Texte montré : « %1 »").replace("%1", wording))
    return " · ".join(parts)
