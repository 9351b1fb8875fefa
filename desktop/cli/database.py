"""``database``: which database this desk uses; test a PostgreSQL server, switch to it, or back.

``database use-server`` reads the password from standard input (one line) or asks for it on a terminal: it
is never a command-line argument (it would stay in the shell history) and goes to the keyring only.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, print_json

if TYPE_CHECKING:
    from desktop.services.server import ServerAddress, ServerSetup

ORDER = 65

_STATES = {
    "empty": "base vide : Comptoir y créera ses tables",
    "current": "base Comptoir prête",
    "outdated": "base Comptoir d'une version précédente : elle sera mise à jour à l'ouverture",
}
_ORIGINS = {
    "option": "imposée par l'option --db",
    "environment": "imposée par la variable COMPTOIR_DB",
    "saved": "choisie dans Réglages › Données",
    "default": "base de cet ordinateur",
}


def register(subparsers: Any) -> None:
    database = subparsers.add_parser(
        "database", help="base de données de ce poste : la voir, essayer un serveur PostgreSQL, y passer"
    )
    database.set_defaults(handler=show_command, json=False)
    actions = database.add_subparsers(dest="database_command", metavar="ACTION", parser_class=type(database))

    show = actions.add_parser("show", help="où est la base de données de ce poste")
    show.add_argument("--json", action="store_true", help="sortie JSON")
    show.set_defaults(handler=show_command)

    for name, help_text, handler in (
        ("test", "essaie un serveur (par défaut celui choisi) sans rien changer", test_command),
        (
            "use-server",
            "essaie puis utilise ce serveur pour ce poste (mot de passe lu sur l'entrée)",
            use_command,
        ),
    ):
        action = actions.add_parser(name, help=help_text)
        action.add_argument("--host", required=name == "use-server", metavar="SERVEUR", help="nom ou adresse")
        action.add_argument("--port", type=int, default=5432, metavar="PORT", help="port (défaut 5432)")
        action.add_argument(
            "--name", default="comptoir", metavar="BASE", help="nom de la base (défaut comptoir)"
        )
        action.add_argument("--user", default="", metavar="UTILISATEUR", help="utilisateur de la base")
        if name == "test":
            action.add_argument(
                "--password", action="store_true", help="lit un mot de passe à essayer sur l'entrée standard"
            )
        action.add_argument("--json", action="store_true", help="sortie JSON")
        action.set_defaults(handler=handler)

    local = actions.add_parser("use-local", help="revient à la base de cet ordinateur (dossier des données)")
    local.add_argument("--json", action="store_true", help="sortie JSON")
    local.set_defaults(handler=local_command)


def _setup(args: argparse.Namespace) -> ServerSetup:
    from desktop import logs
    from desktop.paths import resolve
    from desktop.services.server import ServerSetup

    paths = resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    paths.ensure()  # DataFolderError: explained by the command line's handler
    logs.setup(paths.log_dir)
    return ServerSetup(paths)


def show_command(args: argparse.Namespace) -> int:
    from desktop.paths import resolve

    paths = resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    server = paths.server
    data = {
        "origin": paths.db_origin.value,
        "kind": "sqlite" if paths.db_file is not None else "server",
        "file": str(paths.db_file) if paths.db_file is not None else None,
        "server": None
        if server is None
        else {"host": server.host, "port": server.port, "database": server.database, "user": server.user},
        "readable": not paths.choice_unreadable,
    }
    if args.json:
        print_json(data)
        return 0
    if paths.choice_unreadable:
        from desktop.core import catalogue

        raise CommandError(catalogue.explain("database_choice_unreadable"))
    if server is not None:
        print(f"Serveur PostgreSQL {server.label()} ({_ORIGINS[paths.db_origin.value]}).")
    elif paths.db_file is not None:
        print(f"Fichier {paths.db_file} ({_ORIGINS[paths.db_origin.value]}).")
    else:
        print(f"Adresse {paths.db_url.split('@')[-1]} ({_ORIGINS[paths.db_origin.value]}).")
    return 0


def _address(args: argparse.Namespace, setup: ServerSetup) -> ServerAddress:
    from desktop.services.server import ServerAddress

    if args.host is None:
        saved = setup.saved()
        if saved is None:
            raise CommandError("aucun serveur n'est choisi : indiquez --host (et --name, --user).")
        return saved
    return ServerAddress(host=args.host, port=args.port, database=args.name, user=args.user)


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("Mot de passe de la base (vide si aucun) : ")
    return sys.stdin.readline().rstrip("\r\n")


def test_command(args: argparse.Namespace) -> int:

    setup = _setup(args)
    address = _address(args, setup)
    password = _read_password() if args.password else None
    tested = setup.test(address, password)
    if args.json:
        print_json({"server": address.label(), "state": tested.state})
    else:
        print(f"Connexion réussie à {address.label()} : {_STATES[tested.state]}.")
    return 0


def use_command(args: argparse.Namespace) -> int:
    from desktop.services.server import ServerSetupError

    setup = _setup(args)
    if setup.imposed is not None:
        raise ServerSetupError("database_choice_imposed")
    address = _address(args, setup)
    tested = setup.use(address, _read_password())
    if args.json:
        print_json({"server": address.label(), "state": tested.state})
    else:
        print(f"Ce poste utilise maintenant le serveur {address.label()} ({_STATES[tested.state]}).")
        print("Le mot de passe est gardé dans le trousseau du système.")
    return 0


def local_command(args: argparse.Namespace) -> int:

    setup = _setup(args)
    setup.use_local()
    if args.json:
        print_json({"kind": "sqlite"})
    else:
        print("Ce poste utilise de nouveau la base de son dossier de données.")
    return 0
