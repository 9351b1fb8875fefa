"""Money as people read it: integer cents in, « 0,08 € » out (« 0.08 € » in English)."""

from __future__ import annotations

from desktop.core import catalogue


def format_cents(cents: int, lang: str | None = None) -> str:
    """« 0,08 € », « 12,50 € », « -0,07 € » in the current (or given) language; never through a float."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    separator = "." if (lang or catalogue.language()) == "en" else ","
    return f"{sign}{euros}{separator}{rest:02d} €"
