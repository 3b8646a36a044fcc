"""Who may see and change what on a PostgreSQL store: the group roles, their GRANTs and the
row-level security policies that `jagdesk server setup` puts on the server (with the triggers
of services.admin.server_trail, which record changes made without the app).

The server enforces them, not the app: a partner connecting with psql sees no more than in the
app. Everything here may be run again (roles made once, privileges and policies set afresh).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from jagdesk.domain.cctv.cameras import COVERT_TABLES, CameraKind
from jagdesk.services.admin.server_trail import trail_statements
from jagdesk.store.base import every_table

ADMINISTRATOR = "jagdesk_administrator"
OFFICER = "jagdesk_officer"
RIPA_OFFICER = "jagdesk_ripa_officer"
PARTNER = "jagdesk_partner"
AUDITOR = "jagdesk_auditor"
# The role names a user is given with --role, and what each may do (for `server users`, the README).
ROLES: dict[str, str] = {
    "administrator": "users, settings and retention; all case work but covert",
    "officer": "all case work but covert",
    "ripa_officer": "all case work and covert work (RIPA authorisations, subjects, covert cameras)",
    "partner": "reads meetings, minutes, the action log and hotspots; updates its agency's actions",
    "auditor": "reads the audit trail and the access log only",
}
AUDIT = "audit_entry"
ACCESS = "access_entry"  # the access log: who opened, searched, exported or printed what
# Covert work: read by the RIPA officer only (covert deployments are rows of `deployment`).
COVERT = COVERT_TABLES
COVERT_KIND = CameraKind.COVERT.value
# What a partner agency reads: meetings and their minutes, the action log, hotspots, and the
# agencies, contacts and places these name.
PARTNER_READS = ("meeting_type", "meeting_series", "meeting", "meeting_attendee", "agenda_item",
                 "action", "action_update", "hotspot", "hotspot_status_change", "agency", "contact",
                 "locality", "ward", "lsoa")
# What a partner may change on its own agency's actions: the progress, and the bookkeeping the
# app writes with it (never the owner, so an action cannot be taken over).
PARTNER_ACTION_COLUMNS = ("status", "completed_on", "updated_at", "updated_by", "version")
# Which login belongs to which agency: filled by `jagdesk server add-user --agency`.
USER_AGENCY = "jagdesk_user_agency"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_roles() -> list[str]:
    return [f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN
            CREATE ROLE {role} NOLOGIN;
        END IF; END $$""" for role in (ADMINISTRATOR, OFFICER, RIPA_OFFICER, PARTNER, AUDITOR)]


def _user_agency() -> list[str]:
    return [
        f"""CREATE TABLE IF NOT EXISTS {USER_AGENCY} (
            login name PRIMARY KEY,
            agency_id uuid NOT NULL REFERENCES agency (id) ON DELETE RESTRICT)""",
        f"REVOKE ALL ON {USER_AGENCY} FROM PUBLIC",
        # The agency of whoever is connected, for the policies (they may not read the table).
        f"""CREATE OR REPLACE FUNCTION jagdesk_my_agency() RETURNS uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
            SELECT agency_id FROM {USER_AGENCY} WHERE login = session_user
        $$""",
        "REVOKE ALL ON FUNCTION jagdesk_my_agency() FROM PUBLIC",
    ]


EVERYONE = (ADMINISTRATOR, OFFICER, RIPA_OFFICER, PARTNER, AUDITOR)
WRITERS = (ADMINISTRATOR, OFFICER, RIPA_OFFICER, PARTNER)
CASE_WORK = ("SELECT", "INSERT", "UPDATE", "DELETE")


def table_grants(table: str) -> dict[str, tuple[str, ...]]:
    """The privileges each role is granted on the whole of `table` (beside the partner's update
    of some columns of an action, PARTNER_ACTION_COLUMNS). The setup's GRANTs are made from this,
    and what the app shows each role (services.admin.role_access) is read from it."""
    if table == AUDIT:
        # Added to by every saver, read by some; changed or deleted by none (not even these).
        audit: dict[str, tuple[str, ...]] = {role: ("SELECT", "INSERT") for role in WRITERS}
        return audit | {PARTNER: ("INSERT",), AUDITOR: ("SELECT",)}
    if table == ACCESS:
        # Added to by everyone who looks or exports (the auditor's exports too), read by those
        # who audit; changed or deleted by none.
        access: dict[str, tuple[str, ...]] = {role: ("INSERT",) for role in EVERYONE}
        return access | {ADMINISTRATOR: ("SELECT", "INSERT"), AUDITOR: ("SELECT", "INSERT")}
    if table in COVERT:
        return {RIPA_OFFICER: CASE_WORK}
    grants: dict[str, tuple[str, ...]] = {role: CASE_WORK
                                          for role in (ADMINISTRATOR, OFFICER, RIPA_OFFICER)}
    if table in PARTNER_READS:
        grants[PARTNER] = ("SELECT", "INSERT") if table == "action_update" else ("SELECT",)
    return grants


def _grants(tables: Iterable[str]) -> list[str]:
    everyone = ", ".join(EVERYONE)
    writers = ", ".join(WRITERS)
    statements = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {{schema}} FROM {everyone}",
        f"GRANT USAGE ON SCHEMA {{schema}} TO {everyone}",
        f"GRANT SELECT ON alembic_version TO {everyone}",
        f"GRANT EXECUTE ON FUNCTION jagdesk_audit_head() TO {writers}",
        f"GRANT EXECUTE ON FUNCTION jagdesk_access_head() TO {everyone}",
        f"GRANT EXECUTE ON FUNCTION jagdesk_my_agency() TO {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {{schema}} TO {ADMINISTRATOR}, {OFFICER}, "
        f"{RIPA_OFFICER}",
    ]
    for table in tables:
        by_privileges: dict[tuple[str, ...], list[str]] = {}
        for role, privileges in table_grants(table).items():
            by_privileges.setdefault(privileges, []).append(role)
        statements += [f"GRANT {', '.join(privileges)} ON {_q(table)} TO {', '.join(roles)}"
                       for privileges, roles in by_privileges.items()]
    columns = ", ".join(PARTNER_ACTION_COLUMNS)
    statements.append(f"GRANT UPDATE ({columns}) ON action TO {PARTNER}")
    return statements


# The partner's own agency's actions: owned by the agency, or by one of its contacts.
OWN_ACTION = ("(owner_agency_id = jagdesk_my_agency() OR owner_contact_id IN "
              "(SELECT id FROM contact WHERE agency_id = jagdesk_my_agency()))")
CASE_WORKERS = f"{ADMINISTRATOR}, {OFFICER}, {RIPA_OFFICER}"
# Whose entries a login may add to the audit trail and the access log.
OWN_NAME = '"user" = session_user OR checked_in_by = session_user'
# (table, policy, the statement after ON table): every policy a setup makes, dropped first.
POLICIES: tuple[tuple[str, str, str], ...] = (
    ("action", "jagdesk_case_work", f"FOR ALL TO {CASE_WORKERS} USING (true) WITH CHECK (true)"),
    ("action", "jagdesk_partner_reads", f"FOR SELECT TO {PARTNER} USING (true)"),
    # A partner's change must leave the action its agency's: another agency's is refused.
    ("action", "jagdesk_partner_updates",
     f"FOR UPDATE TO {PARTNER} USING (true) WITH CHECK {OWN_ACTION}"),
    ("action_update", "jagdesk_case_work",
     f"FOR ALL TO {CASE_WORKERS} USING (true) WITH CHECK (true)"),
    ("action_update", "jagdesk_partner_reads", f"FOR SELECT TO {PARTNER} USING (true)"),
    ("action_update", "jagdesk_partner_notes",
     f"FOR INSERT TO {PARTNER} WITH CHECK (action_id IN (SELECT id FROM action WHERE {OWN_ACTION}))"),
    ("deployment", "jagdesk_covert_work",
     f"FOR ALL TO {RIPA_OFFICER} USING (true) WITH CHECK (true)"),
    ("deployment", "jagdesk_overt_work",
     f"FOR ALL TO {ADMINISTRATOR}, {OFFICER} USING (kind <> '{COVERT_KIND}') "
     f"WITH CHECK (kind <> '{COVERT_KIND}')"),
    # Entries in the name of whoever is connected only, or a laptop's entries that they check in
    # (the laptop's user and time kept, their own name as checker); covert work's entries for those
    # who may read covert work, or audit.
    (AUDIT, "jagdesk_own_name", f"FOR INSERT WITH CHECK ({OWN_NAME})"),
    (AUDIT, "jagdesk_reads_all", f"FOR SELECT TO {RIPA_OFFICER}, {AUDITOR} USING (true)"),
    (AUDIT, "jagdesk_reads_overt",
     f"FOR SELECT TO {ADMINISTRATOR}, {OFFICER} USING (table_name NOT IN "
     f"({', '.join(repr(table) for table in COVERT)}))"),
    (ACCESS, "jagdesk_own_name", f"FOR INSERT WITH CHECK ({OWN_NAME})"),
    (ACCESS, "jagdesk_reads_all", f"FOR SELECT TO {AUDITOR} USING (true)"),
    (ACCESS, "jagdesk_reads_overt",
     f"FOR SELECT TO {ADMINISTRATOR} USING (kind NOT IN "
     f"({', '.join(repr(table) for table in COVERT)}))"),
)
SECURED = ("action", "action_update", "deployment", AUDIT, ACCESS)


def _policies() -> list[str]:
    statements = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY" for table in SECURED]
    for table, name, rule in POLICIES:
        statements += [f"DROP POLICY IF EXISTS {name} ON {table}",
                       f"CREATE POLICY {name} ON {table} {rule}"]
    return statements


def setup_statements(schema: str) -> list[str]:
    """Every statement of a setup, in order, for the store's tables in `schema`."""
    tables = [table.name for table in every_table()]
    statements = [*_create_roles(), *_user_agency(), *_grants(tables), *_policies(),
                  *trail_statements()]
    return [statement.replace("{schema}", _q(schema)) for statement in statements]


def apply_setup(connection: Connection) -> None:
    """Create the roles and set their privileges and policies on the store at `connection`."""
    schema = str(connection.exec_driver_sql("SELECT current_schema()").scalar())
    for statement in setup_statements(schema):
        connection.exec_driver_sql(statement)
