"""Every font in every PDF JAGDesk writes is embedded, so partners' readers print the document as
it was made rather than substituting a font of their own (which may lack the characters)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from pypdf.generic import DictionaryObject

from jagdesk.cli import main
from jagdesk.services.problem_solving.actions import ActionInput, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from tests.support.stores import open_copy, private_env

# A name in every script the shipped fonts cover: Latin, Gurmukhi, Arabic, Chinese and an emoji.
MIXED = "Gurpreet ਗੁਰਪ੍ਰੀਤ, Nadia نادية, Wei 伟 🍺"
FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")

# Each kind of PDF, as the command line writes it: (arguments after --db, the file name).
PDF_KINDS: dict[str, tuple[list[str], str]] = {
    "case sheet": (["export", "case-sheet", "PS-2026-001"], "case.pdf"),
    "action plan": (["export", "action-plan", "2020"], "plan.pdf"),
    "meeting pack": (["export", "pack", "2021-03-04"], "pack.pdf"),
    "public meeting pack": (["export", "pack", "2021-03-04", "--public", "--confirm"], "public.pdf"),
}


def _descriptor(font: DictionaryObject) -> Any:
    if font.get("/Subtype") == "/Type0":
        return font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    return font.get("/FontDescriptor")


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font the PDF's pages (and the forms they draw) use: its name, and whether the font
    program is in the file. A Type 3 font's glyphs are drawn by the file itself."""
    found: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(resources: Any) -> None:
        if resources is None or id(resources) in seen:
            return
        seen.add(id(resources))
        resources = resources.get_object()
        fonts = resources.get("/Font")
        for reference in (fonts.get_object().values() if fonts is not None else ()):
            font = reference.get_object()
            name = str(font.get("/BaseFont", font.get("/Name", "?")))
            if font.get("/Subtype") == "/Type3":
                found[name] = True
                continue
            descriptor = _descriptor(font)
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[name] = any(key in descriptor for key in FONT_FILES)
        xobjects = resources.get("/XObject")
        for reference in (xobjects.get_object().values() if xobjects is not None else ()):
            xobject = reference.get_object()
            if xobject.get("/Subtype") == "/Form":
                walk(xobject.get("/Resources"))

    for page in pypdf.PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> str:
    """The demo partnership (a copy), with a case whose name and action are in every script."""
    folder = tmp_path_factory.mktemp("pdf-fonts")
    path = folder / "demo.db"
    with private_env(folder / "data"), open_copy(demo_template, path) as store, \
            store.unit_of_work("t") as uow:
        case = save_case(uow, CaseInput(MIXED, date(2026, 3, 3), behaviour=MIXED))
        save_action(uow, case.id, ActionInput(f"Visit {MIXED}", due_on=date(2026, 4, 1)))
    return str(path)


@pytest.mark.parametrize("kind", sorted(PDF_KINDS))
def test_every_font_is_embedded(demo_db: str, kind: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    argv, name = PDF_KINDS[kind]
    out = tmp_path / name
    assert main(["--db", demo_db, *argv, "--out", str(out)]) == 0, capsys.readouterr().err
    fonts = pdf_fonts(out)
    assert any("NotoSans" in font for font in fonts), fonts
    assert [font for font, embedded in fonts.items() if not embedded] == []
    if kind == "case sheet":  # the case named in every script: a font for each, all embedded
        for family in ("NotoSans-Regular", "NotoSansGurmukhi", "NotoSansArabic", "DroidSansFallback",
                       "Symbola"):
            assert any(family in font for font in fonts), (family, fonts)

