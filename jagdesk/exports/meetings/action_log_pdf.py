"""The action log as an A4 landscape PDF, for circulation after a meeting: the marking at the top
and bottom of every page, "Page X of Y", and one ruled table whose header repeats on every page."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer

from jagdesk.domain.meetings import action_log as log
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import paragraph, register_fonts, sample_styles
from jagdesk.exports.common.marked_canvas import MarkedCanvas
from jagdesk.exports.common.pdf_tables import OVERDUE, grid_table

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 14 * mm
TOP, BOTTOM = 22 * mm, 20 * mm  # room for the marking and the page footer
FRAME_W = PAGE_W - 2 * MARGIN
# Ref, action, owner and agency, due, status; the latest update takes the rest.
WIDTHS = [30 * mm, 84 * mm, 46 * mm, 21 * mm, 18 * mm]
OVERDUE_FILL = colors.HexColor("#FBE9E7")


def _story(document: log.ActionLogDocument) -> list[Flowable]:
    s = sample_styles()
    late = ParagraphStyle("log-overdue", parent=s["cell_bold"], textColor=OVERDUE)
    story: list[Flowable] = [paragraph(document.title, s["title"]),
                             paragraph(document.scope, s["body"]),
                             paragraph(log.summary_text(document), s["small"]), Spacer(1, 6)]
    if not document.actions:
        story.append(paragraph("No actions match.", s["body"]))
        return story
    body: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for number, action in enumerate(document.actions, start=1):
        what: Any = action.description
        if not document.one_meeting and action.agreed_at:
            what = [paragraph(action.description, s["cell"]),
                    paragraph(f"Agreed at {action.agreed_at}", s["small"])]
        status: Any = log.status_text(action)
        if action.overdue:
            status = paragraph(status, late)
            extra.append(("BACKGROUND", (4, number), (4, number), OVERDUE_FILL))
        body.append([action.reference, what, log.owner_text(action), log.due_text(action), status,
                     action.latest_update or log.NONE])
    widths = [*WIDTHS, FRAME_W - sum(WIDTHS)]
    story.append(grid_table(log.HEADER, body, widths, s, extra))
    return story


def write_action_log_pdf(document: log.ActionLogDocument, path: str | os.PathLike[str]) -> None:
    """Write the log as an A4 landscape PDF at `path` (replaced whole, never half-written)."""
    register_fonts()
    story = _story(document)
    with replacing(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP, bottomMargin=BOTTOM, title=f"{document.title}: {document.scope}",
            author="JAGDesk", subject="Action log", creator="JAGDesk")
        frame = Frame(MARGIN, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("log", frames=[frame])])
        footer = log.footer_text(document)

        def make_canvas(*args: Any, **kwargs: Any) -> MarkedCanvas:
            return MarkedCanvas(*args, marking=document.marking, footer=footer, margin=MARGIN,
                                **kwargs)

        doc.build(story, canvasmaker=make_canvas)
