"""Word tables the way JAGDesk's documents use them: a real table style, shaded header cells that
repeat on every page, fixed column widths that Word and LibreOffice both honour."""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

TABLE_STYLE = "Table Grid"  # in every Word template, so a council's own template restyles it
MARKING_COLOUR = "8B0000"


def shade_cell(cell: Any, fill: str) -> None:
    """Fill a cell's background with a colour ("E4E9F0")."""
    props = cell._element.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)


def repeat_header_row(row: Any) -> None:
    """Mark a table's first row to be repeated at the top of every page the table runs onto."""
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def keep_row_whole(row: Any) -> None:
    """Ask Word not to break the row across pages (w:cantSplit, in schema order before
    w:tblHeader)."""
    row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))


def set_column_widths(table: Any, widths_cm: list[float]) -> None:
    """Fix the column widths: Word reads each cell's width, LibreOffice the table grid's."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
