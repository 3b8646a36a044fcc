"""Two targeted fixes to reportlab 4/5, installed once by fonts.register_fonts.

1. ToUnicode maps, so that characters beyond U+FFFF (emoji) extract from PDFs. reportlab writes
each subset glyph's character as `<%04X>`, which for U+1F600 is the odd-length
`<1F600>`: PDF readers (pypdf, poppler) take that as broken and copying or searching the emoji
fails. A ToUnicode map's destination is UTF-16BE (PDF 1.7, 9.10.3), so a character beyond the
Basic Multilingual Plane must be written as its surrogate pair, `<D83DDE00>`.

2. Shaping of a word printed in more than one font. reportlab shapes each space-separated word
with harfbuzz using the FIRST piece's font for the whole word, so in "ਸਿੰਘ(Hertsmere" or
"الحسن;" the letters of the other font come out as that font's missing-glyph boxes. The fix
shapes each single-font piece of such a word on its own and joins the results.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph as rl_paragraph


def _utf16_hex(code: int) -> str:
    """A code point as the UTF-16BE hex digits a ToUnicode map wants."""
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's makeToUnicodeCMap, writing UTF-16 (surrogate pairs above U+FFFF)."""
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *[f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)],
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


_original_shape_frag_word = ttfonts.shapeFragWord


def _font_of(piece: Any) -> str | None:
    frag = piece[0]
    return None if hasattr(frag, "cbDefn") else str(frag.fontName)


def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """reportlab's shapeFragWord, shaping each run of one font in a mixed-font word on its own.

    A frag word is [width, (frag, text), ...]; a word in one font goes to reportlab unchanged.
    """
    pieces = list(word[1:])
    fonts = {f for f in map(_font_of, pieces) if f is not None}
    if len(fonts) <= 1 or isinstance(word, ttfonts.ShapedFragWord):
        return _original_shape_frag_word(word, *args, **kwargs)
    groups: list[list[Any]] = []
    for piece in pieces:
        font = _font_of(piece)
        if groups and (font is None or font == _font_of(groups[-1][-1]) or _font_of(groups[-1][-1]) is None):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    joined: list[Any] = []
    width = 0.0
    offset = 0  # each group's clusters count from its own start; keep them rising through the word
    for group in groups:
        group_width = sum(pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
                          for frag, text in group if not hasattr(frag, "cbDefn"))
        shaped = _original_shape_frag_word([group_width, *group], force=True)
        width += shaped[0]
        for frag, text in shaped[1:]:
            data = getattr(text, "__shapeData__", None)
            if data is not None:
                text = ttfonts.ShapedStr(str(text), shapeData=[d._replace(cluster=d.cluster + offset)
                                                               for d in data])
            joined.append((frag, text))
        offset += sum(len(text) for frag, text in group if not hasattr(frag, "cbDefn"))
    return ttfonts.makeShapedFragWord(word)([width, *joined])


def install() -> None:
    """Install both fixes (idempotent).

    reportlab looks makeToUnicodeCMap up in its module at call time, and paragraph.py imported
    shapeFragWord by name, so both module attributes are replaced.
    """
    if getattr(ttfonts.makeToUnicodeCMap, "_jagdesk", False):
        return
    make_to_unicode_cmap._jagdesk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
    if ttfonts.uharfbuzz:  # without harfbuzz reportlab does not shape at all
        ttfonts.shapeFragWord = shape_frag_word
        rl_paragraph.shapeFragWord = shape_frag_word
