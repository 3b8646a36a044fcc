"""Which text needs harfbuzz, and the paragraph style for text that does not.

Shaping joins Arabic letters, orders and stacks Gurmukhi vowel signs and places combining marks;
for Latin, Greek, Cyrillic and Chinese text it only kerns pairs of letters. A paragraph that is
shaped goes through reportlab's slow path word by word (every word a glyph run with its own
advances, drawn glyph by glyph), which took two fifths of the time to write a meeting pack. So
only the words that need it are shaped: the rest is set as plain text, unkerned.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle

# Characters printed as they are, one glyph each at the font's own advance: Latin (with its
# precomposed accents), Greek and Cyrillic without combining marks, general punctuation without
# the zero-width and direction controls, sub- and superscripts, currency, symbols, arrows, box
# drawing, and the Chinese and Japanese characters (not the combining kana marks).
_PLAIN = re.compile(
    "[\x00-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e"
    "\u2070-\u20cf\u2100-\u2bff\u3000-\u3029\u3030-\u303f\u3041-\u3096\u309b-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef\U00020000-\U0003134f]*")


def needs_shaping(text: str) -> bool:
    """Whether harfbuzz does more for the text than kern it (a character outside _PLAIN)."""
    return _PLAIN.fullmatch(text) is None


# Each shaped style's unshaped twin, by the style's id (the style kept too, so the id stays its).
_twins: dict[int, tuple[ParagraphStyle, ParagraphStyle]] = {}
_TWINS_KEPT = 1_000


def unshaped(style: ParagraphStyle) -> ParagraphStyle:
    """The style with shaping off (the same object again for the same style)."""
    found = _twins.get(id(style))
    if found is not None and found[0] is style:
        return found[1]
    if len(_twins) >= _TWINS_KEPT:
        _twins.clear()
    twin = style.clone(style.name, shaping=0)
    _twins[id(style)] = (style, twin)
    return twin
