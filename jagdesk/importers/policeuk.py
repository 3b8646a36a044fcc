"""police.uk street-level and outcomes CSV files, read row by row with every row checked.

Streams: a million-row file is never held in memory. Handles LF or CRLF, a byte order mark,
quoted fields (even across lines), a missing final newline, and a file cut off mid-row (its last
row is short and rejected). A row that cannot be read, or that holds a control character, is
rejected with its line number and reason; a file whose first line is not a police.uk header, or
that is UTF-16 text, is refused whole.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from jagdesk.domain.common.validation import control_character
from jagdesk.domain.places.geo import Point, in_british_isles
from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk_blocks import Block, as_block
from jagdesk.importers.policeuk_lines import Lines

COMMON = ("Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
          "LSOA code", "LSOA name")
STREET_COLUMNS = (*COMMON, "Crime type", "Last outcome category", "Context")
OUTCOMES_COLUMNS = (*COMMON, "Outcome type")
STREET, OUTCOMES = "street", "outcomes"
MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
# The longest value each column of the store takes (crime.py, String(n)): PostgreSQL refuses more.
LENGTHS = {"Crime ID": 64, "Reported by": 120, "Falls within": 120, "Location": 200, "LSOA code": 20,
           "LSOA name": 200, "Crime type": 80, "Last outcome category": 200, "Outcome type": 200}
STREET_LIMITS = tuple((i, LENGTHS[c], c) for i, c in enumerate(STREET_COLUMNS) if c in LENGTHS)
OUTCOMES_LIMITS = tuple((i, LENGTHS[c], c) for i, c in enumerate(OUTCOMES_COLUMNS) if c in LENGTHS)
# How many rejected rows are kept with their line and reason; the rest are only counted.
KEPT_REJECTIONS = 20
BATCH_ROWS = 1000
LSOA_CODE = COMMON.index("LSOA code")
# Every limit but the LSOA code's is at least QUICK_LIMIT: a row whose fields are all that short
# (and whose LSOA code fits) needs no field-by-field check.
SHORT_LIMIT = LENGTHS["LSOA code"]
QUICK_LIMIT = min(limit for limit in LENGTHS.values() if limit > SHORT_LIMIT)

# A good row: its line number, its fields, and its point (None for a `No Location` row).
Row = tuple[int, tuple[str, ...], Point | None]


class NotPoliceUkError(JagdeskError):
    """The file is not a police.uk street or outcomes file at all; nothing of it is read."""


@dataclass(frozen=True)
class Rejection:
    """A row that could not be read: its line in the file and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class _CountingHasher(io.RawIOBase):
    """Reads a binary file, hashing and counting the bytes as they pass (for sha256 and progress)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw
        self.count = 0
        self.sha256 = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self._raw.readinto(buffer)
        if n:
            view = memoryview(buffer)[:n]
            self.sha256.update(view)
            self.count += n
        return n

    def close(self) -> None:
        self._raw.close()
        super().close()


def _kind(header: list[str]) -> str | None:
    names = tuple(name.strip().lower() for name in header)
    for kind, columns in ((STREET, STREET_COLUMNS), (OUTCOMES, OUTCOMES_COLUMNS)):
        if names == tuple(column.lower() for column in columns):
            return kind
    return None


def _point(lon_text: str, lat_text: str) -> Point | str:
    """The point, or the reason the coordinates are refused."""
    try:
        lon, lat = float(lon_text), float(lat_text)
    except ValueError:
        return f"bad coordinate ({lon_text or 'blank'}, {lat_text or 'blank'})"
    if not in_british_isles(lon, lat):
        return f"bad coordinate ({lon_text}, {lat_text}) outside the United Kingdom"
    return (lon, lat)


def _too_long(fields: list[str], limits: tuple[tuple[int, int, str], ...]) -> str | None:
    for index, limit, column in limits:
        if len(fields[index]) > limit:
            return f"the {column} is longer than {limit} characters"
    return None


def is_utf16(head: bytes) -> bool:
    """Whether a file's first bytes are UTF-16 (as Excel's "Unicode text"), with or without a BOM.

    police.uk publishes UTF-8: a UTF-16 copy has been through another program, which may have
    changed more than the encoding, so it is refused rather than guessed at.
    """
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return True
    # The header's ASCII letters take two bytes each in UTF-16, one of them zero.
    return len(head) == 4 and (bool(head[0] and not head[1] and head[2] and not head[3])
                               or bool(not head[0] and head[1] and not head[2] and head[3]))


def _control(fields: list[str], names: tuple[str, ...]) -> str | None:
    """Why a row holding a control character (other than tab, CR or LF) is rejected, if it does.

    The row is rejected rather than cleaned: police.uk never writes one, so it marks a damaged
    file (a block of zero bytes after a crash, say), and the rest of the row is no safer.
    """
    for name, field in zip(names, fields, strict=True):
        found = control_character(field)
        if found:
            return f"the {name} holds a control character ({found})"
    return None


class PoliceUkFile:
    """An open police.uk file: `kind` from its header; `rows()` yields the good rows.

    `month` and `force` are those of the first good row; every row must be of that month.
    Counts of rejected and no-location rows, and the first rejections, build up as rows are read.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = path.name
        try:
            self._hasher = _CountingHasher(open(path, "rb"))  # noqa: SIM115 - closed by close()
        except FileNotFoundError:
            raise JagdeskError(f"There is no file at {path}.") from None
        except IsADirectoryError:
            raise JagdeskError(f"{path} is a folder, not a file.") from None
        except OSError as exc:
            raise JagdeskError(f"Cannot read {path}: {exc.strerror or exc}.") from None
        buffered = io.BufferedReader(self._hasher, 1 << 16)
        try:
            head = buffered.peek(4)[:4]
        except OSError as exc:
            self.close()
            raise JagdeskError(f"Cannot read {path}: {exc.strerror or exc}.") from None
        if is_utf16(head):
            self.close()
            raise NotPoliceUkError(f"{self.name} is UTF-16 text; save it as UTF-8, as police.uk "
                                   "gives it, and import it again.")
        # Decoding errors become U+FFFD: one damaged byte spoils a field, not the whole import.
        self._text = io.TextIOWrapper(buffered, encoding="utf-8-sig", errors="replace", newline="")
        self._lines = Lines(self._text)
        self._reader = csv.reader(self._lines)
        self.kind = self._read_header()
        self.columns = len(STREET_COLUMNS if self.kind == STREET else OUTCOMES_COLUMNS)
        self.month: str | None = None
        self.force: str | None = None
        self.good = 0
        self.rejected = 0
        self.no_location = 0
        self.rejections: list[Rejection] = []

    def _read_header(self) -> str:
        try:
            header = next(self._reader, None)
        except csv.Error:
            header = None
        except OSError as exc:
            self.close()
            raise JagdeskError(f"Cannot read {self.path}: {exc.strerror or exc}.") from None
        kind = _kind(header) if header else None
        if kind is None:
            self.close()
            what = "is empty" if header is None and self._hasher.count == 0 else (
                "does not start with the police.uk column header")
            raise NotPoliceUkError(
                f"{self.name} is not a police.uk street or outcomes file: it {what}; "
                "nothing was imported from it."
            )
        return kind

    @property
    def bytes_read(self) -> int:
        """How many bytes of the file have been read so far."""
        return self._hasher.count

    @property
    def sha256(self) -> str:
        """The file's sha256 (complete once every row has been read)."""
        return self._hasher.sha256.hexdigest()

    def _reject(self, line: int, reason: str) -> None:
        self.rejected += 1
        if len(self.rejections) < KEPT_REJECTIONS:
            self.rejections.append(Rejection(line, reason))

    def _month_problem(self, month: str) -> str:
        if not MONTH.match(month):
            return f"bad month '{month}' (YYYY-MM expected)"
        return f"the month {month} is not the file's month {self.month}"

    def rows(self) -> Iterator[Row]:
        """Every good row, in file order; rejected rows are counted and skipped."""
        for batch in self.batches(BATCH_ROWS):
            yield from batch

    def batches(self, size: int) -> Iterator[list[Row]]:
        """The good rows in lists of at most `size`, in file order."""
        for part in self.blocks(size):
            yield part if isinstance(part, list) else part.rows()

    def blocks(self, size: int) -> Iterator[list[Row] | Block]:
        """The good rows in file order: a wholly good plain chunk as one Block (its columns),
        other rows in lists of at most `size`.

        One tight loop per batch rather than a generator step per row, and no step per row at
        all for a Block: at a million rows the reading is a fair part of the import. Counts are
        up to date whenever a batch or block is handed out.
        """
        columns = self.columns
        limits = STREET_LIMITS if self.kind == STREET else OUTCOMES_LIMITS
        names = STREET_COLUMNS if self.kind == STREET else OUTCOMES_COLUMNS
        needs_ref = self.kind == OUTCOMES
        points: dict[tuple[str, str], Point | str | None] = {}
        month = self.month
        batch: list[Row] = []
        no_location = 0
        while True:
            first, split, rows = self._chunk_rows()
            if rows is None:
                break
            block = None if split is None or month is None else as_block(
                first, split, columns, month, limits, needs_ref, points, _point)
            if block is not None:
                if batch:  # the rows before it go first, in file order
                    self.good += len(batch)
                    self.no_location, no_location = self.no_location + no_location, 0
                    yield batch
                    batch = []
                self.good += len(block)
                self.no_location += block.points.count(None)
                yield block
                continue
            for line, fields in rows:
                if len(fields) != columns:
                    if type(fields) is tuple:  # what the csv module could not read, and why
                        self._reject(line, fields[0])
                    elif fields:  # a blank line is no row at all
                        few = "too few" if len(fields) < columns else "too many"
                        self._reject(line, f"{few} fields ({len(fields)} of {columns})")
                    continue
                # Nearly every row is printable text (a plain chunk is, whole); only the rest is
                # searched for control characters (a NUL would be refused by PostgreSQL later).
                if split is None and not "".join(fields).isprintable():
                    problem = _control(fields, names)
                    if problem:
                        self._reject(line, problem)
                        continue
                if fields[1] != month:
                    if month is None and MONTH.match(fields[1]):
                        month = self.month = fields[1]
                        self.force = fields[2]
                    else:
                        self._reject(line, self._month_problem(fields[1]))
                        continue
                lon_text, lat_text = fields[4], fields[5]
                if lon_text or lat_text:
                    point = points.get((lon_text, lat_text))
                    if point is None:
                        point = points[(lon_text, lat_text)] = _point(lon_text, lat_text)
                    if isinstance(point, str):
                        self._reject(line, point)
                        continue
                else:
                    point = None
                if needs_ref and not fields[0]:
                    self._reject(line, "no Crime ID")
                    continue
                # Nearly every row passes the quick test; only a long field needs the full one.
                if len(fields[LSOA_CODE]) > SHORT_LIMIT or max(map(len, fields)) > QUICK_LIMIT:
                    problem = _too_long(fields, limits)
                    if problem:
                        self._reject(line, problem)
                        continue
                if point is None:
                    no_location += 1
                # A tuple of strings (unlike the reader's list) drops out of the garbage
                # collector's sight: live batches then cost no repeated collections.
                batch.append((line, tuple(fields), point))
                if len(batch) >= size:
                    self.good += len(batch)
                    self.no_location, no_location = self.no_location + no_location, 0
                    yield batch
                    batch = []
        self.good += len(batch)
        self.no_location += no_location
        if batch:
            yield batch

    def _chunk_rows(self) -> tuple[int, list[list[str]] | None, Iterable[tuple[int, Any]] | None]:
        """The next chunk's first line, its fields if the chunk is plain (printable, unquoted:
        split without the csv module), and its rows with their first line numbers; None for the
        rows at the end.

        A row the csv module cannot read comes as a 1-tuple of its reason, in its place in line
        order. A quoted field across the chunk's end is read whole, into the next chunk.
        """
        lines = self._lines
        first = lines.count + 1
        split = lines.plain_rows()
        if split is not None:
            return first, split, zip(range(first, first + len(split)), split, strict=True)
        rows: list[tuple[int, Any]] = []
        start = first
        while True:
            fields: list[str] | tuple[str]
            try:
                fields = next(self._reader)
            except StopIteration:
                break
            except csv.Error as exc:
                fields = (f"cannot be read ({exc})",)
            rows.append((first, fields))
            first = lines.count + 1
            if not lines.in_chunk:
                break
        return start, None, rows if rows else None

    def close(self) -> None:
        self._hasher.close()

    def __enter__(self) -> PoliceUkFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
