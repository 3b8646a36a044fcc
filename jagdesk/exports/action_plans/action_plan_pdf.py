"""A year's JAG action plan as a landscape A4 PDF in the layout partnerships publish: a heading per numbered
theme and its eight-column table, whose header row repeats on every page the table runs onto and
whose long rows split across pages; the update cell is shaded by RAG status."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from jagdesk.domain import action_plans as rules
from jagdesk.domain.meetings.vocabulary import ActionPlanDocument, PlanItem, PlanTheme, RagStatus
from jagdesk.exports.action_plans import action_plan_text as pt
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import paragraph, paragraph_style, sample_styles
from jagdesk.exports.common.marked_canvas import MarkedCanvas
from jagdesk.exports.common.pdf_tables import GRID

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 12 * mm
TOP, BOTTOM = 19 * mm, 18 * mm  # room for the marking and the page footer
FRAME_W = PAGE_W - 2 * MARGIN


def _colour(hex_code: str) -> colors.Color:
    return colors.HexColor(f"#{hex_code}")


class _Builder:
    """The story of one plan."""

    def __init__(self, plan: ActionPlanDocument) -> None:
        self.plan = plan
        self.quarter = rules.document_quarter(plan)
        self.s = sample_styles()
        self.cell = paragraph_style("PlanCell", size=8)
        self.head = paragraph_style("PlanHead", size=8, bold=True)
        self.bullet = paragraph_style("PlanBullet", size=8, leftIndent=7, bulletIndent=0)
        self.muted = paragraph_style("PlanMuted", size=8, italic=True, color=colors.HexColor("#666666"))
        self.rag = {rag: paragraph_style(f"PlanRag{rag.value}", size=8.5, bold=True,
                                         color=_colour(pt.RAG_WORDS[rag]), space_after=1)
                    for rag in RagStatus}
        self.widths = [share * FRAME_W for share in pt.WIDTHS]

    def p(self, text: str, style: Any) -> Paragraph:
        return paragraph(text, style)

    def lines(self, text: str, bullets: bool = False) -> list[Flowable]:
        """A paragraph per line; several actions as a bulleted list, as published plans print them."""
        if bullets:
            parts = pt.lines(text)
            if len(parts) > 1:
                flowables: list[Flowable] = []
                for part in parts:
                    item = self.p(part, self.bullet)
                    item.bulletText = "•"
                    flowables.append(item)
                return flowables
            return [self.p(part, self.cell) for part in parts]
        return [self.p(part, self.cell) for part in text.split("\n") if part.strip()]

    def row(self, item: PlanItem) -> tuple[list[Any], str]:
        """One item's cells, and its RAG status ('' for none)."""
        rag = pt.rag_of(item, self.quarter)
        text = pt.update_text(item, self.quarter)
        update: list[Flowable] = []
        if rag:
            update.append(self.p(RagStatus(rag).label, self.rag[RagStatus(rag)]))
        update += self.lines(text)
        if not update:
            update = [self.p(pt.NO_UPDATE, self.muted)]
        reference = [self.p(item.reference, self.head)]
        if item.status == rules.ItemStatus.COMPLETE:
            reference.append(self.p("Complete", self.muted))
        cells = [reference, self.lines(item.objective),
                 self.lines(item.actions, bullets=True), self.lines(item.indicator),
                 self.lines(item.national_indicators), self.lines(item.lead_agencies),
                 self.lines(item.lead_groups), update]
        return cells, rag

    def table(self, theme: PlanTheme) -> Table:
        data: list[list[Any]] = [[self.p(h, self.head) for h in pt.headings(self.plan)]]
        shading: list[tuple[Any, ...]] = []
        for number, item in enumerate(theme.items, start=1):
            cells, rag = self.row(item)
            data.append(cells)
            if rag:
                fill = _colour(pt.RAG_FILLS[RagStatus(rag)])
                shading.append(("BACKGROUND", (7, number), (7, number), fill))
        # splitInRow: an update that runs longer than a page splits instead of overflowing.
        table = Table(data, colWidths=self.widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), _colour(pt.HEADER_FILL)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *shading,
        ]))
        return table

    def build(self) -> list[Flowable]:
        plan = self.plan
        story: list[Flowable] = [self.p(plan.title, self.s["title"]),
                                 self.p(pt.subtitle(plan), self.s["body"]),
                                 self.p(pt.rag_summary(plan), self.s["body"])]
        if not plan.themes:
            story.append(self.p("The plan has no themes yet.", self.s["body"]))
        for theme in plan.themes:
            # A theme's heading is never left alone at the foot of a page.
            story.append(CondPageBreak(45 * mm))
            story.append(self.p(f"{theme.number}. {theme.title}", self.s["heading"]))
            if theme.items:
                story.append(self.table(theme))
            else:
                story.append(self.p("No items under this theme.", self.s["body"]))
        return story


def write_action_plan_pdf(plan: ActionPlanDocument, path: str | os.PathLike[str]) -> None:
    """Write the plan as a landscape A4 PDF at `path` (replaced whole, never half-written)."""
    story = _Builder(plan).build()
    with replacing(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=(PAGE_W, PAGE_H), leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP, bottomMargin=BOTTOM, title=plan.title, author="JAGDesk",
            subject=f"JAG action plan {plan.period}", creator="JAGDesk")
        frame = Frame(MARGIN, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("plan", frames=[frame])])

        def make_canvas(*args: Any, **kwargs: Any) -> MarkedCanvas:
            return MarkedCanvas(*args, marking=plan.marking, footer=pt.footer_text(plan), margin=MARGIN,
                                top=13 * mm, bottom=15.5 * mm, **kwargs)

        doc.build(story, canvasmaker=make_canvas)
