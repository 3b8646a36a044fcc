"""A police.uk street file's good rows as the crime table's insert values, ward placed.

No database here: what the values need from the store (the file record's id, the wards, the
driver's form of each value) comes in a StreetPlan, which pickles, so that a reader process
(read_ahead) can make the values while the importing process inserts the ones before.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Any

from shapely.geometry.base import BaseGeometry

from jagdesk.domain.common.periods import add_months
from jagdesk.domain.places.geo import AreaLocator, Point
from jagdesk.importers.policeuk import PoliceUkFile, Row
from jagdesk.importers.policeuk_blocks import Block, nulls

# The crime table's columns in the order the values give them.
STREET_COLUMNS = ("file_id", "line_no", "crime_ref", "month", "reported_by", "falls_within",
                  "longitude", "latitude", "location", "lsoa_code", "lsoa_name", "crime_type",
                  "last_outcome", "context", "ward_id", "outside")

Values = list[tuple[Any, ...]]


@dataclass(frozen=True)
class StreetPlan:
    """What turns a street file's rows into insert values, each value as the driver takes it."""

    file_id: Any  # the file record's id
    month_offset: int  # months after the file's own that its rows are stored under
    areas: list[BaseGeometry]  # the wards' boundaries, in the order of `wards`
    wards: list[Any]  # each area's ward id
    inside: Any  # the `outside` column's False
    outside: Any  # and its True


class StreetValues:
    """Makes the insert values of one file's batches; counts the rows outside every ward.

    Each distinct point is placed once: police.uk snaps crimes to a few thousand points, so every
    row after the first at a point is one dictionary lookup.
    """

    def __init__(self, plan: StreetPlan, source: PoliceUkFile,
                 locator: AreaLocator | None = None) -> None:
        self.plan, self.source = plan, source
        self.locator = locator if locator is not None else AreaLocator(plan.areas)
        # Area index -1 (in no ward) picks the last entry: no ward, and flagged outside.
        self._wards = [*plan.wards, None]
        self._flags = [plan.inside] * len(plan.wards) + [plan.outside]
        self._place: dict[Point | None, tuple[Any, Any, Any, Any]] = {
            None: (None, None, None, plan.inside)}
        self.outside = 0

    @property
    def month(self) -> str:
        """The month the rows are stored under (known once the first good row is read)."""
        assert self.source.month is not None
        if not self.plan.month_offset:
            return self.source.month
        return add_months(self.source.month, self.plan.month_offset)

    def __call__(self, batch: list[Row] | Block) -> Values:
        """The batch's rows as insert values, in STREET_COLUMNS order."""
        place = self._place
        points = batch.points if isinstance(batch, Block) else list(map(itemgetter(2), batch))
        new = [point for point in set(points) if point not in place]
        for point, area in zip(new, self.locator.areas_of(new), strict=True):
            assert point is not None and area is not None
            place[point] = (point[0], point[1], self._wards[area], self._flags[area])
        # Whole columns zipped in C: at a million rows, any step per row in Python is a fair
        # part of the import.
        lons, lats, ward_ids, outside_flags = zip(*map(place.__getitem__, points), strict=True)
        lines: Iterable[int]
        if isinstance(batch, Block):
            lines, fields = batch.lines(), batch.columns
        else:
            lines = map(itemgetter(0), batch)
            fields = list(zip(*map(itemgetter(1), batch), strict=True))
        size = len(points)
        self.outside += outside_flags.count(self.plan.outside)
        return list(zip(
            repeat(self.plan.file_id, size), lines, nulls(fields[0]), repeat(self.month, size),
            fields[2], fields[3], lons, lats, fields[6], nulls(fields[7]), nulls(fields[8]),
            fields[9], nulls(fields[10]), nulls(fields[11]), ward_ids, outside_flags, strict=True))

    def batches(self, size: int) -> Iterator[Values]:
        """The whole file's good rows as insert values, in file order, at most `size` a batch
        (a Block may be longer: it is one chunk of the file)."""
        return map(self, self.source.blocks(size))
