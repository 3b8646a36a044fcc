"""The meeting pack PDF, read back from the file: cover, contents, bookmarks, marking, pages, text."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pypdf
import pytest
from case_sheet_sample import (
    ARABIC,
    CHINESE,
    CHINESE_NOTICE,
    EMOJI,
    LONG,
    MARKUP,
    POLISH,
    PUNJABI,
    sample_sheet,
)
from pack_sample import sample_pack

from jagdesk.exports.case_sheet_pdf import write_case_sheet_pdf
from jagdesk.exports.fonts import paragraph, paragraph_style
from jagdesk.exports.pack_pdf import write_pack_pdf
from jagdesk.exports.reportlab_fixes import ActualStr

BIDI_MARKS = re.compile("[\u202a-\u202e\u200e\u200f]")


@pytest.fixture(scope="module")
def pack_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pack") / "pack.pdf"
    write_pack_pdf(sample_pack(), path)
    assert [p.name for p in path.parent.iterdir()] == ["pack.pdf"]  # no temporary left
    return path


@pytest.fixture(scope="module")
def reader(pack_pdf: Path) -> pypdf.PdfReader:
    return pypdf.PdfReader(pack_pdf)


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: Sequence[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None
                found.append((level, str(item.title), page + 1))

    walk(reader.outline, 0)
    return found


def _pdftotext(path: Path, *pages: int) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    first_last = ["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *first_last, str(path), "-"],
                          capture_output=True, text=True, check=True)
    return BIDI_MARKS.sub("", done.stdout)


def _text(page: pypdf.PageObject) -> str:
    """A page's text as pypdf gives it; pypdf ignores /ActualText, so ligatures (ﬃ) are undone."""
    return unicodedata.normalize("NFKC", page.extract_text())


def test_the_cover_names_the_meeting_and_its_marking(reader: pypdf.PdfReader) -> None:
    text = _text(reader.pages[0])
    for expected in ("Hertsmere JAG, November 2026", "Tuesday 10 November 2026, 10:00 to 12:00",
                     "Civic Offices, Elstree Way, Borehamwood", POLISH):
        assert expected in text, expected
    assert text.count("OFFICIAL-SENSITIVE") == 3  # top, bottom and the box


def test_every_page_has_the_marking_twice_and_page_x_of_y(reader: pypdf.PdfReader) -> None:
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert text.count("OFFICIAL-SENSITIVE") >= 2, number
        assert f"Page {number} of {total}" in text, number


def test_bookmarks_cover_every_section_and_sub_section(reader: pypdf.PdfReader) -> None:
    outline = _outline(reader)
    titles = [(level, title) for level, title, _ in outline]
    for expected in [(0, "Contents"), (0, "Agenda"), (1, "Attendance"), (1, "Items"), (0, "Minutes"),
                     (1, "3. Shenley Road parade"), (0, "Actions from earlier meetings"),
                     (0, "Hotspots"), (1, "Hotspot 1: Shenley Road parade"),
                     (0, "Problem-solving cases"), (0, "Crime statistics"), (0, "CCTV reviews")]:
        assert expected in titles, expected
    assert any(title.startswith("PS-2026-014: Youths") for _, title in titles)
    pages = [page for _, _, page in outline]
    assert pages == sorted(pages)


def test_the_contents_page_numbers_are_the_bookmarks_pages(reader: pypdf.PdfReader) -> None:
    outline = {title: page for _, title, page in _outline(reader) if title != "Contents"}
    contents_page = next(page for _, title, page in _outline(reader) if title == "Contents")
    # laid out as printed: each entry's title, dot leader and page number on one line
    text = unicodedata.normalize(
        "NFKC", reader.pages[contents_page - 1].extract_text(extraction_mode="layout"))
    listed = {}
    for line in text.splitlines():
        match = re.match(r"(.+?)[ .]*\.\s*(\d+)$", line.strip())
        if match:
            listed[match.group(1).strip()] = int(match.group(2))
    for title, page in outline.items():
        short = title if len(title) < 60 else title[:40]
        found = [n for t, n in listed.items() if t.startswith(short)]
        assert found == [page], (title, found)


def test_a_40_page_minutes_item_runs_over_40_pages(reader: pypdf.PdfReader) -> None:
    outline = _outline(reader)
    start = next(page for _, title, page in outline if title == "3. Shenley Road parade")
    after = next(page for _, title, page in outline if title.startswith("4. Case"))
    assert after - start >= 40
    text = "".join(reader.pages[i].extract_text() for i in range(start - 1, after)).replace("\n", "")
    assert LONG in text  # the 300-character token is printed whole, wrapped
    assert "Agreed: extra patrols." in text and "JAG-2026-10/03" in text


def test_the_sheets_tables_and_actions_are_there(reader: pypdf.PdfReader) -> None:
    text = "\n".join(_text(page) for page in reader.pages)
    flat = " ".join(text.split())
    for expected in ("Incidents each month inside the hotspot", "400 crimes nearby", "250 m",
                     "Engagement with residents", "31 of 120 (26%) replied", "Visual audits",
                     "The problem analysis triangle", "PS-2026-014/08", "Open, OVERDUE",
                     "Agreed at Hertsmere JAG 14 Oct 2026, item 3", "Burglary", "-11.1%",
                     "Shenley Road 3", "Jo Bloggs (guest)", "Residents' association", MARKUP):
        assert expected in flat, expected


def test_the_exact_unicode_strings_extract(pack_pdf: Path) -> None:
    """With /ActualText, shaped Arabic and Gurmukhi extract as the letters typed (pdftotext)."""
    text = _pdftotext(pack_pdf)
    for expected in (ARABIC, PUNJABI, POLISH, CHINESE, CHINESE_NOTICE, EMOJI.split()[-1], "😀👍"):
        assert expected in text, expected
    assert "ਿਸੰਘ" not in text  # the vowel sign is no longer before its consonant


def test_the_case_sheet_extracts_too(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    write_case_sheet_pdf(sample_sheet(actions=5), path)
    text = _pdftotext(path)
    assert ARABIC in text and PUNJABI in text


def test_a_shaped_word_keeps_its_logical_text_through_joins_and_slices() -> None:
    para = paragraph(f"{PUNJABI} and {ARABIC}", paragraph_style("t"))
    para.wrap(400, 100)
    texts = [frag.text for line in para.blPara.lines for frag in line.words]
    shaped = [t for t in texts if isinstance(t, ActualStr)]
    assert shaped, texts
    logical = " ".join(t.actual_text() for t in shaped)
    assert "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ" in logical
    word = shaped[0]
    assert (word[:2] + word[2:]).actual_text() == word.actual_text()


def test_the_public_pack_is_marked_official(tmp_path: Path) -> None:
    path = tmp_path / "public.pdf"
    write_pack_pdf(sample_pack(public=True, minutes_pages=1), path)
    reader = pypdf.PdfReader(path)
    for page in reader.pages:
        text = page.extract_text()
        assert "OFFICIAL-SENSITIVE" not in text and text.count("OFFICIAL") >= 2
    assert "Public version" in reader.pages[0].extract_text()
