"""The partnership's CCTV settings kept in the store: how many years the RIPA central record keeps
an authorisation after its cancellation or end, and how many months a mobile camera is planned to
stay up."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from jagdesk.domain.cctv.deployments import PLANNED_MONTHS
from jagdesk.domain.cctv.ripa_register import RETENTION_YEARS
from jagdesk.errors import ValidationError
from jagdesk.services.common.records import load_for_change
from jagdesk.store.models import CctvSettings
from jagdesk.store.uow import UnitOfWork

# At least the five years IPCO expects; more than a lifetime is a typing slip.
FEWEST_YEARS, MOST_YEARS = 5, 99
# A redeployable camera is put up for weeks or months, never years without a decision.
FEWEST_MONTHS, MOST_MONTHS = 1, 24


@dataclass(frozen=True)
class SettingsRow:
    """The settings in force and the version they were read at (0: the defaults, never saved)."""

    retention_years: int
    version: int
    planned_months: int = PLANNED_MONTHS


def cctv_settings(uow: UnitOfWork) -> SettingsRow:
    """The partnership's settings, else the defaults."""
    row = uow.session.scalars(select(CctvSettings).limit(1)).first()
    if row is None:
        return SettingsRow(RETENTION_YEARS, 0)
    return SettingsRow(row.retention_years, row.version, row.planned_months)


def save_retention_years(uow: UnitOfWork, years: int, expected_version: int | None) -> SettingsRow:
    """Keep the central record's authorisations `years` after their cancellation or end; commits."""
    if not FEWEST_YEARS <= years <= MOST_YEARS:
        raise ValidationError({"retention_years": (
            f"The central record is kept at least {FEWEST_YEARS} years and at most {MOST_YEARS}, "
            f"not {years}.")})
    return _save(uow, expected_version, retention_years=years)


def save_planned_months(uow: UnitOfWork, months: int, expected_version: int | None) -> SettingsRow:
    """Plan each mobile deployment to stay up `months` after installation unless the officer says
    otherwise; commits."""
    if not FEWEST_MONTHS <= months <= MOST_MONTHS:
        raise ValidationError({"planned_months": (
            f"A mobile camera is planned to stay up {FEWEST_MONTHS} to {MOST_MONTHS} months, not {months}.")})
    return _save(uow, expected_version, planned_months=months)


def _save(uow: UnitOfWork, expected_version: int | None, **values: int) -> SettingsRow:
    row = uow.session.scalars(select(CctvSettings).limit(1)).first()
    if row is None:
        row = CctvSettings()
        uow.session.add(row)
    else:  # refused, saying who and when, if someone saved them since they were read
        load_for_change(uow, CctvSettings, row.id, expected_version)
    for name, value in values.items():
        setattr(row, name, value)
    uow.commit()
    return cctv_settings(uow)
