"""CCTV lists kept by the partnership: offences and deployment criteria can be retired, and the
CCTV settings (how many years the RIPA central record keeps an authorisation)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 03:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

RETIRING = ('ripa_offence', 'deployment_criterion')


def upgrade() -> None:
    op.create_table('cctv_settings',
    sa.Column('retention_years', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cctv_settings'))
    )
    for table in RETIRING:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('retired_on', sa.Date(), nullable=True))


def downgrade() -> None:
    for table in RETIRING:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('retired_on')
    op.drop_table('cctv_settings')
