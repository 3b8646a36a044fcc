"""meetings, agendas, minutes and JAG action plans

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 04:52:16.317113
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('action_plan',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan')),
    sa.UniqueConstraint('year', name=op.f('uq_action_plan_year'))
    )
    op.create_table('meeting_type',
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('is_problem_solving', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_type')),
    sa.UniqueConstraint('name', name=op.f('uq_meeting_type_name'))
    )
    op.create_table('action_plan_theme',
    sa.Column('plan_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['action_plan.id'], name=op.f('fk_action_plan_theme_plan_id_action_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan_theme')),
    sa.UniqueConstraint('plan_id', 'number', name=op.f('uq_action_plan_theme_plan_id'))
    )
    with op.batch_alter_table('action_plan_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_plan_theme_plan_id'), ['plan_id'], unique=False)

    op.create_table('meeting_series',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('meeting_type_id', sa.Uuid(), nullable=False),
    sa.Column('locality_id', sa.Uuid(), nullable=True),
    sa.Column('action_prefix', sa.String(length=12), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['locality_id'], ['locality.id'], name=op.f('fk_meeting_series_locality_id_locality'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_type_id'], ['meeting_type.id'], name=op.f('fk_meeting_series_meeting_type_id_meeting_type'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_series')),
    sa.UniqueConstraint('name', name=op.f('uq_meeting_series_name'))
    )
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_series_locality_id'), ['locality_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_series_meeting_type_id'), ['meeting_type_id'], unique=False)

    op.create_table('action_plan_item',
    sa.Column('theme_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('objective', sa.Text(), nullable=False),
    sa.Column('actions', sa.Text(), nullable=False),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('national_indicators', sa.String(length=200), nullable=False),
    sa.Column('lead_agencies', sa.String(length=200), nullable=False),
    sa.Column('lead_groups', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('carried_from_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['carried_from_id'], ['action_plan_item.id'], name=op.f('fk_action_plan_item_carried_from_id_action_plan_item'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['theme_id'], ['action_plan_theme.id'], name=op.f('fk_action_plan_item_theme_id_action_plan_theme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan_item')),
    sa.UniqueConstraint('theme_id', 'number', name=op.f('uq_action_plan_item_theme_id'))
    )
    with op.batch_alter_table('action_plan_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_plan_item_carried_from_id'), ['carried_from_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_plan_item_theme_id'), ['theme_id'], unique=False)

    op.create_table('action_plan_update',
    sa.Column('item_id', sa.Uuid(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('rag', sa.String(length=5), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['action_plan_item.id'], name=op.f('fk_action_plan_update_item_id_action_plan_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_plan_update')),
    sa.UniqueConstraint('item_id', 'quarter', name=op.f('uq_action_plan_update_item_id'))
    )
    with op.batch_alter_table('action_plan_update', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_plan_update_item_id'), ['item_id'], unique=False)

    op.create_table('meeting',
    sa.Column('series_id', sa.Uuid(), nullable=True),
    sa.Column('meeting_type_id', sa.Uuid(), nullable=False),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('starts_at', sa.Time(), nullable=True),
    sa.Column('ends_at', sa.Time(), nullable=True),
    sa.Column('venue', sa.Text(), nullable=False),
    sa.Column('chair_id', sa.Uuid(), nullable=True),
    sa.Column('minute_taker_id', sa.Uuid(), nullable=True),
    sa.Column('marking', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('next_meeting', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['problem_case.id'], name=op.f('fk_meeting_case_id_problem_case'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['chair_id'], ['contact.id'], name=op.f('fk_meeting_chair_id_contact'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_type_id'], ['meeting_type.id'], name=op.f('fk_meeting_meeting_type_id_meeting_type'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['minute_taker_id'], ['contact.id'], name=op.f('fk_meeting_minute_taker_id_contact'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['series_id'], ['meeting_series.id'], name=op.f('fk_meeting_series_id_meeting_series'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_chair_id'), ['chair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_meeting_type_id'), ['meeting_type_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_minute_taker_id'), ['minute_taker_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_series_id'), ['series_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('hotspot_id', sa.Uuid(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('side', sa.String(length=10), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('decisions', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['problem_case.id'], name=op.f('fk_agenda_item_case_id_problem_case'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], name=op.f('fk_agenda_item_hotspot_id_hotspot'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_hotspot_id'), ['hotspot_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_attendee',
    sa.Column('meeting_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('guest_name', sa.String(length=200), nullable=False),
    sa.Column('guest_agency', sa.String(length=200), nullable=False),
    sa.Column('attendance', sa.String(length=12), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_meeting_attendee_contact_id_contact'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendee_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendee'))
    )
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendee_meeting_id'), ['meeting_id'], unique=False)

    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('agenda_item_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_action_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_action_agenda_item_id_agenda_item'), 'agenda_item', ['agenda_item_id'], ['id'], ondelete='RESTRICT')



def downgrade() -> None:
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_action_agenda_item_id_agenda_item'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_action_agenda_item_id'))
        batch_op.drop_column('agenda_item_id')

    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_contact_id'))

    op.drop_table('meeting_attendee')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_hotspot_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_item_case_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_series_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_minute_taker_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_meeting_type_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_held_on'))
        batch_op.drop_index(batch_op.f('ix_meeting_chair_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_case_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('action_plan_update', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_plan_update_item_id'))

    op.drop_table('action_plan_update')
    with op.batch_alter_table('action_plan_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_plan_item_theme_id'))
        batch_op.drop_index(batch_op.f('ix_action_plan_item_carried_from_id'))

    op.drop_table('action_plan_item')
    with op.batch_alter_table('meeting_series', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_series_meeting_type_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_series_locality_id'))

    op.drop_table('meeting_series')
    with op.batch_alter_table('action_plan_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_plan_theme_plan_id'))

    op.drop_table('action_plan_theme')
    op.drop_table('meeting_type')
    op.drop_table('action_plan')
