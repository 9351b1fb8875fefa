"""clients: version and updated_by (two desks saving the same client)

Revision ID: 0004_client_version
Revises: 0003_agenda
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004_client_version'
down_revision = '0003_agenda'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
        batch_op.add_column(sa.Column('updated_by', sa.String(length=100), server_default='', nullable=False))
        batch_op.create_index('ix_clients_version', ['version'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index('ix_clients_version')
        batch_op.drop_column('updated_by')
        batch_op.drop_column('version')
