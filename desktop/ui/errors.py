"""How every screen shows a failure: the one presenter.

A :class:`~desktop.core.errors.KnownError` (a locked database, a missing keyring, a refused account, an
unreadable file…) is an environment or input problem: the screen shows its sentence, in the interface's
language, where it shows its messages — an inline label or a warning box. Any other exception is a bug: it is
raised again from the slot that received it, so it reaches the crash handler (:mod:`desktop.ui.crash`), which
logs the traceback and shows the crash dialog. A screen never sorts errors with an ``isinstance`` list of its
own: what is expected is decided once, by the error's class.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop import logs
from desktop.core.errors import KnownError

log = logs.get("ui")


def known(error: BaseException) -> KnownError:
    """``error`` when it is a known error (logged, without its parameters); any other is raised again."""
    if not isinstance(error, KnownError):
        raise error
    log.info("shown to the user: %s", error)
    return error


def text_for(error: BaseException) -> str:
    """The user's sentence for a known error; any other exception is raised again (a bug)."""
    return known(error).message()


def show_in(label: QLabel, error: BaseException) -> None:
    """Show the sentence in the screen's own error label."""
    label.setText(text_for(error))
    label.show()


def warn(parent: QWidget, title: str, error: BaseException) -> None:
    """Show the sentence in a warning box over ``parent``."""
    QMessageBox.warning(parent, title, text_for(error))
