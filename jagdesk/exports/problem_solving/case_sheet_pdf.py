"""A problem-solving case sheet as an A4 PDF: what a partner reads at a problem-solving meeting."""

from __future__ import annotations

import os
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from jagdesk.domain.problem_solving.vocabulary import CaseSheet
from jagdesk.exports.common import sheet_text as st
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import paragraph, register_fonts, sample_styles
from jagdesk.exports.common.marked_canvas import MarkedCanvas
from jagdesk.exports.common.pdf_tables import HEAD_FILL, OVERDUE, fields_table, grid_table
from jagdesk.exports.problem_solving.triangle_drawing import TriangleDrawing

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
TOP, BOTTOM = 22 * mm, 20 * mm  # room for the marking and the page footer
FRAME_W = PAGE_W - 2 * MARGIN


class _Builder:
    """The story of one case sheet."""

    def __init__(self, sheet: CaseSheet) -> None:
        self.sheet = sheet
        self.s = sample_styles()
        self.story: list[Flowable] = []

    def p(self, text: str, style: str = "body") -> Paragraph:
        return paragraph(text, self.s[style])

    def heading(self, text: str) -> None:
        # A heading is never left alone at the foot of a page.
        self.story.append(CondPageBreak(40 * mm))
        self.story.append(self.p(text, "heading"))

    def fields(self, rows: st.Rows, label_width: float = 34 * mm) -> Table:
        """Label / value pairs as a borderless two-column table."""
        return fields_table(rows, FRAME_W, label_width, self.s)

    def grid(self, header: list[str], body: list[list[Any]], widths: list[float],
             extra: list[tuple[Any, ...]] | None = None, numeric_from: int | None = None) -> Table:
        """A ruled table whose header repeats on every page it runs onto."""
        return grid_table(header, body, widths, self.s, extra or (), numeric_from)

    # Sections ------------------------------------------------------------------------------------
    def build(self) -> list[Flowable]:
        sheet = self.sheet
        self.story += [self.p(f"Problem-solving case sheet: {sheet.reference}", "small"),
                       self.p(sheet.title or sheet.reference, "title"),
                       self.fields(st.title_rows(sheet))]
        self.heading("Problem statement")
        self.story.append(self.fields(st.problem_rows(sheet)))
        self.heading("Objective")
        self.story.append(self.fields(st.objective_rows(sheet)))
        self.scanning()
        self.analysis()
        self.actions()
        self.assessment()
        self.heading("Closure")
        self.story.append(self.fields(st.closure_rows(sheet)))
        return self.story

    def scanning(self) -> None:
        self.heading("Scanning")
        self.story.append(self.fields(st.scanning_rows(self.sheet)))
        table = st.monthly_table(self.sheet)
        self.story.append(Spacer(1, 4))
        if table is None:
            self.story.append(self.p("No incident counts: the case has no linked hotspots with crime "
                                     "data.", "small"))
            return
        header, body = table
        first = 28 * mm
        rest = (FRAME_W - first) / (len(header) - 1)
        self.story.append(self.p("Incidents in the linked places by month (police.uk data)", "subheading"))
        self.story.append(self.grid(header, body, [first] + [rest] * (len(header) - 1),
                                    extra=[("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL)], numeric_from=1))

    def analysis(self) -> None:
        sheet = self.sheet
        drawing = TriangleDrawing(sheet.triangle, FRAME_W)
        self.story.append(CondPageBreak(drawing.height + 14 * mm))  # the heading stays with it
        self.heading("Analysis: the problem analysis triangle")
        self.story.append(drawing)
        self.story.append(Spacer(1, 6))
        widths = [22 * mm, 62 * mm, 38 * mm, 42 * mm]
        widths.append(FRAME_W - sum(widths))
        self.story.append(self.grid(["Side", "What is known", "Linked", "Controller", "Actions"],
                                    st.analysis_rows(sheet), widths))
        self.heading("Repeats")
        if sheet.repeats:
            widths = [26 * mm, 50 * mm]
            self.story.append(self.grid(["Side", "Who or where", "Found"], st.repeat_rows(sheet),
                                        [*widths, FRAME_W - sum(widths)]))
        else:
            self.story.append(self.p("No repeat victims, offenders or locations found in the data."))

    def actions(self) -> None:
        sheet = self.sheet
        self.heading("Response: actions")
        if not sheet.actions:
            self.story.append(self.p("No actions yet."))
            return
        widths = [27 * mm, 0.0, 16 * mm, 22 * mm, 32 * mm, 20 * mm, 19 * mm]
        widths[1] = FRAME_W - sum(widths)
        body: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        for row, action in enumerate(sheet.actions, start=1):
            cells: list[Any] = list(st.action_row(action))
            if action.latest_update:
                cells[1] = [self.p(action.description, "cell"),
                            self.p(f"Latest: {action.latest_update}", "small")]
            if cells[6].endswith("OVERDUE"):
                cells[6] = paragraph(cells[6], self._overdue_style())
                extra.append(("BACKGROUND", (6, row), (6, row), colors.HexColor("#FBE9E7")))
            body.append(cells)
        table = self.grid(st.ACTION_HEADER, body, widths, extra)
        overdue = sum(1 for a in sheet.actions if st.action_status(a).endswith("OVERDUE"))
        summary = f"{len(sheet.actions)} actions; {sum(a.status == 'open' for a in sheet.actions)} open"
        self.story.append(self.p(summary + (f", {overdue} overdue." if overdue else "."), "small"))
        self.story.append(Spacer(1, 3))
        self.story.append(table)

    def _overdue_style(self) -> ParagraphStyle:
        return ParagraphStyle("overdue", parent=self.s["cell_bold"], textColor=OVERDUE)

    def assessment(self) -> None:
        sheet = self.sheet
        self.heading("Assessment")
        figures = sheet.before_after
        if figures is None:
            self.story.append(self.p("Before and after figures appear once the response dates and "
                                     "periods are set and hotspots are linked.", "small"))
        else:
            widths = [45 * mm, 70 * mm]
            self.story.append(KeepTogether([self.grid(
                ["Period", "Months", "Incidents"], st.before_after_rows(figures),
                [*widths, FRAME_W - sum(widths)], numeric_from=2,
                extra=[("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL)])]))
            self.story.append(Spacer(1, 4))
        self.story.append(self.fields(st.assessment_rows(sheet)))


def write_case_sheet_pdf(sheet: CaseSheet, path: str | os.PathLike[str]) -> None:
    """Write the case sheet as an A4 portrait PDF at `path` (replaced whole, never half-written)."""
    register_fonts()
    story = _Builder(sheet).build()
    with replacing(path) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
            bottomMargin=BOTTOM, title=f"{sheet.reference}: {sheet.title}",
            author="JAGDesk", subject="Problem-solving case sheet", creator="JAGDesk")
        frame = Frame(MARGIN, BOTTOM, FRAME_W, PAGE_H - TOP - BOTTOM, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("sheet", frames=[frame])])

        footer = f"{sheet.reference}  ·  Case sheet printed {st.day(sheet.printed_on)}"

        def make_canvas(*args: Any, **kwargs: Any) -> MarkedCanvas:
            return MarkedCanvas(*args, marking=sheet.marking, footer=footer, margin=MARGIN, **kwargs)

        doc.build(story, canvasmaker=make_canvas)
