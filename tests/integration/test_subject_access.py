"""A subject access request on SQLite and PostgreSQL: the disclosure's PDF and JSON read back,
other people's names tagged, the request due one calendar month later on the dashboard until sent;
and `jagdesk export subject-access` and `jagdesk retention` on the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from jagdesk.cli import main
from jagdesk.domain.governance import month_after
from jagdesk.errors import ValidationError
from jagdesk.exports.governance.subject_access import write_disclosure
from jagdesk.services.dashboard import dashboard
from jagdesk.services.governance.requests import mark_sent, open_requests, record_request
from jagdesk.services.governance.subject_access import subject_access
from jagdesk.services.problem_solving.actions import ActionInput, save_action
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.store.location import StoreLocation
from jagdesk.store.opening import Store, open_store
from tests.integration.test_retention import _case_with_people


def test_one_calendar_month_even_at_the_end_of_a_month() -> None:
    assert month_after(date(2026, 1, 31)) == date(2026, 2, 28)
    assert month_after(date(2028, 1, 31)) == date(2028, 2, 29)
    assert month_after(date(2026, 12, 2)) == date(2027, 1, 2)


def test_the_disclosure_holds_their_record_case_and_trail_and_tags_others(store: Store,
                                                                          tmp_path: Path) -> None:
    _case, dean, _ada = _case_with_people(store)
    with store.unit_of_work() as uow:
        other = save_case(uow, CaseInput("Graffiti on Brook Road", date(2026, 1, 5))).id
        save_action(uow, other, ActionInput("Ask Dean Foxley's landlord and Ada Quill about the tags"))
        save_action(uow, other, ActionInput("Paint over the tags"))
    with store.unit_of_work() as uow:
        disclosure = subject_access(uow, dean, date(2026, 12, 2))
    pdf, data = write_disclosure(disclosure, tmp_path)
    assert pdf.name == "subject-access-Dean-Foxley-2026-12-02.pdf"
    content = json.loads(data.read_text(encoding="utf-8"))
    sections = {section["title"]: section["items"] for section in content["sections"]}
    assert sections["Their record"][0]["fields"]["Phone"] == "07700 900123"
    assert sections["Problem-solving cases"][0]["heading"].endswith(" Street drinking at Mill Lane")
    behaviour = sections["Problem-solving cases"][0]["fields"]["Behaviour"]
    assert behaviour == "Dean Foxley shouts at passers-by; Ada Quill [other person] complained"
    assert len(sections["The audit trail's entries about them"]) >= 2  # inserted, linked
    mentions = sections["Minutes and actions that name them"]
    assert [item["fields"]["Description"] for item in mentions] == [
        "Ask Dean Foxley's landlord and Ada Quill [other person] about the tags"]
    assert "Ada Quill" not in json.dumps(sections["Their record"])
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Subject access disclosure: Dean Foxley" in text
    assert "Ada Quill [other person]" in text and "OFFICIAL-SENSITIVE" in text


def test_a_request_is_due_a_month_later_on_the_dashboard_until_sent(store: Store) -> None:
    _case, dean, _ada = _case_with_people(store)
    today = date(2026, 2, 10)
    with store.unit_of_work() as uow:
        with pytest.raises(ValidationError):
            record_request(uow, dean, date(2026, 2, 11), today)
        request = record_request(uow, dean, date(2026, 1, 31), today)
    assert request.due_on == date(2026, 2, 28)
    with store.unit_of_work() as uow:
        late = open_requests(uow, date(2026, 3, 2))
        assert [(row.name, row.days_overdue) for row in late] == [("Dean Foxley", 2)]
        section = dashboard(uow, today).section("subject_access")
        assert [row.name for row in section.rows] == ["Dean Foxley"]
        mark_sent(uow, request.id, date(2026, 2, 9), request.version, today)
    with store.unit_of_work() as uow:
        assert open_requests(uow, today) == []
        assert "subject_access" not in {section.key for section in dashboard(uow, today).sections}


def test_the_command_line_writes_both_files_and_lists_the_review(store_location: StoreLocation,
                                                                 tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(store_location) as store:
        _case, _dean, _ada = _case_with_people(store)
    db = str(store_location.path) if store_location.is_sqlite else \
        store_location.url.render_as_string(hide_password=False)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", db, "export", "subject-access", "Dean Foxley", "--out", str(out)]) == 0
    assert sorted(path.suffix for path in out.iterdir()) == [".json", ".pdf"]
    assert main(["--db", db, "export", "subject-access", "Nobody Here", "--out", str(out)]) == 2
    assert "No one on the register" in capsys.readouterr().err
    assert main(["--db", db, "retention", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["kind"] for row in rows} == {"problem-solving case", "person"}
    assert main(["--db", db, "retention", "--due"]) == 0
    assert "due for review today" in capsys.readouterr().out


def test_the_retention_periods_are_set_on_the_command_line(store_location: StoreLocation,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(store_location):
        pass
    db = str(store_location.path) if store_location.is_sqlite else \
        store_location.url.render_as_string(hide_password=False)
    assert main(["--db", db, "retention", "--case-years", "0"]) == 2
    assert "between 1 and 100 years" in capsys.readouterr().err
    assert main(["--db", db, "retention", "--case-years", "7", "--person-years", "3"]) == 0
    assert "cases 7 years, ASB interventions 6, RIPA records 5, people 3" in capsys.readouterr().out
