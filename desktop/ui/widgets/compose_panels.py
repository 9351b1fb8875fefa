"""The composer's read-only panels: the findings about the recipient shown, the batch summary (who receives
it, SMS, cost, planned departure) and the recipients who will not receive it, grouped by reason."""

from __future__ import annotations

import html
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.core.catalogue.compliance import explain_finding
from desktop.core.compliance import Finding, Severity
from desktop.core.phones import format_national
from desktop.services.compose import ComposePreview, GsmSaving
from desktop.ui import texts

_COLORS = {
    Severity.BLOCK: "#b00020",
    Severity.DEFER: "#a15c00",
    Severity.WARN: "#8a5300",
    Severity.INFO: "#4a4a4a",
}
_MARKS = {Severity.BLOCK: "✖", Severity.DEFER: "◷", Severity.WARN: "⚠", Severity.INFO: "ℹ"}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def findings_html(findings: Sequence[Finding]) -> str:
    """One paragraph per finding, most severe first, each with its plain French explanation."""
    lines = []
    for finding in findings:
        severity = Severity(finding.severity)
        text = html.escape(explain_finding(finding))
        lines.append(
            f'<p style="margin: 0 0 4px 0; color: {_COLORS[severity]};">{_MARKS[severity]} {text}</p>'
        )
    return "".join(lines)


class FindingsLabel(QLabel):
    """What compliance says about the message for the recipient shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(self.tr("Vérifications avant envoi"))
        self._findings: tuple[Finding, ...] = ()

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self._findings = tuple(findings)
        self.setText(findings_html(self._findings))
        self.setVisible(bool(self._findings))

    def plain_texts(self) -> list[str]:
        """The explanations shown, as plain text (for tests and accessibility)."""
        return [explain_finding(f) for f in self._findings]


def summary_text(preview: ComposePreview, zone: ZoneInfo) -> str:
    """« 58 destinataires sur 60 · 116 SMS · 8,12 € » and the planned departure of deferred messages."""
    if not preview.body.strip():  # nothing to send yet: no figures, no « will not receive it »
        return translate("Composer", "Écrivez le message ou choisissez un modèle.")
    total = len(preview.recipients)
    receiving = len(preview.receiving)
    sms = translate("Composer", "%n SMS", None, preview.total_segments)
    cost = texts.format_cost(preview.total_cost_cents, price_known=preview.price_cents_per_segment > 0)
    if total == 1:
        head = translate("Composer", "Coût estimé : %1 (%2)").replace("%1", cost).replace("%2", sms)
        if receiving == 0:
            head = translate("Composer", "Ce client ne recevra pas ce message.")
    else:
        head = (
            translate("Composer", "%n destinataire(s) sur %1", None, receiving).replace("%1", str(total))
            + f" · {sms} · "
            + translate("Composer", "coût estimé %1").replace("%1", cost)
        )
    lines = [head]
    first, last = preview.first_departure, preview.last_departure
    if first is not None and last is not None:
        count = len(preview.departures)
        when = texts.format_moment(first, zone)
        if first != last:
            when = (
                translate("Composer", "entre %1 et %2")
                .replace("%1", when)
                .replace("%2", texts.format_moment(last, zone))
            )
        line = translate(
            "Composer", "Hors des heures d'envoi : départ prévu %1 (%n message(s)).", None, count
        )
        lines.append(line.replace("%1", when))
    if preview.courtesy_count and not preview.urgent:
        lines.append(
            translate(
                "Composer",
                "%n destinataire(s) hors des heures de politesse : « Envoyer au prochain créneau autorisé » "
                "attend le matin.",
                None,
                preview.courtesy_count,
            )
        )
    return "\n".join(lines)


def saves(saving: GsmSaving) -> bool:
    """Whether « Optimiser pour SMS » would send fewer SMS (for the batch; for the text when nobody
    receives it yet): offered only then."""
    if saving.recipients:
        return saving.total_segments_after < saving.total_segments_before
    return saving.segments_after < saving.segments_before


def saving_text(saving: GsmSaving, price_cents: int) -> str:
    """« ’ → ' · ê → e — 2 SMS → 1 SMS, −12,00 € pour 600 clients »."""
    changes = " · ".join(f"{o} → {r or '∅'}" for o, r, _count in saving.replacements)
    before = translate("Composer", "%n SMS", None, saving.segments_before)
    after = translate("Composer", "%n SMS", None, saving.segments_after)
    line = f"{changes} — {before} → {after}"
    if saving.recipients > 1 and saving.saving_cents > 0:
        line += ", −" + translate("Composer", "%1 pour %n client(s)", None, saving.recipients).replace(
            "%1", texts.format_cents(saving.saving_cents)
        )
    elif saving.saving_cents > 0 and price_cents > 0:
        line += ", −" + texts.format_cents(saving.saving_cents)
    return line


class SkippedTree(QTreeWidget):
    """The recipients who will not receive the message: one branch per reason, the clients under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAccessibleName(self.tr("Destinataires qui ne recevront pas le message"))
        self._key: tuple[tuple[int, str], ...] = ()

    def set_preview(self, preview: ComposePreview) -> None:
        key = tuple((r.client_id, r.reason.code if r.reason else "") for r in preview.skipped)
        if key == self._key:
            return
        self._key = key
        self.clear()
        for code, people in preview.skipped_by_reason().items():
            first = people[0].reason
            label = explain_finding(first) if first is not None else code
            branch = QTreeWidgetItem([f"{label} ({len(people)})"])
            branch.setData(0, Qt.ItemDataRole.UserRole, code)
            branch.setToolTip(0, label)
            for person in people:
                number = format_national(person.to) if person.to else ""
                text = f"{person.name} — {number}" if number else person.name
                child = QTreeWidgetItem([text])
                child.setData(0, Qt.ItemDataRole.UserRole, person.client_id)
                if person.reason is not None:
                    child.setToolTip(0, explain_finding(person.reason))
                branch.addChild(child)
            self.addTopLevelItem(branch)
            branch.setExpanded(len(people) <= 10)
        self.setVisible(bool(key))

    def reasons(self) -> dict[str, list[int]]:
        """Reason code → client ids listed under it."""
        found: dict[str, list[int]] = {}
        for index in range(self.topLevelItemCount()):
            branch = self.topLevelItem(index)
            if branch is None:
                continue
            children = (branch.child(i) for i in range(branch.childCount()))
            ids = [c.data(0, Qt.ItemDataRole.UserRole) for c in children if c is not None]
            found[branch.data(0, Qt.ItemDataRole.UserRole)] = ids
        return found
