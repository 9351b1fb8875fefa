"""Qt's own strings that its French catalogue (qtbase_fr) misses.

Qt 6 gave the file dialog's « Look in: » and « Files of type: » mnemonics (« &Look in: »), and qtbase_fr
still translates only the old texts, so the dialog a shop owner uses to pick her spreadsheet showed them in
English. Listed here under Qt's own context, they reach Comptoir's catalogue (installed after Qt's, so
looked up first) and are translated there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
