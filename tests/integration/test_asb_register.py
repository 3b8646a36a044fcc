"""The ASB register in a real store (SQLite and PostgreSQL): recording interventions, the rules
refusing them with one sentence and nothing changed, lifecycles, extensions, terms, breaches shown
on the person and the case, and two users at once."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from jagdesk.errors import ConflictError, InUseError, ValidationError
from jagdesk.services.asb.breaches import list_breaches, record_breach, update_breach
from jagdesk.services.asb.interventions import (
    delete_intervention,
    get_intervention_detail,
    save_intervention,
)
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.status import change_status, extend_intervention
from jagdesk.services.asb.types import BreachInput, Filter, InterventionInput, TermInput
from jagdesk.services.problem_solving.cases import CaseInput, save_case
from jagdesk.store.models import AsbIntervention, AuditEntry
from jagdesk.store.opening import Store
from tests.support.asb_seed import TODAY, AsbPartnership, asb_partnership, record


@pytest.fixture
def partners(store: Store) -> AsbPartnership:
    return asb_partnership(store)


def count(store: Store) -> int:
    with store.unit_of_work("t") as uow:
        return uow.session.scalar(select(func.count()).select_from(AsbIntervention)) or 0


def test_an_abc_from_proposal_to_breach_suggests_an_injunction(store: Store,
                                                               partners: AsbPartnership) -> None:
    with store.unit_of_work("officer") as uow:
        case_id = save_case(uow, CaseInput("Youths at the parade", opened_on=date(2024, 5, 1))).id
    abc = record(store, "ABC", person_id=partners.youth, lead_agency_id=partners.council,
                 officer_id=partners.officer, locality_id=partners.locality, case_ids=(case_id,),
                 terms=(TermInput("Not to enter the Shenley Road parade after 8pm"),
                        TermInput("To attend a youth diversion session", "requirement")))
    assert (abc.reference, abc.status, abc.subject_name, abc.age, abc.age_group) == (
        "ASB-2024-0001", "proposed", "Zainab Hussain", 15, "youth")
    assert abc.legal_basis == "Voluntary agreement"
    version = abc.version
    for status, day in (("offered", date(2024, 6, 11)), ("signed", date(2024, 6, 12)),
                        ("in force", date(2024, 6, 12))):
        with store.unit_of_work("officer") as uow:
            row = change_status(uow, abc.id, status, day, version, today=TODAY)
        version = row.version
    assert (row.status, row.outcome, row.starts_on) == ("in force", "signed", date(2024, 6, 12))
    # Six months from signing, reviewed at three.
    assert (row.ends_on, row.next_review_on) == (date(2024, 12, 12), date(2024, 9, 12))

    with store.unit_of_work("officer") as uow:
        detail = get_intervention_detail(uow, abc.id, TODAY)
        term = detail.terms[0].id
        breach = record_breach(uow, abc.id, BreachInput(date(2024, 7, 2), term, "PCSO Lee",
                                                        "Seen at the parade at 9.40pm"), version,
                               today=date(2024, 7, 3))
    assert (breach.term, breach.acted_on) == ("Not to enter the Shenley Road parade after 8pm", False)
    assert breach.next_step.startswith("Consider a civil injunction")
    assert [h.to_status for h in detail.history] == ["proposed", "offered", "signed", "in force"]
    assert detail.case_references == ("PS-2024-001",)
    with store.unit_of_work("officer") as uow:
        assert [b.id for b in list_breaches(uow, person_id=partners.youth)] == [breach.id]
        assert [b.id for b in list_breaches(uow, case_id=case_id)] == [breach.id]
        assert [b.id for b in list_breaches(uow, not_acted_on=True)] == [breach.id]
        update_breach(uow, breach.id, BreachInput(date(2024, 7, 2), term, "PCSO Lee", "Seen",
                                                  "warning", date(2024, 7, 4), "Warned by letter"),
                      breach.version, today=date(2024, 7, 5))
    with store.unit_of_work("officer") as uow:
        assert list_breaches(uow, not_acted_on=True) == []
        [row] = list_interventions(uow, Filter(case_id=case_id), TODAY)
        assert (row.breaches, row.breaches_not_acted_on) == (1, 0)
        entries = uow.session.scalars(select(AuditEntry.table_name)).all()
    assert {"asb_intervention", "asb_term", "asb_breach", "asb_status_change", "asb_link"} <= set(entries)


def test_refusals_are_one_sentence_and_change_nothing(store: Store, partners: AsbPartnership) -> None:
    cases = [
        (dict(kind="ABC", person_id=partners.child),
         "An Acceptable Behaviour Contract needs the person to be at least 10 on 10 Jun 2024; they were 9."),
        (dict(kind="ABC", person_id=partners.adult, starts_on=TODAY, ends_on=TODAY - timedelta(1)),
         "It ends (9 Jun 2024) before it starts (10 Jun 2024)."),
        (dict(kind="CPN", person_id=partners.adult),
         "A Community Protection Notice needs a Community Protection Warning first: link the warning "
         "it follows."),
        (dict(kind="civil injunction", person_id=partners.youth, ends_on=date(2025, 1, 1)),
         "For someone under 18, record the youth offending team's consultation on or before the "
         "application (10 Jun 2024)."),
        (dict(kind="PSPO", subject="area", place="Town centre", ends_on=date(2027, 6, 11)),
         "A Public Spaces Protection Order lasts at most 3 years: from 10 Jun 2024 it must end by 10 Jun "
         "2027, not 11 Jun 2027."),
        (dict(kind="ASBO", person_id=partners.adult),
         "An Anti-Social Behaviour Order (legacy) cannot be applied for on or after 20 Oct 2014, when it "
         "was abolished (10 Jun 2024 given); use the 2014 Act's powers."),
        (dict(kind="ABC"), "Choose the person an Acceptable Behaviour Contract is about."),
        (dict(kind="youth diversion order"), "'youth diversion order' is not a kind of intervention."),
        (dict(kind="ABC", person_id=partners.adult, terms=(TermInput("Not to drink", power_of_arrest=True),)),
         "A power of arrest is attached only to a civil injunction's terms, not an Acceptable Behaviour "
         "Contract's."),
    ]
    for changes, sentence in cases:
        with pytest.raises(ValidationError) as refused:
            record(store, **changes)  # type: ignore[arg-type]
        assert str(refused.value) == sentence
    assert count(store) == 0


def test_wrong_transitions_are_refused(store: Store, partners: AsbPartnership) -> None:
    abc = record(store, "ABC", person_id=partners.adult)
    with store.unit_of_work("officer") as uow, pytest.raises(ValidationError) as refused:
        change_status(uow, abc.id, "signed", TODAY, abc.version)
    assert str(refused.value) == ("An Acceptable Behaviour Contract that is proposed can become offered, "
                                  "withdrawn; not signed.")
    with store.unit_of_work("officer") as uow:
        assert get_intervention_detail(uow, abc.id).row.status == "proposed"


def test_a_cpn_follows_a_warning_whose_time_has_passed(store: Store, partners: AsbPartnership) -> None:
    cpw = record(store, "CPW", person_id=partners.adult, comply_by=date(2024, 6, 24), status="issued",
                 starts_on=TODAY)
    with pytest.raises(ValidationError, match="only once its time to comply"):
        record(store, "CPN", person_id=partners.adult, follows_id=cpw.id, opened_on=date(2024, 6, 24))
    cpn = record(store, "CPN", person_id=partners.adult, follows_id=cpw.id, opened_on=date(2024, 6, 25))
    assert cpn.status == "issued"
    with store.unit_of_work("officer") as uow, pytest.raises(InUseError):
        delete_intervention(uow, cpw.id, cpw.version)
    with store.unit_of_work("officer") as uow:
        rows = list_interventions(uow, today=date(2024, 6, 26))
    assert [r.kind for r in rows] == ["CPN", "CPW"]
    assert rows[1].warnings == ("The time to comply (24 Jun 2024) has passed: record whether it was "
                                "complied with, or consider a Community Protection Notice.",)


def test_orders_are_extended_within_the_law(store: Store, partners: AsbPartnership) -> None:
    order = record(store, "closure order", "premises", premises="Flat 3, 8 Allum Lane",
                   status="in force", starts_on=TODAY, ends_on=date(2024, 9, 10))
    with store.unit_of_work("officer") as uow, pytest.raises(ValidationError, match="at most 6 months"):
        extend_intervention(uow, order.id, date(2024, 12, 11), date(2024, 9, 1), order.version)
    with store.unit_of_work("officer") as uow:
        row = extend_intervention(uow, order.id, date(2024, 12, 10), date(2024, 9, 1), order.version,
                                  today=TODAY)
    assert (row.status, row.ends_on) == ("extended", date(2024, 12, 10))


def test_hours_long_powers(store: Store, partners: AsbPartnership) -> None:
    at = datetime(2024, 6, 10, 18, 0)
    with pytest.raises(ValidationError, match="signed by a police inspector or above"):
        record(store, "dispersal authorisation", "area", place="Borehamwood town centre",
               starts_at=at, ends_at=at + timedelta(hours=48), signed_rank="sergeant")
    row = record(store, "dispersal authorisation", "area", place="Borehamwood town centre",
                 starts_at=at, ends_at=at + timedelta(hours=48), signed_rank="inspector",
                 signed_by="Insp. Kowalczyk")
    assert (row.status, row.ends_on) == ("authorised", date(2024, 6, 12))


def test_a_stale_version_is_refused(store: Store, partners: AsbPartnership) -> None:
    abc = record(store, "ABC", person_id=partners.adult)
    data = InterventionInput("ABC", "person", TODAY, person_id=partners.adult, notes="first")
    with store.unit_of_work("a") as uow:
        save_intervention(uow, data, abc.id, abc.version)
    with store.unit_of_work("b") as uow, pytest.raises(ConflictError):
        save_intervention(uow, data, abc.id, abc.version)
