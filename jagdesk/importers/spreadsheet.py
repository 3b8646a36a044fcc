"""Tables kept in spreadsheets (CSV or Excel .xlsx): the header and each row with its line number,
and columns found by name whatever their case, spaces or underscores."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from jagdesk.errors import JagdeskError

SUFFIXES = (".csv", ".xlsx")
DAY_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DAY_UK = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True)
class Sheet:
    """A table read from a file: its headings and rows (line number, cells as text)."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def key(heading: str) -> str:
    """A heading as it is matched: lower case, without spaces, underscores or dashes."""
    return re.sub(r"[\s_\-]+", "", heading.strip().lower())


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_lines(path: Path) -> Iterable[tuple[int, list[str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            for fields in reader:
                yield reader.line_num, fields
    except UnicodeDecodeError:
        raise JagdeskError(f"{path.name} is not UTF-8 text; save it as CSV UTF-8 or .xlsx.") from None
    except csv.Error as exc:
        raise JagdeskError(f"{path.name} could not be read as CSV: {exc}.") from None


def _xlsx_lines(path: Path) -> Iterable[tuple[int, list[str]]]:
    from openpyxl import load_workbook  # loaded only when a spreadsheet is read

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise JagdeskError(f"{path.name} could not be read as an Excel workbook: {exc}.") from None
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell(value) for value in values]
    finally:
        book.close()


def read_sheet(path: Path) -> Sheet:
    """The first sheet of an .xlsx file, or a CSV file; blank lines are left out."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise JagdeskError(f"{path.name} is not a .csv or .xlsx file.")
    if not path.is_file():
        raise JagdeskError(f"There is no file {path}.")
    lines = _csv_lines(path) if suffix == ".csv" else _xlsx_lines(path)
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    for number, fields in lines:
        cells = tuple(cell.strip() for cell in fields)
        if not any(cells):
            continue
        if header is None:
            header = cells
        else:
            rows.append((number, cells))
    if header is None:
        raise JagdeskError(f"{path.name} is empty: the first row must name the columns.")
    return Sheet(path.name, header, tuple(rows))


def parse_columns(text: str | None) -> dict[str, str]:
    """`--columns "urn=Ref,approved on=JP date"`: each wanted column's heading in the file."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        wanted, sep, heading = part.partition("=")
        if not sep or not wanted.strip() or not heading.strip():
            raise JagdeskError(f"--columns takes NAME=HEADING pairs separated by commas, not '{part}'.")
        mapping[key(wanted)] = heading.strip()
    return mapping


def find_columns(sheet: Sheet, wanted: Mapping[str, Sequence[str]],
                 named: Mapping[str, str]) -> dict[str, int]:
    """The index of each wanted column found: by the heading `named` gives it, else by any of its
    names; columns not found are left out."""
    index = {key(heading): number for number, heading in enumerate(sheet.header) if heading}
    found: dict[str, int] = {}
    for column, names in wanted.items():
        if key(column) in named:
            heading = named[key(column)]
            if key(heading) not in index:
                raise JagdeskError(f"{sheet.name} has no column '{heading}' (given for {column}).")
            found[column] = index[key(heading)]
            continue
        for name in names:
            if key(name) in index:
                found[column] = index[key(name)]
                break
    return found


def parse_day(text: str) -> date | None:
    """A date written YYYY-MM-DD or DD/MM/YYYY; None for an empty cell; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if "T" in text or " " in text:  # a spreadsheet's date and time: the date part
        text = text.replace("T", " ").split(" ")[0]
    if match := DAY_ISO.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := DAY_UK.match(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise ValueError(f"'{text}' is not a date written YYYY-MM-DD or DD/MM/YYYY")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"'{text}' is not a real date") from None
