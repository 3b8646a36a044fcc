"""The demo's ASB register: ABCs signed and declined, a breached ABC that led to a youth injunction,
warning letters, a CPW then a CPN, a PSPO over Borehamwood town centre, a dispersal authorisation
and a closure notice that became a closure order; each checked by the rules of its power."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select

from jagdesk.domain.asb.rules import Prior, law_on
from jagdesk.domain.asb.vocabulary import Kind
from jagdesk.services.asb.interventions import COLUMNS, rule_problems
from jagdesk.services.asb.reading import facts_of
from jagdesk.services.asb.types import InterventionInput
from jagdesk.services.common.references import next_number
from jagdesk.services.demo.cases import demo_check
from jagdesk.services.demo.time import DemoTime
from jagdesk.store.models import (
    AsbBreach,
    AsbIntervention,
    AsbLink,
    AsbStatusChange,
    AsbTerm,
    CaseHotspot,
    Contact,
    Hotspot,
    Locality,
    Person,
    ProblemCase,
    Ward,
)
from jagdesk.store.uow import UnitOfWork

D = date.fromisoformat
PARADE = "Shenley Road shopping parade, Borehamwood"
# Each: the intervention's fields (story dates), its history (status, story date), its terms
# (text, power of arrest) and breaches (story date, action, result). "who" names a person.
STORY: tuple[dict[str, Any], ...] = (
    dict(kind="ABC", who="Reece Donovan", opened_on="2020-08-24", starts_on="2020-09-01",
         officer="Priya Raman", hotspot=PARADE, summary="Intimidating shoppers and staff at the parade.",
         history=[("proposed", "2020-08-24"), ("offered", "2020-08-26"), ("signed", "2020-09-01"),
                  ("in force", "2020-09-01"), ("reviewed", "2020-12-01"), ("breached", "2020-12-15"),
                  ("ended", "2021-01-22")],
         terms=[("Not to enter the Shenley Road parade after 7pm", False)],
         breaches=[("2020-11-20", "warning", "Warning given by PC Rahman"),
                   ("2020-12-15", "arrest", "Arrested for a public order offence; ABC breached")]),
    dict(kind="civil injunction", who="Reece Donovan", opened_on="2021-01-08", starts_on="2021-01-22",
         ends_on="2022-01-21", yot_consulted_on="2021-01-05", officer="Priya Raman", hotspot=PARADE,
         summary="Continued intimidation at the parade after breaching his ABC.",
         history=[("applied for", "2021-01-08"), ("granted", "2021-01-22"), ("served", "2021-01-25"),
                  ("in force", "2021-01-25")],
         terms=[("Not to enter the area of Shenley Road marked on the map", True),
                ("Not to be in a group of three or more in a public place in Borehamwood", False)],
         breaches=[("2021-02-27", "none yet", "")]),
    dict(kind="ABC", who="Jordan Mills", opened_on="2020-11-30", starts_on="2020-12-07",
         officer="PC Aisha Rahman", hotspot=PARADE, summary="Riding a moped on the parade's pavement.",
         history=[("proposed", "2020-11-30"), ("offered", "2020-12-01"), ("signed", "2020-12-07"),
                  ("in force", "2020-12-07")],
         terms=[("Not to ride any vehicle on the pavement of Shenley Road", False)], breaches=[]),
    dict(kind="ABC", who="Callum Frost", opened_on="2020-11-30", officer="PC Aisha Rahman",
         summary="Throwing stones at buses.", history=[("proposed", "2020-11-30"),
                                                       ("offered", "2020-12-01"), ("declined", "2020-12-14")],
         terms=[], breaches=[]),
    dict(kind="ABC", who="Tyler Bishop", opened_on="2021-01-25", starts_on="2021-02-01",
         officer="Priya Raman", summary="Damage to the bus shelter on Shenley Road.",
         history=[("proposed", "2021-01-25"), ("offered", "2021-01-26"), ("signed", "2021-02-01"),
                  ("in force", "2021-02-01")],
         terms=[("To repair the damage with the council's team", False)], breaches=[]),
    dict(kind="warning letter 1", who="Lee Hartnell", opened_on="2021-01-11", starts_on="2021-01-11",
         officer="Daniel Okafor", summary="Loud music late at night.",
         history=[("drafted", "2021-01-11"), ("sent", "2021-01-11")], terms=[], breaches=[]),
    dict(kind="warning letter 2", who="Lee Hartnell", opened_on="2021-02-08", starts_on="2021-02-08",
         officer="Daniel Okafor", summary="Loud music continued after the first letter.",
         history=[("drafted", "2021-02-08"), ("sent", "2021-02-08")], terms=[], breaches=[]),
    dict(kind="CPW", who="Dean Whitlock", opened_on="2020-11-02", starts_on="2020-11-02",
         comply_by="2020-11-30", officer="Tomasz Wiśniewski",
         summary="Rubbish and a broken-down van left in the front garden.",
         history=[("issued", "2020-11-02"), ("not complied", "2020-12-01"), ("escalated", "2020-12-10")],
         terms=[("To clear the rubbish from the front garden", False)], breaches=[]),
    dict(kind="CPN", who="Dean Whitlock", opened_on="2020-12-10", starts_on="2020-12-10",
         comply_by="2021-01-10", follows=7, officer="Tomasz Wiśniewski",
         summary="The warning was not complied with.", history=[("issued", "2020-12-10")],
         terms=[("To remove the van and the rubbish by 10 January 2021", False)], breaches=[]),
    dict(kind="CPW", who="Wayne Cottle", opened_on="2021-02-01", starts_on="2021-02-01",
         comply_by="2021-02-22", officer="PC Harjit Sandhu", summary="Dog barking through the night.",
         history=[("issued", "2021-02-01")], terms=[("To stop the dog barking at night", False)],
         breaches=[]),
    dict(kind="PSPO", subject="area", place="Borehamwood town centre", opened_on="2019-07-01",
         starts_on="2019-10-01", ends_on="2022-09-30", officer="Priya Raman",
         wards=["Borehamwood Cowley Hill", "Borehamwood Hillside"],
         summary="No drinking alcohol in public when asked to stop; dogs on leads.",
         history=[("proposed", "2019-07-01"), ("consulted on", "2019-08-01"), ("made", "2019-10-01"),
                  ("in force", "2019-10-01")],
         terms=[("Not to drink alcohol when asked to stop by an officer", False),
                ("To keep dogs on a lead in the town centre", False)], breaches=[]),
    dict(kind="dispersal authorisation", subject="area", place="Darkes Lane car park, Potters Bar",
         opened_on="2020-12-31", starts_at="2020-12-31 18:00", ends_at="2021-01-01 18:00",
         signed_by="Insp. Mark Ellison", signed_rank="inspector", officer="Insp. Mark Ellison",
         summary="Car meet expected on New Year's Eve.", history=[("authorised", "2020-12-31"),
                                                                ("ended", "2021-01-01")],
         terms=[], breaches=[]),
    dict(kind="closure notice", subject="premises", premises="Flat 4, 21 Baldock Way, Borehamwood",
         opened_on="2021-01-18", starts_at="2021-01-18 18:00", ends_at="2021-01-19 18:00",
         hearing_at="2021-01-20 10:00", signed_by="Insp. Mark Ellison", signed_rank="inspector",
         officer="Insp. Mark Ellison", summary="Drug dealing and visitors at all hours.",
         history=[("issued", "2021-01-18"), ("escalated", "2021-01-20")], terms=[], breaches=[]),
    dict(kind="closure order", subject="premises", premises="Flat 4, 21 Baldock Way, Borehamwood",
         opened_on="2021-01-20", starts_on="2021-01-20", ends_on="2021-04-01", follows=12,
         officer="Insp. Mark Ellison", summary="Closed by the magistrates for drug dealing.",
         history=[("applied for", "2021-01-20"), ("granted", "2021-01-20"), ("served", "2021-01-20"),
                  ("in force", "2021-01-20")],
         terms=[("No one but the tenant's landlord and the police may enter", False)], breaches=[]),
)
DATES = ("opened_on", "starts_on", "ends_on", "yot_consulted_on", "comply_by")
MOMENTS = ("starts_at", "ends_at", "hearing_at")


def _moment(text: str, story: DemoTime) -> datetime:
    day, clock = text.split()
    return datetime.combine(story.day(D(day)), time.fromisoformat(clock))


def stage_demo_asb(uow: UnitOfWork, story: DemoTime) -> int:
    """Add the demo's interventions (after its people, hotspots and cases); how many."""
    session = uow.session
    people = {p.title(): p for p in session.scalars(select(Person))}
    contacts = {c.name: c.id for c in session.scalars(select(Contact))}
    hotspots = {h.name: h.id for h in session.scalars(select(Hotspot))}
    wards = {w.name: w.id for w in session.scalars(select(Ward))}
    locality = session.scalar(select(Locality.id).where(Locality.name == "Borehamwood"))
    parade_case = session.scalar(select(ProblemCase.id).join(CaseHotspot).join(Hotspot).where(
        Hotspot.name == PARADE).order_by(ProblemCase.opened_on))
    # References given out in the order the interventions were opened, as a user's would be.
    numbers = [""] * len(STORY)
    for index in sorted(range(len(STORY)), key=lambda i: (STORY[i]["opened_on"], i)):
        series = f"ASB-{story.day(D(STORY[index]['opened_on'])).year}"
        numbers[index] = f"{series}-{next_number(session, series):04d}"
    made: list[AsbIntervention] = []
    for item, reference in zip(STORY, numbers, strict=True):
        person = people.get(item.get("who", ""))
        fields: dict[str, Any] = {key: story.day(D(item[key])) for key in DATES if key in item}
        fields.update({key: _moment(item[key], story) for key in MOMENTS if key in item})
        fields.update({key: item[key] for key in ("place", "premises", "signed_by", "signed_rank",
                                                  "summary") if key in item})
        data = InterventionInput(
            item["kind"], item.get("subject", "person"), person_id=person.id if person else None,
            locality_id=locality, officer_id=contacts.get(item["officer"]),
            lead_agency_id=None, status=item["history"][-1][0], **fields)
        prior = made[item["follows"]] if "follows" in item else None
        problems = rule_problems(data, person.date_of_birth if person else None,
                                 Prior(Kind(prior.kind), prior.comply_by) if prior else None)
        demo_check(problems, f"intervention {reference}")
        record = AsbIntervention(id=uuid.uuid4(), reference=reference, status=data.status,
                                 **{name: getattr(data, name) for name in COLUMNS})
        record.follows_id = prior.id if prior else None
        power = law_on(facts_of(data, person.date_of_birth if person else None))
        record.legal_basis = power.legal_basis if power else ""
        record.status_changes = [
            AsbStatusChange(changed_on=story.day(D(day)), from_status=before, to_status=status,
                            note="")
            for (status, day), before in zip(item["history"], ["", *(s for s, _ in item["history"])],
                                             strict=False)]
        record.terms = [AsbTerm(position=n, text=text, power_of_arrest=arrest)
                        for n, (text, arrest) in enumerate(item["terms"])]
        record.breaches = [AsbBreach(breached_on=story.day(D(day)), action=action, result=result,
                                     reported_by="PC Aisha Rahman",
                                     action_on=story.day(D(day)) if action != "none yet" else None)
                           for day, action, result in item["breaches"]]
        links = [AsbLink(hotspot_id=hotspots[item["hotspot"]])] if "hotspot" in item else []
        if "hotspot" in item and parade_case is not None:
            links.append(AsbLink(case_id=parade_case))
        links += [AsbLink(ward_id=wards[name]) for name in item.get("wards", []) if name in wards]
        record.links = links
        made.append(record)
    session.add_all(made)
    return len(made)

