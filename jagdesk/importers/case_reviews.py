"""A partnership's existing log of ASB case reviews, as a CSV or Excel (.xlsx) file: one row per
application, columns found by their header (Reference, Received on, Hate incident, Incident dates,
Reported dates, Review held on, Recommendations). A row that cannot be read is refused with its
line and the reason; the others are read."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from jagdesk.domain.common.day_text import day_problem, read_day
from jagdesk.errors import JagdeskError
from jagdesk.importers.policeuk import Rejection

REQUIRED = ("Reference", "Received on", "Incident dates", "Reported dates")
OPTIONAL = ("Hate incident", "Review held on", "Recommendations")
YES, NO = {"yes", "y", "true", "1"}, {"no", "n", "false", "0", ""}


@dataclass(frozen=True)
class LoggedApplication:
    """One row of the log, read."""

    line: int
    reference: str
    received_on: date
    hate_incident: bool
    complaints: tuple[tuple[date, date], ...]  # (incident, reported)
    review_held_on: date | None
    recommendations: int


class RowProblem(Exception):
    """Why a row cannot be read (one sentence)."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else str(value).strip()


def _day(text: str, what: str, today: date) -> date:
    found = read_day(text, today)
    if found is None:
        raise RowProblem(day_problem(text, what))
    return found


def _days(text: str, what: str, today: date) -> list[date]:
    return [_day(part, what, today) for part in text.split(";") if part.strip()]


def _row(line: int, cells: dict[str, str], today: date) -> LoggedApplication:
    reference = cells["Reference"]
    if not reference:
        raise RowProblem("the reference is empty")
    received = _day(cells["Received on"], "date received", today)
    incidents = _days(cells["Incident dates"], "incident date", today)
    reported = _days(cells["Reported dates"], "reported date", today)
    if len(incidents) != len(reported):
        raise RowProblem(f"{len(incidents)} incident dates but {len(reported)} reported dates: give "
                         "one pair per complaint")
    hate = cells.get("Hate incident", "").lower()
    if hate not in YES | NO:
        raise RowProblem(f"'{cells['Hate incident']}' is not yes or no (Hate incident)")
    held_text = cells.get("Review held on", "")
    held = _day(held_text, "review date", today) if held_text else None
    count_text = cells.get("Recommendations", "") or "0"
    if not count_text.removesuffix(".0").isdigit():
        raise RowProblem(f"'{count_text}' is not a number of recommendations")
    pairs = tuple(zip(incidents, reported, strict=True))
    return LoggedApplication(line, reference, received, hate in YES, pairs, held,
                             int(count_text.removesuffix(".0")))


def _csv_rows(path: Path) -> Iterator[list[Any]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.reader(handle)


def _xlsx_rows(path: Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        for values in book.worksheets[0].iter_rows(values_only=True):
            yield list(values)
    finally:
        book.close()


def read_log(path: Path, today: date) -> tuple[list[LoggedApplication], list[Rejection]]:
    """Every row of the log that can be read, and a refusal for each that cannot. JagdeskError
    when the file cannot be read at all or lacks a column."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise JagdeskError(f"{path.name} is not a .csv or .xlsx file.")
    try:
        rows = list(_xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path))
    except (OSError, UnicodeDecodeError, ValueError, KeyError) as error:
        raise JagdeskError(f"{path.name} could not be read: {error}.") from None
    if not rows:
        raise JagdeskError(f"{path.name} is empty.")
    header = [_text(cell) for cell in rows[0]]
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise JagdeskError(f"{path.name} has no column " + ", ".join(f"'{m}'" for m in missing) + ".")
    read: list[LoggedApplication] = []
    refused: list[Rejection] = []
    for line, values in enumerate(rows[1:], start=2):
        texts = [_text(cell) for cell in values]
        if not any(texts):
            continue
        cells = {name: texts[i] if i < len(texts) else "" for i, name in enumerate(header)
                 if name in REQUIRED or name in OPTIONAL}
        try:
            read.append(_row(line, cells, today))
        except RowProblem as problem:
            refused.append(Rejection(line, str(problem)))
    return read, refused
