"""Postcode files: the ONS Postcode Directory (ONSPD, or its lookup the NSPL) and OS Code-Point Open.

Streams, as the police.uk reader does: a national file (2.7 million rows) is never held in
memory. Handles LF or CRLF, a byte order mark, quoted fields and a missing final newline. A row
that cannot be read is rejected with its line number and reason; a file that is neither kind, or
that is UTF-16 text, is refused whole in one sentence.

ONSPD has a header and gives each postcode's latitude and longitude (`lat`, `long`) and its
termination month (`doterm`, blank while the postcode is live); Code-Point Open has no header,
only live postcodes, and British National Grid eastings and northings.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from jagdesk.domain.places.geo import in_british_isles
from jagdesk.domain.places.postcodes import normalise_postcode
from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk import KEPT_REJECTIONS, Rejection, is_utf16

ONSPD, CODE_POINT = "ONSPD", "Code-Point Open"
TITLES = {ONSPD: "ONS Postcode Directory", CODE_POINT: "OS Code-Point Open"}
# The postcode columns of ONSPD and the NSPL, best first: pcds is written as Royal Mail does.
POSTCODE_COLUMNS = ("pcds", "pcd", "pcd2", "pcd7", "pcd8")
LAT_COLUMNS, LON_COLUMNS = ("lat", "latitude"), ("long", "longitude", "lon")
WARD_COLUMNS = ("osward", "ward")
TERMINATED_COLUMN = "doterm"
# Code-Point Open's columns: Postcode, Positional_quality_indicator, Eastings, Northings, ...,
# Admin_ward_code (the tenth).
CP_POSTCODE, CP_EASTING, CP_NORTHING, CP_WARD = 0, 2, 3, 9
CP_MIN_FIELDS = 4
# ONSPD's latitude for a postcode with no grid reference.
NO_GRID_LAT = 99.999999

# A readable row: its line, the postcode ("WD6 1AA"), longitude, latitude and ONS ward code.
Row = tuple[int, str, float, float, str]


class NotPostcodeFileError(JagdeskError):
    """The file is neither an ONSPD nor a Code-Point Open file; nothing of it is read."""


@dataclass(frozen=True)
class _Layout:
    postcode: int
    lat: int
    lon: int
    ward: int | None
    terminated: int | None
    columns: int


def _index(names: list[str], wanted: tuple[str, ...]) -> int | None:
    return next((names.index(name) for name in wanted if name in names), None)


def _onspd_layout(header: list[str]) -> _Layout | None:
    names = [name.strip().lower() for name in header]
    postcode, lat, lon = (_index(names, wanted) for wanted in (POSTCODE_COLUMNS, LAT_COLUMNS,
                                                               LON_COLUMNS))
    if postcode is None or lat is None or lon is None:
        return None
    ward = _index(names, WARD_COLUMNS)
    if ward is None:  # newer releases name the ward column by its vintage (wd24cd)
        ward = next((i for i, name in enumerate(names)
                     if len(name) == 6 and name.startswith("wd") and name.endswith("cd")), None)
    return _Layout(postcode, lat, lon, ward, _index(names, (TERMINATED_COLUMN,)), len(names))


def _code_point_row(fields: list[str]) -> bool:
    """Whether a header-less first row is a Code-Point Open row: a postcode, then numbers."""
    if len(fields) < CP_MIN_FIELDS or normalise_postcode(fields[CP_POSTCODE]) is None:
        return False
    return all(fields[i].strip().isdigit() for i in (CP_EASTING, CP_NORTHING))


class PostcodeFile:
    """An open postcode file: `kind` (ONSPD or CODE_POINT) from its first line; `batches()` yields
    the readable rows of live postcodes. Counts of terminated and rejected rows, and the first
    rejections, build up as rows are read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            self._raw = open(path, "rb")  # noqa: SIM115 - closed by close()
        except FileNotFoundError:
            raise JagdeskError(f"There is no file at {path}.") from None
        except IsADirectoryError:
            raise JagdeskError(f"{path} is a folder, not a file.") from None
        except OSError as exc:
            raise JagdeskError(f"Cannot read {path}: {exc.strerror or exc}.") from None
        try:
            head = self._raw.peek(4)[:4]
        except OSError as exc:
            self.close()
            raise JagdeskError(f"Cannot read {path}: {exc.strerror or exc}.") from None
        if is_utf16(head):
            self.close()
            raise NotPostcodeFileError(f"{self.name} is UTF-16 text; save it as UTF-8, as the ONS "
                                       "and Ordnance Survey give it, and import it again.")
        self._text = io.TextIOWrapper(self._raw, encoding="utf-8-sig", errors="replace", newline="")
        self._reader = csv.reader(self._text)
        self.terminated = 0
        self.rejected = 0
        self.rejections: list[Rejection] = []
        self._first: list[str] | None = None  # a Code-Point file's first row, read to know it
        self.kind, self._layout = self._read_first()

    def _read_first(self) -> tuple[str, _Layout]:
        try:
            first = next(self._reader, None)
        except csv.Error:
            first = []
        except OSError as exc:
            self.close()
            raise JagdeskError(f"Cannot read {self.path}: {exc.strerror or exc}.") from None
        if first:
            layout = _onspd_layout(first)
            if layout is not None:
                return ONSPD, layout
            if _code_point_row(first):
                self._first = first
                return CODE_POINT, _Layout(CP_POSTCODE, CP_NORTHING, CP_EASTING,
                                           CP_WARD if len(first) > CP_WARD else None, None,
                                           len(first))
        self.close()
        what = "it is empty" if first is None else (
            "its first line is neither the ONS Postcode Directory's header (with pcds, lat and "
            "long columns) nor a Code-Point Open row")
        raise NotPostcodeFileError(f"{self.name} is not a postcode file: {what}; nothing was "
                                   "imported from it.")

    @property
    def title(self) -> str:
        """What the file is, as a person names it: "ONS Postcode Directory"."""
        return TITLES[self.kind]

    @property
    def bytes_read(self) -> int:
        """How many bytes of the file have been read so far (for a progress bar)."""
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return 0

    def _reject(self, line: int, reason: str) -> None:
        self.rejected += 1
        if len(self.rejections) < KEPT_REJECTIONS:
            self.rejections.append(Rejection(line, reason))

    def batches(self, size: int) -> Iterator[list[Row]]:
        """The rows of live postcodes with a point, in lists of `size` (the last may be shorter)."""
        if self.kind == CODE_POINT:
            yield from self._code_point(size)
        else:
            yield from self._onspd(size)

    def _rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line, fields) of every record after the header, a record unreadable as CSV rejected."""
        reader = self._reader
        if self._first is not None:
            yield 1, self._first
        last_line = reader.line_num
        while True:
            try:
                for fields in reader:
                    line, last_line = last_line + 1, reader.line_num
                    if fields:  # a blank line is no row at all
                        yield line, fields
                return
            except csv.Error as exc:
                self._reject(last_line + 1, f"cannot be read ({exc})")
                last_line = reader.line_num

    def _postcode(self, line: int, fields: list[str]) -> str | None:
        layout = self._layout
        if len(fields) < layout.columns:
            self._reject(line, f"too few fields ({len(fields)} of {layout.columns})")
            return None
        if len(fields) > layout.columns:
            self._reject(line, f"too many fields ({len(fields)} of {layout.columns})")
            return None
        text = fields[layout.postcode]
        postcode = normalise_postcode(text)
        if postcode is None:
            shown = " ".join(text.split())[:20]
            self._reject(line, f"'{shown}' is not a postcode" if shown else "no postcode")
        return postcode

    def _ward(self, fields: list[str]) -> str:
        index = self._layout.ward
        return fields[index].strip().upper() if index is not None else ""

    def _onspd(self, size: int) -> Iterator[list[Row]]:
        layout = self._layout
        batch: list[Row] = []
        for line, fields in self._rows():
            postcode = self._postcode(line, fields)
            if postcode is None:
                continue
            if layout.terminated is not None and fields[layout.terminated].strip():
                self.terminated += 1
                continue
            lat_text, lon_text = fields[layout.lat].strip(), fields[layout.lon].strip()
            try:
                lat, lon = float(lat_text), float(lon_text)
            except ValueError:
                self._reject(line, f"bad coordinate ({lat_text or 'blank'}, {lon_text or 'blank'})")
                continue
            if abs(lat - NO_GRID_LAT) < 1e-6:
                self._reject(line, f"{postcode} has no grid reference")
                continue
            if not in_british_isles(lon, lat):
                self._reject(line, f"bad coordinate ({lat_text}, {lon_text}) outside the "
                                   "United Kingdom")
                continue
            batch.append((line, postcode, lon, lat, self._ward(fields)))
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def _code_point(self, size: int) -> Iterator[list[Row]]:
        pending: list[tuple[int, str, float, float, str]] = []  # eastings, northings for now
        for line, fields in self._rows():
            postcode = self._postcode(line, fields)
            if postcode is None:
                continue
            east_text, north_text = fields[CP_EASTING].strip(), fields[CP_NORTHING].strip()
            try:
                east, north = float(east_text), float(north_text)
            except ValueError:
                self._reject(line, f"bad grid reference ({east_text or 'blank'}, "
                                   f"{north_text or 'blank'})")
                continue
            if east == 0 and north == 0:  # quality 90: Code-Point Open knows no point for it
                self._reject(line, f"{postcode} has no grid reference")
                continue
            if not (0 < east < 700_000 and 0 < north < 1_300_000):
                self._reject(line, f"bad grid reference ({east_text}, {north_text}) off the "
                                   "British National Grid")
                continue
            pending.append((line, postcode, east, north, self._ward(fields)))
            if len(pending) >= size:
                yield _to_lon_lat(pending)
                pending = []
        if pending:
            yield _to_lon_lat(pending)

    def close(self) -> None:
        self._raw.close()

    def __enter__(self) -> PostcodeFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _to_lon_lat(rows: list[tuple[int, str, float, float, str]]) -> list[Row]:
    """The rows with their eastings and northings as longitude and latitude (one call into PROJ)."""
    import numpy as np

    from jagdesk.domain.places.bng import from_bng_many

    lats, lons = from_bng_many(np.array([row[2] for row in rows]), np.array([row[3] for row in rows]))
    return [(line, postcode, lon, lat, ward) for (line, postcode, _e, _n, ward), lon, lat
            in zip(rows, lons.tolist(), lats.tolist(), strict=True)]
