"""The access log: who opened a person, a case, an ASB intervention or a RIPA authorisation,
searched the people register, exported or printed, and when; hash-chained and, on PostgreSQL,
closed to updates and deletes like the audit trail

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 04:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

# Run on PostgreSQL only: the audit trail's sealing function (revision 0013) guards the access log
# too, so only a declared redaction (an erasure at the end of retention) may update it; and the
# chain's last entry is read under a lock of its own, for any role that adds to the log.
SEAL_ON_SERVER = [
    "REVOKE UPDATE, DELETE, TRUNCATE ON access_entry FROM PUBLIC",
    """CREATE TRIGGER access_entry_sealed BEFORE UPDATE OR DELETE ON access_entry
    FOR EACH ROW EXECUTE FUNCTION jagdesk_audit_sealed()""",
    """CREATE TRIGGER access_entry_not_truncated BEFORE TRUNCATE ON access_entry
    FOR EACH STATEMENT EXECUTE FUNCTION jagdesk_audit_sealed()""",
    """CREATE OR REPLACE FUNCTION jagdesk_access_head(OUT seq bigint, OUT entry_hash varchar)
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        SELECT pg_advisory_xact_lock(7310020);
        SELECT seq, entry_hash FROM access_entry ORDER BY seq DESC LIMIT 1;
    $$""",
    "REVOKE ALL ON FUNCTION jagdesk_access_head() FROM PUBLIC",
]
UNSEAL_ON_SERVER = [
    "DROP TRIGGER IF EXISTS access_entry_sealed ON access_entry",
    "DROP TRIGGER IF EXISTS access_entry_not_truncated ON access_entry",
    "DROP FUNCTION IF EXISTS jagdesk_access_head()",
]


def upgrade() -> None:
    op.create_table('access_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('record_title', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('access_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_entry_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_access_entry_seq'), ['seq'], unique=True)
        batch_op.create_index(batch_op.f('ix_access_entry_user'), ['user'], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for statement in SEAL_ON_SERVER:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UNSEAL_ON_SERVER:
            op.execute(statement)
    with op.batch_alter_table('access_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_entry_user'))
        batch_op.drop_index(batch_op.f('ix_access_entry_seq'))
        batch_op.drop_index(batch_op.f('ix_access_entry_record_id'))
        batch_op.drop_index(batch_op.f('ix_access_entry_at'))
    op.drop_table('access_entry')
