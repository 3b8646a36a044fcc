"""The minutes as a Word document, read back with python-docx; and on a letterhead template."""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from lxml import etree
from PIL import Image

from jagdesk.errors import JagdeskError
from jagdesk.exports.meetings.minutes_docx import write_minutes_docx
from tests.support.case_sheet_sample import (
    ARABIC,
    CHINESE,
    CHINESE_NOTICE,
    EMOJI,
    LONG,
    MARKUP,
    POLISH,
    PUNJABI,
)
from tests.support.minutes_sample import ACTIONS, ATTENDEES, CLEAN, LONG_ITEM_PARAGRAPHS, sample_minutes

Document = docx.document.Document
MARKING = "OFFICIAL-SENSITIVE"
PURPLE = "7030A0"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("minutes") / "minutes.docx"
    path.write_bytes(b"an older file")
    write_minutes_docx(sample_minutes(), path)
    assert [p.name for p in path.parent.iterdir()] == ["minutes.docx"]  # replaced, no temporary left
    return path


@pytest.fixture(scope="module")
def document(written: Path) -> Document:
    return docx.Document(str(written))


def _cells(document: Document) -> list[str]:
    return [cell.text for table in document.tables for row in table.rows for cell in row.cells]


def _table_after(document: Document, heading: str) -> list[list[str]]:
    """The rows of the first table after the paragraph whose text is `heading`."""
    body = document.element.body
    found = False
    for child in body.iterchildren():
        if child.tag == qn("w:p") and docx.text.paragraph.Paragraph(child, document).text == heading:
            found = True
        elif found and child.tag == qn("w:tbl"):
            table = docx.table.Table(child, document)
            return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no table after {heading}")


def _headers_and_footers(document: Document) -> list[tuple[str, list[str]]]:
    parts = []
    for section in document.sections:
        parts += [("header", [p.text for p in section.header.paragraphs]),
                  ("footer", [p.text for p in section.footer.paragraphs])]
        if section.different_first_page_header_footer:
            parts += [("first header", [p.text for p in section.first_page_header.paragraphs]),
                      ("first footer", [p.text for p in section.first_page_footer.paragraphs])]
    return parts


def test_title_details_and_styles(document: Document) -> None:
    styled = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("Title", "Minutes: Hertsmere JAG, November 2026") in styled
    assert ("Subtitle", "JAG · Hertsmere JAG") in styled
    for heading in ("Attendance", "1. Welcome, introductions and apologies", "2. Matters arising",
                    "3. Shenley Road parade", "4. Any other business", "Next meeting"):
        assert ("Heading 1", heading) in styled, heading
    for heading in ("Present", "Apologies", "Absent", "Decisions", "Actions"):
        assert ("Heading 2", heading) in styled, heading
    assert ("List Bullet", f"{POLISH} to chase the lighting") in styled
    assert ("Normal", "Thursday 10 December 2026, 10:00, Civic Offices") in styled
    assert all(t.style.name == "Table Grid" for t in document.tables)
    details = document.tables[0]
    assert [[c.text for c in row.cells] for row in details.rows] == [
        ["Date and time", "Thursday 12 November 2026, 10:00 to 12:00"],
        ["Venue", "Civic Offices, Elstree Way, Borehamwood <Room 2>"],
        ["Chair", "Sarah Collins"], ["Minute-taker", POLISH]]


def test_attendance_tables_list_everyone(document: Document) -> None:
    present = _table_after(document, "Present")
    assert present[0] == ["Name", "Agency"]
    assert present[1:] == [["Tom O'Neill & Sons (guest)" if a.guest else a.name, a.agency]
                           for a in ATTENDEES if a.attendance == "present"]
    assert _table_after(document, "Apologies")[1:] == [[CHINESE, "Hertfordshire County Council"],
                                                       ["Gareth Evans", "Youth Connexions"]]
    assert _table_after(document, "Absent")[1:] == [["Dana Brooks", "Probation Service"]]


def test_every_action_with_its_owner_and_due_date(document: Document) -> None:
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    actions = {row[0]: row for row in rows if row[0].startswith("JAG-2026-11/")}
    assert sorted(actions) == sorted(a.reference for a in ACTIONS)
    assert actions["JAG-2026-11/01"] == ["JAG-2026-11/01", "Action 1: patrol the parade and report back",
                                         f"{POLISH}\n(Hertfordshire Constabulary)", "1 Dec 2026"]
    assert actions["JAG-2026-11/02"][2:] == [f"{ARABIC}\n(Clarion Housing)", "2 Dec 2026 (overdue)"]
    assert actions["JAG-2026-11/03"][2:] == [f"{PUNJABI}\n(Hertfordshire Fire and Rescue)",
                                             "3 Dec 2026 (done)"]
    assert actions["JAG-2026-11/04"][1:] == [MARKUP, "Hertsmere Borough Council", "—"]
    assert actions["JAG-2026-11/05"][1] == LONG
    assert actions["JAG-2026-11/06"][1:3] == [EMOJI, "Sarah Collins"]
    # Each action table's header row repeats on every page it runs onto.
    action_tables = [t for t in document.tables if t.rows[0].cells[0].text == "Ref"]
    assert len(action_tables) == 2
    assert all(t.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None for t in action_tables)


def test_decisions_are_numbered_from_one_in_each_item(document: Document) -> None:
    decisions = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in decisions] == ["Keep the parade on the hotspot list", "Ask for CCTV footage",
                                           "Review in January", "Next meeting to consider the summer plan."]
    num_ids = [p._p.pPr.numPr.numId.val for p in decisions]
    assert num_ids[0] == num_ids[1] == num_ids[2] != num_ids[3]
    numbering = document.part.numbering_part.element
    for num_id in set(num_ids):
        num = numbering.num_having_numId(num_id)
        assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_marking_in_every_header_and_footer_with_page_fields(document: Document) -> None:
    for where, texts in _headers_and_footers(document):
        assert MARKING in texts, where
    section = document.sections[0]
    assert section.header.paragraphs[0].text == MARKING
    assert section.footer.paragraphs[1].text.startswith("Minutes: Hertsmere JAG, November 2026 · 12 Nov")
    fields = [f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]


def test_unicode_comes_out_exactly(document: Document) -> None:
    texts = [p.text for p in document.paragraphs] + _cells(document)
    for exact in (MARKUP, ARABIC, PUNJABI, CHINESE_NOTICE, EMOJI, LONG, CLEAN,
                  f"{POLISH}\n(Hertfordshire Constabulary)"):
        assert exact in texts, exact
    runs = [r for p in document.paragraphs for r in p.runs]
    arabic = [r for r in runs if r.text == ARABIC]
    assert arabic and all(r._element.rPr.find(qn("w:rtl")) is not None for r in arabic)
    assert all(r._element.rPr.rFonts.get(qn("w:cs")) == "Noto Sans Arabic" for r in arabic)
    punjabi = [r for r in runs if r.text == PUNJABI]
    assert punjabi and all(r._element.rPr.rFonts.get(qn("w:cs")) == "Noto Sans Gurmukhi" for r in punjabi)
    chinese = [r for r in runs if CHINESE_NOTICE in r.text]
    assert chinese and all(r._element.rPr.rFonts.get(qn("w:eastAsia")) == "Droid Sans Fallback"
                           for r in chinese)
    assert CHINESE in _cells(document)


def test_a_forty_page_item_is_kept_as_paragraphs(document: Document) -> None:
    texts = [p.text for p in document.paragraphs]
    start = texts.index("5. Review of the year")
    long_item = [t for t in texts[start + 1:] if t.startswith("Paragraph ")]
    assert len(long_item) == LONG_ITEM_PARAGRAPHS
    assert long_item[-1].startswith(f"Paragraph {LONG_ITEM_PARAGRAPHS}. The group reviewed")
    assert sum(len(t) for t in long_item) > 120_000  # about 40 A4 pages of 11 pt text


def _check_package(written: Path) -> None:
    """What makes Word offer a repair: repeated ids, a table without rows or a cell without text."""
    with zipfile.ZipFile(written) as package:
        names = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        for name in names:
            root = etree.fromstring(package.read(name))
            ids = Counter(value for element in root.iter() for key, value in element.attrib.items()
                          if etree.QName(key).localname == "id" and etree.QName(element).localname
                          in ("bookmarkStart", "docPr", "ins", "del", "comment"))
            assert not [i for i, n in ids.items() if n > 1], name
            for table in root.iter(qn("w:tbl")):
                assert table.findall(qn("w:tr")), name
                for cell in table.iter(qn("w:tc")):
                    assert cell.findall(qn("w:p")), name
        document = etree.fromstring(package.read("word/document.xml"))
        assert document.find(qn("w:body"))[-1].tag == qn("w:sectPr")
    docx.Document(str(written))  # and python-docx reads it back


def test_package_is_well_formed(written: Path) -> None:
    _check_package(written)


def _letterhead(path: Path, strip_styles: bool = False) -> Path:
    template = docx.Document()
    template.styles["Heading 1"].font.color.rgb = RGBColor.from_string(PURPLE)
    section = template.sections[0]
    logo = path.with_suffix(".png")
    Image.new("RGB", (40, 20), (0, 80, 160)).save(logo)
    section.header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(2))
    section.header.add_paragraph("Hertsmere Borough Council")
    section.different_first_page_header_footer = True
    # The first page's letterhead is the logo alone: a paragraph with a picture and no text.
    section.first_page_header.paragraphs[0].add_run().add_picture(str(logo), width=Cm(4))
    section.first_page_footer.paragraphs[0].text = "www.hertsmere.gov.uk"
    template.add_paragraph("Template body to be removed")
    template.add_table(rows=1, cols=1).cell(0, 0).text = "Template table"
    if strip_styles:
        # As Word saves a letterhead: only the styles in use are defined, and no list numbering.
        styles = template.styles.element
        for style_id in ("Heading1", "Heading1Char", "Heading2", "ListNumber", "ListBullet", "TableGrid",
                         "Title", "TitleChar", "Subtitle"):
            styles.remove(styles.get_by_id(style_id))
        rels = template.part.rels
        for rel_id in [k for k, rel in rels.items() if rel.reltype.endswith("/numbering")]:
            rels.pop(rel_id)
    template.save(str(path))
    return path


def test_letterhead_styles_and_header_are_kept(tmp_path: Path) -> None:
    out = tmp_path / "minutes.docx"
    write_minutes_docx(sample_minutes(long_item=False), out, _letterhead(tmp_path / "letterhead.docx"))
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs] + _cells(document)
    assert "Template body to be removed" not in texts and "Template table" not in texts
    assert document.styles["Heading 1"].font.color.rgb == RGBColor.from_string(PURPLE)
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    section = document.sections[0]
    assert [p.text for p in section.header.paragraphs] == [MARKING, "", "Hertsmere Borough Council"]
    assert section.header.paragraphs[1]._p.findall(f".//{qn('w:drawing')}")  # the logo is kept
    first_header = section.first_page_header.paragraphs
    assert [p.text for p in first_header] == [MARKING, ""]
    assert first_header[1]._p.findall(f".//{qn('w:drawing')}")
    assert section.first_page_footer.paragraphs[0].text == "www.hertsmere.gov.uk"
    for where, texts in _headers_and_footers(document):
        assert MARKING in texts, where
    _check_package(out)


def test_letterhead_without_the_styles_gets_them(tmp_path: Path) -> None:
    out = tmp_path / "minutes.docx"
    template = _letterhead(tmp_path / "letterhead.docx", strip_styles=True)
    assert "Heading 1" not in docx.Document(str(template)).styles
    write_minutes_docx(sample_minutes(long_item=False), out, template)
    document = docx.Document(str(out))
    names = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Number", "List Bullet"} <= names
    assert all(t.style.name == "Table Grid" for t in document.tables)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    numbering = document.part.numbering_part.element
    for paragraph in numbered:
        numbering.num_having_numId(paragraph._p.pPr.numPr.numId.val)  # defined, or KeyError


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("letterhead.dotx", b"", "must be a Word .docx file"),
    ("missing.docx", None, "does not exist"),
    ("letterhead.docx", b"not a zip at all", "is not a Word document that can be read"),
])
def test_bad_template_is_one_sentence(tmp_path: Path, name: str, content: bytes | None,
                                      problem: str) -> None:
    template = tmp_path / name
    if content is not None:
        template.write_bytes(content)
    out = tmp_path / "minutes.docx"
    with pytest.raises(JagdeskError, match=problem):
        write_minutes_docx(sample_minutes(long_item=False), out, template)
    assert not out.exists()
