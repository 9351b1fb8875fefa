"""Several desks on one PostgreSQL server: test a server, switch this desk to it, or back to its own file.

The choice is kept in the data folder (:mod:`desktop.database_choice`, no password) and the password in the
keyring (:mod:`desktop.providers.database_secret`). A desk started with ``--db`` or ``COMPTOIR_DB`` uses
that address whatever was chosen here: :attr:`ServerSetup.imposed` says so, and switching is refused.
The switch takes effect when the database is opened again (the window reopens at once).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop import database_choice, logs
from desktop.core.errors import KnownError
from desktop.database_choice import ServerAddress
from desktop.paths import AppPaths, DbOrigin
from desktop.providers.database_secret import CredentialError, DatabaseSecret
from desktop.storage.schema import SchemaState
from desktop.storage.server import check_server

__all__ = ["ServerAddress", "ServerSetup", "ServerSetupError", "ServerTest"]

log = logs.get("db")


class ServerSetupError(KnownError):
    """The address is incomplete, the choice is imposed, or the keyring cannot keep the password. (A server
    that cannot be used raises StorageError, see :func:`desktop.storage.server.check_server`.)"""


@dataclass(frozen=True)
class ServerTest:
    address: ServerAddress
    #: "empty": Comptoir will create its tables; "current": ready; "outdated": migrated when opened.
    state: str


#: Why a desk switched to a server may fail to open it: it can go back to its own file meanwhile.
_SERVER_TROUBLE = frozenset(
    {
        "server_unreachable",
        "server_auth_failed",
        "server_database_missing",
        "schema_too_new",
        "foreign_database",
    }
)


def may_go_local(code: str) -> bool:
    """Whether a desk on a server that failed to open with ``code`` should be offered its own file."""
    return code in _SERVER_TROUBLE


_STATES = {SchemaState.FRESH: "empty", SchemaState.CURRENT: "current", SchemaState.OUTDATED: "outdated"}


class ServerSetup:
    def __init__(self, paths: AppPaths, secrets: DatabaseSecret | None = None) -> None:
        self._paths = paths
        self._secrets = secrets or DatabaseSecret()

    @property
    def imposed(self) -> DbOrigin | None:
        """OPTION (``--db``) or ENVIRONMENT (``COMPTOIR_DB``) when the address is imposed, else None."""
        origin = self._paths.db_origin
        return origin if origin in (DbOrigin.OPTION, DbOrigin.ENVIRONMENT) else None

    def saved(self) -> ServerAddress | None:
        """The server this desk is switched to (None: its own SQLite file)."""
        try:
            return database_choice.load(self._paths.data_dir)
        except database_choice.DatabaseChoiceError:
            return None

    def test(self, address: ServerAddress, password: str | None = None) -> ServerTest:
        """Connect to ``address`` with ``password`` (None: the one saved for it, if any) and say what is
        there. ServerSetupError ``server_address_incomplete``; StorageError when the server cannot be used
        (unreachable, wrong credentials, no such database, newer or foreign schema)."""
        self._check(address)
        if password is None:
            password = self.saved_password(address)
        state = check_server(address.url(), password)
        return ServerTest(address, _STATES[state])

    def use(self, address: ServerAddress, password: str | None) -> ServerTest:
        """Test the server, then switch this desk to it: the password into the keyring, the address into
        the data folder. Nothing is saved when the test fails."""
        if self.imposed is not None:
            raise ServerSetupError("database_choice_imposed")
        tested = self.test(address, password)
        if password is not None:
            try:
                self._secrets.set(address.label(), password)
            except CredentialError as exc:
                raise ServerSetupError("database_keyring_unavailable") from exc
        database_choice.save(self._paths.data_dir, address)
        log.info("this desk now uses the database server %s", address.label())
        return tested

    def use_local(self) -> None:
        """Back to the data folder's own SQLite file; the saved password is removed from the keyring."""
        if self.imposed is not None:
            raise ServerSetupError("database_choice_imposed")
        previous = self.saved()
        database_choice.save(self._paths.data_dir, None)
        if previous is not None:
            try:
                self._secrets.delete(previous.label())
            except CredentialError:
                log.warning("the database password could not be removed from the keyring")
        log.info("this desk now uses its own database file")

    def saved_password(self, address: ServerAddress) -> str | None:
        """The password kept for ``address``, None when there is none or the keyring cannot be read."""
        try:
            return self._secrets.get(address.label())
        except CredentialError:
            log.warning("the database password could not be read from the keyring")
            return None

    @staticmethod
    def _check(address: ServerAddress) -> None:
        wrong = address.problems()
        if wrong:
            raise ServerSetupError("server_address_incomplete", field=wrong[0])


def server_password(paths: AppPaths) -> str | None:
    """The password of the saved server for opening the database (None: none saved, or no keyring)."""
    if paths.server is None:
        return None
    return ServerSetup(paths).saved_password(paths.server)
