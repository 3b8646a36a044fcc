"""postcodes to find places by: the ONS Postcode Directory or OS Code-Point Open, near the wards

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('postcode',
    sa.Column('postcode', sa.String(length=8), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('ward_id', sa.Uuid(), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['ward_id'], ['ward.id'], name=op.f('fk_postcode_ward_id_ward'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('postcode', name=op.f('pk_postcode'))
    )


def downgrade() -> None:
    op.drop_table('postcode')
