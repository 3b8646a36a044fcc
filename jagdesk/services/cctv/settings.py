"""The partnership's CCTV settings kept in the store: how many years the RIPA central record keeps
an authorisation after its cancellation or end, and how many months a mobile camera is planned to
stay up."""

from __future__ import annotations

from dataclasses import dataclass

from jagdesk.domain.cctv.deployments import PLANNED_MONTHS
from jagdesk.domain.cctv.ripa_register import RETENTION_YEARS
from jagdesk.errors import ValidationError
from jagdesk.services.common.records import save_settings_row, settings_row
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
    row = settings_row(uow, CctvSettings)
    if row is None:
        return SettingsRow(RETENTION_YEARS, 0)
    return SettingsRow(row.retention_years, row.version, row.planned_months)


def save_retention_years(uow: UnitOfWork, years: int, expected_version: int | None) -> SettingsRow:
    """Keep the central record's authorisations `years` after their cancellation or end; commits."""
    if not FEWEST_YEARS <= years <= MOST_YEARS:
        raise ValidationError({"retention_years": (
            f"The central record is kept at least {FEWEST_YEARS} years and at most {MOST_YEARS}, "
            f"not {years}.")})
    save_settings_row(uow, CctvSettings, expected_version, {"retention_years": years})
    return cctv_settings(uow)


def save_planned_months(uow: UnitOfWork, months: int, expected_version: int | None) -> SettingsRow:
    """Plan each mobile deployment to stay up `months` after installation unless the officer says
    otherwise; commits."""
    if not FEWEST_MONTHS <= months <= MOST_MONTHS:
        raise ValidationError({"planned_months": (
            f"A mobile camera is planned to stay up {FEWEST_MONTHS} to {MOST_MONTHS} months, not {months}.")})
    save_settings_row(uow, CctvSettings, expected_version, {"planned_months": months})
    return cctv_settings(uow)

