"""Every Word document JAGDesk writes says what it is, who wrote it and when, carries its marking
in its keywords, and names the shipped fonts (the PDFs' fonts) for every script in its styles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from jagdesk.cli import main
from tests.support.stores import copy_store

USER = "Priya Raman ਪ੍ਰਿਆ"
SLOTS = {"w:ascii": "Noto Sans", "w:hAnsi": "Noto Sans", "w:eastAsia": "Droid Sans Fallback",
         "w:cs": "Noto Sans Arabic"}
THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")

# Each kind of Word document: (arguments after --db, file name, title, marking, words of the subject).
WORD_KINDS: dict[str, tuple[list[str], str, str, str, str]] = {
    "case sheet": (["export", "case-sheet", "PS-2020-003"], "case.docx",
                   "Case sheet PS-2020-003: Street drinking and anti-social behaviour at the "
                   "Shenley Road parade", "OFFICIAL-SENSITIVE", "case sheet"),
    "action plan": (["export", "action-plan", "2020"], "plan.docx",
                    "Hertsmere Community Safety Action Plan 2020-2021", "OFFICIAL", "action plan"),
    "action plan marked": (["export", "action-plan", "2020", "--marking", "OFFICIAL-SENSITIVE"],
                           "plan-os.docx", "Hertsmere Community Safety Action Plan 2020-2021",
                           "OFFICIAL-SENSITIVE", "action plan 2020-2021"),
    "minutes": (["export", "minutes", "2021-02-04"], "minutes.docx",
                "Minutes: Hertsmere JAG, February 2021", "OFFICIAL-SENSITIVE",
                "JAG meeting held on 4 February 2021"),
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    """A copy of the demo store for the module's exports (which only read it)."""
    return str(copy_store(demo_template, tmp_path_factory.mktemp("word-properties") / "demo.db"))


def written(demo_db: str, argv: list[str], out: Path,
            monkeypatch: pytest.MonkeyPatch) -> docx.document.Document:
    monkeypatch.setenv("JAGDESK_USER", USER)
    assert main(["--db", demo_db, *argv, "--out", str(out)]) == 0
    return docx.Document(str(out))


def assert_names_shipped_fonts(fonts: object, where: str) -> None:
    assert fonts is not None, where
    for slot, name in SLOTS.items():
        assert fonts.get(qn(slot)) == name, (where, slot)  # type: ignore[attr-defined]
    for slot in THEME_SLOTS:  # Word would use the theme's font (Calibri) instead of the named one
        assert fonts.get(qn(slot)) is None, (where, slot)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", sorted(WORD_KINDS))
def test_core_properties(demo_db: str, kind: str, tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch) -> None:
    argv, name, title, marking, subject = WORD_KINDS[kind]
    before = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props = written(demo_db, argv, tmp_path / name, monkeypatch).core_properties
    after = datetime.now(UTC).replace(tzinfo=None)
    assert props.title == title
    assert subject in props.subject
    assert (props.author, props.last_modified_by) == (USER, USER)
    assert props.keywords == marking
    assert props.comments == "" and props.category == ""
    assert props.revision == 1
    assert props.created is not None and props.modified is not None
    created = props.created.replace(tzinfo=None)
    assert before - timedelta(seconds=1) <= created <= after
    assert props.modified.replace(tzinfo=None) == created
    assert props.language == "en-GB"


@pytest.mark.parametrize("kind", sorted(WORD_KINDS))
def test_styles_name_the_shipped_fonts(demo_db: str, kind: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    argv, name, *_ = WORD_KINDS[kind]
    document = written(demo_db, argv, tmp_path / name, monkeypatch)
    styles = document.styles.element
    assert_names_shipped_fonts(styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/"
                                           f"{qn('w:rPr')}/{qn('w:rFonts')}"), "defaults")
    for style in ("Normal", "Title", "Heading 1"):
        fonts = document.styles[style].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        if style == "Normal":
            assert fonts is None  # Normal takes the defaults
        else:
            assert_names_shipped_fonts(fonts, style)
    for fonts in styles.iter(qn("w:rFonts")):
        for slot in THEME_SLOTS:
            assert fonts.get(qn(slot)) is None


def test_minutes_on_a_letterhead_keep_its_fonts_but_get_the_properties(
        demo_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    letterhead = docx.Document()
    letterhead.core_properties.author = "Council design team"
    letterhead.core_properties.comments = "Letterhead, version 3"
    letterhead.core_properties.title = "Hertsmere letterhead"
    letterhead.styles["Normal"].font.name = "Arial"
    template = tmp_path / "letterhead.docx"
    letterhead.save(str(template))
    document = written(demo_db, ["export", "minutes", "2021-02-04", "--template", str(template)],
                       tmp_path / "minutes.docx", monkeypatch)
    props = document.core_properties
    assert (props.title, props.author, props.comments) == (
        "Minutes: Hertsmere JAG, February 2021", USER, "")
    assert props.keywords == "OFFICIAL-SENSITIVE"
    assert document.styles["Normal"].font.name == "Arial"
