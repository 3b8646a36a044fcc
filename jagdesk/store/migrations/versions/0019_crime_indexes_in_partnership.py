"""The crime table's indexes kept to the rows they serve: the ward index holds only crimes in one
of the partnership's wards, the Crime ID index only rows with an ID (ASB rows have none), and the
index of each crime's file, which no query reads, is gone

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

# A force's file covers every district of the force: most of its rows fall outside the
# partnership's wards and have no ward, and about a quarter are ASB with no Crime ID. Every query
# asks for a ward or an ID, so those rows only made the indexes bigger, slower to keep up to date
# on an import and slower to build again after a large one.
WARD = sa.text("ward_id IS NOT NULL")
CRIME_REF = sa.text("crime_ref IS NOT NULL")


def upgrade() -> None:
    op.drop_index('ix_crime_file_id', table_name='crime')
    op.drop_index('ix_crime_ward_month', table_name='crime')
    op.drop_index('ix_crime_crime_ref', table_name='crime')
    op.create_index('ix_crime_ward_month', 'crime', ['ward_id', 'month'], unique=False,
                    sqlite_where=WARD, postgresql_where=WARD)
    op.create_index('ix_crime_crime_ref', 'crime', ['crime_ref'], unique=False,
                    sqlite_where=CRIME_REF, postgresql_where=CRIME_REF)


def downgrade() -> None:
    op.drop_index('ix_crime_crime_ref', table_name='crime')
    op.drop_index('ix_crime_ward_month', table_name='crime')
    op.create_index('ix_crime_crime_ref', 'crime', ['crime_ref'], unique=False)
    op.create_index('ix_crime_ward_month', 'crime', ['ward_id', 'month'], unique=False)
    op.create_index('ix_crime_file_id', 'crime', ['file_id'], unique=False)
