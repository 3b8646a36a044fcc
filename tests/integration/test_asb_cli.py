"""The ASB register on the command line: `list interventions|breaches`, `export asb-figures` and
`export letter`, with the letters read back from the Word files they produce."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select

from jagdesk.services.asb.breaches import record_breach
from jagdesk.services.asb.types import BreachInput
from jagdesk.store.location import sqlite_location
from jagdesk.store.models import AsbLetter
from jagdesk.store.opening import open_store
from tests.support.asb_seed import TODAY, AsbPartnership, asb_partnership, record
from tests.support.command_line import Capsys, run


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "asb.db"
    with open_store(sqlite_location(path)) as store:
        partners: AsbPartnership = asb_partnership(store)
        signed = record(store, "ABC", person_id=partners.adult, status="in force", starts_on=TODAY,
                        officer_id=partners.officer, locality_id=partners.locality,
                        summary="Shouting and throwing bottles outside 14 Shenley Road at night")
        record(store, "ABC", person_id=partners.youth, status="declined", locality_id=partners.locality)
        record(store, "ABC", person_id=partners.youth, status="in force", starts_on=TODAY + timedelta(1),
               opened_on=TODAY + timedelta(1), locality_id=partners.locality)
        record(store, "PSPO", "area", place="Borehamwood town centre", status="in force",
               starts_on=date(2023, 10, 1), opened_on=date(2023, 9, 1), ends_on=date(2026, 9, 30))
        with store.unit_of_work("officer") as uow:
            record_breach(uow, signed.id, BreachInput(TODAY, reported_by="PCSO Lee"), signed.version,
                          today=TODAY)
    return path


def test_list_interventions_as_json_carries_the_computed_dates_and_warnings(db: Path,
                                                                             capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", str(db), "list", "interventions", "--json")
    assert (status, err) == (0, "")
    rows = {row["reference"]: row for row in json.loads(out)}
    abc = rows["ASB-2024-0001"]
    assert (abc["kind"], abc["status"], abc["ends_on"], abc["next_review_on"]) == (
        "ABC", "in force", "2024-12-10", "2024-09-10")
    assert abc["subject_name"] == "Seán O'Brien-Smith"
    assert "Its review was due on 10 Sep 2024." in abc["warnings"]  # as of today, long past
    assert rows["ASB-2023-0001"]["ends_on"] == "2026-09-30"
    status, out, _ = run(capsys, "--db", str(db), "list", "breaches")
    assert status == 0
    assert "ASB-2024-0001  ABC   Seán O'Brien-Smith" in out and "Consider a civil injunction" in out


def test_figures_as_partnerships_print_them(db: Path, tmp_path: Path, capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", str(db), "export", "asb-figures", "--from", "2024-04-01",
                           "--to", "2025-03-31")
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "ASB tools and powers, 1 Apr 2024 to 31 Mar 2025: 3 interventions.",
        "2 ABCs signed, 1 declined",
    ]
    csv_file = tmp_path / "figures.csv"
    status, out, _ = run(capsys, "--db", str(db), "export", "asb-figures", "--from", "2024-04-01",
                         "--to", "2025-03-31", "--out", str(csv_file))
    assert status == 0
    assert csv_file.read_text(encoding="utf-8-sig").splitlines() == [
        "Kind,Outcome,Locality,Age group,Count",
        "Acceptable Behaviour Contract,signed,Borehamwood,adult,1",
        "Acceptable Behaviour Contract,signed,Borehamwood,youth,1",
        "Acceptable Behaviour Contract,declined,Borehamwood,youth,1",
    ]
    status, out, _ = run(capsys, "--db", str(db), "export", "asb-figures", "--from", "2023-01-01",
                         "--to", "2025-03-31", "--json")
    assert json.loads(out)["sentences"] == ["2 ABCs signed, 1 declined", "1 PSPO made"]
    assert run(capsys, "--db", str(db), "export", "asb-figures", "--from", "2024-13-01",
               "--to", "2025-03-31")[1:] == ("", "jagdesk: --from '2024-13-01' is not a date: write it as "
                                                 "YYYY-MM-DD.\n")


def test_a_warning_letter_to_a_person_is_written_and_recorded(db: Path, tmp_path: Path,
                                                              capsys: Capsys) -> None:
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    status, out, err = run(capsys, "--db", str(db), "export", "letter", "warning-letter-1",
                           "--to", "Seán O'Brien-Smith", "--to", "ASB-2024-0002", "--to", "Amrit ਸਿੰਘ",
                           "--out", str(out_dir))
    assert (status, err) == (0, "")
    files = sorted(p.name for p in out_dir.iterdir())
    assert files == ["ASB-2024-0001 Seán O'Brien-Smith.docx", "ASB-2024-0002 Zainab Hussain.docx",
                     "Amrit ਸਿੰਘ.docx"]
    assert "Dear Amrit ਸਿੰਘ," in [p.text for p in Document(str(out_dir / files[2])).paragraphs]
    letter = Document(str(out_dir / files[0]))
    text = [p.text for p in letter.paragraphs]
    assert "Dear Seán O'Brien-Smith," in text
    assert "Seán O'Brien-Smith\n12 Shenley Road, Borehamwood" in text
    assert "Our reference: ASB-2024-0001" in text
    assert any("Shouting and throwing bottles outside 14 Shenley Road" in line for line in text)
    assert "Priya Raman" in text  # the intervention's officer signs
    assert letter.sections[0].header.paragraphs[0].text == "OFFICIAL-SENSITIVE"
    assert not any("{{" in line for line in text)
    with open_store(sqlite_location(db)) as store, store.unit_of_work() as uow:
        letters = uow.session.scalars(select(AsbLetter).order_by(AsbLetter.file_name)).all()
        assert [(x.template, x.file_name, x.person_id is not None) for x in letters] == [
            ("warning-letter-1", name, True) for name in files]


def test_residents_surveys_to_every_address_on_roads_as_one_mail_merge(db: Path, tmp_path: Path,
                                                                       capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", str(db), "export", "letter", "residents-survey", "--roads",
                           "Shenley Road:1-3", "Aycliffe Road", "--out", str(tmp_path), "--merge",
                           "--officer", "Priya Raman")
    assert (status, err) == (0, "")
    assert out.startswith("Wrote 4 letters from residents-survey.docx")
    [merged] = [p for p in tmp_path.iterdir() if p.suffix == ".docx"]
    document = Document(str(merged))
    assert [table.cell(0, 1).text for table in document.tables] == [
        "1 Shenley Road", "2 Shenley Road", "3 Shenley Road", "7 Aycliffe Road"]
    questions = [table.cell(1, 0).text for table in document.tables]
    assert questions[0] == "Have you seen anti-social behaviour on Shenley Road in the last three months?"
    assert questions[3].endswith("on Aycliffe Road in the last three months?")
    with open_store(sqlite_location(db)) as store, store.unit_of_work() as uow:
        rows = uow.session.scalars(select(AsbLetter).order_by(AsbLetter.road)).all()
        assert [(x.road, x.addresses) for x in rows] == [("Aycliffe Road", 1), ("Shenley Road", 3)]


@pytest.mark.parametrize(("argv", "sentence"), [
    (["nosuch", "--to", "x"], "jagdesk: There is no letter template 'nosuch': give a .docx file or one of "
                              "abc-invitation, residents-letter, residents-survey, warning-letter-1, "
                              "warning-letter-2.\n"),
    (["warning-letter-1", "--to", "Nobody Here"],
     "jagdesk: No one on the people register is called 'Nobody Here'.\n"),
    (["warning-letter-1"], "jagdesk: Give either --to PERSON or --roads ROAD ..., not both or neither.\n"),
    (["residents-letter", "--roads", "Nowhere Lane"],
     "jagdesk: No address on Nowhere Lane is known: give its house numbers, as 'Nowhere Lane:1-40'.\n"),
])
def test_bad_letters_write_nothing(db: Path, tmp_path: Path, capsys: Capsys, argv: list[str],
                                   sentence: str) -> None:
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    status, _out, err = run(capsys, "--db", str(db), "export", "letter", *argv, "--out", str(out_dir))
    assert (status, err) == (2, sentence)
    assert list(out_dir.iterdir()) == []


def test_a_template_the_partnership_edited_with_an_unknown_placeholder(db: Path, tmp_path: Path,
                                                                       capsys: Capsys) -> None:
    template = tmp_path / "our letter.docx"
    document = Document()
    document.add_paragraph("Dear {{name}}, about {{ incident }}")
    document.save(str(template))
    out_dir = tmp_path / "letters"
    out_dir.mkdir()
    status, _out, err = run(capsys, "--db", str(db), "export", "letter", str(template), "--to",
                            "Zainab Hussain", "--out", str(out_dir))
    assert status == 2
    assert err.startswith("jagdesk: The template our letter.docx holds {{incident}}, which JAGDesk does "
                          "not fill; use {{name}}, ")
    assert list(out_dir.iterdir()) == []
