"""The building blocks of the meeting pack PDF: styles, headings that become bookmarks, tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table
from reportlab.platypus.doctemplate import ActionFlowable

from jagdesk.exports.common.fonts import paragraph, paragraph_style, sample_styles
from jagdesk.exports.common.pdf_tables import OVERDUE, fields_table, grid_table

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
TOP, BOTTOM = 22 * mm, 20 * mm  # room for the marking and the page footer
FRAME_W = PAGE_W - 2 * MARGIN
FRAME_H = PAGE_H - TOP - BOTTOM
OVERDUE_FILL = colors.HexColor("#FBE9E7")
NAVY = colors.HexColor("#1F3A5F")
NONE = "—"
# A paragraph longer than this is printed as several, cut at sentence ends: reportlab re-wraps
# what is left of a paragraph at every page it splits over, which for a 40-page paragraph is slow.
CHUNK = 2500
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


# The least of what follows a heading that must fit under it on the same page (else both move on).
KEEP_FIRST = 12 * mm


class KeepWithFirst(Flowable):  # type: ignore[misc]
    """A heading (and the spacers after it) kept with the start of what follows: at least one piece
    of it on the same page, else the heading moves to the next page with it. Never drawn whole: it
    always splits into its parts, so that every heading is drawn (and bookmarked) by itself."""

    def __init__(self, lead: list[Flowable], then: Flowable) -> None:
        super().__init__()
        self.lead, self.then = lead, then
        self.lead_bookmark = getattr(lead[0], "bookmark", None)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return availWidth, 0xFFFFFF  # too tall to add: the frame asks for a split

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        frame = getattr(self, "_frame", None)
        whole = [*self.lead, self.then]
        if frame is not None and getattr(frame, "_atTop", False):
            return whole  # a fresh page: nothing better is coming
        used = 0.0
        for part in self.lead:
            used += part.wrapOn(self.canv, availWidth, availHeight)[1]
            used += part.getSpaceBefore() + part.getSpaceAfter()
        room = availHeight - used - self.then.getSpaceBefore()
        if room < min(KEEP_FIRST, self.then.wrapOn(self.canv, availWidth, availHeight)[1]):
            return []
        height = self.then.wrapOn(self.canv, availWidth, room)[1]
        if height <= room:
            return whole
        pieces = self.then.splitOn(self.canv, availWidth, room)
        return [*self.lead, *pieces] if pieces else []

    def draw(self) -> None:  # pragma: no cover - always split first
        pass


def kept_with_next(flowables: list[Flowable]) -> list[Flowable]:
    """The story with each heading bound to what follows it (KeepWithFirst), from the end, so that
    a section heading holds its first sub-heading, which holds its first paragraph. A heading's
    spacers go with it; a conditional page break right after a heading is dropped (the binding
    keeps them together already, and the break could part them)."""
    out: list[Flowable] = []  # built backwards: out[-1] is what follows the flowable at hand
    for flowable in reversed(flowables):
        if not getattr(flowable, "keep_with_next", False):
            out.append(flowable)
            continue
        fillers = []
        while out and isinstance(out[-1], Spacer):  # CondPageBreak is a Spacer too
            filler = out.pop()
            if not isinstance(filler, CondPageBreak):
                fillers.append(filler)
        # Not across a page break, nor around the contents (the document finds indexing
        # flowables in the story itself, not inside others).
        if not out or isinstance(out[-1], (ActionFlowable, PageBreak)) or out[-1].isIndexing():
            out.extend(reversed(fillers))
            out.append(flowable)
            continue
        out.append(KeepWithFirst([flowable, *fillers], out.pop()))
    out.reverse()
    return out


class Story:
    """A list of flowables with the pack's house style; headings carry their bookmark and keep
    with what follows them."""

    def __init__(self) -> None:
        self.s = sample_styles()
        for name in ("body", "small"):  # no last line of a paragraph alone atop a page
            self.s[name].allowWidows = 0
        self.s["right"] = ParagraphStyle("cell-right", parent=self.s["cell"], alignment=2)
        self.s["right_bold"] = ParagraphStyle("cell-bold-right", parent=self.s["cell_bold"], alignment=2)
        self.s["overdue"] = ParagraphStyle("overdue", parent=self.s["cell_bold"], textColor=OVERDUE)
        self.s["section"] = paragraph_style("JagSection", size=15, bold=True, color=NAVY,
                                            space_before=10, space_after=6)
        self.s["continued"] = paragraph_style("JagContinued", size=9.5, bold=True, color=NAVY,
                                              space_after=4)
        self.flowables: list[Flowable] = []
        self._keys = 0

    def add(self, *items: Flowable) -> None:
        self.flowables.extend(items)

    def p(self, text: str, style: str = "body") -> Paragraph:
        return paragraph(text, self.s[style])

    def heading(self, text: str, level: int = 1, keep: float = 40 * mm) -> None:
        """A heading (level 0: a section, 1: a sub-section) listed in the contents and bookmarked;
        never left alone at the foot of a page."""
        self.flowables.append(CondPageBreak(keep))
        para = self.p(text, "section" if level == 0 else "heading")
        self._keys += 1
        para.bookmark = (f"s{self._keys}", level, text)
        para.keep_with_next = True
        self.flowables.append(para)

    def subheading(self, text: str) -> None:
        """A heading within a sub-section ("Decisions", "Visual audits"), kept with what follows."""
        para = self.p(text, "subheading")
        para.keep_with_next = True
        self.flowables.append(para)

    def finished(self) -> list[Flowable]:
        """The flowables to build, every heading bound to what follows it."""
        return kept_with_next(self.flowables)

    def text(self, value: str, style: str = "body", empty: str = "") -> None:
        """User text, a paragraph per line; very long paragraphs cut at sentence ends."""
        lines = [line for line in value.replace("\r\n", "\n").split("\n")]
        if not any(line.strip() for line in lines):
            if empty:
                self.flowables.append(self.p(empty, "small"))
            return
        for line in lines:
            if not line.strip():
                self.flowables.append(Spacer(1, 4))
                continue
            for chunk in chunks(line):
                self.flowables.append(self.p(chunk, style))

    def fields(self, rows: Sequence[tuple[str, str]], label_width: float = 34 * mm) -> Table:
        """Label / value pairs as a borderless two-column table."""
        return fields_table(rows, FRAME_W, label_width, self.s, empty=NONE)

    def grid(self, header: Sequence[str], body: Sequence[Sequence[Any]], widths: Sequence[float],
             extra: Sequence[tuple[Any, ...]] = (), numeric_from: int | None = None) -> Table:
        """A ruled table whose header repeats on every page it runs onto."""
        return grid_table(header, body, widths, self.s, extra, numeric_from)


def chunks(line: str) -> list[str]:
    """A line cut into pieces of about CHUNK characters at sentence ends (else at spaces)."""
    if len(line) <= CHUNK:
        return [line]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(line):
        while len(sentence) > CHUNK:  # a sentence that long is cut at a space (or anywhere)
            cut = sentence.rfind(" ", 0, CHUNK)
            cut = cut if cut > CHUNK // 2 else CHUNK
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + len(sentence) + 1 > CHUNK:
            pieces.append(current)
            current = ""
        current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


def widths(*fixed_mm: float) -> list[float]:
    """Column widths: the given ones in mm, and one 0 among them taking the rest of the frame."""
    given = [w * mm for w in fixed_mm]
    rest = FRAME_W - sum(given)
    return [w if w else rest for w in given]
