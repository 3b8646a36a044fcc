"""The partnership's CCTV lists, deletes with undo, and the central record's retention, in a real
store (SQLite and PostgreSQL): criteria added, renamed, retired and reordered with old deployments
keeping their ticks; offences retired; a granted authorisation never deleted; a record destroyed
after its years leaving only its URN in the audit trail."""

from __future__ import annotations

import json
import uuid
from datetime import date, time

import pytest
from sqlalchemy import func, select, text

from jagdesk.errors import ConflictError, InUseError, JagdeskError, ValidationError
from jagdesk.services.cctv import deployment_steps as steps
from jagdesk.services.cctv.authorisations import (
    ApplicationInput,
    add_application,
    delete_authorisation,
    list_authorisations,
)
from jagdesk.services.cctv.cameras import CameraInput, delete_camera, list_cameras, save_camera
from jagdesk.services.cctv.deployments import (
    DeploymentRequest,
    delete_deployment,
    deployment_row,
    list_criteria,
    request_deployment,
)
from jagdesk.services.cctv.lists import (
    change_offence,
    criteria_for,
    criterion_rows,
    move_criterion,
    offence_rows,
    retire_criterion,
    retire_offence,
    save_criterion,
)
from jagdesk.services.cctv.officers import list_offences, save_officer
from jagdesk.services.cctv.retention import destroy_authorisation, retention_schedule
from jagdesk.services.cctv.ripa_lifecycle import add_review, cancel, record_decision
from jagdesk.services.cctv.settings import cctv_settings, save_retention_years
from jagdesk.services.undo import undo_delete
from jagdesk.store.audit_chain import READ_CHAIN, first_break
from jagdesk.store.models import (
    AuditEntry,
    Deployment,
    DeploymentReview,
    RipaAuthorisation,
    RipaReview,
    RipaSubject,
)
from jagdesk.store.opening import Store

TODAY = date(2026, 12, 2)


def _request(store: Store, site: str = "Shenley Road shops") -> uuid.UUID:
    with store.unit_of_work("t") as uow:
        return request_deployment(uow, DeploymentRequest(date(2026, 3, 1), site)).id


def _application(store: Store, urn: str, authorised_on: date) -> uuid.UUID:
    with store.unit_of_work("t") as uow:
        officer = save_officer(uow, None, None, f"Officer {urn}", "Head of Service").id
        return add_application(uow, ApplicationInput(
            f"Op {urn}", "Theft", officer, urn=urn, subjects=("Subject A",),
            authorised_on=authorised_on)).id


def _version(store: Store, model: type, record_id: uuid.UUID) -> int:
    with store.unit_of_work() as uow:
        return int(uow.get(model, record_id).version)


def _approve(store: Store, record_id: uuid.UUID, on: date) -> None:
    with store.unit_of_work("jp") as uow:
        record_decision(uow, record_id, _version(store, RipaAuthorisation, record_id), "approved",
                        on, time(10, 0), "St Albans", "J. Patel JP")


def test_criteria_added_renamed_retired_and_reordered(store: Store) -> None:
    decided, open_request = _request(store, "Decided"), _request(store, "Open")
    with store.unit_of_work("t") as uow:
        met = ["Site survey done", "Power and mounting available"]
        row = steps.check_criteria(uow, decided, None, met)
        steps.decide(uow, decided, row.version, "approved", date(2026, 3, 5), "Lead", "Met")
        steps.check_criteria(uow, open_request, None, met)
    with store.unit_of_work("t") as uow:
        save_criterion(uow, "Police  support agreed")
        save_criterion(uow, "Site survey completed", was="Site survey done")
        retire_criterion(uow, "Power and mounting available", None, date(2026, 4, 1))
        move_criterion(uow, "Police support agreed", None, -10)
        with pytest.raises(JagdeskError, match="on the checklist already .retired"):
            save_criterion(uow, "power and mounting AVAILABLE")
    with store.unit_of_work() as uow:
        in_use = list_criteria(uow)
        rows = criterion_rows(uow)
        old = deployment_row(uow, decided)
        still_open = deployment_row(uow, open_request)
        kept_for_old = criteria_for(uow, old.criteria_met)
    assert in_use == ["Police support agreed", "Evidence of crime or ASB at the site",
                      "Other measures tried first", "Site survey completed",
                      "Privacy impact assessment (DPIA) done"]
    assert [r.name for r in rows if r.retired_on] == ["Power and mounting available"]
    # The decided deployment keeps the words it was decided on; the open request follows the rename.
    assert old.criteria_met == ("Site survey done", "Power and mounting available")
    assert still_open.criteria_met == ("Site survey completed", "Power and mounting available")
    assert kept_for_old[-2:] == ["Site survey done", "Power and mounting available"]
    with store.unit_of_work("t") as uow:  # re-ticking keeps a retired criterion it was met on
        row = steps.check_criteria(uow, open_request, still_open.version,
                                   ["Power and mounting available", "Police support agreed"])
        assert row.criteria_met == ("Police support agreed", "Power and mounting available")
        with pytest.raises(JagdeskError, match="not one of the partnership's criteria"):
            steps.check_criteria(uow, decided, None, ["Made up"])
        retire_criterion(uow, "Power and mounting available", None, None)  # brought back
        assert "Power and mounting available" in list_criteria(uow)


def test_a_retired_offence_is_refused_for_a_new_application(store: Store) -> None:
    with store.unit_of_work("t") as uow:
        officer = save_officer(uow, None, None, "Dana Whitfield", "Head of Service").id
        assert offence_rows(uow)[0].id is None  # the shipped list until the first change
        retire_offence(uow, "Theft", None, date(2026, 5, 1))
        row = next(r for r in offence_rows(uow) if r.name == "Theft")
        assert row.retired_on == date(2026, 5, 1) and row.id is not None
        assert "Theft" not in [o.name for o in list_offences(uow)]
        with pytest.raises(JagdeskError, match="retired from the list of offences on 01/05/2026"):
            add_application(uow, ApplicationInput("Op A", "Theft", officer, urn="RIPA-X-1"))
        fraud = next(r for r in offence_rows(uow) if r.name.startswith("Fraud"))
        changed = change_offence(uow, fraud.name, fraud.offence.__class__(
            "Fraud by false representation", fraud.offence.statute, 120), fraud.version)
        assert changed.offence.max_months == 120
        with pytest.raises(ConflictError):
            change_offence(uow, changed.name, changed.offence, fraud.version)
        retire_offence(uow, "Theft", None, None)
        again = add_application(uow, ApplicationInput("Op A", "Theft", officer, urn="RIPA-X-1"))
        assert again.urn == "RIPA-X-1"


def test_deletes_of_deployments_applications_and_cameras_come_back_with_undo(store: Store) -> None:
    request = _request(store)
    with store.unit_of_work("t") as uow:
        camera = save_camera(uow, None, None, CameraInput("RDC-9", "Spare", kind="mobile", state="store"))
        spare = save_camera(uow, None, None, CameraInput("RDC-10", "Unused", kind="mobile"))
        row = steps.decide(uow, request, None, "approved", date(2026, 3, 5), "Lead", "Met")
        row = steps.install(uow, request, row.version, camera.id, date(2026, 3, 10), date(2026, 3, 9))
        row = steps.add_review(uow, request, row.version, date(2026, 4, 9), "Lead", "Keep")
        with pytest.raises(JagdeskError, match="is still up at Shenley Road shops"):
            delete_deployment(uow, request, row.version)
        row = steps.remove(uow, request, row.version, date(2026, 5, 1), date(2026, 5, 1))
        with pytest.raises(InUseError, match="used by 1 deployment"):
            delete_camera(uow, camera.id, None)
        delete_camera(uow, spare.id, spare.version)
        assert delete_deployment(uow, request, row.version) == row.reference
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DeploymentReview)) == 0
    with store.unit_of_work("t") as uow:
        undo_delete(uow, "deployment", request)
        undo_delete(uow, "camera", spare.id)
        assert deployment_row(uow, request).next_review_on is None
        assert uow.session.scalar(select(func.count()).select_from(DeploymentReview)) == 1
        assert "RDC-10" in [c.code for c in list_cameras(uow)]

    pending = _application(store, "RIPA-2026-050", date(2026, 11, 20))
    granted = _application(store, "RIPA-2026-051", date(2026, 11, 20))
    _approve(store, granted, date(2026, 11, 23))
    with store.unit_of_work("t") as uow:
        with pytest.raises(JagdeskError, match="cannot be deleted: the central record must keep"):
            delete_authorisation(uow, granted, None)
        assert delete_authorisation(uow, pending, None) == "RIPA-2026-050"
        assert uow.session.scalar(select(func.count()).where(RipaSubject.authorisation_id == pending)) == 0
    with store.unit_of_work("t") as uow:
        undo_delete(uow, "ripa_authorisation", pending)
        assert {r.urn: r.subjects for r in list_authorisations(uow, TODAY)}["RIPA-2026-050"] == (
            "Subject A",)


def test_the_retention_schedule_and_destroying_a_record_after_its_years(store: Store) -> None:
    old = _application(store, "RIPA-2019-001", date(2019, 2, 27))
    _approve(store, old, date(2019, 3, 1))
    with store.unit_of_work("t") as uow:
        add_review(uow, old, _version(store, RipaAuthorisation, old), date(2019, 3, 20), "DW", "Go on")
        cancel(uow, old, _version(store, RipaAuthorisation, old), date(2019, 4, 10), "DW", "Arrested")
        deployment = request_deployment(uow, DeploymentRequest(
            date(2019, 3, 2), "Flat 4 stairwell", kind="covert", authorisation_id=old))
    lapsed = _application(store, "RIPA-2020-001", date(2020, 2, 27))
    _approve(store, lapsed, date(2020, 2, 29))  # ends 28/05/2020, never cancelled
    recent = _application(store, "RIPA-2026-001", date(2026, 9, 1))
    _approve(store, recent, date(2026, 11, 2))
    with store.unit_of_work() as uow:
        due = retention_schedule(uow, TODAY, due_only=True)
        every = retention_schedule(uow, TODAY)
        years = cctv_settings(uow)
    assert years.retention_years == 5
    assert [(r.urn, r.closed_on, r.review_on) for r in due] == [
        ("RIPA-2019-001", date(2019, 4, 10), date(2024, 4, 10)),
        ("RIPA-2020-001", date(2020, 5, 28), date(2025, 5, 28))]
    assert [(r.urn, r.review_on, r.due) for r in every][-1] == ("RIPA-2026-001", None, False)

    with store.unit_of_work("t") as uow:
        save_retention_years(uow, 7, years.version)
        with pytest.raises(ValidationError, match="at least 5 years"):
            save_retention_years(uow, 3, None)
        assert [r.urn for r in retention_schedule(uow, TODAY, due_only=True)] == ["RIPA-2019-001"]
        with pytest.raises(JagdeskError, match="RIPA-2020-001 is kept until 28/05/2027; nothing"):
            destroy_authorisation(uow, lapsed, None, TODAY)
        with pytest.raises(JagdeskError, match="RIPA-2026-001 is not closed yet"):
            destroy_authorisation(uow, recent, None, TODAY)
        assert destroy_authorisation(uow, old, None, TODAY) == "RIPA-2019-001"

    with store.unit_of_work() as uow:
        left = [r.urn for r in list_authorisations(uow, TODAY)]
        gone = [uow.session.scalar(select(func.count()).select_from(model).where(column == value))
                for model, column, value in (
                    (RipaReview, RipaReview.authorisation_id, old),
                    (RipaSubject, RipaSubject.authorisation_id, old),
                    (Deployment, Deployment.id, deployment.id))]
        trail = [(e.action, e.record_title, json.loads(e.changes)) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.record_id.in_([old, deployment.id])))]
        mentions = uow.session.scalar(select(func.count()).where(
            AuditEntry.changes.contains("Op RIPA-2019-001") | AuditEntry.changes.contains("Flat 4")))
        chain_break = first_break(uow.session.connection().execute(text(READ_CHAIN)))
    assert left == ["RIPA-2026-001", "RIPA-2020-001"] and gone == [0, 0, 0]
    # Each earlier change is still there, with nothing of what it held; the destruction is recorded
    # and the chain re-sealed around the redacted entries.
    earlier = [entry for entry in trail if entry[0] != "destroy"]
    assert earlier and all(title == "[destroyed]" for _action, title, _changes in earlier)
    assert {value for _action, _title, changes in earlier for pair in changes.values() for value in pair
            } <= {None, "[destroyed]"}
    (destroyed,) = [entry for entry in trail if entry[0] == "destroy"]
    assert destroyed[:2] == ("destroy", "authorisation RIPA-2019-001")
    assert destroyed[2]["destroyed_on"] == [None, "2026-12-02"]
    # Those of its subjects, reviews and renewals too.
    assert destroyed[2]["entries_redacted"][1] > len(earlier)
    assert mentions == 0
    assert chain_break is None
    with store.unit_of_work("t") as uow, pytest.raises(JagdeskError, match="no deleted authorisation"):
            undo_delete(uow, "ripa_authorisation", old)
