"""« Enquêtes » (a tab of the Réponses area): each survey's results — how many reached clients, how many
answered, the NPS with its promoters, passives and detractors, and the distribution of the scores — and a
survey or a review request sent to one client now (the same rules as the automatic ones)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue.compliance import explain_finding
from desktop.core.surveys import SCALE
from desktop.services.surveys.service import SurveyResult
from desktop.ui import errors
from desktop.ui.widgets.client_picker import ClientPicker

Index = QModelIndex | QPersistentModelIndex
_BAR = "█"
_BAR_WIDTH = 5  # the longest bar, in blocks


class SurveyResultsModel(QAbstractTableModel):
    """One line per survey: its name, how many were sent and answered, the NPS and its three groups, and
    the distribution of the scores as small bars (tooltip: the counts)."""

    COLUMNS = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: list[SurveyResult] = []

    def set_results(self, results: list[SurveyResult]) -> None:
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> SurveyResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (
            self.tr("Enquête"),
            self.tr("Envoyées"),
            self.tr("Réponses"),
            self.tr("NPS"),
            self.tr("Promoteurs · neutres · détracteurs"),
            self.tr("Notes de 0 à 10"),
        )
        return names[section] if 0 <= section < self.COLUMNS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        result = self.result(index.row()) if index.isValid() else None
        if result is None or not 0 <= index.column() < self.COLUMNS:
            return None
        figures = result.results
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return "\n".join(
                self.tr("%1/10 : %2").replace("%1", str(score)).replace("%2", str(count))
                for score, count in zip(SCALE, figures.distribution, strict=True)
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        column = index.column()
        if column == 0:
            return result.name or self.tr("(modèle supprimé)")
        if column == 1:
            return str(figures.sent)
        if column == 2:
            return str(figures.answered)
        if column == 3:
            return f"{figures.nps:+d}" if figures.nps is not None else "—"
        if column == 4:
            return f"{figures.promoters} · {figures.passives} · {figures.detractors}"
        top = max(figures.distribution) or 1
        return " ".join(
            f"{score}:{_BAR * max(1, round(_BAR_WIDTH * count / top)) if count else '·'}"
            for score, count in zip(SCALE, figures.distribution, strict=True)
        )


class SurveysView(QWidget):
    loaded = Signal()
    sent = Signal()

    def __init__(self, surveys, clients, tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._surveys = surveys
        self._tasks = tasks
        self._client_id: int | None = None
        self.model = SurveyResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Résultats des enquêtes"))
        self.empty = QLabel(
            self.tr(
                "Aucune enquête n'a encore été envoyée. Choisissez quand elles partent dans Réglages › "
                "Réponses et enquêtes, ou envoyez-en une à un client ci-dessous."
            )
        )
        self.empty.setWordWrap(True)
        self.picker = ClientPicker(clients, tasks)
        self.survey_button = QPushButton(self.tr("Envoyer l'&enquête"))
        self.review_button = QPushButton(self.tr("Demander un &avis"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        for button in (self.survey_button, self.review_button):
            button.setEnabled(False)
        one = QGroupBox(self.tr("À un client"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.survey_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        one_layout = QVBoxLayout(one)
        one_layout.addWidget(self.picker)
        one_layout.addLayout(buttons)
        one_layout.addWidget(self.outcome)
        hint = QLabel(
            self.tr(
                "NPS : le pourcentage de clients qui donnent 9 ou 10, moins celui des clients qui donnent 0 à 6. "
                "Une demande d'avis part à chaque client concerné, quelle que soit sa note."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(hint)
        layout.addWidget(one)
        self.picker.chosen.connect(self._chosen)
        self.survey_button.clicked.connect(lambda: self.send(review=False))
        self.review_button.clicked.connect(lambda: self.send(review=True))

    def refresh(self) -> None:
        self._tasks.run(self._surveys.results, on_done=self._show, on_error=self._on_error)

    def _show(self, results: list[SurveyResult]) -> None:
        self.model.set_results(results)
        self.empty.setVisible(not results)
        self.loaded.emit()

    def _chosen(self, client_id: int) -> None:
        self._client_id = client_id
        for button in (self.survey_button, self.review_button):
            button.setEnabled(True)

    def send(self, *, review: bool) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        surveys = self._surveys

        def done(outcome) -> None:
            if outcome.messages.get(0) is not None:
                self.outcome.setStyleSheet("")
                self.outcome.setText(
                    self.tr("Demande d'avis en file d'attente.")
                    if review
                    else self.tr("Enquête en file d'attente.")
                )
            else:
                reasons = outcome.checked[0].reasons if outcome.checked else ()
                self.outcome.setStyleSheet("color: #b00020;")
                self.outcome.setText(
                    self.tr("Non envoyée : %1").replace("%1", " ".join(explain_finding(f) for f in reasons))
                )
            self.sent.emit()

        self._tasks.run(lambda: surveys.send(client_id, review=review), on_done=done, on_error=self._on_error)

    def _on_error(self, error: BaseException) -> None:
        self.outcome.setStyleSheet("color: #b00020;")
        errors.show_in(self.outcome, error)
