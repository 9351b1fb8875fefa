"""agenda: appointment place, reminders table, indexes to open a week, plan a client's day and list orders

Revision ID: 0003_agenda
Revises: 0002_message_kind
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003_agenda'
down_revision = '0002_message_kind'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('location', sa.String(length=200), server_default='', nullable=False))
        batch_op.create_index('ix_appointments_staff_start', ['staff', 'start_at'], unique=False)
        batch_op.create_index('ix_appointments_client_start', ['client_id', 'start_at'], unique=False)

    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_status', ['status', 'created_at'], unique=False)

    op.create_table('reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('idempotency_key', sa.String(length=64), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.Column('reason_params', sa.Text(), nullable=False),
    sa.Column('template', sa.String(length=100), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_reminders_appointment_id_appointments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_reminders_client_id_clients'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_reminders_message_id_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_reminders_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminders'))
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminders_appointment_id'), ['appointment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_idempotency_key'), ['idempotency_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_order_id'), ['order_id'], unique=False)
        batch_op.create_index('ix_reminders_status_due', ['status', 'due_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_index('ix_reminders_status_due')
        batch_op.drop_index(batch_op.f('ix_reminders_order_id'))
        batch_op.drop_index(batch_op.f('ix_reminders_idempotency_key'))
        batch_op.drop_index(batch_op.f('ix_reminders_client_id'))
        batch_op.drop_index(batch_op.f('ix_reminders_appointment_id'))

    op.drop_table('reminders')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_status')

    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_index('ix_appointments_client_start')
        batch_op.drop_index('ix_appointments_staff_start')
        batch_op.drop_column('location')
