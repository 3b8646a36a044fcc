"""A case's problem analysis triangle for printed documents, laid out as the case page draws it.

The offender is the left side, the victim / target the right side and the location the base; each
side has a card with what is known on it (description, linked people or places, actions, repeats)
and its controller (handler, guardian, place manager) sits further out in a dashed box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from jagdesk.domain.common.wording import plural
from jagdesk.domain.problem_solving.vocabulary import Side, Triangle, TriangleSide
from jagdesk.exports.common.fonts import BASE, FAMILY_FILES, paragraph, paragraph_style

NOTHING = "Nothing recorded yet"
NOT_RECORDED = "not recorded"
COLOURS = {Side.VICTIM: "#1f5f9e", Side.LOCATION: "#2e7d32", Side.OFFENDER: "#b3261e"}
REPEAT_COLOUR = "#c25e00"
# How much of each text the drawing shows: the full text is in the analysis table beside it.
LIMITS = {"description": 200, "linked": 140, "controller": 110}
PAD, GAP, MARGIN = 6.0, 9.0, 2.0
TITLE_SIZE, BODY_SIZE = 9.0, 8.0


def clip(text: str, limit: int, more: str = "…") -> str:
    """The text on one line, cut at a word before `limit` characters, `more` saying so."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:") + more


def actions_text(side: TriangleSide | None) -> str:
    if side is None or not side.actions:
        return "No actions yet"
    return f"{plural(side.actions, 'action')} ({side.open_actions} open)"


def linked_text(side: TriangleSide) -> str:
    if not side.linked:
        return ""
    return f"{'Places' if side.side == Side.LOCATION else 'People'}: {', '.join(side.linked)}"


@dataclass
class _Card:
    """One side's card or controller box: its paragraphs, and the height they need at a width."""

    paragraphs: list[Paragraph]
    width: float
    heading: float  # room for the title row
    counts_in_title: bool = True  # else the action count has a line of its own at the bottom

    def height(self) -> float:
        inner = self.width - 2 * PAD
        footer = 0.0 if self.counts_in_title else BODY_SIZE * 1.3
        texts = sum(float(p.wrap(inner, 10_000)[1]) for p in self.paragraphs)
        return 2 * PAD + self.heading + footer + texts


class TriangleDrawing(Drawing):  # type: ignore[misc]
    """The triangle as a Drawing: shapes drawn by reportlab.graphics, user text as Paragraphs.

    reportlab.graphics Strings are neither shaped nor split into font runs, so every piece of
    user text is a Paragraph (fonts.paragraph) drawn over the shapes in `draw`.
    """

    # The attribute reportlab checks every assignment against.
    _attrMap = AttrMap(  # noqa: N815 - reportlab's name
        BASE=Drawing, texts=AttrMapValue(None, desc="(Paragraph, x, top, width)"),
        more=AttrMapValue(None, desc="what ends a shortened text"))

    def __init__(self, triangle: Triangle, width: float = 515.0, more: str = "…") -> None:
        """`more` ends a text the drawing shortens: "…", or where the full text is."""
        super().__init__(width, 100)
        self.more = more
        self.texts: list[tuple[Paragraph, float, float, float]] = []
        self._layout(triangle, width)

    # Building ----------------------------------------------------------------------------------
    def _styles(self, side: Side) -> tuple[ParagraphStyle, ParagraphStyle]:
        body = paragraph_style(f"tri-body-{side}", size=BODY_SIZE, leading=BODY_SIZE * 1.25)
        muted = paragraph_style(f"tri-muted-{side}", size=BODY_SIZE, leading=BODY_SIZE * 1.25,
                                color=colors.HexColor("#666666"))
        return body, muted

    def _card(self, data: TriangleSide | None, side: Side, width: float) -> _Card:
        body, muted = self._styles(side)
        parts: list[Paragraph] = []
        if data is not None and data.description.strip():
            parts.append(paragraph(clip(data.description, LIMITS["description"], self.more), body))
        if data is not None and data.linked:
            parts.append(paragraph(clip(linked_text(data), LIMITS["linked"], self.more), body))
        if not parts:
            parts.append(paragraph(NOTHING, muted))
        # The title row holds the side's name, its repeat flag and its action count when they fit.
        bold = FAMILY_FILES[BASE].face(bold=True)
        used = stringWidth(side.label, bold, TITLE_SIZE) + 16 + stringWidth(
            actions_text(data), BASE, BODY_SIZE - 0.5)
        if data is not None and data.repeats:
            used += BODY_SIZE + stringWidth(plural(data.repeats, "repeat"), bold, BODY_SIZE - 0.5)
        return _Card(parts, width, TITLE_SIZE * 1.5, counts_in_title=used <= width - 2 * PAD)

    def _controller(self, data: TriangleSide | None, side: Side, width: float) -> _Card:
        body, muted = self._styles(side)
        text = data.controller.strip() if data is not None else ""
        part = (paragraph(clip(text, LIMITS["controller"], self.more), body) if text
                else paragraph(NOT_RECORDED, muted))
        return _Card([part], width, BODY_SIZE * 1.4)

    def _layout(self, triangle: Triangle, width: float) -> None:
        sides = {s.side: s for s in triangle.sides()}
        cx = width / 2
        base = min(160.0, width * 0.3)
        side_w = cx - base / 2 - GAP - MARGIN
        cards = {s: self._card(sides.get(s), s, side_w) for s in (Side.OFFENDER, Side.VICTIM)}
        ctrl_w = min(190.0, side_w)
        ctrls = {s: self._controller(sides.get(s), s, ctrl_w) for s in (Side.OFFENDER, Side.VICTIM)}
        loc_w = min(width - 2 * MARGIN, 360.0)
        cards[Side.LOCATION] = self._card(sides.get(Side.LOCATION), Side.LOCATION, loc_w)
        ctrls[Side.LOCATION] = self._controller(sides.get(Side.LOCATION), Side.LOCATION,
                                                min(loc_w, 320.0))
        side_h = max(cards[Side.OFFENDER].height(), cards[Side.VICTIM].height())
        ctrl_h = max(ctrls[Side.OFFENDER].height(), ctrls[Side.VICTIM].height())
        top = MARGIN
        tri_h = max(base * 0.95, ctrl_h + GAP + side_h)
        bottom = top + tri_h
        loc_h = cards[Side.LOCATION].height()
        pm_h = ctrls[Side.LOCATION].height()
        loc_top = bottom + GAP
        pm_top = loc_top + loc_h + GAP
        total = pm_top + pm_h + MARGIN
        self.height = total

        def y(top_down: float) -> float:  # reportlab measures from the bottom
            return total - top_down

        apex, left, right = (cx, y(top)), (cx - base / 2, y(bottom)), (cx + base / 2, y(bottom))
        self.add(Polygon([*apex, *right, *left], fillColor=colors.HexColor("#F1F3F6"),
                         strokeColor=None))
        self.add(String(cx, y(top + tri_h * 0.62), "Problem", textAnchor="middle",
                        fontName=FAMILY_FILES[BASE].face(bold=True), fontSize=TITLE_SIZE,
                        fillColor=colors.HexColor("#8A8F98")))
        ends = {Side.OFFENDER: (apex, left), Side.VICTIM: (apex, right), Side.LOCATION: (left, right)}
        for side, (start, end) in ends.items():
            self.add(Line(*start, *end, strokeColor=colors.HexColor(COLOURS[side]), strokeWidth=3.5,
                          strokeLineCap=1))
        card_top = bottom - side_h
        boxes = {
            Side.OFFENDER: (MARGIN, card_top, side_w, side_h),
            Side.VICTIM: (width - MARGIN - side_w, card_top, side_w, side_h),
            Side.LOCATION: (cx - loc_w / 2, loc_top, loc_w, loc_h),
        }
        ctrl_boxes = {
            Side.OFFENDER: (MARGIN, top, ctrl_w, ctrl_h),
            Side.VICTIM: (width - MARGIN - ctrl_w, top, ctrl_w, ctrl_h),
            Side.LOCATION: (cx - ctrls[Side.LOCATION].width / 2, pm_top, ctrls[Side.LOCATION].width, pm_h),
        }
        for side in (Side.OFFENDER, Side.LOCATION, Side.VICTIM):
            self._draw_card(side, sides.get(side), cards[side], boxes[side], y)
            self._draw_controller(side, ctrls[side], ctrl_boxes[side], y)

    def _draw_card(self, side: Side, data: TriangleSide | None, card: _Card,
                   box: tuple[float, float, float, float], y: Any) -> None:
        x, top, w, h = box
        colour = colors.HexColor(COLOURS[side])
        tint = colors.Color(colour.red, colour.green, colour.blue, alpha=0.08)
        self.add(Rect(x, y(top + h), w, h, rx=5, ry=5, fillColor=tint, strokeColor=colour,
                      strokeWidth=0.8))
        bold = FAMILY_FILES[BASE].face(bold=True)
        title_y = y(top + PAD + TITLE_SIZE * 0.9)
        self.add(String(x + PAD, title_y, side.label, fontName=bold, fontSize=TITLE_SIZE,
                        fillColor=colour))
        flag_x = x + PAD + stringWidth(side.label, bold, TITLE_SIZE) + 8
        if data is not None and data.repeats:
            self._repeat_flag(flag_x, title_y, data.repeats)
        self.add(String(x + w - PAD, title_y if card.counts_in_title else y(top + h - PAD - 1),
                        actions_text(data), textAnchor="end", fontName=BASE,
                        fontSize=BODY_SIZE - 0.5, fillColor=colors.HexColor("#555555")))
        self._place(card, x, top + PAD + card.heading)

    def _repeat_flag(self, x: float, baseline: float, count: int) -> None:
        """A small flag and "2 repeats", in the colour that marks repeats everywhere."""
        colour = colors.HexColor(REPEAT_COLOUR)
        h = BODY_SIZE * 0.95
        self.add(Line(x, baseline - 1, x, baseline + h, strokeColor=colour, strokeWidth=1.2))
        self.add(Polygon([x, baseline + h, x + h * 0.8, baseline + h * 0.75, x, baseline + h * 0.5],
                         fillColor=colour, strokeColor=colour, strokeWidth=0.5))
        self.add(String(x + h, baseline, plural(count, "repeat"), fontName=FAMILY_FILES[BASE].face(bold=True),
                        fontSize=BODY_SIZE - 0.5, fillColor=colour))

    def _draw_controller(self, side: Side, card: _Card, box: tuple[float, float, float, float],
                         y: Any) -> None:
        x, top, w, h = box
        self.add(Rect(x, y(top + h), w, h, rx=5, ry=5, fillColor=colors.white,
                      strokeColor=colors.HexColor("#9AA0A8"), strokeWidth=0.8, strokeDashArray=[3, 2]))
        self.add(String(x + PAD, y(top + PAD + BODY_SIZE * 0.9), side.controller,
                        fontName=FAMILY_FILES[BASE].face(bold=True, italic=True), fontSize=BODY_SIZE,
                        fillColor=colors.HexColor(COLOURS[side])))
        self._place(card, x, top + PAD + card.heading)

    def _place(self, card: _Card, x: float, top: float) -> None:
        """Queue the card's paragraphs, one under the other, from `top` (measured from the top)."""
        inner = card.width - 2 * PAD
        for part in card.paragraphs:
            height = part.wrap(inner, 10_000)[1]
            self.texts.append((part, x + PAD, top, inner))
            top += height

    # Drawing -------------------------------------------------------------------------------------
    def draw(self, showBoundary: Any = None) -> None:  # noqa: N803 - reportlab's name
        """Draw the shapes, then the user text over them (Platypus calls this with self.canv set)."""
        super().draw()
        for part, x, top, width in self.texts:
            _, height = part.wrap(width, 10_000)
            part.drawOn(self.canv, x, self.height - top - height)
