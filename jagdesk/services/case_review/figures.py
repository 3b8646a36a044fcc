"""The yearly figures a council publishes on ASB case reviews: applications, thresholds met,
reviews held, reviews that led to recommendations, and the timescales met. Counts only: no
names, no addresses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jagdesk.domain.case_review.documents import CaseReviewFigures, count_figures, financial_year
from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.common.marking import Marking
from jagdesk.errors import JagdeskError
from jagdesk.services.common.access import record_export
from jagdesk.store.models.case_review import figure_facts, settings_in_force
from jagdesk.store.uow import UnitOfWork


def case_review_figures(uow: UnitOfWork, first: date | None = None, last: date | None = None,
                        today: date | None = None) -> CaseReviewFigures:
    """The figures for the applications received from `first` to `last` (by default the financial
    year of `today`)."""
    day = today or date.today()
    start, end = financial_year(day)
    first, last = first or start, last or end
    if last < first:
        raise JagdeskError(f"The period ends ({day_text(last)}) before it starts ({day_text(first)}).")
    settings, _version = settings_in_force(uow.session)
    return count_figures(figure_facts(uow.session, first, last), settings, first, last, day)


def export_case_review_figures(uow: UnitOfWork, first: date | None = None, last: date | None = None,
                               path: Path | None = None, today: date | None = None) -> CaseReviewFigures:
    """The figures to write to `path` (or to show), their export recorded in the access log: the
    counts the partnership publishes, so OFFICIAL and public."""
    figures = case_review_figures(uow, first, last, today)
    record_export(uow, figures.title, Marking.OFFICIAL.value, True, path,
                  kind="case_review_application")
    return figures
