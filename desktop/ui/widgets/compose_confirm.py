"""The last word before a send: « Envoyer à 12 personnes, coût 0,84 € ? », and when a message will leave
later than now (hours for promotions), that departure — said before anything is queued."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.compose import MODE_AT, ComposePreview, SendMode
from desktop.ui import texts


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


@dataclass(frozen=True, slots=True)
class Confirmation:
    question: str
    details: str  # one line per fact: total SMS, departure, people left out
    button: str  # what the confirming button says


def confirmation(preview: ComposePreview, mode: SendMode, zone: ZoneInfo) -> Confirmation | None:
    """What to ask before queueing `preview`: for several people, or for one whose message the sending
    hours push later; None for one message leaving now or at the moment just chosen (« Programmer… »)."""
    receiving = preview.receiving
    scheduled = mode.kind == MODE_AT
    deferred = not scheduled and preview.first_departure is not None
    if len(receiving) <= 1 and not deferred:
        return None
    first = mode.moment if scheduled else preview.first_departure
    last = mode.moment if scheduled else preview.last_departure
    cost = texts.format_cost(preview.total_cost_cents, price_known=preview.price_cents_per_segment > 0)
    details: list[str] = []
    if len(receiving) > 1:
        question = translate(
            "ComposeConfirm", "Envoyer à %n personne(s), coût %1 ?", None, len(receiving)
        ).replace("%1", cost)
        details.append(translate("ComposeConfirm", "%n SMS au total.", None, preview.total_segments))
    else:
        question = translate("ComposeConfirm", "Programmer ce message, coût %1 ?").replace("%1", cost)
    if first is not None and last is not None:
        when = texts.format_moment(first, zone)
        if last != first:  # clients in other time zones
            when = (
                translate("ComposeConfirm", "entre %1 et %2")
                .replace("%1", when)
                .replace("%2", texts.format_moment(last, zone))
            )
        if scheduled:
            details.append(translate("ComposeConfirm", "Départ prévu %1.").replace("%1", when))
        else:
            details.append(
                translate(
                    "ComposeConfirm",
                    "Départ prévu %1 : maintenant, c'est en dehors des heures d'envoi des promotions.",
                ).replace("%1", when)
            )
    left_out = len(preview.recipients) - len(receiving)
    if left_out:
        details.append(
            translate("ComposeConfirm", "%n client(s) ne le recevront pas (voir la liste).", None, left_out)
        )
    button = translate("ComposeConfirm", "&Envoyer")
    if first is not None:  # it leaves later: the button says so
        button = translate("ComposeConfirm", "&Programmer")
    return Confirmation(question, "\n".join(details), button)


def ask(parent: QWidget, found: Confirmation) -> bool:
    """Show the question; True when the user confirms."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ComposeConfirm", "Confirmer l'envoi"))
    box.setText(found.question)
    box.setInformativeText(found.details)
    confirm = box.addButton(found.button, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("ComposeConfirm", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(confirm)
    box.exec()
    return box.clickedButton() is confirm
