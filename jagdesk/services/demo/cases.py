"""Demo problem-solving cases at the demo hotspots, with their people, actions and updates."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select, update

from jagdesk import paths
from jagdesk.domain.people import normal_postcode, person_errors, search_key
from jagdesk.domain.problem_solving import rules
from jagdesk.domain.problem_solving.rules import months_between
from jagdesk.errors import JagdeskError
from jagdesk.services.common.references import case_action_reference, case_reference
from jagdesk.services.demo.time import DemoTime
from jagdesk.store.models import (
    Action,
    ActionUpdate,
    Agency,
    CaseAgency,
    CaseHotspot,
    CasePerson,
    Contact,
    CrimeFile,
    Hotspot,
    Locality,
    Person,
    ProblemCase,
)
from jagdesk.store.uow import UnitOfWork

CASES_FILE = "demo/cases.json"
PERIOD_FIELDS = ("before_from", "before_to", "after_from", "after_to")


@dataclass(frozen=True)
class DemoCasesSummary:
    """How many people, cases and actions the demo added."""

    people: int
    cases: int
    actions: int


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def demo_check(errors: dict[str, str], what: str) -> None:
    """The demo obeys the same rules as the user: a broken entry is a bug, said plainly."""
    if errors:
        raise JagdeskError(f"Demo {what}: " + " ".join(errors.values()))


class _Names:
    """The demo's agencies, contacts, localities and hotspots by name, to link the cases to."""

    def __init__(self, uow: UnitOfWork) -> None:
        session = uow.session
        self.agencies = {a.name: a for a in session.scalars(select(Agency))}
        self.contacts = {c.name: c for c in session.scalars(select(Contact))}
        self.localities = {item.name: item for item in session.scalars(select(Locality))}
        self.hotspots = {h.name: h for h in session.scalars(select(Hotspot))}

    def get(self, table: dict[str, Any], name: str, what: str) -> Any:
        if name not in table:
            raise JagdeskError(f"The demo cases need the {what} '{name}', which is not in the store.")
        return table[name]


def _person(item: dict[str, Any], story: DemoTime) -> Person:
    aliases = "\n".join(item.get("aliases", []))
    # Born as many days earlier as the story moves: the ages are those the story means.
    born = _day(story.iso(item.get("date_of_birth")))
    fields = {key: item.get(key, "") for key in ("address", "postcode", "phone", "email", "notes")}
    fields["notes"] = story.text(fields["notes"])
    today = story.today
    name = f"{item['given_names']} {item['family_name']}"
    demo_check(person_errors(item["given_names"], item["family_name"], aliases, born, today=today,
                         **fields), f"person '{name}'")
    return Person(
        id=uuid.uuid4(), given_names=item["given_names"], family_name=item["family_name"],
        aliases=aliases, search_key=search_key(item["given_names"], item["family_name"], aliases),
        date_of_birth=born, address=fields["address"], postcode=normal_postcode(fields["postcode"]),
        phone=fields["phone"], email=fields["email"], notes=fields["notes"],
        is_vulnerable=item.get("is_vulnerable", False), is_youth=item.get("is_youth", False),
        is_repeat=item.get("is_repeat", False),
    )


def _first_of_month(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, 1)


def _moved_periods(periods: dict[str, str], started: date, ended: date | None) -> dict[str, date]:
    """A moved case's before and after periods, as the story sets them around its response:
    the same number of whole months, the before period ending the month before the response
    started, the after period starting the month after it ended (or started, while it runs)."""
    before = months_between(date.fromisoformat(periods["before_from"]),
                            date.fromisoformat(periods["before_to"]))
    after = months_between(date.fromisoformat(periods["after_from"]),
                           date.fromisoformat(periods["after_to"]))
    after_from = _first_of_month(ended or started, 1)
    return {"before_from": _first_of_month(started, -before), "before_to": _first_of_month(started, -1),
            "after_from": after_from, "after_to": _first_of_month(after_from, after - 1)}


def _case_fields(item: dict[str, Any], with_periods: bool, story: DemoTime) -> dict[str, Any]:
    """The case's own columns from the file, checked against the rules a user's case meets."""
    text_keys = ("objective", "objective_measure", "objective_target", "scanning_notes",
                 "victim_description", "guardian", "location_description", "place_manager",
                 "offender_description", "handler", "assessment_notes")
    fields: dict[str, Any] = {key: story.text(item[key]) for key in text_keys}
    for key in ("name", "behaviour", "place", "time_pattern", "status", "assessment_result",
                "closed_reason"):
        fields[key] = story.text(item.get(key, ""))
    for key in ("opened_on", "review_on", "objective_due_on", "response_started_on",
                "response_ended_on"):
        fields[key] = _day(story.iso(item.get(key)))
    closed = _day(item.get("closed_on"))
    fields["closed_on"] = None if closed is None else story.done(closed)
    # Periods only with crimes to count in them: without the public data there is nothing to compare.
    periods = item.get("periods") if with_periods else None
    if periods and story.moved:
        moved = _moved_periods(periods, fields["response_started_on"], fields["response_ended_on"])
        fields.update(moved)
    else:
        for key in PERIOD_FIELDS:
            fields[key] = _day(periods[key]) if periods else None
    what = f"case '{item['name']}'"
    demo_check(rules.statement_errors(fields["name"], fields["behaviour"], fields["place"],
                                  fields["time_pattern"]), what)
    demo_check(rules.texts_errors(**{key: fields[key] for key in text_keys}), what)
    demo_check(rules.case_date_errors(fields["opened_on"], fields["review_on"],
                                  fields["objective_due_on"], fields["response_started_on"],
                                  fields["response_ended_on"]), what)
    demo_check(rules.case_choice_errors(fields["status"], item["scanning_sources"],
                                    fields["assessment_result"]), what)
    demo_check(rules.period_errors(fields["before_from"], fields["before_to"], fields["after_from"],
                               fields["after_to"], fields["response_started_on"],
                               fields["response_ended_on"]), what)
    if fields["status"] == "closed":
        demo_check(rules.close_errors("monitoring", fields["opened_on"], fields["closed_on"],
                                  fields["closed_reason"]), what)
    fields["scanning_sources"] = json.dumps(item["scanning_sources"])
    return fields


def _action(uow: UnitOfWork, case: ProblemCase, item: dict[str, Any], names: _Names,
            story: DemoTime) -> Action:
    owner: Contact = names.get(names.contacts, item["owner"], "contact")
    due, done = _day(story.iso(item["due_on"])), _day(item["completed_on"])
    done = None if done is None else story.done(done)
    description = story.text(item["description"])
    what = f"action '{description}'"
    demo_check(rules.action_errors(description, item["side"], item["technique"],
                               item["status"], due, done, case.opened_on), what)
    action = Action(
        id=uuid.uuid4(), reference=case_action_reference(uow.session, case.reference),
        description=description, case_id=case.id, side=item["side"],
        technique=item["technique"], owner_contact_id=owner.id, owner_agency_id=owner.agency_id,
        due_on=due, status=item["status"], completed_on=done,
    )
    for written, text in item["updates"]:
        day, said = story.done(date.fromisoformat(written)), story.text(text)
        demo_check(rules.update_errors(day, said, case.opened_on), what)
        action.updates.append(ActionUpdate(id=uuid.uuid4(), written_on=day, text=said))
    return action


def _raised_on(action: Action, opened_on: date) -> date:
    """When a demo action was written down, had the partnership kept the store as it went: four
    weeks before it was first due, updated or done, and not before its case was opened."""
    dates = [d for d in (action.due_on, action.completed_on, *(u.written_on for u in action.updates)) if d]
    if not dates:
        return opened_on
    return max(opened_on, min(min(dates) - timedelta(days=28), min(dates)))


def _add_case(uow: UnitOfWork, item: dict[str, Any], people: dict[str, Person], names: _Names,
              with_periods: bool, raised: dict[uuid.UUID, date], story: DemoTime) -> int:
    """One case with its links and actions; returns how many actions it has."""
    session = uow.session
    fields = _case_fields(item, with_periods, story)
    owner: Contact = names.get(names.contacts, item["owner"], "contact")
    locality: Locality = names.get(names.localities, item["locality"], "locality")
    # Every record is complete before it is added, so each writes one audit entry, not two.
    case = ProblemCase(id=uuid.uuid4(), reference=case_reference(session, fields["opened_on"].year),
                       owner_id=owner.id, locality_id=locality.id, **fields)
    for name in item["agencies"]:
        agency: Agency = names.get(names.agencies, name, "agency")
        case.agencies.append(CaseAgency(id=uuid.uuid4(), agency_id=agency.id))
    for name in item["hotspots"]:
        hotspot: Hotspot = names.get(names.hotspots, name, "hotspot")
        case.hotspots.append(CaseHotspot(id=uuid.uuid4(), hotspot_id=hotspot.id))
    for key, side, role in item["people"]:
        role = story.text(role)
        demo_check(rules.link_errors(side, role), f"link of '{key}' to '{item['name']}'")
        case.people.append(CasePerson(id=uuid.uuid4(), person_id=people[key].id, side=side, role=role))
    session.add(case)
    for data in item["actions"]:
        action = _action(uow, case, data, names, story)
        raised[action.id] = story.by_today(_raised_on(action, case.opened_on))
        session.add(action)
    return len(item["actions"])


def demo_cases_data() -> dict[str, Any]:
    """The demo's people and cases as the data file holds them."""
    data: dict[str, Any] = json.loads(
        (paths.resources_dir() / CASES_FILE).read_text(encoding="utf-8"))
    return data


def stage_demo_cases(uow: UnitOfWork, story: DemoTime | None = None) -> DemoCasesSummary:
    """Add the demo people and cases after the demo's agencies, contacts, localities and
    hotspots, leaving the commit to the caller (the demo loads in one transaction).

    Assessment periods are set only when crimes were loaded, so that they have data to count.
    `time` moves the dates with the demo's story; without it they keep their own.
    """
    session = uow.session
    if session.scalar(select(ProblemCase.id).limit(1)) is not None:
        raise JagdeskError("The store already has problem-solving cases; the demo cases are not added.")
    data = demo_cases_data()
    names = _Names(uow)
    with_periods = session.scalar(select(CrimeFile.id).limit(1)) is not None
    story = story or DemoTime(today=date.today())
    people = {item["key"]: _person(item, story) for item in data["people"]}
    session.add_all(people.values())
    actions = 0
    raised: dict[uuid.UUID, date] = {}
    # Oldest first, so that the references run in the order the cases were opened.
    for item in sorted(data["cases"], key=lambda case: case["opened_on"]):
        actions += _add_case(uow, item, people, names, with_periods, raised, story)
    # The demo's actions are dated as if written down when they were agreed (a pack of a 2021
    # meeting shows the actions known then), not when the demo was loaded; the saving stamps
    # every new record with the story now, so the dates are set after it, on the table itself.
    session.flush()
    table = Action.metadata.tables["action"]
    for action_id, day in raised.items():
        session.execute(update(table).where(table.c.id == action_id).values(
            created_at=datetime.combine(day, time(9, 0), tzinfo=UTC)))
    return DemoCasesSummary(len(people), len(data["cases"]), actions)
