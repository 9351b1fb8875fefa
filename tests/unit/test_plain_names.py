"""The client's own accents and the cost of a message (desktop.core.outgoing.PlainNames): proposed only when
the addressee's values alone make the message cost more SMS and their plain spelling would not; applied on
request to those values only, never to what the sender typed."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import pytest

from desktop.core import outgoing
from desktop.core.catalogue.compliance import explain_finding
from desktop.core.compliance import Context, Recipient, Severity
from desktop.core.entities import Purpose
from desktop.core.outgoing import (
    PLAIN_NAMES_APPLIED,
    PLAIN_NAMES_PROPOSED,
    AccountFacts,
    Draft,
    PlainNames,
    Values,
)
from desktop.core.sms import GSM7, UCS2, analyze, plain_spelling

TUESDAY_10H = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
ACCOUNT = AccountFacts(id=1, price_cents_per_segment=7, stop_text="STOP au 36180")
#: 1 SMS in the plain alphabet, 2 once a single character needs the wider one (about 110 characters).
LONG = (
    "Bonjour {prenom}, votre commande est arrivée et vous attend en boutique. Passez quand vous voulez, "
    "de 9h à 19h."
)
LONG_WITH_NAME = "Bonjour {prenom} {nom}, votre commande est arrivée et vous attend. Passez de 9h à 19h."
SHORT = "Bonjour {prenom} !"


def _values(first: str, last: str = "Martin", **extra: str) -> Values:
    business = {"boutique": "Optique Martin"}
    return Values(business, {"prenom": first, "nom": last, "civilite": ""}, extra)


@dataclass(frozen=True)
class Case:
    name: str
    body: str
    values: Values
    spellings: tuple[tuple[str, str], ...] | None  # None: nothing proposed
    segments: tuple[int, int] = (2, 1)  # (as on the card, plain)
    purpose: Purpose = Purpose.TRANSACTIONAL


CASES = [
    Case("cedilla", LONG, _values("François"), (("François", "Francois"),)),
    Case("diaeresis e", LONG, _values("Zoë"), (("Zoë", "Zoe"),)),
    Case("diaeresis i", LONG, _values("Anaïs"), (("Anaïs", "Anais"),)),
    Case("circumflex, acute kept", LONG, _values("Jérôme"), (("Jérôme", "Jérome"),)),
    Case("ligature in the last name", LONG_WITH_NAME, _values("Claire", "Lœw"), (("Lœw", "Loew"),)),
    Case(
        "first and last name",
        LONG_WITH_NAME,
        _values("Gaëlle", "Bœuf"),
        (("Gaëlle", "Gaelle"), ("Bœuf", "Boeuf")),
    ),
    Case("decomposed accents from an import", LONG, _values("Zoe\u0308"), (("Zoë", "Zoe"),)),
    Case(
        "a promotion, its STOP line counted",
        LONG.replace("{prenom}", "{prenom}, -20 % chez {boutique}"),
        _values("François"),
        (("François", "Francois"),),
        segments=(3, 1),
        purpose=Purpose.PROMOTIONAL,
    ),
    # nothing to propose
    Case("ñ is in the plain alphabet", LONG, _values("Iñaki"), None),
    Case("no accent at all", LONG, _values("Claire"), None),
    Case("accents of the plain alphabet (é, è, É)", LONG, _values("Élodie-Hélène"), None),
    Case("a name that fits anyway", SHORT, _values("François"), None),
    Case("the body needs the wider alphabet itself", LONG + " Lunettes prêtes.", _values("François"), None),
    Case("the body holds an emoji", LONG + " 😀", _values("François"), None),
    Case("a character without look-alike stays", LONG, _values("Zoë 李"), None),
    Case("the body does not use the name", LONG.replace("{prenom}", "Madame"), _values("François"), None),
    Case("the last name is not in the body", LONG, _values("Claire", "Lœw"), None),
    Case("the sender's own value wins over the card", LONG, _values("François", prenom="Marc"), None),
    Case(
        "a number that is no client's",
        LONG.replace("{prenom}", "{prenom|Françoise}"),  # the default is typed in the body: kept
        Values({"boutique": "Optique Martin"}),
        None,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_plain_spelling_is_proposed_only_when_the_clients_own_accents_cost_sms(case: Case) -> None:
    draft = Draft(case.body, case.purpose)
    composed = outgoing.compose_text(draft, case.values, ACCOUNT)
    found = composed.plain_names
    if case.spellings is None:
        assert found is None
        return
    assert found == PlainNames(
        case.spellings,
        segments=case.segments[0],
        plain_segments=case.segments[1],
        saving_cents=(case.segments[0] - case.segments[1]) * 7,
        applied=False,
    )
    assert analyze(composed.text).segments == case.segments[0]  # proposed: the text keeps the card's spelling
    assert all(card in composed.text for card, _plain in case.spellings)


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.spellings], ids=[c.name for c in CASES if c.spellings]
)
def test_accepted_the_plain_spelling_writes_the_clients_values_only(case: Case) -> None:
    draft = Draft(case.body, case.purpose)
    as_is = outgoing.compose_text(draft, case.values, ACCOUNT)
    plain = outgoing.compose_text(draft, case.values, ACCOUNT, plain_names=True)

    assert plain.plain_names == PlainNames(
        case.spellings or (),
        segments=case.segments[0],
        plain_segments=case.segments[1],
        saving_cents=(case.segments[0] - case.segments[1]) * 7,
        applied=True,
    )
    expected = unicodedata.normalize("NFC", as_is.text)
    for card, written in case.spellings or ():
        expected = expected.replace(card, written)
    assert plain.text == expected  # the body as typed (« arrivée », « à »), the business's name untouched
    assert plain.figures.analysis.encoding == GSM7
    assert plain.figures.analysis.segments == case.segments[1]
    assert plain.figures.cost_cents == case.segments[1] * 7
    assert all(card not in plain.rendered for card, _written in case.spellings or ())


def test_asked_for_when_it_saves_nothing_the_card_spelling_stays() -> None:
    body = LONG + " Vos lunettes sont prêtes."  # « ê » typed in the body: the wider alphabet anyway
    composed = outgoing.compose_text(Draft(body), _values("François"), ACCOUNT, plain_names=True)

    assert composed.plain_names is None
    assert "François" in composed.text and "prêtes" in composed.text
    assert composed.figures.analysis.encoding == UCS2


def test_the_values_given_are_never_changed() -> None:
    values = _values("François", "Lœw")
    client = dict(values.client or {})
    outgoing.compose_text(Draft(LONG_WITH_NAME), values, ACCOUNT, plain_names=True)
    assert values.client == client


def test_a_body_that_cannot_be_filled_proposes_nothing() -> None:
    values = Values({}, {"prenom": "François", "nom": "", "civilite": ""})
    composed = outgoing.compose_text(Draft(LONG_WITH_NAME), values, ACCOUNT)  # no last name on the card
    assert composed.blocks and composed.plain_names is None


def _verdict(values: Values, account: AccountFacts = ACCOUNT, *, plain: bool = False) -> outgoing.Verdict:
    return outgoing.prepare(
        Draft(LONG), values, Recipient("+33612345678"), Context(), account, TUESDAY_10H, plain_names=plain
    )


def _finding(verdict: outgoing.Verdict, code: str) -> Mapping[str, str] | None:
    found = [f for f in verdict.findings if f.code == code]
    assert len(found) <= 1
    assert all(f.severity is Severity.INFO for f in found)
    return found[0].params if found else None


def test_the_verdict_carries_the_proposal_as_an_information_with_its_figures() -> None:
    verdict = _verdict(_values("François"))

    assert verdict.accepted and verdict.analysis.segments == 2 and verdict.cost_cents == 14
    assert verdict.plain_names is not None and not verdict.plain_names.applied
    assert _finding(verdict, PLAIN_NAMES_APPLIED) is None
    assert _finding(verdict, PLAIN_NAMES_PROPOSED) == {
        "spelling": "François → Francois",
        "segments": "2",
        "plain_segments": "1",
        "saving_cents": "7",
    }
    (finding,) = [f for f in verdict.findings if f.code == PLAIN_NAMES_PROPOSED]
    assert explain_finding(finding, "fr") == (
        "Les accents du nom de ce client font passer son message de 1 à 2 SMS. Écrit sans ces accents pour "
        "ce message seulement (François → Francois), il tient en 1 SMS : 0,07 € d'économie. Sa fiche ne "
        "change pas."
    )
    assert "0.07 € saved" in explain_finding(finding, "en")


def test_the_verdict_says_when_the_plain_spelling_was_applied() -> None:
    verdict = _verdict(_values("François"), plain=True)

    assert verdict.text.startswith("Bonjour Francois, votre commande est arrivée")
    assert (verdict.analysis.segments, verdict.cost_cents) == (1, 7)
    assert _finding(verdict, PLAIN_NAMES_PROPOSED) is None
    assert _finding(verdict, PLAIN_NAMES_APPLIED) is not None
    assert not any(f.code == "encoding_unicode" for f in verdict.findings)
    (finding,) = [f for f in verdict.findings if f.code == PLAIN_NAMES_APPLIED]
    assert explain_finding(finding, "fr") == (
        "Pour ce message seulement, le nom de ce client est écrit sans accents (François → Francois) : 1 SMS "
        "au lieu de 2, 0,07 € d'économie. Sa fiche ne change pas."
    )


def test_with_an_unknown_price_the_saving_is_in_sms_only() -> None:
    verdict = _verdict(_values("François"), AccountFacts(id=1, price_cents_per_segment=0))

    params = _finding(verdict, PLAIN_NAMES_PROPOSED)
    assert params is not None and "saving_cents" not in params
    (finding,) = [f for f in verdict.findings if f.code == PLAIN_NAMES_PROPOSED]
    text = explain_finding(finding, "fr")
    assert "€" not in text and "il tient en 1 SMS. Sa fiche" in text


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        ("François", "Francois"),
        ("Lœw", "Loew"),
        ("Jérôme", "Jérome"),
        ("Iñaki", "Iñaki"),
        ("Zoe\u0308", "Zoe"),
        ("Ça", "Ça"),  # the capital is in the plain alphabet
        ("João", "Joao"),
        ("Zoë 李", "Zoe 李"),
    ],
)
def test_plain_spelling_of_one_value(value: str, plain: str) -> None:
    assert plain_spelling(value) == plain
