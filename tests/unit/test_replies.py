"""Interpretation of inbound SMS: real-world replies, typos, emoji, politeness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.entities import Interpretation
from desktop.core.replies import Reply, interpret, normalize

OPT_OUT, OPT_IN = Interpretation.OPT_OUT, Interpretation.OPT_IN
CONFIRM, CANCEL = Interpretation.CONFIRM, Interpretation.CANCEL
SCORE, KEYWORD, UNKNOWN = Interpretation.SCORE, Interpretation.KEYWORD, Interpretation.UNKNOWN


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("STOP", "all"),
        ("stop", "all"),
        ("Stop merci", "all"),
        ("STOP SMS", "all"),
        ("stop!!", "all"),
        ("STOP.", "all"),
        ("Stop svp", "all"),
        ("  sToP  ", "all"),
        ("Stooop", "all"),
        ("Stopper", "all"),
        ("stoppez", "all"),
        ("arrêt", "all"),
        ("arret", "all"),
        ("ARRÊTEZ", "all"),
        ("Bonjour, arrêtez svp", "all"),
        ("Arrêtez de m'envoyer des messages", "all"),
        ("Merci d'arrêter de m'écrire", "all"),
        ("désabonner", "all"),
        ("Je veux me désabonner", "all"),
        ("desinscription", "all"),
        ("Désinscrivez-moi", "all"),
        ("Merci de ne plus m'envoyer de SMS", "all"),
        ("Je ne souhaite plus recevoir vos messages", "all"),
        ("je veux plus de sms", "all"),
        ("Plus de SMS svp", "all"),
        ("Retirez-moi de votre liste", "all"),
        ("Supprimez mon numéro", "all"),
        ("unsubscribe", "all"),
        ("Oui STOP", "all"),  # opt-out always wins
        ("1 stop", "all"),
        ("Non. STOP.", "all"),
        ("STOP 🙏", "all"),
        ("STOP PUB", "promotional"),
        ("stop pub merci", "promotional"),
        ("stoppub", "promotional"),
        ("STOP PROMO", "promotional"),
        ("Stop aux promotions", "promotional"),
        ("Je ne veux plus recevoir de publicité", "promotional"),
        ("Plus de promos", "promotional"),
        ("STOP RAPPEL", "reminders"),
        ("stop rappels", "reminders"),
        ("je veux plus recevoir de rappels", "reminders"),
        ("STOP pub et rappels", "all"),
    ],
)
def test_opt_out(text, scope):
    assert interpret(text) == Reply(OPT_OUT, scope=scope)
    # Whatever is expected, an opt-out stays an opt-out.
    assert interpret(text, expecting_score=True, keywords={"STOP": "x", "HORAIRES": "y"}).kind == OPT_OUT


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("START", "all"),
        ("start", "all"),
        ("Activer", "all"),
        ("Réactiver", "all"),
        ("Je veux me réabonner", "all"),
        ("OUI PROMO", "promotional"),
        ("oui aux promos", "promotional"),
        ("Bonjour, oui pour les offres", "promotional"),
        ("je veux recevoir les promos", "promotional"),
        ("J'accepte de recevoir vos offres", "promotional"),
        ("Je souhaite recevoir vos SMS", "all"),
    ],
)
def test_opt_in(text, scope):
    assert interpret(text) == Reply(OPT_IN, scope=scope)


@pytest.mark.parametrize(
    "text",
    [
        "1",
        "1.",
        " 1 ",
        "1 merci",
        "oui",
        "Oui",
        "OUI !",
        "Ouiii",
        "ouii merci",
        "ouais",
        "ok",
        "OK.",
        "Okk",
        "d'accord",
        "D accord merci",
        "dac",
        "je confirme",
        "Je confirme 👍",
        "confirmé",
        "Confirmation",
        "c'est noté",
        "C'est noté, merci !",
        "noté",
        "bien noté",
        "Bien reçu",
        "parfait merci",
        "Parfait 👌",
        "super merci",
        "oui je serai là",
        "Oui je serai présente",
        "oui merci à demain",
        "À demain !",
        "J'y serai",
        "Pas de problème",
        "Je viendrai",
        "👍",
        "✅",
        "Oui stp",
        "Bonjour oui merci beaucoup, bonne journée",
        "Oui mais je serai en retard de 5 min",
        "Entendu",
        "ça marche",
        "yes",
    ],
)
def test_confirm(text):
    assert interpret(text) == Reply(CONFIRM)


@pytest.mark.parametrize(
    "text",
    [
        "2",
        "2.",
        "2 désolé",
        "non",
        "Non",
        "NON !",
        "non merci",
        "nan",
        "annuler",
        "Annulation",
        "J'annule",
        "Je dois annuler mon rdv",
        "je ne pourrai pas venir",
        "Non je ne pourrai pas venir désolé",
        "Je ne viendrai pas",
        "je viendrai pas",
        "Je ne serai pas là demain",
        "Je pourrai pas venir",
        "empêché",
        "Empêchement de dernière minute, désolée",
        "Je ne vais pas pouvoir venir",
        "nous ne pourrons pas être présents",
        "Ok mais je ne pourrai pas venir finalement",  # the cancellation is explicit
        "Oui désolé je dois annuler",
        "Pas possible pour moi",
        "Je suis indisponible",
        "👎",
        "Je ne confirme pas",
    ],
)
def test_cancel(text):
    assert interpret(text) == Reply(CANCEL)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "!!!",
        "😀",
        "Stopha",  # a first name, not STOP
        "Christophe",
        "stp",
        "je ne sais pas",
        "Je sais pas encore",
        "Merci",
        "Merci beaucoup !",
        "Bonjour",
        "C'est à quelle heure déjà ?",
        "oui mais c'est où ?",  # a question waits for a person
        "Je confirme ?",
        "je voudrais décaler mon rdv",
        "Est-il possible de déplacer le rendez-vous à jeudi",
        "Je ne serai pas en retard",
        "Je ne serai pas à l'heure",
        "oui non",  # contradictory
        "Non non c'est ok",
        "je suis à l'arrêt de bus",
        "Je n'ai pas pu recevoir votre message",
        "Vous avez des abonnements ?",
        "Appelez-moi svp",
        "3",
        "12",
        "Mes lunettes sont prêtes ?",
        "Est-ce que le magasin est ouvert samedi",
    ],
)
def test_unknown(text):
    assert interpret(text) == Reply(UNKNOWN)


# ---------------------------------------------------------------------------------------- scores


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("9", 9),
        ("9/10", 9),
        (" 9 / 10 ", 9),
        ("neuf", 9),
        ("Neuf !", 9),
        ("10 !", 10),
        ("10/10 merci", 10),
        ("dix sur dix", 10),
        ("8 sur 10", 8),
        ("note 7", 7),
        ("Note : 7", 7),
        ("ma note est 6", 6),
        ("Je mets 8", 8),
        ("je vous donne 9", 9),
        ("0", 0),
        ("zéro", 0),
        ("1", 1),  # a score, not a confirmation, once a survey waits
        ("2", 2),
        ("9 très bon accueil", 9),
        ("Très bien, 9/10 merci", 9),
        ("Bonjour 8", 8),
        ("sept sur 10", 7),
    ],
)
def test_score(text, score):
    assert interpret(text, expecting_score=True) == Reply(SCORE, score=score)


@pytest.mark.parametrize("text", ["11", "15/10", "100", "4/5", "neuf sur 20", "8,5", "8.5/10", "-1", "1000"])
def test_score_out_of_range_or_scale_is_unknown(text):
    assert interpret(text, expecting_score=True) == Reply(UNKNOWN)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("une très bonne expérience", UNKNOWN),  # "une" is no score
        ("Très satisfait", UNKNOWN),
        ("oui", CONFIRM),
        ("non", CANCEL),
        ("STOP", OPT_OUT),
    ],
)
def test_words_in_a_survey_context(text, kind):
    assert interpret(text, expecting_score=True).kind == kind


def test_numbers_are_no_score_when_none_is_expected():
    assert interpret("9") == Reply(UNKNOWN)
    assert interpret("neuf") == Reply(UNKNOWN)
    assert interpret("9/10") == Reply(UNKNOWN)


# ---------------------------------------------------------------------------------------- keywords

KEYWORDS = {"HORAIRES": "Ouvert du mardi au samedi, 9h-19h.", "Adresse": "12 rue des Lilas", "PRISE RDV": "…"}


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("HORAIRES", "HORAIRES"),
        ("horaires", "HORAIRES"),
        ("Horaires ?", "HORAIRES"),
        ("Horaires svp", "HORAIRES"),
        ("Bonjour, horaires svp merci", "HORAIRES"),
        ("adresse", "Adresse"),
        ("ADRESSE !", "Adresse"),
        ("prise rdv", "PRISE RDV"),
        ("Prise-RDV", "PRISE RDV"),
    ],
)
def test_keywords_match_the_whole_message(text, keyword):
    assert interpret(text, keywords=KEYWORDS) == Reply(KEYWORD, keyword=keyword)


@pytest.mark.parametrize("text", ["horaires de samedi", "quelle adresse ?", "Les horaires changent ?"])
def test_keywords_inside_a_sentence_are_not_keywords(text):
    assert interpret(text, keywords=KEYWORDS).kind != KEYWORD


def test_no_keywords_configured():
    assert interpret("HORAIRES") == Reply(UNKNOWN)
    assert interpret("HORAIRES", keywords={}) == Reply(UNKNOWN)
    assert interpret("HORAIRES", keywords={"": "x", "!!": "y"}) == Reply(UNKNOWN)


def test_a_keyword_does_not_override_consent_words():
    assert interpret("START", keywords={"START": "x"}).kind == OPT_IN
    assert interpret("oui", keywords={"OUI": "x"}) == Reply(KEYWORD, keyword="OUI")


# ---------------------------------------------------------------------------------------- normalising


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oui !! Merci 👍", "oui merci ok"),
        ("ARRÊTEZ", "arretez"),
        ("C’est noté", "c est note"),
        ("9/10", "9 sur 10"),
        ("Ouiiii", "oui"),
        ("stopsms", "stop sms"),
        ("Œil", "oeil"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


@given(st.text(max_size=120), st.booleans())
@settings(max_examples=80, deadline=None)
def test_interpret_is_total(text, expecting_score):
    reply = interpret(text, keywords={"HORAIRES": "x"}, expecting_score=expecting_score)
    assert isinstance(reply.kind, Interpretation)
    assert (reply.score is not None) == (reply.kind == SCORE)
    if reply.score is not None:
        assert 0 <= reply.score <= 10
    assert (reply.scope is not None) == (reply.kind in (OPT_OUT, OPT_IN))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
@settings(max_examples=60, deadline=None)
def test_stop_anywhere_as_a_word_opts_out(prefix):
    assert interpret(f"{prefix} STOP").kind == OPT_OUT
