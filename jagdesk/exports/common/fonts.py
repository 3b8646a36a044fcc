"""The shipped fonts for PDF documents, and any user text turned into safe reportlab markup.

Every document JAGDesk prints (case sheets, meeting packs) goes through here, so that names and
text in Polish, Arabic, Punjabi, Chinese or with emoji print with a font that carries them, markup
characters in user text are printed rather than obeyed, right-to-left words are in reading order
and long unbroken strings wrap.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Container, Iterable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from jagdesk.exports.common import bidi, reportlab_fixes
from jagdesk.exports.common.words import break_words, sticky
from jagdesk.exports.common.wrap_cache import CachedParagraph
from jagdesk.paths import resources_dir

BASE = "NotoSans"
ARABIC = "NotoSansArabic"
GURMUKHI = "NotoSansGurmukhi"
CJK = "DroidSansFallback"
SYMBOLS = "Symbola"
# Tried in this order for each character; a character none carries keeps the base font (and
# prints as the font's "missing" box, which at least shows that something is there).
FAMILIES: tuple[str, ...] = (BASE, ARABIC, GURMUKHI, CJK, SYMBOLS)
# The Unicode blocks of Chinese, Japanese and Korean text: CJK punctuation, kana, Bopomofo,
# Hangul, the ideographs and their extensions, full-width forms.
CJK_BLOCKS: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2FDF), (0x3000, 0x31FF), (0x3200, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
    (0x20000, 0x3134F))


@dataclass(frozen=True)
class Family:
    """The files of one font family; a missing weight or slant falls back to the regular face."""

    name: str
    regular: str
    bold: str | None = None
    italic: str | None = None
    docx_name: str = ""  # the family name Word and LibreOffice know it by

    def face(self, bold: bool = False, italic: bool = False) -> str:
        """The registered reportlab font name of this family's nearest face."""
        if bold and self.bold:
            return f"{self.name}-Bold"
        if italic and not bold and self.italic:
            return f"{self.name}-Italic"
        return self.name


FAMILY_FILES: dict[str, Family] = {
    BASE: Family(BASE, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "Noto Sans"),
    ARABIC: Family(ARABIC, "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
                   docx_name="Noto Sans Arabic"),
    GURMUKHI: Family(GURMUKHI, "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf",
                     docx_name="Noto Sans Gurmukhi"),
    CJK: Family(CJK, "DroidSansFallbackFull.ttf", docx_name="Droid Sans Fallback"),
    SYMBOLS: Family(SYMBOLS, "Symbola.ttf", docx_name="Symbola"),
}

_lock = threading.RLock()
# What each family carries: a frozenset of code points, looked up once per character of every
# text printed, so only the Chinese font, read on first need, has the slower LazyCoverage.
_coverage: dict[str, Container[int]] = {}
_base_chars: frozenset[str] = frozenset()  # the base font's characters, as one-letter strings


class LazyCoverage:
    """The characters of a family registered only when text first asks for a character in one
    of its blocks: the Chinese font is 4 MB and costs 0.15 s to read, which a document in
    English should not pay."""

    def __init__(self, family: Family, blocks: tuple[tuple[int, int], ...]) -> None:
        self.family = family
        self.blocks = blocks
        self._codes: frozenset[int] | None = None

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, int):
            return False
        if self._codes is None:
            if not any(low <= code <= high for low, high in self.blocks):
                return False
            with _lock:
                if self._codes is None:
                    self._codes = _register(self.family)
        return code in self._codes


def _register(family: Family) -> frozenset[int]:
    """Register one family's faces with reportlab; the characters its regular face carries."""
    folder = resources_dir() / "fonts"
    faces = {family.name: family.regular}
    if family.bold:
        faces[f"{family.name}-Bold"] = family.bold
    if family.italic:
        faces[f"{family.name}-Italic"] = family.italic
    for name, filename in faces.items():
        # shapable: harfbuzz joins Arabic letters and places Gurmukhi vowel signs.
        pdfmetrics.registerFont(TTFont(name, str(folder / filename), shapable=True))
    pdfmetrics.registerFontFamily(
        family.name, normal=family.name, bold=family.face(bold=True),
        italic=family.face(italic=True), boldItalic=family.face(bold=True, italic=True))
    return frozenset(pdfmetrics.getFont(family.name).face.charToGlyph)


def _default_to_base() -> None:
    """Make the shipped base font reportlab's default wherever it would otherwise use Helvetica.

    Helvetica is one of the PDF standard fonts, which a PDF names but never embeds, so a reader
    substitutes whatever it has. reportlab falls back to it even where nothing is printed in it:
    a canvas names it as each page's starting font, and a table cell sets it before drawing the
    paragraphs inside; a chart label or string made without a font prints in it.
    """
    from reportlab.graphics import shapes
    from reportlab.platypus import tables

    rl_config.canvas_basefontname = BASE
    tables.CellStyle.fontname = BASE
    shapes.STATE_DEFAULTS["fontName"] = BASE
    # Page contents as plain zlib streams, without reportlab's ASCII85 text on top: a tenth
    # smaller a file (a quarter of each page's stream) and no time spent encoding it.
    rl_config.useA85 = 0


def register_fonts() -> None:
    """Register the shipped fonts with reportlab, once per process (safe to call again)."""
    with _lock:
        if _coverage:
            return
        reportlab_fixes.install()
        global _base_chars
        _default_to_base()
        for family in FAMILY_FILES.values():
            if family.name == CJK:
                _coverage[family.name] = LazyCoverage(family, CJK_BLOCKS)
                continue
            codes = _coverage[family.name] = _register(family)
            if family.name == BASE:
                _base_chars = frozenset(map(chr, codes))


def carries(family: str, char: str) -> bool:
    """Whether a family's regular face has a glyph for the character."""
    register_fonts()
    return ord(char) in _coverage[family]


_TOKENS = re.compile(r"\s+|\S+")
# The control characters (Unicode's category Cc) but the newline.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _neutral(char: str) -> bool:
    """Spaces and punctuation, which can stay in the run around them if its font has them."""
    return unicodedata.category(char)[0] in "ZP"


def family_for(char: str, current: str | None = None) -> str:
    """The family to print one character with, given the run it would join."""
    register_fonts()
    code = ord(char)
    if current is not None and (sticky(char) or (_neutral(char) and code in _coverage[current])):
        return current
    for family in FAMILIES:
        if code in _coverage[family]:
            return family
    return BASE


def _word_families(word: str) -> list[str]:
    """The family of each character of a word (no white space in it).

    Punctuation takes the family of the letters of its own word (the nearest before it, else after
    it) so that "(Hertsmere" after a Punjabi name is one Latin run: reportlab shapes a word as a
    whole, and keeping a word in one font keeps it out of the mixed-font case.
    """
    families: list[str | None] = []
    for char in word:
        if _neutral(char) or (sticky(char) and not families):
            families.append(None)
        elif sticky(char):
            families.append(families[-1])
        else:
            families.append(family_for(char))
    for i, char in enumerate(word):
        if families[i] is not None:
            continue
        near = [f for f in (*reversed(families[:i]), *families[i + 1:]) if f is not None]
        choice = next((f for f in near if ord(char) in _coverage[f]), None)
        families[i] = choice or family_for(char)
    return [f or BASE for f in families]


@functools.lru_cache(maxsize=20_000)
def _word_runs(word: str) -> tuple[tuple[str, str], ...]:
    """A word (no white space in it) split into (family, text) runs; words repeat, so remembered."""
    runs: list[tuple[str, str]] = []
    for char, family in zip(word, _word_families(word), strict=True):
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
    return tuple(runs)


def font_runs(text: str) -> list[tuple[str, str]]:
    """The text split into (family, text) runs, each run printable with one family."""
    register_fonts()
    if _base_chars.issuperset(text):
        # The base font has every character: one run (what the loop below would find, quickly).
        return [(BASE, text)] if text else []
    runs: list[tuple[str, str]] = []
    for token in _TOKENS.findall(text):
        if token == " ":  # most white space: what the comprehension below gives, quickly
            current = runs[-1][0] if runs else BASE
            pieces: Iterable[tuple[str, str]] = (
                (current if 32 in _coverage[current] else family_for(token), token),)
        elif token.isspace():
            current = runs[-1][0] if runs else BASE
            pieces = [(current if ord(c) in _coverage[current] else family_for(c), c) for c in token]
        elif _base_chars.issuperset(token):
            pieces = ((BASE, token),)
        else:
            pieces = _word_runs(token)
        for family, chunk in pieces:
            if runs and runs[-1][0] == family:
                runs[-1] = (family, runs[-1][1] + chunk)
            else:
                runs.append((family, chunk))
    return runs


def clean(text: str) -> str:
    """The text without control characters (which XML and fonts refuse); tabs become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text)


def _line_markup(line: str, bold: bool, italic: bool) -> str:
    parts = []
    for family, chunk in font_runs(line):
        safe = escape(chunk)
        if family == BASE:
            parts.append(safe)  # the style's own font (and weight) already prints it
        else:
            face = FAMILY_FILES[family].face(bold, italic)
            parts.append(f'<font name="{face}">{safe}</font>')
    return "".join(parts)


def markup(text: str, *, bold: bool = False, italic: bool = False,
           direction: bidi.Direction | None = None) -> str:
    """Paragraph markup for user text: escaped, font runs tagged, right-to-left words ordered.

    Each line (split at newlines) has its words put in visual order; a line that then wraps
    keeps that order across its pieces, which `paragraph` avoids by breaking lines itself.
    """
    lines = clean(text).split("\n")
    if bidi.has_rtl(text):
        base = direction or bidi.base_direction(text)
        lines = [bidi.visual_line(line, base) for line in lines]
    return "<br/>".join(_line_markup(line, bold, italic) for line in lines)


def _style_weight(style: ParagraphStyle) -> tuple[bool, bool]:
    from reportlab.lib.fonts import ps2tt

    try:
        _, bold, italic = ps2tt(style.fontName)
    except ValueError:
        return False, False
    return bool(bold), bool(italic)


@functools.lru_cache(maxsize=20_000)
def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """The printed width of plain text, each run measured in its own font (unshaped); remembered,
    as right-to-left paragraphs measure each of their words whenever they are laid out."""
    return float(sum(pdfmetrics.stringWidth(chunk, FAMILY_FILES[family].face(bold, italic), size)
                     for family, chunk in font_runs(text)))


class TextParagraph(CachedParagraph):
    """A Paragraph of user text that puts right-to-left words in order line by line.

    Without a bidi library reportlab lays out words left to right in logical order. Reordering
    the words of a whole paragraph before it wraps would put the END of a long Arabic sentence on
    its first line, so when the text has right-to-left letters this paragraph breaks the lines
    itself (measuring each word in its own font, with a little slack because harfbuzz's joined
    forms are narrower) and reorders each line before handing the lines to reportlab.
    """

    # The share of the width filled by our own line breaking: shaped Arabic is a little narrower
    # than the same letters measured unjoined, and reportlab re-wraps a line that does not fit.
    FILL = 0.96

    def __init__(self, text: str | None, style: ParagraphStyle,
                 bulletText: Any = None,  # noqa: N803 - reportlab's own argument names
                 frags: Any = None, caseSensitive: int = 1,  # noqa: N803 - as above
                 encoding: str = "utf8", logical: str | None = None) -> None:
        self._logical = logical if logical is not None and bidi.has_rtl(logical) else None
        self._laid_for: float | None = None
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's
        if self._logical is not None and availWidth != self._laid_for:
            self._laid_for = availWidth
            style = self.style
            width = (availWidth - style.leftIndent - style.rightIndent) * self.FILL
            bold, italic = _style_weight(style)
            base = bidi.base_direction(self._logical)

            def measure(text: str) -> float:
                return text_width(text, style.fontSize, bold, italic)

            lines = []
            for line in clean(self._logical).split("\n"):
                for words in break_words(line.split(), width, measure):
                    lines.append(_line_markup(" ".join(bidi.visual_words(" ".join(words), base)),
                                              bold, italic))
            self._setup("<br/>".join(lines), style, self.bulletText, None, _clean_block)
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result


def _clean_block(text: str) -> str:
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    return str(cleanBlockQuotedText(text))


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph printing user text exactly as given (markup characters printed, not obeyed)."""
    register_fonts()
    bold, italic = _style_weight(style)
    return TextParagraph(markup(text, bold=bold, italic=italic), style, logical=text)


def paragraph_style(name: str, *, size: float = 9.5, bold: bool = False, italic: bool = False,
                    leading: float | None = None, align: str = "left", space_before: float = 0,
                    space_after: float = 0, color: Any = colors.black, **extra: Any) -> ParagraphStyle:
    """A paragraph style in the shipped fonts, shaped by harfbuzz, splitting overlong words;
    bullets too are in the shipped font (reportlab's own default is Helvetica, never embedded)."""
    register_fonts()
    alignment = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[align]
    face = FAMILY_FILES[BASE].face(bold, italic)
    extra.setdefault("bulletFontName", face)
    return ParagraphStyle(
        name, fontName=face, fontSize=size,
        leading=leading if leading is not None else round(size * 1.3, 1), alignment=alignment,
        spaceBefore=space_before, spaceAfter=space_after, textColor=color,
        shaping=1, splitLongWords=1, **extra)


def sample_styles() -> dict[str, ParagraphStyle]:
    """The styles of JAGDesk's printed documents: title, heading, subheading, body, cell, small."""
    navy = colors.HexColor("#1F3A5F")
    return {
        "title": paragraph_style("JagTitle", size=17, bold=True, color=navy, space_after=4),
        "heading": paragraph_style("JagHeading", size=12.5, bold=True, color=navy,
                                   space_before=10, space_after=4),
        "subheading": paragraph_style("JagSubheading", size=10.5, bold=True, space_before=6,
                                      space_after=2),
        "body": paragraph_style("JagBody", size=9.5, space_after=3),
        "cell": paragraph_style("JagCell", size=8.5),
        "cell_bold": paragraph_style("JagCellBold", size=8.5, bold=True),
        "small": paragraph_style("JagSmall", size=7.5, color=colors.HexColor("#444444")),
    }
