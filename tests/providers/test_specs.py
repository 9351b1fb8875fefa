"""What the account forms show of each provider: every French text has its English form, chosen by the
interface's language; brand names and the terms a provider's console shows as is stay as they are."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core import catalogue
from desktop.providers import registry
from desktop.providers.base import FieldSpec, shown


@pytest.fixture
def english() -> Iterator[None]:
    catalogue.set_language("en")
    yield
    catalogue.set_language("fr")


def _fields() -> list[tuple[str, FieldSpec]]:
    return [(kind, f) for kind in registry.kinds() for f in registry.spec(kind).fields]


def test_every_help_text_and_every_french_label_has_an_english_form() -> None:
    for kind, spec_field in _fields():
        if spec_field.hint:
            assert isinstance(spec_field.hint, tuple), (kind, spec_field.key)
        if isinstance(spec_field.texts, str):  # left as is: the provider's own term
            assert spec_field.texts.isascii() and spec_field.texts.split()[0][0].isupper(), (
                kind,
                spec_field.key,
            )


def test_labels_follow_the_interface_language(english: None) -> None:
    ovh = registry.spec("ovh")
    assert [f.label for f in ovh.fields][:3] == ["SMS service name", "Application key (AK)", "Endpoint"]
    assert registry.spec("simulator").label == "Simulator (trial, nothing really sent)"
    assert registry.spec("smsmode").fields[0].help == "smsmode › Settings › API keys"
    catalogue.set_language("fr")
    assert ovh.fields[0].label == "Nom du service SMS"
    assert registry.spec("simulator").label == "Simulateur (essai sans envoi réel)"


def test_a_pair_without_english_falls_back_to_french(english: None) -> None:
    assert shown(("Bonjour", "")) == "Bonjour"
    assert shown("Twilio") == "Twilio"


def test_each_real_provider_has_an_estimated_price_for_france() -> None:
    """A new account never starts at « 0,00 € » an SMS: the form proposes the provider's public price."""
    for kind in registry.kinds():
        estimate = registry.spec(kind).price_estimate_cents_fr
        assert 3 <= estimate <= 15, kind  # a few cents: in the range of French prices per SMS
