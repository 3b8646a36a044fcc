"""A covert camera put up and taken down under an authorisation: the site, then the camera, only
within the authorised period (the services refuse any day outside it, nothing changed)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from jagdesk.domain.cctv.ripa_rows import AuthorisationRow
from jagdesk.gui import prompts
from jagdesk.gui.dialogs.cctv.install_dialog import InstallDialog
from jagdesk.gui.dialogs.cctv.removal_dialog import RemovalDialog
from jagdesk.gui.dialogs.cctv.request_dialog import RequestDialog
from jagdesk.gui.operations import attempt, call
from jagdesk.gui.pages.common.steps_page import StepsPage
from jagdesk.services.cctv import deployment_steps as steps
from jagdesk.services.cctv.cameras import list_cameras
from jagdesk.services.cctv.deployments import DeploymentRequest, DeploymentRow, list_deployments
from jagdesk.services.cctv.deployments import request_deployment as request
from jagdesk.services.hotspots.hotspots import list_hotspots


def covert_deployments(page: StepsPage, row: AuthorisationRow) -> list[DeploymentRow]:
    """The covert deployments under the authorisation."""
    found = attempt(page, page.store, lambda uow: list_deployments(uow, page.day())) or []
    return [d for d in found if d.kind == "covert" and d.authorisation == row.urn]


def camera_up(page: StepsPage, row: AuthorisationRow) -> DeploymentRow | None:
    """Where the covert camera goes, then which camera and the day it went up."""
    cameras = cameras_in_store(page, "covert")
    if not cameras:
        return None
    hotspots = attempt(page, page.store, list_hotspots) or []

    def save_site(data: DeploymentRequest) -> DeploymentRow:
        covert = replace(data, kind="covert", authorisation_id=row.id)
        return call(page.store, lambda uow: request(uow, covert))
    site = RequestDialog.ask(page, save_site, [(h.name, h.id) for h in hotspots], [], page.day(),
                             f"Site of the covert camera under {row.urn}")
    if site is None:
        return None
    saved: DeploymentRow | None = InstallDialog.ask(page, page.saving(lambda uow, e: steps.install(
        uow, site.id, site.version, e.camera_id, e.installed_on)), site.site, cameras, page.day(),
        covert=True)
    return saved


def camera_down(page: StepsPage, deployment: DeploymentRow) -> DeploymentRow | None:
    """The day the covert camera came down (by the authorisation's end)."""
    saved: DeploymentRow | None = RemovalDialog.ask(page, page.saving(lambda uow, e: steps.remove(
        uow, deployment.id, deployment.version, e.removed_on)), deployment.site, page.day(),
        covert=True)
    return saved


def cameras_in_store(page: StepsPage, kind: str) -> list[tuple[str, uuid.UUID]]:
    """The cameras of `kind` in store, to choose the one to put up; when there is none, the
    user is told what to do."""
    cameras = [(f"{c.code} {c.name}".strip(), c.id)
               for c in attempt(page, page.store, list_cameras) or []
               if c.kind == kind and c.state == "store"]
    if not cameras:
        prompts.show_error(page, f"No {kind} camera is in store: add one on the CCTV cameras "
                                 "page, or set a camera's state to In store.")
    return cameras
