"""Compliance findings before sending: consent, STOP, hours, caps, sender."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import catalogue
from desktop.core.catalogue.compliance import explain_finding
from desktop.core.catalogue.templates import explain_problem
from desktop.core.compliance import (
    CODES,
    DEFAULT_STOP_TEXT,
    Context,
    Finding,
    Recipient,
    Severity,
    blocking,
    check_message,
    check_sender,
    deferral,
    has_stop_mention,
    health_terms,
    promotional_terms,
)
from desktop.core.entities import ConsentState, Purpose, Sector
from desktop.core.quiet_hours import SendingPolicy
from desktop.core.stop import add_stop_mention, retarget, with_mention
from desktop.core.templates import KNOWN_VARIABLES, ProblemCode, validate

PARIS = ZoneInfo("Europe/Paris")
REUNION = ZoneInfo("Indian/Reunion")
UTC = dt.UTC
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

#: A Wednesday afternoon in Paris: every window is open.
OPEN = dt.datetime(2026, 6, 10, 15, 0, tzinfo=PARIS)
PROMO_TEXT = "Optique Martin : -20 % sur les montures jusqu'à samedi !"
REMINDER = "Rappel : rendez-vous demain à 14h30, 12 rue des Lilas. Répondez 1 pour confirmer, 2 pour annuler."


def client(**changes: object) -> Recipient:
    base = Recipient(
        e164="+33612345678",
        promotional_consent=ConsentState.GRANTED,
        transactional_consent=ConsentState.UNKNOWN,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def shop(**changes: object) -> Context:
    base = Context(
        sector=Sector.OPTICIAN, sender="OPTMARTIN", business_name="Optique Martin", stop_text="STOP au 36180"
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def check(
    text: str = PROMO_TEXT,
    purpose: Purpose = Purpose.PROMOTIONAL,
    recipient: Recipient | None = None,
    context: Context | None = None,
    when: dt.datetime = OPEN,
) -> list[Finding]:
    return check_message(text, purpose, recipient or client(), context or shop(), when)


def only(findings: list[Finding], code: str) -> Finding:
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, findings
    return found[0]


def test_a_clean_promotion_and_a_clean_reminder_have_only_the_stop_info():
    assert codes(check()) == {"stop_mention_missing"}
    assert check(REMINDER, Purpose.TRANSACTIONAL) == []


# ---------------------------------------------------------------------------------------- consent


def test_promotion_needs_granted_consent():
    finding = only(
        check(recipient=client(promotional_consent=ConsentState.UNKNOWN)), "no_promotional_consent"
    )
    assert finding.severity == Severity.BLOCK
    assert "no_promotional_consent" not in codes(check(recipient=client()))


def test_withdrawn_promotional_consent_is_an_opt_out():
    findings = check(recipient=client(promotional_consent=ConsentState.WITHDRAWN))
    assert only(findings, "recipient_opted_out").params["scope"] == "promotional"
    assert "no_promotional_consent" not in codes(findings)


@pytest.mark.parametrize(
    ("scopes", "transactional", "purpose", "blocked"),
    [
        (frozenset({"promotional"}), ConsentState.UNKNOWN, Purpose.PROMOTIONAL, True),
        (frozenset({"promotional"}), ConsentState.UNKNOWN, Purpose.TRANSACTIONAL, False),
        (frozenset({"promotional"}), ConsentState.UNKNOWN, Purpose.SURVEY, False),
        (frozenset({"all"}), ConsentState.UNKNOWN, Purpose.TRANSACTIONAL, True),
        (frozenset({"all"}), ConsentState.UNKNOWN, Purpose.PROMOTIONAL, True),
        (frozenset({"all"}), ConsentState.UNKNOWN, Purpose.SURVEY, True),
        (frozenset(), ConsentState.WITHDRAWN, Purpose.TRANSACTIONAL, True),
        (frozenset(), ConsentState.WITHDRAWN, Purpose.PROMOTIONAL, True),
        (frozenset(), ConsentState.WITHDRAWN, Purpose.SURVEY, True),
        (frozenset(), ConsentState.GRANTED, Purpose.TRANSACTIONAL, False),
        (frozenset({"reminders"}), ConsentState.UNKNOWN, Purpose.TRANSACTIONAL, False),  # not a reminder
    ],
)
def test_opt_out_scopes(scopes, transactional, purpose, blocked):
    recipient = client(suppressed_scopes=scopes, transactional_consent=transactional)
    findings = check(REMINDER, purpose, recipient)
    assert ("recipient_opted_out" in codes(findings)) is blocked
    if blocked:
        assert only(findings, "recipient_opted_out").severity == Severity.BLOCK


def test_a_number_that_is_no_clients_never_gets_a_promotion_but_may_get_other_messages():
    nobody = client(is_client=False, promotional_consent=ConsentState.UNKNOWN)
    assert only(check(recipient=nobody), "promotion_not_a_client").severity == Severity.BLOCK
    assert not blocking(check(REMINDER, Purpose.TRANSACTIONAL, nobody))


def test_the_confirmation_of_an_opt_out_reaches_an_opted_out_number_and_nothing_else_does():
    recipient = client(suppressed_scopes=frozenset({"all"}))
    confirmation = shop(is_opt_out_confirmation=True)
    assert "recipient_opted_out" not in codes(
        check("C'est noté.", Purpose.TRANSACTIONAL, recipient, confirmation)
    )
    assert "recipient_opted_out" in codes(check("C'est noté.", Purpose.TRANSACTIONAL, recipient))
    assert "recipient_opted_out" in codes(
        check(recipient=recipient, context=confirmation)
    )  # never a promotion


@pytest.mark.parametrize("family", ["reminders", "order_notices", "surveys"])
def test_a_family_scope_stops_that_family_only(family):
    recipient = client(suppressed_scopes=frozenset({family}))
    findings = check(REMINDER, Purpose.TRANSACTIONAL, recipient, shop(stop_scope=family))
    assert only(findings, "recipient_opted_out").params["scope"] == family
    others = {"reminders", "order_notices", "surveys"} - {family}
    for other in others:
        assert "recipient_opted_out" not in codes(
            check(REMINDER, Purpose.TRANSACTIONAL, recipient, shop(stop_scope=other))
        )
    assert "recipient_opted_out" not in codes(check(REMINDER, Purpose.TRANSACTIONAL, recipient))
    # A promotion is stopped by its own scope only (and by "all").
    assert "recipient_opted_out" not in codes(check(recipient=recipient))


def test_a_promotion_is_stopped_by_the_promotional_scope_whatever_the_context_says():
    recipient = client(suppressed_scopes=frozenset({"promotional"}))
    assert only(check(recipient=recipient), "recipient_opted_out").params["scope"] == "promotional"
    assert "recipient_opted_out" not in codes(check(REMINDER, Purpose.TRANSACTIONAL, recipient))


@pytest.mark.parametrize(
    ("last", "months", "blocked"),
    [
        (dt.datetime(2026, 3, 10, 9, 0, tzinfo=UTC), 6, True),
        (dt.datetime(2025, 12, 10, 13, 0, tzinfo=UTC), 6, False),
        (dt.datetime(2026, 5, 1, 9, 0, tzinfo=UTC), 0, False),  # 0: no limit
        (None, 6, False),
    ],
)
def test_at_most_one_survey_per_client_per_n_months(last, months, blocked):
    context = shop(is_survey=True, survey_months=months)
    findings = check("Notez-nous de 0 à 10", Purpose.SURVEY, client(last_survey=last), context)
    assert ("survey_too_soon" in codes(findings)) is blocked
    # Another message than a survey is never held back by the last survey.
    assert "survey_too_soon" not in codes(
        check(REMINDER, Purpose.TRANSACTIONAL, client(last_survey=last), shop(survey_months=months))
    )


def test_survey_follows_transactional_consent():
    recipient = client(promotional_consent=ConsentState.UNKNOWN)
    assert not blocking(check("Notez-nous de 0 à 10 !", Purpose.SURVEY, recipient))


# ---------------------------------------------------------------------------------------- number


@pytest.mark.parametrize(
    ("changes", "code", "severity"),
    [
        ({"e164": None}, "no_mobile", Severity.BLOCK),
        ({"e164": ""}, "no_mobile", Severity.BLOCK),
        ({"number_status": "invalid"}, "invalid_number", Severity.BLOCK),
        ({"e164": "0612345678"}, "invalid_number", Severity.BLOCK),
        ({"number_status": "unreachable"}, "number_unreachable", Severity.WARN),
    ],
)
def test_number_findings(changes, code, severity):
    assert only(check(recipient=client(**changes)), code).severity == severity


def test_a_good_number_has_no_number_finding():
    assert not codes(check(recipient=client(e164="+262692123456", region="RE"))) & {
        "no_mobile",
        "invalid_number",
        "number_unreachable",
    }


# ---------------------------------------------------------------------------------------- STOP and identity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STOP au 36180", True),
        ("Stop SMS : 36180", True),
        ("… répondez stop.", True),
        ("(STOP)", True),
        ("Stoppez tout", False),
        ("Arrêt de bus", False),
        ("", False),
    ],
)
def test_has_stop_mention(text, expected):
    assert has_stop_mention(text) is expected


def test_add_stop_mention_appends_on_a_new_line_and_is_idempotent():
    once = add_stop_mention("Soldes -30 %  \n", "STOP au 36180")
    assert once == "Soldes -30 %\nSTOP au 36180"
    assert add_stop_mention(once, "STOP au 36180") == once
    assert add_stop_mention("Soldes. stop au 36180", "STOP au 36180") == "Soldes. stop au 36180"


def test_add_stop_mention_without_a_provider_mention_uses_the_reply_form():
    assert add_stop_mention("Soldes", "") == f"Soldes\n{DEFAULT_STOP_TEXT}"
    assert add_stop_mention("", "  ") == DEFAULT_STOP_TEXT
    # A mention without the word STOP is not added twice either.
    unsubscribe = "Désinscription : comptoir.fr/d"
    once = add_stop_mention("Soldes", unsubscribe)
    assert add_stop_mention(once, unsubscribe) == once


@given(st.text(max_size=80), st.sampled_from(["", "STOP au 36180", "Désinscription : x.fr/d"]))
@settings(max_examples=60, deadline=None)
def test_add_stop_mention_is_idempotent_and_keeps_the_text(text, stop_text):
    once = add_stop_mention(text, stop_text)
    assert add_stop_mention(once, stop_text) == once
    assert once.startswith(text.rstrip())


def test_the_mention_goes_to_promotions_only_and_not_when_the_provider_appends_its_own():
    assert with_mention("Soldes", Purpose.PROMOTIONAL, "STOP au 36180") == "Soldes\nSTOP au 36180"
    assert with_mention("Soldes", Purpose.TRANSACTIONAL, "STOP au 36180") == "Soldes"
    assert with_mention("Soldes", "survey", "STOP au 36180") == "Soldes"
    assert with_mention("Soldes", Purpose.PROMOTIONAL, "STOP au 36180", provider_appends=True) == "Soldes"


def test_retarget_swaps_one_accounts_mention_for_the_others():
    stored = with_mention("Soldes", Purpose.PROMOTIONAL, "STOP au 36111")
    moved = retarget(
        stored, Purpose.PROMOTIONAL, from_stop_text="STOP au 36111", to_stop_text="STOP au 36222",
        to_provider_appends=False,
    )  # fmt: skip
    assert moved == "Soldes\nSTOP au 36222"
    appends = retarget(
        stored, Purpose.PROMOTIONAL, from_stop_text="STOP au 36111", to_stop_text="",
        to_provider_appends=True,
    )  # fmt: skip
    assert appends == "Soldes"
    legacy = retarget(
        "Soldes", Purpose.PROMOTIONAL, from_stop_text="", to_stop_text="", to_provider_appends=False
    )
    assert legacy == f"Soldes\n{DEFAULT_STOP_TEXT}"  # stored without one: it gets the route's
    kept = "Répondez STOP au 36180 pour ne plus recevoir nos offres. Soldes"
    assert retarget(kept, Purpose.PROMOTIONAL, from_stop_text="STOP au 36111", to_stop_text="STOP au 36222",
                    to_provider_appends=False) == kept  # fmt: skip
    assert (
        retarget(
            "Rappel", Purpose.TRANSACTIONAL, from_stop_text="a", to_stop_text="b", to_provider_appends=False
        )
        == "Rappel"
    )


def test_stop_mention_missing_is_information_with_the_mention():
    finding = only(check(), "stop_mention_missing")
    assert finding.severity == Severity.INFO
    assert finding.params["mention"] == "STOP au 36180"
    assert "stop_mention_missing" not in codes(check(PROMO_TEXT + " STOP au 36180"))
    assert "stop_mention_missing" not in codes(check(PROMO_TEXT, Purpose.TRANSACTIONAL))


def test_unknown_stop_number_with_a_name_sender_is_flagged():
    finding = only(check(context=shop(stop_text="")), "stop_number_unknown")
    assert finding.severity == Severity.WARN
    assert only(check(context=shop(stop_text="")), "stop_mention_missing").params["mention"] == (
        DEFAULT_STOP_TEXT
    )
    # A number sender can receive the reply; a provider default sender is unknown: no warning.
    assert "stop_number_unknown" not in codes(check(context=shop(stop_text="", sender="36180")))
    assert "stop_number_unknown" not in codes(check(context=shop(stop_text="", sender="")))
    assert "stop_number_unknown" not in codes(check(context=shop()))


@pytest.mark.parametrize(
    ("text", "sender", "business", "missing"),
    [
        ("-20 % sur les montures", "OPTMARTIN", "Optique Martin", False),  # sender names it
        ("-20 % sur les montures", "OPTIQUE", "Optique Martin", False),
        ("-20 % sur les montures", "INFO", "Optique Martin", True),  # a generic sender names nobody
        ("-20 % sur les montures", "", "Optique Martin", True),
        ("-20 % sur les montures", "LUNETTES", "Optique Martin", True),
        ("OPTIQUE MARTIN : -20 %", "", "Optique Martin", False),
        ("Chez l'oeil de Lynx, -20 %", "", "L'Œil de Lynx", False),
        ("Optique-Martin, -20 %", "", "Optique Martin", False),
        ("-20 % chez Martin", "", "SARL Martin", False),
        ("Martine vous offre -20 %", "", "Martin", True),
        ("-20 % sur les montures", "", "", True),
        ("{boutique} : -20 %", "", "", False),
    ],
)
def test_business_identity(text, sender, business, missing):
    findings = check(text, context=shop(sender=sender, business_name=business))
    assert ("business_identity_missing" in codes(findings)) is missing
    assert "business_identity_missing" not in codes(
        check(text, Purpose.TRANSACTIONAL, context=shop(sender=sender, business_name=business))
    )


# ---------------------------------------------------------------------------------------- hours


def test_promotion_on_saturday_night_leaves_on_monday_morning():
    when = dt.datetime(2026, 5, 16, 21, 0, tzinfo=PARIS)
    finding = only(check(when=when), "outside_hours")
    assert finding.severity == Severity.DEFER
    assert finding.next_allowed == dt.datetime(2026, 5, 18, 8, 0, tzinfo=PARIS)
    assert finding.next_allowed.tzinfo == UTC
    assert finding.params["next_allowed"] == "2026-05-18T06:00+00:00"
    assert finding.params["departure"] == "2026-05-18T08:00+02:00"
    assert finding.params["reason"] == "night"
    assert finding.params["holiday"] == ""
    assert deferral(check(when=when)) == finding.next_allowed


def test_promotion_before_pentecost_monday_leaves_on_tuesday():
    when = dt.datetime(2026, 5, 23, 21, 0, tzinfo=PARIS)
    finding = only(check(when=when), "outside_hours")
    assert finding.next_allowed == dt.datetime(2026, 5, 26, 6, 0, tzinfo=UTC)
    assert finding.params["holiday"] == "Lundi de Pentecôte"
    text = explain_finding(finding, "fr")
    assert "mardi 26 mai à 8h00" in text
    assert "Lundi de Pentecôte" in text
    assert "Tuesday 26 May at 08:00" in explain_finding(finding, "en")


def test_promotion_on_a_holiday_names_it():
    finding = only(check(when=dt.datetime(2026, 5, 1, 10, 0, tzinfo=PARIS)), "outside_hours")
    assert (finding.params["reason"], finding.params["holiday"]) == ("holiday", "Fête du Travail")
    assert finding.next_allowed == dt.datetime(2026, 5, 2, 8, 0, tzinfo=PARIS)
    assert explain_finding(finding, "fr").count("Fête du Travail") == 1


def test_promotion_on_sunday():
    finding = only(check(when=dt.datetime(2026, 6, 14, 11, 0, tzinfo=PARIS)), "outside_hours")
    assert finding.params["reason"] == "sunday"
    assert "dimanche" in explain_finding(finding, "fr")


def test_reunion_recipient_is_judged_in_reunion_time():
    reunion = client(e164="+262692123456", region="RE")
    # 15:00 in Paris is 17:00 in Réunion: open. 18:30 in Paris is 20:30 there: closed until 08:00.
    assert "outside_hours" not in codes(check(recipient=reunion))
    late = dt.datetime(2026, 6, 10, 18, 30, tzinfo=PARIS)
    finding = only(check(recipient=reunion, when=late), "outside_hours")
    assert finding.next_allowed == dt.datetime(2026, 6, 11, 8, 0, tzinfo=REUNION)
    assert finding.params["departure"] == "2026-06-11T08:00+04:00"
    # The same instant is fine for a client in Paris.
    assert "outside_hours" not in codes(check(when=late))


def test_reunion_holiday_applies_to_reunion_only():
    abolition = dt.datetime(2027, 12, 20, 14, 0, tzinfo=REUNION)  # a Monday; 11:00 in Paris
    reunion = client(e164="+262692123456", region="RE")
    finding = only(check(recipient=reunion, when=abolition), "outside_hours")
    assert finding.params["holiday"] == "Abolition de l'esclavage"
    assert "outside_hours" not in codes(check(when=abolition))


def test_survey_follows_promotional_hours():
    when = dt.datetime(2026, 6, 14, 11, 0, tzinfo=PARIS)
    assert only(check("Votre avis de 0 à 10 ?", Purpose.SURVEY, when=when), "outside_hours")


def test_a_policy_without_any_day_blocks():
    context = shop(policy=SendingPolicy(allowed_weekdays=frozenset()))
    finding = only(check(context=context), "no_sending_window")
    assert finding.severity == Severity.BLOCK
    assert deferral(check(context=context)) is None


@pytest.mark.parametrize(
    ("hour", "minute", "warned"),
    [(7, 59, True), (8, 0, False), (20, 29, False), (20, 30, True), (20, 45, True)],
)
def test_transactional_courtesy_window(hour, minute, warned):
    when = dt.datetime(2026, 6, 10, hour, minute, tzinfo=PARIS)
    findings = check(REMINDER, Purpose.TRANSACTIONAL, when=when)
    assert ("courtesy_hours" in codes(findings)) is warned
    assert "outside_hours" not in codes(findings)
    assert deferral(findings) is None  # a warning proposes, it does not defer


def test_courtesy_warning_proposes_the_next_morning_and_urgent_silences_it():
    when = dt.datetime(2026, 6, 10, 20, 45, tzinfo=PARIS)
    finding = only(check(REMINDER, Purpose.TRANSACTIONAL, when=when), "courtesy_hours")
    assert finding.severity == Severity.WARN
    assert finding.next_allowed == dt.datetime(2026, 6, 11, 8, 0, tzinfo=PARIS)
    assert (finding.params["start"], finding.params["end"]) == ("08:00", "20:30")
    text = explain_finding(finding, "fr")
    assert "20h45" in text
    assert "8h00–20h30" in text
    assert "jeudi 11 juin à 8h00" in text
    assert check(REMINDER, Purpose.TRANSACTIONAL, context=shop(urgent=True), when=when) == []


def test_early_morning_courtesy_proposes_the_same_morning():
    when = dt.datetime(2026, 6, 10, 6, 0, tzinfo=PARIS)
    finding = only(check(REMINDER, Purpose.TRANSACTIONAL, when=when), "courtesy_hours")
    assert finding.next_allowed == dt.datetime(2026, 6, 10, 8, 0, tzinfo=PARIS)


def test_transactional_on_sunday_is_fine():
    when = dt.datetime(2026, 6, 14, 11, 0, tzinfo=PARIS)
    assert check(REMINDER, Purpose.TRANSACTIONAL, when=when) == []


# ---------------------------------------------------------------------------------------- caps


@pytest.mark.parametrize(
    ("sent_7d", "sent_30d", "per_week", "per_month", "expected"),
    [
        (0, 0, 1, 4, set()),
        (1, 1, 1, 4, {"frequency_cap_week"}),
        (1, 1, 2, 4, set()),
        (2, 2, 2, 4, {"frequency_cap_week"}),
        (0, 3, 1, 4, set()),
        (0, 4, 1, 4, {"frequency_cap_month"}),
        (1, 4, 1, 4, {"frequency_cap_week", "frequency_cap_month"}),
        (5, 9, 0, 0, set()),  # a cap of 0 is no cap
    ],
)
def test_promotional_caps(sent_7d, sent_30d, per_week, per_month, expected):
    recipient = client(promotional_sent_7d=sent_7d, promotional_sent_30d=sent_30d)
    context = shop(promotional_per_week=per_week, promotional_per_month=per_month)
    findings = check(recipient=recipient, context=context)
    assert codes(findings) & {"frequency_cap_week", "frequency_cap_month"} == expected
    for finding in findings:
        if finding.code.startswith("frequency_cap"):
            assert finding.severity == Severity.BLOCK
    # Transactional messages are not counted against promotional caps.
    assert not codes(check(REMINDER, Purpose.TRANSACTIONAL, recipient, context)) & expected


def test_cap_params():
    findings = check(recipient=client(promotional_sent_7d=3))
    assert dict(only(findings, "frequency_cap_week").params) == {"count": "3", "limit": "1"}


@pytest.mark.parametrize(
    ("sent", "cap", "urgent", "blocked"),
    [
        (0, 1, False, False),
        (1, 1, False, True),
        (1, 1, True, False),
        (1, 2, False, False),
        (2, 2, False, True),
    ],
)
def test_identical_transactional_today(sent, cap, urgent, blocked):
    context = shop(identical_transactional_per_day=cap, urgent=urgent)
    findings = check(REMINDER, Purpose.TRANSACTIONAL, client(identical_sent_today=sent), context)
    assert ("duplicate_today" in codes(findings)) is blocked
    assert "duplicate_today" not in codes(check(PROMO_TEXT, recipient=client(identical_sent_today=sent)))


@pytest.mark.parametrize(
    ("last", "blocked"),
    [
        (dt.datetime(2026, 1, 10, 9, 0, tzinfo=UTC), True),  # 5 months ago
        (dt.datetime(2025, 12, 10, 13, 1, tzinfo=UTC), True),  # a minute short of 6 months
        (dt.datetime(2025, 12, 10, 13, 0, tzinfo=UTC), False),  # exactly 6 months
        (dt.datetime(2025, 11, 1, 9, 0, tzinfo=UTC), False),
        (None, False),
    ],
)
def test_review_request_at_most_every_six_months(last, blocked):
    context = shop(is_review_request=True)
    findings = check(REMINDER, Purpose.TRANSACTIONAL, client(last_review_request=last), context)
    assert ("review_too_soon" in codes(findings)) is blocked
    # Not a review request: never blocked.
    assert "review_too_soon" not in codes(
        check(REMINDER, Purpose.TRANSACTIONAL, client(last_review_request=last))
    )


def test_review_too_soon_params_and_month_end():
    last = dt.datetime(2025, 8, 31, 10, 0, tzinfo=UTC)
    when = dt.datetime(2026, 2, 27, 10, 0, tzinfo=UTC)
    finding = only(
        check(
            REMINDER,
            Purpose.TRANSACTIONAL,
            client(last_review_request=last),
            shop(is_review_request=True),
            when,
        ),
        "review_too_soon",
    )
    assert dict(finding.params) == {"last": "2025-08-31", "next": "2026-02-28", "months": "6"}
    assert "31 août 2025" in explain_finding(finding, "fr")
    assert "28 février 2026" in explain_finding(finding, "fr")
    assert "28 February 2026" in explain_finding(finding, "en")


# ---------------------------------------------------------------------------------------- wording


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Votre IRM est prévue demain à 9h.", ("IRM",)),
        ("RDV échographie mardi, venez à jeun.", ("échographie", "à jeun")),
        ("Rappel : séance de KINÉ lundi 10h", ("séance", "KINÉ")),
        ("Vos résultats d'analyse de sang sont arrivés", ("résultats", "analyse de sang")),
        ("Prise  de sang demain 8h", ("Prise  de sang",)),
        ("Consultation Dr Roux en gynécologie", ("gynécologie",)),
        ("Rappel : rendez-vous demain à 14h30, 12 rue des Lilas.", ()),
        ("Le technicien passe pour le radiateur ; scannez le QR code", ()),
    ],
)
def test_health_terms(text, terms):
    assert health_terms(text) == terms
    findings = check(text, Purpose.TRANSACTIONAL, context=shop(sector=Sector.CLINIC))
    if terms:
        finding = only(findings, "health_terms")
        assert finding.severity == Severity.WARN
        assert finding.params["terms"] == ", ".join(terms)
        assert [text[a:b] for a, b in finding.spans] == list(terms)
    else:
        assert "health_terms" not in codes(findings)


def test_health_terms_only_in_the_clinic_sector():
    assert "health_terms" not in codes(check("Votre IRM demain", Purpose.TRANSACTIONAL))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Vos lunettes sont prêtes. Profitez de -20 % sur les solaires !", ("Profitez", "-20 %")),
        ("Commande prête ; code PROMO ÉTÉ", ("PROMO",)),
        ("Votre colis est arrivé, un cadeau vous attend", ("cadeau",)),
        ("Soldes d'hiver : 30 % de réduction", ("Soldes", "30 % de réduction")),
        ("Livraison OFFERTE pour le Black Friday", ("OFFERTE", "Black Friday")),
        ("Nouvelle collection en boutique", ("Nouvelle collection",)),
        ("Vos lunettes sont prêtes. À bientôt !", ()),
        ("Votre RDV de 10h – 20 min de retard", ()),
    ],
)
def test_promotional_wording_in_transactional_messages(text, terms):
    assert promotional_terms(text) == terms
    findings = check(text, Purpose.TRANSACTIONAL)
    if terms:
        finding = only(findings, "promotional_wording")
        assert finding.severity == Severity.WARN
        assert finding.params["terms"] == ", ".join(terms)
    else:
        assert "promotional_wording" not in codes(findings)
    assert "promotional_wording" not in codes(check(text, Purpose.PROMOTIONAL))


def test_promotional_wording_in_a_survey_is_flagged_too():
    assert only(check("Votre avis contre un bon de réduction", Purpose.SURVEY), "promotional_wording")


# ---------------------------------------------------------------------------------------- encoding


def test_unicode_characters_are_listed_readably():
    finding = only(check("Aujourd’hui\u00a0: vos lunettes", Purpose.TRANSACTIONAL), "encoding_unicode")
    assert finding.severity == Severity.INFO
    assert finding.params["chars"] == "’ U+00A0"
    assert "encoding_unicode" not in codes(check(REMINDER, Purpose.TRANSACTIONAL))


def test_segments_are_counted_with_the_stop_mention():
    text = "Optique Martin " + "x" * 140  # 155 characters: one SMS, two once STOP is added
    assert "multi_segment" not in codes(check(text, Purpose.TRANSACTIONAL))
    finding = only(check(text), "multi_segment")
    assert finding.params["segments"] == "2"
    assert explain_finding(finding, "fr") == "Message long : il sera facturé 2 SMS."


# ---------------------------------------------------------------------------------------- sender


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("OPTIQUE", []),
        ("OptMartin2", []),
        ("CABINET", []),
        ("ABC", []),
        ("ABCDEFGHIJK", []),
        ("  OPTIQUE  ", []),
        ("Optique Martin", [("sender_too_long", "block"), ("sender_invalid_chars", "block")]),
        ("0612345678", [("sender_french_mobile", "block")]),
        ("+33612345678", [("sender_french_mobile", "block")]),
        ("0033712345678", [("sender_french_mobile", "block")]),
        ("06 12 34 56 78", [("sender_french_mobile", "block")]),
        ("RDV", [("sender_generic", "warn")]),
        ("INFOSMS", [("sender_generic", "warn")]),
        ("Rappel", [("sender_generic", "warn")]),
        ("AB", [("sender_too_short", "block")]),
        ("ABCDEFGHIJKL", [("sender_too_long", "block")]),
        ("Opticiéne", [("sender_invalid_chars", "block")]),
        ("OPTIQUE-M", [("sender_invalid_chars", "block")]),
        ("12345", [("sender_numeric", "warn")]),
        ("0142685300", [("sender_numeric", "warn")]),
        ("+33937123456", [("sender_numeric", "warn")]),
        ("1234", [("sender_no_letter", "block")]),
        ("12-34", [("sender_invalid_chars", "block"), ("sender_no_letter", "block")]),
        ("", [("sender_empty", "block")]),
        ("   ", [("sender_empty", "block")]),
    ],
)
def test_check_sender(sender, expected):
    assert [(f.code, f.severity.value) for f in check_sender(sender)] == expected


def test_invalid_sender_characters_are_named():
    assert only(check_sender("Opticiéne"), "sender_invalid_chars").params["chars"] == "é"
    assert only(check_sender("Optique Martin"), "sender_invalid_chars").params["chars"] == "␣"
    assert only(check_sender("ABCDEFGHIJKL"), "sender_too_long").params["length"] == "12"


def test_sender_findings_reach_check_message_except_for_the_provider_default():
    assert only(check(context=shop(sender="0612345678")), "sender_french_mobile").severity == Severity.BLOCK
    assert only(check(context=shop(sender="RDV")), "sender_generic").severity == Severity.WARN
    assert "sender_empty" not in codes(check(context=shop(sender="")))


# ---------------------------------------------------------------------------------------- helpers


def test_findings_come_most_severe_first_and_helpers_pick_them():
    recipient = client(promotional_consent=ConsentState.UNKNOWN)
    findings = check(
        "Aujourd’hui -20 %",
        recipient=recipient,
        context=shop(sender="RDV"),
        when=dt.datetime(2026, 6, 14, 11, 0, tzinfo=PARIS),
    )
    order = [f.severity for f in findings]
    assert order == sorted(order, key=[Severity.BLOCK, Severity.DEFER, Severity.WARN, Severity.INFO].index)
    assert [f.code for f in blocking(findings)] == ["no_promotional_consent"]
    assert deferral(findings) == dt.datetime(2026, 6, 15, 8, 0, tzinfo=PARIS)
    assert blocking([]) == [] and deferral([]) is None


def test_findings_are_hashable_and_params_read_only():
    finding = only(check(), "stop_mention_missing")
    assert hash(finding) == hash(dataclasses.replace(finding))
    with pytest.raises(TypeError):
        finding.params["mention"] = "x"  # type: ignore[index]


def test_naive_time_and_unknown_purpose_are_refused():
    with pytest.raises(ValueError):
        check(when=dt.datetime(2026, 6, 10, 15, 0))
    with pytest.raises(ValueError):
        check_message("x", "newsletter", client(), shop(), OPEN)


@given(st.text(max_size=200), st.sampled_from(list(Purpose)), st.sampled_from(list(Sector)))
@settings(max_examples=60, deadline=None)
def test_any_text_gets_known_codes(text, purpose, sector):
    findings = check(text, purpose, context=shop(sector=sector))
    assert codes(findings) <= CODES
    for finding in findings:
        for start, end in finding.spans:
            assert 0 <= start < end <= len(text)


# ---------------------------------------------------------------------------------------- catalogue

#: One situation per code; together they must reach every code in CODES.
SCENARIOS: list[tuple[str, list[Finding]]] = [
    ("no_promotional_consent", check(recipient=client(promotional_consent=ConsentState.UNKNOWN))),
    ("recipient_opted_out", check(recipient=client(suppressed_scopes=frozenset({"all"})))),
    ("promotion_not_a_client", check(recipient=client(is_client=False))),
    ("no_mobile", check(recipient=client(e164=None))),
    ("invalid_number", check(recipient=client(number_status="invalid"))),
    ("number_unreachable", check(recipient=client(number_status="unreachable"))),
    ("stop_mention_missing", check()),
    ("stop_number_unknown", check(context=shop(stop_text=""))),
    ("business_identity_missing", check("-20 %", context=shop(sender="", business_name=""))),
    ("outside_hours", check(when=dt.datetime(2026, 5, 23, 21, 0, tzinfo=PARIS))),
    ("outside_hours", check(when=dt.datetime(2026, 5, 1, 10, 0, tzinfo=PARIS))),
    ("outside_hours", check(when=dt.datetime(2026, 6, 14, 10, 0, tzinfo=PARIS))),
    (
        "outside_hours",
        check(
            context=shop(policy=SendingPolicy(allowed_weekdays=frozenset({0, 1, 2, 3, 4}))),
            when=dt.datetime(2026, 6, 13, 10, 0, tzinfo=PARIS),
        ),
    ),
    ("no_sending_window", check(context=shop(policy=SendingPolicy(allowed_weekdays=frozenset())))),
    (
        "courtesy_hours",
        check(REMINDER, Purpose.TRANSACTIONAL, when=dt.datetime(2026, 6, 10, 21, 0, tzinfo=PARIS)),
    ),
    ("frequency_cap_week", check(recipient=client(promotional_sent_7d=1))),
    ("frequency_cap_month", check(recipient=client(promotional_sent_30d=4))),
    ("duplicate_today", check(REMINDER, Purpose.TRANSACTIONAL, client(identical_sent_today=1))),
    (
        "review_too_soon",
        check(
            REMINDER,
            Purpose.TRANSACTIONAL,
            client(last_review_request=dt.datetime(2026, 3, 1, tzinfo=UTC)),
            shop(is_review_request=True),
        ),
    ),
    (
        "survey_too_soon",
        check(
            "Notez-nous",
            Purpose.SURVEY,
            client(last_survey=dt.datetime(2026, 3, 1, tzinfo=UTC)),
            shop(is_survey=True, survey_months=6),
        ),
    ),
    ("health_terms", check("Votre IRM", Purpose.TRANSACTIONAL, context=shop(sector=Sector.CLINIC))),
    ("promotional_wording", check("Profitez-en", Purpose.TRANSACTIONAL)),
    ("encoding_unicode", check("Aujourd’hui", Purpose.TRANSACTIONAL)),
    ("multi_segment", check("x" * 200, Purpose.TRANSACTIONAL)),
    *[
        (code, check_sender(sender))
        for code, sender in [
            ("sender_empty", ""),
            ("sender_too_short", "AB"),
            ("sender_too_long", "ABCDEFGHIJKL"),
            ("sender_invalid_chars", "Opticiéne"),
            ("sender_no_letter", "1234"),
            ("sender_french_mobile", "0612345678"),
            ("sender_numeric", "12345"),
            ("sender_generic", "RDV"),
        ]
    ],
]


def test_scenarios_reach_every_code():
    assert {code for code, _ in SCENARIOS} == CODES


@pytest.mark.parametrize(
    ("code", "findings"), SCENARIOS, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SCENARIOS)]
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_finding_reads_well_in_both_languages(code, findings, lang):
    finding = only(findings, code)
    assert catalogue.has(code)
    plain = catalogue.explain(code, lang, **finding.params)
    nice = explain_finding(finding, lang)
    for text in (plain, nice):
        assert not PLACEHOLDER.search(text), text
        assert text.strip() and text[-1] in ".!)", text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", nice), nice


def test_french_and_english_texts_differ_for_every_code():
    for code in CODES:
        assert catalogue.explain(code, "fr") != catalogue.explain(code, "en"), code


# ---------------------------------------------------------------------------------------- template texts


def test_every_template_problem_has_both_texts():
    for code in ProblemCode:
        assert catalogue.has(code.value)
        assert catalogue.explain(code.value, "fr", name="prenom") != catalogue.explain(
            code.value, "en", name="prenom"
        )


@pytest.mark.parametrize(
    ("body", "values", "code", "fragment"),
    [
        ("Bonjour {prenon}", None, ProblemCode.UNKNOWN_VARIABLE, "« prenon »"),
        ("Bonjour {prenom", None, ProblemCode.UNBALANCED_OPEN, "accolade ouvrante"),
        ("Bonjour prenom}", None, ProblemCode.UNBALANCED_CLOSE, "accolade fermante"),
        ("Bonjour {Prénom}", None, ProblemCode.INVALID_NAME, "« Prénom »"),
        ("Bonjour {}", None, ProblemCode.INVALID_NAME, "Accolades vides"),
        ("Bonjour {prenom|a{b}", None, ProblemCode.INVALID_DEFAULT, "valeur par défaut"),
        ("Bonjour {prenom}", {"prenom": ""}, ProblemCode.MISSING_VALUE, "« prenom » est vide"),
    ],
)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_template_problems_read_well(body, values, code, fragment, lang):
    problems = [p for p in validate(body, KNOWN_VARIABLES, values) if p.code == code]
    assert problems, validate(body, KNOWN_VARIABLES, values)
    text = explain_problem(problems[0], lang)
    assert not PLACEHOLDER.search(text)
    if lang == "fr":
        assert fragment in text
