"""The PDF text operators of a shaped string, written the way reportlab writes them, quickly.

reportlab's PDFTextObject._formatText turns a harfbuzz-shaped string into operators glyph by glyph:
three items a glyph (offset, code, the advance harfbuzz wants less the font's own), the zeros
dropped, the rest grouped into strings and numbers with itertools.groupby. Every line of every
paragraph comes through it (all JAGDesk's text is shaped), and in a long document it is a fifth of
the time taken to write it. This does the same in one pass over the glyphs, giving the same
operators character for character; a string whose glyphs are raised or lowered (a harfbuzz y
offset: marks stacked in some scripts) is left to reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont

from jagdesk.exports.common.reportlab_speed import fp_str


def shaped_operators(tx: Any, text: Any) -> str | None:
    """The operators reportlab's _formatText would give for a ShapedStr `text` in text object
    `tx` (and its current subset updated as reportlab does), or None to let reportlab do it."""
    data = text.__shapeData__
    font = getFont(tx._fontname)
    if not (font._dynamicFont and font.shapable) or any(sd.y_offset for sd in data):
        return None
    canv = tx._canvas
    doc = canv._doc
    escape = canv._escape
    out: list[str] = []
    template = None
    start = 0
    for subset, codes in font.splitString(text, doc):
        if subset != tx._curSubset:
            if not template:
                template = f"{fp_str(tx._fontsize)} Tf {fp_str(tx._leading)} TL"
            out.append(f"{font.getSubsetInternalName(subset, doc)} {template}")
            tx._curSubset = subset
        glyphs = data[start:start + len(codes)]
        start += len(codes)
        if glyphs:
            out.append(_run_operators(glyphs, codes, escape))
    return " ".join(out)


def _run_operators(glyphs: list[Any], codes: bytes, escape: Any) -> str:
    """One subset's run: "(codes) Tj", or "[(codes) adjust (codes) ...] TJ" where harfbuzz moves
    glyphs from where the font's advances put them."""
    items: list[str] = []
    numbers: list[Any] = []  # adjustments between two strings, summed as reportlab sums them
    first: int | None = None  # where the open string of codes began
    for i, sd in enumerate(glyphs):
        before = -sd.x_offset
        after = sd.width - sd.x_advance + sd.x_offset
        if before:
            if first is not None:
                items.append(f"({escape(codes[first:i])})")
                first = None
            numbers.append(before)
        if first is None:
            if numbers:
                items.append(fp_str(sum(numbers)))
                numbers = []
            first = i
        if after:
            items.append(f"({escape(codes[first:i + 1])})")
            first = None
            numbers.append(after)
    if first is not None:
        items.append(f"({escape(codes[first:len(glyphs)])})")
    elif numbers:
        items.append(fp_str(sum(numbers)))
    items = [item for item in items if item != "0"]
    if len(items) == 1 and items[0].startswith("("):
        return f"{items[0]} Tj"
    return f"[{' '.join(items)}] TJ"
