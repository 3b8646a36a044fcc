"""The case sheet as a Word document, read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from jagdesk.exports.problem_solving.case_sheet_docx import write_case_sheet_docx
from tests.support.case_sheet_sample import (
    ACTION_COUNT,
    ARABIC,
    EMOJI,
    LONG,
    MARKUP,
    POLISH,
    PUNJABI,
    sample_sheet,
)


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    path = tmp_path_factory.mktemp("docx") / "sheet.docx"
    path.write_bytes(b"an older file")
    write_case_sheet_docx(sample_sheet(), path)
    assert [p.name for p in path.parent.iterdir()] == ["sheet.docx"]  # replaced, no temporary left
    return docx.Document(str(path))


def _cells(document: docx.document.Document) -> list[str]:
    return [cell.text for table in document.tables for row in table.rows for cell in row.cells]


def test_headings_use_word_styles(document: docx.document.Document) -> None:
    styles = {(p.style.name, p.text) for p in document.paragraphs}
    assert ("Title", f"Youths gathering at Shenley Road shops: {POLISH}") in styles
    for heading in ("Problem statement", "Objective", "Scanning", "Response: actions", "Assessment",
                    "Closure", "Analysis: the problem analysis triangle"):
        assert ("Heading 1", heading) in styles, heading
    assert ("Heading 2", "Repeats") in styles
    assert ("List Bullet", "Police data") in styles
    assert all(t.style.name == "Table Grid" for t in document.tables)


def test_marking_in_header_and_footer_with_page_fields(document: docx.document.Document) -> None:
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert section.footer.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    fields = [f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]


def test_tables_hold_the_exact_text(document: docx.document.Document) -> None:
    cells = _cells(document)
    joined = "\n".join(cells)
    for n in range(1, ACTION_COUNT + 1):
        assert f"PS-2026-014/{n:02d}" in cells
    for exact in (f"{ARABIC} (Hertfordshire Constabulary)", f"{PUNJABI} (Clarion Housing)",
                  f"{POLISH} (Hertsmere Borough Council)", MARKUP, EMOJI, LONG, "Open, OVERDUE",
                  "down 12 (-40%)", f"{PUNJABI} (Hertsmere Borough Council)", "Improved"):
        assert exact in cells, exact
    assert f"Latest: 3 Mar 2026: spoke to {ARABIC}" in joined
    # the header row of the actions table repeats on every page
    actions = next(t for t in document.tables if t.rows[0].cells[0].text == "Ref")
    assert actions.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(actions.rows) == ACTION_COUNT + 1


def test_complex_script_runs_are_marked(document: docx.document.Document) -> None:
    runs = [run for table in document.tables for row in table.rows for cell in row.cells
            for p in cell.paragraphs for run in p.runs]
    arabic = [r for r in runs if ARABIC in r.text]
    punjabi = [r for r in runs if PUNJABI in r.text]
    assert arabic and punjabi
    for run in arabic:
        props = run._element.rPr
        assert props.find(qn("w:rtl")) is not None
        assert props.rFonts.get(qn("w:cs")) == "Noto Sans Arabic"
    for run in punjabi:
        props = run._element.rPr
        assert props.find(qn("w:rtl")) is None
        assert props.rFonts.get(qn("w:cs")) == "Noto Sans Gurmukhi"
    # a paragraph that is all Arabic runs right to left
    name_cells = [c for t in document.tables for r in t.rows for c in r.cells if c.text == ARABIC]
    assert name_cells
    assert name_cells[0].paragraphs[0]._element.pPr.find(qn("w:bidi")) is not None


def test_the_triangle_is_a_table_of_its_sides(document: docx.document.Document) -> None:
    triangle = next(t for t in document.tables if t.rows[0].cells[0].text == "Offender")
    assert [c.text for c in triangle.rows[0].cells] == ["Offender", "Location", "Victim / target"]
    assert triangle.rows[2].cells[2].text == "Guardian: Shop staff and CCTV"
    assert f"People: {ARABIC}" in triangle.rows[1].cells[2].text
    assert "2 repeats flagged" in triangle.rows[1].cells[1].text


def test_an_empty_case_writes(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    write_case_sheet_docx(sample_sheet(actions=0), path)
    assert "No actions yet." in [p.text for p in docx.Document(str(path)).paragraphs]
