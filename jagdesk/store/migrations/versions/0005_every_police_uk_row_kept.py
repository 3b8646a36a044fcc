"""every police.uk row kept: a Crime ID may repeat within a month

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # police.uk counts rows, and its files repeat a Crime ID within a month (another location or
    # outcome): the ID is looked up (outcomes), not unique.
    with op.batch_alter_table('crime', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_crime_crime_ref'), type_='unique')
        batch_op.create_index(batch_op.f('ix_crime_crime_ref'), ['crime_ref'], unique=False)


def downgrade() -> None:
    # Going back keeps the first row of each repeated Crime ID, as the earlier schema did.
    op.execute(
        "DELETE FROM crime WHERE crime_ref IS NOT NULL AND id NOT IN "
        "(SELECT MIN(id) FROM crime WHERE crime_ref IS NOT NULL GROUP BY crime_ref)"
    )
    with op.batch_alter_table('crime', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_crime_crime_ref'))
        batch_op.create_unique_constraint(batch_op.f('uq_crime_crime_ref'), ['crime_ref'])
