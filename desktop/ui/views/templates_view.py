"""The templates screen: the list of templates, and an edit panel (name, category, active, body editor).

Storage work runs through ``tasks`` (off the UI thread in the app, synchronous in tests); the editor's live
checks are pure and run on the UI thread. Nothing typed is lost: switching template with unsaved changes
asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import catalogue
from desktop.core.entities import Purpose, Template
from desktop.core.text import fold
from desktop.services.changes import Changes
from desktop.services.settings import SettingsService
from desktop.services.templates import (
    DEACTIVATED_IN_USE,
    DeleteOutcome,
    TemplateDraft,
    TemplateService,
    TemplateValidationError,
)
from desktop.ui import errors, texts
from desktop.ui.models.templates_model import TemplatesModel
from desktop.ui.widgets.template_editor import TemplateEditor

_ERROR_STYLE = "color: #b00020;"


class TemplatesView(QWidget):
    """Owns the template list and the edit panel; asks the service through ``tasks``."""

    templates_loaded = Signal(int)  # number of templates shown
    template_saved = Signal(int)  # id
    template_deleted = Signal(int)  # id (deleted or deactivated)

    def __init__(
        self, templates: TemplateService, settings: SettingsService, tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._settings = settings
        self._tasks = tasks
        self._current: Template | None = None  # the saved template being edited; None for a new one
        self._editing = False  # the panel holds something (a template or a new draft)
        self._dirty = False
        self._loading = False

        self.model = TemplatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Liste des modèles"))
        self.list_label = QLabel(self.tr("Modèle&s"))
        self.list_label.setBuddy(self.table)
        self.new_button = QPushButton(self.tr("&Nouveau"))
        self.new_button.setToolTip(self.tr("Nouveau modèle (Ctrl+N)"))
        self.duplicate_button = QPushButton(self.tr("&Dupliquer"))
        self.delete_button = QPushButton(self.tr("S&upprimer"))

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Nom du modèle"))
        self.name_edit.setMaxLength(100)
        self.name_error = QLabel()
        self.name_error.setStyleSheet(_ERROR_STYLE)
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName(self.tr("Catégorie du modèle"))
        for purpose in Purpose:
            self.purpose_combo.addItem(texts.purpose_label(purpose), purpose)
        self.purpose_combo.setToolTip(
            self.tr(
                "Transactionnel : rendez-vous, commande prête… sans aucune promotion.\n"
                "Promotionnel : offres, soldes ; seulement aux clients qui l'ont accepté, avec la mention STOP.\n"
                "Enquête : satisfaction, demande d'avis."
            )
        )
        self.active_check = QCheckBox(self.tr("&Actif (proposé à l'envoi)"))
        self.editor = TemplateEditor()
        self.general_error = QLabel()
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer le modèle (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Annu&ler"))
        self.cancel_button.setToolTip(self.tr("Revenir à la dernière version enregistrée"))

        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_label)
        list_layout.addWidget(self.table, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.duplicate_button)
        list_buttons.addWidget(self.delete_button)
        list_layout.addLayout(list_buttons)

        self.edit_panel = QWidget()
        form = QFormLayout()
        name_box = QVBoxLayout()
        name_box.setSpacing(2)
        name_box.addWidget(self.name_edit)
        name_box.addWidget(self.name_error)
        name_label = QLabel(self.tr("N&om"))
        name_label.setBuddy(self.name_edit)
        purpose_label_widget = QLabel(self.tr("&Catégorie"))
        purpose_label_widget.setBuddy(self.purpose_combo)
        form.addRow(name_label, name_box)
        form.addRow(purpose_label_widget, self.purpose_combo)
        form.addRow("", self.active_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        edit_layout = QVBoxLayout(self.edit_panel)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addLayout(form)
        edit_layout.addWidget(self.editor, 1)
        edit_layout.addWidget(self.general_error)
        edit_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_panel)
        splitter.addWidget(self.edit_panel)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for first, second in (
            (self.table, self.new_button),
            (self.new_button, self.duplicate_button),
            (self.duplicate_button, self.delete_button),
            (self.delete_button, self.name_edit),
            (self.name_edit, self.purpose_combo),
            (self.purpose_combo, self.active_check),
            (self.active_check, self.editor.body),
            (self.editor.body, self.editor.variables_list),
            (self.editor.variables_list, self.editor.optimize_button),
            (self.editor.optimize_button, self.save_button),
            (self.save_button, self.cancel_button),
        ):
            self.setTabOrder(first, second)
        self._connect()
        self._show_in_panel(None, editing=False)
        self.reload_environment()

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.purpose_combo.currentIndexChanged.connect(self._on_purpose_changed)
        self.active_check.toggled.connect(lambda _on: self._mark_dirty())
        self.editor.body_changed.connect(self._mark_dirty)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_template)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # ---------------------------------------------------------------- loading
    def refresh(self) -> None:
        """Reload the list (off the UI thread); the selection and the panel follow."""
        self._tasks.run(self._templates.list_templates, on_done=self._show_templates, on_error=self._on_error)

    def _show_templates(self, templates: list[Template]) -> None:
        current_id = self._current.id if self._current is not None else None
        self.table.selectionModel().blockSignals(True)
        self.model.set_templates(templates)
        self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)
        row = self.model.row_of(current_id) if current_id is not None else None
        if row is not None:
            self._select_row(row)
            if not self._dirty:
                self._show_in_panel(self.model.template(row), editing=True)
        elif self._current is not None and not self._dirty:  # deleted elsewhere
            self._show_in_panel(None, editing=False)
        if not self._editing and templates:
            self._select_row(0)
            self._show_in_panel(self.model.template(0), editing=True)
        self._update_buttons()
        self.templates_loaded.emit(len(templates))

    def reload_environment(self) -> None:
        """Sample values, sector and palette from the settings (again when they change)."""
        self._tasks.run(
            lambda: self._templates.environment(self._settings.get()),
            on_done=self.editor.set_environment,
            on_error=self._on_error,
        )

    def on_changes(self, changes: Changes) -> None:
        if changes.templates:
            self.refresh()
        if changes.settings:
            self.reload_environment()

    # ---------------------------------------------------------------- panel
    def _show_in_panel(self, template: Template | None, *, editing: bool, body: str = "") -> None:
        self._loading = True
        try:
            self._current = template
            self._editing = editing
            self.name_edit.setText(template.name if template else "")
            purpose = template.purpose if template else Purpose.TRANSACTIONAL
            self.purpose_combo.setCurrentIndex(self.purpose_combo.findData(purpose))
            self.editor.set_purpose(purpose)
            self.active_check.setChecked(template.active if template else True)
            self.editor.set_body(template.body if template else body)
        finally:
            self._loading = False
        self._dirty = False
        self._clear_errors()
        self.edit_panel.setEnabled(editing)
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        self.table.selectionModel().blockSignals(True)
        self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)

    def _on_selection(self) -> None:
        template = self.selected_template()
        if template is not None and self._current is not None and template.id == self._current.id:
            return
        if not self._confirm_discard():
            self._restore_selection()
            return
        if template is not None:
            self._show_in_panel(template, editing=True)
            self.status_label.clear()
        self._update_buttons()

    def _restore_selection(self) -> None:
        row = self.model.row_of(self._current.id) if self._current is not None else None
        self.table.selectionModel().blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)

    def _on_name_edited(self, _text: str) -> None:
        self.name_error.hide()
        self._mark_dirty()

    def _on_purpose_changed(self, _index: int) -> None:
        purpose = self.purpose_combo.currentData()
        if purpose is not None:
            self.editor.set_purpose(Purpose(purpose))
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self.status_label.clear()
            self._update_buttons()

    def is_dirty(self) -> bool:
        return self._dirty

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("Le modèle a été modifié. Abandonner les modifications ?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def selected_template(self) -> Template | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.template(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_saved = self._current is not None
        self.duplicate_button.setEnabled(self._editing)
        self.delete_button.setEnabled(has_saved)
        self.save_button.setEnabled(self._editing)
        self.cancel_button.setEnabled(self._editing and (self._dirty or not has_saved))

    def _clear_errors(self) -> None:
        self.name_error.hide()
        self.general_error.hide()

    def draft(self) -> TemplateDraft:
        return TemplateDraft(
            name=self.name_edit.text(),
            purpose=Purpose(self.purpose_combo.currentData()),
            body=self.editor.text(),
            active=self.active_check.isChecked(),
            sector=self._current.sector if self._current is not None else "",
        )

    # ---------------------------------------------------------------- actions
    def new_template(self) -> None:
        if not self._confirm_discard():
            return
        self._clear_selection()
        self._show_in_panel(None, editing=True)
        self.status_label.clear()
        self.name_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def duplicate_selected(self) -> None:
        """A new, unsaved template with the same text, named « … (copie) »."""
        if not self._editing:
            return
        source = self.draft()  # unsaved edits go to the copy; the original stays as saved
        self._clear_selection()
        self._show_in_panel(None, editing=True, body=source.body)
        self.name_edit.setText(self._copy_name(source.name))
        self.purpose_combo.setCurrentIndex(self.purpose_combo.findData(source.purpose))
        self.active_check.setChecked(source.active)
        self._dirty = True
        self._update_buttons()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def _copy_name(self, name: str) -> str:
        taken = {fold(n) for n in self.model.names()}
        base = name.strip() or self.tr("Modèle")
        candidate = self.tr("%1 (copie)").replace("%1", base)
        number = 2
        while fold(candidate) in taken:
            candidate = self.tr("%1 (copie %2)").replace("%1", base).replace("%2", str(number))
            number += 1
        return candidate

    def _clear_selection(self) -> None:
        self.table.selectionModel().blockSignals(True)
        self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)

    def save(self) -> None:
        if not self._editing:
            return
        self._clear_errors()
        draft = self.draft()
        current = self._current

        def work() -> Template:
            if current is None:
                return self._templates.create(draft)
            return self._templates.update(current.id, draft)

        self._tasks.run(work, on_done=self._on_saved, on_error=self._on_save_failed)

    def _on_saved(self, template: Template) -> None:
        self._current = template
        self._dirty = False
        self.status_label.setText(self.tr("Modèle « %1 » enregistré.").replace("%1", template.name))
        self.template_saved.emit(template.id)
        self.refresh()

    def _on_save_failed(self, error: BaseException) -> None:
        if not isinstance(error, TemplateValidationError):
            self._on_error(error)
            return
        params = error.params
        if "name" in error.errors:
            self.name_error.setText(catalogue.explain(error.errors["name"], **params))
            self.name_error.show()
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if "body" in error.errors:
            self.general_error.setText(catalogue.explain(error.errors["body"], **params))
            self.general_error.show()
            self.editor.refresh_now()
            if "name" not in error.errors:
                self.editor.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        """Back to the saved version; a new template being abandoned gives way to the first of the list."""
        if self._current is not None:
            self._show_in_panel(self._current, editing=True)
        else:
            template = self.model.template(0)
            if template is not None:
                self._select_row(0)
            self._show_in_panel(template, editing=template is not None)
        self.status_label.clear()

    def delete_selected(self) -> None:
        template = self._current
        if template is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer le modèle"),
            self.tr("Supprimer le modèle « %1 » ?").replace("%1", template.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._tasks.run(
            lambda: self._templates.delete(template.id),
            on_done=lambda outcome: self._on_deleted(template, outcome),
            on_error=self._on_error,
        )

    def _on_deleted(self, template: Template, outcome: DeleteOutcome) -> None:
        if outcome is DeleteOutcome.DEACTIVATED:  # kept, inactive: the refresh shows it so
            self._dirty = False
            text = catalogue.explain(DEACTIVATED_IN_USE, name=template.name)
        else:
            self._show_in_panel(None, editing=False)
            text = catalogue.explain("template_deleted", name=template.name)
        self.status_label.setText(text)
        self.template_deleted.emit(template.id)
        self.refresh()

    def _on_error(self, error: BaseException) -> None:
        errors.show_in(self.general_error, error)
