"""Réglages › Données through its widgets: backups listed, taken and chosen for a restore (checked first),
the database server, the consent register and the prospects to review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import update

from desktop.context import AppContext
from desktop.core.entities import ClientDraft, ConsentPurpose, ConsentSource, ConsentState
from desktop.database_choice import ServerAddress
from desktop.paths import DbOrigin, resolve
from desktop.services.restore import BackupCopy, CopyKind
from desktop.services.server import ServerSetup
from desktop.storage.orm import ClientRow
from desktop.ui.dialogs.consent_register import ConsentRegisterDialog
from desktop.ui.dialogs.prospects import ProspectsDialog, ProspectsModel
from desktop.ui.dialogs.server_dialog import ServerDialog
from desktop.ui.models import consent_register_model
from desktop.ui.models.consent_register_model import ConsentRegisterModel
from desktop.ui.settings.backups import BackupsModel, BackupsPanel, RestoreConfirmation
from desktop.ui.settings.database_server import ServerPanel
from tests.gui.mnemonics import unbound_mnemonics
from tests.pg import pg_url, skip_without_pg

__all__ = ["pg_url"]  # a fixture


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def panel(qtbot, ctx: AppContext, tasks) -> BackupsPanel:
    widget = BackupsPanel(ctx.backups, ctx.restore, tasks)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


# ---------------------------------------------------------------------------------------- backups


def test_the_backups_model_passes_the_model_tester(qtmodeltester, tmp_path: Path) -> None:
    model = BackupsModel()
    at = dt.datetime(2026, 12, 1, 7, 0, tzinfo=dt.UTC)
    model.set_copies(
        [
            BackupCopy(tmp_path / "a.sqlite3", CopyKind.DAILY, at, 2_500_000, 1234, "0002"),
            BackupCopy(tmp_path / "b.sqlite3", CopyKind.DAMAGED, at, 300, None, None),
        ]
    )
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "01/12/2026 08h00",
        "Quotidienne",
        "2,4 Mo",
        "1234",
    ]
    assert [model.data(model.index(1, c)) for c in (1, 2, 3)] == ["Base endommagée (gardée)", "1 Ko", "?"]


def test_a_backup_now_is_listed_and_a_chosen_one_is_confirmed_before_the_restore(
    qtbot, ctx: AppContext, panel: BackupsPanel, monkeypatch
) -> None:
    assert panel.model.rowCount() == 0 and not panel.restore_button.isEnabled()
    ctx.clients.create(ClientDraft(last_name="Martin"))
    with qtbot.waitSignal(panel.listed):
        _click(qtbot, panel.backup_button)
    assert panel.model.rowCount() == 1 and "Sauvegarde écrite" in panel.status.text()
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled()

    confirmations: list[BackupCopy] = []
    answers = iter([False, True])

    def ask(copy, _zone, _parent=None):
        confirmations.append(copy)
        return next(answers)

    monkeypatch.setattr(RestoreConfirmation, "ask", staticmethod(ask))
    requested: list[Path] = []
    panel.restore_requested.connect(requested.append)
    _click(qtbot, panel.restore_button)  # « Annuler »
    _click(qtbot, panel.restore_button)
    assert [c.clients for c in confirmations] == [1, 1]
    assert requested == [panel.model.copy_at(0).path]  # type: ignore[union-attr]


def test_a_damaged_file_is_refused_with_the_reason_before_anything_is_closed(
    qtbot, panel: BackupsPanel, tmp_path: Path, monkeypatch
) -> None:
    damaged = tmp_path / "clé.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(damaged), "*.sqlite3"))
    )
    monkeypatch.setattr(RestoreConfirmation, "ask", staticmethod(lambda *_a, **_k: pytest.fail("not asked")))
    requested: list[Path] = []
    panel.restore_requested.connect(requested.append)
    _click(qtbot, panel.restore_file_button)
    assert "endommagée" in panel.error_text() and "clé.sqlite3" in panel.error_text()
    assert requested == []


def test_the_restore_confirmation_defaults_to_cancel(qtbot, tmp_path: Path) -> None:
    copy = BackupCopy(
        tmp_path / "a.sqlite3", CopyKind.DAILY, dt.datetime(2026, 12, 1, 7, 0, tzinfo=dt.UTC), 1, 3, "x"
    )
    dialog = RestoreConfirmation(copy, dt.UTC)
    qtbot.addWidget(dialog)
    assert dialog.defaultButton() is dialog.cancel_button and "(3 clients)" in dialog.text()


# ---------------------------------------------------------------------------------------- the server


def test_a_desk_on_its_own_file_offers_a_server_and_an_unreachable_one_is_explained(
    qtbot, ctx: AppContext, tasks, mem_keyring
) -> None:
    panel = ServerPanel(ServerSetup(ctx.paths), ctx.paths, tasks)
    qtbot.addWidget(panel)
    assert panel.server_button.isEnabled() and not panel.local_button.isEnabled()
    assert "dossier de données" in panel.where.text()
    dialog = ServerDialog(ServerSetup(ctx.paths), tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unbound_mnemonics(dialog) == []
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)
    dialog.user_edit.setText("accueil")
    dialog.password_edit.setText("secret")
    _click(qtbot, dialog.use_button)
    assert "ne répond pas" in dialog.error_text()
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert ServerSetup(ctx.paths).saved() is None and mem_keyring.entries == {}
    dialog.user_edit.clear()
    _click(qtbot, dialog.test_button)
    assert "« user »" in dialog.error_text()


def test_an_imposed_address_cannot_be_changed_here(qtbot, tmp_path: Path, tasks) -> None:
    paths = resolve(tmp_path, "sqlite:///" + str(tmp_path / "x.sqlite3"))
    assert paths.db_origin is DbOrigin.OPTION
    panel = ServerPanel(ServerSetup(paths), paths, tasks)
    qtbot.addWidget(panel)
    assert not panel.server_button.isEnabled() and not panel.local_button.isEnabled()
    assert "--db" in panel.where.text()


@pytest.mark.postgres
@skip_without_pg
def test_switching_to_a_server_and_back_from_the_window(
    qtbot, tmp_path: Path, tasks, pg_url: str, mem_keyring, monkeypatch
) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    paths = resolve(tmp_path)
    panel = ServerPanel(ServerSetup(paths), paths, tasks)
    qtbot.addWidget(panel)

    def fill_and_use(setup, tasks_, address=None, parent=None):
        dialog = ServerDialog(setup, tasks_, address, parent)
        qtbot.addWidget(dialog)
        dialog.host_edit.setText(url.host or "")
        dialog.port_spin.setValue(url.port or 5432)
        dialog.database_edit.setText(url.database or "")
        dialog.user_edit.setText(url.username or "")
        dialog.password_edit.setText("pw")
        _click(qtbot, dialog.test_button)
        assert "Connexion réussie" in dialog.outcome.text()
        _click(qtbot, dialog.use_button)
        return dialog.result() == ServerDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerDialog, "ask", staticmethod(fill_and_use))
    with qtbot.waitSignal(panel.database_changed):
        _click(qtbot, panel.server_button)
    switched = resolve(tmp_path)
    assert switched.db_origin is DbOrigin.SAVED and switched.server == ServerAddress(
        url.host or "", url.port or 5432, url.database or "", url.username or ""
    )
    back = ServerPanel(ServerSetup(switched), switched, tasks)
    qtbot.addWidget(back)
    assert back.local_button.isEnabled() and switched.server.label() in back.where.text()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    with qtbot.waitSignal(back.database_changed):
        _click(qtbot, back.local_button)
    assert resolve(tmp_path).db_origin is DbOrigin.DEFAULT and mem_keyring.entries == {}


# ---------------------------------------------------------------------------------------- privacy


def _consents(ctx: AppContext, count: int) -> list[int]:
    ids = []
    for index in range(count):
        client_id = ctx.clients.create(
            ClientDraft(first_name=f"N{index}", last_name="Client", mobile=f"06123{index:05d}")
        )
        ctx.clients.record_consent(
            client_id, ConsentPurpose.PROMOTIONAL, ConsentState.GRANTED, ConsentSource.FORM, recorded_by="Léa"
        )
        ids.append(client_id)
    return ids


def test_the_consent_register_reads_a_page_at_a_time(
    qtbot, qtmodeltester, ctx: AppContext, tasks, monkeypatch
) -> None:
    monkeypatch.setattr(consent_register_model, "PAGE", 3)
    ids = _consents(ctx, 7)
    ctx.privacy.erase(ids[0], recorded_by="Léa")
    model = ConsentRegisterModel(ctx.privacy, tasks)
    model.reload()
    assert model.rowCount() == 3 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 8  # seven consents and the erasure
    assert model.data(model.index(0, 1)) == "(client effacé)"
    assert model.data(model.index(0, 4)) == "Saisie au comptoir — effacement des données"
    assert model.data(model.index(7, 1)) == "(client effacé)"  # the erased client's consent, now anonymous
    assert model.data(model.index(1, 1)) == "N6 Client" and model.data(model.index(1, 5)) == "Léa"


def test_the_consent_register_dialog_counts_and_exports(
    qtbot, ctx: AppContext, tasks, tmp_path: Path, monkeypatch
) -> None:
    _consents(ctx, 2)
    dialog = ConsentRegisterDialog(ctx.privacy, tasks)
    qtbot.addWidget(dialog)
    assert dialog.count.text() == "2 évènement(s) enregistré(s)" and dialog.model.rowCount() == 2
    target = tmp_path / "registre.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    _click(qtbot, dialog.export_button)
    assert "2 ligne(s) exportée(s)" in dialog.status.text()
    sheet = load_workbook(target).active
    assert sheet is not None and sheet.max_row == 3


def test_quiet_prospects_are_listed_and_can_be_erased(
    qtbot, qtmodeltester, ctx: AppContext, tasks, monkeypatch
) -> None:
    quiet = ctx.clients.create(ClientDraft(first_name="Paul", last_name="Silencieux", mobile="0612345601"))
    ctx.clients.create(ClientDraft(last_name="Récent"))
    with ctx.db.session() as session:
        session.execute(
            update(ClientRow)
            .where(ClientRow.id == quiet)
            .values(created_at=ctx.clock.now() - dt.timedelta(days=4 * 365))
        )
    dialog = ProspectsDialog(ctx.privacy, tasks)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1 and dialog.count.text() == "1 prospect(s) à revoir"
    assert dialog.model.data(dialog.model.index(0, 0)) == "Paul Silencieux"
    qtmodeltester.check(dialog.model)
    assert not dialog.erase_button.isEnabled()
    dialog.table.selectRow(0)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    _click(qtbot, dialog.erase_button)
    assert dialog.model.rowCount() == 0 and dialog.status.text() == "1 prospect(s) effacé(s)."
    assert ctx.clients.count() == 1


def test_the_prospects_model_passes_the_model_tester_empty(qtmodeltester) -> None:
    qtmodeltester.check(ProspectsModel())
