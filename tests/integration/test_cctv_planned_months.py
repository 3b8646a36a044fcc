"""How long a mobile camera is planned to stay up is the partnership's setting (3 months unless it
sets another): the installation's planned end follows it, the officer can still give another, and a
setting out of range or saved over a colleague's is refused with nothing changed."""

from __future__ import annotations

from datetime import date

import pytest

from jagdesk.errors import ConflictError, ValidationError
from jagdesk.services.cctv import deployment_steps as steps
from jagdesk.services.cctv.cameras import CameraInput, save_camera
from jagdesk.services.cctv.deployments import DeploymentRequest, request_deployment
from jagdesk.services.cctv.settings import cctv_settings, save_planned_months
from jagdesk.store.opening import Store


def _installed(store: Store, code: str, months: int | None = None):  # type: ignore[no-untyped-def]
    with store.unit_of_work("t") as uow:
        camera = save_camera(uow, None, None, CameraInput(code, f"Camera {code}", kind="mobile",
                                                          state="store"))
        row = request_deployment(uow, DeploymentRequest(
            date(2021, 3, 1), f"Site {code}", "PS Grant", "Hertfordshire Constabulary",
            "Criminal damage", "14 reports", latitude=51.65, longitude=-0.27))
        row = steps.decide(uow, row.id, row.version, "approved", date(2021, 3, 10), "CCTV lead", "Met")
        return steps.install(uow, row.id, row.version, camera.id, date(2021, 4, 1), date(2021, 3, 30),
                             planned_months=months)


def test_the_planned_end_follows_the_setting_unless_the_officer_gives_another(store: Store) -> None:
    with store.unit_of_work() as uow:
        assert cctv_settings(uow).planned_months == 3
    assert _installed(store, "RDC-1").planned_end_on == date(2021, 7, 1)
    with store.unit_of_work("t") as uow:
        saved = save_planned_months(uow, 6, cctv_settings(uow).version)
    assert saved.planned_months == 6 and saved.retention_years == 5
    assert _installed(store, "RDC-2").planned_end_on == date(2021, 10, 1)
    assert _installed(store, "RDC-3", months=2).planned_end_on == date(2021, 6, 1)


def test_a_setting_out_of_range_or_over_a_colleagues_is_refused(store: Store) -> None:
    with store.unit_of_work("t") as uow:
        first = save_planned_months(uow, 4, 0)
    with store.unit_of_work("t") as uow:
        for months in (0, 25):
            with pytest.raises(ValidationError, match="1 to 24 months"):
                save_planned_months(uow, months, first.version)
        save_planned_months(uow, 5, first.version)
    with store.unit_of_work("t") as uow, pytest.raises(ConflictError):
        save_planned_months(uow, 9, first.version)
    with store.unit_of_work() as uow:
        assert cctv_settings(uow).planned_months == 5
