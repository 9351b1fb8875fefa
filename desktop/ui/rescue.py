"""Reopening the services on other data (a restored backup, another database), and the ways out offered
when the database cannot be opened at start-up.

- A damaged database: « Restaurer la dernière sauvegarde » (the newest copy that passes every check); with
  ``--smoke``, the command that does it is printed.
- A desk switched to a server that cannot be used (out of reach, credentials refused…): « Utiliser la base
  de cet ordinateur », so that the desk can still work and choose the server again in Réglages › Données.

Reopening runs off the UI thread: the old context is closed (the dispatcher finishes its message first),
the preparation runs (restore, switch), and the database is opened again; the window then rebuilds its
views on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import APP_NAME
from desktop.core import catalogue
from desktop.core.clock import SystemClock
from desktop.paths import AppPaths, DbOrigin, resolve
from desktop.services.restore import BackupCopy, RestoreError, RestoreOutcome, RestoreService, restore_command
from desktop.services.server import ServerSetup, may_go_local
from desktop.ui import errors, texts
from desktop.ui.dialogs.startup_refusal import Rescue, StartupRefusal

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.ui.application import Startup


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under the name lupdate looks for."""
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class Reopened:
    context: AppContext
    outcome: object = None  # what the preparation returned (a RestoreOutcome), or the RestoreError it raised


def restore_service(paths: AppPaths) -> RestoreService:
    return RestoreService(paths, SystemClock())


def reopen_job(
    context: AppContext | None, paths: AppPaths, prepare: Callable[[], object] | None, resolve_again: bool
) -> Reopened:
    """Close, prepare, open (on a worker thread). A refused restore is reported, and the unchanged
    database reopened."""
    from desktop.context import open_context

    if context is not None:
        context.close()
    outcome: object = None
    if prepare is not None:
        try:
            outcome = prepare()
        except RestoreError as exc:
            outcome = exc
    if resolve_again:
        paths = resolve(paths.data_dir)
    return Reopened(open_context(paths), outcome)


def report(window: QWidget, outcome: object) -> None:
    """Tell what the preparation did: a restore in the status bar, a refused one in a message."""
    if isinstance(outcome, RestoreError):
        errors.warn(window, APP_NAME, outcome)
    elif isinstance(outcome, RestoreOutcome):
        copy = outcome.restored
        text = (
            translate(
                "Rescue",
                "Sauvegarde du %1 restaurée (%2 clients). La base remplacée est gardée dans le dossier des sauvegardes.",
            )
            .replace("%1", texts.format_short(copy.taken_at, texts.business_zone()))
            .replace("%2", "?" if copy.clients is None else str(copy.clients))
        )
        if outcome.rechecked:
            text += " " + translate(
                "Rescue",
                "Les SMS qui attendaient dans la sauvegarde sont vérifiés auprès du fournisseur avant tout envoi.",
            )
        window.statusBar().showMessage(text)  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------- at start-up


def smoke_hint(paths: AppPaths, code: str) -> str:
    """With ``--smoke`` (no one to click): the command that gets out of the trouble, or ""."""
    if code == "database_corrupt" and paths.db_file is not None:
        latest = restore_service(paths).latest_usable()
        if latest is not None:
            return catalogue.explain(
                "restore_latest_hint",
                when=texts.format_short(latest.taken_at, texts.business_zone()),
                clients=latest.clients,
                command=restore_command(paths, latest),
            )
    if paths.db_origin is DbOrigin.SAVED and may_go_local(code):
        return catalogue.explain("use_local_hint")
    return ""


def offer(startup: Startup, code: str, message: str) -> bool:
    """Offer a way out of ``code``; True when one is offered (the start-up goes on from there)."""
    paths = startup.paths
    if startup.smoke:
        return False
    if code == "database_corrupt" and paths.db_file is not None:
        startup.tasks.run(
            lambda: restore_service(paths).latest_usable(),
            on_done=lambda copy: _ask(startup, message, copy, False),
            on_error=lambda _error: _ask(startup, message, None, False),
        )
        return True
    if paths.db_origin is DbOrigin.SAVED and may_go_local(code):
        _ask(startup, message, None, True)
        return True
    return False


def _ask(startup: Startup, message: str, latest: BackupCopy | None, go_local: bool) -> None:
    if latest is None and not go_local:
        startup.refuse(message)
        return
    choice = StartupRefusal.ask(message, latest=latest, can_go_local=go_local, parent=startup.window)
    paths = startup.paths
    if choice is Rescue.RESTORE and latest is not None:
        startup.reopen(prepare=lambda: restore_service(paths).restore(latest.path))
    elif choice is Rescue.USE_LOCAL:
        startup.reopen(prepare=ServerSetup(paths).use_local, resolve_again=True)
    else:
        startup.quit_refused()
