"""Three targeted fixes to reportlab 4/5, installed once by fonts.register_fonts.

1. ToUnicode maps, so that characters beyond U+FFFF (emoji) extract from PDFs. reportlab writes
each subset glyph's character as `<%04X>`, which for U+1F600 is the odd-length
`<1F600>`: PDF readers (pypdf, poppler) take that as broken and copying or searching the emoji
fails. A ToUnicode map's destination is UTF-16BE (PDF 1.7, 9.10.3), so a character beyond the
Basic Multilingual Plane must be written as its surrogate pair, `<D83DDE00>`.

2. Shaping of a word printed in more than one font. reportlab shapes each space-separated word
with harfbuzz using the FIRST piece's font for the whole word, so in "ਸਿੰਘ(Hertsmere" or
"الحسن;" the letters of the other font come out as that font's missing-glyph boxes. The fix
shapes each single-font piece of such a word on its own and joins the results.

3. Text that extracts as it was written. A shaped word is drawn as glyphs: Arabic as its joined
presentation forms in visual order, Gurmukhi conjuncts as glyphs with no character at all (reportlab
gives them private-use codes) and vowel signs moved before their consonant. Copying or searching the
PDF then gives other characters than the user typed. PDF has the answer (1.7, 14.9.4): a
marked-content span with /ActualText around the glyphs holds the logical text they stand for. Each
shaped word keeps its logical text (`ActualStr`) through reportlab's line building, and the text
object wraps its glyphs in `/Span <</ActualText <FEFF...>>> BDC ... EMC` when it draws them.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import textobject
from reportlab.platypus import paragraph as rl_paragraph

from jagdesk.exports.common import reportlab_speed, wrap_cache
from jagdesk.exports.common.plain_text import needs_shaping
from jagdesk.exports.common.shaped_text import shaped_operators
from jagdesk.exports.common.wrap_cache import REHEARSAL


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


def _specials_as_pieces(word: Any) -> Any:
    """reportlab puts a shaped word's callbacks (the contents' <onDraw/>, anchors) back as LISTS
    of frags, where the line breaker wants (frag, "") pieces; a word with one failed to wrap."""
    for i in range(len(word) - 1, 0, -1):
        if isinstance(word[i], list):
            word[i:i + 1] = [(frag, "") for frag in word[i]]
    return word


# Shaped words by (font, size, text): minutes repeat their words, and reportlab shapes every word
# again each time a paragraph is wrapped (each pass of a document with contents, each page split).
_shaped: dict[tuple[str, float, str], tuple[float, Any] | None] = {}
SHAPED_CACHE_SIZE = 50_000


def _shape_cached(word: Any) -> Any:
    """A word of one piece shaped, from the cache when the same text was shaped before."""
    frag, text = word[1]
    key = (frag.fontName, frag.fontSize, str(text))
    if key not in _shaped:
        # Text that harfbuzz would only kern is set as it is (see plain_text).
        shaped = _original_shape_frag_word(word) if needs_shaping(key[2]) else word
        if shaped is not word:
            shaped = _with_actual_text(key[2], _specials_as_pieces(shaped))
        if len(_shaped) >= SHAPED_CACHE_SIZE:
            _shaped.clear()
        if shaped is word:
            _shaped[key] = None
        elif len(shaped) == 2:
            _shaped[key] = (shaped[0], shaped[1][1])
        return shaped
    found = _shaped[key]
    if found is None:
        return word
    return ttfonts.makeShapedFragWord(word)([found[0], (frag, found[1])])


def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """reportlab's shapeFragWord, shaping each run of one font in a mixed-font word on its own.

    A frag word is [width, (frag, text), ...]; a word in one font goes to reportlab unchanged,
    and a word harfbuzz would only kern is left unshaped (unless `force` is given).
    """
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    if len(word) == 2 and not args and not kwargs and not hasattr(word[1][0], "cbDefn"):
        return _shape_cached(word)
    if not args and not kwargs and not needs_shaping(_logical(word)):
        return word
    pieces = list(word[1:])
    fonts = {f for f in map(_font_of, pieces) if f is not None}
    if len(fonts) <= 1:
        shaped = _original_shape_frag_word(word, *args, **kwargs)
        if shaped is word:
            return word
        return _with_actual_text(_logical(word), _specials_as_pieces(shaped))
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
        shaped = _specials_as_pieces(_original_shape_frag_word([group_width, *group], force=True))
        width += shaped[0]
        for frag, text in shaped[1:]:
            data = getattr(text, "__shapeData__", None)
            if data is not None:
                text = ttfonts.ShapedStr(str(text), shapeData=[d._replace(cluster=d.cluster + offset)
                                                               for d in data])
            joined.append((frag, text))
        offset += sum(len(text) for frag, text in group if not hasattr(frag, "cbDefn"))
    return _with_actual_text(_logical(word), ttfonts.makeShapedFragWord(word)([width, *joined]))


# --- 3. ActualText ---------------------------------------------------------------------------------

# Glyphs start..end of a string come from one shaped word; `chunks` maps each harfbuzz cluster
# of the word to the logical text it stands for.
Span = tuple[int, int, tuple[tuple[int, str], ...]]


def _shifted(spans: tuple[Span, ...], by: int) -> tuple[Span, ...]:
    return tuple((start + by, end + by, chunks) for start, end, chunks in spans)


def _joined(left: tuple[Span, ...], right: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans of two strings put end to end; touching spans (pieces of one word) become one."""
    if left and right and left[-1][1] == right[0][0]:
        first, last = left[-1], right[0]
        chunks = tuple(sorted(dict(first[2] + last[2]).items()))
        return (*left[:-1], (first[0], last[1], chunks), *right[1:])
    return left + right


def _spans_of(text: Any) -> tuple[Span, ...]:
    return getattr(text, "__actual__", ())


class ActualStr(ttfonts.ShapedStr):  # type: ignore[misc]
    """A shaped string that knows the logical text behind runs of its glyphs.

    reportlab builds a line's text with +, cuts long words with slices and single characters, so
    all three keep the spans (ShapedStr keeps only the glyph positions).
    """

    __actual__: tuple[Span, ...]

    def __new__(cls, text: str, shapeData: Any = None, spans: tuple[Span, ...] = ()) -> ActualStr:  # noqa: N803
        self = super().__new__(cls, text, shapeData=shapeData)
        self.__actual__ = spans
        return self  # type: ignore[no-any-return]

    def __add__(self, other: Any) -> ActualStr:
        joined = ttfonts.ShapedStr.__add__(self, other)
        return ActualStr(str(joined), joined.__shapeData__,
                         _joined(self.__actual__, _shifted(_spans_of(other), len(self))))

    def __radd__(self, other: Any) -> ActualStr:
        joined = ttfonts.ShapedStr.__radd__(self, other)
        return ActualStr(str(joined), joined.__shapeData__,
                         _joined(_spans_of(other), _shifted(self.__actual__, len(other))))

    def __getitem__(self, index: Any) -> Any:
        part = ttfonts.ShapedStr.__getitem__(self, index)
        if not part:
            return part
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return part
        else:
            start = index + len(self) if index < 0 else index
            stop = start + 1
        spans = [(max(first, start) - start, min(end, stop) - start, chunks)
                 for first, end, chunks in self.__actual__ if max(first, start) < min(end, stop)]
        return ActualStr(str(part), part.__shapeData__, tuple(spans))

    def actual_text(self) -> str:
        """The logical text the string's glyphs stand for (what extraction should give)."""
        pieces: list[str] = []
        for glyphs, text in _cluster_runs(self):
            pieces.append(str(glyphs) if text is None else text)
        return "".join(pieces)


def _cluster_runs(text: Any) -> list[tuple[Any, str | None]]:
    """The string cut into runs of glyphs, each with the logical text to give for it (None: its
    own characters will do). One run per harfbuzz cluster inside a span, so that a reader that
    orders characters by position (poppler, for right-to-left words) puts each where it is drawn."""
    runs: list[tuple[Any, str | None]] = []
    at = 0
    data = text.__shapeData__
    cut = ttfonts.ShapedStr.__getitem__  # glyphs and their places; the spans are not wanted here
    for start, end, chunks in _spans_of(text):
        if at < start:
            runs.append((cut(text, slice(at, start)), None))
        lookup = dict(chunks)
        i = start
        while i < end:
            cluster = data[i].cluster
            j = i + 1
            while j < end and data[j].cluster == cluster:
                j += 1
            glyphs = cut(text, slice(i, j))
            logical = lookup.get(cluster)
            if logical is not None and logical == str(glyphs):
                logical = None
            if logical is None and runs and runs[-1][1] is None:
                runs[-1] = (runs[-1][0] + glyphs, None)
            else:
                runs.append((glyphs, logical))
            i = j
        at = end
    if at < len(text):
        runs.append((cut(text, slice(at, None)), None))
    return runs


def _logical(word: Any) -> str:
    """The text of a frag word (all its pieces together), before shaping."""
    return "".join(str(piece[1]) for piece in word[1:] if not hasattr(piece[0], "cbDefn"))


def _with_actual_text(text: str, word: Any) -> Any:
    """A shaped frag word whose pieces that changed characters carry their logical text.

    The clusters of harfbuzz's glyph data index the word's logical `text`, so a cluster's text
    runs from it to the next cluster of the word.
    """
    shaped = [i for i, piece in enumerate(word)
              if i and len(piece) == 2 and isinstance(piece[1], ttfonts.ShapedStr)]
    starts = sorted({d.cluster for i in shaped for d in word[i][1].__shapeData__
                     if 0 <= d.cluster < len(text)} | {len(text)})
    following = dict(zip(starts, starts[1:], strict=False))
    for i in shaped:
        frag, glyphs = word[i]
        clusters = sorted({d.cluster for d in glyphs.__shapeData__ if d.cluster in following})
        chunks = tuple((c, text[c:following[c]]) for c in clusters)
        if chunks and "".join(chunk for _, chunk in chunks) != str(glyphs):
            word[i] = (frag, ActualStr(str(glyphs), glyphs.__shapeData__,
                                       ((0, len(glyphs), chunks),)))
    return word


def _utf16_text(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper()


def _as_placed(text: str) -> str:
    """A cluster's text in the order a reader places it: right-to-left letters reversed.

    Extractors (poppler's pdftotext and the viewers built on it, pdf.js) spread a span's
    characters left to right over its glyphs and then read a right-to-left word from right to
    left, so the one glyph of the lam-alef or "الله" ligature would give its letters backwards.
    """
    if len(text) > 1 and any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return text[::-1]
    return text


_original_format_text = textobject.PDFTextObject._formatText


def _operators(text_object: Any, text: Any) -> str:
    """reportlab's operators for the text; a shaped string's written by shaped_operators."""
    if isinstance(text, ttfonts.ShapedStr):
        found = shaped_operators(text_object, text)
        if found is not None:
            return found
    return str(_original_format_text(text_object, text))


# --- Widths of plain words, remembered ----------------------------------------------------------

_original_string_width = rl_paragraph.stringWidth
_widths: dict[tuple[str, str, float], float] = {}


def string_width(text: Any, fontName: str, fontSize: float, encoding: str = "utf8") -> float:  # noqa: N803
    """reportlab's stringWidth for the paragraph module, remembering plain words: a paragraph
    measures every word each time it is wrapped."""
    if type(text) is not str:  # shaped strings carry their own advances
        return float(_original_string_width(text, fontName, fontSize, encoding))
    key = (text, fontName, fontSize)
    width = _widths.get(key)
    if width is None:
        if len(_widths) >= SHAPED_CACHE_SIZE:
            _widths.clear()
        width = _widths[key] = float(_original_string_width(text, fontName, fontSize, encoding))
    return width


def format_text(self: Any, text: Any) -> str:
    """reportlab's text operators, each shaped cluster whose glyphs are not its characters inside
    a marked-content span with /ActualText (PDF 1.7, 14.9.4).

    On a canvas marked as a rehearsal (`REHEARSAL` set true: a pass of a multi-pass build that
    only lays pages out to number them) no text operators are made: that pass is thrown away.
    """
    if getattr(self._canvas, REHEARSAL, False):
        return ""
    if not _spans_of(text):
        return _operators(self, text)
    parts: list[str] = []
    for glyphs, logical in _cluster_runs(text):
        drawn = _operators(self, glyphs)
        if logical is None:
            parts.append(drawn)
        else:
            parts.append(f"/Span <</ActualText <{_utf16_text(_as_placed(logical))}>>> BDC {drawn} EMC")
    return " ".join(part for part in parts if part)


def install() -> None:
    """Install the fixes (idempotent).

    reportlab looks makeToUnicodeCMap up in its module at call time, and paragraph.py imported
    shapeFragWord by name, so both module attributes are replaced.
    """
    if getattr(ttfonts.makeToUnicodeCMap, "_jagdesk", False):
        return
    wrap_cache.install()
    reportlab_speed.install()
    make_to_unicode_cmap._jagdesk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
    if ttfonts.uharfbuzz:  # without harfbuzz reportlab does not shape at all
        ttfonts.shapeFragWord = shape_frag_word
        rl_paragraph.shapeFragWord = shape_frag_word
        textobject.PDFTextObject._formatText = format_text
    rl_paragraph.stringWidth = string_width
