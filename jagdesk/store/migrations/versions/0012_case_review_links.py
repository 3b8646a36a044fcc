"""An ASB case review application linked to interventions of the ASB register

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_review_link', schema=None) as batch_op:
        batch_op.add_column(sa.Column('intervention_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_case_review_link_intervention_id'), ['intervention_id'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_case_review_link_intervention_id_asb_intervention'),
                                    'asb_intervention', ['intervention_id'], ['id'], ondelete='RESTRICT')


def downgrade() -> None:
    with op.batch_alter_table('case_review_link', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_case_review_link_intervention_id_asb_intervention'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_case_review_link_intervention_id'))
        batch_op.drop_column('intervention_id')
