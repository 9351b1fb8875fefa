"""message kind: why each outgoing message is sent (manual, reminder, order notice, survey…)

Revision ID: 0002_message_kind
Revises: 0001
Create Date: 2026-12-03

Existing rows get the kind their links tell: an appointment's message is a reminder, an order's an order
notice, a campaign's a campaign message, a survey a survey; anything else was written by someone (manual).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002_message_kind'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN everywhere: rebuilding the table on SQLite would drop it first, and with foreign
    # keys on that deletes every message's history (ON DELETE CASCADE).
    op.add_column(
        'messages', sa.Column('kind', sa.String(length=24), server_default='manual', nullable=False)
    )
    op.execute(
        "UPDATE messages SET kind = CASE"
        " WHEN appointment_id IS NOT NULL THEN 'reminder'"
        " WHEN order_id IS NOT NULL THEN 'order_notice'"
        " WHEN campaign_id IS NOT NULL THEN 'campaign'"
        " WHEN purpose = 'survey' THEN 'survey'"
        " ELSE 'manual' END"
    )


def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_column('kind')
