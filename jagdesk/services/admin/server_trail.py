"""Changes made on a PostgreSQL store without the app (psql, a script) written to the audit
trail by the server itself: part of `jagdesk server setup`.

A trigger on every record table fires when the transaction commits, once per changed row; if the
transaction wrote no audit entry for that record (the app always does), the server writes one:
its own time, the session_user, the fields old and new, chained with the same hash as the app's
(store.audit_chain.entry_hash, here in SQL).
"""

from __future__ import annotations

from jagdesk.store.base import record_kinds

# The same text as entry_hash: fields joined by the unit separator, user and title lengths first.
RECORD_CHANGE = r"""
CREATE OR REPLACE FUNCTION jagdesk_record_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    v_old jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
    v_new jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
    v_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN v_old ELSE v_new END;
    v_id uuid := gen_random_uuid();
    v_record uuid := (v_row ->> 'id')::uuid;
    v_title text := left(coalesce(v_row ->> 'name', v_row ->> 'reference', v_row ->> 'id'), 200);
    v_action text := lower(TG_OP);
    v_at timestamp := now() AT TIME ZONE 'UTC';
    v_changes text;
    v_head record;
    v_seq bigint;
    v_hash text;
BEGIN
    IF EXISTS (SELECT 1 FROM audit_entry WHERE record_id = v_record
               AND xmin = pg_current_xact_id()::xid) THEN
        RETURN NULL;  -- the app recorded this change itself
    END IF;
    SELECT coalesce(jsonb_object_agg(key, jsonb_build_array(v_old -> key, v_new -> key)),
                    '{}'::jsonb)::text
      INTO v_changes
      FROM (SELECT key FROM jsonb_object_keys(v_old || v_new) AS key
            WHERE key NOT IN ('id', 'created_at', 'created_by', 'updated_at', 'updated_by',
                              'version')
              AND (v_old -> key) IS DISTINCT FROM (v_new -> key)) AS changed;
    SELECT * INTO v_head FROM jagdesk_audit_head();
    v_seq := coalesce(v_head.seq, 0) + 1;
    v_hash := encode(sha256(convert_to(concat_ws(chr(31),
        coalesce(v_head.entry_hash, repeat('0', 64)), v_seq::text, replace(v_id::text, '-', ''),
        to_char(v_at, 'YYYY-MM-DD HH24:MI:SS.US'), v_action, TG_TABLE_NAME,
        replace(v_record::text, '-', ''), length(session_user)::text, length(v_title)::text,
        session_user, v_title, v_changes), 'UTF8')), 'hex');
    INSERT INTO audit_entry (id, at, "user", action, table_name, record_id, record_title, changes,
                             seq, entry_hash)
    VALUES (v_id, v_at, session_user, v_action, TG_TABLE_NAME, v_record, v_title, v_changes,
            v_seq, v_hash);
    RETURN NULL;
END $$"""


def trail_statements() -> list[str]:
    """The function and, on every record table, the trigger that records a change made outside
    the app (dropped first, so a setup may be run again)."""
    statements = [RECORD_CHANGE, "REVOKE ALL ON FUNCTION jagdesk_record_change() FROM PUBLIC"]
    for kind in record_kinds():
        table = kind.__tablename__
        statements += [
            f'DROP TRIGGER IF EXISTS jagdesk_recorded ON "{table}"',
            f'CREATE CONSTRAINT TRIGGER jagdesk_recorded AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION jagdesk_record_change()",
        ]
    return statements
