"""User text into reportlab markup: escaping, font runs, right-to-left order, long words."""

from __future__ import annotations

import re
import unicodedata

from reportlab.platypus import Paragraph

from jagdesk.exports.common import bidi
from jagdesk.exports.common.fonts import (
    ARABIC,
    BASE,
    CJK,
    GURMUKHI,
    SYMBOLS,
    font_runs,
    markup,
    paragraph,
    paragraph_style,
)
from jagdesk.exports.common.reportlab_fixes import make_to_unicode_cmap

ONE, TWO, FOUR, SIX, SEVEN, NINE = "واحد", "اثنان", "أربعة", "ستة", "سبعة", "تسعة"


def test_markup_characters_are_escaped_not_obeyed() -> None:
    text = '<script>alert("x")</script> & <b>bold</b> <font name="Courier">x</font>'
    result = markup(text)
    assert "<script>" not in result and "<b>" not in result and "<font name=\"Courier\">" not in result
    assert "&lt;script&gt;" in result and "&amp;" in result
    # Paragraph parses it and prints the characters themselves.
    para = paragraph(text, paragraph_style("t"))
    para.wrap(400, 400)
    printed = " ".join(" ".join(line[1]) if isinstance(line, tuple) else "".join(f.text for f in line.words)
                       for line in para.blPara.lines)
    assert "<script>" in printed and '"x"' in printed and "&" in printed and "<b>bold</b>" in printed


def test_each_script_gets_the_font_that_carries_it() -> None:
    runs = font_runs("Łódź محمد ਗੁਰਪ੍ਰੀਤ 😀 end")
    assert runs == [(BASE, "Łódź "), (ARABIC, "محمد "), (GURMUKHI, "ਗੁਰਪ੍ਰੀਤ "), (SYMBOLS, "😀 "),
                    (BASE, "end")]


def test_joiners_selectors_and_marks_stay_with_their_neighbour() -> None:
    for text in ("❤️", "👍🏽", "👩‍👩‍👧", "e\u0301", "ਸਿੰ"):
        assert len(font_runs(text)) == 1, text
    # punctuation belongs to the letters of its own word, so a word is in one font
    assert font_runs("ਸਿੰਘ (Hertsmere)") == [(GURMUKHI, "ਸਿੰਘ "), (BASE, "(Hertsmere)")]


def test_chinese_and_japanese_get_the_cjk_font_with_their_punctuation() -> None:
    assert font_runs("通知：请联系我们。 Borehamwood") == [(CJK, "通知：请联系我们。 "),
                                                      (BASE, "Borehamwood")]
    assert font_runs("カタカナ 漢") == [(CJK, "カタカナ 漢")]


def test_a_character_no_font_carries_keeps_the_base_font() -> None:
    ballet_shoes = "\U0001FA70"  # Unicode 12, newer than the shipped emoji font
    assert font_runs(ballet_shoes) == [(BASE, ballet_shoes)]
    assert font_runs(f"محمد {ballet_shoes}")[-1] == (BASE, ballet_shoes)


def test_words_of_a_right_to_left_line_are_in_visual_order() -> None:
    assert bidi.visual_words(f"{ONE} {TWO} {FOUR}") == [FOUR, TWO, ONE]
    # an Arabic name inside an English line: only the name's words swap
    assert bidi.visual_words(f"Owner: {ONE} {TWO} (lead)") == ["Owner:", TWO, ONE, "(lead)"]
    # a mostly Arabic line: numbers and Latin words read left to right inside it
    assert bidi.visual_words(f"{ONE} {TWO} 12 Tesco {FOUR}") == [FOUR, "12", "Tesco", TWO, ONE]
    assert bidi.visual_words("plain English line") == ["plain", "English", "line"]


def test_direction_of_a_paragraph_follows_most_of_its_letters() -> None:
    assert bidi.base_direction(f"{ONE} {TWO} Tesco") == "rtl"
    assert bidi.base_direction(f"{ONE} (Hertfordshire Constabulary)") == "ltr"
    assert bidi.base_direction("123 ...") == "ltr"


def _drawn_words(para: Paragraph) -> list[list[str]]:
    """Each laid-out line's words as drawn left to right, turned back into logical Arabic letters."""
    lines = []
    for line in para.blPara.lines:
        text = "".join(frag.text for frag in line.words)
        words = []
        for word in text.split():
            plain = unicodedata.normalize("NFKC", word)  # shaped presentation forms -> letters
            words.append(plain[::-1] if bidi.has_rtl(plain) else plain)
        lines.append(words)
    return lines


def test_a_wrapped_arabic_paragraph_starts_on_the_right_of_its_first_line() -> None:
    words = [ONE, TWO, FOUR, SIX, SEVEN, NINE] * 3
    para = paragraph(" ".join(words), paragraph_style("t", size=12))
    para.wrap(120, 1000)
    lines = _drawn_words(para)
    assert len(lines) > 2
    # reading each line right to left, then the lines top to bottom, gives the text back
    assert [w for line in lines for w in reversed(line)] == words


def _room_left(para: Paragraph) -> list[float]:
    """Each laid-out line's unused width: plain text's lines are (width, words) pairs, shaped
    text's lines frags with extraSpace."""
    return [line[0] if isinstance(line, tuple) else line.extraSpace for line in para.blPara.lines]


def test_a_300_character_token_wraps_inside_its_width() -> None:
    token = "x9" * 150
    para = paragraph(f"See {token} here", paragraph_style("t", size=9))
    width, height = para.wrap(100, 10_000)
    assert height > 10 * 9
    assert all(room >= -0.5 for room in _room_left(para))  # no line overflows
    arabic = paragraph(f"{ONE} " + "ب" * 300, paragraph_style("t", size=9))
    arabic.wrap(100, 10_000)
    assert all(room >= -0.5 for room in _room_left(arabic))


def test_a_word_in_two_fonts_is_shaped_in_each_font() -> None:
    para = paragraph("ਸਿੰਘ(Hertsmere", paragraph_style("t"))
    para.wrap(400, 100)
    frags = [frag for line in para.blPara.lines for frag in line.words]
    latin = "".join(f.text for f in frags if f.fontName == "NotoSans")
    assert "Hertsmere" in latin


def test_to_unicode_map_writes_surrogate_pairs_beyond_the_bmp() -> None:
    cmap = make_to_unicode_cmap("F", [0x41, 0x142, 0x1F600])
    assert "<02> <D83DDE00>" in cmap and "<00> <0041>" in cmap and "<01> <0142>" in cmap
    for digits in re.findall(r"<([0-9A-F]+)>", cmap):
        assert len(digits) % 2 == 0
