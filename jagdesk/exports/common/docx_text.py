"""User text into python-docx paragraphs: runs by script, right-to-left runs and paragraphs marked.

Word lays out bidirectional text itself, so unlike the PDF nothing is reordered here; but it needs
to be told which runs are right to left (w:rtl) and which font to use for complex scripts (w:cs
slot of w:rFonts), and a paragraph that starts in Arabic should run right to left (w:bidi).
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from jagdesk.exports.common import bidi
from jagdesk.exports.common.fonts import ARABIC, BASE, FAMILY_FILES, GURMUKHI, clean, font_runs

COMPLEX_SCRIPTS = (ARABIC, GURMUKHI)
# What XML 1.0 refuses beyond the control characters clean() drops: lone surrogate halves (a
# broken paste can leave them in a str) and the two non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
               "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
               "w:pPrChange")


def xml_safe(text: str) -> str:
    """The text with every character XML 1.0 forbids removed (python-docx raises on them)."""
    return _NOT_XML.sub("", clean(text))


def _run_fonts(run: Any, family: str) -> None:
    """Name the family in the run's w:rFonts: the cs slot for complex scripts, else all slots."""
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    name = FAMILY_FILES[family].docx_name
    if family in COMPLEX_SCRIPTS:
        fonts.set(qn("w:cs"), name)
    else:
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            fonts.set(qn(slot), name)


def _flag(run: Any, tag: str) -> None:
    """Switch on a run property, put in its schema place (Word refuses properties out of order)."""
    getattr(run._element.get_or_add_rPr(), f"get_or_add_{tag}")()


def set_paragraph_rtl(paragraph: Any) -> None:
    """Mark a paragraph as right to left (w:bidi), as Word does for a paragraph typed in Arabic."""
    props = paragraph._element.get_or_add_pPr()
    if props.find(qn("w:bidi")) is None:
        # In schema order: before spacing, indentation, alignment and the rest that follow it.
        props.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def add_text(paragraph: Any, text: str, *, bold: bool = False, italic: bool = False,
             size: float | None = None, colour: str | None = None) -> None:
    """Append user text to a paragraph: a run per font run, newlines as line breaks."""
    text = clean(text)
    if bidi.base_direction(text) == "rtl":
        set_paragraph_rtl(paragraph)
    for i, line in enumerate(text.split("\n")):
        if i:
            paragraph.add_run().add_break()
        for family, chunk in font_runs(line):
            run = paragraph.add_run(chunk)
            run.bold = bold or None
            run.italic = italic or None
            if size is not None:
                run.font.size = Pt(size)
            if colour is not None:
                run.font.color.rgb = RGBColor.from_string(colour)
            if family != BASE:
                _run_fonts(run, family)
            if family in COMPLEX_SCRIPTS:
                # Word takes the weight and slant of complex-script text from w:bCs / w:iCs.
                _flag(run, "cs")
                if bold:
                    _flag(run, "bCs")
                if italic:
                    _flag(run, "iCs")
                if family == ARABIC:
                    _flag(run, "rtl")


def add_field(paragraph: Any, instruction: str, size: float | None = None) -> None:
    """A field Word fills in when it lays out the page, such as PAGE or NUMPAGES."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    if size is not None:
        props = OxmlElement("w:rPr")
        size_el = OxmlElement("w:sz")
        size_el.set(qn("w:val"), str(round(size * 2)))
        props.append(size_el)
        run.append(props)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._element.append(field)
