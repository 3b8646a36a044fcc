"""What the deployments page reads of one deployment and of the footage requests, in a real store."""

from __future__ import annotations

from datetime import date

from jagdesk.services.cctv import deployment_steps as steps
from jagdesk.services.cctv.cameras import CameraInput, save_camera
from jagdesk.services.cctv.deployment_detail import deployment_detail, footage_requests
from jagdesk.services.cctv.deployments import DeploymentRequest, request_deployment
from jagdesk.services.cctv.footage import FootageInput, add_footage_request, record_deletion
from jagdesk.store.opening import Store


def test_the_detail_carries_every_step_and_footage_lists_the_next_deletion_first(
        store: Store) -> None:
    with store.unit_of_work("t") as uow:
        camera = save_camera(uow, None, None, CameraInput("RDC-9", "Camera 9", kind="mobile",
                                                          state="store", retention_days=31))
        asked = request_deployment(uow, DeploymentRequest(
            date(2021, 3, 1), "Shenley Road shops", "PS Grant", "Hertfordshire Constabulary",
            problem="Shop theft"))
        steps.decide(uow, asked.id, None, "approved", date(2021, 3, 2), "JAG", "Evidence shown.")
        steps.record_consultation(uow, asked.id, None, date(2021, 3, 3), 4, "One", "Answered")
        steps.install(uow, asked.id, None, camera.id, date(2021, 3, 10), date(2021, 3, 9))
        steps.add_review(uow, asked.id, None, date(2021, 4, 10), "CSO", "Keep")
        first = add_footage_request(uow, FootageInput(camera.id, date(2021, 3, 20),
                                                      date(2021, 3, 18), "DC Shah"))
        add_footage_request(uow, FootageInput(camera.id, date(2021, 3, 20), date(2021, 3, 12),
                                              "DC Shah"))
        record_deletion(uow, first.id, None, date(2021, 4, 18))
    with store.unit_of_work("t") as uow:
        detail = deployment_detail(uow, asked.id, date(2021, 4, 11))
        listed = footage_requests(uow)
    assert (detail.requested_by, detail.problem, detail.decided_by) == ("PS Grant", "Shop theft",
                                                                        "JAG")
    assert (detail.letters_sent_on, detail.responses, detail.objections_answer) == (
        date(2021, 3, 3), 4, "Answered")
    assert detail.reviews == ((date(2021, 4, 10), "CSO", "Keep"),)
    assert detail.row.stage == "installed" and detail.before is None
    assert [(f.recorded_on, f.delete_by) for f in listed] == [
        (date(2021, 3, 12), date(2021, 4, 12)), (date(2021, 3, 18), date(2021, 4, 18))]
