"""Importing an existing RIPA register from a spreadsheet (CSV or .xlsx): each row checked against
every rule first; rows that break one are reported by line, the rest saved in one transaction (or
nothing at all when the caller asks for all or nothing)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jagdesk.domain.cctv.ripa import threshold_problem
from jagdesk.domain.cctv.ripa_dates import periods
from jagdesk.domain.cctv.ripa_refusals import cancellation_problem, renewal_problem, review_problem
from jagdesk.errors import JagdeskError
from jagdesk.importers.spreadsheet import Sheet, find_columns, parse_day, read_sheet
from jagdesk.services.cctv.authorisations import ApplicationInput, add_application
from jagdesk.services.cctv.officers import find_offence, officer_named
from jagdesk.services.cctv.ripa_lifecycle import add_review, cancel, record_decision, renew
from jagdesk.store.models import AuthorisingOfficer, RipaAuthorisation
from jagdesk.store.uow import UnitOfWork

COLUMNS: dict[str, tuple[str, ...]] = {
    "urn": ("URN", "Reference", "Unique reference number"),
    "operation": ("Operation", "Operation title"),
    "offence": ("Offence",),
    "officer": ("Authorising officer", "Officer"),
    "grade": ("Grade",),
    "approved on": ("Approved on", "JP approval", "Magistrate approval"),
    "magistrate": ("Magistrate", "JP"),
    "reviews": ("Reviews", "Review dates"),
    "renewals": ("Renewals", "Renewal dates"),
    "cancelled on": ("Cancelled on", "Cancelled", "Cancellation date"),
}
REQUIRED = ("urn", "operation", "offence", "officer")


@dataclass(frozen=True)
class RegisterRow:
    """One row of the file, read and checked."""

    line: int
    urn: str
    operation: str
    offence: str
    officer: str
    grade: str
    approved_on: date | None
    magistrate: str
    reviews: tuple[date, ...]
    renewals: tuple[date, ...]
    cancelled_on: date | None


@dataclass
class RegisterImport:
    """What an import did: rows saved, officers added, and each refused row's line and reason."""

    file_name: str
    imported: int = 0
    officers_added: list[str] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    saved: bool = True

    def sentences(self) -> list[str]:
        kept = (f"{self.file_name}: {self.imported} authorisations imported"
                if self.saved else f"{self.file_name}: nothing imported")
        lines = [f"{kept}, {len(self.refused)} rows refused."]
        lines += [f"Authorising officer added to the list: {name}." for name in self.officers_added]
        lines += [f"  line {line}: {reason}" for line, reason in self.refused]
        return lines


def _dates(text: str) -> tuple[date, ...]:
    found = [parse_day(part) for part in text.replace(",", ";").split(";")]
    return tuple(sorted(day for day in found if day is not None))


def _read_row(line: int, cells: tuple[str, ...], columns: Mapping[str, int]) -> RegisterRow:
    def cell(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    for name in REQUIRED:
        if not cell(name):
            raise ValueError(f"the {name} is missing")
    return RegisterRow(line, cell("urn"), cell("operation"), cell("offence"), cell("officer"),
                       cell("grade"), parse_day(cell("approved on")), cell("magistrate"),
                       _dates(cell("reviews")), _dates(cell("renewals")),
                       parse_day(cell("cancelled on")))


def _rule_problem(uow: UnitOfWork, row: RegisterRow, seen: set[str]) -> str | None:
    """The first rule the row breaks, or None."""
    urn = row.urn.upper()
    if urn in seen:
        return f"the URN {row.urn} appears twice in the file"
    if uow.session.scalar(select(func.count()).where(func.upper(RipaAuthorisation.urn) == urn)):
        return f"the URN {row.urn} is already in the register; a URN is never used twice"
    try:
        offence = find_offence(uow, row.offence)
    except JagdeskError as exc:
        return str(exc)
    if problem := threshold_problem(offence):
        return problem
    if row.approved_on is None:
        if row.reviews or row.renewals or row.cancelled_on:
            return "reviews, renewals or a cancellation are given without the approval date"
        return None
    chain = periods(row.approved_on, 0)
    for renewal in row.renewals:
        problem = renewal_problem(row.approved_on, chain[-1].ends_on, None, renewal)
        if problem:
            return problem
        chain = periods(row.approved_on, len(chain))
    for review in row.reviews:
        if problem := review_problem(row.approved_on, chain[-1].ends_on, row.cancelled_on, review):
            return problem
    if row.cancelled_on is not None:
        if row.renewals and row.cancelled_on < row.renewals[-1]:
            return "the cancellation is dated before the last renewal"
        return cancellation_problem(row.approved_on, None, row.cancelled_on, "imported")
    return None


def _officer(uow: UnitOfWork, row: RegisterRow, report: RegisterImport) -> AuthorisingOfficer:
    officer = officer_named(uow, row.officer)
    if officer is None:
        officer = AuthorisingOfficer(name=row.officer, grade=row.grade)
        uow.session.add(officer)
        uow.session.flush()
        report.officers_added.append(f"{row.officer} ({row.grade})" if row.grade else row.officer)
    return officer


def _save(uow: UnitOfWork, row: RegisterRow, report: RegisterImport) -> None:
    officer = _officer(uow, row, report)
    saved = add_application(uow, ApplicationInput(row.operation, row.offence, officer.id, urn=row.urn),
                            commit=False)
    if row.approved_on is None:
        return
    record_decision(uow, saved.id, None, "approved", row.approved_on, magistrate=row.magistrate,
                    commit=False)
    for renewal in row.renewals:
        renew(uow, saved.id, None, renewal, row.magistrate, commit=False)
    for review in row.reviews:
        add_review(uow, saved.id, None, review, row.officer, commit=False)
    if row.cancelled_on is not None:
        cancel(uow, saved.id, None, row.cancelled_on, row.officer,
               "Cancelled (recorded in the imported register).", commit=False)


def _rows(uow: UnitOfWork, sheet: Sheet, named: Mapping[str, str],
          report: RegisterImport) -> list[RegisterRow]:
    columns = find_columns(sheet, COLUMNS, named)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise JagdeskError(f"{sheet.name} has no column for the {' or the '.join(missing)}; "
                           "name it with --columns (for example --columns \"urn=Ref\").")
    good: list[RegisterRow] = []
    seen: set[str] = set()
    for line, cells in sheet.rows:
        try:
            row = _read_row(line, cells, columns)
        except ValueError as exc:
            report.refused.append((line, str(exc)))
            continue
        problem = _rule_problem(uow, row, seen)
        seen.add(row.urn.upper())
        if problem:
            report.refused.append((line, problem))
        else:
            good.append(row)
    return good


def import_register(uow: UnitOfWork, path: Path, named: Mapping[str, str] | None = None,
                    all_or_nothing: bool = False) -> RegisterImport:
    """Import the register in `path`; `named` maps a column to its heading in the file."""
    sheet = read_sheet(path)
    report = RegisterImport(sheet.name)
    good = _rows(uow, sheet, named or {}, report)
    if all_or_nothing and report.refused:
        report.saved = False
        return report
    for row in good:
        _save(uow, row, report)
    report.imported = len(good)
    uow.commit()
    return report
