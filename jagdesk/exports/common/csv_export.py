"""Any table to a CSV file that opens safely in a spreadsheet."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from jagdesk.errors import JagdeskError

# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...), +cmd|...),
# and a leading tab or carriage return can hide such a cell's start: OWASP's list for CSV injection.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class Table(Protocol):
    """What every table the app shows can give: column headings and rows of cells."""

    def header(self) -> list[str]: ...

    def body(self) -> list[list[object]]: ...


def safe_cell(value: object) -> str:
    """A cell's text, with a ' put before text a spreadsheet would run as a formula.

    Numbers stay numbers (-12 is not a formula, and the reader must be able to add them up);
    only text is guarded, including text that looks like a negative number ("-5%").
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """The table as CSV text (CRLF line ends, as RFC 4180 and Excel expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(cell) for cell in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> Path:
    """Write the table to `path` whole or not at all; a BOM so that Excel reads UTF-8 names."""
    text = csv_text(header, rows)
    path = Path(path)
    try:
        # A temporary file beside the target, then a rename: a failed export never leaves half a file.
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
                out.write(text)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise JagdeskError(f"{path} could not be written: {exc.strerror or exc}.") from None
    return path


def write_table(path: Path, table: Table) -> Path:
    """Write a statistics table (monthly counts, year-on-year, baseline...) to `path`."""
    return write_csv(path, table.header(), table.body())
