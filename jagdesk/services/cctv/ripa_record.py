"""The central record of authorisations for a period, as IPCO inspects it, and the yearly figures
for the annual return and the elected members' review (a year with none reports zeros)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jagdesk.domain.cctv.ripa_register import MARKING, CentralRecord, YearlyReturn
from jagdesk.domain.cctv.ripa_rows import AuthorisationRow
from jagdesk.domain.common.marking import Marking
from jagdesk.services.cctv.authorisations import list_authorisations
from jagdesk.services.common.access import record_export
from jagdesk.store.uow import UnitOfWork


def _start(row: AuthorisationRow) -> date | None:
    return row.authorised_on or row.decided_on


def _in_period(row: AuthorisationRow, first: date, last: date) -> bool:
    start = _start(row)
    if start is None:
        return True  # an application with no date yet is always shown: it needs a decision
    finish = max(day for day in (start, row.ends_on, row.cancelled_on) if day is not None)
    return start <= last and finish >= first


def central_record(uow: UnitOfWork, first: date, last: date,
                   today: date | None = None) -> CentralRecord:
    """The register for the period: oldest first by URN."""
    day = today or date.today()
    rows = [row for row in list_authorisations(uow, day) if _in_period(row, first, last)]
    rows.sort(key=lambda row: (_start(row) or date.max, row.urn))
    return CentralRecord(first, last, day, tuple(rows))


def yearly_return(uow: UnitOfWork, year: int, today: date | None = None) -> YearlyReturn:
    """The year's figures: applications decided, granted and refused by the magistrate, renewals
    approved, cancellations, and authorisations whose last day passed without cancellation."""
    day = today or date.today()
    rows = list_authorisations(uow, day)

    def in_year(value: date | None) -> bool:
        return value is not None and value.year == year

    decided = [row for row in rows if in_year(row.decided_on)]
    return YearlyReturn(
        year=year,
        applications=len([row for row in rows if in_year(_start(row))]),
        granted=len([row for row in decided if row.decision == "approved"]),
        refused_by_magistrate=len([row for row in decided if row.decision == "refused"]),
        renewed=sum(1 for row in rows for renewal in row.renewals if in_year(renewal.approved_on)),
        cancelled=len([row for row in rows if in_year(row.cancelled_on) and not row.lapsed]),
        lapsed=len([row for row in rows if row.lapsed and in_year(row.ends_on)]),
    )


def export_central_record(uow: UnitOfWork, first: date, last: date, path: Path,
                          today: date | None = None) -> CentralRecord:
    """The register for the period to write to `path`, its export recorded in the access log."""
    record = central_record(uow, first, last, today)
    record_export(uow, f"RIPA central record {first.isoformat()} to {last.isoformat()}", MARKING,
                  False, path, kind="ripa_authorisation")
    return record


def export_yearly_return(uow: UnitOfWork, year: int, path: Path | None = None,
                         today: date | None = None) -> YearlyReturn:
    """The year's figures to write to `path` (or to show), their export recorded in the access
    log: counts only, for the Investigatory Powers Commissioner, so OFFICIAL."""
    figures = yearly_return(uow, year, today)
    record_export(uow, f"RIPA yearly return {year}", Marking.OFFICIAL.value, False, path,
                  kind="ripa_authorisation")
    return figures
