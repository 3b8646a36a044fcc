"""Registers kept in spreadsheets: a CSV or an Excel (.xlsx) file's rows by header.

Headers are matched ignoring case, spaces, underscores and hyphens ("Date of birth", "DATE_OF_BIRTH"
and "dateofbirth" are one column); a header the file spells otherwise is named with a mapping
(column -> the file's header). Each row keeps its line in the file (the header is line 1), so that
a refusal can say where to look. Cells are text; Excel's dates and numbers are written as text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jagdesk.domain.common.validation import control_character
from jagdesk.errors import JagdeskError

_NOISE = re.compile(r"[\s_\-]+")
SUFFIXES = (".csv", ".xlsx")


def header_key(text: str) -> str:
    """A header as compared: "Date of birth" -> "dateofbirth"."""
    return _NOISE.sub("", text).casefold()


@dataclass(frozen=True)
class SheetRow:
    """One row of the register: its line in the file and its cells by header key."""

    line: int
    cells: dict[str, str]
    problem: str = ""  # why the row cannot be read at all (a control character in a cell)

    def get(self, key: str) -> str:
        return self.cells.get(key, "")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_rows(path: Path) -> Iterator[list[str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.reader(handle)
    except UnicodeDecodeError:
        raise JagdeskError(f"{path.name} is not UTF-8 text: save it from the spreadsheet as "
                           "'CSV UTF-8' and try again.") from None


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook  # loaded only when an Excel file is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise JagdeskError(f"{path.name} could not be read as an Excel workbook ({exc}).") from None
    try:
        sheet = book.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield [_text(value) for value in values]
    finally:
        book.close()


def read_register(path: Path, columns: Mapping[str, str] | None = None) -> tuple[list[str], list[SheetRow]]:
    """The file's header keys and its rows (blank rows skipped), with `columns` (our column ->
    the file's header) applied. JagdeskError for a file that cannot be read at all."""
    if path.suffix.lower() not in SUFFIXES:
        raise JagdeskError(f"{path.name} is not a .csv or .xlsx file.")
    if not path.is_file():
        raise JagdeskError(f"There is no file {path}.")
    renamed = {header_key(theirs): header_key(ours) for ours, theirs in (columns or {}).items()}
    lines = _csv_rows(path) if path.suffix.lower() == ".csv" else _xlsx_rows(path)
    header: list[str] | None = None
    rows: list[SheetRow] = []
    for line, values in enumerate(lines, start=1):
        cells = [_text(value) for value in values]
        if header is None:
            if not any(cells):
                continue
            header = [renamed.get(header_key(cell), header_key(cell)) for cell in cells]
            continue
        if not any(cells):
            continue
        bad = next((control_character(cell) for cell in cells if control_character(cell)), None)
        found = {key: cell for key, cell in zip(header, cells, strict=False) if key}
        rows.append(SheetRow(line, found, f"a cell holds a {bad} control character." if bad else ""))
    if header is None:
        raise JagdeskError(f"{path.name} is empty: the first row must name the columns.")
    for ours, theirs in (columns or {}).items():
        if header_key(ours) not in header:
            raise JagdeskError(f"{path.name} has no column '{theirs}' (given with --columns for "
                               f"{ours}); its columns are: {', '.join(header)}.")
    return header, rows
