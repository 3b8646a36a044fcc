"""places hotspots and crime data

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:16:45.447572
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('crime_file',
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('force', sa.String(length=120), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('rows_imported', sa.Integer(), nullable=False),
    sa.Column('rows_skipped', sa.Integer(), nullable=False),
    sa.Column('rows_rejected', sa.Integer(), nullable=False),
    sa.Column('rows_no_location', sa.Integer(), nullable=False),
    sa.Column('rows_outside', sa.Integer(), nullable=False),
    sa.Column('rejections', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crime_file')),
    sa.UniqueConstraint('source', 'month', 'force', name=op.f('uq_crime_file_source'))
    )
    op.create_table('lsoa',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('geometry', sa.Text(), nullable=True),
    sa.Column('min_lon', sa.Float(), nullable=True),
    sa.Column('min_lat', sa.Float(), nullable=True),
    sa.Column('max_lon', sa.Float(), nullable=True),
    sa.Column('max_lat', sa.Float(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lsoa')),
    sa.UniqueConstraint('code', name=op.f('uq_lsoa_code'))
    )
    op.create_table('crime',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('file_id', sa.Uuid(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('crime_ref', sa.String(length=64), nullable=True),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('reported_by', sa.String(length=120), nullable=False),
    sa.Column('falls_within', sa.String(length=120), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('lsoa_code', sa.String(length=20), nullable=True),
    sa.Column('lsoa_name', sa.String(length=200), nullable=True),
    sa.Column('crime_type', sa.String(length=80), nullable=False),
    sa.Column('last_outcome', sa.String(length=200), nullable=True),
    sa.Column('outcome_month', sa.String(length=7), nullable=True),
    sa.Column('context', sa.Text(), nullable=True),
    sa.Column('ward_id', sa.Uuid(), nullable=True),
    sa.Column('outside', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['crime_file.id'], name=op.f('fk_crime_file_id_crime_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ward_id'], ['ward.id'], name=op.f('fk_crime_ward_id_ward'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crime')),
    sa.UniqueConstraint('crime_ref', name=op.f('uq_crime_crime_ref'))
    )
    with op.batch_alter_table('crime', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crime_file_id'), ['file_id'], unique=False)
        batch_op.create_index('ix_crime_lat_lon', ['latitude', 'longitude'], unique=False)
        batch_op.create_index('ix_crime_month_type', ['month', 'crime_type'], unique=False)
        batch_op.create_index('ix_crime_ward_month', ['ward_id', 'month'], unique=False)

    op.create_table('hotspot',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('ward_id', sa.Uuid(), nullable=True),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('radius_m', sa.Integer(), nullable=True),
    sa.Column('area', sa.Text(), nullable=True),
    sa.Column('categories', sa.Text(), nullable=False),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['locality.id'], name=op.f('fk_hotspot_locality_id_locality'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['owner_id'], ['contact.id'], name=op.f('fk_hotspot_owner_id_contact'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['ward_id'], ['ward.id'], name=op.f('fk_hotspot_ward_id_ward'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hotspot')),
    sa.UniqueConstraint('name', name=op.f('uq_hotspot_name'))
    )
    with op.batch_alter_table('hotspot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hotspot_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hotspot_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hotspot_ward_id'), ['ward_id'], unique=False)

    op.create_table('engagement',
    sa.Column('hotspot_id', sa.Uuid(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('roads', sa.Text(), nullable=False),
    sa.Column('number_sent', sa.Integer(), nullable=False),
    sa.Column('responses', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], name=op.f('fk_engagement_hotspot_id_hotspot'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engagement'))
    )
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_engagement_hotspot_id'), ['hotspot_id'], unique=False)

    op.create_table('hotspot_status_change',
    sa.Column('hotspot_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], name=op.f('fk_hotspot_status_change_hotspot_id_hotspot'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hotspot_status_change'))
    )
    with op.batch_alter_table('hotspot_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hotspot_status_change_hotspot_id'), ['hotspot_id'], unique=False)

    op.create_table('visual_audit',
    sa.Column('hotspot_id', sa.Uuid(), nullable=False),
    sa.Column('audit_date', sa.Date(), nullable=False),
    sa.Column('attendees', sa.Text(), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('recommendations', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], name=op.f('fk_visual_audit_hotspot_id_hotspot'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visual_audit'))
    )
    with op.batch_alter_table('visual_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visual_audit_hotspot_id'), ['hotspot_id'], unique=False)

    with op.batch_alter_table('ward', schema=None) as batch_op:
        batch_op.add_column(sa.Column('geometry', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('min_lon', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('min_lat', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('max_lon', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('max_lat', sa.Float(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('ward', schema=None) as batch_op:
        batch_op.drop_column('max_lat')
        batch_op.drop_column('max_lon')
        batch_op.drop_column('min_lat')
        batch_op.drop_column('min_lon')
        batch_op.drop_column('geometry')

    with op.batch_alter_table('visual_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visual_audit_hotspot_id'))

    op.drop_table('visual_audit')
    with op.batch_alter_table('hotspot_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hotspot_status_change_hotspot_id'))

    op.drop_table('hotspot_status_change')
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_engagement_hotspot_id'))

    op.drop_table('engagement')
    with op.batch_alter_table('hotspot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hotspot_ward_id'))
        batch_op.drop_index(batch_op.f('ix_hotspot_owner_id'))
        batch_op.drop_index(batch_op.f('ix_hotspot_locality_id'))

    op.drop_table('hotspot')
    with op.batch_alter_table('crime', schema=None) as batch_op:
        batch_op.drop_index('ix_crime_ward_month')
        batch_op.drop_index('ix_crime_month_type')
        batch_op.drop_index('ix_crime_lat_lon')
        batch_op.drop_index(batch_op.f('ix_crime_file_id'))

    op.drop_table('crime')
    op.drop_table('lsoa')
    op.drop_table('crime_file')
