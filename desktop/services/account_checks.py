"""Checks of what an SMS provider account is made of, before anything is stored or sent.

Pure functions (no database, no keyring, no network): each returns the normalised value or raises
:class:`AccountError` with a stable ``code`` (texts in ``desktop.core.catalogue.accounts``, and
``desktop.core.catalogue.compliance`` for the sender codes). :class:`desktop.services.accounts.AccountService`
runs them on every add, update and connection test.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final
from urllib.parse import urlsplit

from desktop import logs
from desktop.core import compliance
from desktop.core.errors import KnownError
from desktop.providers import registry
from desktop.providers.base import ProviderSpec

MAX_NAME_LENGTH: Final = 60
MAX_RATE: Final = 1000.0
#: Hosts a base URL may reach over plain HTTP (fake servers in tests, a local relay); others need HTTPS.
LOCAL_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})


class AccountError(KnownError):
    """A refused account operation. ``code`` and ``params`` fill a catalogue text; never a secret."""


def provider_spec(kind: str) -> ProviderSpec:
    """The description of a provider kind (``"twilio"``…); ``account_unknown_provider`` lists the known ones."""
    if kind not in registry.kinds():
        raise AccountError("account_unknown_provider", provider=kind, choices=", ".join(registry.kinds()))
    return registry.spec(kind)


def check_name(name: str) -> str:
    """The name with its spaces collapsed; refused when empty or longer than :data:`MAX_NAME_LENGTH`.

    Whether another account already has it is for the service to say (it needs the database).
    """
    value = " ".join(name.split())
    if not value:
        raise AccountError("account_name_empty")
    if len(value) > MAX_NAME_LENGTH:
        raise AccountError("account_name_too_long", name=value, max=str(MAX_NAME_LENGTH))
    return value


def check_sender(sender: str) -> str:
    """The sender stripped. "" (the sender configured at the provider) is not checked; any other sender
    must pass :func:`desktop.core.compliance.check_sender` without a blocking finding (its code is raised)."""
    value = sender.strip()
    if not value:
        return ""
    for finding in compliance.check_sender(value):
        if finding.severity is compliance.Severity.BLOCK:
            raise AccountError(finding.code, **dict(finding.params))
    return value


def check_base_url(url: str | None) -> str | None:
    """The URL without trailing "/", or None when empty (the provider's own URL). HTTPS only, except plain
    HTTP to :data:`LOCAL_HOSTS`; anything else is ``account_invalid_base_url``."""
    value = (url or "").strip().rstrip("/")
    if not value:
        return None
    parts = urlsplit(value)
    secure = parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOCAL_HOSTS)
    if not secure or not parts.hostname:
        raise AccountError("account_invalid_base_url", url=value)
    return value


def check_rate(rate: float | None, spec: ProviderSpec) -> float:
    """Messages per second: the provider's default when None; otherwise finite, above 0, at most
    :data:`MAX_RATE`."""
    if rate is None:
        return spec.default_rate_per_second
    if not math.isfinite(rate) or rate <= 0 or rate > MAX_RATE:
        raise AccountError("account_invalid_rate", rate=str(rate), max=str(int(MAX_RATE)))
    return float(rate)


def check_price(price: int | None) -> int:
    """Price of one segment in cents: 0 when None; never negative."""
    if price is None:
        return 0
    if price < 0:
        raise AccountError("account_invalid_price", price=str(price))
    return int(price)


def check_options(spec: ProviderSpec, current: Mapping[str, str], given: Mapping[str, str]) -> dict[str, str]:
    """Merge ``given`` into ``current`` (stripped; "" removes), defaults filled, required fields present."""
    merged = dict(current)
    for key, raw in given.items():
        value = raw.strip()
        if value:
            merged[key] = value
        else:
            merged.pop(key, None)
    for field in spec.option_fields:
        if not merged.get(field.key) and field.default:
            merged[field.key] = field.default
        if field.required and not merged.get(field.key):
            raise AccountError("account_field_missing", field=field.label, provider=spec.label)
    return merged


def check_secrets(spec: ProviderSpec, given: Mapping[str, str], *, required: bool) -> dict[str, str]:
    """The spec's secrets among ``given`` (stripped; others ignored); all required ones when ``required``.

    Each secret kept is registered with :func:`desktop.logs.register_secret`, so no log line can show it.
    """
    secrets: dict[str, str] = {}
    for field in spec.secret_fields:
        value = given.get(field.key, "").strip()
        if value:
            logs.register_secret(value)
            secrets[field.key] = value
        elif required and field.required:
            raise AccountError("account_secret_missing", field=field.label, provider=spec.label)
    return secrets
