"""Find labels whose mnemonic leads nowhere: « &Nom » shown with its ampersand, or Alt+N doing nothing.

A QLabel draws its « & » as an underline only when it has a buddy; QFormLayout.addRow(text, layout) makes a
label without one. Rich-text labels and « && » (a literal ampersand) are not mnemonics.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_MNEMONIC = re.compile(r"(?<!&)&(?!&)\w")


def unbound_mnemonics(root: QWidget) -> list[str]:
    """Texts of the labels under ``root`` that carry a mnemonic but have no buddy."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if label.textFormat() == Qt.TextFormat.RichText or text.lstrip().startswith("<"):
            continue
        if _MNEMONIC.search(text.replace("&&", "")) and label.buddy() is None:
            found.append(text)
    return found
