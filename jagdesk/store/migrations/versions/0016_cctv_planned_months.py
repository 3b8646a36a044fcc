"""How many months a mobile CCTV deployment is planned to stay up, a partnership setting (3)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 04:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cctv_settings', schema=None) as batch_op:
        # A store that kept its settings keeps them; the months start at the default.
        batch_op.add_column(sa.Column('planned_months', sa.Integer(), nullable=False, server_default='3'))


def downgrade() -> None:
    with op.batch_alter_table('cctv_settings', schema=None) as batch_op:
        batch_op.drop_column('planned_months')
