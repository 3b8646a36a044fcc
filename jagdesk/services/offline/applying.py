"""Writing a check-in's outcome to the server through its unit of work, so that every change is in
the server's audit trail in the checking-in user's name, as any save is: records created on the
laptop added (parents first), changes made on the laptop applied, deletions made on the laptop
carried out (children first), each conflict as its resolution says.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from jagdesk.errors import ConflictError, StoreError
from jagdesk.services.offline.comparing import CHUNK, Difference, Outcome, compared_kinds
from jagdesk.services.offline.rows import BOOKKEEPING
from jagdesk.services.offline.types import ConflictKind, Resolution, Side
from jagdesk.store.base import Base, Record

# Told (what is being done, percent done) as the check-in goes on, as a take-out tells it.
Progress = Callable[[str, int], None]
# The part of the check-in's percent that writing the records takes (comparing comes before).
FIRST, LAST = 20, 95


def _attributes(kind: type[Record], row: Mapping[str, Any], names: list[str] | None = None) -> dict[str, Any]:
    """The laptop row's values by attribute (a column's attribute may be named apart from it)."""
    mapper = inspect(kind)
    wanted = [column for column in kind.__table__.columns
              if column.name in names] if names is not None else \
        [column for column in kind.__table__.columns if column.name != "version"]
    return {mapper.get_property_by_column(column).key: row[column.name] for column in wanted}


def _loaded(session: Session, kind: type[Record], differences: list[Difference]) -> dict[uuid.UUID, Record]:
    """The server's records of `differences`, as they are now in this transaction; ConflictError
    when one has changed since the comparison (someone saved meanwhile: the check-in is run again)."""
    ids = [difference.record_id for difference in differences]
    found: dict[uuid.UUID, Record] = {}
    for start in range(0, len(ids), CHUNK):
        found.update({record.id: record for record in session.scalars(
            select(kind).where(kind.id.in_(ids[start:start + CHUNK])))})
    for difference in differences:
        record = found.get(difference.record_id)
        if difference.server is None or record is None or record.version != difference.server.version:
            raise ConflictError(f"A {kind.label} was changed on the server during the check-in; "
                                "nothing was changed. Check in again.")
    return found


def _added(difference: Difference, resolution: Resolution | None) -> bool:
    if difference.outcome is Outcome.ADD:
        return True
    return (difference.conflict is ConflictKind.DELETED_ON_SERVER and resolution is not None
            and resolution.keep is Side.LAPTOP)


def added_records(differences: list[Difference], resolutions: Mapping[str, Resolution]) -> set[int]:
    """The differences (by id()) the check-in inserts: records made on the laptop, records deleted
    on the server that the user keeps as the laptop has them, and with these the records under
    them that went with them on the server (an action's updates), as the laptop has them."""
    chosen = {id(d) for d in differences if _added(d, resolutions.get(d.key))}
    coming: set[tuple[str, Any]] = {(d.kind.__tablename__, d.record_id) for d in differences
                                    if id(d) in chosen}
    left = [d for d in differences if d.outcome is Outcome.LEFT]
    while True:
        brought = [d for d in left if id(d) not in chosen and _parents(d) & coming]
        if not brought:
            return chosen
        for difference in brought:
            chosen.add(id(difference))
            coming.add((difference.kind.__tablename__, difference.record_id))


def _parents(difference: Difference) -> set[tuple[str, Any]]:
    """The records the laptop's version of a record belongs to (cascading foreign keys)."""
    row = difference.laptop.row if difference.laptop is not None else {}
    return {(key.column.table.name, row.get(key.parent.name))
            for key in difference.table.foreign_keys if key.ondelete == "CASCADE"}


def _deleted(difference: Difference, resolution: Resolution | None) -> bool:
    if difference.outcome is Outcome.DELETE:
        return True
    return (difference.conflict is ConflictKind.DELETED_ON_LAPTOP and resolution is not None
            and resolution.keep is Side.LAPTOP)


def _laptop_fields(difference: Difference, resolution: Resolution | None) -> list[str]:
    """The fields of a changed record that take the laptop's value."""
    if difference.outcome is Outcome.CHANGE:
        return list(difference.fields)
    if difference.conflict is not ConflictKind.CHANGED_ON_BOTH or resolution is None:
        return []
    return [name for name in difference.fields
            if resolution.fields.get(name, resolution.keep) is Side.LAPTOP]


def apply(session: Session, differences: list[Difference], resolutions: Mapping[str, Resolution],
          progress: Progress | None = None) -> int:
    """Write the differences to the server in the session's transaction (nothing is committed
    here), telling `progress` after each kind of record; returns the number of records written."""
    done, total = 0, max(1, len(differences))
    inserted = added_records(differences, resolutions)

    def report(what: str) -> None:
        if progress is not None:
            progress(what, FIRST + (LAST - FIRST) * min(done, total) // total)

    by_kind = {kind: [d for d in differences if d.kind is kind] for kind in compared_kinds()}
    for kind, of_kind in by_kind.items():  # parents first
        added = [d for d in of_kind if id(d) in inserted]
        for difference in added:
            assert difference.laptop is not None
            session.add(kind(**_attributes(kind, difference.laptop.row)))
        if added:
            session.flush()
            done += len(added)
            report(f"Adding {kind.plural}")
    for kind, of_kind in by_kind.items():
        changed = [(d, names) for d in of_kind if (names := _laptop_fields(d, resolutions.get(d.key)))]
        if not changed:
            continue
        records = _loaded(session, kind, [d for d, _names in changed])
        for difference, names in changed:
            assert difference.laptop is not None
            record = records[difference.record_id]
            for key, value in _attributes(kind, difference.laptop.row,
                                          [name for name in names if name not in BOOKKEEPING]).items():
                setattr(record, key, value)
        session.flush()
        done += len(changed)
        report(f"Changing {kind.plural}")
    for kind, of_kind in reversed(by_kind.items()):  # children first
        deleted = [d for d in of_kind if _deleted(d, resolutions.get(d.key))]
        if not deleted:
            continue
        records = _loaded(session, kind, deleted)
        for difference in deleted:
            session.delete(records[difference.record_id])
        session.flush()
        done += len(deleted)
        report(f"Deleting {kind.plural}")
    return done


def refuse_missing_parents(session: Session, differences: list[Difference],
                           resolutions: Mapping[str, Resolution],
                           label: Callable[[type[Record], uuid.UUID], str]) -> None:
    """StoreError (one sentence, before anything is written) when a record the check-in would
    add, or point elsewhere, refers to a record that is neither on the server nor added by the
    check-in (an update made on the laptop to an action the server has deleted, the action kept
    deleted)."""
    inserted = added_records(differences, resolutions)
    coming = {(d.kind.__tablename__, d.record_id) for d in differences if id(d) in inserted}
    wanted: dict[str, dict[uuid.UUID, Difference]] = {}
    for difference in differences:
        resolution = resolutions.get(difference.key)
        names = None if id(difference) in inserted else _laptop_fields(difference, resolution)
        if difference.laptop is None or names == []:
            continue
        for key in difference.table.foreign_keys:
            value = difference.laptop.row.get(key.parent.name)
            target = key.column.table.name
            if value is not None and (names is None or key.parent.name in names) \
                    and (target, value) not in coming:
                wanted.setdefault(target, {}).setdefault(value, difference)
    kinds = {kind.__tablename__: kind for kind in compared_kinds()}
    for target, by_id in wanted.items():
        table = Base.metadata.tables[target]
        ids = list(by_id)
        found: set[uuid.UUID] = set()
        for start in range(0, len(ids), CHUNK):
            found.update(session.scalars(select(table.c.id).where(table.c.id.in_(ids[start:start + CHUNK]))))
        for missing in (record_id for record_id in ids if record_id not in found):
            difference = by_id[missing]
            gone = label(kinds[target], missing) if target in kinds else f"a {target} record"
            raise StoreError(f"The laptop's {label(difference.kind, difference.record_id)} refers to "
                             f"{gone}, which is no longer on the server; keep the laptop's version "
                             "of that record, or delete the laptop's record first. Nothing was "
                             "changed.")
