"""Camera deployments in a real store (SQLite and PostgreSQL): a mobile camera from request to
evaluation with the figures counted from crime data, the date-order refusals, footage deletion
dates, and a covert camera put up only within its authorisation."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from jagdesk.errors import JagdeskError
from jagdesk.services.cctv import deployment_steps as steps
from jagdesk.services.cctv.authorisations import ApplicationInput, add_application
from jagdesk.services.cctv.cameras import CameraInput, camera_points, save_camera
from jagdesk.services.cctv.deployments import (
    DeploymentRequest,
    deployment_row,
    list_criteria,
    request_deployment,
    set_criteria,
)
from jagdesk.services.cctv.footage import FootageInput, add_footage_request, footage_due
from jagdesk.services.cctv.officers import save_officer
from jagdesk.services.cctv.ripa_lifecycle import cancel, record_decision
from jagdesk.store.models import AuditEntry, Deployment
from jagdesk.store.opening import Store
from tests.support.crime_seed import ARUNDEL_DRIVE, SUPERMARKET, add_crimes


def _camera(store: Store, code: str = "RDC-1", kind: str = "mobile"):  # type: ignore[no-untyped-def]
    with store.unit_of_work("t") as uow:
        return save_camera(uow, None, None, CameraInput(code, f"Camera {code}", kind=kind,
                                                        state="store"))


def _request(store: Store, kind: str = "mobile", authorisation=None):  # type: ignore[no-untyped-def]
    with store.unit_of_work("t") as uow:
        return request_deployment(uow, DeploymentRequest(
            date(2021, 3, 1), "Shenley Road shops", "PS Grant", "Hertfordshire Constabulary",
            "Criminal damage to shop fronts", "14 reports in 3 months", latitude=SUPERMARKET.latitude,
            longitude=SUPERMARKET.longitude, kind=kind, authorisation_id=authorisation))


def test_a_mobile_camera_from_request_to_evaluation(store: Store) -> None:
    # Incidents at the shops: 6 a month before, 2 a month while the camera was up, 4 after;
    # those 1 km away are outside the 200 m radius.
    add_crimes(store, {}, [(month, "Criminal damage and arson", SUPERMARKET, n) for month, n in (
        ("2021-01", 6), ("2021-02", 6), ("2021-03", 6), ("2021-04", 2), ("2021-05", 2),
        ("2021-06", 2), ("2021-07", 4), ("2021-08", 4))] + [
        ("2021-05", "Burglary", ARUNDEL_DRIVE, 9)])
    camera = _camera(store)
    deployment = _request(store)
    assert deployment.reference == "CCTV-2021-001" and deployment.stage == "requested"
    with store.unit_of_work("t") as uow:
        criteria = list_criteria(uow)
        assert "Privacy impact assessment (DPIA) done" in criteria
        row = steps.check_criteria(uow, deployment.id, deployment.version, criteria[:3])
        row = steps.decide(uow, row.id, row.version, "approved", date(2021, 3, 10), "CCTV lead",
                           "Criteria met; residents to be consulted")
        row = steps.record_consultation(uow, row.id, row.version, date(2021, 3, 12), 9,
                                        "One resident: privacy", "Camera angled away from homes")
        with pytest.raises(JagdeskError, match="signage must be up on or before the installation"):
            steps.install(uow, row.id, row.version, camera.id, date(2021, 4, 1), date(2021, 4, 2))
        row = steps.install(uow, row.id, row.version, camera.id, date(2021, 4, 1), date(2021, 3, 30))
    assert (row.stage, row.camera, row.planned_end_on) == ("installed", "RDC-1", date(2021, 7, 1))
    assert row.next_review_on == date(2021, 5, 1)
    with store.unit_of_work("t") as uow:
        assert deployment_row(uow, row.id, date(2021, 7, 2)).past_planned_end
        with pytest.raises(JagdeskError, match="A deployment is reviewed once its camera"):
            steps.add_review(uow, row.id, row.version, date(2021, 3, 31), "CCTV lead")
        row = steps.add_review(uow, row.id, row.version, date(2021, 4, 29), "CCTV lead", "Keep")
        with pytest.raises(JagdeskError, match="cannot be before the installation"):
            steps.remove(uow, row.id, row.version, date(2021, 3, 31))
        with pytest.raises(JagdeskError, match="signage stays up while the camera does"):
            steps.remove(uow, row.id, row.version, date(2021, 6, 30), date(2021, 6, 29))
        row = steps.remove(uow, row.id, row.version, date(2021, 6, 30))
        assert row.signage_to_remove and not row.past_planned_end
        row = steps.evaluate(uow, row.id, row.version, date(2021, 9, 1), radius_m=200)
    assert row.stage == "evaluated"
    assert row.evaluation == ("Within 200 m: 18 incidents before, 6 during (12 fewer, -66.7%), 8 in "
                              "the 2 months after (4.0 a month after against 6.0 before).")
    with store.unit_of_work("t") as uow:
        points = camera_points(uow)
    assert [(p.code, p.kind) for p in points] == [("RDC-1", "mobile")]


def test_refusals_change_nothing(store: Store) -> None:
    deployment = _request(store)
    with store.unit_of_work() as uow:
        audits = uow.session.scalar(select(func.count()).select_from(AuditEntry))
    with store.unit_of_work("t") as uow:
        with pytest.raises(JagdeskError, match="Give the reasons"):
            steps.decide(uow, deployment.id, deployment.version, "refused", date(2021, 3, 2), "x", " ")
        with pytest.raises(JagdeskError, match="cannot be before the request"):
            steps.decide(uow, deployment.id, deployment.version, "approved", date(2021, 2, 1), "x", "ok")
        with pytest.raises(JagdeskError, match="only once the deployment is approved"):
            steps.install(uow, deployment.id, deployment.version, _camera(store).id, date(2021, 3, 5))
        with pytest.raises(JagdeskError, match="not one of the partnership's criteria"):
            steps.check_criteria(uow, deployment.id, deployment.version, ["Astrology"])
        refused = steps.decide(uow, deployment.id, deployment.version, "refused", date(2021, 3, 2),
                               "CCTV lead", "No evidence of crime at the site")
    assert (refused.stage, refused.decision_reasons) == ("refused", "No evidence of crime at the site")
    with store.unit_of_work() as uow:
        # The camera and the refusal: nothing of the refused steps.
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == audits + 2
        assert uow.session.scalar(select(func.count()).select_from(Deployment)) == 1


def test_the_checklist_is_the_partnerships_to_edit(store: Store) -> None:
    with store.unit_of_work("t") as uow:
        assert set_criteria(uow, ["Site survey done", "Police support", "Site survey done"]) == [
            "Site survey done", "Police support"]
    with store.unit_of_work("t") as uow:
        assert list_criteria(uow) == ["Site survey done", "Police support"]


def test_footage_is_deleted_by_the_end_of_its_retention(store: Store) -> None:
    camera = _camera(store)
    with store.unit_of_work("t") as uow:
        row = add_footage_request(uow, FootageInput(camera.id, date(2021, 3, 3), date(2021, 3, 1),
                                                    "DC Hale", "Police", "Assault", "41/12345/21"))
    assert row.delete_by == date(2021, 4, 1)  # 31 days
    with store.unit_of_work("t") as uow:
        assert [r.police_reference for r in footage_due(uow, date(2021, 3, 25))] == ["41/12345/21"]
        assert footage_due(uow, date(2021, 3, 24)) == []


def test_a_covert_camera_only_within_its_authorisation(store: Store) -> None:
    covert = _camera(store, "COV-1", "covert")
    with store.unit_of_work("t") as uow:
        officer = save_officer(uow, None, None, "Dana Whitfield", "Head of Service").id
        held = add_application(uow, ApplicationInput("Op Lantern", "Theft", officer, urn="R-1"))
    deployment = _request(store, "covert", held.id)
    with store.unit_of_work("t") as uow:
        with pytest.raises(JagdeskError, match="before a magistrate has approved"):
            steps.install(uow, deployment.id, None, covert.id, date(2021, 3, 5))
        record_decision(uow, held.id, None, "approved", date(2021, 3, 8))
        with pytest.raises(JagdeskError, match="before the magistrate's approval on 08/03/2021"):
            steps.install(uow, deployment.id, None, covert.id, date(2021, 3, 7))
        row = steps.install(uow, deployment.id, None, covert.id, date(2021, 3, 9))
        assert row.planned_end_on == date(2021, 6, 7)
        with pytest.raises(JagdeskError, match="must be removed by 07/06/2021"):
            steps.remove(uow, row.id, None, date(2021, 6, 8))
        cancel(uow, held.id, None, date(2021, 4, 1), "Dana Whitfield", "Done")
        with pytest.raises(JagdeskError, match="must be removed by 01/04/2021"):
            steps.remove(uow, row.id, None, date(2021, 4, 2))
        steps.remove(uow, row.id, None, date(2021, 4, 1))
        assert camera_points(uow) == []
        assert [p.code for p in camera_points(uow, include_covert=True)] == ["COV-1"]
