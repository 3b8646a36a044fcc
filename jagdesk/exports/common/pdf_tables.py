"""The tables of JAGDesk's PDF documents: the house colours, ruled tables whose header repeats on
every page, and borderless label / value tables. User text in them goes through fonts.paragraph."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from jagdesk.exports.common.fonts import paragraph

GRID = colors.HexColor("#B8BEC6")
HEAD_FILL = colors.HexColor("#E4E9F0")
OVERDUE = colors.HexColor("#B3261E")
MARKING_COLOUR = colors.HexColor("#8B0000")


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=2)


def grid_table(header: Sequence[str], body: Sequence[Sequence[Any]], widths: Sequence[float],
               styles: Mapping[str, ParagraphStyle], extra: Sequence[tuple[Any, ...]] = (),
               numeric_from: int | None = None) -> Table:
    """A ruled table whose header repeats on every page it runs onto. Text cells are printed in
    styles["cell"] (header: "cell_bold"), right-aligned from column `numeric_from`; a cell that is
    already a flowable is kept."""
    plain, bold = styles["cell"], styles["cell_bold"]
    right, right_bold = _right(plain), _right(bold)

    def cell(value: Any, col: int, heading: bool) -> Any:
        if not isinstance(value, str):
            return value  # already a flowable, or a list of them
        numeric = numeric_from is not None and col >= numeric_from
        style = (right_bold if heading else right) if numeric else (bold if heading else plain)
        return paragraph(value, style)

    data = [[cell(h, i, True) for i, h in enumerate(header)]]
    data += [[cell(v, i, False) for i, v in enumerate(row)] for row in body]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitByRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        *extra,
    ]))
    return table


def fields_table(rows: Sequence[tuple[str, str]], width: float, label_width: float,
                 styles: Mapping[str, ParagraphStyle], empty: str = "") -> Table:
    """Label / value pairs as a borderless two-column table `width` wide; an empty value prints
    as `empty`."""
    data = [[paragraph(k, styles["cell_bold"]), paragraph(v or empty, styles["cell"])] for k, v in rows]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table
