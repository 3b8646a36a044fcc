"""Take-outs: a locality taken out onto a laptop and checked back in (the shared store's log of
take-outs and the records each holds; in a take-out file, its origin and the records as taken
out); audit and access entries say who checked them in

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('takeout',
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('locality_name', sa.String(length=120), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('include_covert', sa.Boolean(), nullable=False),
    sa.Column('file', sa.String(length=500), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('crimes', sa.Integer(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('checked_in_by', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['locality.id'],
                            name=op.f('fk_takeout_locality_id_locality'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_takeout'))
    )
    with op.batch_alter_table('takeout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_takeout_locality_id'), ['locality_id'], unique=False)
    op.create_table('takeout_record',
    sa.Column('takeout_id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['takeout_id'], ['takeout.id'],
                            name=op.f('fk_takeout_record_takeout_id_takeout'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('takeout_id', 'table_name', 'record_id', name=op.f('pk_takeout_record'))
    )
    with op.batch_alter_table('takeout_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_takeout_record_record_id'), ['record_id'], unique=False)
    op.create_table('takeout_origin',
    sa.Column('token', sa.Uuid(), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('source_revision', sa.String(length=20), nullable=False),
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('locality_name', sa.String(length=120), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('include_covert', sa.Boolean(), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('taken_by', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('token', name=op.f('pk_takeout_origin'))
    )
    op.create_table('takeout_original',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('row', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'record_id', name=op.f('pk_takeout_original'))
    )
    # Added without a batch copy: a nullable column leaves every sealed entry as it is (SQLite's
    # batch mode would rebuild the table, which the audit trail's triggers refuse).
    op.add_column('audit_entry', sa.Column('checked_in_by', sa.String(length=120), nullable=True))
    op.add_column('access_entry', sa.Column('checked_in_by', sa.String(length=120), nullable=True))


def downgrade() -> None:
    op.drop_column('access_entry', 'checked_in_by')
    op.drop_column('audit_entry', 'checked_in_by')
    op.drop_table('takeout_original')
    op.drop_table('takeout_origin')
    with op.batch_alter_table('takeout_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_takeout_record_record_id'))
    op.drop_table('takeout_record')
    with op.batch_alter_table('takeout', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_takeout_locality_id'))
    op.drop_table('takeout')
