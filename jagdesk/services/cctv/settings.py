"""The partnership's CCTV settings kept in the store: how many years the RIPA central record keeps
an authorisation after its cancellation or end."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from jagdesk.domain.cctv.ripa_register import RETENTION_YEARS
from jagdesk.errors import ValidationError
from jagdesk.services.common.records import load_for_change
from jagdesk.store.models import CctvSettings
from jagdesk.store.uow import UnitOfWork

# At least the five years IPCO expects; more than a lifetime is a typing slip.
FEWEST_YEARS, MOST_YEARS = 5, 99


@dataclass(frozen=True)
class SettingsRow:
    """The settings in force and the version they were read at (0: the defaults, never saved)."""

    retention_years: int
    version: int


def cctv_settings(uow: UnitOfWork) -> SettingsRow:
    """The partnership's settings, else the defaults."""
    row = uow.session.scalars(select(CctvSettings).limit(1)).first()
    return SettingsRow(RETENTION_YEARS, 0) if row is None else SettingsRow(row.retention_years, row.version)


def save_retention_years(uow: UnitOfWork, years: int, expected_version: int | None) -> SettingsRow:
    """Keep the central record's authorisations `years` after their cancellation or end; commits."""
    if not FEWEST_YEARS <= years <= MOST_YEARS:
        raise ValidationError({"retention_years": (
            f"The central record is kept at least {FEWEST_YEARS} years and at most {MOST_YEARS}, "
            f"not {years}.")})
    row = uow.session.scalars(select(CctvSettings).limit(1)).first()
    if row is None:
        row = CctvSettings()
        uow.session.add(row)
    else:  # refused, saying who and when, if someone saved them since they were read
        load_for_change(uow, CctvSettings, row.id, expected_version)
    row.retention_years = years
    uow.commit()
    return cctv_settings(uow)
