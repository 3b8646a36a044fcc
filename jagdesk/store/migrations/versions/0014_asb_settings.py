"""ASB settings: an ABC's usual length and review, the expiry warning, the Respect Order's commencement

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('asb_settings',
    sa.Column('abc_months', sa.Integer(), nullable=False),
    sa.Column('abc_review_months', sa.Integer(), nullable=False),
    sa.Column('expiring_days', sa.Integer(), nullable=False),
    sa.Column('respect_order_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_asb_settings'))
    )


def downgrade() -> None:
    op.drop_table('asb_settings')
