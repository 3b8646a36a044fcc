"""Importing postcodes (ONSPD or Code-Point Open) for the partnership's area, replacing any before.

Only postcodes in the partnership's wards, or within MARGIN_M of them, are kept: a national file
of 2.7 million postcodes leaves a few thousand in the store. Each kept postcode is given the
ward its point lies in (as crimes are); one just outside every ward keeps no ward, unless the
file puts it in one of the store's wards by code.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from jagdesk.domain.places.geo import AreaLocator, area_shape
from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk import KEPT_REJECTIONS, Rejection
from jagdesk.importers.postcodes import PostcodeFile, Row
from jagdesk.services.places.crime_import import ImportCancelled
from jagdesk.store.models import Postcode, Ward
from jagdesk.store.uow import UnitOfWork

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

# Postcodes this close to a ward are kept too: the homes across a boundary road are part of a
# street's problem, and a postcode's point is only its addresses' middle.
MARGIN_M = 500.0
BATCH = 5000
# A degree of latitude in metres, and the widest a degree of longitude shrinks to in the UK
# (at 61° north): the coarse box a point must be in before its distance is worked out.
DEGREE_M, NARROWEST_DEGREE_M = 111_000.0, 53_000.0

# Told (rows read so far, bytes read so far of all the files) after each batch.
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class PostcodeImportSummary:
    """What importing one postcode file did."""

    file_name: str
    title: str  # "ONS Postcode Directory" or "OS Code-Point Open"
    imported: int
    outside: int  # live postcodes farther than the margin from every ward
    terminated: int  # postcodes no longer in use (ONSPD's doterm), left out
    rejected: int
    rejections: tuple[Rejection, ...]  # the first rejected rows, with line numbers and reasons

    def sentence(self) -> str:
        """The summary in one sentence (the rejections are listed separately)."""
        one = "postcode" if self.imported == 1 else "postcodes"
        return (f"{self.file_name} ({self.title}): {self.imported:,} {one} imported, "
                f"{self.outside:,} outside the partnership's area, {self.terminated:,} "
                f"terminated, {self.rejected:,} rejected.")


@dataclass
class _Area:
    """The partnership's wards: where a point is, and whether it is within the margin of one."""

    locator: AreaLocator
    ward_ids: list[uuid.UUID]
    by_code: dict[str, uuid.UUID]
    zone: BaseGeometry  # the wards and the margin round them, in grid metres
    box: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat, with room

    def place(self, rows: list[Row]) -> list[tuple[Row, uuid.UUID | None] | None]:
        """Each row with its ward (None: in the margin), or None when it is outside the area."""
        import numpy as np
        import shapely

        from jagdesk.domain.places.bng import to_bng_many

        lon = np.array([row[2] for row in rows])
        lat = np.array([row[3] for row in rows])
        x0, y0, x1, y1 = self.box
        near = (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)
        inside = np.zeros(len(rows), dtype=bool)
        wards = np.full(len(rows), -1)
        if near.any():
            east, north = to_bng_many(lat[near], lon[near])
            inside[near] = shapely.contains_xy(self.zone, east, north)
            wards[near] = self.locator.locate(lon[near], lat[near])
        placed: list[tuple[Row, uuid.UUID | None] | None] = []
        for row, kept, ward in zip(rows, inside.tolist(), wards.tolist(), strict=True):
            ward_id = self.ward_ids[ward] if ward >= 0 else self.by_code.get(row[4])
            placed.append((row, ward_id) if kept or ward_id is not None else None)
        return placed


def _area(uow: UnitOfWork) -> _Area:
    import shapely

    from jagdesk.domain.places.bng import to_bng_many

    rows = uow.session.execute(
        select(Ward.id, Ward.code, Ward.geometry).where(Ward.geometry.is_not(None))
        .order_by(Ward.code)).all()
    shapes: list[BaseGeometry] = []
    ids: list[uuid.UUID] = []
    for ward_id, _code, geometry in rows:
        try:
            shapes.append(area_shape(json.loads(geometry or "null")))
        except ValueError:
            continue  # a damaged stored boundary places nothing rather than stopping the work
        ids.append(ward_id)
    if not shapes:
        raise JagdeskError("The store has no ward boundaries yet: import them first (jagdesk "
                           "import boundaries FILE), as only the postcodes in and near the "
                           "partnership's wards are kept.")
    whole = shapely.union_all(shapes)

    def to_grid(xy: Any) -> Any:
        import numpy as np

        east, north = to_bng_many(xy[:, 1], xy[:, 0])
        return np.column_stack((east, north))

    zone = shapely.transform(whole, to_grid).buffer(MARGIN_M)
    shapely.prepare(zone)
    x0, y0, x1, y1 = (float(v) for v in whole.bounds)
    dy, dx = 2 * MARGIN_M / DEGREE_M, 2 * MARGIN_M / NARROWEST_DEGREE_M
    codes = {code.upper(): ward_id for ward_id, code, _geometry in rows}
    return _Area(AreaLocator(shapes), ids, codes, zone, (x0 - dx, y0 - dy, x1 + dx, y1 + dy))


def check_postcode_files(paths: Sequence[Path]) -> None:
    """Refuse, before anything is changed, a file that is not a postcode file."""
    for path in paths:
        PostcodeFile(path).close()


def import_postcodes(uow: UnitOfWork, paths: Sequence[Path], *, progress: Progress | None = None,
                     cancelled: Cancelled | None = None,
                     saving: Callable[[], None] | None = None) -> list[PostcodeImportSummary]:
    """Replace the store's postcodes with those of the files (ONSPD or Code-Point Open) in and
    near the partnership's wards, in one transaction, and commit; one summary per file.
    `saving` is told when every file is read and the commit begins, past the last chance to
    cancel.

    Code-Point Open comes as one file per postcode area: give all those the partnership spans
    together. Refused whole when a file is not a postcode file or the store has no wards;
    ImportCancelled when `cancelled` says so, leaving the postcodes as they were.
    """
    check_postcode_files(paths)
    area = _area(uow)
    session = uow.session
    session.execute(delete(Postcode))
    seen: dict[str, str] = {}  # postcode -> the file it was kept from
    summaries = []
    rows_read = bytes_before = 0
    for path in paths:
        with PostcodeFile(path) as source:
            imported = outside = 0
            duplicates: list[Rejection] = []
            for batch in source.batches(BATCH):
                values = []
                for found in area.place(batch):
                    if found is None:
                        outside += 1
                        continue
                    (line, postcode, lon, lat, _code), ward_id = found
                    if postcode in seen:
                        where = "earlier in the file" if seen[postcode] == source.name else \
                            f"in {seen[postcode]}"
                        duplicates.append(Rejection(line, f"{postcode} appears {where}"))
                        continue
                    seen[postcode] = source.name
                    values.append({"postcode": postcode, "longitude": lon, "latitude": lat,
                                   "ward_id": ward_id, "source": source.kind})
                if values:
                    session.execute(insert(Postcode), values)
                imported += len(values)
                rows_read += len(batch)
                if cancelled is not None and cancelled():
                    session.rollback()
                    raise ImportCancelled(f"The import of {source.name} was cancelled; the "
                                          "postcodes are as they were.")
                if progress is not None:
                    progress(rows_read, bytes_before + source.bytes_read)
            rejections = sorted([*source.rejections, *duplicates], key=lambda r: r.line)
            summaries.append(PostcodeImportSummary(
                source.name, source.title, imported, outside, source.terminated,
                source.rejected + len(duplicates), tuple(rejections[:KEPT_REJECTIONS])))
            bytes_before += source.bytes_read
    if saving is not None:
        saving()
    uow.commit()
    return summaries
