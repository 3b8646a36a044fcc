"""The three-way comparison of a check-in: each record of the take-out as taken out (the laptop's
TakeoutOriginal), as the laptop has it now and as the server has it now, by id and version.

Read only: the outcome says, record by record, what a check-in would add, change, delete, or
leave to the user to resolve. A laptop record that JAGDesk cannot have written (its version gone
backwards, or its fields changed without a new version) stops the comparison with one sentence.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Table, select

from jagdesk.errors import StoreError
from jagdesk.services.offline.rows import Json, differing_fields, row_values
from jagdesk.services.offline.types import ConflictKind
from jagdesk.store.base import Record, every_table, keys_pointing_at, record_kinds
from jagdesk.store.models import AuditEntry, CrimeFile, Takeout, TakeoutOriginal

CHUNK = 500  # ids per IN (...) list
# Records a check-in leaves alone: the shared store's log of take-outs (never on a laptop), and
# the police.uk files the laptop's crimes came from (public data, imported again rather than
# checked in: the laptop holds only a locality's months of a file's crimes).
LEFT_OUT = frozenset({Takeout.__tablename__, CrimeFile.__tablename__})


class Outcome(StrEnum):
    """What a check-in does with one record."""

    ADD = "add"  # created on the laptop
    CHANGE = "change"  # changed on the laptop only
    DELETE = "delete"  # deleted on the laptop only
    CONFLICT = "conflict"  # the two sides disagree: the user resolves it
    LEFT = "left"  # deleted on the server, unchanged on the laptop: left deleted


@dataclass(frozen=True)
class Side:
    """One record as one side holds it: its columns as read (to write back) and comparable."""

    row: dict[str, Any]
    values: dict[str, Json]

    @property
    def version(self) -> int:
        return int(self.row["version"])


@dataclass(frozen=True)
class Original:
    """One record as it was taken out."""

    version: int
    values: dict[str, Json]


@dataclass
class Difference:
    """One record a check-in acts on or asks about; `fields` are the columns whose values differ
    between the laptop and the server (for a change or a conflict between two changes)."""

    kind: type[Record]
    record_id: uuid.UUID
    outcome: Outcome
    original: Original | None
    laptop: Side | None
    server: Side | None
    conflict: ConflictKind | None = None
    fields: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return self.kind.__table__  # type: ignore[return-value]

    @property
    def key(self) -> str:
        return f"{self.kind.__tablename__}:{self.record_id.hex}"


@dataclass
class Comparison:
    """Every record a check-in acts on or asks about, in the order of the store's tables."""

    differences: list[Difference] = field(default_factory=list)

    def of(self, outcome: Outcome) -> list[Difference]:
        return [difference for difference in self.differences if difference.outcome is outcome]


def compared_kinds() -> list[type[Record]]:
    """The kinds of record a take-out may hold, parents before children."""
    by_table = {kind.__tablename__: kind for kind in record_kinds()}
    return [by_table[table.name] for table in every_table()
            if table.name in by_table and table.name not in LEFT_OUT]


def _originals(laptop: Connection) -> dict[str, dict[uuid.UUID, Original]]:
    found: dict[str, dict[uuid.UUID, Original]] = {}
    for table_name, record_id, version, row in laptop.execute(
            select(TakeoutOriginal.table_name, TakeoutOriginal.record_id, TakeoutOriginal.version,
                   TakeoutOriginal.row)):
        found.setdefault(table_name, {})[record_id] = Original(int(version), json.loads(row))
    return found


def _sides(connection: Connection, table: Table, ids: Iterable[uuid.UUID] | None) -> dict[uuid.UUID, Side]:
    """The rows of `table` (those of `ids`, or all) as Sides by id."""
    if ids is None:
        rows = [dict(row) for row in connection.execute(select(table)).mappings()]
    else:
        wanted, rows = list(ids), []
        for start in range(0, len(wanted), CHUNK):
            rows += [dict(row) for row in connection.execute(
                select(table).where(table.c.id.in_(wanted[start:start + CHUNK]))).mappings()]
    return {row["id"]: Side(row, row_values(table, row)) for row in rows}


def _edited_outside(kind: type[Record], side: Side, reason: str) -> StoreError:
    title = side.row.get("reference") or side.row.get("name") or side.row["id"]
    return StoreError(f"The take-out file's {kind.label} '{title}' was {reason}, so it was "
                      "changed outside JAGDesk; it cannot be checked in and nothing was changed.")


def _classify(kind: type[Record], record_id: uuid.UUID, original: Original | None, laptop: Side | None,
              server: Side | None, recorded: bool) -> Difference | None:
    """What to do with one record, or None when there is nothing to do; `recorded`: the laptop's
    trail holds an entry about it."""
    def difference(outcome: Outcome, conflict: ConflictKind | None = None,
                   fields: tuple[str, ...] = ()) -> Difference:
        return Difference(kind, record_id, outcome, original, laptop, server, conflict, fields)

    if original is None:
        assert laptop is not None
        if server is not None:
            raise _edited_outside(kind, laptop, "not taken out yet has the id of one on the server")
        return difference(Outcome.ADD)
    if laptop is None:
        if server is None:
            return None  # deleted on both sides
        if server.version == original.version:
            return difference(Outcome.DELETE)
        return difference(Outcome.CONFLICT, ConflictKind.DELETED_ON_LAPTOP)
    if laptop.version < original.version:
        raise _edited_outside(kind, laptop, f"at version {laptop.version}, below the "
                                            f"{original.version} it was taken out at")
    if laptop.version == original.version:
        # Only an anonymisation changes a record without a new version, and it says so in the trail.
        if not differing_fields(original.values, laptop.values):
            return None if server is not None else difference(Outcome.LEFT)
        if not recorded:
            raise _edited_outside(kind, laptop, "changed without a new version")
    if server is None:
        return difference(Outcome.CONFLICT, ConflictKind.DELETED_ON_SERVER)
    fields = tuple(differing_fields(laptop.values, server.values))
    if not fields:
        return None  # changed to the same on both sides, or changed back on the laptop
    if server.version == original.version:
        return difference(Outcome.CHANGE, fields=fields)
    return difference(Outcome.CONFLICT, ConflictKind.CHANGED_ON_BOTH, fields)


def _table_differences(kind: type[Record], originals: dict[uuid.UUID, Original], laptop: Connection,
                       server: Connection, recorded: set[uuid.UUID]) -> Iterator[Difference]:
    table: Table = kind.__table__  # type: ignore[assignment]
    on_laptop = _sides(laptop, table, None)
    if not originals and not on_laptop:
        return
    on_server = _sides(server, table, set(originals) | set(on_laptop))
    for record_id in sorted(set(originals) | set(on_laptop)):
        found = _classify(kind, record_id, originals.get(record_id), on_laptop.get(record_id),
                          on_server.get(record_id), record_id in recorded)
        if found is not None:
            yield found


def _referred_to_meanwhile(comparison: Comparison, server: Connection) -> None:
    """A record deleted on the laptop that something on the server still refers to and the
    check-in would not delete (an update added to an action since, a case linked to a person) is a
    conflict, not a deletion: the deletion would take the server's work with it, or be refused.
    Repeated, as a record kept may keep its parent in turn."""
    while True:
        deleted = comparison.of(Outcome.DELETE)
        going = {(d.kind.__tablename__, d.record_id) for d in deleted}
        kept = [difference for difference in deleted if _still_referred_to(difference, going, server)]
        if not kept:
            return
        for difference in kept:
            difference.outcome, difference.conflict = Outcome.CONFLICT, ConflictKind.DELETED_ON_LAPTOP


def _still_referred_to(difference: Difference, going: set[tuple[str, uuid.UUID]],
                       server: Connection) -> bool:
    for kind, key in keys_pointing_at(difference.table):
        referring = server.scalars(select(kind.__table__.c.id).where(key.parent == difference.record_id))
        if any((kind.__tablename__, child_id) not in going for child_id in referring):
            return True
    return False


def _added_to_meanwhile(comparison: Comparison) -> None:
    """A record deleted on the server that a record made on the laptop refers to (an update added
    to an action) is a conflict, not left deleted: the laptop's work needs it back, or goes.
    Repeated, as a record brought back needs its own parent in turn."""
    left = {(d.kind.__tablename__, d.record_id): d for d in comparison.of(Outcome.LEFT)}
    checked: set[int] = set()
    while True:
        needed = []
        for difference in comparison.differences:
            brought = difference.conflict is ConflictKind.DELETED_ON_SERVER
            if id(difference) in checked or difference.laptop is None or \
                    not (difference.outcome is Outcome.ADD or brought):
                continue
            checked.add(id(difference))
            for key in difference.table.foreign_keys:
                value = difference.laptop.row.get(key.parent.name)
                parent = None if value is None else left.pop((key.column.table.name, value), None)
                if parent is not None:
                    needed.append(parent)
        if not needed:
            return
        for parent in needed:
            parent.outcome, parent.conflict = Outcome.CONFLICT, ConflictKind.DELETED_ON_SERVER


def compare(laptop: Connection, server: Connection) -> Comparison:
    """Every record of the take-out that the check-in acts on or asks about; StoreError (one
    sentence) for a laptop record changed outside JAGDesk."""
    originals = _originals(laptop)
    recorded: dict[str, set[uuid.UUID]] = {}
    for table_name, record_id in laptop.execute(select(AuditEntry.table_name, AuditEntry.record_id)):
        recorded.setdefault(table_name, set()).add(record_id)
    comparison = Comparison()
    for kind in compared_kinds():
        name = kind.__tablename__
        comparison.differences += _table_differences(kind, originals.get(name, {}), laptop, server,
                                                     recorded.get(name, set()))
    _referred_to_meanwhile(comparison, server)
    _added_to_meanwhile(comparison)
    return comparison
