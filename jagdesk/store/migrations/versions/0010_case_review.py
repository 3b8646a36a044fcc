"""ASB case reviews: applications, complaints, links, panel, recommendations and settings

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_review_rules',
    sa.Column('complaints_needed', sa.Integer(), nullable=False),
    sa.Column('window_months', sa.Integer(), nullable=False),
    sa.Column('report_within_months', sa.Integer(), nullable=False),
    sa.Column('hate_incident_meets', sa.Boolean(), nullable=False),
    sa.Column('acknowledge_days', sa.Integer(), nullable=False),
    sa.Column('decide_days', sa.Integer(), nullable=False),
    sa.Column('review_days', sa.Integer(), nullable=False),
    sa.Column('outcome_days', sa.Integer(), nullable=False),
    sa.Column('nation', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_rules'))
    )
    op.create_table('case_review_application',
    sa.Column('reference', sa.String(length=30), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_how', sa.String(length=20), nullable=False),
    sa.Column('applicant_id', sa.Uuid(), nullable=True),
    sa.Column('applicant_name', sa.String(length=200), nullable=False),
    sa.Column('on_behalf', sa.Boolean(), nullable=False),
    sa.Column('victim_id', sa.Uuid(), nullable=True),
    sa.Column('consent_on', sa.Date(), nullable=True),
    sa.Column('problem', sa.Text(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_met', sa.Boolean(), nullable=True),
    sa.Column('other_grounds', sa.Text(), nullable=False),
    sa.Column('pcc_requested_on', sa.Date(), nullable=True),
    sa.Column('pcc_outcome', sa.String(length=12), nullable=False),
    sa.Column('pcc_outcome_on', sa.Date(), nullable=True),
    sa.Column('review_meeting_id', sa.Uuid(), nullable=True),
    sa.Column('review_held_on', sa.Date(), nullable=True),
    sa.Column('review_summary', sa.Text(), nullable=False),
    sa.Column('outcome_sent_on', sa.Date(), nullable=True),
    sa.Column('escalated_on', sa.Date(), nullable=True),
    sa.Column('escalation_outcome', sa.Text(), nullable=False),
    sa.Column('escalation_outcome_on', sa.Date(), nullable=True),
    sa.Column('from_log', sa.Boolean(), nullable=False),
    sa.Column('recorded_recommendations', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['applicant_id'], ['person.id'], name=op.f('fk_case_review_application_applicant_id_person'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_case_review_application_contact_id_contact'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['review_meeting_id'], ['meeting.id'], name=op.f('fk_case_review_application_review_meeting_id_meeting'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['victim_id'], ['person.id'], name=op.f('fk_case_review_application_victim_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_application')),
    sa.UniqueConstraint('reference', name=op.f('uq_case_review_application_reference'))
    )
    with op.batch_alter_table('case_review_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_review_application_applicant_id'), ['applicant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_application_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_application_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_application_review_meeting_id'), ['review_meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_application_victim_id'), ['victim_id'], unique=False)

    op.create_table('case_review_complaint',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('incident_on', sa.Date(), nullable=False),
    sa.Column('reported_on', sa.Date(), nullable=False),
    sa.Column('agency_id', sa.Uuid(), nullable=True),
    sa.Column('agency_reference', sa.String(length=60), nullable=False),
    sa.Column('hate_incident', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_case_review_complaint_agency_id_agency'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['application_id'], ['case_review_application.id'], name=op.f('fk_case_review_complaint_application_id_case_review_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_complaint'))
    )
    with op.batch_alter_table('case_review_complaint', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_review_complaint_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_complaint_application_id'), ['application_id'], unique=False)

    op.create_table('case_review_link',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('hotspot_id', sa.Uuid(), nullable=True),
    sa.Column('case_id', sa.Uuid(), nullable=True),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['case_review_application.id'], name=op.f('fk_case_review_link_application_id_case_review_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['case_id'], ['problem_case.id'], name=op.f('fk_case_review_link_case_id_problem_case'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['hotspot_id'], ['hotspot.id'], name=op.f('fk_case_review_link_hotspot_id_hotspot'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_case_review_link_person_id_person'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_link'))
    )
    with op.batch_alter_table('case_review_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_review_link_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_link_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_link_hotspot_id'), ['hotspot_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_link_person_id'), ['person_id'], unique=False)

    op.create_table('case_review_panel_member',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('agency_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agency.id'], name=op.f('fk_case_review_panel_member_agency_id_agency'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['application_id'], ['case_review_application.id'], name=op.f('fk_case_review_panel_member_application_id_case_review_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_case_review_panel_member_contact_id_contact'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_panel_member'))
    )
    with op.batch_alter_table('case_review_panel_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_review_panel_member_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_panel_member_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_panel_member_contact_id'), ['contact_id'], unique=False)

    op.create_table('case_review_recommendation',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('action_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_case_review_recommendation_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['application_id'], ['case_review_application.id'], name=op.f('fk_case_review_recommendation_application_id_case_review_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_review_recommendation')),
    sa.UniqueConstraint('action_id', name=op.f('uq_case_review_recommendation_action_id'))
    )
    with op.batch_alter_table('case_review_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_review_recommendation_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_review_recommendation_application_id'), ['application_id'], unique=False)



def downgrade() -> None:
    op.drop_table('case_review_recommendation')
    op.drop_table('case_review_panel_member')
    op.drop_table('case_review_link')
    op.drop_table('case_review_complaint')
    op.drop_table('case_review_application')
    op.drop_table('case_review_rules')
