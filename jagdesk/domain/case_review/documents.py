"""What the case review's documents are written from: the published figures and the letter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jagdesk.domain.case_review.settings import CaseReviewSettings
from jagdesk.domain.case_review.timescales import Progress, Step, timescales
from jagdesk.domain.common.day_text import day_text

# Where a year of figures starts: the financial year, April to March.
YEAR_STARTS = 4


@dataclass(frozen=True)
class StepFigure:
    """How many times a step was done in time, of the times it was done or fell due."""

    step: str
    label: str
    met: int
    of: int


@dataclass(frozen=True)
class CaseReviewFigures:
    """The published figures for the applications received from `first` to `last`."""

    first: date
    last: date
    applications: int
    thresholds_met: int
    reviews_held: int
    reviews_with_recommendations: int
    timescales: tuple[StepFigure, ...]

    @property
    def title(self) -> str:
        return f"ASB case reviews, {day_text(self.first)} to {day_text(self.last)}"

    def header(self) -> list[str]:
        return ["Measure", "Number", "Out of"]

    def body(self) -> list[list[object]]:
        """A row per figure: the counts, then each timescale met out of how many."""
        rows: list[list[object]] = [
            ["Applications received", self.applications, ""],
            ["Applications that met the threshold", self.thresholds_met, self.applications],
            ["Case reviews held", self.reviews_held, self.thresholds_met],
            ["Case reviews that led to recommendations", self.reviews_with_recommendations,
             self.reviews_held]]
        rows += [[figure.label, figure.met, figure.of] for figure in self.timescales]
        return rows


@dataclass(frozen=True)
class LetterRecommendation:
    description: str
    owner: str
    due: str


@dataclass(frozen=True)
class CaseReviewLetter:
    """Every field a letter template may name (as {{ reference }} and so on)."""

    reference: str
    today: str
    applicant: str
    received_on: str
    decision: str  # "met", "not met" or "" (not decided yet)
    reason: str
    contact: str
    review_held_on: str
    review_summary: str
    recommendations: tuple[LetterRecommendation, ...]


@dataclass(frozen=True)
class ApplicationFacts:
    """What the published figures count of one application."""

    progress: Progress
    threshold_met: bool  # decided met, or found met by the PCC
    recommendations: int


def financial_year(today: date) -> tuple[date, date]:
    """The year, April to March, that `today` falls in."""
    year = today.year if today.month >= YEAR_STARTS else today.year - 1
    return date(year, YEAR_STARTS, 1), date(year + 1, YEAR_STARTS - 1, 31)


def _step_labels(settings: CaseReviewSettings) -> dict[str, str]:
    return {Step.ACKNOWLEDGE: f"Acknowledged within {settings.acknowledge_days} working days",
            Step.DECIDE: f"Threshold decided within {settings.decide_days} working days",
            Step.REVIEW: f"Reviews held within {settings.review_days} working days of the decision",
            Step.OUTCOME: f"Outcomes sent within {settings.outcome_days} working days of the review"}


def count_figures(facts: list[ApplicationFacts], settings: CaseReviewSettings, first: date, last: date,
                  today: date) -> CaseReviewFigures:
    """The figures of the applications received from `first` to `last`; a step counts once it
    was taken or fell due."""
    chosen = [f for f in facts if first <= f.progress.received_on <= last]
    met = {step.value: 0 for step in Step}
    of = dict(met)
    for fact in chosen:
        for step in timescales(fact.progress, today, settings):
            if step.met is not None:
                of[step.step] += 1
                met[step.step] += step.met
    held = [f for f in chosen if f.progress.review_held_on is not None]
    labels = _step_labels(settings)
    return CaseReviewFigures(first, last, len(chosen), sum(f.threshold_met for f in chosen), len(held),
                             sum(f.recommendations > 0 for f in held),
                             tuple(StepFigure(step.value, labels[step], met[step.value], of[step.value])
                                   for step in Step))
