"""`jagdesk export pack MEETING --out FILE.pdf [--public]`, run in-process on a real SQLite store."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from tests.support.command_line import Capsys, run
from tests.support.stores import copy_store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, shared_data: Path, demo_template: Path) -> Path:
    """A copy of the demo store, with its public data, for the module's exports (which only read it)."""
    return copy_store(demo_template, tmp_path_factory.mktemp("cli-pack") / "demo.db")


def test_export_the_pack_and_the_public_pack(demo_db: Path, tmp_path: Path, capsys: Capsys) -> None:
    out = tmp_path / "pack.pdf"
    status, printed, err = run(capsys, "--db", str(demo_db), "export", "pack",
                               "Hertsmere JAG 2021-02-04", "--out", str(out))
    assert (status, err) == (0, "")
    assert printed == f"Wrote the pack for Hertsmere JAG, February 2021 (04/02/2021) to {out}.\n"
    reader = pypdf.PdfReader(out)
    assert reader.outline and len(reader.pages) > 5
    first = reader.pages[0].extract_text()
    assert "Hertsmere JAG, February 2021" in first and "OFFICIAL-SENSITIVE" in first

    public = tmp_path / "public.pdf"
    status, printed, err = run(capsys, "--db", str(demo_db), "export", "pack", "2021-02-04",
                               "--out", str(public), "--public", "--confirm")
    assert (status, err) == (0, "")
    assert printed.startswith("Wrote the public pack for Hertsmere JAG, February 2021")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(public).pages)
    assert "OFFICIAL-SENSITIVE" not in text and "Public version" in text


def test_the_public_pack_is_listed_before_it_is_written(demo_db: Path, tmp_path: Path,
                                                        capsys: Capsys) -> None:
    public = tmp_path / "public.pdf"
    # The March pack: February's minutes, for members to agree, are in it.
    status, printed, err = run(capsys, "--db", str(demo_db), "export", "pack", "2021-03-04",
                               "--out", str(public), "--public")
    assert (status, err) == (0, "") and not public.exists()
    lines = printed.splitlines()
    assert lines[0].startswith("Withheld from the public pack (")
    assert ("  name withheld: Minutes, item 1. Welcome, apologies and the minutes of the last meeting: "
            "The chair welcomed Cllr [Meena Patel], who joined for the Baldock Way garages.") in lines
    assert any(line.startswith("  left out: Case PS-2020-003: Action PS-2020-003/05: Refer the "
                               "regular street drinkers") for line in lines)
    assert any(line.startswith("  possible name: ") and "[Hatfield]" in line for line in lines)
    assert lines[-1] == f"Nothing written: check the list, then run again with --confirm to write {public}."

    status, printed, err = run(capsys, "--db", str(demo_db), "export", "pack", "2021-03-04",
                               "--out", str(public), "--public", "--withhold", "Hatfield",
                               "--withhold", "Youth Connexions", "--confirm")
    assert (status, err) == (0, "") and printed.startswith("Wrote the public pack")
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(public).pages).split())
    assert "Hatfield" not in text and "Meena" not in text
    assert "a property company in [name withheld]" in text


@pytest.mark.parametrize(("argv", "message"), [
    (("2021-02-04", "--out", "pack.docx"), "jagdesk: --out must end in .pdf, not '.docx'.\n"),
    (("1999-01-01", "--out", "pack.pdf"), "jagdesk: "),
    (("2021-02-04", "--out", "pack.pdf", "--confirm"),
     "jagdesk: --withhold and --confirm are for the public pack: add --public.\n"),
    (("2021-02-04", "--out", "pack.pdf", "--public", "--withhold", " ", "--confirm"),
     "jagdesk: --withhold needs a word or a name, not an empty text.\n"),
])
def test_bad_input_writes_nothing(demo_db: Path, tmp_path: Path, capsys: Capsys,
                                  argv: tuple[str, ...], message: str) -> None:
    args = [str(tmp_path / a) if a.startswith("pack.") else a for a in argv]
    status, printed, err = run(capsys, "--db", str(demo_db), "export", "pack", *args)
    assert status == 2 and printed == ""
    assert err.startswith(message) and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []
