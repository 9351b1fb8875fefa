"""« Modifié entre-temps par … »: another desk saved the client while this form was open.

:func:`versioned_save` is what the client form saves through: it passes the version the form was filled
from, and when the service refuses (:class:`ClientChangedError`) it asks the user to reload the client
(their typing is dropped), to save over the other desk's changes, or to go back to the form.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.entities import ClientDraft
from desktop.services.clients import ClientChangedError, ClientService
from desktop.ui import texts


class Choice(Enum):
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    BACK = "back"


class ConflictDialog(QMessageBox):
    def __init__(self, error: ClientChangedError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Fiche modifiée entre-temps"))
        when = texts.format_short(error.current.updated_at, texts.business_zone())
        self.setText(error.message())
        self.setInformativeText(self.tr("Dernier enregistrement : %1.").replace("%1", when))
        self.reload_button = self.addButton(self.tr("&Recharger la fiche"), QMessageBox.ButtonRole.RejectRole)
        self.overwrite_button = self.addButton(
            self.tr("&Enregistrer la mienne par-dessus"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.back_button = self.addButton(self.tr("Revenir à ma &saisie"), QMessageBox.ButtonRole.ActionRole)
        self.setDefaultButton(self.back_button)
        self.setEscapeButton(self.back_button)

    def choice(self) -> Choice:
        clicked = self.clickedButton()
        if clicked is self.reload_button:
            return Choice.RELOAD
        if clicked is self.overwrite_button:
            return Choice.OVERWRITE
        return Choice.BACK

    @classmethod
    def ask(cls, error: ClientChangedError, parent: QWidget | None = None) -> Choice:
        dialog = cls(error, parent)
        dialog.exec()
        return dialog.choice()


def versioned_save(
    clients: ClientService, client_id: int, version: int, parent: QWidget | None = None
) -> Callable[[ClientDraft], object]:
    """The form's save for a client read at ``version``."""

    def save(draft: ClientDraft) -> object:
        expected = version
        while True:
            try:
                return clients.update(client_id, draft, expected_version=expected)
            except ClientChangedError as exc:
                choice = ConflictDialog.ask(exc, parent)
                if choice is Choice.RELOAD:
                    return None  # the form closes; whoever opened it shows the client as saved
                if choice is Choice.BACK:
                    raise  # the form stays open as typed, and says why it was not saved
                expected = exc.current.version  # save over exactly what was just shown

    return save
