"""« Enregistré par » : one of the shop's staff (Réglages › Agenda › Équipe), never the computer's login.

With a staff list the choice is among its names; without one, the person types their name (and the tooltip
says where to list the team once for all).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget


class StaffPicker(QComboBox):
    def __init__(self, staff: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Enregistré par"))
        names = [name for name in staff if name.strip()]
        self.setEditable(not names)
        if names:
            self.addItems(names)
            self.setToolTip(self.tr("La personne de l'équipe qui enregistre (liste dans Réglages › Agenda)."))
        else:
            line = self.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Votre nom"))
            self.setToolTip(
                self.tr("Ajoutez les personnes de l'équipe dans Réglages › Agenda pour les choisir ici.")
            )

    def name(self) -> str:
        return self.currentText().strip()
