"""Message templates: plain `Template` records out, validated `TemplateValues` in.

Names are unique in the table (exact spelling). The service also refuses names that differ only by case or
accents; :func:`find_by_folded_name` is what it uses for that, and what ``send --template`` falls back to.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from desktop.core.entities import Purpose, Template
from desktop.core.text import fold
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import CampaignRow, MessageRow, TemplateRow


@dataclass(frozen=True, slots=True)
class TemplateValues:
    """What to write (the service has validated it)."""

    name: str
    purpose: Purpose
    body: str
    sector: str = ""
    active: bool = True


def _to_template(row: TemplateRow) -> Template:
    return Template(
        id=row.id,
        name=row.name,
        purpose=Purpose(row.purpose),
        body=row.body,
        sector=row.sector or "",
        active=bool(row.active),
    )


def list_templates(
    session: Session, *, active_only: bool = False, purpose: Purpose | None = None
) -> list[Template]:
    """Templates ordered by name (case-insensitively), optionally only active ones or one purpose."""
    statement = select(TemplateRow)
    if active_only:
        statement = statement.where(TemplateRow.active.is_(True))
    if purpose is not None:
        statement = statement.where(TemplateRow.purpose == purpose.value)
    rows = session.scalars(statement).all()
    return sorted((_to_template(r) for r in rows), key=lambda t: (fold(t.name), t.id))


def get(session: Session, template_id: int) -> Template:
    row = session.get(TemplateRow, template_id)
    if row is None:
        raise NotFoundError(f"template {template_id}")
    return _to_template(row)


def get_by_name(session: Session, name: str) -> Template | None:
    """The template called exactly `name`; failing that, the only one whose name matches it once case,
    accents and surrounding spaces are ignored ("lunettes pretes" finds "Lunettes prêtes"); else None."""
    row = session.scalar(select(TemplateRow).where(TemplateRow.name == name))
    if row is not None:
        return _to_template(row)
    matches = find_by_folded_name(session, name)
    return matches[0] if len(matches) == 1 else None


def find_by_folded_name(session: Session, name: str, *, exclude_id: int | None = None) -> list[Template]:
    """Templates whose name equals `name` once case, accents and spaces are folded."""
    key = fold(name)
    if not key:
        return []
    rows = session.execute(select(TemplateRow.id, TemplateRow.name)).all()
    ids = [r.id for r in rows if fold(r.name) == key and r.id != exclude_id]
    return [get(session, template_id) for template_id in ids]


def names(session: Session) -> list[str]:
    return list(session.scalars(select(TemplateRow.name)))


def insert(session: Session, values: TemplateValues) -> Template:
    row = TemplateRow(
        name=values.name,
        purpose=values.purpose.value,
        sector=values.sector,
        body=values.body,
        active=values.active,
    )
    session.add(row)
    session.flush()
    return _to_template(row)


def update(session: Session, template_id: int, values: TemplateValues) -> Template:
    row = session.get(TemplateRow, template_id)
    if row is None:
        raise NotFoundError(f"template {template_id}")
    row.name = values.name
    row.purpose = values.purpose.value
    row.sector = values.sector
    row.body = values.body
    row.active = values.active
    session.flush()
    return _to_template(row)


def set_active(session: Session, template_id: int, active: bool) -> Template:
    row = session.get(TemplateRow, template_id)
    if row is None:
        raise NotFoundError(f"template {template_id}")
    row.active = active
    session.flush()
    return _to_template(row)


def is_referenced(session: Session, template_id: int) -> bool:
    """True when a message or a campaign points at the template (deleting it would orphan their history)."""
    used_by_message = exists().where(MessageRow.template_id == template_id)
    used_by_campaign = exists().where(CampaignRow.template_id == template_id)
    return bool(session.scalar(select(used_by_message | used_by_campaign)))


def delete_template(session: Session, template_id: int) -> None:
    result = session.execute(delete(TemplateRow).where(TemplateRow.id == template_id))
    if not getattr(result, "rowcount", 0):
        raise NotFoundError(f"template {template_id}")
