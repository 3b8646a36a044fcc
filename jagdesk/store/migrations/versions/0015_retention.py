"""Retention: the periods each kind of record is kept, the review's decisions, subject access requests

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    return [sa.Column('id', sa.Uuid(), nullable=False),
            sa.Column('created_at', sa.DateTime(), nullable=False),
            sa.Column('created_by', sa.String(length=120), nullable=False),
            sa.Column('updated_at', sa.DateTime(), nullable=False),
            sa.Column('updated_by', sa.String(length=120), nullable=False),
            sa.Column('version', sa.Integer(), nullable=False)]


def upgrade() -> None:
    op.create_table('retention_settings',
    sa.Column('case_years', sa.Integer(), nullable=False),
    sa.Column('intervention_years', sa.Integer(), nullable=False),
    sa.Column('person_years', sa.Integer(), nullable=False),
    *_record_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_settings'))
    )
    op.create_table('retention_decision',
    sa.Column('record_kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('reference', sa.String(length=60), nullable=False),
    sa.Column('decision', sa.String(length=12), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('next_review_on', sa.Date(), nullable=True),
    *_record_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_decision'))
    )
    op.create_index(op.f('ix_retention_decision_record_id'), 'retention_decision', ['record_id'])
    op.create_table('subject_access_request',
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('person_name', sa.String(length=400), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    *_record_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subject_access_request'))
    )
    op.create_index(op.f('ix_subject_access_request_person_id'), 'subject_access_request', ['person_id'])
    op.create_index(op.f('ix_subject_access_request_due_on'), 'subject_access_request', ['due_on'])


def downgrade() -> None:
    op.drop_table('subject_access_request')
    op.drop_table('retention_decision')
    op.drop_table('retention_settings')
