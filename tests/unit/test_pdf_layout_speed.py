"""What makes long PDFs quick to write gives what reportlab gives: shaped text's operators, a
paragraph's remembered lines, a rehearsal pass that draws nothing, the right-to-left shortcut."""

from __future__ import annotations

import io
import sys
import unicodedata

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from jagdesk.exports.common import bidi, reportlab_fixes
from jagdesk.exports.common.fonts import (
    ARABIC,
    BASE,
    CJK,
    GURMUKHI,
    carries,
    clean,
    markup,
    paragraph,
    paragraph_style,
)
from jagdesk.exports.common.shaped_text import shaped_operators
from jagdesk.exports.common.wrap_cache import REHEARSAL, CachedParagraph

SAMPLES = [
    (BASE, 9.5, "AVATAR Tower: Wójcik, Łukasz; “quotes” — fi fl ffi 10.5% (Hertsmere)"),
    (BASE, 17, "Type Your Way, LT Ave. P.V. Yard"),
    (ARABIC, 9.5, "محمد عبد الله الحسن لا إله"),
    (GURMUKHI, 8.5, "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਕੌਰ"),
    (CJK, 10, "王秀英 李明（警察）"),
]


def _text_object(font: str, size: float) -> object:
    canvas = Canvas(io.BytesIO())
    tx = canvas.beginText(10, 10)
    tx.setFont(font, size, size * 1.3)
    return tx


@pytest.mark.skipif(not ttfonts.uharfbuzz, reason="reportlab shapes nothing without harfbuzz")
@pytest.mark.parametrize(("font", "size", "text"), SAMPLES)
def test_shaped_operators_are_reportlabs(font: str, size: float, text: str) -> None:
    assert carries(font, text[0])  # the family registered (Chinese only on first need)
    ours, theirs = _text_object(font, size), _text_object(font, size)
    compared = 0
    for word in [text, *text.split()]:
        shaped = ttfonts.shapeStr(word, font, size)
        if not isinstance(shaped, ttfonts.ShapedStr):
            continue
        found = shaped_operators(ours, shaped)
        expected = reportlab_fixes._original_format_text(theirs, shaped)
        if found is None:  # raised or lowered glyphs: reportlab's own way, not compared
            theirs._curSubset = ours._curSubset = -1
            continue
        assert found == expected
        assert ours._curSubset == theirs._curSubset
        compared += 1
    # Latin is kerned and Arabic joined; Chinese comes back unshaped, Gurmukhi may stack marks.
    assert compared or font in (GURMUKHI, CJK)


def _style() -> ParagraphStyle:
    return paragraph_style("probe-body", size=9.5)


def test_a_paragraph_laid_out_again_at_its_width_keeps_its_lines() -> None:
    text = "Partners discussed the patrol plan, the lighting and the benches. " * 12
    para = paragraph(text, _style())
    assert isinstance(para, CachedParagraph)
    first = para.wrap(300, 1000)
    lines = para.blPara
    assert para.wrap(300, 50) == first  # the height on offer changes nothing
    assert para.blPara is lines
    narrower = para.wrap(200, 1000)
    assert narrower[1] > first[1]
    assert para.blPara is not lines
    fresh = Paragraph(markup(text), _style())
    assert fresh.wrap(200, 1000) == narrower
    assert para.wrap(300, 1000) == first


def test_a_split_paragraph_gives_what_reportlab_gives() -> None:
    text = "محمد عبد الله reported on the last month and the group agreed what to do next. " * 10
    ours = paragraph(text, _style())
    ours.wrap(300, 1000)
    ours.wrap(300, 1000)
    head, tail = ours.split(300, 60)
    plain = Paragraph(ours.text, _style())
    plain.wrap(300, 1000)
    plain_head, plain_tail = plain.split(300, 60)
    assert head.wrap(300, 60) == plain_head.wrap(300, 60)
    assert tail.wrap(300, 1000) == plain_tail.wrap(300, 1000)


def test_a_rehearsal_canvas_gets_no_drawing() -> None:
    para = paragraph("Drawn or not", _style())
    para.wrap(300, 100)
    canvas = Canvas(io.BytesIO())
    setattr(canvas, REHEARSAL, True)
    before = list(canvas._code)
    para.drawOn(canvas, 10, 10)
    assert canvas._code == before
    setattr(canvas, REHEARSAL, False)
    para.drawOn(canvas, 10, 10)
    assert len(canvas._code) > len(before)


def test_every_right_to_left_character_is_where_bidi_looks() -> None:
    missed = [hex(code) for code in range(sys.maxunicode + 1)
              if unicodedata.bidirectional(chr(code)) in ("R", "AL")
              and not bidi.MAYBE_RTL.match(chr(code))]
    assert missed == []
    assert bidi.has_rtl("Mr محمد") and bidi.has_rtl("\u200f") and not bidi.has_rtl("")
    assert not bidi.has_rtl("Łukasz — 王秀英 “ਸਿੰਘ” ﹏ 😀")


def test_clean_drops_every_control_character_but_the_newline() -> None:
    controls = "".join(chr(code) for code in range(sys.maxunicode + 1)
                       if unicodedata.category(chr(code)) == "Cc" and chr(code) not in "\t\r\n")
    assert len(controls) == 62
    assert clean(f"a{controls}b\tc\r\nd\re") == "ab c\nd\ne"


def test_the_quicker_helpers_give_what_reportlabs_give() -> None:
    from reportlab.lib import rl_accel
    from reportlab.lib.colors import black, red
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus.paraparser import ParaFrag

    from jagdesk.exports.common import reportlab_speed as speed

    reportlab_fixes.install()
    for numbers in [(0,), (1,), (1.0,), (-0.5,), (1e-8,), (1000,), (0.1 + 0.2,), (595.2756, 841.8898),
                    (12.5, -3, 0.333333333), ((1, 2),)]:
        assert speed.fp_str(*numbers) == rl_accel._py_fp_str(*numbers) == speed.fp_str(*numbers)
    assert speed.fp_str([1, 2.5]) == rl_accel._py_fp_str([1, 2.5])

    def frag(**style: object) -> ParaFrag:
        made = ParaFrag()
        made.__dict__.update({"fontName": BASE, "fontSize": 9.5, "textColor": black, **style})
        return made

    for a, b in [(frag(), frag()), (frag(), frag(fontSize=10)), (frag(), frag(textColor=red)),
                 (frag(link=[]), frag()), (frag(lineBreak=1), frag(lineBreak=1)), (frag(rise=0), frag())]:
        assert bool(speed.same_frag(a, b)) == bool(rl_accel._py_sameFrag(a, b))
    assert carries(CJK, "王")
    for font in (BASE, ARABIC, CJK):
        face = pdfmetrics.getFont(font)
        for text in ("Łukasz Wójcik ﷺ", "محمد", "王秀英", "", b"bytes"):
            assert (speed.string_width_ttf(face, text, 9.5)
                    == rl_accel._py_instanceStringWidthTTF(face, text, 9.5))
        assert speed.ascent_descent(font, 9.5) == pdfmetrics.getAscentDescent(font, 9.5)
        assert speed.ascent_descent(font) == pdfmetrics.getAscentDescent(font)


def test_page_contents_encode_as_reportlab_encodes_them() -> None:
    from reportlab.lib import rl_accel

    from jagdesk.exports.common.reportlab_speed import ascii85

    for size in range(0, 40):
        tail = bytes(reversed(range(256)))[:size] + b"\0" * 4 + b"~x"
        for data in (bytes(range(size)), b"\0" * size, tail):
            assert ascii85(data) == rl_accel._py_asciiBase85Encode(data)
    assert ascii85("text") == rl_accel._py_asciiBase85Encode("text")


def test_text_escapes_as_reportlab_escapes_it() -> None:
    from reportlab.lib import rl_accel

    from jagdesk.exports.common.reportlab_speed import escape_pdf

    every = bytes(range(256))
    assert escape_pdf(every) == rl_accel._py_escapePDF(every)
    assert escape_pdf(b"(a\\b)") == rl_accel._py_escapePDF(b"(a\\b)") == "\\(a\\\\b\\)"
    assert escape_pdf("plain (str)") == rl_accel._py_escapePDF("plain (str)")


def test_a_paragraph_split_again_for_the_same_room_gives_the_same_parts() -> None:
    para = paragraph("Partners discussed the patrol plan and the lighting. " * 20, _style())
    para.wrap(300, 1000)
    first = para.split(300, 60)
    assert len(first) == 2
    para.wrap(300, 1000)
    again = para.split(300, 60)
    assert again[0] is first[0] and again[1] is first[1]
    assert para.split(300, 90)[0] is not first[0]  # other room, other parts
    para.wrap(200, 1000)
    para.wrap(300, 1000)  # laid out afresh: its lines are new, so are its parts
    assert para.split(300, 60)[0] is not first[0]


def test_only_text_that_needs_shaping_is_shaped() -> None:
    from jagdesk.exports.common.plain_text import needs_shaping

    assert not needs_shaping("Łukasz Wójcik, “Borehamwood” — 10.5% £3 王秀英 Ωμέγα Жанна ½ →")
    assert needs_shaping("محمد") and needs_shaping("ਸਿੰਘ") and needs_shaping("e\u0301")
    assert needs_shaping("a\u200db") and needs_shaping("\u2764\ufe0f")
    latin = paragraph("Partners discussed the patrol plan, Łukasz Wójcik reported. " * 8, _style())
    latin.wrap(300, 1000)
    assert latin.blPara.kind == 0 and not latin.style.shaping  # reportlab's plain-text lines
    assert _style().shaping  # the shared style is left as it was
    mixed = paragraph("The group thanked محمد عبد الله and Łukasz for the patrol plan.", _style())
    mixed.wrap(300, 1000)
    drawn = [frag.text for line in mixed.blPara.lines for frag in line.words]
    assert any(isinstance(t, ttfonts.ShapedStr) for t in drawn)  # the Arabic words are joined
    assert not any(isinstance(t, ttfonts.ShapedStr) and "patrol" in t for t in drawn)


def _merged(frags: list[object]) -> list[dict[str, object]]:
    """Fragments as dicts, neighbours alike but for their text joined (reportlab's parser cuts
    text at each escaped character)."""
    out: list[dict[str, object]] = []
    for frag in frags:
        item = dict(frag.__dict__)
        same = out and {k: v for k, v in out[-1].items() if k != "text"} == {
            k: v for k, v in item.items() if k != "text"}
        if same and not item.get("lineBreak"):
            out[-1]["text"] = f"{out[-1]['text']}{item['text']}"
        else:
            out.append(item)
    return out


def test_user_text_markup_reads_as_reportlabs_parser_reads_it() -> None:
    from reportlab.platypus.paragraph import cleanBlockQuotedText
    from reportlab.platypus.paraparser import ParaParser

    from jagdesk.exports.common import quick_parse

    for style in (paragraph_style("probe-bold", bold=True), paragraph_style("probe-it", size=7, italic=True)):
        for text in ["a محمد b\nline two & <b>x</b> &amp;", "plain", "Łukasz  王秀英 ਸਿੰਘ(Hertsmere)\n\nx",
                     "a\xa0b  \t c", "😀 “quoted” > <"]:
            cleaned = cleanBlockQuotedText(markup(text))
            ours = quick_parse.fragments(cleaned, style, 1)
            assert ours is not None
            assert _merged(ours) == _merged(ParaParser().parse(cleaned, style)[1])
    arabic = '<font name="NotoSansArabic">'
    for other in ["<b>bold</b>", f'x {arabic}<font name="NotoSans">y</font></font>', "&nbsp;",
                  f"{arabic}open", "</font>", f"{arabic}<br/></font>"]:
        assert quick_parse.fragments(other, _style(), 1) is None
    para = paragraph("Wójcik & <Hertsmere>\nnext line", _style())
    assert [f.text for f in para.frags] == ["Wójcik & <Hertsmere>", "", "next line"]


def test_text_splits_into_subset_codes_as_reportlab_splits_it() -> None:
    from reportlab.pdfbase import pdfdoc, pdfmetrics

    from jagdesk.exports.common import reportlab_speed as speed

    reportlab_fixes.install()
    font = pdfmetrics.getFont(BASE)
    ours, theirs = pdfdoc.PDFDocument(), pdfdoc.PDFDocument()
    texts = ["Partners discussed", "Partners\xa0discussed", "", "Łukasz Wójcik", "Partners",
             "".join(map(chr, range(0x400, 0x4FF))), "Partners (again) \\ ok", "Ж \xa0"]
    for text in texts * 2:
        assert speed.split_string(font, text, ours) == speed._original_split_string(font, text, theirs)
    assert font.state[ours].assignments == font.state[theirs].assignments
