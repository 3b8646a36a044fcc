"""The covert deployments up on a day, with their authorisations, for the ordinary meeting pack's
restricted page (the count alone goes in the pack unless the officer includes this)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from jagdesk.domain.cctv.covert_detail import CovertDeployment
from jagdesk.services.cctv.authorisations import authorisation_row
from jagdesk.store.models import Camera, Deployment, RipaAuthorisation
from jagdesk.store.uow import UnitOfWork


def covert_deployments_on(uow: UnitOfWork, day: date) -> tuple[CovertDeployment, ...]:
    """Each covert camera up on `day` (those count_covert counts), by URN and installation."""
    found = uow.session.execute(
        select(Deployment, RipaAuthorisation.id, RipaAuthorisation.urn, RipaAuthorisation.operation,
               Camera.code)
        .join(RipaAuthorisation, RipaAuthorisation.id == Deployment.authorisation_id)
        .outerjoin(Camera, Camera.id == Deployment.camera_id)
        .where(Deployment.kind == "covert", Deployment.installed_on <= day,
               (Deployment.removed_on.is_(None)) | (Deployment.removed_on >= day))
        .order_by(RipaAuthorisation.urn, Deployment.installed_on)).all()
    return tuple(
        CovertDeployment(urn, operation, record.site, code or "", record.installed_on or day,
                         authorisation_row(uow, held, day).ends_on)
        for record, held, urn, operation, code in found)
