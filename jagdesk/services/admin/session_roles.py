"""Which of JAGDesk's roles the login holds on a PostgreSQL store, so the app shows only what the
server lets it use (the server still enforces it: services.admin.server_roles)."""

from __future__ import annotations

from sqlalchemy import text

from jagdesk.services.admin.server_roles import ADMINISTRATOR, AUDITOR, EVERYONE
from jagdesk.store.uow import UnitOfWork

# The roles whose members may read the audit trail and the access log on the Audit page.
AUDITING = frozenset({ADMINISTRATOR, AUDITOR})


def login_roles(uow: UnitOfWork) -> frozenset[str] | None:
    """The jagdesk_* roles session_user holds (directly or through another role; a superuser and
    the store's owner, who may do everything any of them may, hold them all); None on SQLite,
    where whoever opens the store may do everything."""
    connection = uow.session.connection()
    if connection.dialect.name != "postgresql":
        return None
    owner = connection.execute(text(
        "SELECT pg_has_role(session_user, tableowner, 'MEMBER') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'alembic_version'")).scalar()
    if owner:
        return frozenset(EVERYONE)
    rows = connection.execute(text(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE 'jagdesk\\_%' "
        "AND pg_has_role(session_user, oid, 'member')"))
    return frozenset(str(row[0]) for row in rows)


def may_audit(uow: UnitOfWork) -> bool:
    """Whether the login may see the Audit page: always on SQLite; on PostgreSQL the auditor and
    the administrator."""
    roles = login_roles(uow)
    return roles is None or bool(roles & AUDITING)
