"""Quicker stand-ins for reportlab helpers that a long document calls hundreds of thousands of
times, each giving exactly what the one it replaces gives. Installed once by reportlab_fixes.install.

reportlab ships these in C (the optional rl_accel package) and falls back to Python versions when it
is missing, as here: number formatting for PDF operators, comparing two text fragments' styles, a
TrueType string's width, a font's ascent and descent at a size, the ASCII85 encoding of page
contents, the escaping of text in PDF strings. Where the C version is installed it is kept. A TrueType font's
splitting of text into its subsets' codes has no C version; its stand-in is used always.
"""

from __future__ import annotations

import base64
from itertools import repeat
from typing import Any

from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
from reportlab.pdfgen import canvas, pathobject, textobject
from reportlab.platypus import paragraph

_original_fp_str = rl_accel.fp_str
_numbers: dict[tuple[Any, ...], str] = {}
CACHE_SIZE = 50_000


def fp_str(*numbers: Any) -> str:
    """reportlab's fp_str (numbers as PDF writes them), remembered: the same sizes, leadings and
    positions come back on every page."""
    try:
        found = _numbers.get(numbers)
    except TypeError:  # a list given as the one argument
        return str(_original_fp_str(*numbers))
    if found is None:
        if len(_numbers) >= CACHE_SIZE:
            _numbers.clear()
        found = _numbers[numbers] = str(_original_fp_str(*numbers))
    return found


_STYLE_KEYS = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")


def same_frag(f: Any, g: Any) -> bool:
    """reportlab's sameFrag (whether two fragments print alike), without building two lists."""
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "lineBreak" in fd or "cbDefn" in gd or "lineBreak" in gd:
        return False
    f_get, g_get = fd.get, gd.get
    for key in _STYLE_KEYS:
        a, b = f_get(key), g_get(key)
        if a is not b and a != b:  # as list equality compares items
            return False
    return True


def string_width_ttf(font: Any, text: Any, size: float, encoding: str = "utf8") -> float:
    """reportlab's instanceStringWidthTTF, summing the same widths in the same order."""
    if not isinstance(text, str):
        text = text.decode(encoding or "utf8")
    face = font.face
    return float(0.001 * size * sum(map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth))))


_original_ascent_descent = pdfmetrics.getAscentDescent
_ascents: dict[tuple[str, float | None], tuple[float, float]] = {}


def ascent_descent(fontName: str, fontSize: float | None = None) -> tuple[float, float]:  # noqa: N803
    """reportlab's getAscentDescent, remembered per font and size (a line asks for each word)."""
    key = (fontName, fontSize)
    found = _ascents.get(key)
    if found is None:
        found = _ascents[key] = _original_ascent_descent(fontName, fontSize)
    return found


_original_ascii85 = rl_accel.asciiBase85Encode


def ascii85(data: Any) -> str:
    """reportlab's asciiBase85Encode (each page's content as ASCII85): the standard library's
    encoder in C, and the end-of-data mark."""
    if not isinstance(data, bytes):
        return str(_original_ascii85(data))
    return base64.a85encode(data).decode("latin-1") + "~>"


_original_escape = rl_accel.escapePDF
# What the PDF string syntax needs escaped: controls and bytes past ASCII in octal, \\ ( ) with a
# backslash (reportlab's table); every other byte stands for itself.
_ESCAPES = {code: f"\\{code:03o}" if code < 32 or code >= 127 else f"\\{chr(code)}"
            for code in range(256) if code < 32 or code >= 127 or chr(code) in "\\()"}


def escape_pdf(data: Any) -> str:
    """reportlab's escapePDF for the codes of a text run, by one str.translate."""
    if not isinstance(data, bytes):
        return str(_original_escape(data))
    return data.decode("latin-1").translate(_ESCAPES)


_original_split_string = ttfonts.TTFont.splitString
_FIRST_SUBSET = "_jagdesk_first_subset"


def split_string(self: Any, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
    """reportlab's TTFont.splitString (a text's characters as codes in the font's subsets), by one
    str.translate when every character already has a code in the first subset (most text of a
    document, once its letters have been seen); otherwise reportlab's, which gives codes out."""
    state = self.state.get(doc) if isinstance(text, str) else None
    if state is not None:
        assignments = state.assignments
        first = getattr(state, _FIRST_SUBSET, None)
        if first is None or first[0] != len(assignments):  # codes are only ever added
            table = {char: code for char, code in assignments.items() if code < 256}
            if 32 in table:
                table[0xA0] = table[32]  # reportlab prints a no-break space as the space
            first = (len(assignments), frozenset(map(chr, table)), table)
            setattr(state, _FIRST_SUBSET, first)
        if first[1].issuperset(text):
            return [(0, text.translate(first[2]).encode("latin-1"))] if text else []
    return list(_original_split_string(self, text, doc, encoding))


def install() -> None:
    """Put the stand-ins where reportlab's modules look them up (idempotent)."""
    for module in (canvas, pathobject, textobject):
        module.fp_str = fp_str
    if paragraph.sameFrag.__name__.startswith("_py_"):
        paragraph.sameFrag = same_frag
    if ttfonts.instanceStringWidthTTF.__name__.startswith("_py_"):
        ttfonts.instanceStringWidthTTF = string_width_ttf
    paragraph.getAscentDescent = ascent_descent
    if canvas.escapePDF.__name__.startswith("_py_"):
        canvas.escapePDF = escape_pdf
    if pdfdoc.asciiBase85Encode.__name__.startswith("_py_"):
        pdfdoc.asciiBase85Encode = ascii85
    ttfonts.TTFont.splitString = split_string
