"""A problem-solving case sheet as a Word document, with the same sections as the PDF.

The triangle is a table here (a column per side, the controllers in their own row), not a picture:
reportlab's bitmap renderer needs the rlPyCairo backend, which is not a dependency, and a table
keeps the text editable and lets Word lay out Arabic and Punjabi itself.
"""

from __future__ import annotations

import os
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from jagdesk.domain.common.wording import plural
from jagdesk.domain.problem_solving.vocabulary import CaseSheet, Side
from jagdesk.exports.common import sheet_text as st
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.docx_document import set_properties, use_shipped_fonts
from jagdesk.exports.common.docx_tables import (
    MARKING_COLOUR,
    TABLE_STYLE,
    repeat_header_row,
    set_column_widths,
    shade_cell,
)
from jagdesk.exports.common.docx_text import add_field, add_text
from jagdesk.exports.problem_solving.triangle_drawing import COLOURS, LIMITS, actions_text, clip, linked_text

SIDE_ORDER = (Side.OFFENDER, Side.LOCATION, Side.VICTIM)  # left to right, as the triangle is drawn


class _Writer:
    def __init__(self, sheet: CaseSheet) -> None:
        self.sheet = sheet
        self.doc = Document()
        use_shipped_fonts(self.doc)
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(10)

    def cell_text(self, cell: Any, text: str, *, bold: bool = False, size: float = 9,
                  colour: str | None = None, align_right: bool = False) -> None:
        paragraph = cell.paragraphs[0]
        add_text(paragraph, text, bold=bold, size=size, colour=colour)
        if align_right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def table(self, header: list[str], rows: list[list[str]], widths_cm: list[float],
              numeric_from: int | None = None, size: float = 9) -> Any:
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        for i, text in enumerate(header):
            cell = table.rows[0].cells[i]
            self.cell_text(cell, text, bold=True, size=size,
                           align_right=numeric_from is not None and i >= numeric_from)
            shade_cell(cell, "E4E9F0")
        repeat_header_row(table.rows[0])
        for values in rows:
            cells = table.add_row().cells
            for i, text in enumerate(values):
                self.cell_text(cells[i], text, size=size,
                               align_right=numeric_from is not None and i >= numeric_from)
        set_column_widths(table, widths_cm)
        return table

    def fields(self, rows: st.Rows) -> None:
        """Label / value pairs as a two-column table."""
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles[TABLE_STYLE]
        for label, value in rows:
            cells = table.add_row().cells
            self.cell_text(cells[0], label, bold=True)
            shade_cell(cells[0], "F3F5F8")
            self.cell_text(cells[1], value)
        set_column_widths(table, [4.0, 13.0])

    def heading(self, text: str, level: int = 1) -> None:
        self.doc.add_heading(text, level=level)

    def text(self, text: str, style: str | None = None) -> None:
        add_text(self.doc.add_paragraph(style=style), text)

    # Page furniture --------------------------------------------------------------------------------
    def furniture(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for margin in ("left_margin", "right_margin"):
            setattr(section, margin, Cm(2))
        section.top_margin = section.bottom_margin = Cm(2.2)
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(header, self.sheet.marking, bold=True, colour=MARKING_COLOUR)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(footer, self.sheet.marking, bold=True, colour=MARKING_COLOUR)
        line = section.footer.add_paragraph()
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(line, f"{self.sheet.reference} · printed {st.day(self.sheet.printed_on)} · Page ",
                 size=8)
        add_field(line, "PAGE", size=8)
        add_text(line, " of ", size=8)
        add_field(line, "NUMPAGES", size=8)

    # Sections --------------------------------------------------------------------------------------
    def write(self) -> Any:
        sheet = self.sheet
        self.furniture()
        add_text(self.doc.add_paragraph(), f"Problem-solving case sheet: {sheet.reference}", size=8)
        add_text(self.doc.add_paragraph(style="Title"), sheet.title or sheet.reference)
        self.fields(st.title_rows(sheet))
        self.heading("Problem statement")
        self.fields(st.problem_rows(sheet))
        self.heading("Objective")
        self.fields(st.objective_rows(sheet))
        self.scanning()
        self.analysis()
        self.actions()
        self.assessment()
        self.heading("Closure")
        self.fields(st.closure_rows(sheet))
        return self.doc

    def scanning(self) -> None:
        sheet = self.sheet
        self.heading("Scanning")
        self.heading("Sources", 2)
        for source in sheet.scanning_sources or (st.NONE,):
            self.text(source, "List Bullet")
        if sheet.scanning_notes:
            self.text(sheet.scanning_notes)
        self.heading("Incidents in the linked places by month", 2)
        table = st.monthly_table(sheet)
        if table is None:
            self.text("No incident counts: the case has no linked hotspots with crime data.")
            return
        header, body = table
        rest = 14.0 / (len(header) - 1)
        self.table(header, body, [3.0] + [rest] * (len(header) - 1), numeric_from=1)

    def triangle(self) -> None:
        """The triangle as a table: a column per side, what is known, then the controllers."""
        sides = {s.side: s for s in self.sheet.triangle.sides()}
        table = self.doc.add_table(rows=3, cols=3)
        table.style = self.doc.styles[TABLE_STYLE]
        for col, side in enumerate(SIDE_ORDER):
            data = sides.get(side)
            colour = COLOURS[side].lstrip("#").upper()
            head = table.rows[0].cells[col]
            self.cell_text(head, side.label, bold=True, size=10, colour="FFFFFF")
            shade_cell(head, colour)
            body = table.rows[1].cells[col]
            parts = [actions_text(data)]
            if data is not None and data.repeats:
                parts.append(plural(data.repeats, "repeat") + " flagged")
            if data is not None and data.description.strip():
                parts.append(clip(data.description, LIMITS["description"]))
            if data is not None and data.linked:
                parts.append(clip(linked_text(data), LIMITS["linked"]))
            self.cell_text(body, "\n".join(parts))
            control = table.rows[2].cells[col]
            controller = data.controller.strip() if data is not None else ""
            self.cell_text(control, f"{side.controller}: ", bold=True, colour=colour)
            add_text(control.paragraphs[0], controller or "not recorded", size=9)
            shade_cell(control, "F7F7F7")
        set_column_widths(table, [17.0 / 3] * 3)

    def analysis(self) -> None:
        sheet = self.sheet
        self.heading("Analysis: the problem analysis triangle")
        self.triangle()
        self.heading("Each side in full", 2)
        self.table(["Side", "What is known", "Linked", "Controller", "Actions"],
                   st.analysis_rows(sheet), [2.4, 5.6, 3.6, 3.6, 1.8])
        self.heading("Repeats", 2)
        if not sheet.repeats:
            self.text("No repeat victims, offenders or locations found in the data.")
        for side, subject, detail in st.repeat_rows(sheet):
            self.text(f"{side}: {subject}. {detail}", "List Bullet")

    def actions(self) -> None:
        sheet = self.sheet
        self.heading("Response: actions")
        if not sheet.actions:
            self.text("No actions yet.")
            return
        rows = []
        for action in sheet.actions:
            row = st.action_row(action)
            if action.latest_update:
                row[1] = f"{action.description}\nLatest: {action.latest_update}"
            rows.append(row)
        table = self.table(st.ACTION_HEADER, rows, [2.5, 4.0, 1.9, 2.3, 2.5, 1.7, 2.1],
                           size=8)
        for row, action in zip(table.rows[1:], sheet.actions, strict=True):
            if st.action_status(action).endswith("OVERDUE"):
                status = row.cells[6]
                shade_cell(status, "FBE9E7")
                for run in status.paragraphs[0].runs:
                    run.bold = True
                    run.font.color.rgb = RGBColor.from_string("B3261E")

    def assessment(self) -> None:
        sheet = self.sheet
        self.heading("Assessment")
        figures = sheet.before_after
        if figures is None:
            self.text("Before and after figures appear once the response dates and periods are set "
                      "and hotspots are linked.")
        else:
            self.table(["Period", "Months", "Incidents"], st.before_after_rows(figures),
                       [5.0, 7.0, 5.0], numeric_from=2)
            self.doc.add_paragraph()
        self.fields(st.assessment_rows(sheet))


def write_case_sheet_docx(sheet: CaseSheet, path: str | os.PathLike[str],
                          author: str | None = None) -> None:
    """Write the case sheet as a Word document at `path` (replaced whole, never half-written);
    its author is `author`, else the user signed in."""
    document = _Writer(sheet).write()
    set_properties(document, title=f"Case sheet {sheet.reference}: {sheet.title}",
                   subject="Problem-solving case sheet", marking=sheet.marking, author=author)
    with replacing(path) as temporary:
        document.save(str(temporary))
