"""replies: the inbox (read, done by whom and when, what Comptoir did and why a person must act) and the
answers to satisfaction surveys

Revision ID: 0005_replies
Revises: 0004_client_version
Create Date: 2026-12-03

Replies stored before this revision were handled by the old polling (an opt-out was applied at once, the rest
only stored): they are marked applied, so they are never acted upon again; those nobody handled wait in the
inbox, unread, with the reason ``reply_before_inbox``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005_replies'
down_revision = '0004_client_version'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN only: rebuilding a table on SQLite would drop it first (and with foreign keys on,
    # cascade to the rows that point at it).
    op.add_column('inbound_messages', sa.Column('read_at', sa.DateTime(), nullable=True))
    op.add_column('inbound_messages', sa.Column('applied_at', sa.DateTime(), nullable=True))
    op.add_column('inbound_messages', sa.Column('handled_at', sa.DateTime(), nullable=True))
    op.add_column(
        'inbound_messages', sa.Column('handled_by', sa.String(length=100), server_default='', nullable=False)
    )
    op.add_column(
        'inbound_messages', sa.Column('outcome', sa.String(length=40), server_default='', nullable=False)
    )
    op.add_column(
        'inbound_messages', sa.Column('reason', sa.String(length=40), server_default='', nullable=False)
    )
    op.add_column('inbound_messages', sa.Column('details', sa.Text(), server_default='', nullable=False))
    op.add_column(
        'inbound_messages', sa.Column('answer', sa.String(length=10), server_default='', nullable=False)
    )
    op.create_index('ix_inbound_messages_applied_at', 'inbound_messages', ['applied_at'], unique=False)
    op.create_index('ix_inbound_messages_read_at', 'inbound_messages', ['read_at'], unique=False)
    op.create_index(
        'ix_inbound_handled_received', 'inbound_messages', ['handled', 'received_at'], unique=False
    )
    op.execute(
        "UPDATE inbound_messages SET applied_at = received_at,"
        " read_at = CASE WHEN handled THEN received_at ELSE NULL END,"
        " handled_at = CASE WHEN handled THEN received_at ELSE NULL END,"
        " handled_by = CASE WHEN handled THEN 'Comptoir' ELSE '' END,"
        " outcome = CASE WHEN handled AND interpretation = 'opt_out' THEN 'reply_opted_out' ELSE '' END,"
        " reason = CASE WHEN handled THEN '' ELSE 'reply_before_inbox' END"
    )

    op.create_table('survey_answers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('inbound_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_survey_answers_client_id_clients'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['inbound_id'], ['inbound_messages.id'], name=op.f('fk_survey_answers_inbound_id_inbound_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_survey_answers_message_id_messages'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_survey_answers_template_id_templates'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_answers')),
    sa.UniqueConstraint('message_id', name=op.f('uq_survey_answers_message_id'))
    )
    op.create_index(op.f('ix_survey_answers_client_id'), 'survey_answers', ['client_id'], unique=False)
    op.create_index(op.f('ix_survey_answers_template_id'), 'survey_answers', ['template_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_survey_answers_template_id'), table_name='survey_answers')
    op.drop_index(op.f('ix_survey_answers_client_id'), table_name='survey_answers')
    op.drop_table('survey_answers')
    op.drop_index('ix_inbound_handled_received', table_name='inbound_messages')
    op.drop_index('ix_inbound_messages_read_at', table_name='inbound_messages')
    op.drop_index('ix_inbound_messages_applied_at', table_name='inbound_messages')
    # Plain DROP COLUMN (SQLite 3.35 and later), never a rebuild of the table.
    for column in ('answer', 'details', 'reason', 'outcome', 'handled_by', 'handled_at', 'applied_at', 'read_at'):
        op.drop_column('inbound_messages', column)
