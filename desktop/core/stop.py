"""The opt-out mention of promotional messages (« STOP au 36180 »): the one place that adds or swaps it.

- :func:`with_mention` decides for every sender: a promotion gets the account's mention on a new last line,
  unless the text already tells how to opt out or the account's provider appends its own.
- :func:`retarget` moves a stored text to another account (the dispatcher's fallback): the first account's
  mention comes off, the second's goes on.

When the account names no mention, :data:`DEFAULT_STOP_TEXT` (reply STOP) is used: it works when the sender
can receive replies (the compliance check warns when it cannot).
"""

from __future__ import annotations

import re
from typing import Final

from desktop.core.entities import Purpose
from desktop.core.text import fold

#: Opt-out mention used when the provider account gives none: works when the sender can receive replies.
DEFAULT_STOP_TEXT: Final = "Désinscription : répondez STOP"

_STOP_WORD: Final = re.compile(r"(?<![a-z0-9])stop(?![a-z0-9])")


def has_stop_mention(text: str) -> bool:
    """True when the text already tells how to opt out (the word STOP, any case or accents)."""
    return _STOP_WORD.search(fold(text)) is not None


def mention(stop_text: str) -> str:
    """The line that is added: the account's mention, or the default one."""
    return stop_text.strip() or DEFAULT_STOP_TEXT


def add_stop_mention(text: str, stop_text: str = "") -> str:
    """`text` with the opt-out mention on a new last line, unless it already has one (idempotent)."""
    line = mention(stop_text)
    if has_stop_mention(text) or fold(line) in fold(text):
        return text
    body = text.rstrip()
    return f"{body}\n{line}" if body else line


def needs_mention(purpose: Purpose | str, provider_appends: bool) -> bool:
    """Does Comptoir write the mention itself? For promotions, unless the provider appends its own."""
    return str(purpose) == Purpose.PROMOTIONAL and not provider_appends


def with_mention(text: str, purpose: Purpose | str, stop_text: str, provider_appends: bool = False) -> str:
    """The text with the opt-out mention where the purpose and the account require it."""
    return add_stop_mention(text, stop_text) if needs_mention(purpose, provider_appends) else text


def retarget(
    text: str,
    purpose: Purpose | str,
    *,
    from_stop_text: str,
    to_stop_text: str,
    to_provider_appends: bool,
) -> str:
    """A text written for one account, rewritten for another: the first account's mention (the last line,
    as :func:`with_mention` wrote it) is taken off, then the second account's rule applies."""
    if str(purpose) != Purpose.PROMOTIONAL:
        return text
    body = text.removesuffix("\n" + mention(from_stop_text))
    return with_mention(body, purpose, to_stop_text, to_provider_appends)
