"""The published figures as a one-page A4 PDF for the council's website: the table of counts,
marked OFFICIAL (it names no one)."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

from jagdesk.domain.case_review.documents import CaseReviewFigures
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import paragraph, sample_styles
from jagdesk.exports.common.marked_canvas import MarkedCanvas
from jagdesk.exports.common.pdf_tables import grid_table

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
TOP, BOTTOM = 22 * mm, 22 * mm
FRAME_W = PAGE_W - 2 * MARGIN
MARKING = "OFFICIAL"
NOTE = ("Counts of the applications received in the period. A timescale counts once its step was "
        "taken or fell due; working days leave out weekends and bank holidays.")


def write_figures_pdf(figures: CaseReviewFigures, path: str | os.PathLike[str]) -> None:
    """Write the figures as a one-page PDF at `path` (replaced whole)."""
    styles = sample_styles()
    rows = [[str(cell) for cell in row] for row in figures.body()]
    story = [paragraph(figures.title, styles["title"]), Spacer(1, 4 * mm),
             grid_table(figures.header(), rows, [FRAME_W - 50 * mm, 25 * mm, 25 * mm], styles,
                        numeric_from=1),
             Spacer(1, 4 * mm), paragraph(NOTE, styles["small"])]
    with replacing(path) as temporary:
        doc = BaseDocTemplate(str(temporary), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=TOP, bottomMargin=BOTTOM, title=figures.title,
                              author="JAGDesk", subject="ASB case review figures", creator="JAGDesk")
        frame = Frame(MARGIN, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("figures", frames=[frame])])

        def make_canvas(*args: Any, **kwargs: Any) -> MarkedCanvas:
            return MarkedCanvas(*args, marking=MARKING, footer=figures.title, margin=MARGIN, **kwargs)

        doc.build(story, canvasmaker=make_canvas)
