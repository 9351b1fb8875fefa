"""Several desks: the server chosen for this desk (address on disk, password in the keyring), its connection
test with a French reason for each failure, and which address wins when several are given."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from desktop import database_choice
from desktop.context import open_context
from desktop.core import catalogue
from desktop.database_choice import ServerAddress
from desktop.paths import DbOrigin, resolve
from desktop.providers.credentials import KeyringUnavailableError
from desktop.providers.database_secret import DatabaseSecret
from desktop.services.server import ServerSetup, ServerSetupError
from desktop.storage.db import Database
from desktop.storage.errors import StorageError
from desktop.storage.schema import upgrade
from tests.pg import pg_url, skip_without_pg

__all__ = ["pg_url"]  # a fixture

CLOSED_PORT_URL = ServerAddress(host="127.0.0.1", port=1, database="comptoir", user="accueil")


def _address_of(url: str) -> ServerAddress:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return ServerAddress(
        host=parsed.host or "",
        port=parsed.port or 5432,
        database=parsed.database or "",
        user=parsed.username or "",
    )


# ---------------------------------------------------------------------------------------- the choice on disk


def test_the_saved_address_never_holds_the_password_and_is_private(tmp_path: Path, mem_keyring) -> None:
    setup_paths = resolve(tmp_path)
    address = ServerAddress(host="serveur.local", port=5433, database="boutique", user="accueil")
    database_choice.save(tmp_path, address)
    DatabaseSecret().set(address.label(), "s3cret-Pa55")
    text_on_disk = (tmp_path / database_choice.FILENAME).read_text(encoding="utf-8")
    assert "s3cret" not in text_on_disk
    assert json.loads(text_on_disk)["server"] == {
        "host": "serveur.local",
        "port": 5433,
        "database": "boutique",
        "user": "accueil",
    }
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / database_choice.FILENAME).stat().st_mode) == 0o600
    assert mem_keyring.entries == {
        ("Comptoir", "database:accueil@serveur.local:5433/boutique"): "s3cret-Pa55"
    }
    assert setup_paths.db_origin is DbOrigin.DEFAULT  # resolved before the choice was saved


def test_the_option_then_the_variable_then_the_saved_choice_then_the_local_file(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.delenv("COMPTOIR_DB", raising=False)
    local = resolve(tmp_path)
    assert (local.db_origin, local.db_file) == (DbOrigin.DEFAULT, tmp_path.resolve() / "comptoir.sqlite3")
    database_choice.save(tmp_path, ServerAddress(host="srv", user="accueil"))
    saved = resolve(tmp_path)
    assert (saved.db_origin, saved.db_url) == (
        DbOrigin.SAVED,
        "postgresql+psycopg://accueil@srv:5432/comptoir",
    )
    assert saved.server == ServerAddress(host="srv", user="accueil")
    monkeypatch.setenv("COMPTOIR_DB", "sqlite:///" + str(tmp_path / "env.sqlite3"))
    assert resolve(tmp_path).db_origin is DbOrigin.ENVIRONMENT
    option = resolve(tmp_path, "sqlite:///" + str(tmp_path / "option.sqlite3"))
    assert (option.db_origin, option.db_file) == (DbOrigin.OPTION, tmp_path / "option.sqlite3")
    with pytest.raises(ServerSetupError) as caught:
        ServerSetup(option).use_local()
    assert caught.value.code == "database_choice_imposed"


def test_addresses_are_quoted_and_checked() -> None:
    odd = ServerAddress(host="fe80::1", port=5432, database="base compta", user="jean@accueil")
    assert odd.url() == "postgresql+psycopg://jean%40accueil@[fe80::1]:5432/base%20compta"
    assert ServerAddress(host="", user="").problems() == ["host", "user"]
    assert ServerAddress(host="a b", port=70000, database="x", user="u").problems() == ["host", "port"]


def test_an_unreadable_choice_is_refused_rather_than_silently_using_another_database(tmp_path: Path) -> None:
    (tmp_path / database_choice.FILENAME).write_text("{not json", encoding="utf-8")
    paths = resolve(tmp_path)
    assert paths.choice_unreadable and paths.db_file is None
    with pytest.raises(StorageError) as caught:
        open_context(paths)
    assert caught.value.code == "database_choice_unreadable"
    assert "database.json" in catalogue.explain(caught.value.code)
    assert not (tmp_path / "comptoir.sqlite3").exists()


# ---------------------------------------------------------------------------------------- the password


def test_the_password_lives_in_the_keyring_and_is_never_logged(mem_keyring) -> None:
    from desktop import logs

    secret = DatabaseSecret()
    secret.set("accueil@srv:5432/comptoir", "Tr0mb0ne!")
    assert secret.get("accueil@srv:5432/comptoir") == "Tr0mb0ne!"
    assert "Tr0mb0ne!" not in logs.redact("connexion avec Tr0mb0ne! refusée")
    secret.set("accueil@srv:5432/comptoir", "")  # none any more: the entry goes
    assert secret.get("accueil@srv:5432/comptoir") is None and mem_keyring.entries == {}
    secret.delete("accueil@srv:5432/comptoir")  # already gone: nothing to do


def test_no_secure_keyring_means_nothing_is_saved(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        with pytest.raises(KeyringUnavailableError):
            DatabaseSecret().set("accueil@srv:5432/comptoir", "x")
    finally:
        keyring.set_keyring(previous)


# ---------------------------------------------------------------------------------------- connection test


def test_an_unreachable_server_is_explained_and_nothing_is_switched(tmp_path: Path, mem_keyring) -> None:
    setup = ServerSetup(resolve(tmp_path))
    with pytest.raises(StorageError) as caught:
        setup.use(CLOSED_PORT_URL, "pw")
    assert caught.value.code == "server_unreachable"
    assert "ne répond pas" in catalogue.explain(caught.value.code)
    assert setup.saved() is None and mem_keyring.entries == {}
    with pytest.raises(ServerSetupError) as incomplete:
        setup.test(ServerAddress(host="srv", user=""))
    assert (incomplete.value.code, incomplete.value.params) == (
        "server_address_incomplete",
        {"field": "user"},
    )


@pytest.mark.postgres
@skip_without_pg
def test_switching_a_desk_to_a_server_and_back(tmp_path: Path, pg_url: str, mem_keyring) -> None:
    address = _address_of(pg_url)
    setup = ServerSetup(resolve(tmp_path))
    assert setup.test(address, "").state == "empty"
    assert setup.use(address, "pw-du-serveur").state == "empty"
    assert mem_keyring.entries == {("Comptoir", f"database:{address.label()}"): "pw-du-serveur"}

    paths = resolve(tmp_path)  # what the next start (or the window, reopening) sees
    assert (paths.db_origin, paths.server) == (DbOrigin.SAVED, address)
    context = open_context(paths)
    try:
        assert not context.db.is_sqlite and context.clients.count() == 0
        assert "pw-du-serveur" not in context.db.url
    finally:
        context.close()
    assert setup.test(address).state == "current"  # the saved password is used

    ServerSetup(paths).use_local()
    back = resolve(tmp_path)
    assert (back.db_origin, back.db_file is not None) == (DbOrigin.DEFAULT, True)
    assert mem_keyring.entries == {}


@pytest.mark.postgres
@skip_without_pg
def test_each_reason_a_server_cannot_be_used_is_told(tmp_path: Path, pg_url: str, mem_keyring) -> None:
    setup = ServerSetup(resolve(tmp_path))
    address = _address_of(pg_url)
    cases = [
        (ServerAddress(address.host, address.port, address.database, "personne"), "server_auth_failed"),
        (ServerAddress(address.host, address.port, "pas_de_base", address.user), "server_database_missing"),
    ]
    for wrong, code in cases:
        with pytest.raises(StorageError) as caught:
            setup.test(wrong, "")
        assert caught.value.code == code, wrong
        assert catalogue.explain(code) != catalogue.explain("unknown_error")
    db = Database(pg_url)
    upgrade(db, None)
    with db.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(StorageError) as newer:
        setup.use(address, "")
    assert newer.value.code == "schema_too_new" and setup.saved() is None
    with db.session() as session:
        session.execute(text("DROP TABLE alembic_version"))
    db.dispose()
    with pytest.raises(StorageError) as foreign:
        setup.test(address, "")
    assert foreign.value.code == "server_foreign_database"
