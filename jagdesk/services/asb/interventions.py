"""Interventions: check, save (with their terms and links), open and delete."""

from __future__ import annotations

import uuid
from dataclasses import fields
from datetime import date

from sqlalchemy import select

from jagdesk.domain.asb.lifecycle import term_problem
from jagdesk.domain.asb.powers import DEFAULT_SETTINGS, Settings
from jagdesk.domain.asb.rules import Prior, computed_ends_on, law_on, refusals
from jagdesk.domain.asb.vocabulary import LIFECYCLES, Kind, Rank, Status, Subject, TermKind, a, statuses
from jagdesk.domain.common import validation as v
from jagdesk.errors import ValidationError
from jagdesk.services.asb.reading import facts_of, list_interventions, prior_of
from jagdesk.services.asb.settings import asb_settings
from jagdesk.services.asb.types import (
    Filter,
    InterventionDetail,
    InterventionInput,
    InterventionRow,
    StatusChangeRow,
    TermInput,
    TermRow,
)
from jagdesk.services.common.records import delete_unused, load_for_change, validated
from jagdesk.services.common.references import next_number
from jagdesk.store.models import (
    AsbIntervention,
    AsbLink,
    AsbStatusChange,
    AsbTerm,
    Hotspot,
    Person,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork

TEXT_MAX = 1000
NOTES_MAX = 20000
# The columns an InterventionInput fills as they are (links, terms and status are handled apart).
COLUMNS = tuple(f.name for f in fields(InterventionInput)
                if f.name not in {"ward_ids", "case_ids", "hotspot_ids", "terms", "status"})


def _field_errors(data: InterventionInput) -> dict[str, str]:
    kinds, subjects, ranks = {k.value for k in Kind}, {s.value for s in Subject}, {r.value for r in Rank}
    if data.kind not in kinds:
        return {"kind": f"'{data.kind}' is not a kind of intervention."}
    what = Kind(data.kind).label
    subject = None if data.subject in subjects else f"'{data.subject}' is not a person, premises or area."
    if subject is None and data.subject == Subject.PERSON and data.person_id is None:
        subject = f"Choose the person {a(what)} is about."
    if subject is None and data.subject == Subject.PREMISES and not data.premises.strip():
        subject = f"Enter the address of the premises {a(what)} is about."
    if subject is None and data.subject == Subject.AREA and not (
            data.place.strip() or data.ward_ids or data.area):
        subject = f"Name the area {a(what)} covers, choose its wards or draw it."
    bad_term = next((t.term_kind for t in data.terms if t.term_kind not in {k.value for k in TermKind}), None)
    return v.collect(
        subject=subject,
        premises=v.max_length_text(data.premises, "premises", TEXT_MAX),
        place=v.max_length_text(data.place, "area's name", TEXT_MAX),
        signed_by=v.max_length_text(data.signed_by, "name of who signed it", 200),
        signed_rank=None if not data.signed_rank or data.signed_rank in ranks
        else f"'{data.signed_rank}' is not a rank.",
        summary=v.max_length_text(data.summary, "summary", NOTES_MAX),
        notes=v.max_length_text(data.notes, "notes", NOTES_MAX),
        status=None if not data.status or data.status in statuses(Kind(data.kind))
        else f"{a(what, True)} cannot be {data.status}.",
        terms=f"'{bad_term}' is not a prohibition or requirement." if bad_term else None,
    )


def intervention_problems(uow: UnitOfWork, data: InterventionInput) -> dict[str, str]:
    """Everything that stops the intervention being saved, by field ("rules" for the table of
    powers, "terms" for its terms): empty when it may be saved."""
    errors = _field_errors(data)
    if errors:
        return errors
    born = uow.get(Person, data.person_id).date_of_birth if data.person_id else None
    return rule_problems(data, born, prior_of(uow, data.follows_id), asb_settings(uow))


def rule_problems(data: InterventionInput, born: date | None, prior: Prior | None,
                  settings: Settings = DEFAULT_SETTINGS) -> dict[str, str]:
    """The first rule of the power (or of its terms) the intervention breaks, for a person born on
    `born`, following `prior`, by the partnership's `settings`; empty when it breaks none."""
    facts = facts_of(data, born, prior)
    found = refusals(facts, settings=settings)
    if found:
        return {"rules": found[0]}
    power = law_on(facts, settings=settings)
    assert power is not None  # refusals() found it in force
    ends = computed_ends_on(facts, power)
    for term in data.terms:
        problem = term_problem(facts, power, term.text, term.ends_on, term.power_of_arrest, ends)
        if problem:
            return {"terms": problem}
    return {}


def _set_terms(uow: UnitOfWork, record: AsbIntervention, terms: tuple[TermInput, ...]) -> None:
    """The terms as entered: kept ones changed in place (a breach names its term), others added,
    the rest removed."""
    kept = {term.id: term for term in record.terms}
    wanted = []
    for position, entered in enumerate(terms):
        term = kept.pop(entered.id, None) if entered.id else None
        if term is None:
            term = AsbTerm(intervention=record)
        term.position, term.term_kind, term.text = position, entered.term_kind, entered.text.strip()
        term.ends_on, term.power_of_arrest = entered.ends_on, entered.power_of_arrest
        wanted.append(term)
    for gone in kept.values():
        uow.session.delete(gone)
    record.terms = wanted


def _set_links(uow: UnitOfWork, record: AsbIntervention, data: InterventionInput) -> None:
    for case_id in data.case_ids:
        uow.get(ProblemCase, case_id)
    for hotspot_id in data.hotspot_ids:
        uow.get(Hotspot, hotspot_id)
    wanted = {("case", i) for i in data.case_ids} | {("hotspot", i) for i in data.hotspot_ids} \
        | {("ward", i) for i in data.ward_ids}
    have = {}
    for link in record.links:
        key = ("case", link.case_id) if link.case_id else ("hotspot", link.hotspot_id) \
            if link.hotspot_id else ("ward", link.ward_id)
        have[key] = link
    for key, link in have.items():
        if key not in wanted:
            record.links.remove(link)
    for side, target in sorted(wanted - set(have), key=str):
        record.links.append(AsbLink(**{f"{side}_id": target}))


def stage_intervention(uow: UnitOfWork, data: InterventionInput, record_id: uuid.UUID | None = None,
                       expected_version: int | None = None) -> AsbIntervention:
    """The intervention added or changed in the unit of work, not yet committed (an import stages
    many in one transaction); refused with one sentence for the first rule it breaks."""
    validated(intervention_problems(uow, data))
    kind = Kind(data.kind)
    if record_id is None:
        year = data.opened_on.year
        record = AsbIntervention(reference=f"ASB-{year}-{next_number(uow.session, f'ASB-{year}'):04d}",
                                 status=data.status or next(iter(LIFECYCLES[kind])).value)
        uow.session.add(record)
        record.status_changes.append(AsbStatusChange(
            changed_on=data.starts_on or data.opened_on, to_status=record.status, note="recorded"))
    else:
        record = load_for_change(uow, AsbIntervention, record_id, expected_version)
        if record.kind != kind.value:
            raise ValidationError({"kind": "The kind of a saved intervention cannot change; record a "
                                           "new one."})
        if data.status and data.status != record.status:
            raise ValidationError({"status": "Change the status with its own step, which keeps the "
                                             "history."})
    for name in COLUMNS:
        value = getattr(data, name)
        setattr(record, name, value.strip() if isinstance(value, str) and name != "area" else value)
    born = uow.get(Person, data.person_id).date_of_birth if data.person_id else None
    power = law_on(facts_of(data, born), settings=asb_settings(uow))
    record.legal_basis = power.legal_basis if power else ""
    _set_terms(uow, record, data.terms)
    _set_links(uow, record, data)
    return record


def save_intervention(uow: UnitOfWork, data: InterventionInput, record_id: uuid.UUID | None = None,
                      expected_version: int | None = None, today: date | None = None) -> InterventionRow:
    """Add an intervention, or change the one with `record_id` as opened at `expected_version`;
    refused with one sentence for the first rule it breaks."""
    record = stage_intervention(uow, data, record_id, expected_version)
    uow.commit()
    return get_intervention(uow, record.id, today)


def get_intervention(uow: UnitOfWork, record_id: uuid.UUID, today: date | None = None) -> InterventionRow:
    """The intervention as the register lists it (NotFoundError when it has gone)."""
    uow.get(AsbIntervention, record_id)
    [row] = list_interventions(uow, Filter(ids=(record_id,)), today)
    return row


def get_intervention_detail(uow: UnitOfWork, record_id: uuid.UUID,
                            today: date | None = None) -> InterventionDetail:
    """Everything about one intervention: its fields, terms, history and where it may go next."""
    record = uow.get(AsbIntervention, record_id)
    links = record.links
    data = InterventionInput(
        **{name: getattr(record, name) for name in COLUMNS},
        ward_ids=tuple(link.ward_id for link in links if link.ward_id),
        case_ids=tuple(link.case_id for link in links if link.case_id),
        hotspot_ids=tuple(link.hotspot_id for link in links if link.hotspot_id),
        terms=tuple(TermInput(t.text, t.term_kind, t.ends_on, t.power_of_arrest, t.id) for t in record.terms),
        status=record.status)
    cases = uow.session.scalars(select(ProblemCase.reference).where(
        ProblemCase.id.in_(data.case_ids)).order_by(ProblemCase.reference)).all()
    hotspots = uow.session.scalars(select(Hotspot.name).where(
        Hotspot.id.in_(data.hotspot_ids)).order_by(Hotspot.name)).all()
    return InterventionDetail(
        get_intervention(uow, record_id, today), data,
        tuple(TermRow(t.id, t.term_kind, t.text, t.ends_on, t.power_of_arrest) for t in record.terms),
        tuple(StatusChangeRow(c.changed_on, c.from_status, c.to_status, c.note)
              for c in record.status_changes),
        tuple(s.value for s in LIFECYCLES[Kind(record.kind)].get(Status(record.status), ())),
        tuple(cases), tuple(hotspots))


def delete_intervention(uow: UnitOfWork, record_id: uuid.UUID, expected_version: int | None) -> None:
    """Delete an intervention with its terms, breaches and history; refused while another (a CPN)
    follows it."""
    delete_unused(uow, AsbIntervention, record_id, expected_version)
