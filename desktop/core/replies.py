"""What a client meant by an inbound SMS: opt-out, opt-in, confirm, cancel, score, keyword.

The text is folded (case, accents), emoji mapped (👍 → ok, 👎 → non), punctuation dropped and letters
repeated three times or more squeezed ("ouiii" → "oui"). Precedence, first match wins:

1. **opt-out** — STOP and its variants anywhere, "arrêt…" at the start, "désabonner", "ne plus recevoir"…
   Opt-out always wins: "oui stop" is an opt-out. Scope: ``"promotional"`` when the words name promotions
   (STOP PUB), ``"reminders"`` when they name reminders (STOP RAPPEL), otherwise ``"all"``;
2. **opt-in** — START, ACTIVER, "OUI PROMO", "je veux recevoir les promos"; same scopes;
3. **keyword** — a configured keyword as the whole message, politeness aside ("horaires svp");
4. **score**, only when a survey is waiting for one — "9", "9/10", "neuf", "note 7", "8 sur 10";
5. **cancel** before **confirm** — a clear cancellation ("je ne pourrai pas venir", "annuler") wins over
   "oui"/"ok"; a bare "non" with a confirmation word is ambiguous → unknown. A question mark, or a
   request to move the appointment, leaves the reply to a human (unknown).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from desktop.core.entities import Interpretation
from desktop.core.text import fold

ALL: Final = "all"
PROMOTIONAL: Final = "promotional"
REMINDERS: Final = "reminders"


@dataclass(frozen=True, slots=True)
class Reply:
    kind: Interpretation
    score: int | None = None
    keyword: str | None = None  # the configured keyword, as configured
    scope: str | None = None  # opt-out / opt-in: "all", "promotional" or "reminders"


UNKNOWN: Final = Reply(Interpretation.UNKNOWN)

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
_GLUED_STOP: Final = re.compile(r"\bstop(sms|pubs?|promos?|rappels?)\b")

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
_REMINDER_WORDS: Final = r"(?:rappels?|relances?|reminders?)"
_SCOPE_PROMO: Final = re.compile(rf"\b{_PROMO_WORDS}\b")
_SCOPE_REMINDERS: Final = re.compile(rf"\b{_REMINDER_WORDS}\b")

_OPT_OUT: Final = re.compile(
    "|".join(
        [
            r"\bsto+p+(?:e|er|ez|es)?\b",
            r"^(?:(?:oui|non|ok) )?arr?e+t(?:e|er|ez|es)?\b",
            r"\barr?et(?:e|er|ez) (?:de |d )?(?:m |me |nous )?(?:envoyer|ecrire|contacter|spammer|harceler)",
            r"\bdesabonn\w*|\bdesi(?:ns|n|s)cri\w*|\bunsubscribe\b|\bopt ?out\b",
            r"\b(?:retire[zr]?|supprime[zr]?|efface[zr]?|enleve[zr]?) (?:moi|mon numero|mon num)\b",
            r"\b(?:ne |n )?(?:veux|veut|voulons|souhaite|souhaitons|desire|desirons|tiens|tient) "
            r"(?:plus|pas|jamais) (?:a |de |d )?(?:recevoir|(?:de |d )?(?:sms|messages?|textos?))\b",
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
_STRONG_CANCEL: Final = re.compile(
    "|".join(
        [
            r"\bannul\w*|\bcancel\w*|\bdecommand\w*|\bempech\w*",
            r"\b(?:ne|n) (?:\w+ ){0,2}(?:pourrai|pourrais|pourrons|pourra|peux|peut|pouvons|viendrai|"
            r"viendrais|viendra|viendrons|viens|vais|serai|serais|sera|serons) (?:\w+ )?pas\b"
            r"(?! (?:en retard|a l heure|de probleme|de souci))",
            r"\b(?:pourrai|pourrais|peux|viendrai|viens|serai) pas (?:venir|etre la|la|present\w*|dispo\w*|y aller)\b",
            r"\b(?:viendrai|viendrons|viens) pas\b",
            r"\b(?:ne|n) confirm\w* pas\b",
            r"\bpas (?:possible|dispo\w*|disponible)\b|\bindisponible\b|\bimpossible\b",
        ]
    )
)
_NO: Final = re.compile(r"\b(?:non|no|nan|nope)\b")
_WEAK_CANCEL: Final = re.compile(r"^(?:(?:non|no|nan|nope)\b|2$)")
_CONFIRM: Final = re.compile(
    "|".join(
        [
            r"^1$",
            r"\b(?:ou+i+s?|ouai+s?|ok+|oki|okay|okey|yes|yep|parfait|super|entendu|daccord|dac|dacc)\b",
            r"\bd (?:accord|acc)\b|\bca marche\b|\bbien recu\b|\bconfirm\w*",
            r"\b(?:c est|bien) note\b|^note$|\bpas de (?:probleme|souci|soucis)\b|\baucun (?:probleme|souci)\b",
            r"\b(?:je|nous) (?:serai|serons) (?:la|present\w*)\b|\b(?:je|nous) viendr(?:ai|ons)\b",
            r"\bj y serai\b|\bnous y serons\b|\bsans faute\b|\ba (?:demain|tout a l heure|tout de suite)\b",
        ]
    )
)
_MOVE: Final = re.compile(
    r"\b(?:decaler|deplacer|reporter|changer|modifier|avancer|repousser)\b.*\b(?:rdv|rendez vous|heure|date)\b"
)

_NUMBER_WORDS: Final = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip
_SCORE_PREFIX: Final = (
    r"(?:(?:ma |la )?note(?: est| de)?|score|je (?:vous |te )?(?:mets|met|donne|dirais)|"
    r"(?:je )?(?:vous |te )?mets|je note)?\s?"
)
_SCORE_DIGITS: Final = re.compile(rf"^{_SCORE_PREFIX}(\d{{1,3}})(?: sur (\d+))?\b")
_SCORE_WORD: Final = re.compile(rf"^{_SCORE_PREFIX}([a-z]+)(?: sur ([a-z0-9]+))?$")
_SCORE_ANYWHERE: Final = re.compile(r"\b(\d{1,3}) sur 10\b")


# ---------------------------------------------------------------------------------------- interpretation


def _scope(words: str) -> str:
    promo, reminders = _SCOPE_PROMO.search(words), _SCOPE_REMINDERS.search(words)
    if promo and not reminders:
        return PROMOTIONAL
    if reminders and not promo:
        return REMINDERS
    return ALL


def _score(text: str, core: str) -> Reply | None:
    """SCORE, UNKNOWN (a number that is no 0–10 score) or None (not a number at all)."""
    if _DECIMAL.search(text) or _NEGATIVE.match(text):
        return UNKNOWN  # "8,5/10", "-1": a person will record it
    value: int | None = None
    scale: str | None = None
    if match := _SCORE_DIGITS.match(core):
        value, scale = int(match.group(1)), match.group(2)
    elif (match := _SCORE_WORD.match(core)) and match.group(1) in _NUMBER_WORDS:
        value, scale = _NUMBER_WORDS[match.group(1)], match.group(2)
        if scale is not None and scale not in ("10", "dix"):
            return UNKNOWN
        scale = None
    elif match := _SCORE_ANYWHERE.search(core):
        value = int(match.group(1))
    if value is None:
        return None
    if (scale is not None and scale != "10") or not 0 <= value <= 10:
        return UNKNOWN
    return Reply(Interpretation.SCORE, score=value)


def interpret(
    text: str, *, keywords: Mapping[str, str] | None = None, expecting_score: bool = False
) -> Reply:
    """What the client meant. `keywords` maps configured keywords to their answers (only keys are used);
    `expecting_score`: a satisfaction survey was sent and awaits a 0–10 score."""
    words = normalize(text)
    core = _core(words)
    if not words:
        return UNKNOWN
    if _OPT_OUT.search(words) or _OPT_OUT.search(core):
        return Reply(Interpretation.OPT_OUT, scope=_scope(words))
    if _OPT_IN.search(words) or _OPT_IN.search(core):
        return Reply(Interpretation.OPT_IN, scope=_scope(words))
    for keyword in keywords or {}:
        if normalize(keyword) and normalize(keyword) in (core, words):
            return Reply(Interpretation.KEYWORD, keyword=keyword)
    if expecting_score and (reply := _score(text, core)) is not None:
        return reply
    if "?" in text or _MOVE.search(core):
        return UNKNOWN
    if _STRONG_CANCEL.search(core):
        return Reply(Interpretation.CANCEL)
    confirm = _CONFIRM.search(core) is not None
    if confirm and _NO.search(core):
        return UNKNOWN  # "oui non", "non non c'est bon": a person reads it
    if _WEAK_CANCEL.search(core):
        return Reply(Interpretation.CANCEL)
    if confirm:
        return Reply(Interpretation.CONFIRM)
    return UNKNOWN
