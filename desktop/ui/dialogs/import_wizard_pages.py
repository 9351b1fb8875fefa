"""The pages before the import (:mod:`.import_wizard` has the wizard and the run and report pages): each
shows what the wizard holds and asks it to do the work; small methods (``choose_file``, ``choose_sheet``,
``set_field``…) let tests drive them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop.core import catalogue
from desktop.services.importing.formats import SUPPORTED_EXTENSIONS
from desktop.services.importing.importer import PreviewRow, SheetAnalysis, Verdict
from desktop.services.importing.mapping import CHOOSABLE, Field, remap_header
from desktop.services.importing.report import DuplicatePolicy, ImportOptions
from desktop.services.importing.rows import text
from desktop.ui.widgets.sheet_grid import SheetGrid

if TYPE_CHECKING:
    from desktop.ui.dialogs.import_wizard import ImportWizard

_VERDICT_COLOURS = {
    Verdict.NEW: "#e6f4ea",
    Verdict.WARNING: "#fff4d6",
    Verdict.EXISTS: "#e8eef9",
    Verdict.DUPLICATE: "#e8eef9",
    Verdict.REJECTED: "#fbe3e4",
}


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Fichier à importer"))
        self.setSubTitle(
            self.tr(
                "Classeur Excel ou LibreOffice (.xlsx, .xls, .ods), fichier CSV ou carte de visite (.vcf)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Chemin du fichier"))
        self.browse_button = QPushButton(self.tr("&Parcourir…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.browse_button.clicked.connect(self._browse)
        self.path_edit.editingFinished.connect(lambda: self.choose_file(self.path_edit.text()))
        wizard.analysed.connect(self._on_analysed)

    def _browse(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir le fichier des clients"),
            "",
            self.tr("Fichiers de clients (%1)").replace("%1", patterns),
        )
        if path:
            self.choose_file(path)

    def choose_file(self, path: str) -> None:
        path = path.strip()
        if not path or (self._wizard.analysis is not None and str(self._wizard.analysis.path) == path):
            return
        self.path_edit.setText(path)
        self.error.clear()
        self.status.setText(self.tr("Lecture du fichier…"))
        self._wizard.analysis = None
        self.completeChanged.emit()
        self._wizard.analyse(path)

    def _on_analysed(self, analysis: SheetAnalysis | None) -> None:
        if analysis is None:
            self.status.clear()
            self.error.setText(self._wizard.error)
        else:
            self.error.clear()
            notices = [catalogue.explain(code, **params) for code, params in analysis.notices]
            text = self.tr("%n feuille(s), environ %1 ligne(s).", "", len(analysis.sheet_names))
            self.status.setText(" ".join([text.replace("%1", str(analysis.rows_estimate)), *notices]))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.analysis is not None


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Feuille et ligne des titres"))
        self.setSubTitle(
            self.tr("Choisissez la feuille qui contient vos clients et la ligne des titres de colonnes.")
        )
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Feuille"))
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, 200)
        self.header_spin.setSpecialValueText(self.tr("aucune (les données commencent tout de suite)"))
        self.header_spin.setAccessibleName(self.tr("Ligne des titres"))
        self.grid = SheetGrid()
        self.error = error_label()
        layout = QVBoxLayout(self)
        for label, widget in (
            (self.tr("&Feuille :"), self.sheet_combo),
            (self.tr("&Ligne des titres :"), self.header_spin),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Le début de la feuille (la ligne des titres en bleu ; cliquez sur une autre ligne pour la choisir) :"
                )
            )
        )
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.error)
        self.sheet_combo.activated.connect(lambda _i: self.choose_sheet(self.sheet_combo.currentText()))
        self.header_spin.valueChanged.connect(self._on_header_changed)
        self.grid.header_chosen.connect(self.header_spin.setValue)
        wizard.analysed.connect(self._on_analysed)

    def choose_sheet(self, name: str) -> None:
        analysis = self._wizard.analysis
        if analysis is not None and name != analysis.sheet:
            self._wizard.analysis = None
            self.completeChanged.emit()
            self._wizard.analyse(str(analysis.path), name)

    def set_header_row(self, row: int | None) -> None:
        self.header_spin.setValue(row or 0)

    def _on_header_changed(self, value: int) -> None:
        self.grid.mark_header(value or None)
        analysis = self._wizard.analysis
        if analysis is None or self._wizard.mapping is None:
            return
        header = value or None
        if header == self._wizard.mapping.header_row:
            return
        mapping = remap_header(
            list(analysis.sample), header, self._wizard.importer.default_region, analysis.mapping.first_column
        )
        self._wizard.set_mapping(mapping)

    def _on_analysed(self, analysis: SheetAnalysis | None) -> None:
        self.error.setText(self._wizard.error if analysis is None else "")
        if analysis is not None:
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(analysis.sheet_names))
            self.sheet_combo.setCurrentText(analysis.sheet)
            self.sheet_combo.setEnabled(len(analysis.sheet_names) > 1)
            self.sheet_combo.blockSignals(False)
            self.header_spin.blockSignals(True)
            self.header_spin.setValue(analysis.mapping.header_row or 0)
            self.header_spin.blockSignals(False)
            self.grid.show_rows(analysis.sample, analysis.mapping.first_column)
            self.grid.mark_header(analysis.mapping.header_row)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.analysis is not None


class MappingPage(QWizardPage):
    """One line per column of the file: its title, an example, and the Comptoir field it feeds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Colonnes"))
        self.setSubTitle(
            self.tr("Vérifiez ce que contient chaque colonne ; l'aperçu montre le sort des premières lignes.")
        )
        self.field_names = {
            Field.IGNORE: self.tr("— ne pas importer —"),
            Field.CIVILITY: self.tr("Civilité"),
            Field.FIRST_NAME: self.tr("Prénom"),
            Field.LAST_NAME: self.tr("Nom"),
            Field.FULL_NAME: self.tr("Nom complet (à séparer)"),
            Field.MOBILE: self.tr("Portable"),
            Field.OTHER_PHONE: self.tr("Autre téléphone"),
            Field.EMAIL: self.tr("E-mail"),
            Field.ADDRESS: self.tr("Adresse"),
            Field.POSTAL_CODE: self.tr("Code postal"),
            Field.CITY: self.tr("Ville"),
            Field.BIRTHDAY: self.tr("Date de naissance"),
            Field.NOTES: self.tr("Notes"),
            Field.TAGS: self.tr("Étiquettes"),
            Field.CONSENT: self.tr("Consentement SMS promotionnel"),
        }
        self.verdict_names = {
            Verdict.NEW: self.tr("Nouveau"),
            Verdict.WARNING: self.tr("Nouveau, avec remarque"),
            Verdict.EXISTS: self.tr("Déjà connu"),
            Verdict.DUPLICATE: self.tr("Doublon dans le fichier"),
            Verdict.REJECTED: self.tr("Refusé"),
        }
        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Colonne"), self.tr("Exemple"), self.tr("Champ")]
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns_table.verticalHeader().setVisible(False)
        self.columns_table.setAccessibleName(self.tr("Correspondance des colonnes"))
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAccessibleName(self.tr("Aperçu"))
        self.summary = QLabel()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.columns_table, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_table, 3)
        layout.addWidget(self.error)
        self._combos: list[QComboBox] = []
        wizard.analysed.connect(lambda _a: self._fill_columns())
        wizard.previewed.connect(self._show_preview)

    def initializePage(self) -> None:
        self._fill_columns()
        self._show_preview(self._wizard.preview)

    def _fill_columns(self) -> None:
        mapping, analysis = self._wizard.mapping, self._wizard.analysis
        self._combos = []
        if mapping is None or analysis is None:
            self.columns_table.setRowCount(0)
            return
        header = mapping.header_row if mapping.header_row is not None else -1
        example_row = next(
            (c for n, c in analysis.sample if n > header and any(x not in ("", None) for x in c)), []
        )
        self.columns_table.setRowCount(len(mapping.fields))
        for column, field in enumerate(mapping.fields):
            self.columns_table.setItem(column, 0, QTableWidgetItem(mapping.label(column)))
            example = example_row[column] if column < len(example_row) else ""
            self.columns_table.setItem(column, 1, QTableWidgetItem(text(example)))
            combo = QComboBox()
            for choice in CHOOSABLE:
                combo.addItem(self.field_names[choice], choice.value)
            combo.setCurrentIndex(combo.findData(field.value))
            combo.activated.connect(
                lambda _i, c=column, box=combo: self.set_field(c, Field(box.currentData()))
            )
            self.columns_table.setCellWidget(column, 2, combo)
            self._combos.append(combo)
        self.completeChanged.emit()

    def set_field(self, column: int, field: Field) -> None:
        mapping = self._wizard.mapping
        if mapping is None:
            return
        mapping = mapping.with_field(column, field)
        for index, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(mapping.fields[index].value))
            combo.blockSignals(False)
        self._wizard.set_mapping(mapping)
        self.completeChanged.emit()

    def _show_preview(self, rows: list[PreviewRow]) -> None:
        mapping = self._wizard.mapping
        width = len(mapping.fields) if mapping is not None else 0
        self.preview_table.clear()
        self.preview_table.setColumnCount(width + 3)
        self.preview_table.setRowCount(len(rows))
        labels = (
            [self.tr("Ligne"), self.tr("Verdict"), self.tr("Remarque")]
            + [mapping.label(i) for i in range(width)]
            if mapping
            else []
        )
        self.preview_table.setHorizontalHeaderLabels(labels)
        self.preview_table.verticalHeader().setVisible(False)
        counts: dict[Verdict, int] = {}
        for r, row in enumerate(rows):
            counts[row.verdict] = counts.get(row.verdict, 0) + 1
            tip = "\n".join(f"{i.column} : {i.message()}" if i.column else i.message() for i in row.issues)
            remark = row.issues[0].message() if row.issues else ""  # the first one; all in the tooltip
            cells = [str(row.row), self.verdict_names[row.verdict], remark, *row.cells[:width]]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(QColor(_VERDICT_COLOURS[row.verdict]))
                item.setToolTip(tip)
                self.preview_table.setItem(r, c, item)
        self.preview_table.resizeColumnToContents(2)  # the remark: readable without hovering
        self.preview_table.setColumnWidth(2, min(self.preview_table.columnWidth(2), 320))
        parts = [f"{self.verdict_names[v]} : {n}" for v, n in counts.items()]
        self.summary.setText(
            self.tr("Aperçu des %n première(s) ligne(s) — ", "", len(rows)) + ", ".join(parts)
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def isComplete(self) -> bool:
        mapping = self._wizard.mapping
        usable = mapping is not None and mapping.usable
        self.error.setText(
            ""
            if usable or mapping is None
            else self.tr("Indiquez au moins la colonne du nom ou celle du portable.")
        )
        return usable


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Options"))
        self.setSubTitle(self.tr("Que faire des clients déjà enregistrés dans Comptoir (même portable) ?"))
        self.setCommitPage(True)
        self.skip = QRadioButton(self.tr("Les &ignorer (recommandé)"))
        self.fill = QRadioButton(self.tr("&Compléter leurs champs vides"))
        self.overwrite = QRadioButton(self.tr("&Remplacer leurs informations par celles du fichier"))
        self.group = QButtonGroup(self)
        for button, policy in (
            (self.skip, DuplicatePolicy.SKIP),
            (self.fill, DuplicatePolicy.FILL),
            (self.overwrite, DuplicatePolicy.OVERWRITE),
        ):
            self.group.addButton(button)
            button.setProperty("policy", policy.value)
        self.skip.setChecked(True)
        self.dry_run = QCheckBox(self.tr("&Vérifier seulement (ne rien enregistrer)"))
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.skip, self.fill, self.overwrite, self.dry_run, self.consent_note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def initializePage(self) -> None:
        mapping = self._wizard.mapping
        column = mapping.column_of(Field.CONSENT) if mapping is not None else None
        if mapping is not None and column is not None:
            text = self.tr("Le consentement aux SMS promotionnels sera lu dans la colonne « %1 » (oui, x, 1…), "
                           "sauf pour les numéros qui s'y sont opposés.").replace("%1", mapping.label(column))  # fmt: skip
        else:
            text = self.tr("Aucune colonne de consentement : les clients importés ne recevront pas de SMS "
                           "promotionnels tant qu'ils ne l'auront pas accepté.")  # fmt: skip
        self.consent_note.setText(text)

    def options(self) -> ImportOptions:
        checked = self.group.checkedButton()
        policy = DuplicatePolicy(checked.property("policy")) if checked is not None else DuplicatePolicy.SKIP
        return ImportOptions(policy, self.dry_run.isChecked(), self._wizard.batch_size)

    def set_policy(self, policy: DuplicatePolicy) -> None:
        {
            DuplicatePolicy.SKIP: self.skip,
            DuplicatePolicy.FILL: self.fill,
            DuplicatePolicy.OVERWRITE: self.overwrite,
        }[policy].setChecked(True)
