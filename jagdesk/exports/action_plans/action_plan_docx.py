"""A year's JAG action plan as a landscape Word document in the layout partnerships publish: a heading per
numbered theme and its eight-column table, the update column shaded by RAG status.

Written with named Word styles (Title, Heading 1, List Bullet, Table Grid) so that a council can
restyle it; the only direct formatting is bold headers, cell shading and the marking's colour.
"""

from __future__ import annotations

import os
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from jagdesk.domain import action_plans as rules
from jagdesk.domain.meetings.vocabulary import ActionPlanDocument, PlanItem, PlanTheme, RagStatus
from jagdesk.exports.action_plans import action_plan_text as pt
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.docx_document import (
    LANDSCAPE_TEXT_W,
    marked_landscape_pages,
    set_properties,
    use_shipped_fonts,
)
from jagdesk.exports.common.docx_tables import (
    TABLE_STYLE,
    keep_row_whole,
    repeat_header_row,
    set_column_widths,
    shade_cell,
)
from jagdesk.exports.common.docx_text import add_text

CELL_SIZE = 8.5
# A row with less text than this is kept on one page; a longer one may break across pages, as
# a row taller than the page must.
KEEP_WHOLE = 1500


class _Writer:
    def __init__(self, plan: ActionPlanDocument) -> None:
        self.plan = plan
        self.quarter = rules.document_quarter(plan)
        self.doc = Document()
        use_shipped_fonts(self.doc)
        self.doc.styles["Normal"].font.size = Pt(10)
        self.widths = [round(share * LANDSCAPE_TEXT_W, 2) for share in pt.WIDTHS]
        self.widths[-1] = round(LANDSCAPE_TEXT_W - sum(self.widths[:-1]), 2)

    def furniture(self) -> None:
        """Landscape A4, the marking at the top and bottom of every page, "Page X of Y"."""
        marked_landscape_pages(self.doc, self.plan.marking, pt.footer_text(self.plan))

    def cell_lines(self, cell: Any, text: str, *, bullets: bool = False, lead: str = "",
                   colour: str | None = None) -> None:
        """Text in a cell, a paragraph per line (a bulleted list when there are several actions),
        after a bold `lead` word when given."""
        parts = pt.lines(text) if bullets else [part for part in text.split("\n") if part.strip()]
        used = 0
        if lead:
            add_text(cell.paragraphs[0], lead, bold=True, size=CELL_SIZE, colour=colour)
            used = 1
        for part in parts:
            paragraph = cell.paragraphs[0] if used == 0 else cell.add_paragraph()
            if bullets and len(parts) > 1:
                paragraph.style = self.doc.styles["List Bullet"]
            add_text(paragraph, part, size=CELL_SIZE)
            used += 1

    def theme(self, theme: PlanTheme) -> None:
        self.doc.add_heading(f"{theme.number}. {theme.title}", level=1)
        if not theme.items:
            add_text(self.doc.add_paragraph(), "No items under this theme.")
            return
        table = self.doc.add_table(rows=1, cols=len(self.widths))
        table.style = self.doc.styles[TABLE_STYLE]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, text in zip(table.rows[0].cells, pt.headings(self.plan), strict=True):
            add_text(cell.paragraphs[0], text, bold=True, size=CELL_SIZE)
            shade_cell(cell, pt.HEADER_FILL)
        repeat_header_row(table.rows[0])
        for item in theme.items:
            row = table.add_row()
            self.item_row(row.cells, item)
            if sum(len(text) for text in (item.objective, item.actions, pt.update_text(
                    item, self.quarter))) < KEEP_WHOLE:
                keep_row_whole(row)
        set_column_widths(table, self.widths)

    def item_row(self, cells: Any, item: PlanItem) -> None:
        add_text(cells[0].paragraphs[0], item.reference, bold=True, size=CELL_SIZE)
        if item.status == rules.ItemStatus.COMPLETE:
            add_text(cells[0].add_paragraph(), "Complete", italic=True, size=7.5, colour="666666")
        self.cell_lines(cells[1], item.objective)
        self.cell_lines(cells[2], item.actions, bullets=True)
        self.cell_lines(cells[3], item.indicator)
        for cell, text in zip(cells[4:7], (item.national_indicators, item.lead_agencies,
                                           item.lead_groups), strict=True):
            self.cell_lines(cell, text)
        rag = pt.rag_of(item, self.quarter)
        text = pt.update_text(item, self.quarter)
        if rag:
            status = RagStatus(rag)
            shade_cell(cells[7], pt.RAG_FILLS[status])
            self.cell_lines(cells[7], text, lead=status.label, colour=pt.RAG_WORDS[status])
        elif text.strip():
            self.cell_lines(cells[7], text)
        else:
            add_text(cells[7].paragraphs[0], pt.NO_UPDATE, italic=True, size=CELL_SIZE, colour="666666")

    def write(self) -> Any:
        self.furniture()
        add_text(self.doc.add_paragraph(style="Title"), self.plan.title)
        add_text(self.doc.add_paragraph(), pt.subtitle(self.plan))
        add_text(self.doc.add_paragraph(), pt.rag_summary(self.plan))
        if not self.plan.themes:
            add_text(self.doc.add_paragraph(), "The plan has no themes yet.")
        for theme in self.plan.themes:
            self.theme(theme)
        return self.doc


def write_action_plan_docx(plan: ActionPlanDocument, path: str | os.PathLike[str],
                           author: str | None = None) -> None:
    """Write the plan as a landscape Word document at `path` (replaced whole, never half-written);
    its author is `author`, else the user signed in."""
    document = _Writer(plan).write()
    set_properties(document, title=plan.title, subject=f"JAG action plan {plan.period}",
                   marking=plan.marking, author=author)
    with replacing(path) as temporary:
        document.save(str(temporary))
