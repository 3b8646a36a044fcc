"""`jagdesk export action-plan YEAR --out FILE`, run in-process on a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import docx
import pypdf
import pytest

from jagdesk.cli import main
from jagdesk.services.demo.plan import stage_demo_plan
from jagdesk.store.location import sqlite_location
from jagdesk.store.opening import open_store
from tests.support.command_line import Capsys, run


@pytest.fixture
def plan_db(tmp_path: Path) -> Path:
    path = tmp_path / "csp.db"
    store = open_store(sqlite_location(path))
    try:
        with store.unit_of_work() as uow:
            stage_demo_plan(uow)
            uow.commit()
    finally:
        store.close()
    return path


def test_exports_word_and_pdf_for_a_quarter(plan_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    word = tmp_path / "plan.docx"
    status, out, err = run(capsys, "--db", str(plan_db), "export", "action-plan", "2020-2021",
                           "--out", str(word), "--quarter", "2")
    assert (status, err) == (0, "")
    assert out == f"Wrote the 2020-2021 action plan to {word} (Word).\n"
    document = docx.Document(str(word))
    assert document.tables[0].rows[0].cells[7].text == "Update: 2020-2021 Quarter 2"
    pdf = tmp_path / "plan.pdf"
    status, out, err = run(capsys, "--db", str(plan_db), "export", "action-plan", "2020", "--out",
                           str(pdf), "--marking", "OFFICIAL-SENSITIVE")
    assert status == 0, err
    pages = [page.extract_text() for page in pypdf.PdfReader(pdf).pages]
    assert all(text.count("OFFICIAL-SENSITIVE") == 2 for text in pages)
    assert "Quarter 3" in pages[0]


@pytest.mark.parametrize(("argv", "message"), [
    (["2031", "--out", "{tmp}/p.pdf"], "jagdesk: There is no action plan for 2031-2032; the store has "
                                       "plans for 2020.\n"),
    (["2020", "--out", "{tmp}/p.txt"], "jagdesk: --out must end in .pdf or .docx, not '.txt'.\n"),
    (["2020", "--out", "{tmp}/missing/p.pdf"], "jagdesk: Cannot write {tmp}/missing/p.pdf: the folder "
                                               "{tmp}/missing does not exist.\n"),
])
def test_bad_input_is_one_sentence_and_writes_nothing(plan_db: Path, tmp_path: Path, capsys: Capsys,
                                                      argv: list[str], message: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    status, out, err = run(capsys, "--db", str(plan_db), "export", "action-plan", *args)
    assert (status, out, err) == (2, "", message.replace("{tmp}", str(tmp_path)))
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("csp.db")]


def test_a_wrong_quarter_is_refused_by_the_parser(plan_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db", str(plan_db), "export", "action-plan", "2020", "--out", str(tmp_path / "p.pdf"),
              "--quarter", "5"])
    assert stopped.value.code == 2
    assert "argument --quarter" in capsys.readouterr().err
