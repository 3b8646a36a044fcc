"""The case review's documents read back: the published figures as CSV and a one-page PDF, the
figures in the meeting pack's statistics, and the letter to the applicant from the template."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import docx
import pypdf

from jagdesk.exports.case_review.figures_pdf import write_figures_pdf
from jagdesk.exports.case_review.letter_docx import write_letter_docx
from jagdesk.exports.common.csv_export import write_table
from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
from jagdesk.services.case_review.applications import ApplicationInput, ComplaintInput, save_case_review
from jagdesk.services.case_review.decisions import acknowledge, decide
from jagdesk.services.case_review.figures import case_review_figures
from jagdesk.services.case_review.letter import build_letter, letter_template
from jagdesk.services.case_review.review import add_recommendation, arrange_review_meeting, record_review
from jagdesk.services.meetings import MeetingInput, ensure_meeting_types, list_meeting_types, save_meeting
from jagdesk.services.meetings.pack.pack import build_meeting_pack
from jagdesk.services.problem_solving.actions import ActionInput
from jagdesk.store.opening import Store

TODAY = date(2027, 3, 20)
THREE = tuple(ComplaintInput(date(2026, m, 1), date(2026, m, 2)) for m in (9, 10, 11))


def _year_of_applications(store: Store) -> str:
    """Three applications in 2026-27: one reviewed with a recommendation, one not met, one met
    through a hate incident and not yet reviewed. The first's reference."""
    with store.unit_of_work("officer") as uow:
        met = save_case_review(uow, ApplicationInput(date(2026, 12, 18), THREE, "Noise",
                                                     applicant_name="Jo Bloggs"), today=TODAY)
        met = acknowledge(uow, met.id, met.version, date(2027, 1, 5), today=TODAY)
        met = decide(uow, met.id, met.version, date(2027, 1, 12), today=TODAY)
        met = arrange_review_meeting(uow, met.id, met.version, date(2027, 2, 3), today=TODAY)
        add_recommendation(uow, met.id, met.version, ActionInput("Move the bins", due_on=date(2027, 4, 1)),
                           today=TODAY)
        met = record_review(uow, met.id, met.version + 1, date(2027, 2, 3), "A plan was agreed.",
                            outcome_sent_on=date(2027, 2, 8), today=TODAY)
        two = save_case_review(uow, ApplicationInput(date(2027, 1, 4), THREE[1:]), today=TODAY)
        decide(uow, two.id, two.version, date(2027, 1, 8), today=TODAY)
        save_case_review(uow, ApplicationInput(date(2026, 11, 20), (
            ComplaintInput(date(2026, 11, 1), date(2026, 11, 2), hate_incident=True),)), today=TODAY)
        # Received before April: last year's, not counted in this year's figures.
        save_case_review(uow, ApplicationInput(date(2026, 3, 20), (
            ComplaintInput(date(2026, 3, 1), date(2026, 3, 2)),)), today=TODAY)
        return met.reference


def test_the_figures_read_back_from_csv_and_pdf(store: Store, tmp_path: Path) -> None:
    _year_of_applications(store)
    with store.unit_of_work() as uow:
        figures = case_review_figures(uow, today=TODAY)
    assert (figures.first, figures.last) == (date(2026, 4, 1), date(2027, 3, 31))
    assert (figures.applications, figures.thresholds_met, figures.reviews_held,
            figures.reviews_with_recommendations) == (3, 1, 1, 1)
    write_table(tmp_path / "figures.csv", figures)
    with (tmp_path / "figures.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[:5] == [["Measure", "Number", "Out of"], ["Applications received", "3", ""],
                        ["Applications that met the threshold", "1", "3"], ["Case reviews held", "1", "1"],
                        ["Case reviews that led to recommendations", "1", "1"]]
    # Acknowledged: one in time; the other two are past their 10 working days unacknowledged.
    assert rows[5] == ["Acknowledged within 10 working days", "1", "3"]
    assert rows[8] == ["Outcomes sent within 5 working days of the review", "1", "1"]
    write_figures_pdf(figures, tmp_path / "figures.pdf")
    reader = pypdf.PdfReader(tmp_path / "figures.pdf")
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "ASB case reviews, 1 Apr 2026 to 31 Mar 2027" in text
    assert "Case reviews that led to recommendations 1 1" in text
    assert "OFFICIAL" in text and "Jo Bloggs" not in text
    with store.unit_of_work() as uow:
        older = case_review_figures(uow, date(2026, 1, 1), date(2026, 12, 31), today=TODAY)
    assert older.applications == 3


def test_the_figures_are_in_the_meeting_pack(store: Store, tmp_path: Path) -> None:
    _year_of_applications(store)
    with store.unit_of_work() as uow:
        ensure_meeting_types(uow)
        uow.commit()
        jag = next(t for t in list_meeting_types(uow) if t.name == "JAG")
        meeting = save_meeting(uow, MeetingInput("Hertsmere JAG, March 2027", jag.id, held_on=TODAY))
        pack = build_meeting_pack(uow, meeting.id, today=TODAY)
        public = build_meeting_pack(uow, meeting.id, public=True, today=TODAY)
    [table] = pack.statistics
    assert table.kind == "case review" and ("Applications received", "3", "") in table.rows
    assert public.statistics[0].rows == table.rows
    write_pack_pdf(pack, tmp_path / "pack.pdf")
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "pack.pdf").pages).split())
    assert "The store holds no police.uk street data" in text
    assert "ASB case reviews, 1 Apr 2026 to 20 Mar 2027" in text


def test_the_letter_from_the_shipped_template(store: Store, tmp_path: Path) -> None:
    reference = _year_of_applications(store)
    with store.unit_of_work() as uow:
        from jagdesk.services.case_review.applications import find_case_review

        letter = build_letter(uow, find_case_review(uow, reference).id, today=TODAY)
    assert letter_template().name == "case_review_letter.docx"
    write_letter_docx(letter, letter_template(), tmp_path / "letter.docx")
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "letter.docx")).paragraphs)
    assert "Dear Jo Bloggs," in text
    assert "which we received on 18 Dec 2026" in text
    assert "the threshold for a case review is met" in text
    assert "The partners reviewed your case on 3 Feb 2027. A plan was agreed." in text
    assert "Move the bins, by 1 Apr 2027" in text
    assert "{{" not in text and "{%" not in text
