"""A meeting's pack as an A4 PDF: cover, contents, agenda, the last meeting's minutes, earlier
actions, hotspot sheets, case summaries and crime statistics, with bookmarks and the marking on
every page. A page that goes on with a section says so at its top: "Hotspot 2: ... (continued)"."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Spacer,
)

from jagdesk.domain.meetings.vocabulary import MeetingPack
from jagdesk.exports.common import sheet_text as st
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.common.fonts import markup, register_fonts
from jagdesk.exports.common.marked_canvas import draw_page_furniture
from jagdesk.exports.common.wrap_cache import REHEARSAL
from jagdesk.exports.meetings.pack import covert, sections
from jagdesk.exports.meetings.pack.hotspots import case_summary, hotspot_sheet
from jagdesk.exports.meetings.pack.parts import (
    BOTTOM,
    FRAME_H,
    FRAME_W,
    MARGIN,
    PAGE_H,
    KeepWithFirst,
    Story,
)


class _PageTotal(Flowable):  # type: ignore[misc]
    """Draws nothing; keeps the document building until "of Y" is the page count of the pass
    before, so that "Page X of Y" is right on every page."""

    def __init__(self, doc: PackDoc) -> None:
        super().__init__()
        self.doc = doc
        self._settled = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass

    def isIndexing(self) -> int:  # noqa: N802 - reportlab's name
        return 1

    def beforeBuild(self) -> None:  # noqa: N802
        pass

    def afterBuild(self) -> None:  # noqa: N802
        self._settled = self.doc.total == self.doc.page
        self.doc.total = self.doc.page

    def isSatisfied(self) -> bool:  # noqa: N802
        return self._settled

    def notify(self, kind: str, stuff: Any) -> None:
        pass  # the contents' entries are not its business


class PackDoc(BaseDocTemplate):  # type: ignore[misc]
    """The pack's document: every heading with a bookmark becomes an outline entry and a line in
    the contents, on the page where it lands."""

    def __init__(self, filename: str, pack: MeetingPack) -> None:
        doc = pack.meeting
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=PAGE_H - BOTTOM - FRAME_H, bottomMargin=BOTTOM,
                         title=f"{doc.title}: meeting pack", author="JAGDesk",
                         subject="Meeting pack" + (" (public version)" if pack.public else ""),
                         creator="JAGDesk")
        self.pack = pack
        self.total = 0
        self.story = Story()  # for its styles
        self._reset()
        frame = Frame(MARGIN, BOTTOM, FRAME_W, FRAME_H, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("pack", frames=[frame], onPage=self._decorate)])

    def _reset(self) -> None:
        self._section = ""  # the level 0 heading last drawn
        self._sub = ""  # the level 1 heading drawn since
        self._fresh = False  # a page has begun and nothing is on it yet

    def beforeDocument(self) -> None:  # noqa: N802 - reportlab's name
        # The first pass only finds the pages of the headings and the page count, and is thrown
        # away: its text is not turned into PDF operators (a third of the time of a pass).
        setattr(self.canv, REHEARSAL, self.total == 0)
        self._reset()

    def handle_frameBegin(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802 - reportlab's name
        super().handle_frameBegin(*args, **kwargs)
        self._fresh = True

    def filterFlowables(self, flowables: list[Flowable]) -> None:  # noqa: N802 - reportlab's name
        """On a new page, before the first thing that is not a heading: "Title (continued)"."""
        if not self._fresh:
            return
        for flowable in flowables:
            if isinstance(flowable, (Spacer, _PageTotal)):  # CondPageBreak is a Spacer too
                continue
            self._fresh = False
            if isinstance(flowable, PageBreak):
                return
            mark = (flowable.lead_bookmark if isinstance(flowable, KeepWithFirst)
                    else getattr(flowable, "bookmark", None))
            title = self._sub or self._section
            if mark is None and title:
                flowables.insert(0, self.story.p(f"{title} (continued)", "continued"))
            return

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        mark = getattr(flowable, "bookmark", None)
        if mark is None:
            return
        key, level, title = mark
        if level == 0:
            self._section, self._sub = title, ""
        else:
            self._sub = title
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        if title != "Contents":
            self.notify("TOCEntry", (level, markup(title), self.page, key))

    def _decorate(self, canvas: Any, doc: Any) -> None:
        meeting = self.pack.meeting
        kind = "Public meeting pack" if self.pack.public else "Meeting pack"
        footer = f"{kind}  ·  {st.day(meeting.held_on)}  ·  printed {st.day(meeting.printed_on)}"
        # The first pass does not know the page count yet: its pages are thrown away.
        draw_page_furniture(canvas, meeting.marking, footer, doc.page, max(self.total, doc.page),
                            MARGIN)


def pack_story(pack: MeetingPack, doc: PackDoc) -> list[Flowable]:
    """Everything the pack prints, in order."""
    story = Story()
    story.add(_PageTotal(doc))
    sections.cover(story, pack)
    sections.contents(story)
    sections.agenda(story, pack)
    sections.previous_minutes(story, pack)
    sections.previous_actions(story, pack)
    if pack.hotspots:
        story.heading("Hotspots", level=0, keep=FRAME_H)
        story.add(story.p(f"{len(pack.hotspots)} hotspot{'s' if len(pack.hotspots) != 1 else ''} "
                          "on the agenda; each has its own sheet.", "small"))
        for number, sheet in enumerate(pack.hotspots, start=1):
            hotspot_sheet(story, sheet, number, new_page=number > 1)
    if pack.cases:
        story.heading("Problem-solving cases", level=0, keep=FRAME_H)
        for number, case in enumerate(pack.cases):
            case_summary(story, case, new_page=number > 0)
    sections.statistics(story, pack)
    sections.extra_sections(story, pack)
    covert.covert_page(story, pack)  # last, so the restricted page comes out whole
    return story.finished()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the pack is written, on again (if it was) after.

    Laying out and drawing a pack makes hundreds of thousands of short-lived objects, and each time
    the collector runs it walks every object the program holds (fonts' glyph tables, the store's
    mappings): a sixth of the time taken to write the pack. What the write leaves in cycles is
    collected at the next run after it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def write_pack_pdf(pack: MeetingPack, path: str | os.PathLike[str]) -> None:
    """Write the meeting pack as an A4 portrait PDF at `path` (replaced whole, never half-written)."""
    register_fonts()
    with replacing(path) as temporary, _collector_paused():
        doc = PackDoc(str(temporary), pack)
        doc.multiBuild(pack_story(pack, doc))

