"""`jagdesk list people|cases [--json]` through the command line's entry point."""

from __future__ import annotations

import json
from datetime import date

import pytest

from jagdesk.cli import main
from jagdesk.services.people.people import PersonInput, merge_people, save_person
from jagdesk.services.problem_solving.actions import ActionInput, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.services.problem_solving.lifecycle import close_case
from jagdesk.services.reference.agencies import AgencyInput, ContactInput, save_agency, save_contact
from jagdesk.store.opening import Store
from tests.support.command_line import Capsys, run


@pytest.fixture
def db(store: Store) -> str:
    """The --db of a store (SQLite or PostgreSQL) with two cases (one closed), an action, and
    three people, one merged away."""
    with store.unit_of_work("t") as uow:
        police = save_agency(uow, AgencyInput("Hertfordshire Constabulary", "police")).id
    with store.unit_of_work("t") as uow:
        pc = save_contact(uow, ContactInput(police, "PC Aisha Rahman")).id
    with store.unit_of_work("t") as uow:
        first = save_case(uow, CaseInput("Drinking at the <parade> 🍺", date(2026, 3, 3),
                                         owner_id=pc, review_on=date(2026, 5, 1)))
    with store.unit_of_work("t") as uow:
        save_action(uow, first.id, ActionInput("Patrols"))
    with store.unit_of_work("t") as uow:
        second = save_case(uow, CaseInput("Mopeds in Oakmere Park", date(2026, 4, 1)))
    with store.unit_of_work("t") as uow:
        close_case(uow, second.id, second.version, date(2026, 5, 2), "Resolved")
    with store.unit_of_work("t") as uow:
        keep = save_person(uow, PersonInput("Wiśniewska", "Ola", date_of_birth=date(1990, 7, 14),
                                            postcode="WD6 1JN", is_vulnerable=True))
    with store.unit_of_work("t") as uow:
        gone = save_person(uow, PersonInput("Wisniewska", "Ola"))
    with store.unit_of_work("t") as uow:
        save_person(uow, PersonInput("Singh", "Gurpreet ਗੁਰਪ੍ਰੀਤ", is_youth=True))
    with store.unit_of_work("t") as uow:
        merge_people(uow, keep.id, gone.id, None, None)
    location = store.location
    return str(location.path) if location.path else location.url.render_as_string(False)


def test_list_cases(db: str, capsys: Capsys) -> None:
    status, out, err = run(capsys, "--db", db, "list", "cases")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["Reference", "Name", "Status", "Owner", "name", "Review", "date",
                                "Open", "actions"]
    assert lines[1].split()[0] == "PS-2026-002" and "closed" in lines[1]
    assert lines[2].startswith("PS-2026-001  Drinking at the <parade> 🍺")
    assert "PC Aisha Rahman" in lines[2] and "01/05/2026" in lines[2] and lines[2].endswith(" 1")
    assert len(lines) == 3


def test_list_cases_as_json(db: str, capsys: Capsys) -> None:
    status, out, _ = run(capsys, "--db", db, "list", "cases", "--json")
    rows = json.loads(out)
    assert status == 0
    assert [(r["reference"], r["name"], r["status"], r["owner_name"], r["review_on"],
             r["open_actions"]) for r in rows] == [
        ("PS-2026-002", "Mopeds in Oakmere Park", "closed", "", None, 0),
        ("PS-2026-001", "Drinking at the <parade> 🍺", "open", "PC Aisha Rahman", "2026-05-01", 1),
    ]


def test_list_people_leaves_out_merged_records(db: str, capsys: Capsys) -> None:
    status, out, _ = run(capsys, "--db", db, "list", "people", "--json")
    rows = json.loads(out)
    assert status == 0
    assert sorted((r["name"], r["date_of_birth"], r["postcode"], r["is_vulnerable"], r["is_youth"])
                  for r in rows) == [
        ("Gurpreet ਗੁਰਪ੍ਰੀਤ Singh", None, "", False, True),
        ("Ola Wiśniewska", "1990-07-14", "WD6 1JN", True, False),
    ]
    status, out, _ = run(capsys, "--db", db, "list", "people")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 3
    assert lines[0].split()[:4] == ["Name", "Date", "of", "birth"]
    ola = next(line for line in lines if "Wiśniewska" in line)
    assert "14/07/1990" in ola and "vulnerable" in ola.lower() and "WD6 1JN" in ola


def test_an_unknown_kind_is_refused(db: str, capsys: Capsys) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["--db", db, "list", "persons"])
    assert refused.value.code == 2
    assert "cases" in capsys.readouterr().err
