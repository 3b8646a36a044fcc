"""`jagdesk export case-sheet REF --out FILE`, run in-process on a real SQLite store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from sqlalchemy import select

from jagdesk.services.demo.places import add_demo_hotspots
from jagdesk.services.problem_solving.actions import ActionInput, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.store.location import sqlite_location
from jagdesk.store.models.hotspots import Hotspot
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run
from tests.support.crime_seed import SUPERMARKET, add_crimes, add_wards

ARABIC = "محمد عبد الله"
PUNJABI = "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"


@pytest.fixture
def case_db(tmp_path: Path, shared_data: Path) -> tuple[Path, str]:
    path = tmp_path / "csp.db"
    store = open_store(sqlite_location(path))
    try:
        wards = add_wards(store, shared_data)
        add_crimes(store, wards, [("2021-01", "Anti-social behaviour", SUPERMARKET, 12),
                                  ("2021-02", "Anti-social behaviour", SUPERMARKET, 9)])
        with store.unit_of_work() as uow:
            add_demo_hotspots(uow)
        with store.unit_of_work() as uow:
            hotspots = tuple(uow.session.scalars(select(Hotspot.id)).all())
            case = save_case(uow, CaseInput(
                name="Drinking at the Shenley Road shops", opened_on=date(2021, 3, 1),
                behaviour=f"Groups drinking; complaints from {ARABIC} <b>&</b>",
                place="Shenley Road", time_pattern="Friday evenings", hotspot_ids=hotspots,
                victim_description=f"Shop staff, {PUNJABI}", handler="Youth service"))
            save_action(uow, case.id, ActionInput(description="Extra patrols on Fridays 🚓",
                                                  side="location", due_on=date(2021, 4, 1)),
                        today=date(2021, 3, 2))
            reference = case.reference
    finally:
        store.close()
    return path, reference


def test_export_pdf_and_word(case_db: tuple[Path, str], tmp_path: Path, capsys: Capsys) -> None:
    db, reference = case_db
    pdf = tmp_path / "sheet.pdf"
    status, out, err = run(capsys, "--db", str(db), "export", "case-sheet", reference, "--out", str(pdf))
    assert (status, err) == (0, "")
    assert out == f"Wrote the case sheet for {reference} to {pdf} (PDF).\n"
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    for expected in (reference, "Drinking at the Shenley Road shops", "<b>&</b>", f"{reference}/01",
                     "Extra patrols on Fridays 🚓", "OFFICIAL-SENSITIVE", "Page 1 of"):
        assert expected in text, expected

    word = tmp_path / "sheet.docx"
    status, out, err = run(capsys, "--db", str(db), "export", "case-sheet", reference.lower(),
                           "--out", str(word))
    assert (status, err) == (0, "")
    document = docx.Document(str(word))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert f"Groups drinking; complaints from {ARABIC} <b>&</b>" in cells
    assert f"{reference}/01" in cells
    assert any(PUNJABI in c for c in cells)


def test_bad_suffix_and_unknown_reference(case_db: tuple[Path, str], tmp_path: Path,
                                          capsys: Capsys) -> None:
    db, reference = case_db
    out_file = tmp_path / "sheet.txt"
    status, out, err = run(capsys, "--db", str(db), "export", "case-sheet", reference,
                           "--out", str(out_file))
    assert status == 2 and out == "" and err.startswith("jagdesk: --out must end in .pdf or .docx")
    assert err.count("\n") == 1 and not out_file.exists()
    status, out, err = run(capsys, "--db", str(db), "export", "case-sheet", "PS-1999-999",
                           "--out", str(tmp_path / "x.pdf"))
    assert status == 2 and out == "" and err.startswith("jagdesk: ") and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csp.db"] + (
        ["csp.db.lock"] if (tmp_path / "csp.db.lock").exists() else [])
