"""The case sheet PDF, read back from the file."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdf
import pytest

from jagdesk.errors import JagdeskError
from jagdesk.exports.common.atomic import replacing
from jagdesk.exports.problem_solving.case_sheet_pdf import write_case_sheet_pdf
from tests.support.case_sheet_sample import ACTION_COUNT, ARABIC, LONG, POLISH, PUNJABI, sample_sheet


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> pypdf.PdfReader:
    path = tmp_path_factory.mktemp("pdf") / "sheet.pdf"
    write_case_sheet_pdf(sample_sheet(), path)
    assert not [p for p in path.parent.iterdir() if p.name != "sheet.pdf"]  # no temporary left
    return pypdf.PdfReader(path)


def _text(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_every_page_has_the_marking_and_page_x_of_y(pdf: pypdf.PdfReader) -> None:
    total = len(pdf.pages)
    assert total >= 3  # 60 actions run over several pages
    for number, page in enumerate(pdf.pages, start=1):
        text = page.extract_text()
        assert text.count("OFFICIAL-SENSITIVE") == 2, number
        assert f"Page {number} of {total}" in text


def test_the_latin_text_reads_back(pdf: pypdf.PdfReader) -> None:
    text = _text(pdf)
    for expected in (POLISH, "PS-2026-014", "In progress", "Hertsmere Borough Council", "Improved",
                     '<script>alert("x")</script> & "quotes" <b>not bold</b>', "Shenley Road parade",
                     "down 12 (-40%)", "Open, OVERDUE", "Cancelled", "Done", "30 Sep 2026",
                     "Problem statement", "Objective", "Scanning", "Analysis", "Repeats",
                     "Response: actions", "Assessment", "Closure", "Victim / target", "Place manager",
                     "Handler", "Guardian", "😀"):
        assert expected in text or expected in " ".join(text.split()), expected
    for n in range(1, ACTION_COUNT + 1):
        assert f"PS-2026-014/{n:02d}" in text.replace("\n", ""), n
    # the 300-character token is printed whole, wrapped over several lines
    assert LONG in text.replace("\n", "")


def test_the_actions_header_repeats_on_each_page_of_the_table(pdf: pypdf.PdfReader) -> None:
    pages = [page.extract_text() for page in pdf.pages]
    with_actions = [t for t in pages if "PS-2026-014/" in t]
    assert len(with_actions) >= 3
    for text in with_actions:
        assert "Ref" in text and "Technique" in text and "Owner" in text and "Due" in text


def test_arabic_punjabi_and_emoji_fonts_are_embedded(pdf: pypdf.PdfReader) -> None:
    fonts = set()
    for page in pdf.pages:
        resources = page["/Resources"]["/Font"]
        fonts |= {str(resources[key].get_object()["/BaseFont"]) for key in resources}
    for family in ("NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular",
                   "NotoSansGurmukhi-Regular", "Symbola"):
        assert any(name.endswith("+" + family) for name in fonts), family


def test_what_extraction_gives_for_arabic_and_punjabi(pdf: pypdf.PdfReader) -> None:
    """Shaped text extracts as the glyphs drawn: Arabic as presentation forms (pypdf gives each
    word's letters back in reading order, NFKC turns the forms back into letters, the words come
    in drawing order); Gurmukhi with its subjoined ra as a private-use character and the vowel sign
    ਿ before its consonant, as printed."""
    text = unicodedata.normalize("NFKC", _text(pdf))
    for word in ARABIC.split():
        assert word in text, word
    assert "ਗੁਰਪ" in text and "ਿਸੰਘ" in text


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_bytes(b"half a document")
        raise RuntimeError("crash while writing")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    write_case_sheet_pdf(sample_sheet(actions=2), target)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(JagdeskError, match="does not exist"):
        write_case_sheet_pdf(sample_sheet(actions=1), tmp_path / "nowhere" / "sheet.pdf")


def test_names_in_every_script_are_in_the_text_layer_or_fonts(pdf: pypdf.PdfReader) -> None:
    text = _text(pdf)
    assert POLISH in text
    assert ARABIC not in text and PUNJABI not in text  # see test_what_extraction_gives...
