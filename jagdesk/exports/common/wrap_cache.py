"""Paragraphs that remember their last layout, and flowables left undrawn in a rehearsal pass.

A document with a table of contents or "Page X of Y" is laid out twice (reportlab's multiBuild),
and within each pass a paragraph is measured again and again at the same width: by the frame
before it is placed, by a table for each row height and again when the table draws its cells, by
a heading that keeps with it. Each time reportlab breaks its lines afresh, which is most of the
time a long document takes to write.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.paragraph import textTransformFrags

from jagdesk.exports.common import quick_parse
from jagdesk.exports.common.plain_text import needs_shaping, unshaped

REHEARSAL = "_jagdesk_rehearsal"
_FUZZ = 1e-6  # reportlab's: narrower than this, a paragraph does not fit at all


class CachedParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph whose wrap at the width of its last wrap gives the lines it found then.

    Breaking lines depends on the width and on the paragraph's fragments only (the height on offer
    plays no part), and reportlab replaces the fragments with the words it found on the first
    break, so the layout is kept with the fragments it came from and used while they are the
    paragraph's.
    """

    _laid_out: tuple[Any, ...] | None = None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:  # noqa: N803 - reportlab's
        """reportlab's _setup, markup of fonts.markup's small grammar read without HTMLParser
        (quick_parse); a paragraph of text parsed here that harfbuzz would only kern takes its
        style with shaping off, so reportlab breaks and draws it as plain text (plain_text)."""
        parsing = frags is None
        if parsing:
            cleaned = cleaner(text)
            frags = quick_parse.fragments(cleaned, style, self.caseSensitive)
            if frags is not None:  # what reportlab's _setup does with its parser's fragments
                textTransformFrags(frags, style)
                text = cleaned
        super()._setup(text, style, bulletText, frags, cleaner)
        parsed: Any = self.__dict__["style"]  # the parser may give another style than `style`
        if parsing and parsed.shaping and not any(
                needs_shaping(getattr(frag, "text", "")) for frag in self.frags):
            self.style = unshaped(parsed)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's
        laid = self._laid_out
        if laid is not None and laid[0] == availWidth and laid[1] is self.frags:
            (_, _, self.blPara, self.width, self.height, self._width_max,
             self._wrapWidths) = laid
            return self.width, self.height
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ:
            self._laid_out = (availWidth, self.frags, self.blPara, self.width, self.height,
                              self._width_max, self._wrapWidths)
        return result

    _split_into: tuple[Any, ...] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Paragraph]:  # noqa: N803 - reportlab's
        """reportlab's split; the same two parts again when asked again for the same room with
        the same lines (the next pass of the build), so that their lines are kept too."""
        laid = self._laid_out
        done = self._split_into
        if (done is not None and laid is not None and done[:2] == (availWidth, availHeight)
                and done[2] is laid and getattr(self, "blPara", None) is laid[2]):
            return list(done[3])
        lines = getattr(self, "blPara", None)
        parts: list[Paragraph] = super().split(availWidth, availHeight)
        if len(parts) == 2 and laid is not None and laid[0] == availWidth and lines is laid[2]:
            self._split_into = (availWidth, availHeight, laid, tuple(parts))
        return parts


_original_draw_on = Flowable.drawOn


def draw_on(self: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803 - reportlab's
    """reportlab's drawOn, drawing nothing on a canvas marked as a rehearsal (`REHEARSAL` set
    true: a pass of a multi-pass build that only lays pages out to number them, then is thrown
    away). Laying out is wrap and split, done before drawing; drawing adds no page."""
    if getattr(canvas, REHEARSAL, False):
        return
    _original_draw_on(self, canvas, x, y, _sW)


def install() -> None:
    """Skip drawing in rehearsals (idempotent)."""
    Flowable.drawOn = draw_on
