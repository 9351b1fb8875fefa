"""What a client meant by an inbound SMS, knowing what she was asked.

The text is folded (case, accents), emoji mapped (👍 → ok, 👎 → non), punctuation dropped and letters
repeated three times or more squeezed ("ouiii" → "oui"). What the client was last asked is ``expecting``:
:data:`CONFIRMATION` (a reminder asking to confirm), :data:`SCORE` (a satisfaction survey asking for a note),
or None (a promotion, an order notice, nothing). Precedence, first match wins:

1. **opt-out** — STOP and its variants anywhere, "arrêt…" at the start, "désabonner", "ne plus recevoir"…
   Opt-out always wins: "oui stop" is an opt-out. ``scopes`` are the families the words name (« STOP PUB »
   → promotions, « STOP RAPPEL » → reminders, « STOP TOUT » → all); none named: a bare STOP, whose scope
   the message answered decides (:func:`desktop.core.optout.reply_scopes`);
2. **opt-in** — START, ACTIVER, "OUI PROMO", "je veux recevoir les promos"; scopes as above (none: restore
   whatever was stopped);
3. **keyword** — a configured keyword as the whole message, politeness aside ("horaires svp");
4. a **question** ("?", "est-ce que…") or a request to **move** the appointment ("plutôt à 15h", "décaler")
   goes to a person, whatever else the reply says (``reason``);
5. **score**, only when a survey asked for one — "9", "9/10", "neuf", "note 7", "8 sur 10"; a decimal, another
   scale or a number out of 0–10 goes to a person;
6. **cancel** / **confirm**. Explicit words act whatever was asked ("je confirme", "je ne pourrai pas venir",
   "annuler"); bare ones ("1", "oui", "ok", 👍, "2", "non") only when a reminder asked to confirm — without a
   question asked « 1 » or « oui » confirms nothing. An explicit cancellation wins over "ok"; yes and no at
   once, or an acceptance with a condition ("oui mais…"), go to a person.

Anything else is UNKNOWN, with the ``reason`` a person reads it for (catalogue codes, ``reply_*``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desktop.core.entities import Interpretation, MessageKind, Purpose
from desktop.core.optout import Scope
from desktop.core.text import fold

#: What the client was asked (``expecting``).
CONFIRMATION: Final = "confirmation"
SCORE: Final = "score"
QUESTIONS: Final = (CONFIRMATION, SCORE)

# Why a reply is left to a person (texts in desktop.core.catalogue.replies).
UNCLEAR: Final = "reply_unclear"
QUESTION: Final = "reply_question"
RESCHEDULE: Final = "reply_reschedule"
CONDITION: Final = "reply_condition"
MIXED: Final = "reply_mixed"
NOT_ASKED: Final = "reply_not_asked"
SCORE_SCALE: Final = "reply_score_scale"
SCORE_DECIMAL: Final = "reply_score_decimal"
SCORE_RANGE: Final = "reply_score_range"
REASONS: Final = (
    UNCLEAR,
    QUESTION,
    RESCHEDULE,
    CONDITION,
    MIXED,
    NOT_ASKED,
    SCORE_SCALE,
    SCORE_DECIMAL,
    SCORE_RANGE,
)


@dataclass(frozen=True, slots=True)
class Reply:
    kind: Interpretation
    score: int | None = None
    keyword: str | None = None  # the configured keyword, as configured
    scopes: frozenset[str] = frozenset()  # opt-out / opt-in: the scopes the words name (none: a bare one)
    reason: str | None = None  # unknown: why a person must read it


def question_of(kind: MessageKind | str, purpose: Purpose | str, *, review: bool = False) -> str | None:
    """What a message asked the client: a reminder asks to confirm, a satisfaction survey asks for a note
    (a review request asks nothing Comptoir can read); anything else asks nothing."""
    if str(kind) == MessageKind.REMINDER:
        return CONFIRMATION
    if review or str(kind) == MessageKind.REVIEW_REQUEST:
        return None
    if str(kind) == MessageKind.SURVEY or (
        str(kind) == MessageKind.MANUAL and str(purpose) == Purpose.SURVEY
    ):
        return SCORE
    return None


def _unknown(reason: str) -> Reply:
    return Reply(Interpretation.UNKNOWN, reason=reason)


# ---------------------------------------------------------------------------------------- normalising

_EMOJI_WORDS: Final = {
    "👍": " ok ",
    "👌": " ok ",
    "✅": " ok ",
    "✔": " ok ",
    "☑": " ok ",
    "🆗": " ok ",
    "👎": " non ",
    "❌": " non ",
}
_REPEATED: Final = re.compile(r"([a-z])\1{2,}")
_NOT_WORD: Final = re.compile(r"[^a-z0-9]+")
_DECIMAL: Final = re.compile(r"\d[.,]\d")
_NEGATIVE: Final = re.compile(r"\W*[-−–]\s*\d")
_GLUED_STOP: Final = re.compile(r"\bstop(sms|pubs?|promos?|rappels?|tout)\b")

_POLITENESS: Final = re.compile(
    r"\b(?:bonjour|bonsoir|salut|hello|coucou|merci(?: bien| beaucoup| a vous| infiniment)?|thanks|"
    r"svp|stp|s il vous plait|s il te plait|please|cordialement|bien a vous|bonne (?:fin de )?"
    r"(?:journee|soiree|semaine)|a bientot|madame|monsieur|mme|mr|docteur|dr|desole|desolee)\b"
)


def normalize(text: str) -> str:
    """Folded words separated by single spaces: "Oui !! Merci 👍" → "oui merci ok"."""
    for emoji, word in _EMOJI_WORDS.items():
        text = text.replace(emoji, word)
    folded = _REPEATED.sub(r"\1", fold(text).replace("/", " sur "))
    words = _NOT_WORD.sub(" ", folded).strip()
    return _GLUED_STOP.sub(r"stop \1", words)


def _core(words: str) -> str:
    """The words without greetings and politeness."""
    return " ".join(_POLITENESS.sub(" ", words).split())


# ---------------------------------------------------------------------------------------- patterns

_PROMO_WORDS: Final = (
    r"(?:pubs?|publicites?|promos?|promotions?|offres?|marketing|newsletters?|commerciau?x?)"
)
_SCOPE_WORDS: Final = (
    (
        Scope.ALL,
        re.compile(r"\b(?:tout|tous|toutes|all|definitivement|totalement|completement|plus aucun)\b"),
    ),
    (Scope.PROMOTIONAL, re.compile(rf"\b{_PROMO_WORDS}\b")),
    (Scope.REMINDERS, re.compile(r"\b(?:rappels?|relances?|reminders?)\b")),
    (Scope.SURVEYS, re.compile(r"\b(?:enquetes?|avis|sondages?|questionnaires?|satisfaction)\b")),
    (Scope.ORDER_NOTICES, re.compile(r"\b(?:commandes?|retraits?|livraisons?)\b")),
)

_OPT_OUT: Final = re.compile(
    "|".join(
        [
            r"\bsto+p+(?:e|er|ez|es)?\b",
            r"^(?:(?:oui|non|ok) )?arr?e+t(?:e|er|ez|es)?\b",
            r"\barr?et(?:e|er|ez) (?:de |d )?(?:m |me |nous )?(?:envoyer|ecrire|contacter|spammer|harceler)",
            r"\bdesabonn\w*|\bdesi(?:ns|n|s)cri\w*|\bunsubscribe\b|\bopt ?out\b",
            r"\b(?:retire[zr]?|supprime[zr]?|efface[zr]?|enleve[zr]?) (?:moi|mon numero|mon num)\b",
            r"\b(?:ne |n )?(?:veux|veut|voulons|souhaite|souhaitons|desire|desirons|tiens|tient) "
            r"(?:plus|pas|jamais) (?:a |de |d )?(?:recevoir|(?:de |d |aucun |d aucun )?(?:sms|messages?|textos?))\b",
            r"\bne plus (?:m |me |nous )?(?:recevoir|envoyer|ecrire|contacter)\b",
            r"^plus (?:de|d aucun) (?:sms|messages?|textos?|" + _PROMO_WORDS + r")\b",
        ]
    )
)
_OPT_IN: Final = re.compile(
    "|".join(
        [
            r"\bstart\b",
            r"\b(?:re)?activ(?:er|ez|e)\b",
            r"\b(?:re)?abonne[rz]?\b|\bm (?:re)?abonner\b|\breinscri\w*",
            rf"^(?:oui|ok|d accord) (?:(?:pour|aux|les|des|a) )*{_PROMO_WORDS}\b",
            r"\b(?:veux|voudrais|souhaite|souhaiterais|accepte|aimerais)(?: bien)? (?:(?:de |d )?recevoir )?"
            rf"(?:les |vos |des |de )?(?:sms|messages|{_PROMO_WORDS})\b",
        ]
    )
)
#: Cancellations that need no question: the client says so in words.
_EXPLICIT_CANCEL: Final = re.compile(
    "|".join(
        [
            r"\bannul\w*|\bcancel\w*|\bdecommand\w*|\bempech\w*",
            r"\b(?:ne|n) (?:\w+ ){0,2}(?:pourrai|pourrais|pourrons|pourra|peux|peut|pouvons|viendrai|"
            r"viendrais|viendra|viendrons|viens|vais|serai|serais|sera|serons) (?:\w+ )?pas\b"
            r"(?! (?:en retard|a l heure|de probleme|de souci))",
            r"\b(?:pourrai|pourrais|peux|viendrai|viens|serai) pas (?:venir|etre la|la|present\w*|dispo\w*|y aller)\b",
            r"\b(?:viendrai|viendrons|viens) pas\b",
            r"\b(?:ne|n) confirm\w* pas\b",
        ]
    )
)
#: Cancellations that mean one only when a reminder asked to confirm ("2", "non", "pas possible").
_BARE_CANCEL: Final = re.compile(
    r"^(?:(?:non|no|nan|nope)\b|2$)|\bpas (?:possible|dispo\w*|disponible)\b|\bindisponible\b|\bimpossible\b"
)
_NO: Final = re.compile(r"\b(?:non|no|nan|nope)\b")
#: Confirmations that need no question.
_EXPLICIT_CONFIRM: Final = re.compile(
    r"\bconfirm\w*|\b(?:je|nous) (?:serai|serons) (?:bien )?(?:la|present\w*)\b|\b(?:je|nous) viendr(?:ai|ons)\b"
    r"|\bj y serai\b|\bnous y serons\b|\bsans faute\b"
)
#: Acceptances that confirm only when a reminder asked to ("1", "oui", "ok", 👍, "c'est noté").
_BARE_CONFIRM: Final = re.compile(
    "|".join(
        [
            r"^1$",
            r"\b(?:ou+i+s?|ouai+s?|ok+|oki|okay|okey|yes|yep|parfait|super|entendu|daccord|dac|dacc)\b",
            r"\bd (?:accord|acc)\b|\bca marche\b|\bbien recu\b",
            r"\b(?:c est|bien) note\b|^note$|\bpas de (?:probleme|souci|soucis)\b|\baucun (?:probleme|souci)\b",
            r"\ba (?:demain|tout a l heure|tout de suite)\b",
        ]
    )
)
#: An acceptance followed by a condition or a second thought ("oui mais…", "ok sauf si…").
_CONDITION: Final = re.compile(r"\b(?:mais|sauf|par contre|seulement si|a condition|si jamais|sinon)\b \w+")
_QUESTION_START: Final = re.compile(
    r"^(?:est ce qu\w*|est il|est elle|pourquoi|comment|combien|quand|quel|quelle|quels|quelles|ou est|ou se|"
    r"pouvez vous|pourriez vous|pourrais je|peut on|puis je|peux tu|savez vous|serait il|c est ou|"
    r"c est quand|c est a quelle|a quelle heure|je voudrais savoir|j aimerais savoir)\b"
)
_MOVE: Final = re.compile(
    r"\b(?:decaler|deplacer|reporter|changer|modifier|avancer|repousser|retarder)\b.*"
    r"\b(?:rdv|rendez vous|heure|date|jour|creneau)\b"
    r"|\bplutot (?:a|le|la|vers|en|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|\d)\b"
    r"|\b(?:une autre|un autre) (?:date|heure|jour|creneau|moment)\b"
    r"|\b(?:decaler|deplacer|reporter|repousser|avancer)\b"
)

_NUMBER_WORDS: Final = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip
_SCORE_PREFIX: Final = (
    r"(?:(?:ma |la )?note(?: est| de)?|score|je (?:vous |te )?(?:mets|met|donne|dirais)|"
    r"(?:je )?(?:vous |te )?mets|je note)?\s?"
)
_SCORE_DIGITS: Final = re.compile(rf"^{_SCORE_PREFIX}(\d+)(?: sur (\d+))?\b")
_SCORE_WORD: Final = re.compile(rf"^{_SCORE_PREFIX}([a-z]+)(?: sur ([a-z0-9]+))?$")
_SCORE_ANYWHERE: Final = re.compile(r"\b(\d{1,3}) sur (\d+)\b")
#: A note on another scale anywhere in the reply ("5 étoiles sur 5", "18/20").
_OTHER_SCALE: Final = re.compile(r"\bsur (?!10\b)(?:\d+|cinq|vingt|cent)\b|\betoiles?\b")


# ---------------------------------------------------------------------------------------- interpretation


def _scopes(words: str) -> frozenset[str]:
    """The scopes the words name: « STOP TOUT » → all; « STOP PUB et rappels » → both families."""
    named = {scope.value for scope, pattern in _SCOPE_WORDS if pattern.search(words)}
    return frozenset({Scope.ALL.value}) if Scope.ALL in named else frozenset(named)


def _score(text: str, core: str) -> Reply | None:
    """SCORE, UNKNOWN (a number that is no 0–10 score) or None (not a number at all)."""
    if _DECIMAL.search(text):
        return _unknown(SCORE_DECIMAL)  # "8,5/10": a person will record it
    if _NEGATIVE.match(text):
        return _unknown(SCORE_RANGE)
    if _OTHER_SCALE.search(core):
        return _unknown(SCORE_SCALE)
    value: int | None = None
    scale: str | None = None
    if match := _SCORE_DIGITS.match(core):
        value, scale = int(match.group(1)), match.group(2)
    elif (match := _SCORE_WORD.match(core)) and match.group(1) in _NUMBER_WORDS:
        value, scale = _NUMBER_WORDS[match.group(1)], match.group(2)
        if scale is not None and scale not in ("10", "dix"):
            return _unknown(SCORE_SCALE)
        scale = None
    elif match := _SCORE_ANYWHERE.search(core):
        value, scale = int(match.group(1)), match.group(2)
    if value is None:
        return None
    if scale is not None and scale != "10":
        return _unknown(SCORE_SCALE)
    if not 0 <= value <= 10:
        return _unknown(SCORE_RANGE)
    return Reply(Interpretation.SCORE, score=value)


def _is_question(text: str, core: str) -> bool:
    return "?" in text or _QUESTION_START.search(core) is not None


def _answer(core: str, asked_to_confirm: bool) -> Reply:
    """Confirm, cancel, or why a person must read it."""
    if _EXPLICIT_CANCEL.search(core):
        return Reply(Interpretation.CANCEL)
    explicit = _EXPLICIT_CONFIRM.search(core) is not None
    accepts = explicit or _BARE_CONFIRM.search(core) is not None
    refuses = _BARE_CANCEL.search(core) is not None
    if accepts and (refuses or _NO.search(core)):
        return _unknown(MIXED)  # "oui non", "non non c'est bon": a person reads it
    if accepts and _CONDITION.search(core):
        return _unknown(CONDITION)  # "oui mais je serai en retard": a person reads it
    if refuses:
        return Reply(Interpretation.CANCEL) if asked_to_confirm else _unknown(NOT_ASKED)
    if explicit:
        return Reply(Interpretation.CONFIRM)
    if accepts:
        return Reply(Interpretation.CONFIRM) if asked_to_confirm else _unknown(NOT_ASKED)
    return _unknown(UNCLEAR)


def interpret(text: str, *, expecting: str | None = None, keywords: Mapping[str, str] | None = None) -> Reply:
    """What the client meant. ``expecting``: what she was last asked (:data:`CONFIRMATION`, :data:`SCORE`
    or None); ``keywords`` maps configured keywords to their answers (only keys are used)."""
    if expecting is not None and expecting not in QUESTIONS:
        raise ValueError(f"unknown question: {expecting!r}")
    words = normalize(text)
    core = _core(words)
    if not words:
        return _unknown(UNCLEAR)
    if _OPT_OUT.search(words) or _OPT_OUT.search(core):
        return Reply(Interpretation.OPT_OUT, scopes=_scopes(words))
    if _OPT_IN.search(words) or _OPT_IN.search(core):
        return Reply(Interpretation.OPT_IN, scopes=_scopes(words))
    for keyword in keywords or {}:
        if normalize(keyword) and normalize(keyword) in (core, words):
            return Reply(Interpretation.KEYWORD, keyword=keyword)
    if _is_question(text, core):
        return _unknown(QUESTION)
    if _MOVE.search(core):
        return _unknown(RESCHEDULE)
    if expecting == SCORE and (reply := _score(text, core)) is not None:
        return reply
    return _answer(core, expecting == CONFIRMATION)
