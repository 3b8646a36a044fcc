"""The action log as an A4 landscape Word document, with the same table as the PDF: the marking in
the header and footer of every page, "Page X of Y", the header row repeated on every page.

Written with named Word styles (Title, Table Grid) so that a council can restyle it; the only direct
formatting is bold headers, cell shading and the marking's and overdue status's colours.
"""

from __future__ import annotations

import os
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from jagdesk.domain.meetings import action_log as log
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.docx_document import LANDSCAPE_TEXT_W, marked_landscape_pages
from jagdesk.exports.common.docx_styles import ensure_styles
from jagdesk.exports.common.docx_tables import (
    TABLE_STYLE,
    keep_row_whole,
    repeat_header_row,
    set_column_widths,
    shade_cell,
)
from jagdesk.exports.common.docx_text import add_text

CELL_SIZE = 8.5
# Ref, action, owner and agency, due, status; the latest update takes the rest.
WIDTHS = [3.4, 8.2, 4.6, 2.4, 1.9]
OVERDUE_COLOUR, OVERDUE_FILL, HEADER_FILL = "B3261E", "FBE9E7", "E4E9F0"


def _table(doc: Any, document: log.ActionLogDocument) -> None:
    widths = [*WIDTHS, round(LANDSCAPE_TEXT_W - sum(WIDTHS), 2)]
    table = doc.add_table(rows=1, cols=len(log.HEADER))
    table.style = doc.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, log.HEADER, strict=True):
        add_text(cell.paragraphs[0], text, bold=True, size=CELL_SIZE)
        shade_cell(cell, HEADER_FILL)
    repeat_header_row(table.rows[0])
    for action in document.actions:
        row = table.add_row()
        keep_row_whole(row)  # an action and its latest update are read together
        cells = row.cells
        add_text(cells[0].paragraphs[0], action.reference, bold=True, size=CELL_SIZE)
        add_text(cells[1].paragraphs[0], action.description, size=CELL_SIZE)
        if not document.one_meeting and action.agreed_at:
            add_text(cells[1].add_paragraph(), f"Agreed at {action.agreed_at}", size=7.5,
                     colour="555555")
        add_text(cells[2].paragraphs[0], log.owner_text(action), size=CELL_SIZE)
        add_text(cells[3].paragraphs[0], log.due_text(action), size=CELL_SIZE)
        add_text(cells[4].paragraphs[0], log.status_text(action), bold=action.overdue,
                 size=CELL_SIZE, colour=OVERDUE_COLOUR if action.overdue else None)
        if action.overdue:
            shade_cell(cells[4], OVERDUE_FILL)
        add_text(cells[5].paragraphs[0], action.latest_update or log.NONE, size=CELL_SIZE)
    set_column_widths(table, widths)


def write_action_log_docx(document: log.ActionLogDocument, path: str | os.PathLike[str]) -> None:
    """Write the log as a landscape Word document at `path` (replaced whole, never half-written)."""
    doc = Document()
    ensure_styles(doc, ["Title"])
    doc.styles["Normal"].font.size = Pt(10)
    marked_landscape_pages(doc, document.marking, log.footer_text(document))
    add_text(doc.add_paragraph(style="Title"), document.title)
    add_text(doc.add_paragraph(), document.scope)
    add_text(doc.add_paragraph(), log.summary_text(document), size=8, colour="444444")
    if document.actions:
        _table(doc, document)
    else:
        add_text(doc.add_paragraph(), "No actions match.")
    with replacing(path) as temporary:
        doc.save(str(temporary))
