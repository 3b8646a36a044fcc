"""Demo ASB case reviews around the story's day: one that met the threshold and was reviewed
with recommendations, one that did not meet it and went to the PCC, and one met through a single
hate incident, its review still to come.

The reviewed one keeps its two recommendations as a count with the review's summary, as a
partnership's earlier log does: a review meeting of its own would add a meeting and actions to the
demo's meetings and action log, which the JAG's story (and the checks on it) are written around.
All three are received after the February JAG, so that its pack, which the story's checks read,
holds the crime figures alone. Each application is complete before it is first written, so that
the audit trail has one entry for each record, as for the rest of the demo."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from jagdesk.errors import JagdeskError
from jagdesk.services.case_review.applications import ApplicationInput, ComplaintInput, stage_application
from jagdesk.services.demo.time import DemoTime
from jagdesk.store.models import (
    Agency,
    CaseReviewApplication,
    CaseReviewPanelMember,
    Contact,
    Hotspot,
    Person,
)
from jagdesk.store.uow import UnitOfWork


class _Story:
    """The demo's records by name, and its days moved to the day it is loaded."""

    def __init__(self, uow: UnitOfWork, story: DemoTime) -> None:
        session = uow.session
        self.story = story
        self.agencies = {a.name: a.id for a in session.scalars(select(Agency))}
        self.contacts = {c.name: c.id for c in session.scalars(select(Contact))}
        self.people = {p.title(): p.id for p in session.scalars(select(Person))}
        self.hotspots = {h.name.split(",")[0]: h.id for h in session.scalars(select(Hotspot))}

    def day(self, text: str) -> date:
        """A day of the story that has happened by the day the demo is loaded."""
        return self.story.done(date.fromisoformat(text))

    def complaint(self, incident: str, reported: str, agency: str, reference: str,
                  hate: bool = False) -> ComplaintInput:
        return ComplaintInput(self.day(incident), self.day(reported), self.agencies[agency], reference, hate)

    def application(self, uow: UnitOfWork, data: ApplicationInput, acknowledged: str, decided: str,
                    met: bool) -> CaseReviewApplication:
        """An application staged with its acknowledgement and decision (a broken entry is a bug
        of the demo, said plainly)."""
        try:
            application = stage_application(uow, data, self.story.today)
        except JagdeskError as error:
            raise JagdeskError(f"Demo case review: {error}") from None
        application.acknowledged_on, application.decided_on = self.day(acknowledged), self.day(decided)
        application.decision_met = met
        return application


def stage_demo_case_reviews(uow: UnitOfWork, story: DemoTime) -> int:
    """Add the demo's three applications in the caller's unit of work; how many."""
    n = _Story(uow, story)
    police, council = "Hertfordshire Constabulary", "Hertsmere Borough Council"
    reviewed = n.application(uow, ApplicationInput(
        n.day("2021-02-05"), (
            n.complaint("2020-11-14", "2020-11-16", police, "41/20871/20"),
            n.complaint("2020-12-19", "2020-12-21", council, "ASB-2020-311"),
            n.complaint("2021-01-23", "2021-01-25", "William Sutton Housing", "WSH-7731")),
        "Youths gathering at the flats' entrance, shouting, kicking the door and throwing eggs at "
        "Mr Tilbury's windows in the evenings.", "phone", applicant_id=n.people["Ronald Tilbury"],
        victim_id=n.people["Ronald Tilbury"], contact_id=n.contacts["Daniel Okafor"],
        hotspot_ids=(n.hotspots["Shenley Road shopping parade"],)), "2021-02-09", "2021-02-12", True)
    reviewed.panel = [CaseReviewPanelMember(contact_id=n.contacts[name])
                      for name in ("Priya Raman", "Insp. Mark Ellison", "Daniel Okafor")]
    reviewed.review_held_on = n.day("2021-02-26")
    reviewed.review_summary = ("The panel agreed two recommendations: a video doorbell and a "
                               "letterbox guard at Mr Tilbury's home, and a referral to the victim "
                               "support advocate.")
    reviewed.recorded_recommendations = 2
    reviewed.outcome_sent_on = n.day("2021-03-02")
    not_met = n.application(uow, ApplicationInput(
        n.day("2021-02-08"), (
            n.complaint("2020-12-02", "2021-01-20", council, "ASB-2021-019"),
            n.complaint("2021-01-28", "2021-01-29", police, "41/1733/21")),
        "A neighbour's loud music late at night.", "email", applicant_id=n.people["Agnieszka Wójcik"],
        victim_id=n.people["Agnieszka Wójcik"], contact_id=n.contacts["Siobhan Keane"]),
        "2021-02-10", "2021-02-17", False)
    not_met.pcc_requested_on = n.day("2021-02-24")
    n.application(uow, ApplicationInput(
        n.day("2021-02-22"), (n.complaint("2021-02-15", "2021-02-16", police, "41/3310/21", hate=True),),
        "Abuse shouted at Mrs Dhillon outside her home because of her faith.", "online form",
        applicant_id=n.people["Harbans Kaur Dhillon"], victim_id=n.people["Harbans Kaur Dhillon"],
        contact_id=n.contacts["Tomasz Wiśniewski"]), "2021-02-24", "2021-03-01", True)
    uow.session.flush()
    return 3
