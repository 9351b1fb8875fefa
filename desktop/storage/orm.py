"""Mapped classes: the database schema of Comptoir.

Only :mod:`desktop.storage` sees these classes; everything above it receives the plain records of
:mod:`desktop.core.entities`. Any change here needs a new Alembic migration (a test compares both).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Update,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, ORMExecuteState, Session, mapped_column, relationship

from desktop.storage.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime()}


class ClientRow(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    civility: Mapped[str] = mapped_column(String(20), default="")
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    mobile: Mapped[str | None] = mapped_column(String(20), unique=True)
    other_phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="fr")
    region: Mapped[str] = mapped_column(String(3), default="FR")
    subdiv: Mapped[str | None] = mapped_column(String(5))
    # Current consent, derived from consent_events and kept in step by the consent repository (one writer)
    # so that the client list can filter on it in SQL.
    promotional_consent: Mapped[str] = mapped_column(String(10), default="unknown")
    transactional_consent: Mapped[str] = mapped_column(String(10), default="unknown")
    number_status: Mapped[str] = mapped_column(String(12), default="ok")
    # Lower-case, accent-free "last first email digits…" used by search-as-you-type.
    search_key: Mapped[str] = mapped_column(Text, default="")
    last_visit: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Optimistic concurrency between desks: every edit of the client's own fields (form, import) adds one;
    # a save made from an older version is refused. ``updated_by`` names the desk of the last edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_by: Mapped[str] = mapped_column(String(100), default="", server_default="")

    tags: Mapped[list[ClientTagRow]] = relationship(
        back_populates="client", cascade="all, delete-orphan", lazy="selectin"
    )

    __table_args__ = (
        Index("ix_clients_name", "last_name", "first_name"),
        # the other desks' change probe sums the versions every few seconds: from this index, not the table
        Index("ix_clients_version", "version"),
    )


class ClientTagRow(Base):
    __tablename__ = "client_tags"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(50), primary_key=True)

    client: Mapped[ClientRow] = relationship(back_populates="tags")

    __table_args__ = (Index("ix_client_tags_tag", "tag"),)


class ConsentEventRow(Base):
    """Immutable: rows are only ever inserted. Kept (client_id nulled) when the client is erased."""

    __tablename__ = "consent_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    number_hash: Mapped[str | None] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20))
    wording: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    reference: Mapped[str] = mapped_column(String(255), default="")
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class SuppressionRow(Base):
    """Opt-outs keyed by the SHA-256 of the E.164 number; survives erasing and re-importing the client."""

    __tablename__ = "suppressions"

    number_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    source: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AppointmentRow(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    start_at: Mapped[dt.datetime] = mapped_column(index=True)
    end_at: Mapped[dt.datetime]
    staff: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[str] = mapped_column(String(100), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="planned")
    source: Mapped[str] = mapped_column(String(20), default="user")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Where it takes place ({lieu}): a room, a practice's second address… (added in 0003_agenda).
    location: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # One more on every change (see CHANGE_VERSIONED below); the other desks' change probe sums them.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1", index=True)

    # One staff member's week opens from the first index; a client's appointments of a day (planning their
    # reminders) from the second.
    __table_args__ = (
        Index("ix_appointments_staff_start", "staff", "start_at"),
        Index("ix_appointments_client_start", "client_id", "start_at"),
    )


class OrderRow(Base):
    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12), default="in_progress")
    amount_cents: Mapped[int | None] = mapped_column(Integer)
    ready_at: Mapped[dt.datetime | None]
    collected_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", index=True
    )  # as appointments

    __table_args__ = (Index("ix_orders_status", "status", "created_at"),)


class NoticeRow(Base):
    """A notice planned for an appointment or an order, and what became of it (``desktop.core.agenda``).

    Several same-day appointments of one client share one ``idempotency_key`` (one SMS), one row each; the
    key is handed to the message gate, so a notice is never queued twice.
    """

    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), index=True
    )
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    idempotency_key: Mapped[str] = mapped_column(String(64), index=True)
    due_at: Mapped[dt.datetime]
    expires_at: Mapped[dt.datetime | None]
    status: Mapped[str] = mapped_column(String(12), default="planned")
    reason: Mapped[str | None] = mapped_column(String(40))
    reason_params: Mapped[str] = mapped_column(Text, default="")
    template: Mapped[str] = mapped_column(String(100), default="")
    values_json: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_reminders_status_due", "status", "due_at"),)


class TemplateRow(Base):
    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    purpose: Mapped[str] = mapped_column(String(20))
    sector: Mapped[str] = mapped_column(String(20), default="")
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CampaignRow(Base):
    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id", ondelete="SET NULL"))
    filter_json: Mapped[str] = mapped_column(Text, default="{}")
    scheduled_at: Mapped[dt.datetime | None]
    rate_per_minute: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class ProviderAccountRow(Base):
    """The non-secret part of an SMS provider account (secrets are in the OS keyring only)."""

    __tablename__ = "provider_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    provider: Mapped[str] = mapped_column(String(20))
    sender: Mapped[str] = mapped_column(String(20), default="")
    base_url: Mapped[str | None] = mapped_column(String(300))
    options_json: Mapped[str] = mapped_column(Text, default="{}")
    rate_per_second: Mapped[float] = mapped_column(Float, default=5.0)
    price_cents_per_segment: Mapped[int] = mapped_column(Integer, default=0)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    is_fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    inbound_cursor: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class MessageRow(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    to_number: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(String(8))
    segments: Mapped[int] = mapped_column(Integer)
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str] = mapped_column(String(20))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id", ondelete="SET NULL"))
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("campaigns.id", ondelete="SET NULL"), index=True
    )
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointments.id", ondelete="SET NULL"))
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("provider_accounts.id", ondelete="SET NULL"))
    provider_message_id: Mapped[str | None] = mapped_column(String(80), index=True)
    status: Mapped[str] = mapped_column(String(12))
    due_at: Mapped[dt.datetime]
    next_attempt_at: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[str | None] = mapped_column(String(40))
    error_detail: Mapped[str] = mapped_column(Text, default="")
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
    final_at: Mapped[dt.datetime | None]
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    #: Why it is sent (desktop.core.entities.MessageKind); rows written before kinds existed are "manual".
    kind: Mapped[str] = mapped_column(String(24), server_default="manual")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    events: Mapped[list[MessageEventRow]] = relationship(
        back_populates="message",
        cascade="all, delete-orphan",
        order_by="MessageEventRow.id",
        lazy="raise",
    )

    __table_args__ = (
        Index("ix_messages_status_due", "status", "due_at"),
        Index("ix_messages_status_next", "status", "next_attempt_at"),
    )


class MessageEventRow(Base):
    """Status history: one row per transition, never updated."""

    __tablename__ = "message_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    detail: Mapped[str] = mapped_column(Text, default="")

    message: Mapped[MessageRow] = relationship(back_populates="events")


class InboundMessageRow(Base):
    __tablename__ = "inbound_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("provider_accounts.id", ondelete="SET NULL"))
    provider_id: Mapped[str] = mapped_column(String(80))
    from_number: Mapped[str] = mapped_column(String(20), index=True)
    to_number: Mapped[str] = mapped_column(String(20), default="")
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime]
    interpretation: Mapped[str] = mapped_column(String(12), default="unknown")
    handled: Mapped[bool] = mapped_column(Boolean, default=False)  # done (by a person, or by Comptoir)
    assignee: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The inbox (added in 0005_replies). A reply is applied once (``applied_at``, set by the desk that
    # claims it); ``outcome`` says what Comptoir did, ``reason`` why a person must act (catalogue codes),
    # ``details`` their parameters (JSON); ``answer`` is the state of the SMS Comptoir owes in return.
    read_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    applied_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    handled_at: Mapped[dt.datetime | None]
    handled_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    outcome: Mapped[str] = mapped_column(String(40), default="", server_default="")
    reason: Mapped[str] = mapped_column(String(40), default="", server_default="")
    details: Mapped[str] = mapped_column(Text, default="", server_default="")
    answer: Mapped[str] = mapped_column(String(10), default="", server_default="")
    version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", index=True
    )  # as appointments

    __table_args__ = (
        UniqueConstraint("account_id", "provider_id", name="uq_inbound_provider_id"),
        Index("ix_inbound_handled_received", "handled", "received_at"),
    )


class SurveyAnswerRow(Base):
    """The score a client gave in reply to a satisfaction survey (one per survey message; a later score
    replaces an earlier one)."""

    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), unique=True
    )
    inbound_id: Mapped[int | None] = mapped_column(ForeignKey("inbound_messages.id", ondelete="SET NULL"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("templates.id", ondelete="SET NULL"), index=True
    )
    score: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[dt.datetime]


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# ------------------------------------------------------------------------------- change versions
#: Tables whose rows carry a ``version`` that moves with every update, whoever writes it: the other desks'
#: change probe (``repositories/change_marks.py``) sums them to notice an appointment moved, an order made
#: ready or a reply read on another desk. Numbers given by the database, not by a desk's clock.
CHANGE_VERSIONED: tuple[type[Base], ...] = (AppointmentRow, OrderRow, InboundMessageRow)
_VERSIONED_TABLES: dict[Any, Any] = {cls.__table__: cls for cls in CHANGE_VERSIONED}


def _bump_in_statements(state: ORMExecuteState) -> None:
    """``session.execute(update(Row)…)`` on a versioned table adds one to each row it changes."""
    if not state.is_update:
        return
    statement = state.statement
    if not isinstance(statement, Update):
        return
    cls = _VERSIONED_TABLES.get(statement.table)
    if cls is not None:
        state.statement = statement.values(version=cls.version + 1)


def _bump_on_flush(_mapper: Any, _connection: Any, target: Any) -> None:
    """A row changed through the ORM (``row.status = …``, then flush) adds one too."""
    target.version = type(target).version + 1


event.listen(Session, "do_orm_execute", _bump_in_statements)
for _cls in CHANGE_VERSIONED:
    event.listen(_cls, "before_update", _bump_on_flush)
