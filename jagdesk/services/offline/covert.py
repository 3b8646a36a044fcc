"""Covert work in a take-out: which tables and rows it is, and who may take it out.

The covert tables and kind are the domain's (domain.cctv.cameras), which the server's policies are
made from too. The offline feature may not import the server administration (services.admin), so
the RIPA officer's role name is kept here as well; tests/integration/test_offline_takeout_covert.py
checks it agrees with services.admin.server_roles.
"""

from __future__ import annotations

from sqlalchemy import text

from jagdesk.domain.cctv.cameras import COVERT_TABLES, CameraKind
from jagdesk.store.uow import UnitOfWork

__all__ = ["COVERT_KIND", "COVERT_TABLES", "KIND_MARKED", "RIPA_ROLE", "may_take_covert"]

# Tables of ordinary records whose covert rows are marked by their kind.
KIND_MARKED = ("camera", "deployment")
COVERT_KIND = CameraKind.COVERT.value
RIPA_ROLE = "jagdesk_ripa_officer"


def may_take_covert(uow: UnitOfWork) -> bool:
    """Whether the login may take covert work out: anyone on SQLite (whoever opens the file may
    do everything); on PostgreSQL a member of the RIPA officer role, the database's owner or a
    superuser (the two who may read everything)."""
    connection = uow.session.connection()
    if connection.dialect.name != "postgresql":
        return True
    return bool(connection.scalar(text(
        "SELECT rolsuper"
        " OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database"
        "                    WHERE datname = current_database())"
        " OR EXISTS (SELECT FROM pg_roles ripa WHERE ripa.rolname = :ripa"
        "            AND pg_has_role(session_user, ripa.oid, 'member'))"
        " FROM pg_roles WHERE rolname = session_user"), {"ripa": RIPA_ROLE}))
