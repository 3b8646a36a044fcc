"""The retention periods kept in the store (RIPA's are the CCTV settings' own, not copied here)."""

from __future__ import annotations

from jagdesk.domain.governance import RetentionYears, retention_problem
from jagdesk.errors import ValidationError
from jagdesk.services.cctv.settings import cctv_settings
from jagdesk.services.common.records import save_settings_row, settings_row
from jagdesk.store.models import RetentionSettings
from jagdesk.store.uow import UnitOfWork


def retention_years(uow: UnitOfWork) -> RetentionYears:
    """The years each kind of record is kept, else the defaults."""
    row = settings_row(uow, RetentionSettings)
    ripa = cctv_settings(uow).retention_years
    if row is None:
        return RetentionYears(ripa_years=ripa)
    return RetentionYears(row.case_years, row.intervention_years, row.person_years, ripa)


def save_retention_years(uow: UnitOfWork, case_years: int, intervention_years: int,
                         person_years: int) -> RetentionYears:
    """Keep cases, interventions and people these years after they ended; commits."""
    problems = {key: problem for key, years in (("case_years", case_years),
                                                ("intervention_years", intervention_years),
                                                ("person_years", person_years))
                if (problem := retention_problem(years))}
    if problems:
        raise ValidationError(problems)
    save_settings_row(uow, RetentionSettings, None, {
        "case_years": case_years, "intervention_years": intervention_years, "person_years": person_years})
    return retention_years(uow)
