"""Choose a client by typing part of a name, a number or an e-mail: matches appear under the field as you
type (searched off the UI thread, in SQL, at most :data:`LIMIT` shown); a click or Entrée chooses one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.entities import ClientListItem, ClientQuery
from desktop.core.phones import format_national

LIMIT = 8
DEBOUNCE_MS = 200


def client_label(item: ClientListItem) -> str:
    name = " ".join(p for p in (item.last_name, item.first_name) if p)
    number = format_national(item.mobile) if item.mobile else ""
    return " — ".join(p for p in (name, number) if p)


class _SearchLine(QLineEdit):
    """Arrow keys and Entrée reach the list of matches while the text keeps the focus."""

    def __init__(self, picker: ClientPicker) -> None:
        super().__init__()
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:
        matches = self._picker.matches
        if not matches.isHidden() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(matches.currentRow() + step, 0), matches.count() - 1)
            matches.setCurrentRow(row)
            return
        if not matches.isHidden() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = matches.currentItem() or matches.item(0)
            if item is not None:
                self._picker.choose_item(item)
                return
        super().keyPressEvent(event)


class ClientPicker(QWidget):
    chosen = Signal(int)  # client id
    searched = Signal()  # matches shown for the current text

    def __init__(
        self, clients, tasks, parent: QWidget | None = None, *, debounce_ms: int = DEBOUNCE_MS
    ) -> None:
        super().__init__(parent)
        self._clients = clients
        self._tasks = tasks
        self._client_id: int | None = None
        self._generation = 0
        self.line = _SearchLine(self)
        self.line.setPlaceholderText(self.tr("Nom, numéro ou e-mail du client"))
        self.line.setAccessibleName(self.tr("Rechercher un client"))
        self.matches = QListWidget()
        self.matches.setMaximumHeight(150)
        self.matches.setAccessibleName(self.tr("Clients trouvés"))
        self.matches.hide()
        self.none = QLabel(self.tr("Aucun client ne correspond."))
        self.none.setStyleSheet("color: #6b6b6b;")
        self.none.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.matches)
        layout.addWidget(self.none)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.search_now)
        self.line.textEdited.connect(self._edited)
        self.matches.itemClicked.connect(self.choose_item)
        self.matches.itemActivated.connect(self.choose_item)
        self.setFocusProxy(self.line)

    def client_id(self) -> int | None:
        return self._client_id

    def set_client(self, client_id: int, label: str) -> None:
        self._client_id = client_id
        self.line.setText(label)
        self.matches.hide()
        self.none.hide()

    def _edited(self, _text: str) -> None:
        self._client_id = None
        self._timer.start()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.line.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show(generation, [])
            return

        def search() -> list[ClientListItem]:
            ids = self._clients.search_ids(ClientQuery(text=text))[:LIMIT]
            found = self._clients.list_items(ids)
            return [found[i] for i in ids if i in found]

        self._tasks.run(search, on_done=lambda items: self._show(generation, items), on_error=self._failed)

    def _show(self, generation: int, items: list[ClientListItem]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.matches.clear()
        for item in items:
            entry = QListWidgetItem(client_label(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.matches.addItem(entry)
        typed = bool(self.line.text().strip())
        self.matches.setVisible(bool(items))
        self.none.setVisible(typed and not items)
        if items:
            self.matches.setCurrentRow(0)
        self.searched.emit()

    def _failed(self, error: BaseException) -> None:
        if getattr(error, "code", None) is None:
            raise error
        self._show(self._generation, [])

    def choose_item(self, item: QListWidgetItem) -> None:
        self.set_client(int(item.data(Qt.ItemDataRole.UserRole)), item.text())
        self.chosen.emit(self._client_id)
