"""The ASB case review figures in the pack's statistics: the year (April to March) of the
meeting so far, counts only; left out while the year has no applications."""

from __future__ import annotations

from datetime import date

from jagdesk.domain.case_review.documents import count_figures, financial_year
from jagdesk.domain.meetings.vocabulary import StatsTable
from jagdesk.store.models.case_review import figure_facts, settings_in_force
from jagdesk.store.uow import UnitOfWork


def case_review_table(uow: UnitOfWork, held_on: date | None, today: date) -> tuple[StatsTable, ...]:
    """The year's figures up to the meeting day, as a statistics table (none without applications)."""
    day = min(held_on or today, today)
    first, _last = financial_year(day)
    settings, _version = settings_in_force(uow.session)
    figures = count_figures(figure_facts(uow.session, first, day), settings, first, day, day)
    if not figures.applications:
        return ()
    rows = tuple(tuple("" if cell == "" else str(cell) for cell in row) for row in figures.body())
    return (StatsTable(title=figures.title, columns=tuple(figures.header()), rows=rows,
                       kind="case review"),)
