"""The page furniture of JAGDesk's PDF documents: the protective marking at the top and bottom of
every page, a footer line and "Page X of Y"."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jagdesk.exports.fonts import BASE, FAMILY_FILES

GRID = colors.HexColor("#B8BEC6")
MARKING_COLOUR = colors.HexColor("#8B0000")


class MarkedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end, so that every page can say "Page X of Y", then draws the
    marking and the footer on each. `top` is how far below the paper's top edge the rule runs,
    `bottom` how far above its bottom edge."""

    def __init__(self, *args: Any, marking: str, footer: str, margin: float, top: float = 14 * mm,
                 bottom: float = 17.5 * mm, **kwargs: Any) -> None:
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
        width, height = self._pagesize
        left, right = self._margin, width - self._margin
        self.saveState()
        self.setFillColor(MARKING_COLOUR)
        self.setFont(FAMILY_FILES[BASE].face(bold=True), 10)
        self.drawCentredString(width / 2, height - self._top + 3 * mm, self._marking)
        self.drawCentredString(width / 2, self._bottom - 9.5 * mm, self._marking)
        self.setFillColor(colors.HexColor("#555555"))
        self.setFont(BASE, 8)
        self.drawString(left, self._bottom - 3.5 * mm, self._footer)
        self.drawRightString(right, self._bottom - 3.5 * mm, f"Page {number} of {total}")
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        self.line(left, height - self._top, right, height - self._top)
        self.line(left, self._bottom, right, self._bottom)
        self.restoreState()
