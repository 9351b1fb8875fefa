"""The settings that name a template (order notices, reminders of a kind of appointment, surveys): which
templates each may name — the active ones of its purpose, as Réglages offers them in its lists — and the
refusal of any other name on the command line. An empty name means the sector's usual template."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from desktop.core.entities import Purpose, Template
from desktop.services.settings_paths import SettingValueError

TEMPLATE_UNKNOWN: Final = "settings_template_unknown"

#: Template fields that name a survey (the review request is sent as one too); every other names a
#: transactional template.
_SURVEY_FIELDS: Final = frozenset({"orders.survey_template", "surveys.template", "surveys.review_template"})


def purpose_of(path: str) -> Purpose:
    return Purpose.SURVEY if path in _SURVEY_FIELDS else Purpose.TRANSACTIONAL


def is_template_field(path: str) -> bool:
    return path.endswith("template")


def choices(templates: Iterable[Template], purpose: Purpose) -> list[str]:
    """The names a template field of ``purpose`` may hold: the active templates of that purpose."""
    return [t.name for t in templates if t.active and t.purpose is purpose]


def check(templates: Iterable[Template], named: Iterable[tuple[str, str]]) -> None:
    """Refuse (SettingValueError) the first (path, name) whose name is not one of its choices."""
    listed = list(templates)
    for path, name in named:
        allowed = choices(listed, purpose_of(path))
        if name.strip() and name not in allowed:
            raise SettingValueError(
                TEMPLATE_UNKNOWN, path=path, value=name, choices=", ".join(allowed) or "—"
            )
