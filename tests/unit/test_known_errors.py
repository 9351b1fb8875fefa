"""Expected failures share one base and one sentence source; the command line turns any of them into its French
sentence on stderr and exit code 1, whatever the command."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import app
from desktop.cli.common import CommandError
from desktop.core import catalogue
from desktop.core.entities import MessageStatus
from desktop.core.errors import KnownError
from desktop.core.templates import TemplateError
from desktop.paths import DataFolderError
from desktop.providers.base import PERMANENT_CODES, TRANSIENT_CODES, PermanentError, TransientError
from desktop.providers.credentials import CredentialError, KeyringLockedError, KeyringUnavailableError
from desktop.services.account_checks import AccountError
from desktop.services.clients import ValidationError
from desktop.services.compose_records import ComposeError
from desktop.services.exporter import ExportError
from desktop.services.importing.formats import ImportFileError
from desktop.services.outbox import OutboxError
from desktop.services.sending.requests import GateError
from desktop.services.setup import Problem, SettingsInvalidError
from desktop.services.templates import TemplateValidationError
from desktop.storage.errors import DatabaseLockedError, StorageError
from desktop.storage.repositories.messages import IllegalTransitionError

EXPECTED = [
    StorageError("disk I/O error", code="disk_full"),
    DatabaseLockedError("database is locked"),
    CredentialError(),
    KeyringUnavailableError(),
    KeyringLockedError(),
    TransientError("timeout", "read timed out"),
    PermanentError("bad_request", "Invalid 'To'"),
    AccountError("account_not_found", name="Boutique"),
    ImportFileError("import_file_not_found", name="clients.xlsx"),
    ExportError("export_write_failed", name="clients.xlsx"),
    ComposeError("compose_nobody"),
    GateError("send_no_addressee"),
    OutboxError("transition_not_allowed", status="delivered"),
    IllegalTransitionError(1, MessageStatus.DELIVERED, MessageStatus.CANCELLED),
    ValidationError({"mobile": "duplicate_mobile"}),
    TemplateValidationError({"name": "template_name_taken"}, params={"name": "Relance"}),
    SettingsInvalidError([Problem("name", "business_name_empty")]),
    TemplateError("unknown_variable", 7, "prenon"),
    DataFolderError(Path("/mnt/usb/Comptoir"), PermissionError(13, "Permission denied")),
    CommandError("le texte de la réponse est vide."),
]


@pytest.mark.parametrize("error", EXPECTED, ids=lambda e: type(e).__name__)
def test_every_expected_failure_is_a_known_error_with_a_sentence(error: KnownError) -> None:
    assert isinstance(error, KnownError)
    assert isinstance(error, CommandError) or catalogue.has(error.code), error.code
    for lang in ("fr", "en"):
        text = error.message(lang)
        assert text and "{" not in text and "unexpected" not in text.lower() and "inattendue" not in text


def test_every_provider_error_code_has_a_sentence() -> None:
    assert sorted(code for code in TRANSIENT_CODES | PERMANENT_CODES if not catalogue.has(code)) == []


def test_the_log_text_holds_the_code_and_detail_but_not_the_parameters() -> None:
    error = AccountError("account_not_found", name="+33612345678")
    assert str(error) == "account_not_found"
    assert "+33612345678" in error.message()
    assert str(DatabaseLockedError("database is locked")) == "database_locked: database is locked"


def test_sentences_take_their_parameters() -> None:
    assert PermanentError("bad_request", "Invalid 'To'").message("fr") == (
        "Le fournisseur SMS a refusé ce message (Invalid 'To')."
    )
    assert (
        "« Relance »"
        in TemplateValidationError({"name": "template_name_taken"}, params={"name": "Relance"}).message()
    )
    refused = DataFolderError(Path("/mnt/usb/Comptoir"), PermissionError(13, "Permission denied"))
    assert "« /mnt/usb/Comptoir » : accès refusé." in refused.message("fr")
    assert "« /mnt/usb/Comptoir »: access denied." in refused.message("en")


def test_the_old_private_catalogue_lookups_are_gone() -> None:
    """Screens and commands go through KnownError: no module keeps its own list of explainable errors."""
    root = Path(__file__).resolve().parents[2] / "desktop"
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "known_error(" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


# ---------------------------------------------------------------------------------------- command line

#: Every command that opens the database, with the arguments it needs.
COMMANDS = [
    ["clients"],
    ["import", "clients.csv"],
    ["export", "clients", "clients.csv"],
    ["account", "list"],
    ["account", "test", "Boutique"],
    ["account", "default", "Boutique"],
    ["account", "remove", "Boutique"],
    ["messages"],
    ["backup"],
    ["dispatch", "--once"],
    ["send", "--to", "0612345678", "--text", "Bonjour"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize(
    "error", [DatabaseLockedError("database is locked"), KeyringUnavailableError()], ids=["locked", "keyring"]
)
def test_any_command_reports_a_known_error_in_french_with_exit_1(
    argv: list[str], error: KnownError, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise error

    monkeypatch.setattr("desktop.context.open_context", refuse)
    monkeypatch.chdir(tmp_path)
    code = app.main(["--data-dir", str(tmp_path / "data"), *argv])
    err = capsys.readouterr().err
    assert code == 1
    assert err == f"Erreur : {error.message('fr')}\n"
    assert "Traceback" not in err


def test_a_refusal_raised_by_a_command_itself_is_reported_the_same_way(
    tmp_path: Path, capsys, mem_keyring
) -> None:
    code = app.main(["--data-dir", str(tmp_path / "data"), "account", "default", "Nulle part"])
    assert code == 1
    assert (
        capsys.readouterr().err
        == "Erreur : " + catalogue.explain("account_not_found", name="Nulle part") + "\n"
    )


def test_a_bug_is_not_dressed_up_as_a_refusal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr("desktop.context.open_context", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        app.main(["--data-dir", str(tmp_path / "data"), "clients"])
