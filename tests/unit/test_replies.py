"""Interpretation of inbound SMS: real-world French replies in their three contexts.

Each line of the table is a reply as clients write them (politeness, typos, emoji, « oui mais… », questions,
decimals, other scales), what the client was last asked — nothing (``None``), a reminder asking to confirm
(``"confirmation"``) or a survey asking for a note (``"score"``) — and what it must mean:
``confirm``, ``cancel``, ``score:N``, ``stop:<scopes>`` / ``start:<scopes>`` (scopes named by the words, comma
separated, empty for a bare one), ``keyword:WORD``, or ``person:<reason>`` (left to a person, and why).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import catalogue
from desktop.core.entities import Interpretation
from desktop.core.replies import CONFIRMATION, REASONS, SCORE, Reply, interpret, normalize

N, C, S = None, CONFIRMATION, SCORE
KEYWORDS = {"HORAIRES": "Ouvert du mardi au samedi, 9h-19h.", "Adresse": "12 rue des Lilas", "PRISE RDV": "…"}


def meaning(reply: Reply) -> str:
    kind = reply.kind
    if kind is Interpretation.CONFIRM:
        return "confirm"
    if kind is Interpretation.CANCEL:
        return "cancel"
    if kind is Interpretation.SCORE:
        return f"score:{reply.score}"
    if kind is Interpretation.KEYWORD:
        return f"keyword:{reply.keyword}"
    if kind in (Interpretation.OPT_OUT, Interpretation.OPT_IN):
        verb = "stop" if kind is Interpretation.OPT_OUT else "start"
        return f"{verb}:{','.join(sorted(reply.scopes))}"
    return f"person:{(reply.reason or '').removeprefix('reply_')}"


REPLIES = [
    # ---------------------------------------------------------------- after a reminder asking to confirm
    ("1", C, "confirm"),
    ("1.", C, "confirm"),
    (" 1 ", C, "confirm"),
    ("1 merci", C, "confirm"),
    ("oui", C, "confirm"),
    ("Oui", C, "confirm"),
    ("OUI !", C, "confirm"),
    ("Ouiii", C, "confirm"),
    ("ouii merci", C, "confirm"),
    ("ouais", C, "confirm"),
    ("ok", C, "confirm"),
    ("OK.", C, "confirm"),
    ("Okk", C, "confirm"),
    ("d'accord", C, "confirm"),
    ("D accord merci", C, "confirm"),
    ("dac", C, "confirm"),
    ("je confirme", C, "confirm"),
    ("Je confirme 👍", C, "confirm"),
    ("confirmé", C, "confirm"),
    ("Confirmation", C, "confirm"),
    ("c'est noté", C, "confirm"),
    ("C'est noté, merci !", C, "confirm"),
    ("noté", C, "confirm"),
    ("bien noté", C, "confirm"),
    ("Bien reçu", C, "confirm"),
    ("parfait merci", C, "confirm"),
    ("Parfait 👌", C, "confirm"),
    ("super merci", C, "confirm"),
    ("oui je serai là", C, "confirm"),
    ("Oui je serai présente", C, "confirm"),
    ("oui merci à demain", C, "confirm"),
    ("À demain !", C, "confirm"),
    ("J'y serai", C, "confirm"),
    ("Pas de problème", C, "confirm"),
    ("Je viendrai", C, "confirm"),
    ("👍", C, "confirm"),
    ("✅", C, "confirm"),
    ("Oui stp", C, "confirm"),
    ("Bonjour oui merci beaucoup, bonne journée", C, "confirm"),
    ("Entendu", C, "confirm"),
    ("ça marche", C, "confirm"),
    ("yes", C, "confirm"),
    ("Bonjour Docteur, je confirme ma présence. Cordialement", C, "confirm"),
    ("Oui oui", C, "confirm"),
    ("confirmer", C, "confirm"),
    ("Je serai bien là", C, "confirm"),
    ("2", C, "cancel"),
    ("2.", C, "cancel"),
    ("2 désolé", C, "cancel"),
    ("non", C, "cancel"),
    ("Non", C, "cancel"),
    ("NON !", C, "cancel"),
    ("non merci", C, "cancel"),
    ("nan", C, "cancel"),
    ("annuler", C, "cancel"),
    ("Annulation", C, "cancel"),
    ("J'annule", C, "cancel"),
    ("Je dois annuler mon rdv", C, "cancel"),
    ("je ne pourrai pas venir", C, "cancel"),
    ("Non je ne pourrai pas venir désolé", C, "cancel"),
    ("Je ne viendrai pas", C, "cancel"),
    ("je viendrai pas", C, "cancel"),
    ("Je ne serai pas là demain", C, "cancel"),
    ("Je pourrai pas venir", C, "cancel"),
    ("empêché", C, "cancel"),
    ("Empêchement de dernière minute, désolée", C, "cancel"),
    ("Je ne vais pas pouvoir venir", C, "cancel"),
    ("nous ne pourrons pas être présents", C, "cancel"),
    ("Ok mais je ne pourrai pas venir finalement", C, "cancel"),  # the cancellation is explicit
    ("Oui désolé je dois annuler", C, "cancel"),
    ("Pas possible pour moi", C, "cancel"),
    ("Je suis indisponible", C, "cancel"),
    ("👎", C, "cancel"),
    ("Je ne confirme pas", C, "cancel"),
    ("annuller svp", C, "cancel"),  # typo
    ("Je peux pas venir", C, "cancel"),
    # accepts and asks at once, moves, conditions, contradictions: a person
    ("oui mais plutôt à 15h", C, "person:reschedule"),
    ("je serai absent ?", C, "person:question"),
    ("Oui mais c'est où ?", C, "person:question"),
    ("Je confirme ?", C, "person:question"),
    ("C'est à quelle heure déjà ?", C, "person:question"),
    ("Peut-on décaler à jeudi ?", C, "person:question"),
    ("je voudrais décaler mon rdv", C, "person:reschedule"),
    ("Est-il possible de déplacer le rendez-vous à jeudi", C, "person:question"),
    ("Oui mais je serai en retard de 5 min", C, "person:condition"),
    ("ok mais je viendrai avec ma fille", C, "person:condition"),
    ("Oui sauf si il pleut", C, "person:condition"),
    ("oui non", C, "person:mixed"),
    ("Non non c'est ok", C, "person:mixed"),
    ("Plutôt le matin si possible", C, "person:reschedule"),
    ("Pouvez-vous me rappeler", C, "person:question"),
    ("Je serai en retard de 10 minutes", C, "person:unclear"),
    ("Je ne serai pas en retard", C, "person:unclear"),
    ("Je ne serai pas à l'heure", C, "person:unclear"),
    ("Merci", C, "person:unclear"),
    ("Bonjour", C, "person:unclear"),
    ("3", C, "person:unclear"),
    ("12", C, "person:unclear"),
    ("je ne sais pas", C, "person:unclear"),
    ("Appelez-moi svp", C, "person:unclear"),
    ("", C, "person:unclear"),
    ("   ", C, "person:unclear"),
    ("😀", C, "person:unclear"),
    ("9/10", C, "person:unclear"),  # no survey asked for a note
    # ---------------------------------------------------------------- without any question asked
    ("1", N, "person:not_asked"),
    ("oui", N, "person:not_asked"),
    ("OK merci", N, "person:not_asked"),
    ("👍", N, "person:not_asked"),
    ("c'est noté", N, "person:not_asked"),
    ("Super merci beaucoup !", N, "person:not_asked"),
    ("2", N, "person:not_asked"),
    ("non", N, "person:not_asked"),
    ("Pas possible", N, "person:not_asked"),
    ("je confirme", N, "confirm"),  # explicit words act whatever was asked
    ("Je confirme mon rendez-vous de jeudi", N, "confirm"),
    ("J'y serai sans faute", N, "confirm"),
    ("je ne pourrai pas venir demain", N, "cancel"),
    ("Je dois annuler mon rendez-vous", N, "cancel"),
    ("Merci beaucoup !", N, "person:unclear"),
    ("Mes lunettes sont prêtes ?", N, "person:question"),
    ("Est-ce que le magasin est ouvert samedi", N, "person:question"),
    ("Vous avez des abonnements ?", N, "person:question"),
    ("Quand est-ce que je peux passer", N, "person:question"),
    ("je suis à l'arrêt de bus", N, "person:unclear"),
    ("Je n'ai pas pu recevoir votre message", N, "person:unclear"),
    ("Stopha", N, "person:unclear"),  # a first name, not STOP
    ("Christophe", N, "person:unclear"),
    ("stp", N, "person:unclear"),
    ("9", N, "person:unclear"),
    ("neuf", N, "person:unclear"),
    ("9/10", N, "person:unclear"),
    ("Je passe les chercher samedi", N, "person:unclear"),
    # ---------------------------------------------------------------- after a survey asking for a note
    ("9", S, "score:9"),
    ("9/10", S, "score:9"),
    (" 9 / 10 ", S, "score:9"),
    ("neuf", S, "score:9"),
    ("Neuf !", S, "score:9"),
    ("10 !", S, "score:10"),
    ("10/10 merci", S, "score:10"),
    ("dix sur dix", S, "score:10"),
    ("8 sur 10", S, "score:8"),
    ("note 7", S, "score:7"),
    ("Note : 7", S, "score:7"),
    ("ma note est 6", S, "score:6"),
    ("Je mets 8", S, "score:8"),
    ("je vous donne 9", S, "score:9"),
    ("0", S, "score:0"),
    ("zéro", S, "score:0"),
    ("1", S, "score:1"),  # a score, not a confirmation, once a survey waits
    ("2", S, "score:2"),
    ("4", S, "score:4"),
    ("9 très bon accueil", S, "score:9"),
    ("Très bien, 9/10 merci", S, "score:9"),
    ("Bonjour 8", S, "score:8"),
    ("sept sur 10", S, "score:7"),
    ("10/10 👍", S, "score:10"),
    ("Je dirais 7", S, "score:7"),
    ("Dix", S, "score:10"),
    ("5/10 l'attente était longue", S, "score:5"),
    ("11", S, "person:score_range"),
    ("15/10", S, "person:score_range"),
    ("100", S, "person:score_range"),
    ("1000", S, "person:score_range"),
    ("-1", S, "person:score_range"),
    ("4/5", S, "person:score_scale"),
    ("neuf sur 20", S, "person:score_scale"),
    ("18/20", S, "person:score_scale"),
    ("5 étoiles sur 5", S, "person:score_scale"),
    ("Je suis sur place, 8", S, "person:unclear"),
    ("8,5", S, "person:score_decimal"),
    ("8.5/10", S, "person:score_decimal"),
    ("9,5 sur 10", S, "person:score_decimal"),
    ("une très bonne expérience", S, "person:unclear"),  # "une" is no score
    ("Très satisfait", S, "person:unclear"),
    ("oui", S, "person:not_asked"),
    ("non", S, "person:not_asked"),
    ("8 mais pourquoi m'écrire un dimanche ?", S, "person:question"),
    ("C'est quoi la note maximum ?", S, "person:question"),
    # ---------------------------------------------------------------- opt-out, whatever was asked
    ("STOP", N, "stop:"),
    ("stop", C, "stop:"),
    ("Stop merci", C, "stop:"),
    ("STOP SMS", N, "stop:"),
    ("stop!!", S, "stop:"),
    ("STOP.", N, "stop:"),
    ("Stop svp", N, "stop:"),
    ("  sToP  ", N, "stop:"),
    ("Stooop", N, "stop:"),
    ("Stopper", N, "stop:"),
    ("stoppez", N, "stop:"),
    ("arrêt", N, "stop:"),
    ("arret", N, "stop:"),
    ("ARRÊTEZ", N, "stop:"),
    ("Bonjour, arrêtez svp", N, "stop:"),
    ("Arrêtez de m'envoyer des messages", N, "stop:"),
    ("Merci d'arrêter de m'écrire", N, "stop:"),
    ("désabonner", N, "stop:"),
    ("Je veux me désabonner", N, "stop:"),
    ("desinscription", N, "stop:"),
    ("Désinscrivez-moi", N, "stop:"),
    ("Merci de ne plus m'envoyer de SMS", N, "stop:"),
    ("Je ne souhaite plus recevoir vos messages", N, "stop:"),
    ("je veux plus de sms", N, "stop:"),
    ("Plus de SMS svp", N, "stop:"),
    ("Retirez-moi de votre liste", N, "stop:"),
    ("Supprimez mon numéro", N, "stop:"),
    ("unsubscribe", N, "stop:"),
    ("Oui STOP", C, "stop:"),  # opt-out always wins
    ("1 stop", C, "stop:"),
    ("Non. STOP.", C, "stop:"),
    ("STOP 🙏", N, "stop:"),
    ("STOP ?", N, "stop:"),
    ("9 stop", S, "stop:"),
    ("STOP PUB", N, "stop:promotional"),
    ("stop pub merci", N, "stop:promotional"),
    ("stoppub", N, "stop:promotional"),
    ("STOP PROMO", C, "stop:promotional"),
    ("Stop aux promotions", N, "stop:promotional"),
    ("Je ne veux plus recevoir de publicité", N, "stop:promotional"),
    ("Plus de promos", N, "stop:promotional"),
    ("STOP RAPPEL", C, "stop:reminders"),
    ("stop rappels", N, "stop:reminders"),
    ("je veux plus recevoir de rappels", N, "stop:reminders"),
    ("STOP ENQUETE", S, "stop:surveys"),
    ("Stop aux demandes d'avis", N, "stop:surveys"),
    ("STOP pub et rappels", N, "stop:promotional,reminders"),
    ("STOP TOUT", N, "stop:all"),
    ("stoptout", N, "stop:all"),
    ("Stop à tout, merci", C, "stop:all"),
    ("Je ne veux plus aucun message", N, "stop:all"),
    # ---------------------------------------------------------------- opt-in
    ("START", N, "start:"),
    ("start", C, "start:"),
    ("Activer", N, "start:"),
    ("Réactiver", N, "start:"),
    ("Je veux me réabonner", N, "start:"),
    ("Je souhaite recevoir vos SMS", N, "start:"),
    ("OUI PROMO", N, "start:promotional"),
    ("oui aux promos", N, "start:promotional"),
    ("Bonjour, oui pour les offres", N, "start:promotional"),
    ("je veux recevoir les promos", N, "start:promotional"),
    ("J'accepte de recevoir vos offres", N, "start:promotional"),
    ("START RAPPEL", N, "start:reminders"),
]


@pytest.mark.parametrize(("text", "expecting", "expected"), REPLIES)
def test_real_world_replies(text, expecting, expected):
    assert meaning(interpret(text, expecting=expecting)) == expected


def test_the_table_covers_the_three_contexts_at_length():
    assert len(REPLIES) >= 150
    for context in (N, C, S):
        assert sum(1 for _, asked, _ in REPLIES if asked == context) >= 20
    assert len({(text, asked) for text, asked, _ in REPLIES}) == len(REPLIES)  # no line twice


@pytest.mark.parametrize(
    "text", ["STOP", "Stop merci", "STOP RAPPEL", "arrêtez", "Désinscrivez-moi", "STOP TOUT"]
)
@pytest.mark.parametrize("expecting", [N, C, S])
def test_an_opt_out_is_an_opt_out_whatever_was_asked_and_whatever_keywords_say(text, expecting):
    reply = interpret(text, expecting=expecting, keywords={"STOP": "x", "HORAIRES": "y"})
    assert reply.kind is Interpretation.OPT_OUT


def test_every_reason_is_explained_in_both_languages():
    for reason in REASONS:
        assert catalogue.has(reason), reason
        assert catalogue.explain(reason, "fr") != catalogue.explain(reason, "en")


def test_an_unknown_question_kind_is_a_bug():
    with pytest.raises(ValueError, match="unknown question"):
        interpret("1", expecting="agreement")


# ---------------------------------------------------------------------------------------- keywords


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
@pytest.mark.parametrize("expecting", [N, C, S])
def test_keywords_match_the_whole_message(text, keyword, expecting):
    assert interpret(text, keywords=KEYWORDS, expecting=expecting) == Reply(
        Interpretation.KEYWORD, keyword=keyword
    )


@pytest.mark.parametrize("text", ["horaires de samedi", "quelle adresse ?", "Les horaires changent ?"])
def test_keywords_inside_a_sentence_are_not_keywords(text):
    assert interpret(text, keywords=KEYWORDS).kind is not Interpretation.KEYWORD


def test_no_keywords_configured():
    assert interpret("HORAIRES").kind is Interpretation.UNKNOWN
    assert interpret("HORAIRES", keywords={}).kind is Interpretation.UNKNOWN
    assert interpret("HORAIRES", keywords={"": "x", "!!": "y"}).kind is Interpretation.UNKNOWN


def test_a_keyword_does_not_override_consent_words():
    assert interpret("START", keywords={"START": "x"}).kind is Interpretation.OPT_IN
    assert interpret("oui", keywords={"OUI": "x"}, expecting=C) == Reply(
        Interpretation.KEYWORD, keyword="OUI"
    )


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
        ("STOPTOUT", "stop tout"),
        ("Œil", "oeil"),
    ],
)
def test_normalize(text, expected):
    assert normalize(text) == expected


@given(st.text(max_size=120), st.sampled_from([N, C, S]))
@settings(max_examples=120, deadline=None)
def test_interpret_is_total(text, expecting):
    reply = interpret(text, keywords={"HORAIRES": "x"}, expecting=expecting)
    assert isinstance(reply.kind, Interpretation)
    assert (reply.score is not None) == (reply.kind is Interpretation.SCORE)
    if reply.score is not None:
        assert 0 <= reply.score <= 10
        assert expecting == S  # a score only when a survey asked for one
    assert (reply.reason is not None) == (reply.kind is Interpretation.UNKNOWN)
    if reply.kind is Interpretation.UNKNOWN:
        assert reply.reason in REASONS
    if reply.kind not in (Interpretation.OPT_OUT, Interpretation.OPT_IN):
        assert not reply.scopes


BARE = ["oui", "ok", "merci", "👍", "d'accord", "super", "c'est noté", "bonjour", "!", "Parfait"]


@given(st.lists(st.sampled_from(BARE), min_size=1, max_size=5))
@settings(max_examples=80, deadline=None)
def test_a_bare_yes_confirms_only_when_a_reminder_asked(words):
    text = " ".join(words)
    assert interpret(f"1 {text}").kind is not Interpretation.CONFIRM
    assert interpret(text).kind is not Interpretation.CONFIRM
    assert interpret(text, expecting=S).kind is not Interpretation.CONFIRM
    if any(w not in ("merci", "bonjour", "!") for w in words):
        assert interpret(text, expecting=C).kind is Interpretation.CONFIRM


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
@settings(max_examples=60, deadline=None)
def test_stop_anywhere_as_a_word_opts_out(prefix):
    assert interpret(f"{prefix} STOP").kind is Interpretation.OPT_OUT
