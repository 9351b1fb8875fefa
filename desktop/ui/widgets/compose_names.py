"""A client's own accents and the cost of the message, in the composer: the button under the findings of
the recipient shown (« Écrire son nom sans accents pour ce message »), and for several recipients the line
of the batch summary with its button for all those concerned. What to say comes from the gate's verdict
(each recipient's ``plain_names``); these widgets only show it and report the clicks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.compose import ComposePreview, RecipientPreview
from desktop.ui import texts


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def _saving(people: tuple[RecipientPreview, ...], price_known: bool) -> str:
    """« 0,21 € » saved for these people, or « 3 SMS » when the price per SMS is unknown."""
    found = [r.plain_names for r in people if r.plain_names is not None]
    if price_known:
        return texts.format_cents(sum(p.saving_cents for p in found))
    return translate("Composer", "%n SMS", None, sum(p.saved_segments for p in found))


def batch_text(preview: ComposePreview) -> str:
    """« 3 destinataire(s) : leur nom avec accents fait passer le SMS à 2 SMS ; l'écrire sans accents pour
    ce message économise 0,21 €. », or once accepted what it saves; "" when no recipient is concerned."""
    offered, applied = preview.plain_names_offered(), preview.plain_names_applied()
    price_known = preview.price_cents_per_segment > 0
    if offered:
        counts = sorted({r.analysis.segments for r in offered})
        if len(counts) == 1:
            sms = translate("Composer", "%n SMS", None, counts[0])
        else:
            sms = (
                translate("Composer", "%1 ou %2 SMS")
                .replace("%1", str(counts[0]))
                .replace("%2", str(counts[-1]))
            )
        line = translate(
            "Composer",
            "%n destinataire(s) : leur nom avec accents fait passer le SMS à %1 ; l'écrire sans accents "
            "pour ce message économise %2.",
            None,
            len(offered),
        )
        return line.replace("%1", sms).replace("%2", _saving(offered, price_known))
    if applied:
        line = translate(
            "Composer",
            "Nom écrit sans accents pour ce message chez %n destinataire(s) : %1 d'économie. Leur fiche ne "
            "change pas.",
            None,
            len(applied),
        )
        return line.replace("%1", _saving(applied, price_known))
    return ""


class RecipientNameButton(QPushButton):
    """Under the findings of the recipient shown: write their name without its costly accents for this
    message, or put the accents back. Hidden when their accents cost nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoDefault(False)
        self.setToolTip(self.tr("Pour ce message seulement : la fiche du client garde son nom tel quel."))
        self.client_id: int | None = None
        self.hide()

    def show_for(self, recipient: RecipientPreview | None) -> None:
        found = recipient.plain_names if recipient is not None and not recipient.skipped else None
        if recipient is None or found is None:
            self.client_id = None
            self.hide()
            return
        self.client_id = recipient.client_id
        if found.applied:
            self.setText(self.tr("Remettre les accents de son nom"))
        else:
            self.setText(self.tr("Écrire son nom sans accents pour ce message"))
        self.show()


class BatchNames(QWidget):
    """The batch summary's line about the recipients' accents, and its button for all those concerned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Noms avec accents"))
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.setToolTip(self.tr("Pour ce message seulement : les fiches des clients ne changent pas."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.offered: frozenset[int] = frozenset()  # what the button writes plain
        self.applied: frozenset[int] = frozenset()  # what it puts the accents back on
        self.hide()

    def set_preview(self, preview: ComposePreview) -> None:
        self.offered = frozenset(r.client_id for r in preview.plain_names_offered())
        self.applied = frozenset(r.client_id for r in preview.plain_names_applied())
        text = batch_text(preview) if len(preview.recipients) > 1 else ""
        self.label.setText(text)
        if self.offered:
            self.button.setText(self.tr("Écrire sans accents pour tous les destinataires concernés"))
        else:
            self.button.setText(self.tr("Remettre les accents"))
        self.setVisible(bool(text))

    def wanted(self, current: frozenset[int]) -> frozenset[int]:
        """The clients written plain once the button is clicked, from ``current``."""
        return current | self.offered if self.offered else current - self.applied
