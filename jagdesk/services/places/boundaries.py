"""Importing ward and LSOA boundaries, and placing crimes in the wards the store holds."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from jagdesk.domain.common.validation import required_text
from jagdesk.domain.places.geo import AreaLocator, area_shape
from jagdesk.domain.reference import locality_errors, ward_errors
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.importers.boundaries import KIND_OF_CODE, Boundary, read_boundaries
from jagdesk.store.models import Crime, Locality, Lsoa, Postcode, Ward
from jagdesk.store.uow import UnitOfWork

KINDS = ("ward", "lsoa")
KIND_TITLES = {"ward": ("ward", "wards"), "lsoa": ("LSOA", "LSOAs")}
# Points placed per UPDATE batch when crimes are re-placed after new ward boundaries.
REPLACE_BATCH = 2000


@dataclass(frozen=True)
class BoundaryImportSummary:
    """What a boundary import did."""

    file_name: str
    kind: str  # "ward" or "lsoa"
    code_property: str
    name_property: str
    added: int
    updated: int
    locality: str | None  # the locality new (or, if asked, all) wards were put in
    locality_created: bool
    crimes_placed: int  # crimes whose ward or outside flag was worked out again (ward imports)
    from_national_grid: bool

    def sentence(self) -> str:
        """The summary as one sentence for the status bar or the command line."""
        one, many = KIND_TITLES[self.kind]
        text = (f"{self.file_name}: {self.added} {one if self.added == 1 else many} added, "
                f"{self.updated} updated "
                f"(codes from {self.code_property}, names from {self.name_property})")
        if self.locality:
            text += f"; wards put in the locality {self.locality}"
            text += " (new)" if self.locality_created else ""
        if self.from_national_grid:
            text += "; converted from British National Grid"
        if self.kind == "ward":
            text += f"; {self.crimes_placed:,} crimes placed in wards again"
        return text + "."


def _locality(session: Session, name: str | None) -> tuple[Locality | None, bool]:
    if name is None:
        return None, False
    reason = locality_errors(name, "").get("name")
    if reason:
        raise ValidationError({"locality": reason})
    found = session.scalars(
        select(Locality).where(func.lower(Locality.name) == name.strip().lower())
    ).first()
    if found is not None:
        return found, False
    locality = Locality(name=name.strip(), description="")
    session.add(locality)
    return locality, True


# What other ONS codes' first three characters name, to say what a file of them seems to hold.
OTHER_CODES = {"E02": "MSOAs", "W02": "MSOAs", "E04": "parishes", "W04": "communities",
               "E06": "local authorities", "E07": "local authorities", "E08": "local authorities",
               "E09": "local authorities", "W06": "local authorities", "S12": "local authorities",
               "N09": "local authorities", "E10": "counties"}


def _check_kind(kind: str, boundaries: list[Boundary], file_name: str) -> None:
    """Refuse a file whose codes are not of the kind asked for (LSOAs imported as wards, say).

    Wards must have ward codes. LSOA-like areas of Scotland and Northern Ireland have codes of
    their own, so only a code known to be of another kind refuses an LSOA import.
    """
    def stray(code: str) -> bool:
        prefix = code[:3].upper()
        return KIND_OF_CODE.get(prefix) != kind and (
            kind == "ward" or prefix in KIND_OF_CODE or prefix in OTHER_CODES)

    code = next((item.code.upper() for item in boundaries if stray(item.code)), None)
    if code is None:
        return
    one, many = KIND_TITLES[kind]
    other = KIND_OF_CODE.get(code[:3])
    if other is not None:
        others = KIND_TITLES[other][1]
        raise JagdeskError(f"{file_name} seems to hold {others} (codes such as {code}), not "
                           f"{many}; import it as {others}.")
    if code[:3] in OTHER_CODES:
        raise JagdeskError(f"{file_name} seems to hold {OTHER_CODES[code[:3]]} (codes such as "
                           f"{code}), not {many}.")
    starts = sorted(prefix for prefix, of in KIND_OF_CODE.items() if of == kind)
    raise JagdeskError(f"{file_name} holds {code}, which is not an ONS {one} code (those start "
                       f"{', '.join(starts[:-1])} or {starts[-1]}).")


def _check(kind: str, boundaries: list[Boundary], file_name: str) -> None:
    for number, item in enumerate(boundaries, start=1):
        if kind == "ward":
            errors = ward_errors(item.code, item.name)
        else:
            errors = {key: reason for key, reason in (
                ("code", required_text(item.code, "LSOA code", 20)),
                ("name", required_text(item.name, "LSOA name", 200))) if reason}
        if errors:
            raise JagdeskError(f"Feature {number} of {file_name} cannot be imported: "
                               + " ".join(errors.values()))
    _check_kind(kind, boundaries, file_name)
    twice = sorted(code for code, n in Counter(item.code.upper() for item in boundaries).items()
                   if n > 1)
    if twice:
        raise JagdeskError(f"{file_name} holds the code {twice[0]} more than once.")


def _store(item: Boundary, record: Ward | Lsoa) -> None:
    record.name = item.name
    record.geometry = item.geojson
    record.min_lon, record.min_lat, record.max_lon, record.max_lat = item.bounds


def import_boundaries(uow: UnitOfWork, path: Path, *, kind: str | None = None,
                      locality: str | None = None, code_property: str | None = None,
                      name_property: str | None = None) -> BoundaryImportSummary:
    """Add or update the wards or LSOAs of a GeoJSON file by code, in one transaction.

    The kind and the code/name properties are found by pattern unless given. Existing wards keep
    their locality unless `locality` is given (created if the store has none of that name); new
    wards go into `locality`. After a ward import every crime and postcode is placed in the wards
    again.
    """
    if kind is not None and kind not in KINDS:
        raise ValidationError({"kind": "Choose wards or LSOAs."})
    found = read_boundaries(path, code_property, name_property)
    kind = kind or found.kind
    if kind is None:
        raise ValidationError({"kind": f"{path.name} does not say whether it holds wards or LSOAs "
                                       f"(its codes are in {found.code_property}); choose which."})
    if locality is not None and kind != "ward":
        raise ValidationError({"locality": "Only wards belong to localities."})
    _check(kind, found.boundaries, path.name)
    session = uow.session
    home, created = _locality(session, locality)
    records: list[Ward | Lsoa] = [*session.scalars(select(Ward if kind == "ward" else Lsoa))]
    existing = {record.code.upper(): record for record in records}
    added = updated = 0
    for item in found.boundaries:
        record = existing.get(item.code.upper())
        if record is None:
            record = Ward(code=item.code.upper()) if kind == "ward" else Lsoa(code=item.code.upper())
            session.add(record)
            added += 1
        else:
            updated += 1
        _store(item, record)
        if isinstance(record, Ward) and (home is not None or record.locality_id is None):
            record.locality = home
    placed = 0
    if kind == "ward":
        session.flush()
        placed = place_crimes(session)
        place_postcodes(session)
    uow.commit()
    return BoundaryImportSummary(path.name, kind, found.code_property, found.name_property, added,
                                 updated, home.name if home else None, created, placed,
                                 found.from_national_grid)


@dataclass(frozen=True)
class WardPlaces:
    """The store's ward boundaries as a locator, with each area's ward id in locator order."""

    locator: AreaLocator
    ward_ids: list[uuid.UUID]


def ward_places(session: Session) -> WardPlaces:
    """Every ward with a boundary, ready to place points in (ordered by code, for stable borders)."""
    rows = session.execute(
        select(Ward.id, Ward.geometry).where(Ward.geometry.is_not(None)).order_by(Ward.code)
    ).all()
    shapes, ids = [], []
    for ward_id, geometry in rows:
        try:
            shapes.append(area_shape(json.loads(geometry or "null")))
        except ValueError:
            continue  # a damaged stored boundary places nothing rather than stopping the work
        ids.append(ward_id)
    return WardPlaces(AreaLocator(shapes), ids)


def driver_value(connection: Connection, column: Any, value: Any) -> Any:
    """A value as the driver takes it for this column (a UUID is hex text on SQLite)."""
    process = column.type.bind_processor(connection.dialect)
    return process(value) if process else value


def param_mark(connection: Connection) -> str:
    """The driver's placeholder for a value in SQL run through it (exec_driver_sql)."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def place_crimes(session: Session) -> int:
    """Give every mapped crime the ward its point lies in (or mark it outside); rows changed.

    Done per distinct point: police.uk snaps crimes to a few thousand points.
    """
    places = ward_places(session)
    connection = session.connection()
    table = Crime.__table__
    ward_values = [driver_value(connection, table.c.ward_id, ward_id) for ward_id in places.ward_ids]
    inside, outside = (driver_value(connection, table.c.outside, flag) for flag in (False, True))
    mark = param_mark(connection)
    sql = (f"UPDATE crime SET ward_id = {mark}, outside = {mark} "
           f"WHERE latitude = {mark} AND longitude = {mark}")
    points = connection.execute(
        select(table.c.longitude, table.c.latitude).where(table.c.latitude.is_not(None)).distinct()
    ).all()
    changed = 0
    for start in range(0, len(points), REPLACE_BATCH):
        chunk = points[start:start + REPLACE_BATCH]
        found = places.locator.locate([p[0] for p in chunk], [p[1] for p in chunk]).tolist()
        params = [(None, outside, lat, lon) if index < 0 else (ward_values[index], inside, lat, lon)
                  for (lon, lat), index in zip(chunk, found, strict=True)]
        result = connection.exec_driver_sql(sql, params)
        changed += max(result.rowcount, 0)
    return changed


def place_postcodes(session: Session) -> None:
    """Give every postcode the ward its point lies in; one in none keeps the ward it had, if any
    (it was kept because its file put it in that ward)."""
    places = ward_places(session)
    table = Postcode.__table__
    assert isinstance(table, Table)
    statement = (update(table).where(table.c.postcode == bindparam("key"))
                 .values(ward_id=bindparam("ward")))
    rows = session.execute(select(Postcode.postcode, Postcode.longitude, Postcode.latitude)).all()
    for start in range(0, len(rows), REPLACE_BATCH):
        chunk = rows[start:start + REPLACE_BATCH]
        found = places.locator.locate([row[1] for row in chunk], [row[2] for row in chunk]).tolist()
        changes = [{"key": row[0], "ward": places.ward_ids[index]}
                   for row, index in zip(chunk, found, strict=True) if index >= 0]
        if changes:
            session.connection().execute(statement, changes)
