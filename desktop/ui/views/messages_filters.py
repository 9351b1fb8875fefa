"""The filter bar of the Messages screen: status, period (with two dates for a chosen one), account, template.

:class:`MessageFilters` only holds the choices: it says when one changes (``changed``) and turns them into a
:class:`MessageQuery` (periods become UTC bounds from the business's local midnights). The screen that owns
it loads the account and template choices and reads the messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from desktop.core.entities import MessageStatus
from desktop.ui import texts
from desktop.ui.models.messages_model import MessageQuery

# The status filter's choice for the messages someone has to decide about (failed and uncertain).
TO_HANDLE = "to_handle"


class MessageFilters(QWidget):
    """The combos (and the two dates of a chosen period) that narrow the message list."""

    changed = Signal()  # a choice changed: the list has to be read again

    def __init__(self, zone: ZoneInfo, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = now
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filtre statut"))
        self.status_filter.addItem(self.tr("Tous les statuts"), "")
        self.status_filter.addItem(self.tr("À traiter (échec, incertain)"), TO_HANDLE)
        for status in texts.STATUS_ORDER:
            self.status_filter.addItem(texts.status_label(status), status.value)
        self.period_filter = QComboBox()
        self.period_filter.setAccessibleName(self.tr("Filtre période"))
        self.period_filter.addItem(self.tr("Toutes les dates"), "all")
        self.period_filter.addItem(self.tr("Aujourd'hui"), "today")
        self.period_filter.addItem(self.tr("7 derniers jours"), "7")
        self.period_filter.addItem(self.tr("30 derniers jours"), "30")
        self.period_filter.addItem(self.tr("Période choisie…"), "custom")
        today = self._today()
        self.from_date = QDateEdit(QDate(today.year, today.month, today.day).addDays(-30))
        self.to_date = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.from_date, self.tr("Du")), (self.to_date, self.tr("Au"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setAccessibleName(name)
            edit.setVisible(False)
        self.account_filter = QComboBox()
        self.account_filter.setAccessibleName(self.tr("Filtre compte SMS"))
        self.account_filter.addItem(self.tr("Tous les comptes"), None)
        self.template_filter = QComboBox()
        self.template_filter.setAccessibleName(self.tr("Filtre modèle"))
        self.template_filter.addItem(self.tr("Tous les modèles"), None)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.status_filter,
            self.period_filter,
            self.from_date,
            self.to_date,
            self.account_filter,
            self.template_filter,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

        for combo in (self.status_filter, self.period_filter, self.account_filter, self.template_filter):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.period_filter.currentIndexChanged.connect(lambda _i: self._show_dates())
        self.from_date.dateChanged.connect(lambda _d: self.changed.emit())
        self.to_date.dateChanged.connect(lambda _d: self.changed.emit())

    def query(self) -> MessageQuery:
        """The list the choices describe (every client)."""
        key = self.status_filter.currentData() or ""
        statuses = (
            frozenset(texts.TO_HANDLE)
            if key == TO_HANDLE
            else frozenset({MessageStatus(key)})
            if key
            else frozenset()
        )
        since, until = self._period()
        return MessageQuery(
            statuses=statuses,
            account_id=self.account_filter.currentData(),
            template_id=self.template_filter.currentData(),
            since=since,
            until=until,
        )

    def show_to_handle(self) -> None:
        """Choose the messages someone has to decide about (failed and uncertain)."""
        self.status_filter.setCurrentIndex(self.status_filter.findData(TO_HANDLE))

    def set_accounts(self, accounts: Sequence[Any]) -> None:
        """The account choices (objects with ``name`` and ``id``), keeping the current one if it remains."""
        _refill(self.account_filter, self.tr("Tous les comptes"), [(a.name, a.id) for a in accounts])

    def set_templates(self, templates: Sequence[Any]) -> None:
        """The template choices (objects with ``name`` and ``id``), keeping the current one if it remains."""
        _refill(self.template_filter, self.tr("Tous les modèles"), [(t.name, t.id) for t in templates])

    # ---------------------------------------------------------------- dates
    def _today(self) -> dt.date:
        return self._now().astimezone(self._zone).date()

    def _midnight(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(), self._zone).astimezone(dt.UTC)

    def _period(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        key = self.period_filter.currentData()
        today = self._today()
        if key == "today":
            return self._midnight(today), None
        if key in ("7", "30"):
            return self._midnight(today - dt.timedelta(days=int(key) - 1)), None
        if key == "custom":
            start, end = _day(self.from_date.date()), _day(self.to_date.date())
            if end < start:
                start, end = end, start
            return self._midnight(start), self._midnight(end + dt.timedelta(days=1))
        return None, None

    def _show_dates(self) -> None:
        custom = self.period_filter.currentData() == "custom"
        self.from_date.setVisible(custom)
        self.to_date.setVisible(custom)


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def _refill(combo: QComboBox, everything: str, items: Sequence[tuple[str, int]]) -> None:
    """Replace a filter's choices, keeping the current one when it still exists (without reloading)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
    if index < 0 and current is not None:
        combo.currentIndexChanged.emit(0)  # the chosen account/template is gone: show everything
