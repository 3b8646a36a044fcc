"""The crime table's indexes hold only the rows a query asks them for (crimes in a ward, rows with a
Crime ID), and the queries the app runs still use them: SQLite and PostgreSQL, real stores."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, false, select

from jagdesk.store.models import Crime
from jagdesk.store.opening import Store

WARD, OTHER = uuid.UUID(int=1), uuid.UUID(int=2)


def _indexes(connection: Connection) -> dict[str, str]:
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'crime' "
            "AND sql IS NOT NULL")
    else:
        rows = connection.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'crime' "
            "AND indexname <> 'pk_crime'")
    return {name: sql for name, sql in rows}


def _plan(connection: Connection, statement: str) -> str:
    if connection.dialect.name == "sqlite":
        return " ".join(row[3] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {statement}"))
    # An empty table is read whole whatever its indexes: ask whether an index can serve at all.
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    return " ".join(row[0] for row in connection.exec_driver_sql(f"EXPLAIN {statement}"))


def _sql(connection: Connection, statement: object) -> str:
    return str(statement.compile(connection, compile_kwargs={"literal_binds": True}))  # type: ignore[attr-defined]


def test_the_ward_and_crime_id_indexes_leave_out_rows_with_neither(store: Store) -> None:
    with store.engine.connect() as connection:
        indexes = _indexes(connection)
    assert set(indexes) == {"ix_crime_ward_month", "ix_crime_month_type", "ix_crime_lat_lon",
                            "ix_crime_crime_ref"}
    assert "ward_id IS NOT NULL" in indexes["ix_crime_ward_month"]
    assert "crime_ref IS NOT NULL" in indexes["ix_crime_crime_ref"]
    assert "WHERE" not in indexes["ix_crime_month_type"] + indexes["ix_crime_lat_lon"]


def test_a_wards_crimes_and_a_crime_id_are_found_through_the_partial_indexes(store: Store) -> None:
    ward = (select(Crime.month, Crime.crime_type)
            .where(Crime.outside == false(), Crime.ward_id == WARD,
                   Crime.month.between("2026-08", "2026-10")))
    wards = select(Crime.id).where(Crime.ward_id.in_([WARD, OTHER]),
                                   Crime.month >= "2026-01")
    outcome = select(Crime.crime_ref).where(Crime.crime_ref.in_(["a", "b"]))
    with store.engine.begin() as connection:
        assert "ix_crime_ward_month" in _plan(connection, _sql(connection, ward))
        assert "ix_crime_ward_month" in _plan(connection, _sql(connection, wards))
        assert "ix_crime_crime_ref" in _plan(connection, _sql(connection, outcome))
        assert "ix_crime_crime_ref" in _plan(
            connection, "UPDATE crime SET last_outcome = 'x' WHERE crime_ref = 'a' "
                        "AND (outcome_month IS NULL OR outcome_month <= '2026-10')")
