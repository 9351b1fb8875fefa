"""Pieces shared by the settings screen, the account dialog and the first-start wizard.

`SenderField` checks a sender name as it is typed and explains each finding in French; the label functions
name areas and sectors; `explain_problem` / `explain_warning` turn the codes of ``desktop.services.setup``
into sentences.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core import catalogue
from desktop.core.catalogue.compliance import explain_finding
from desktop.core.compliance import Finding, Severity, check_sender
from desktop.core.entities import Sector
from desktop.services import setup
from desktop.settings import AREAS

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
OK_STYLE = "color: #1b6e20;"
HINT_STYLE = "color: #666666;"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def area_label(code: str) -> str:
    labels = {
        "metropole": translate("Settings", "Métropole"),
        "alsace_moselle": translate("Settings", "Alsace-Moselle"),
        "RE": translate("Settings", "La Réunion"),
        "YT": translate("Settings", "Mayotte"),
        "GP": translate("Settings", "Guadeloupe"),
        "MQ": translate("Settings", "Martinique"),
        "GF": translate("Settings", "Guyane"),
        "PM": translate("Settings", "Saint-Pierre-et-Miquelon"),
        "BL": translate("Settings", "Saint-Barthélemy"),
        "MF": translate("Settings", "Saint-Martin"),
        "NC": translate("Settings", "Nouvelle-Calédonie"),
        "PF": translate("Settings", "Polynésie française"),
        "WF": translate("Settings", "Wallis-et-Futuna"),
    }
    return labels.get(code, code)


def area_items() -> list[tuple[str, str]]:
    """(label, code) of every area, in the order of ``desktop.settings.AREAS``."""
    return [(area_label(code), code) for code in AREAS]


def sector_label(sector: Sector | str) -> str:
    labels = {
        Sector.OPTICIAN: translate("Settings", "Opticien"),
        Sector.CLINIC: translate("Settings", "Cabinet médical, clinique"),
        Sector.CRAFTSMAN: translate("Settings", "Artisan"),
        Sector.OTHER: translate("Settings", "Autre commerce"),
    }
    return labels.get(Sector(str(sector)), str(sector))


def sector_presets_hint(sector: Sector | str) -> str:
    hints = {
        Sector.OPTICIAN: translate(
            "Settings", "Modèles : Lunettes prêtes, Lentilles disponibles, Rappel retrait…"
        ),
        Sector.CLINIC: translate(
            "Settings", "Modèles : Rappel RDV la veille, Rappel RDV le jour même, Confirmation de RDV…"
        ),
        Sector.CRAFTSMAN: translate("Settings", "Modèles : Arrivée du technicien, Devis envoyé, Retard…"),
        Sector.OTHER: translate(
            "Settings", "Modèles communs : Enquête de satisfaction, Demande d'avis, Promotion…"
        ),
    }
    return hints.get(Sector(str(sector)), "")


def weekday_label(day: int) -> str:
    return (
        translate("Settings", "Lun"),
        translate("Settings", "Mar"),
        translate("Settings", "Mer"),
        translate("Settings", "Jeu"),
        translate("Settings", "Ven"),
        translate("Settings", "Sam"),
        translate("Settings", "Dim"),
    )[day]


def explain_problem(problem: setup.Problem) -> str:
    """The sentence for a ``setup.Problem`` (codes of setup, phones, compliance and quiet_hours), from the
    catalogue the ``setup`` command uses too."""
    return catalogue.explain(problem.code, **dict(problem.params))


def explain_warning(code: str) -> str:
    texts = {
        setup.LATE_WINDOW: translate(
            "Settings",
            "Après 20h00 : permis par la charte des opérateurs mobiles (jusqu'à 21h30), mais beaucoup de "
            "clients trouvent ces SMS tardifs.",
        ),
        setup.SUNDAYS_ALLOWED: translate(
            "Settings", "Le dimanche : toléré par la charte des opérateurs mobiles, mais déconseillé."
        ),
        setup.HOLIDAYS_ALLOWED: translate(
            "Settings", "Les jours fériés : tolérés par la charte des opérateurs mobiles, mais déconseillés."
        ),
    }
    return texts.get(code, code)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def hint_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


class SenderField(QWidget):
    """A sender-name input checked at each keystroke; each finding explained in French under it."""

    checked = Signal(bool)  # True when the name can be saved (no blocking finding)

    def __init__(self, allow_empty: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.line = QLineEdit()
        self.line.setAccessibleName(self.tr("Nom d'expéditeur"))
        self.line.setPlaceholderText(self.tr("par exemple OPTMARTIN"))
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.RichText)
        self.messages.setAccessibleName(self.tr("Vérification du nom d'expéditeur"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.messages)
        self._findings: list[Finding] = []
        self.line.textChanged.connect(self._check)
        self._check(self.line.text())

    def text(self) -> str:
        return self.line.text().strip()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def recheck(self) -> None:
        self._check(self.line.text())

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def is_valid(self) -> bool:
        return not any(f.severity is Severity.BLOCK for f in self._findings)

    def message_text(self) -> str:
        """What the user reads under the field (plain text, for tests and screen readers)."""
        if not self.text() and self.allow_empty:
            return ""
        return "\n".join(self._lines())

    def show_error(self, text: str) -> None:
        """An error found when saving (the same rules, so normally already shown live)."""
        self.messages.setText(f'<span style="{ERROR_STYLE}">{html.escape(text)}</span>')
        self.messages.show()

    def _lines(self) -> list[str]:
        if not self._findings:
            return [self.tr("Nom d'expéditeur valide.")]
        return [explain_finding(f) for f in self._findings]

    def _check(self, text: str) -> None:
        value = text.strip()
        self._findings = [] if (not value and self.allow_empty) else check_sender(value)
        if not value and self.allow_empty:
            self.messages.clear()
            self.messages.hide()
        else:
            parts = []
            for finding in self._findings:
                style = ERROR_STYLE if finding.severity is Severity.BLOCK else WARNING_STYLE
                parts.append(f'<span style="{style}">{html.escape(explain_finding(finding))}</span>')
            if not parts:
                parts.append(f'<span style="{OK_STYLE}">✓ {html.escape(self._lines()[0])}</span>')
            self.messages.setText("<br>".join(parts))
            self.messages.show()
        self.checked.emit(self.is_valid())
