"""The one catalogue of user-facing explanations for every stable code the program returns.

Core and services return codes; the UI and the command line turn them into sentences here. Each domain keeps
its table in its own module of this package (``phones``, ``templates``, ``compliance``, ``storage``,
``providers``, ``importer``…) as ``TEXTS = {code: (french, english)}``.

Texts may hold ``{placeholders}``, filled by :func:`explain` in one pass (nothing is evaluated, and a value
is never scanned again, so a value holding braces shows as it is). A part of a text between square brackets
is optional: it is shown, brackets removed, only when every placeholder inside it was given — « Une erreur
inattendue s'est produite[ (code {code})]. ». A placeholder outside brackets that the caller did not give
shows as « … »: a sentence never shows a raw ``{name}`` to the user.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping
from functools import cache

Texts = Mapping[str, tuple[str, str]]

#: ``{name}``: a parameter. ``{{name}}`` shows the value between literal braces (template variables).
PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: ``[…]``: a part shown only when all its parameters are given (no nesting).
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
#: What a missing parameter outside an optional part shows.
MISSING = "…"

_language = "fr"


def set_language(language: str) -> None:
    """``"fr"`` (default) or ``"en"``; anything else falls back to French."""
    global _language
    _language = "en" if language.startswith("en") else "fr"


def language() -> str:
    return _language


@cache
def _table() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        texts: Texts = getattr(module, "TEXTS", {})
        for code, pair in texts.items():
            if code in merged and merged[code] != pair:
                raise RuntimeError(f"code {code!r} explained twice with different texts")
            merged[code] = pair
    return merged


def has(code: str) -> bool:
    return code in _table()


def explain(code: str, lang: str | None = None, /, **params: object) -> str:
    """The sentence for ``code`` in the current (or given) language, placeholders filled (any name, ``code``
    included: the first two arguments are positional only)."""
    pair = _table().get(code)
    if pair is None:
        pair = _table()["unknown_error"]
        params = {"code": code, **params}
    text = pair[1] if (lang or _language) == "en" else pair[0]
    return _render(text, {key: str(value) for key, value in params.items()})


def _render(text: str, params: Mapping[str, str]) -> str:
    """``text`` with its optional parts kept or dropped and its placeholders filled (see the module)."""

    def optional(match: re.Match[str]) -> str:
        part = match.group(1)
        return part if all(name in params for name in PLACEHOLDER.findall(part)) else ""

    text = _OPTIONAL.sub(optional, text)
    return PLACEHOLDER.sub(lambda match: params.get(match.group(1), MISSING), text)


def codes() -> frozenset[str]:
    return frozenset(_table())
