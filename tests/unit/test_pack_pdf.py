"""The meeting pack PDF, read back from the file: cover, contents, bookmarks, marking, pages, text."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

from jagdesk.exports.common.fonts import paragraph, paragraph_style
from jagdesk.exports.common.reportlab_fixes import ActualStr
from jagdesk.exports.meetings.pack.pdf import write_pack_pdf
from jagdesk.exports.problem_solving.case_sheet_pdf import write_case_sheet_pdf
from tests.support.case_sheet_sample import (
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
from tests.support.pack_sample import sample_pack

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
    for expected in [(0, "Contents"), (0, "Agenda"), (1, "Attendance"), (1, "Items"),
                     (0, "Minutes of the last meeting: Hertsmere JAG, October 2026"),
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


# --- A pack that reads right on paper -----------------------------------------------------------

LONG_SIDE = ("Older residents living alone in the bungalows of Windmill Street, who open the door to "
             "callers claiming to be from the water board, the council or the gas board, and who keep "
             "cash at home because the branch in the High Road closed last year; two have been "
             "targeted twice within a month and a third has stopped going out after dark.")


def _long_triangle_pack() -> Any:
    from dataclasses import replace

    sheet = sample_sheet(actions=4)
    sides = {side.side: replace(side, description=LONG_SIDE + f" ({side.side.value})",
                                controller=LONG_SIDE[:179] + f" ({side.side.value} controller)")
             for side in sheet.triangle.sides()}
    triangle = replace(sheet.triangle, victim=sides[sheet.triangle.victim.side],
                       location=sides[sheet.triangle.location.side],
                       offender=sides[sheet.triangle.offender.side])
    return replace(sample_pack(minutes_pages=1), cases=(replace(sheet, triangle=triangle),))


def test_the_triangle_is_never_cut_its_sides_follow_in_full(tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    write_pack_pdf(_long_triangle_pack(), path)
    reader = pypdf.PdfReader(path)
    case_pages = [p for _, title, p in _outline(reader) if title.startswith("PS-2026-014")]
    text = " ".join(" ".join(_text(reader.pages[n - 1]) for n in range(case_pages[0], case_pages[0] + 3))
                    .split())
    for side in ("victim", "location", "offender"):
        assert f"{LONG_SIDE} ({side})" in text, side
        assert f"{LONG_SIDE[:179]} ({side} controller)" in text, side
    assert "…" not in text
    assert "Each side in full" in text and "Guardian" in text and "Place manager" in text


def _body_lines(path: Path) -> list[list[str]]:
    """Each page's lines as laid out, without the marking and the footer."""
    text = _pdftotext_layout(path)
    pages = []
    for page in text.split("\f")[:-1]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        pages.append([line for line in lines if line != "OFFICIAL-SENSITIVE"
                      and not line.startswith(("Meeting pack", "Public meeting pack"))])
    return pages


def _pdftotext_layout(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
                          capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", BIDI_MARKS.sub("", done.stdout))


def test_every_page_starts_with_a_heading_or_says_what_it_continues(
        pack_pdf: Path, reader: pypdf.PdfReader) -> None:
    starts: dict[int, str] = {}
    for _, title, page in _outline(reader):
        starts.setdefault(page, title)
    pages = _body_lines(pack_pdf)
    continued = 0
    for number in range(2, len(pages) + 1):
        first = pages[number - 1][0]
        if number in starts:
            assert starts[number].startswith(first[:30]) or first.endswith("(continued)"), (number, first)
        else:
            assert first.endswith("(continued)"), (number, first)
            continued += 1
    assert continued >= 40  # the 40-page minutes item says so on each of its pages
    assert any(page[0] == "3. Shenley Road parade (continued)" for page in pages)


def test_a_heading_is_never_last_on_its_page(pack_pdf: Path, reader: pypdf.PdfReader) -> None:
    """A page's last line of text is never a heading: headings keep with what follows."""
    titles = {title for _, title, _ in _outline(reader)} | {
        "Decisions", "Engagement with residents", "Visual audits", "Actions",
        "The problem analysis triangle", "Each side in full"}
    for number, lines in enumerate(_body_lines(pack_pdf), start=1):
        assert lines and lines[-1] not in titles, (number, lines[-1:])


def test_a_section_with_nothing_to_say_takes_a_line(tmp_path: Path) -> None:
    from dataclasses import replace

    pack = replace(sample_pack(minutes_pages=1), previous_actions=(), statistics=(),
                   extra_sections=(replace(sample_pack().extra_sections[0], rows=()),))
    path = tmp_path / "pack.pdf"
    write_pack_pdf(pack, path)
    reader = pypdf.PdfReader(path)
    pages = {title: page for _, title, page in _outline(reader)}
    lines = _body_lines(path)
    for title in ("Actions from earlier meetings", "Crime statistics", "CCTV reviews"):
        assert lines[pages[title] - 1][0] != title, title  # not at the top of a page of its own
    assert pages["Crime statistics"] == pages["CCTV reviews"]
    text = _text(reader.pages[pages["Crime statistics"] - 1])
    assert "no police.uk street data for Oct 2025 to Sep 2026" in " ".join(text.split())


def test_a_pack_printed_after_its_meeting_says_so_on_its_cover(tmp_path: Path) -> None:
    from dataclasses import replace

    pack = sample_pack(minutes_pages=1)
    later = replace(pack, meeting=replace(pack.meeting, printed_on=date(2027, 3, 1)),
                    records_to=pack.meeting.held_on)
    path = tmp_path / "pack.pdf"
    write_pack_pdf(later, path)
    cover = " ".join(_text(pypdf.PdfReader(path).pages[0]).split())
    assert "Printed on 1 Mar 2027, after the meeting" in cover
    assert "as it stood on the meeting day, 10 Nov 2026" in cover
    assert "Oct 2025 to Sep 2026" in cover
    before = tmp_path / "before.pdf"
    write_pack_pdf(pack, before)
    assert "after the meeting" not in _text(pypdf.PdfReader(before).pages[0])
