"""The action plan in Word and PDF, from a hand-built ActionPlanDocument, read back from the files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from reportlab.lib.rl_accel import fp_str

from jagdesk.domain.meetings.vocabulary import ActionPlanDocument, PlanItem, PlanTheme, PlanUpdate
from jagdesk.exports.action_plans.action_plan_docx import write_action_plan_docx
from jagdesk.exports.action_plans.action_plan_pdf import write_action_plan_pdf

MARKING = "OFFICIAL-SENSITIVE"
HEADINGS = ["JAG ref", "Objective", "Actions", "Performance indicator / outcome",
            "Ref to National Indicators", "Lead agency", "Lead action group(s)",
            "Update: 2026-2027 Quarter 2"]
POLISH = "Zażółć gęślą jaźń, Łódź"
MARKUP = '<b>not bold</b> & "quotes"'
LONG_UPDATE = "\n".join(f"Week {n}: patrols at the Shenley Road shops, letters to residents, "
                        "covert camera moved and a problem-solving meeting held." for n in range(1, 90))
WORLD = "محمد عبد الله ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ 😀"
FILLS = {"red": "F4C7C3", "amber": "FCE8B2", "green": "C6E7D2"}


def _item(ref: str, objective: str, rag: str, lead: str, text: str = "", status: str = "open",
          actions: str = "Hold problem solving meetings\nDeploy CCTV\nCarry out visual audits") -> PlanItem:
    updates = (PlanUpdate(2, rag, text or f"{rag or 'no status'} for {ref}"),)
    return PlanItem(ref, objective, actions, "Meetings held; deployments", "S-A1.5, NI17", lead,
                    "ASB, NTE", status, updates)


def sample_plan() -> ActionPlanDocument:
    themes = []
    rags = ("green", "amber", "red", "")
    for number, title in enumerate(("Reassurance", "Anti-social behaviour", "Acquisitive crime",
                                    "Violent crime", "Drugs and alcohol"), start=1):
        items = tuple(_item(f"{number}.{n}", f"Objective {number}.{n} {POLISH if n == 1 else ''}",
                            rags[(number + n) % 4], f"Lead {number}.{n}")
                      for n in range(1, 5))
        themes.append(PlanTheme(number, title, items))
    long = _item("6.1", f"A long one {MARKUP}", "amber", "Police", text=LONG_UPDATE, status="complete")
    silent = PlanItem("6.2", f"Not yet reported on {WORLD}", "", "", "", "HCC", "DV Forum", "open",
                      (PlanUpdate(2, "", ""),))
    themes.append(PlanTheme(6, "Domestic abuse", (long, silent)))
    return ActionPlanDocument(2026, "Community Safety Action Plan 2026-2027", "2026-2027",
                              tuple(themes), MARKING, date(2026, 11, 2))


def _items(plan: ActionPlanDocument) -> list[PlanItem]:
    return [item for theme in plan.themes for item in theme.items]


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    path = tmp_path_factory.mktemp("docx") / "plan.docx"
    write_action_plan_docx(sample_plan(), path)
    assert [p.name for p in path.parent.iterdir()] == ["plan.docx"]  # no temporary left behind
    return docx.Document(str(path))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> pypdf.PdfReader:
    path = tmp_path_factory.mktemp("pdf") / "plan.pdf"
    write_action_plan_pdf(sample_plan(), path)
    assert [p.name for p in path.parent.iterdir()] == ["plan.pdf"]
    return pypdf.PdfReader(path)


def test_word_is_a_landscape_a4_section_with_the_marking(word: docx.document.Document) -> None:
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    assert round(section.page_width.cm, 1) == 29.7 and round(section.page_height.cm, 1) == 21.0
    assert MARKING in "\n".join(p.text for p in section.header.paragraphs)
    footer = section.footer._element.xml
    assert MARKING in "\n".join(p.text for p in section.footer.paragraphs)
    assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer


def test_word_has_a_heading_and_a_table_per_theme_in_the_seed_layout(word: docx.document.Document) -> None:
    plan = sample_plan()
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == [f"{t.number}. {t.title}" for t in plan.themes]
    assert [p.text for p in word.paragraphs if p.style.name == "Title"] == [plan.title]
    assert len(word.tables) == len(plan.themes)
    for table in word.tables:
        assert table.style.name == "Table Grid"
        assert [c.text for c in table.rows[0].cells] == HEADINGS
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    rows = {row.cells[0].text.split("\n")[0]: row for table in word.tables for row in table.rows[1:]}
    for item in _items(plan):
        row = rows[item.reference]
        assert row.cells[1].text.strip() == item.objective.strip()
        assert row.cells[5].text == item.lead_agencies
        assert row.cells[4].text == item.national_indicators
    assert rows["6.1"].cells[0].text == "6.1\nComplete"
    # short rows stay on one page; the one with an update longer than a page may break
    assert rows["1.1"]._tr.trPr.find(qn("w:cantSplit")) is not None
    assert rows["6.1"]._tr.trPr is None or rows["6.1"]._tr.trPr.find(qn("w:cantSplit")) is None
    assert MARKUP in rows["6.1"].cells[1].text
    # several actions are a bulleted list in a real Word style
    assert [p.style.name for p in rows["1.1"].cells[2].paragraphs] == ["List Bullet"] * 3


def test_word_shades_the_update_cell_by_rag_and_says_the_word(word: docx.document.Document) -> None:
    for table in word.tables:
        for row in table.rows[1:]:
            ref = row.cells[0].text.split("\n")[0]
            item = next(i for i in _items(sample_plan()) if i.reference == ref)
            rag = item.updates[0].rag
            cell = row.cells[7]
            shading = cell._tc.tcPr.find(qn("w:shd"))
            if rag:
                assert shading is not None and shading.get(qn("w:fill")) == FILLS[rag], ref
                assert cell.paragraphs[0].text == rag.capitalize()
                assert cell.paragraphs[0].runs[0].bold
            else:
                assert shading is None, ref
            said = item.updates[0].text.split("\n")[0]
            assert (said or "No update for this quarter.") in cell.text


def _pages(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def test_pdf_pages_are_landscape_a4_with_marking_and_page_x_of_y(pdf: pypdf.PdfReader) -> None:
    pages = _pages(pdf)
    assert len(pages) >= 3
    for number, (page, text) in enumerate(zip(pdf.pages, pages, strict=True), start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595), number
        assert text.count(MARKING) == 2, number
        assert f"Page {number} of {len(pages)}" in text


def test_pdf_has_every_theme_heading_and_item(pdf: pypdf.PdfReader) -> None:
    text = "\n".join(_pages(pdf))
    flat = " ".join(text.split())
    plan = sample_plan()
    for theme in plan.themes:
        assert f"{theme.number}. {theme.title}" in flat
    for item in _items(plan):
        objective = item.objective.replace(WORLD, "").strip()  # shaped scripts: checked below
        assert item.reference in flat and objective in flat and item.lead_agencies in flat
    assert MARKUP in flat
    assert "Update: 2026-2027 Quarter 2" in flat
    for word in ("Green", "Amber", "Red", "No update for this quarter."):
        assert word in flat


def test_pdf_repeats_the_header_when_a_table_runs_over(pdf: pypdf.PdfReader) -> None:
    pages = _pages(pdf)
    # the 89-line update runs over more than one page; each of its pages has the column headings
    with_long = [t for t in pages if "Week " in t]
    assert len(with_long) >= 2
    for text in with_long:
        flat = " ".join(text.split())
        assert "JAG ref" in flat and "Ref to National Indicators" in flat and "Lead action group(s)" in flat
    assert "Week 89:" in "".join(pages)


def test_pdf_shades_the_update_cells_in_rag_colours(pdf: pypdf.PdfReader) -> None:
    content = b"".join(page.get_contents().get_data() for page in pdf.pages)
    for fill in FILLS.values():
        colour = fp_str(*(int(fill[i:i + 2], 16) / 255 for i in (0, 2, 4)))
        assert f"{colour} rg".encode() in content, fill


def test_an_empty_plan_still_writes(tmp_path: Path) -> None:
    plan = ActionPlanDocument(2027, "Empty plan", "2027-2028", (), "OFFICIAL", date(2027, 4, 2))
    write_action_plan_pdf(plan, tmp_path / "e.pdf")
    write_action_plan_docx(plan, tmp_path / "e.docx")
    text = pypdf.PdfReader(tmp_path / "e.pdf").pages[0].extract_text()
    assert "Empty plan" in text and "Update" not in text and "no themes yet" in text
    assert "no themes yet" in "\n".join(p.text for p in docx.Document(str(tmp_path / "e.docx")).paragraphs)


def test_pdf_embeds_the_fonts_for_arabic_punjabi_and_emoji(pdf: pypdf.PdfReader) -> None:
    fonts = set()
    for page in pdf.pages:
        resources = page["/Resources"]["/Font"]
        fonts |= {str(resources[key].get_object()["/BaseFont"]) for key in resources}
    for family in ("NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansGurmukhi-Regular", "Symbola"):
        assert any(name.endswith("+" + family) for name in fonts), family
    assert "😀" in "".join(_pages(pdf))
