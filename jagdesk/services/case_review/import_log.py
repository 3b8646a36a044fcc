"""`jagdesk import case-reviews`: the applications of a partnership's earlier log, so that the
yearly figures cover them. Rows that cannot be taken are refused by line, the others imported;
with all_or_nothing, one refused row keeps the whole file out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from jagdesk.domain.case_review.rules import application_errors, review_errors
from jagdesk.domain.case_review.threshold import Complaint, assess_threshold
from jagdesk.errors import JagdeskError
from jagdesk.importers.case_reviews import LoggedApplication, read_log
from jagdesk.importers.policeuk import Rejection
from jagdesk.store.models import CaseReviewApplication, CaseReviewComplaint
from jagdesk.store.models.case_review import settings_in_force
from jagdesk.store.uow import UnitOfWork

# Why an imported application reviewed in spite of its complaints counts as met.
REVIEWED_BEFORE = "A review was held (from the partnership's earlier log)."


@dataclass(frozen=True)
class CaseReviewImportSummary:
    """What an import of the log did."""

    file_name: str
    imported: int
    rejected: int
    rejections: tuple[Rejection, ...]

    def sentence(self) -> str:
        refused = f"; {self.rejected} rows refused" if self.rejected else ""
        return f"{self.file_name}: {self.imported} case review applications imported{refused}."


def _problem(row: LoggedApplication, taken: set[str], today: date) -> str | None:
    if row.reference.upper() in taken:
        return f"case review {row.reference} is in the store already"
    complaints = [Complaint(incident, reported) for incident, reported in row.complaints]
    errors = application_errors(row.received_on, complaints, "", "", today)
    errors.update(review_errors(True, row.received_on, row.review_held_on, None, today))
    if errors:
        first = next(iter(errors.values()))
        return first[0].lower() + first[1:].rstrip(".")
    return None


def import_case_reviews(uow: UnitOfWork, path: Path, all_or_nothing: bool = False,
                        today: date | None = None) -> CaseReviewImportSummary:
    """Import the log at `path` in one transaction."""
    day = today or date.today()
    rows, refused = read_log(path, day)
    settings, _version = settings_in_force(uow.session)
    taken = set(uow.session.scalars(select(func.upper(CaseReviewApplication.reference))))
    imported = 0
    for row in rows:
        problem = _problem(row, taken, day)
        if problem:
            refused.append(Rejection(row.line, problem))
            continue
        taken.add(row.reference.upper())
        complaints = [Complaint(i, r, hate_incident=row.hate_incident) for i, r in row.complaints]
        met = assess_threshold(row.received_on, complaints, settings).met
        held = row.review_held_on is not None
        uow.session.add(CaseReviewApplication(
            reference=row.reference, received_on=row.received_on, from_log=True,
            decision_met=met or held, other_grounds="" if met or not held else REVIEWED_BEFORE,
            review_held_on=row.review_held_on, recorded_recommendations=row.recommendations,
            complaints=[CaseReviewComplaint(incident_on=i, reported_on=r, hate_incident=row.hate_incident)
                        for i, r in row.complaints]))
        imported += 1
    refused.sort(key=lambda r: r.line)
    if refused and all_or_nothing:
        raise JagdeskError(f"Nothing was imported: {len(refused)} rows of {path.name} were refused, the "
                           f"first at line {refused[0].line}: {refused[0].reason}.")
    uow.commit()
    return CaseReviewImportSummary(path.name, imported, len(refused), tuple(refused))
