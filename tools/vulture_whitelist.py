"""What vulture cannot see used and no framework calls by name (the framework-called names are in
``[tool.vulture] ignore_names`` in pyproject.toml): tables the schema already has (migration 0001) that no
feature reads yet, and their vocabulary. The agenda and the order notices, being built, read and write them;
remove a line here when its name gets a user in the code."""

from desktop.core.entities import AppointmentStatus, MessageKind, OrderStatus
from desktop.storage import orm

_ = (
    orm.AppointmentRow.start_at,
    orm.AppointmentRow.end_at,
    orm.AppointmentRow.staff,
    orm.OrderRow.amount_cents,
    orm.OrderRow.ready_at,
    orm.OrderRow.collected_at,
    orm.CampaignRow.filter_json,
    orm.CampaignRow.scheduled_at,
    orm.CampaignRow.rate_per_minute,
    orm.InboundMessageRow.assignee,
    AppointmentStatus.PLANNED,
    AppointmentStatus.CONFIRMED,
    AppointmentStatus.DONE,
    AppointmentStatus.NO_SHOW,
    OrderStatus.IN_PROGRESS,
    OrderStatus.READY,
    OrderStatus.COLLECTED,
    MessageKind.ORDER_NOTICE,
)
