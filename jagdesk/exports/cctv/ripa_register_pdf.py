"""The RIPA central record as an A4 landscape PDF marked OFFICIAL-SENSITIVE at the top and bottom
of every page, with "Page X of Y" and one ruled table whose header repeats on every page."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from jagdesk.domain.cctv import ripa_register as reg
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import paragraph, register_fonts, sample_styles
from jagdesk.exports.common.marked_canvas import MarkedCanvas
from jagdesk.exports.common.pdf_tables import OVERDUE, grid_table

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 10 * mm
TOP, BOTTOM = 22 * mm, 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN
# Fractions of the frame's width for each column of reg.HEADER.
SHARES = (10, 12, 8, 7, 9, 5, 5, 7, 9, 8, 7, 9, 8, 7)


def _story(record: reg.CentralRecord) -> list[Flowable]:
    s = sample_styles()
    cell = ParagraphStyle("ripa-cell", parent=s["cell"], fontSize=7, leading=8.5)
    bold = ParagraphStyle("ripa-bold", parent=s["cell_bold"], fontSize=7, leading=8.5)
    flagged = ParagraphStyle("ripa-flag", parent=bold, textColor=OVERDUE)
    styles = {"cell": cell, "cell_bold": bold}
    story: list[Flowable] = [paragraph(record.title, s["title"]), paragraph(record.scope, s["body"]),
                             Spacer(1, 4)]
    if not record.rows:
        story.append(paragraph("No authorisations in this period.", s["body"]))
        return story
    body: list[list[Any]] = []
    for row in record.rows:
        cells: list[Any] = reg.register_row(row)
        if row.lapsed or row.review_due or row.ending_soon:
            cells[-1] = paragraph(cells[-1], flagged)
        body.append(cells)
    total = sum(SHARES)
    widths = [FRAME_W * share / total for share in SHARES]
    story.append(grid_table(reg.HEADER, body, widths, styles))
    return story


def write_register_pdf(record: reg.CentralRecord, path: str | os.PathLike[str]) -> None:
    """Write the central record at `path` (replaced whole, never half-written)."""
    register_fonts()
    story = _story(record)
    with replacing(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP, bottomMargin=BOTTOM, title=record.title, author="JAGDesk",
            subject="RIPA central record", creator="JAGDesk")
        frame = Frame(MARGIN, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("register", frames=[frame])])
        footer = f"{record.title}, {reg.day_text(record.first)} to {reg.day_text(record.last)}"

        def make_canvas(*args: Any, **kwargs: Any) -> MarkedCanvas:
            return MarkedCanvas(*args, marking=reg.MARKING, footer=footer, margin=MARGIN, **kwargs)

        doc.build(story, canvasmaker=make_canvas)
