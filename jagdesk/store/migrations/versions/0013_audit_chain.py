"""The audit trail's hash chain: each entry's place and hash, existing entries sealed in order; on
PostgreSQL the trail is closed to updates and deletes

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 03:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from jagdesk.store.audit_chain import Link, entry_hash

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# Run on PostgreSQL only: nobody but the owner may change or delete an entry, and even the owner
# must first disable the trigger (which is itself a change of the schema the owner answers for).
# The one exception is a redaction (store/audit_redaction.py: the values of records destroyed at
# the end of their retention replaced, the chain re-sealed and the redaction itself recorded),
# which the owner's login makes in a transaction that says so.
SEAL_ON_SERVER = [
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC",
    """CREATE OR REPLACE FUNCTION jagdesk_audit_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('jagdesk.redaction', true) = 'on' THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the audit trail cannot be changed or deleted'
            USING ERRCODE = 'insufficient_privilege';
    END $$""",
    """CREATE TRIGGER audit_entry_sealed BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION jagdesk_audit_sealed()""",
    """CREATE TRIGGER audit_entry_not_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION jagdesk_audit_sealed()""",
    # The chain's last entry, for any role that adds to the trail (one that may not read it too),
    # under a lock held to the end of the caller's transaction: savers chain one after another.
    """CREATE OR REPLACE FUNCTION jagdesk_audit_head(OUT seq bigint, OUT entry_hash varchar)
    LANGUAGE sql SECURITY DEFINER SET search_path FROM CURRENT AS $$
        SELECT pg_advisory_xact_lock(7310019);
        SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1;
    $$""",
    "REVOKE ALL ON FUNCTION jagdesk_audit_head() FROM PUBLIC",
]
UNSEAL_ON_SERVER = [
    "DROP TRIGGER IF EXISTS audit_entry_sealed ON audit_entry",
    "DROP TRIGGER IF EXISTS audit_entry_not_truncated ON audit_entry",
    "DROP FUNCTION IF EXISTS jagdesk_audit_sealed()",
    "DROP FUNCTION IF EXISTS jagdesk_audit_head()",
]


# The trail's columns as they were at this revision (no entry had been checked in from a laptop).
READ_ENTRIES = ('SELECT seq, id, at, "user", action, table_name, record_id, record_title, changes, '
                "entry_hash FROM audit_entry ORDER BY at, id")


def _seal_existing() -> None:
    """Give the entries already there their places and hashes, oldest first (ties by id)."""
    connection = op.get_bind()
    rows = connection.exec_driver_sql(READ_ENTRIES).fetchall()
    head = Link()
    sealed = []
    for row in rows:
        seq = head.seq + 1
        digest = entry_hash(head.hash, [seq, *row[1:9]])
        sealed.append({"seq": seq, "entry_hash": digest, "entry_id": row[1]})
        head = Link(seq, digest)
    if sealed:
        connection.execute(sa.text("UPDATE audit_entry SET seq = :seq, entry_hash = :entry_hash "
                                   "WHERE id = :entry_id"), sealed)


def upgrade() -> None:
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seq', sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column('entry_hash', sa.String(length=64), nullable=True))
    _seal_existing()
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.alter_column('seq', existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column('entry_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_seq'), ['seq'], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        for statement in SEAL_ON_SERVER:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UNSEAL_ON_SERVER:
            op.execute(statement)
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_seq'))
        batch_op.drop_column('entry_hash')
        batch_op.drop_column('seq')
