"""The letter to the applicant: what the partnership's Word template is filled with."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from jagdesk import paths
from jagdesk.domain.case_review.documents import CaseReviewLetter, LetterRecommendation
from jagdesk.domain.common.day_text import day_text
from jagdesk.domain.common.marking import Marking
from jagdesk.services.case_review.applications import get_case_review
from jagdesk.services.common.access import record_export
from jagdesk.store.uow import UnitOfWork

# The partnership's own template, in the data folder, else the one shipped.
TEMPLATE_NAME = "case_review_letter.docx"


def letter_template() -> Path:
    """The template the letter is written from: the partnership's edited copy in the data folder
    (templates/case_review_letter.docx), else the default shipped with JAGDesk."""
    own = paths.data_dir() / "templates" / TEMPLATE_NAME
    return own if own.is_file() else paths.resources_dir() / "templates" / TEMPLATE_NAME


def build_letter(uow: UnitOfWork, application_id: uuid.UUID, today: date | None = None) -> CaseReviewLetter:
    """The letter's fields for one application as of `today`."""
    day = today or date.today()
    detail = get_case_review(uow, application_id, day)
    row = detail.row
    decision = ("met" if row.threshold_met else "not met") if row.decided else ""
    return CaseReviewLetter(
        detail.reference, day_text(day), detail.applicant or "the applicant", day_text(row.received_on),
        decision, row.reason, detail.contact,
        day_text(detail.review_held_on) if detail.review_held_on else "", detail.review_summary,
        tuple(LetterRecommendation(r.description, r.owner, day_text(r.due_on) if r.due_on else "")
              for r in detail.recommendations))


def export_letter(uow: UnitOfWork, application_id: uuid.UUID, path: Path,
                  today: date | None = None) -> CaseReviewLetter:
    """The letter to write to `path` (as build_letter): it names the applicant, so its export is
    recorded in the access log."""
    letter = build_letter(uow, application_id, today)
    record_export(uow, f"Case review {letter.reference} letter", Marking.OFFICIAL_SENSITIVE.value, False,
                  path, application_id, "case_review_application")
    return letter
