"""What the police.uk files imported in one transaction share: the crime indexes set aside, the
wards, and the reader process reading the street files when they are large in all."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk import STREET, PoliceUkFile
from jagdesk.services.places import read_ahead
from jagdesk.services.places.boundaries import WardPlaces, driver_value, ward_places
from jagdesk.services.places.crime_indexes import CrimeIndexes
from jagdesk.services.places.street_values import StreetPlan
from jagdesk.store.models import Crime
from jagdesk.store.uow import UnitOfWork

# Rows per executemany: enough for the driver's C loop to dominate, few enough that a batch stays
# in the processor's cache (5,000 read a third slower) and that Cancel answers at once.
BATCH = 1000


@dataclass
class ImportBatch:
    """What the files imported in one transaction share: the indexes set aside, the wards to
    place crimes in (read and built once, on the first street file), and the reader process
    reading the street files when they are large in all."""

    indexes: CrimeIndexes
    places: WardPlaces | None = None
    ahead: read_ahead.ReadAhead | None = None

    @classmethod
    def of(cls, paths: Sequence[Path], reader: read_ahead.ReadAhead | None) -> ImportBatch:
        """The batch of these files: indexes set aside if they are large against the table, and
        `reader` (started early, or None) to read them if they are large in all."""
        return cls(CrimeIndexes(sum(map(read_ahead.file_size, paths))), ahead=reader)

    def plan(self, uow: UnitOfWork, record_id: uuid.UUID, month_offset: int) -> StreetPlan:
        """What a street file's rows need to become insert values: its record's id, the wards."""
        connection = uow.session.connection()
        table = Crime.__table__
        places = self.places = self.places or ward_places(uow.session)
        inside, outside = (driver_value(connection, table.c.outside, flag) for flag in (False, True))
        return StreetPlan(
            file_id=driver_value(connection, table.c.file_id, record_id), month_offset=month_offset,
            areas=places.locator.areas,
            wards=[driver_value(connection, table.c.ward_id, i) for i in places.ward_ids],
            inside=inside, outside=outside)

    def read_ahead(self, uow: UnitOfWork, paths: Sequence[Path], month_offset: int
                   ) -> list[uuid.UUID | None]:
        """Have a reader process (the one started early, or a new one) read the street files if
        they are large in all; for each path, the id its record will have when the reader reads
        it (None: read here)."""
        sizes = [read_ahead.file_size(path) for path in paths]
        # The sizes first: a small import (most are) opens no file twice to learn its kind.
        if sum(sizes) < read_ahead.READ_AHEAD_BYTES:
            return [None] * len(paths)
        street = [file_kind(path) == STREET for path in paths]
        if sum(size for size, is_street in zip(sizes, street, strict=True)
               if is_street) < read_ahead.READ_AHEAD_BYTES:
            return [None] * len(paths)
        self.ahead = self.ahead or read_ahead.start()
        if self.ahead is None:
            return [None] * len(paths)
        ids = [uuid.uuid4() if is_street else None for is_street in street]
        self.ahead.read([(path, self.plan(uow, record_id, month_offset))
                         for path, record_id in zip(paths, ids, strict=True) if record_id is not None],
                        BATCH)
        return ids

    def close(self) -> None:
        """Stop the reader process, if there is one (it has ended already unless the import failed
        or did not need it)."""
        if self.ahead is not None:
            self.ahead.close()


def file_kind(path: Path) -> str | None:
    """A police.uk file's kind from its header; None when it is not one (its import says why)."""
    try:
        with PoliceUkFile(path) as source:
            return source.kind
    except JagdeskError:
        return None
