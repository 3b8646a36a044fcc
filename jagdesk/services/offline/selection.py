"""Which records a locality's take-out holds, worked out from the tables and their foreign keys.

Reference data goes whole; the locality's own records (rows with its `locality_id`) are the roots;
a record whose parent is taken is taken too (downward), and every record a taken record refers to
is taken so that the file holds no dangling reference (upward), alone: a hotspot of another
locality linked to a case comes without its history. Covert work stays behind unless asked for;
asked for, an authorisation comes whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, ForeignKey, Table, select

from jagdesk.services.offline.covert import COVERT_KIND, COVERT_TABLES, KIND_MARKED
from jagdesk.store.base import record_kinds
from jagdesk.store.models import Takeout

# Taken whole: what every page needs to show and pick from, the same in every locality.
REFERENCE = ("agency", "contact", "locality", "ward", "lsoa", "crime_file", "meeting_type",
             "camera", "deployment_criterion", "asb_settings", "cctv_settings",
             "case_review_rules", "retention_settings")
# Covert reference data, taken whole with covert work only.
COVERT_REFERENCE = ("ripa_offence", "authorising_officer")
# Never taken: the log of take-outs belongs to the shared store alone.
NOT_TAKEN = (Takeout.__tablename__,)

Key = tuple[str, uuid.UUID]
Row = dict[str, Any]


@dataclass
class Selection:
    """The records a take-out holds, table by table, each as its full row."""

    tables: dict[str, dict[uuid.UUID, Row]] = field(default_factory=dict)

    def held(self) -> Iterable[Key]:
        for name, rows in self.tables.items():
            for record_id in rows:
                yield name, record_id

    @property
    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def record_tables(include_covert: bool) -> list[Table]:
    """The record tables a take-out may draw on (covert ones only with covert work)."""
    tables = []
    for kind in record_kinds():
        table = kind.__table__
        assert isinstance(table, Table)
        if table.name in NOT_TAKEN:
            continue
        if not include_covert and table.name in COVERT_TABLES:
            continue
        tables.append(table)
    return tables


def _read(connection: Connection, table: Table, include_covert: bool) -> dict[uuid.UUID, Row]:
    query = select(table)
    if not include_covert and table.name in KIND_MARKED:
        query = query.where(table.c.kind != COVERT_KIND)
    return {row["id"]: dict(row) for row in connection.execute(query).mappings()}


def _links(table: Table) -> list[ForeignKey]:
    """The table's foreign keys to other record tables (reference data apart)."""
    return [key for key in table.foreign_keys
            if key.column.table.name not in REFERENCE and key.column.table.name not in NOT_TAKEN]


def _parents(table: Table, row: Mapping[str, Any]) -> list[Key]:
    """The records a row belongs to: those its CASCADE keys name, or, for a row with none set (a
    meeting of a series, an action of a meeting), those its other keys name. A key to its own
    table (a record that follows or was merged into another) is a reference, not a parent."""
    links = [key for key in _links(table) if key.column.table is not table]
    cascading = [(key.column.table.name, row[key.parent.name]) for key in links
                 if key.ondelete == "CASCADE" and row[key.parent.name] is not None]
    if cascading:
        return cascading
    return [(key.column.table.name, row[key.parent.name]) for key in links
            if row[key.parent.name] is not None]


def _referred(table: Table, row: Mapping[str, Any]) -> list[Key]:
    return [(key.column.table.name, row[key.parent.name]) for key in table.foreign_keys
            if row[key.parent.name] is not None]


def select_records(connection: Connection, locality_id: uuid.UUID,
                   include_covert: bool) -> Selection:
    """The records of the locality's take-out, read through `connection` (one snapshot)."""
    every = {table.name: table for table in record_tables(include_covert)}
    rows = {name: _read(connection, table, include_covert) for name, table in every.items()}
    whole = set(REFERENCE) | (set(COVERT_REFERENCE) if include_covert else set())
    roots = {name for name, table in every.items()
             if "locality_id" in table.c and name not in whole}
    owned: set[Key] = {(name, record_id) for name in roots
                       for record_id, row in rows[name].items() if row["locality_id"] == locality_id}
    _downward(every, rows, owned, skip=whole | roots)
    taken = set(owned) | {(name, record_id) for name in whole if name in rows
                          for record_id in rows[name]}
    _upward(every, rows, taken)
    if include_covert:
        # Covert work goes whole: an authorisation with its subjects, reviews and renewals.
        covert = {key for key in taken if key[0] in COVERT_TABLES}
        _downward(every, rows, covert, skip=set(every) - set(COVERT_TABLES))
        taken |= covert
        _upward(every, rows, taken)
    _drop_dangling(every, rows, taken)
    selection = Selection()
    for name in every:
        chosen = {record_id: row for record_id, row in rows[name].items() if (name, record_id) in taken}
        if chosen:
            selection.tables[name] = chosen
    return selection


def _downward(every: Mapping[str, Table], rows: Mapping[str, dict[uuid.UUID, Row]],
              owned: set[Key], skip: set[str]) -> None:
    """Add to `owned` every record that belongs to an owned one, until nothing new is found."""
    candidates = [(name, record_id, row) for name in every if name not in skip
                  for record_id, row in rows[name].items()]
    parents = {(name, record_id): _parents(every[name], row) for name, record_id, row in candidates}
    grew = True
    while grew:
        grew = False
        for name, record_id, _row in candidates:
            key = (name, record_id)
            if key not in owned and any(parent in owned for parent in parents[key]):
                owned.add(key)
                grew = True


def _upward(every: Mapping[str, Table], rows: Mapping[str, dict[uuid.UUID, Row]],
            taken: set[Key]) -> None:
    """Add to `taken` every record a taken record refers to, and what those refer to."""
    waiting = list(taken)
    while waiting:
        name, record_id = waiting.pop()
        row = rows[name].get(record_id)
        if row is None:
            continue
        for referred in _referred(every[name], row):
            if referred not in taken and referred[0] in rows and referred[1] in rows[referred[0]]:
                taken.add(referred)
                waiting.append(referred)


def _drop_dangling(every: Mapping[str, Table], rows: Mapping[str, dict[uuid.UUID, Row]],
                   taken: set[Key]) -> None:
    """Leave out a record that refers to one not taken (covert work left behind), and with it
    whatever refers to that record in turn."""
    dropped = True
    while dropped:
        dropped = False
        for key in list(taken):
            row = rows[key[0]].get(key[1])
            if row is None or any(referred not in taken
                                  for referred in _referred(every[key[0]], row)):
                taken.discard(key)
                dropped = True
