"""``account`` (add, list, test, default, fallback, remove) and ``simulate-reply``.

``account add PROVIDER`` gets one option per non-secret field of that provider's ``ProviderSpec``
(``--account-sid`` for the field ``account_sid``), added when the provider is known, so that a new provider
needs no change here. Secrets are never command-line arguments (they would stay in the shell history and
the process list): they are read from standard input, one per line in the spec's order, or asked with
``getpass`` when standard input is a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.cli.common import CommandError, app_context, print_json
from desktop.cli.parsing import FrenchParser
from desktop.core import french

if TYPE_CHECKING:
    from desktop.context import AppContext
    from desktop.core.entities import ProviderAccount
    from desktop.providers.base import ProviderSpec

ORDER = 30
EXIT_USAGE = 2

#: Options of ``account add`` that take no value (every other option does).
_NO_VALUE = frozenset({"-h", "--help", "--default", "--no-default", "--json"})


def _flag(key: str) -> str:
    return "--" + key.replace("_", "-")


class _AccountParser(FrenchParser):
    """For ``account add``, the provider's fields appear once the provider is known."""

    provider_fields = False
    _fields_of: str | None = None

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self.provider_fields:
            tokens = list(sys.argv[1:] if args is None else args)
            kind = _peek_provider(tokens)
            if kind is not None:
                self._add_fields(kind)
            elif "-h" in tokens or "--help" in tokens:
                self.epilog = _all_fields_help()
        return super().parse_known_args(args, namespace)

    def _add_fields(self, kind: str) -> None:
        spec = _spec_or_none(kind)
        if spec is None or self._fields_of == kind:
            return
        self._fields_of = kind
        group = self.add_argument_group(f"champs {spec.label}")
        for field in spec.option_fields:
            hint = " (obligatoire)" if field.required and not field.default else ""
            default = f" ; par défaut {field.default}" if field.default else ""
            text = f"{field.label}{hint}{default}. {field.help}".strip()
            try:
                group.add_argument(
                    _flag(field.key),
                    dest=f"field_{field.key}",
                    metavar="VALEUR",
                    help=text.replace("%", "%%"),
                )
            except argparse.ArgumentError:  # a field named like a common option: keep the common one
                continue
        for field in spec.secret_fields:
            try:
                group.add_argument(
                    _flag(field.key),
                    dest=f"secret_{field.key}",
                    nargs="?",
                    action=_RefuseSecret,
                    help=argparse.SUPPRESS,
                )
            except argparse.ArgumentError:
                continue
        secrets = ", ".join(f.label for f in spec.secret_fields)
        if secrets:
            self.epilog = french.fill(
                "Secrets de %1, lus sur l'entrée standard (une ligne chacun, dans cet ordre) ou demandés au "
                f"clavier : {secrets}. Ils sont enregistrés dans le trousseau du système.",
                "%1",
                spec.label,
            )


class _RefuseSecret(argparse.Action):
    """A secret given as an argument: refused without echoing it."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option: str | None = None,
    ) -> None:
        parser.error(
            f"{option} ne s'indique pas sur la ligne de commande (le secret resterait dans l'historique). "
            "Donnez-le sur l'entrée standard ou tapez-le quand il est demandé."
        )


def _peek_provider(tokens: Sequence[str]) -> str | None:
    """The first positional argument: the provider. Every option takes a value except :data:`_NO_VALUE`."""
    skip = False
    for token in tokens:
        if skip:
            skip = False
        elif token.startswith("-") and token != "-":
            skip = "=" not in token and token not in _NO_VALUE
        else:
            return token
    return None


def _spec_or_none(kind: str) -> ProviderSpec | None:
    from desktop.providers import registry

    if kind not in registry.kinds():
        return None
    try:
        return registry.spec(kind)
    except ImportError:
        return None


def _all_fields_help() -> str:
    from desktop.providers import registry

    lines = ["Champs de chaque fournisseur (secrets lus sur l'entrée standard, jamais en argument) :"]
    for kind in registry.kinds():
        spec = _spec_or_none(kind)
        if spec is None:
            continue
        options = " ".join(_flag(f.key) + " VALEUR" for f in spec.option_fields) or "aucun champ"
        secrets = ", ".join(f.label for f in spec.secret_fields) or "aucun"
        lines.append(f"  {kind} : {options} ; secrets : {secrets}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------- parser


def register(subparsers: Any) -> None:
    account = subparsers.add_parser(
        "account", help="comptes SMS : ajouter, lister, tester, choisir le défaut"
    )
    account.set_defaults(handler=lambda _args: _print_help(account))
    actions = account.add_subparsers(dest="account_command", metavar="ACTION", parser_class=_AccountParser)

    add = actions.add_parser(
        "add",
        help="ajoute un compte (secrets lus sur l'entrée standard)",
        description="Ajoute un compte SMS. Les secrets sont lus sur l'entrée standard (une ligne chacun) ou "
        "demandés au clavier, puis enregistrés dans le trousseau du système.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.provider_fields = True
    add.add_argument("provider", metavar="FOURNISSEUR", help="twilio, brevo, ovh, smsmode ou simulator")
    add.add_argument("--name", required=True, metavar="NOM", help="nom du compte (unique)")
    add.add_argument("--sender", default="", metavar="EXPÉDITEUR", help="nom ou numéro d'expéditeur")
    add.add_argument(
        "--base-url", metavar="URL", help="adresse du serveur du fournisseur (sinon la sienne par défaut)"
    )
    add.add_argument("--rate", type=float, metavar="R", help="SMS par seconde au plus")
    add.add_argument(
        "--price-cents",
        type=int,
        metavar="C",
        help="prix d'un SMS en centimes (sinon le prix public estimé du fournisseur)",
    )
    add.add_argument(
        "--stop-text", metavar="TEXTE", help="mention STOP des SMS promotionnels, ex. « STOP au 36180 »"
    )
    choice = add.add_mutually_exclusive_group()
    choice.add_argument(
        "--default", dest="make_default", action="store_const", const=True, help="compte par défaut"
    )
    choice.add_argument(
        "--no-default", dest="make_default", action="store_const", const=False, help="ne change pas le défaut"
    )
    add.add_argument("--json", action="store_true", help="sortie JSON")
    add.set_defaults(handler=add_account, make_default=None)

    listing = actions.add_parser("list", help="liste les comptes (jamais les secrets)")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=list_accounts)

    test = actions.add_parser("test", help="vérifie les identifiants et affiche le solde si possible")
    test.add_argument("name", metavar="NOM")
    test.add_argument("--json", action="store_true", help="sortie JSON")
    test.set_defaults(handler=test_account)

    default = actions.add_parser("default", help="choisit le compte par défaut")
    default.add_argument("name", metavar="NOM")
    default.set_defaults(handler=set_default)

    fallback = actions.add_parser("fallback", help="choisit le compte de secours (ou --none)")
    which = fallback.add_mutually_exclusive_group(required=True)
    which.add_argument("name", metavar="NOM", nargs="?")
    which.add_argument("--none", action="store_true", help="aucun compte de secours")
    fallback.set_defaults(handler=set_fallback)

    remove = actions.add_parser("remove", help="supprime un compte et ses secrets")
    remove.add_argument("name", metavar="NOM")
    remove.set_defaults(handler=remove_account)

    reply = subparsers.add_parser(
        "simulate-reply", help="le simulateur reçoit une réponse SMS (pour essayer la boîte de réception)"
    )
    reply.add_argument("--from", dest="from_number", required=True, metavar="NUMÉRO", help="numéro du client")
    reply.add_argument("--text", required=True, metavar="TEXTE", help="texte de la réponse")
    reply.add_argument(
        "--account", metavar="NOM", help="le compte simulateur qui la reçoit (sinon celui par défaut)"
    )
    reply.add_argument("--json", action="store_true", help="sortie JSON")
    reply.set_defaults(handler=simulate_reply)


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_USAGE


def _usage(command: str, message: str) -> int:
    print(f"comptoir account {command}: erreur : {message}", file=sys.stderr)
    return EXIT_USAGE


def _as_dict(account: ProviderAccount) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "provider": account.provider,
        "sender": account.sender,
        "base_url": account.base_url,
        "options": dict(account.options),
        "rate_per_second": account.rate_per_second,
        "price_cents_per_segment": account.price_cents_per_segment,
        "default": account.is_default,
        "fallback": account.is_fallback,
    }


# ---------------------------------------------------------------------------------------- handlers


def _read_secrets(spec: ProviderSpec) -> dict[str, str]:
    from getpass import getpass

    from desktop import logs

    secrets: dict[str, str] = {}
    interactive = sys.stdin is not None and sys.stdin.isatty()
    for field in spec.secret_fields:
        if interactive:
            value = getpass(f"{field.label} (saisie masquée) : ")
        else:
            value = sys.stdin.readline() if sys.stdin is not None else ""
        value = value.strip()
        logs.register_secret(value)
        secrets[field.key] = value
    return secrets


def add_account(args: argparse.Namespace) -> int:
    import shlex

    from desktop.providers import registry

    if args.provider not in registry.kinds():
        return _usage(
            "add", f"fournisseur inconnu « {args.provider} » ; possibles : {', '.join(registry.kinds())}"
        )
    spec = registry.spec(args.provider)
    options = {f.key: getattr(args, f"field_{f.key}", None) or "" for f in spec.option_fields}
    missing = [
        _flag(f.key) for f in spec.option_fields if f.required and not f.default and not options[f.key]
    ]
    if missing:
        return _usage("add", "option(s) obligatoire(s) pour " + spec.label + " : " + ", ".join(missing))
    if args.stop_text:
        options["stop_text"] = args.stop_text
    secrets = _read_secrets(spec)
    with app_context(args) as context:
        account = context.accounts.add(
            spec.key,
            args.name,
            args.sender,
            options,
            secrets,
            base_url=args.base_url,
            rate_per_second=args.rate,
            price_cents_per_segment=args.price_cents,
            make_default=args.make_default,
        )
    if args.json:
        print_json(_as_dict(account))
        return 0
    print(f"Compte « {account.name} » ({spec.label}) enregistré.")
    if spec.secret_fields:
        print("Ses secrets sont dans le trousseau du système, pas dans le dossier de données.")
    if account.is_default:
        print("C'est désormais le compte par défaut.")
    print(f"Vérifiez-le avec : account test {shlex.quote(account.name)}")
    return 0


def list_accounts(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        accounts = context.accounts.list()
    if args.json:
        print_json([_as_dict(a) for a in accounts])
        return 0
    for account in accounts:
        role = " (par défaut)" if account.is_default else " (secours)" if account.is_fallback else ""
        sender = account.sender or "—"
        url = f"  {account.base_url}" if account.base_url else ""
        print(f"{account.name:<24} {account.provider:<10} expéditeur : {sender:<12}{role}{url}")
    return 0


def test_account(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        check = context.accounts.test(args.name)
    if args.json:
        print_json(
            {
                "ok": check.ok,
                "balance": None if check.balance is None else str(check.balance),
                "balance_unit": check.balance_unit,
                "detail": check.detail,
            }
        )
        return 0 if check.ok else 1
    if not check.ok:
        raise CommandError(
            f"le fournisseur n'a pas validé le compte « {args.name} » ({check.detail or 'sans détail'})."
        )
    print("Connexion OK" + (f" — {check.detail}" if check.detail else ""))
    if check.balance is not None:
        print(f"Solde : {check.balance} {check.balance_unit or ''}".rstrip())
    return 0


def set_default(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        account = context.accounts.set_default(args.name)
    print(f"« {account.name} » est le compte par défaut.")
    return 0


def set_fallback(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        account = context.accounts.set_fallback(None if args.none else args.name)
    print("Aucun compte de secours." if account is None else f"« {account.name} » est le compte de secours.")
    return 0


def remove_account(args: argparse.Namespace) -> int:
    with app_context(args) as context:
        account = context.accounts.by_name(args.name)
        context.accounts.remove(account.name)
        default = context.accounts.default()
    print(f"Compte « {account.name} » supprimé. Compte par défaut : « {default.name} ».")
    return 0


def _simulator_account(context: AppContext, name: str | None) -> ProviderAccount:
    """The simulator account a simulated reply is for: the one named, else the default account when it is a
    simulator, else the first simulator account."""
    from desktop.services.accounts import SIMULATOR

    if name:
        account = context.accounts.by_name(name)
        if account.provider != SIMULATOR:
            raise CommandError(
                f"« {account.name} » est un vrai compte SMS : ses réponses arrivent des téléphones des clients. "
                "simulate-reply ne sert qu'aux comptes du simulateur."
            )
        return account
    default = context.accounts.default()
    if default.provider == SIMULATOR:
        return default
    simulators = [a for a in context.accounts.list() if a.provider == SIMULATOR]
    if not simulators:
        raise CommandError(
            "aucun compte du simulateur : ajoutez-en un dans Réglages › Comptes SMS pour essayer les réponses."
        )
    return simulators[0]


def simulate_reply(args: argparse.Namespace) -> int:
    import sqlite3

    from desktop.core import catalogue, phones
    from desktop.core.clock import SystemClock
    from desktop.providers.simulator import inject_reply

    number = phones.normalize(args.from_number)
    if number.e164 is None:
        raise CommandError(catalogue.explain(number.error or "invalid"))
    if not args.text.strip():
        raise CommandError("le texte de la réponse est vide.")
    clock = getattr(args, "clock", None) or SystemClock()
    with app_context(args) as context:
        account = _simulator_account(context, args.account)
        try:
            reply = inject_reply(
                context.paths.data_dir, number.e164, args.text, clock.now(), account=account.name
            )
        except (OSError, sqlite3.Error) as exc:
            raise CommandError(
                f"impossible d'écrire l'état du simulateur dans le dossier de données ({type(exc).__name__})."
            ) from exc
    if args.json:
        print_json(
            {
                "id": reply.provider_id,
                "from": reply.from_number,
                "received_at": reply.received_at,
                "account": account.name,
            }
        )
        return 0
    print(
        f"Réponse simulée de {phones.format_national(number.e164)} reçue par le simulateur (compte "
        f"« {account.name} ») : elle arrivera dans la boîte de réception au prochain relevé des réponses "
        "(application ouverte ou « dispatch --once »)."
    )
    return 0
