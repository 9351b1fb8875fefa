"""Provider accounts: the non-secret part (secrets live in the OS keyring, see providers/credentials.py)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from desktop.core.entities import ProviderAccount
from desktop.storage.errors import NotFoundError
from desktop.storage.orm import ProviderAccountRow


@dataclass(frozen=True, slots=True)
class AccountValues:
    """Validated values to write (the accounts service checked them)."""

    name: str
    provider: str
    sender: str = ""
    base_url: str | None = None
    options: Mapping[str, str] = field(default_factory=dict)
    rate_per_second: float = 5.0
    price_cents_per_segment: int = 0


def _options(text: str | None) -> dict[str, str]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _record(row: ProviderAccountRow) -> ProviderAccount:
    return ProviderAccount(
        id=row.id,
        name=row.name,
        provider=row.provider,
        sender=row.sender,
        base_url=row.base_url,
        options=_options(row.options_json),
        rate_per_second=row.rate_per_second,
        price_cents_per_segment=row.price_cents_per_segment,
        is_default=row.is_default,
        is_fallback=row.is_fallback,
    )


def _row(session: Session, account_id: int) -> ProviderAccountRow:
    row = session.get(ProviderAccountRow, account_id)
    if row is None:
        raise NotFoundError(f"provider account {account_id}")
    return row


def list_all(session: Session) -> list[ProviderAccount]:
    """Every account, the default first, then by name."""
    rows = session.scalars(
        select(ProviderAccountRow).order_by(ProviderAccountRow.is_default.desc(), ProviderAccountRow.name)
    )
    return [_record(r) for r in rows]


def get(session: Session, account_id: int) -> ProviderAccount | None:
    row = session.get(ProviderAccountRow, account_id)
    return _record(row) if row else None


def by_name(session: Session, name: str) -> ProviderAccount | None:
    row = session.scalars(select(ProviderAccountRow).where(ProviderAccountRow.name == name)).first()
    return _record(row) if row else None


def default(session: Session) -> ProviderAccount | None:
    row = session.scalars(
        select(ProviderAccountRow)
        .where(ProviderAccountRow.is_default.is_(True))
        .order_by(ProviderAccountRow.id)
    ).first()
    return _record(row) if row else None


def fallback(session: Session) -> ProviderAccount | None:
    row = session.scalars(
        select(ProviderAccountRow)
        .where(ProviderAccountRow.is_fallback.is_(True))
        .order_by(ProviderAccountRow.id)
    ).first()
    return _record(row) if row else None


def insert(session: Session, values: AccountValues) -> ProviderAccount:
    """Add an account (neither default nor fallback: use :func:`set_default`). Raises DuplicateError on
    commit when the name is taken."""
    row = ProviderAccountRow(
        name=values.name,
        provider=values.provider,
        sender=values.sender,
        base_url=values.base_url,
        options_json=json.dumps(dict(values.options), ensure_ascii=False, sort_keys=True),
        rate_per_second=values.rate_per_second,
        price_cents_per_segment=values.price_cents_per_segment,
        is_default=False,
        is_fallback=False,
    )
    session.add(row)
    session.flush()
    return _record(row)


def update(session: Session, account_id: int, values: AccountValues) -> ProviderAccount:
    """Replace sender, base URL, options, rate and price (name and provider never change)."""
    row = _row(session, account_id)
    row.sender = values.sender
    row.base_url = values.base_url
    row.options_json = json.dumps(dict(values.options), ensure_ascii=False, sort_keys=True)
    row.rate_per_second = values.rate_per_second
    row.price_cents_per_segment = values.price_cents_per_segment
    session.flush()
    return _record(row)


def delete(session: Session, account_id: int) -> None:
    session.delete(_row(session, account_id))
    session.flush()


def set_default(session: Session, account_id: int) -> None:
    """Make ``account_id`` the one default account (it stops being the fallback)."""
    row = _row(session, account_id)
    session.execute(
        sql_update(ProviderAccountRow)
        .where(ProviderAccountRow.id != account_id, ProviderAccountRow.is_default.is_(True))
        .values(is_default=False)
    )
    row.is_default = True
    row.is_fallback = False
    session.flush()


def set_fallback(session: Session, account_id: int | None) -> None:
    """Make ``account_id`` the one fallback account, or have none."""
    session.execute(
        sql_update(ProviderAccountRow)
        .where(ProviderAccountRow.id != (account_id or 0), ProviderAccountRow.is_fallback.is_(True))
        .values(is_fallback=False)
    )
    if account_id is not None:
        _row(session, account_id).is_fallback = True
    session.flush()


def get_inbound_cursor(session: Session, account_id: int) -> str | None:
    return _row(session, account_id).inbound_cursor


def set_inbound_cursor(session: Session, account_id: int, cursor: str | None) -> None:
    _row(session, account_id).inbound_cursor = cursor
    session.flush()
