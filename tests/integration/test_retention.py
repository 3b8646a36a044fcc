"""The retention review on SQLite and PostgreSQL: what is due at its boundary days, and what keeping,
anonymising and erasing a record do to the store and its audit trail."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import select

from jagdesk.cli import main
from jagdesk.domain.governance import ERASED, RecordKind
from jagdesk.errors import JagdeskError, ValidationError
from jagdesk.services.admin.maintenance import check_store
from jagdesk.services.governance.erase import anonymise_record, erase_record
from jagdesk.services.governance.retention import keep_record, retention_review
from jagdesk.services.governance.settings import save_retention_years
from jagdesk.services.people.people import PersonInput, save_person
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.services.problem_solving.lifecycle import close_case
from jagdesk.services.problem_solving.links import link_person
from jagdesk.store.location import StoreLocation
from jagdesk.store.models import AuditEntry, CasePerson, Person, ProblemCase, RetentionDecision
from jagdesk.store.opening import Store, open_store

CLOSED = date(2019, 3, 31)


def _case_with_people(store: Store) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A case closed on 31/03/2019 naming Dean Foxley (linked) and Ada Quill (a bystander)."""
    with store.unit_of_work("alice") as uow:
        dean = save_person(uow, PersonInput("Foxley", "Dean", "Deano", date(1990, 5, 1),
                                            "4 Mill Lane", phone="07700 900123"), today=CLOSED).id
        ada = save_person(uow, PersonInput("Quill", "Ada", address="9 Brook Road"), today=CLOSED).id
        case = save_case(uow, CaseInput("Street drinking at Mill Lane", date(2018, 6, 1),
                                        behaviour="Dean Foxley shouts at passers-by; Ada Quill complained",
                                        offender_description="Deano, seen daily")).id
        link_person(uow, case, dean, "offender", "ringleader")
    with store.unit_of_work("alice") as uow:
        close_case(uow, case, None, CLOSED, "Drinking stopped")
    return case, dean, ada


def _kinds(rows: list) -> set[tuple[str, uuid.UUID]]:  # type: ignore[type-arg]
    return {(row.kind, row.record_id) for row in rows}


def test_due_on_the_day_six_years_after_closure_not_the_day_before(store: Store) -> None:
    case, dean, _ada = _case_with_people(store)
    with store.unit_of_work() as uow:
        before = retention_review(uow, date(2025, 3, 30), due_only=True)
        on_the_day = retention_review(uow, date(2025, 3, 31), due_only=True)
        everything = retention_review(uow, date(2025, 3, 30))
    assert (RecordKind.CASE.value, case) not in _kinds(before)
    assert {(RecordKind.CASE.value, case), (RecordKind.PERSON.value, dean)} <= _kinds(on_the_day)
    row = next(row for row in everything if row.record_id == case)
    assert (row.ended_on, row.review_on, row.due) == (CLOSED, date(2025, 3, 31), False)
    with store.unit_of_work() as uow:
        save_retention_years(uow, 7, 6, 6)
        assert case not in {row.record_id for row in retention_review(uow, date(2025, 3, 31), True)}
        assert case in {row.record_id for row in retention_review(uow, date(2026, 3, 31), True)}


def test_a_person_on_an_open_case_is_not_listed(store: Store) -> None:
    case, dean, _ada = _case_with_people(store)
    with store.unit_of_work() as uow:
        other = save_case(uow, CaseInput("Graffiti", date(2024, 1, 5))).id
        link_person(uow, other, dean, "offender")
    with store.unit_of_work() as uow:
        ids = {row.record_id for row in retention_review(uow, date(2030, 1, 1))}
    assert case in ids and dean not in ids


def test_keeping_records_why_and_moves_the_review(store: Store) -> None:
    case, _dean, _ada = _case_with_people(store)
    today = date(2025, 4, 2)
    with store.unit_of_work("gina") as uow:
        with pytest.raises(ValidationError) as refused:
            keep_record(uow, case, " ", today, today)
        assert set(refused.value.errors) == {"reason", "next_review_on"}
        kept = keep_record(uow, case, "Civil claim pending", date(2026, 4, 1), today)
    assert (kept.review_on, kept.due, kept.kept_reason) == (date(2026, 4, 1), False, "Civil claim pending")
    with store.unit_of_work() as uow:
        decision = uow.session.scalars(select(RetentionDecision)).one()
        assert (decision.decision, decision.reason, decision.created_by) == (
            "keep", "Civil claim pending", "gina")
        assert case in {row.record_id for row in retention_review(uow, date(2026, 4, 1), True)}


def test_anonymising_a_case_keeps_its_dates_and_drops_personal_text(store: Store) -> None:
    case, _dean, _ada = _case_with_people(store)
    with store.unit_of_work() as uow:
        anonymise_record(uow, case, date(2025, 4, 1))
    with store.unit_of_work() as uow:
        record = uow.session.get(ProblemCase, case)
        assert record is not None
        assert (record.offender_description, record.closed_on, record.name) == (
            "[anonymised]", CLOSED, "Street drinking at Mill Lane")
        trail = " ".join(e.changes for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == case)))
        assert "seen daily" not in trail and "2019-03-31" in trail
        assert case not in {row.record_id for row in retention_review(uow, date(2030, 1, 1))}
    assert check_store(store).ok


def test_erasing_a_person_leaves_their_names_nowhere_and_the_chain_whole(store: Store) -> None:
    case, dean, ada = _case_with_people(store)
    with store.unit_of_work() as uow, pytest.raises(JagdeskError, match="not due"):
        erase_record(uow, dean, date(2025, 3, 30))
    with store.unit_of_work("gina") as uow:
        erase_record(uow, dean, date(2025, 3, 31))
    with store.unit_of_work() as uow:
        assert uow.session.get(Person, dean) is None
        assert uow.session.scalars(select(CasePerson)).all() == []
        record = uow.session.get(ProblemCase, case)
        assert record is not None
        assert record.behaviour == f"{ERASED} shouts at passers-by; Ada Quill complained"
        assert record.offender_description == f"{ERASED}, seen daily"
        entries = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        trail = " ".join(f"{e.record_title} {e.changes}" for e in entries)
        for gone in ("Foxley", "Deano", "Mill Lane\\", "07700 900123", "4 Mill Lane"):
            assert gone not in trail
        assert "Ada Quill" in trail and uow.session.get(Person, ada) is not None
        about_dean = [e for e in entries if e.record_id == dean]
        assert [e.action for e in about_dean] == ["insert", "erase"]
        assert json.loads(about_dean[0].changes)["family_name"] == [None, ERASED]
    assert check_store(store).ok


def test_jagdesk_check_finds_the_chain_whole_after_an_erasure(store_location: StoreLocation,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(store_location) as store:
        _case, dean, _ada = _case_with_people(store)
        with store.unit_of_work("gina") as uow:
            erase_record(uow, dean, date(2025, 3, 31))
    db = str(store_location.path) if store_location.is_sqlite else \
        store_location.url.render_as_string(hide_password=False)
    assert main(["--db", db, "check"]) == 0, capsys.readouterr().out


def test_anonymising_a_person_keeps_their_flags_and_drops_their_names_everywhere(store: Store) -> None:
    case, dean, _ada = _case_with_people(store)
    with store.unit_of_work() as uow:
        anonymise_record(uow, dean, date(2025, 4, 1))
    with store.unit_of_work() as uow:
        person = uow.session.get(Person, dean)
        record = uow.session.get(ProblemCase, case)
        assert person is not None and record is not None
        assert (person.family_name, person.given_names, person.phone, person.date_of_birth) == (
            "[anonymised]", "", "[anonymised]", None)
        assert uow.session.scalars(select(CasePerson)).one().role == "ringleader"  # the link stays
        assert record.behaviour == "[anonymised] shouts at passers-by; Ada Quill complained"
        trail = " ".join(f"{e.record_title} {e.changes}" for e in uow.session.scalars(select(AuditEntry)))
        assert "Foxley" not in trail and "07700 900123" not in trail
        assert dean not in {row.record_id for row in retention_review(uow, date(2030, 1, 1))}
    assert check_store(store).ok


def test_erasing_a_case_takes_its_links_and_leaves_the_people(store: Store) -> None:
    case, dean, ada = _case_with_people(store)
    with store.unit_of_work() as uow:
        reference = erase_record(uow, case, date(2025, 3, 31))
    with store.unit_of_work() as uow:
        assert uow.session.get(ProblemCase, case) is None
        assert uow.session.scalars(select(CasePerson)).all() == []
        assert uow.session.get(Person, dean) is not None and uow.session.get(Person, ada) is not None
        about_case = [e for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.record_id == case)
                                                     .order_by(AuditEntry.seq))]
        assert about_case[-1].action == "erase" and reference in about_case[-1].record_title
        assert all(e.record_title == ERASED for e in about_case[:-1])
        assert "Mill Lane" not in " ".join(e.changes for e in about_case)
    assert check_store(store).ok
