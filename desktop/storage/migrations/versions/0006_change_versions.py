"""appointments, orders, replies: a version that moves with every change (the other desks' change probe)

Revision ID: 0006_change_versions
Revises: 0005_replies
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_change_versions'
down_revision = '0005_replies'
branch_labels = None
depends_on = None

TABLES = ('appointments', 'orders', 'inbound_messages')


def upgrade() -> None:
    # Plain ADD COLUMN only: rebuilding a table on SQLite would drop it first.
    for table in TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), server_default='1', nullable=False))
        op.create_index(f'ix_{table}_version', table, ['version'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f'ix_{table}_version', table_name=table)
        op.drop_column(table, 'version')
