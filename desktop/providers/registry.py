"""The provider kinds Comptoir knows, and how to build an adapter for a configured account.

Each adapter module exposes ``SPEC: ProviderSpec`` (with its static ``Capabilities``) and
``create(account, secrets, env) -> Provider``. Modules are imported on demand so that start-up does not pay
for adapters nobody uses. What a provider can do, and what its account means for a message's text
(:func:`account_facts`), is read from ``SPEC`` alone: no adapter is built and the keyring is not opened.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from desktop.core.clock import Clock, SystemClock
from desktop.core.entities import ProviderAccount
from desktop.core.outgoing import AccountFacts
from desktop.providers.base import Capabilities, PermanentError, Provider, ProviderSpec
from desktop.providers.http import CONNECT_TIMEOUT, READ_TIMEOUT

_MODULES = {
    "simulator": "desktop.providers.simulator",
    "twilio": "desktop.providers.twilio",
    "brevo": "desktop.providers.brevo",
    "ovh": "desktop.providers.ovh",
    "smsmode": "desktop.providers.smsmode",
}


@dataclass(frozen=True)
class ProviderEnv:
    """What adapters may need from the application besides their account: a clock and a folder."""

    data_dir: Path
    clock: Clock = field(default_factory=SystemClock)
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT


def kinds() -> tuple[str, ...]:
    return tuple(_MODULES)


def _module(kind: str) -> ModuleType:
    if kind not in _MODULES:
        raise PermanentError("not_supported", f"unknown provider {kind!r}")
    return importlib.import_module(_MODULES[kind])


def spec(kind: str) -> ProviderSpec:
    result = _module(kind).SPEC
    assert isinstance(result, ProviderSpec)
    return result


def capabilities(kind: str) -> Capabilities:
    """What a provider kind can do (static: no adapter, no secret)."""
    return spec(kind).capabilities


def account_facts(account: ProviderAccount) -> AccountFacts:
    """What sending through ``account`` means for a message's text: sender, STOP mention (the account's own,
    else the one its provider expects), whether the provider appends its own, maximum length, price."""
    found = capabilities(account.provider)
    return AccountFacts.of(
        account,
        provider_appends_stop=found.provider_stop_mention,
        provider_stop_text=found.stop_text,
        max_body_length=found.max_body_length,
    )


def create(account: ProviderAccount, secrets: Mapping[str, str], env: ProviderEnv) -> Provider:
    missing = [f.key for f in spec(account.provider).secret_fields if f.required and not secrets.get(f.key)]
    if missing:
        raise PermanentError("auth_failed", "missing secret: " + ", ".join(missing))
    provider = _module(account.provider).create(account, secrets, env)
    assert isinstance(provider, Provider)
    return provider
