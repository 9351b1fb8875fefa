"""The client list: search as you type, filters, and add / edit / delete.

At start-up the list can show its first page before the client service exists (:meth:`ClientsView.
show_first_page`); searching, sorting and the buttons wait for :meth:`ClientsView.attach`, a moment later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import ClientListItem, ClientQuery, ClientSort, ConsentState
from desktop.core.errors import KnownError
from desktop.services.changes import Changes
from desktop.ui import errors
from desktop.ui.models.clients_model import PAGE, ClientsModel
from desktop.ui.widgets.empty_state import EmptyState

if TYPE_CHECKING:  # the services load after the first page is shown
    from desktop.services.clients import ClientService
    from desktop.services.first_page import FirstPage

SEARCH_DEBOUNCE_MS = 120


class ClientsView(QWidget):
    """Owns the client table; asks the service for ids off the UI thread and shows them."""

    client_activated = Signal(int)
    search_finished = Signal(int)  # number of rows shown
    compose_requested = Signal(list)  # the selected client ids, for one SMS to all of them
    import_requested = Signal()  # the empty list's « Importer un fichier… »

    def __init__(
        self, clients: ClientService | None, tasks, parent: QWidget | None = None, *, settings=None
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        self._settings = settings  # the business's name and staff, for the new-client form's consent
        self._tasks = tasks
        self._generation = 0
        self._waiting = False  # a search asked for before the service was attached

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un nom, un numéro, un e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Recherche de clients"))
        self.consent_filter = QComboBox()
        self.consent_filter.setAccessibleName(self.tr("Filtre consentement"))
        self.consent_filter.addItem(self.tr("Tous les clients"), None)
        self.consent_filter.addItem(self.tr("Promotions acceptées"), ConsentState.GRANTED)
        self.consent_filter.addItem(self.tr("Promotions refusées"), ConsentState.WITHDRAWN)
        self.consent_filter.addItem(self.tr("Consentement inconnu"), ConsentState.UNKNOWN)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filtre étiquette"))
        self.tag_filter.addItem(self.tr("Toutes les étiquettes"), None)
        self.new_button = QPushButton(self.tr("&Nouveau client"))
        self.new_button.setToolTip(self.tr("Ajouter un client (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Modifier"))
        self.delete_button = QPushButton(self.tr("&Supprimer"))
        self.send_button = QPushButton(self.tr("&Envoyer un SMS…"))
        self.send_button.setToolTip(
            self.tr("Écrire un SMS aux clients sélectionnés (Ctrl+A : toute la liste)")
        )
        self.send_button.setVisible(False)  # shown by the area when it can open the composer
        self.count_label = QLabel()

        self.model = ClientsModel(clients.list_items if clients is not None else lambda _ids: {}, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # e-mail
        self._size_columns()
        self.table.setAccessibleName(self.tr("Liste des clients"))
        self.empty = EmptyState(
            "no_clients",
            self.tr("Importez votre fichier clients"),
            self.tr(
                "Un fichier Excel, LibreOffice ou CSV : Comptoir reconnaît les colonnes (nom, prénom, "
                "portable…) et vous montre tout avant d'importer. Vous pouvez aussi ajouter vos clients un "
                "par un."
            ),
        )
        self.empty_import_button = self.empty.add_button(
            self.tr("Importer un fichier…"), primary=True, icon="import"
        )
        self.empty_add_button = self.empty.add_button(self.tr("Ajouter un client"), icon="add_client")
        self.no_match = EmptyState(
            "no_match",
            self.tr("Aucun client ne correspond"),
            self.tr("Vérifiez l'orthographe, ou effacez la recherche et les filtres."),
        )
        self.clear_button = self.no_match.add_button(self.tr("Effacer la recherche"))
        self.results = QStackedWidget()
        for page in (self.table, self.empty, self.no_match):
            self.results.addWidget(page)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.consent_filter)
        top.addWidget(self.tag_filter)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._connect()
        self._update_buttons()

    def _size_columns(self) -> None:
        """Widths from the font, never from the rows (100 000 of them): a whole number, a usual name,
        and each header readable with its sort arrow."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        samples = {
            0: "Jean-Baptiste Dupont",
            1: "Marie-Christine",
            2: "06 00 00 00 00",
            4: "Villefranche-sur-Saône",
        }
        for column in range(self.model.columnCount()):
            if column == 3:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            text_width = metrics.horizontalAdvance(samples.get(column, "")) + 20
            header_width = header.fontMetrics().horizontalAdvance(title) + 40  # padding and sort arrow
            self.table.setColumnWidth(column, max(text_width, header_width))

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.consent_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tag_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model.sort_requested.connect(self._on_sort)
        self.new_button.clicked.connect(self.add_client)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.send_button.clicked.connect(lambda: self.compose_requested.emit(self.selected_ids()))
        self.table.doubleClicked.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.empty_import_button.clicked.connect(self.import_requested)
        self.empty_add_button.clicked.connect(self.add_client)
        self.clear_button.clicked.connect(self.clear_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_client)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

    # ---------------------------------------------------------------- search
    def current_query(self, sort: ClientSort | None = None, descending: bool | None = None) -> ClientQuery:
        return ClientQuery(
            text=self.search.text(),
            tag=self.tag_filter.currentData(),
            promotional_consent=self.consent_filter.currentData(),
            sort=sort if sort is not None else self.model.query.sort,
            descending=descending if descending is not None else self.model.query.descending,
        )

    def attach(self, clients: ClientService, settings=None) -> None:
        """The client service (and the settings: business name and staff, for the new-client form), once the
        database is open: what was asked meanwhile runs now."""
        self._clients = clients
        self._settings = settings
        self.model.set_fetch_rows(clients.list_items)
        self._update_buttons()
        self.reload_tags()
        if self._waiting:
            self._waiting = False
            self.refresh()

    def show_first_page(self, page: FirstPage) -> None:
        """The list's default order, read before the services exist (searching waits for :meth:`attach`)."""
        if self._clients is None:
            self.model.set_fetch_rows(page.more_rows)
        self._generation += 1
        self._show(self._generation, ClientQuery(), page.ids, page.rows, anyone=bool(page.ids))

    def refresh(self, query: ClientQuery | None = None) -> None:
        """Run the search in SQL off the UI thread; only the latest answer is shown."""
        self._debounce.stop()
        clients = self._clients
        if clients is None:
            self._waiting = True
            return
        query = query or self.current_query()
        self._generation += 1
        generation = self._generation

        def search() -> tuple[list[int], dict[int, ClientListItem], bool]:
            ids = clients.search_ids(query)
            anyone = bool(ids) or clients.count() > 0  # an empty result: is the file empty?
            return ids, clients.list_items(ids[:PAGE]), anyone

        self._tasks.run(
            search,
            on_done=lambda found: self._show(generation, query, *found),
            on_error=self._on_error,
        )

    def _show(
        self,
        generation: int,
        query: ClientQuery,
        ids: list[int],
        first_rows: dict[int, ClientListItem] | None = None,
        anyone: bool = True,
    ) -> None:
        if generation != self._generation:
            return
        selected = self.selected_ids()
        self.model.set_ids(query, ids, first_rows)
        self.count_label.setText(self.tr("%n client(s)", "", len(ids)))
        self.results.setCurrentWidget(self.table if ids else self.no_match if anyone else self.empty)
        for client_id in selected:
            row = self.model.row_of(client_id)
            if row is not None:
                self.table.selectRow(row)
        self.search_finished.emit(len(ids))

    def reload_tags(self) -> None:
        if self._clients is not None:
            self._tasks.run(self._clients.tags, on_done=self._set_tags, on_error=self._on_error)

    def _set_tags(self, tags: list[str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Toutes les étiquettes"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)

    def _on_sort(self, key: ClientSort, descending: bool) -> None:
        self.refresh(self.current_query(key, descending))

    def clear_search(self) -> None:
        """Every client again: no search text, no filter."""
        for combo in (self.consent_filter, self.tag_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def on_changes(self, changes: Changes) -> None:
        if changes.clients_reset:
            self.refresh()
            self.reload_tags()
        elif changes.clients:
            self.model.refresh_rows(changes.clients)

    # ---------------------------------------------------------------- actions
    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.client_id(r) for r in rows) if i is not None]

    def _update_buttons(self) -> None:
        count = len(self.selected_ids()) if self._clients is not None else 0
        self.new_button.setEnabled(self._clients is not None)
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.send_button.setEnabled(count >= 1)

    def add_client(self) -> None:
        from desktop.ui.dialogs.client_dialog import ClientDialog

        if self._clients is None:
            return
        settings = self._settings.get() if self._settings is not None else None
        ClientDialog.ask(
            self._clients.create,
            parent=self,
            business_name=settings.business.name if settings is not None else "",
            staff=settings.staff if settings is not None else (),
        )

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.edit_client(ids[0])

    def edit_client(self, client_id: int) -> None:
        from desktop.ui.dialogs.client_dialog import ClientDialog

        clients = self._clients
        if clients is None:
            return
        try:
            client = clients.get(client_id)
        except KnownError as exc:
            self._on_error(exc)
            return
        from desktop.ui.dialogs.conflict_dialog import versioned_save

        ClientDialog.ask(
            versioned_save(clients, client_id, client.version, self), client.to_draft(), parent=self
        )

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer"),
            self.tr("Supprimer %n client(s) ? Leurs messages seront conservés sans leur nom.", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # One transaction, off the UI thread: a large selection must not freeze the window.
        clients = self._clients
        if clients is not None:
            self._tasks.run(lambda: clients.delete_many(ids), on_error=self._on_error)

    def _on_activated(self, index) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.client_activated.emit(client_id)

    def _on_error(self, error: BaseException) -> None:
        errors.warn(self, self.tr("Clients"), error)
