"""Whether the login may read a table: on PostgreSQL the server's GRANTs decide (a partner may not
read cases, an officer not covert work), so a list that only names a linked record (a meeting's
case reference) leaves the name out instead of being refused whole. Always on SQLite."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, null, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from jagdesk.store.base import Record

_KEY = "jagdesk_readable"


def readable(session: Session, model: type[Record]) -> bool:
    """Whether the session's login may read `model`'s table (asked once a session)."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return True
    known: dict[str, bool] = session.info.setdefault(_KEY, {})
    table = str(model.__tablename__)
    if table not in known:
        known[table] = bool(connection.execute(
            text("SELECT has_table_privilege(session_user, CAST(:t AS regclass), 'SELECT')"),
            {"t": table}).scalar())
    return known[table]


def with_linked(session: Session, query: Select[*tuple[Any, ...]], model: type[Record],
                on: ColumnElement[bool], column: InstrumentedAttribute[Any] | type[Record],
                ) -> Select[*tuple[Any, ...]]:
    """`query` with one more column: `column` of the `model` record joined `on` (NULL where none
    is linked), or NULL throughout where the login may not read `model`."""
    if not readable(session, model):
        return query.add_columns(null())
    return query.add_columns(column).outerjoin(model, on)
