"""The demo partnership's CCTV: its cameras, two mobile deployments at the Hertsmere hotspots (one
over and evaluated, one up now) and a refused request, and one covert deployment under a RIPA
authorisation taken through the magistrate's approval, a review, a renewal and its cancellation.
Dates are placed around the demo's next JAG, so the story reads the same whenever it is loaded.

Records are made in their final state (one audit entry each, like the rest of the demo), each
step checked by the same rules the services apply."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import date, time, timedelta

from sqlalchemy import select

from jagdesk.domain.cctv import deployments as rules
from jagdesk.domain.cctv.ripa import DEFAULT_OFFENCES, threshold_problem
from jagdesk.domain.cctv.ripa_dates import periods
from jagdesk.domain.cctv.ripa_refusals import cancellation_problem, renewal_problem, review_problem
from jagdesk.domain.cctv.ripa_refusals import installation_problem as covert_problem
from jagdesk.services.cctv.deployment_steps import evaluation_of, store_evaluation
from jagdesk.services.common.references import next_number
from jagdesk.services.demo.cases import demo_check
from jagdesk.services.demo.places import DEMO_HOTSPOTS
from jagdesk.services.demo.time import STORY_DAY, DemoTime
from jagdesk.store.base import Record
from jagdesk.store.models import (
    AuthorisingOfficer,
    Camera,
    Deployment,
    DeploymentReview,
    Hotspot,
    RipaAuthorisation,
    RipaRenewal,
    RipaReview,
    RipaSubject,
)
from jagdesk.store.uow import UnitOfWork

OFFICER = ("Karen Lowe", "Head of Partnerships and Community Safety")
CCTV_LEAD = "Tom Brennan, CCTV and Community Safety Officer"
OWNER = "Hertsmere Borough Council"
# ID, name, kind, longitude, latitude
CAMERAS = (
    ("HBC-F01", "Shenley Road / Station Road", "fixed", -0.27462, 51.65628),
    ("HBC-F02", "Shenley Road / Theobald Street", "fixed", -0.26985, 51.65571),
    ("HBC-F03", "Darkes Lane, Potters Bar", "fixed", -0.19251, 51.69796),
    ("HBC-F04", "Bushey High Street", "fixed", -0.36127, 51.64325),
    ("HBC-R01", "Redeployable camera 1", "mobile", None, None),
    ("HBC-R02", "Redeployable camera 2", "mobile", None, None),
    ("HBC-C01", "Covert camera 1", "covert", None, None),
)


def _check(problem: str | None, what: str) -> None:
    demo_check({"date": problem} if problem else {}, f"CCTV, {what}")


def _cameras() -> dict[str, Camera]:
    return {code: Camera(id=uuid.uuid4(), code=code, name=name, kind=kind, owner_agency=OWNER, longitude=lon,
                          latitude=lat, state="deployed" if kind == "fixed" else "store",
                          place=name if kind == "fixed" else "Civic Offices store",
                          asset_tag=f"A-{code[-3:]}", area="Hertsmere",
                          make="Dahua" if kind == "fixed" else "Sentry RDC")
            for code, name, kind, lon, lat in CAMERAS}


class _Staged:
    """The demo's CCTV records, made in their final state and added to the session together (a
    record added earlier would be flushed by the next query and then changed: two audit entries)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.records: list[Record] = []

    def reference(self, requested_on: date) -> str:
        series = f"CCTV-{requested_on.year}"
        return f"{series}-{next_number(self.uow.session, series):03d}"


def _deployment(staged: _Staged, requested_on: date, hotspot: Hotspot | None, problem: str,
                **values: object) -> Deployment:
    where: dict[str, object] = {}
    if hotspot is not None:
        where = {"hotspot_id": hotspot.id, "site": hotspot.name, "latitude": hotspot.latitude,
                 "longitude": hotspot.longitude}
    record = Deployment(
        id=uuid.uuid4(), reference=staged.reference(requested_on), requested_on=requested_on,
        requested_by="PS Mark Grant", requesting_agency="Hertfordshire Constabulary",
        problem=problem, incidents="Reports to the JAG over the three months before the request",
        **where, **values)
    staged.records.append(record)
    return record


def _put_up(staged: _Staged, record: Deployment, camera: Camera, decided_on: date,
            signage_on: date, installed_on: date, reviews: tuple[date, ...]) -> None:
    """Approved with every criterion met, residents written to, signage then camera up, reviewed."""
    _check(rules.installation_problem("approved", decided_on, signage_on, installed_on),
           record.reference)
    record.decision, record.decided_on, record.decided_by = "approved", decided_on, CCTV_LEAD
    record.decision_reasons = "All criteria met; overt camera with signage for up to three months"
    record.criteria_met = json.dumps(list(rules.DEFAULT_CRITERIA))
    record.letters_sent_on, record.responses = decided_on + timedelta(days=2), 14
    record.signage_up_on, record.installed_on, record.camera_id = signage_on, installed_on, camera.id
    record.planned_end_on = rules.planned_end(installed_on)
    camera.state, camera.place = "deployed", record.site
    camera.latitude, camera.longitude = record.latitude, record.longitude
    for day in reviews:
        _check(rules.review_problem(installed_on, None, day), record.reference)
        staged.records.append(DeploymentReview(deployment_id=record.id, reviewed_on=day,
                                               reviewer=CCTV_LEAD, outcome="Still needed; keep"))


def _mobile(staged: _Staged, d: Callable[[int], date], hotspots: list[Hotspot],
            cameras: dict[str, Camera]) -> None:
    # At the fly-tipping lay-bys, a hotspot since the summer before: the garages at Baldock Way
    # only became one in the February the story is set in.
    over = _deployment(staged, d(200), hotspots[3],
                       "Builders' waste and tyres dumped in the lay-bys overnight at weekends",
                       objections="Two residents worried the camera would look into their gardens",
                       objections_answer="Privacy masking set on both gardens")
    _put_up(staged, over, cameras["HBC-R01"], d(190), d(172), d(170), (d(140), d(110)))
    _check(rules.removal_problem(over.installed_on, d(80), d(79)), over.reference)
    over.removed_on, over.signage_removed_on = d(80), d(79)
    cameras["HBC-R01"].state, cameras["HBC-R01"].place = "store", "Civic Offices store"
    # Counted while `over` is not in the session yet: the query's autoflush leaves it alone.
    store_evaluation(over, evaluation_of(staged.uow, over, 200), d(10))

    now = _deployment(staged, d(60), hotspots[0],
                      "Groups drinking and damage around the parade in the evenings")
    _put_up(staged, now, cameras["HBC-R02"], d(50), d(36), d(35), (d(5),))
    refused = _deployment(staged, d(25), hotspots[1], "Parking on the verges")
    _check(rules.decision_problem(d(25), "refused", d(20), "x"), refused.reference)
    refused.decision, refused.decided_on, refused.decided_by = "refused", d(20), CCTV_LEAD
    refused.decision_reasons = ("Not crime or ASB a camera would help with; referred to parking "
                                "enforcement")


def _covert(staged: _Staged, d: Callable[[int], date], cameras: dict[str, Camera]) -> None:
    offence = next(o for o in DEFAULT_OFFENCES if o.name == "Sale of alcohol to children")
    _check(threshold_problem(offence), "offence")
    approved, renewed, reviewed, cancelled = d(120), d(35), d(92), d(8)
    first = periods(approved, 0)[-1]
    _check(renewal_problem(approved, first.ends_on, None, renewed), "renewal")
    chain = periods(approved, 1)
    _check(review_problem(approved, chain[-1].ends_on, None, reviewed), "review")
    _check(cancellation_problem(approved, None, cancelled, "done"), "cancellation")
    _check(covert_problem(chain, cancelled, d(118), cancelled), "covert camera")
    officer = AuthorisingOfficer(id=uuid.uuid4(), name=OFFICER[0], grade=OFFICER[1])
    held = RipaAuthorisation(
        id=uuid.uuid4(), urn=f"HBC/RIPA/{d(122):%Y}/01", operation="Operation Kestrel",
        description="Test purchases and a covert camera at an off-licence reported for selling "
                    "alcohol to children",
        offence=offence.name, offence_statute=offence.statute, offence_max_months=0,
        offence_underage_sale=True,
        necessity="Overt visits and warnings have not stopped the sales; evidence is needed for a "
                  "licence review",
        proportionality="The camera covers the counter only, in the evenings, for the shortest time",
        collateral_intrusion="Other customers: footage not showing a sale to a child is deleted",
        officer_id=officer.id, officer_name=officer.name, officer_grade=officer.grade,
        authorised_on=d(122),
        decision="approved", decided_on=approved, decided_at=time(10, 15),
        court="St Albans Magistrates' Court", magistrate="Mrs J. Patel JP", cancelled_on=cancelled,
        cancelled_by=officer.name, cameras_removed=True, all_told=True,
        cancel_reason="Evidence gathered and a licence review applied for; camera removed and "
                      "everyone involved told")
    staged.records += [
        officer, held,
        RipaSubject(authorisation_id=held.id, name="The licence holder"),
        RipaSubject(authorisation_id=held.id, name="Staff on the evening shift"),
        RipaReview(authorisation_id=held.id, reviewed_on=reviewed, reviewer=officer.name,
                   outcome="Two sales recorded; continue"),
        RipaRenewal(authorisation_id=held.id, approved_on=renewed, magistrate="Mr R. Ahmed JP",
                    officer_name=officer.name, officer_grade=officer.grade)]
    # Never linked to a hotspot nor placed on the map: nothing public can locate it.
    _deployment(staged, d(121), None, "Alcohol sold to children", kind="covert",
                site="Off-licence (covert; see the authorisation)", authorisation_id=held.id,
                decision="approved", decided_on=approved, decided_by=officer.name,
                decision_reasons="Magistrate's approval given", camera_id=cameras["HBC-C01"].id,
                installed_on=d(118), planned_end_on=chain[-1].ends_on, removed_on=cancelled)


def stage_demo_cctv(uow: UnitOfWork, story: DemoTime) -> int:
    """Add the demo's CCTV in the caller's unit of work (which commits); how many deployments."""
    jag = story.day(STORY_DAY)

    def d(days: int) -> date:
        return jag - timedelta(days=days)

    names = [item["name"] for item in DEMO_HOTSPOTS]
    by_name = {h.name: h for h in uow.session.scalars(select(Hotspot).where(Hotspot.name.in_(names)))}
    hotspots = [by_name[name] for name in names]
    cameras = _cameras()
    staged = _Staged(uow)
    _mobile(staged, d, hotspots, cameras)
    _covert(staged, d, cameras)
    # Parents before children, flushed in turn: the tables have no relationships for the session
    # to order their inserts by.
    for kinds in ((Camera, AuthorisingOfficer), (RipaAuthorisation,), (Deployment,),
                  (DeploymentReview, RipaSubject, RipaReview, RipaRenewal)):
        uow.session.add_all(r for r in [*cameras.values(), *staged.records] if isinstance(r, kinds))
        uow.session.flush()
    return 4
