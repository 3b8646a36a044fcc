"""people, problem-solving cases and actions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 04:18:18.706560
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('person',
    sa.Column('given_names', sa.String(length=200), nullable=False),
    sa.Column('family_name', sa.String(length=200), nullable=False),
    sa.Column('aliases', sa.Text(), nullable=False),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('postcode', sa.String(length=10), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('is_vulnerable', sa.Boolean(), nullable=False),
    sa.Column('is_youth', sa.Boolean(), nullable=False),
    sa.Column('is_repeat', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('merged_into_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['merged_into_id'], ['person.id'], name=op.f('fk_person_merged_into_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_date_of_birth'), ['date_of_birth'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_family_name'), ['family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_merged_into_id'), ['merged_into_id'], unique=False)

    op.create_table('reference_sequence',
    sa.Column('series', sa.String(length=40), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', name=op.f('pk_reference_sequence'))
    )
    op.create_table('problem_case',
    sa.Column('reference', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('behaviour', sa.Text(), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('time_pattern', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closed_reason', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('objective', sa.Text(), nullable=False),
    sa.Column('objective_measure', sa.Text(), nullable=False),
    sa.Column('objective_target', sa.Text(), nullable=False),
    sa.Column('objective_due_on', sa.Date(), nullable=True),
    sa.Column('scanning_sources', sa.Text(), nullable=False),
    sa.Column('scanning_notes', sa.Text(), nullable=False),
    sa.Column('victim_description', sa.Text(), nullable=False),
    sa.Column('guardian', sa.Text(), nullable=False),
    sa.Column('location_description', sa.Text(), nullable=False),
    sa.Column('place_manager', sa.Text(), nullable=False),
    sa.Column('offender_description', sa.Text(), nullable=False),
    sa.Column('handler', sa.Text(), nullable=False),
    sa.Column('response_started_on', sa.Date(), nullable=True),
    sa.Column('response_ended_on', sa.Date(), nullable=True),
    sa.Column('before_from', sa.Date(), nullable=True),
    sa.Column('before_to', sa.Date(), nullable=True),
    sa.Column('after_from', sa.Date(), nullable=True),
    sa.Column('after_to', sa.Date(), nullable=True),
    sa.Column('assessment_result', sa.String(length=20), nullable=False),
    sa.Column('assessment_notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['locality.id'], name=op.f('fk_problem_case_locality_id_locality'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['owner_id'], ['contact.id'], name=op.f('fk_problem_case_owner_id_contact'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_case')),
    sa.UniqueConstraint('reference', name=op.f('uq_problem_case_reference'))
    )
    with op.batch_alter_table('problem_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_case_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_case_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problem_case_review_on'), ['review_on'], unique=False)

    op.create_table('action',
    sa.Column('reference', sa.String(length=30), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('technique', sa.String(length=40), nullable=False),
    sa.Column('owner_contact_id', sa.Uuid(), nullable=True),
    sa.Column('owner_agency_id', sa.Uuid(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['problem_case.id'], name=op.f('fk_action_case_id_problem_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_agency_id'], ['agency.id'], name=op.f('fk_action_owner_agency_id_agency'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['owner_contact_id'], ['contact.id'], name=op.f('fk_action_owner_contact_id_contact'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action')),
    sa.UniqueConstraint('reference', name=op.f('uq_action_reference'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_owner_agency_id'), ['owner_agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_owner_contact_id'), ['owner_contact_id'], unique=False)

    op.create_table('case_agency',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('agency_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_case_agency_agency_id_agency'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['case_id'], ['problem_case.id'], name=op.f('fk_case_agency_case_id_problem_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_agency')),
    sa.UniqueConstraint('case_id', 'agency_id', name=op.f('uq_case_agency_case_id'))
    )
    with op.batch_alter_table('case_agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_agency_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_agency_case_id'), ['case_id'], unique=False)

    op.create_table('case_hotspot',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('hotspot_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['problem_case.id'], name=op.f('fk_case_hotspot_case_id_problem_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], name=op.f('fk_case_hotspot_hotspot_id_hotspot'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_hotspot')),
    sa.UniqueConstraint('case_id', 'hotspot_id', name=op.f('uq_case_hotspot_case_id'))
    )
    with op.batch_alter_table('case_hotspot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_hotspot_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_hotspot_hotspot_id'), ['hotspot_id'], unique=False)

    op.create_table('case_person',
    sa.Column('case_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['problem_case.id'], name=op.f('fk_case_person_case_id_problem_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_case_person_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_person')),
    sa.UniqueConstraint('case_id', 'person_id', 'side', name=op.f('uq_case_person_case_id'))
    )
    with op.batch_alter_table('case_person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_person_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_person_person_id'), ['person_id'], unique=False)

    op.create_table('action_update',
    sa.Column('action_id', sa.Uuid(), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_update_action_id_action'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_update'))
    )
    with op.batch_alter_table('action_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_update_action_id'), ['action_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('action_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_update_action_id'))

    op.drop_table('action_update')
    with op.batch_alter_table('case_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_person_person_id'))
        batch_op.drop_index(batch_op.f('ix_case_person_case_id'))

    op.drop_table('case_person')
    with op.batch_alter_table('case_hotspot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_hotspot_hotspot_id'))
        batch_op.drop_index(batch_op.f('ix_case_hotspot_case_id'))

    op.drop_table('case_hotspot')
    with op.batch_alter_table('case_agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_agency_case_id'))
        batch_op.drop_index(batch_op.f('ix_case_agency_agency_id'))

    op.drop_table('case_agency')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_owner_contact_id'))
        batch_op.drop_index(batch_op.f('ix_action_owner_agency_id'))
        batch_op.drop_index(batch_op.f('ix_action_due_on'))
        batch_op.drop_index(batch_op.f('ix_action_case_id'))

    op.drop_table('action')
    with op.batch_alter_table('problem_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_case_review_on'))
        batch_op.drop_index(batch_op.f('ix_problem_case_owner_id'))
        batch_op.drop_index(batch_op.f('ix_problem_case_locality_id'))

    op.drop_table('problem_case')
    op.drop_table('reference_sequence')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_merged_into_id'))
        batch_op.drop_index(batch_op.f('ix_person_family_name'))
        batch_op.drop_index(batch_op.f('ix_person_date_of_birth'))

    op.drop_table('person')
