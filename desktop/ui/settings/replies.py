"""Réponses et enquêtes: what replies do by themselves (the confirmation of an opt-out, the keywords answered
automatically) and when surveys and review requests leave after a visit or a collection. Saved with the
other settings (« Enregistrer »); the keywords are checked by the same rule as ``keyword add``."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Purpose, Template
from desktop.services import setup, template_fields
from desktop.settings import Keyword, ReplySettings, Settings, SurveySettings
from desktop.ui.settings.agenda import TemplateChoice
from desktop.ui.settings.fields import error_label, hint_label
from desktop.ui.settings.pages import SettingsPage


def _days(suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*setup.SURVEY_DAYS_RANGE)
    spin.setSuffix(suffix)
    return spin


class RepliesPage(SettingsPage):
    def __init__(self, templates=None, tasks=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = templates
        self._tasks = tasks
        self.confirm_opt_out = QCheckBox(
            self.tr("Confirmer une désinscription par un court SMS (ce qui est arrêté, et « STOP TOUT »)")
        )
        self.keywords = QTableWidget(0, 2)
        self.keywords.setHorizontalHeaderLabels([self.tr("Mot-clé"), self.tr("Réponse envoyée")])
        self.keywords.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.keywords.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.keywords.verticalHeader().setVisible(False)
        self.keywords.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keywords.setMinimumHeight(140)
        self.keywords.setAccessibleName(self.tr("Mots-clés et leurs réponses"))
        self.add_keyword_button = QPushButton(self.tr("Ajouter un &mot-clé"))
        self.remove_keyword_button = QPushButton(self.tr("&Supprimer le mot-clé"))
        self._errors["keywords"] = error_label()
        self.survey_after_visit = QCheckBox(self.tr("Après une visite (un rendez-vous passé)"))
        self.visit_days = _days(self.tr(" jour(s) après"))
        self.months_between = QSpinBox()
        self.months_between.setRange(*setup.MONTHS_BETWEEN_RANGE)
        self.months_between.setSuffix(self.tr(" mois"))
        self.months_between.setSpecialValueText(self.tr("sans limite"))
        self.survey_template = TemplateChoice(self.tr("Modèle de l'enquête"))
        self.review_after_visit = QCheckBox(self.tr("Après une visite"))
        self.review_after_collection = QCheckBox(
            self.tr("Après le retrait d'une commande (ou une intervention)")
        )
        self.review_days = _days(self.tr(" jour(s) après"))
        self.review_template = TemplateChoice(self.tr("Modèle de la demande d'avis"))
        self._errors["surveys"] = error_label()
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        opt_out = QGroupBox(self.tr("Désinscriptions (STOP)"))
        opt_out_layout = QVBoxLayout(opt_out)
        opt_out_layout.addWidget(self.confirm_opt_out)
        opt_out_layout.addWidget(
            hint_label(
                self.tr(
                    "Un « STOP » seul arrête les promotions et le type de message auquel le client répond "
                    "(un rappel : les rappels aussi). « STOP PUB », « STOP RAPPEL », « STOP TOUT » arrêtent ce "
                    "qu'ils disent ; « START » rétablit."
                )
            )
        )
        keywords = QGroupBox(self.tr("Mots-clés"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_keyword_button)
        buttons.addWidget(self.remove_keyword_button)
        buttons.addStretch(1)
        keywords_layout = QVBoxLayout(keywords)
        keywords_layout.addWidget(
            hint_label(
                self.tr(
                    "Quand un client envoie seulement ce mot (« HORAIRES »), Comptoir lui répond aussitôt. La "
                    "réponse peut utiliser le nom, l'adresse, le téléphone et les liens du commerce."
                )
            )
        )
        keywords_layout.addWidget(self.keywords)
        keywords_layout.addLayout(buttons)
        keywords_layout.addWidget(self._errors["keywords"])
        surveys = QGroupBox(self.tr("Enquêtes de satisfaction"))
        surveys_form = QFormLayout(surveys)
        surveys_form.addRow("", self.survey_after_visit)
        surveys_form.addRow(self.tr("&Envoyée"), self.visit_days)
        surveys_form.addRow(self.tr("Au plus une par client &tous les"), self.months_between)
        surveys_form.addRow(self.tr("&Modèle"), self.survey_template)
        surveys_form.addRow(
            "",
            hint_label(
                self.tr(
                    "L'enquête après le retrait d'une commande se règle dans Agenda. Une note de 0 à 6 "
                    "apparaît dans les Réponses à traiter : rappelez le client."
                )
            ),
        )
        reviews = QGroupBox(self.tr("Demandes d'avis"))
        reviews_form = QFormLayout(reviews)
        reviews_form.addRow("", self.review_after_visit)
        reviews_form.addRow("", self.review_after_collection)
        reviews_form.addRow(self.tr("Envo&yée"), self.review_days)
        reviews_form.addRow(self.tr("M&odèle"), self.review_template)
        reviews_form.addRow(
            "",
            hint_label(
                self.tr(
                    "Chaque client concerné la reçoit, quelle que soit sa note : Google interdit de ne la "
                    "demander qu'aux clients satisfaits. Au plus une tous les 6 mois (réglable dans Limites)."
                )
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(opt_out)
        layout.addWidget(keywords)
        layout.addWidget(surveys)
        layout.addWidget(reviews)
        layout.addWidget(self._errors["surveys"])

    def _connect(self) -> None:
        for box in (
            self.confirm_opt_out,
            self.survey_after_visit,
            self.review_after_visit,
            self.review_after_collection,
        ):
            box.toggled.connect(self._changed)
        for spin in (self.visit_days, self.months_between, self.review_days):
            spin.valueChanged.connect(self._changed)
        for combo in (self.survey_template, self.review_template):
            combo.currentIndexChanged.connect(self._changed)
        self.keywords.itemChanged.connect(self._changed)
        self.add_keyword_button.clicked.connect(self.add_keyword)
        self.remove_keyword_button.clicked.connect(self.remove_keyword)

    # ---------------------------------------------------------------- keywords
    def add_keyword(self) -> None:
        row = self.keywords.rowCount()
        self.keywords.insertRow(row)
        word = QTableWidgetItem("")
        self.keywords.setItem(row, 0, word)
        self.keywords.setItem(row, 1, QTableWidgetItem(""))
        self.keywords.setCurrentCell(row, 0)
        self.keywords.editItem(word)
        self._changed()

    def remove_keyword(self) -> None:
        row = self.keywords.currentRow()
        if row >= 0:
            self.keywords.removeRow(row)
            self._changed()

    def keyword_values(self) -> tuple[Keyword, ...]:
        found: list[Keyword] = []
        for row in range(self.keywords.rowCount()):
            word, answer = (self.keywords.item(row, column) for column in (0, 1))
            texts = (word.text() if word else "", answer.text() if answer else "")
            if any(t.strip() for t in texts):
                found.append(Keyword(" ".join(texts[0].split()).upper(), texts[1].strip()))
        return tuple(found)

    # ---------------------------------------------------------------- templates
    def _load_templates(self) -> None:
        if self._templates is None or self._tasks is None:
            return

        def names(found: list[Template]) -> None:
            surveys = template_fields.choices(found, Purpose.SURVEY)
            was_loading, self._loading = self._loading, True
            try:
                self.survey_template.set_names(surveys)
                self.review_template.set_names(surveys)
            finally:
                self._loading = was_loading

        self._tasks.run(
            lambda: self._templates.list_templates(active_only=True), on_done=names, on_error=lambda _e: None
        )

    # ---------------------------------------------------------------- settings
    def _load(self, settings: Settings) -> None:
        self._load_templates()
        replies, rule = settings.replies, settings.surveys
        self.confirm_opt_out.setChecked(replies.confirm_opt_out)
        self.keywords.blockSignals(True)
        self.keywords.setRowCount(0)
        for keyword in replies.keywords:
            row = self.keywords.rowCount()
            self.keywords.insertRow(row)
            self.keywords.setItem(row, 0, QTableWidgetItem(keyword.word))
            self.keywords.setItem(row, 1, QTableWidgetItem(keyword.answer))
        self.keywords.blockSignals(False)
        self.survey_after_visit.setChecked(rule.after_visit)
        self.visit_days.setValue(rule.visit_days)
        self.months_between.setValue(rule.months_between)
        self.survey_template.set_value(rule.template)
        self.review_after_visit.setChecked(rule.review_after_visit)
        self.review_after_collection.setChecked(rule.review_after_collection)
        self.review_days.setValue(rule.review_days)
        self.review_template.set_value(rule.review_template)

    def apply(self, settings: Settings) -> Settings:
        replies = ReplySettings(
            keywords=self.keyword_values(), confirm_opt_out=self.confirm_opt_out.isChecked()
        )
        surveys = SurveySettings(
            after_visit=self.survey_after_visit.isChecked(),
            visit_days=self.visit_days.value(),
            months_between=self.months_between.value(),
            template=self.survey_template.value(),
            review_after_visit=self.review_after_visit.isChecked(),
            review_after_collection=self.review_after_collection.isChecked(),
            review_days=self.review_days.value(),
            review_template=self.review_template.value(),
        )
        return dataclasses.replace(settings, replies=replies, surveys=surveys)
