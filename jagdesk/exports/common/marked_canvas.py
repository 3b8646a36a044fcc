"""The page furniture of JAGDesk's PDF documents: the protective marking at the top and bottom of
every page, a footer line and "Page X of Y"."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jagdesk.exports.common.fonts import BASE, FAMILY_FILES, register_fonts
from jagdesk.exports.common.pdf_tables import GRID, MARKING_COLOUR


class MarkedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end, so that every page can say "Page X of Y", then draws the
    marking and the footer on each. `top` is how far below the paper's top edge the rule runs,
    `bottom` how far above its bottom edge."""

    def __init__(self, *args: Any, marking: str, footer: str, margin: float, top: float = 14 * mm,
                 bottom: float = 17.5 * mm, **kwargs: Any) -> None:
        register_fonts()
        # Every page starts in the shipped font, which is embedded, not reportlab's Helvetica.
        kwargs.setdefault("initialFontName", BASE)
        super().__init__(*args, **kwargs)
        self._marking, self._footer = marking, footer
        self._margin, self._top, self._bottom = margin, top, bottom
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        draw_page_furniture(self, self._marking, self._footer, number, total, self._margin,
                            self._top, self._bottom)


def draw_page_furniture(canvas: Canvas, marking: str, footer: str, number: int, total: int,
                        margin: float, top: float = 14 * mm, bottom: float = 17.5 * mm) -> None:
    """The marking above the top rule and below the bottom rule, the footer and "Page X of Y"."""
    width, height = canvas._pagesize
    left, right = margin, width - margin
    canvas.saveState()
    canvas.setFillColor(MARKING_COLOUR)
    canvas.setFont(FAMILY_FILES[BASE].face(bold=True), 10)
    canvas.drawCentredString(width / 2, height - top + 3 * mm, marking)
    canvas.drawCentredString(width / 2, bottom - 9.5 * mm, marking)
    canvas.setFillColor(colors.HexColor("#555555"))
    canvas.setFont(BASE, 8)
    canvas.drawString(left, bottom - 3.5 * mm, footer)
    canvas.drawRightString(right, bottom - 3.5 * mm, f"Page {number} of {total}")
    canvas.setStrokeColor(GRID)
    canvas.setLineWidth(0.5)
    canvas.line(left, height - top, right, height - top)
    canvas.line(left, bottom, right, bottom)
    canvas.restoreState()
