"""The partnership's threshold and timescales for ASB case reviews, kept in the store."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from jagdesk.domain.case_review.settings import CaseReviewSettings, settings_errors
from jagdesk.services.common.records import load_for_change, validated
from jagdesk.store.models import CaseReviewRules
from jagdesk.store.models.case_review import settings_in_force
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class SettingsRow:
    """The settings in force, and the version they were read at (0: the defaults, never saved)."""

    settings: CaseReviewSettings
    version: int


def _stored(uow: UnitOfWork) -> CaseReviewRules | None:
    return uow.session.scalars(select(CaseReviewRules).limit(1)).first()


def current_settings(uow: UnitOfWork) -> CaseReviewSettings:
    """The settings in force: the partnership's own, else the defaults."""
    return get_settings(uow).settings


def get_settings(uow: UnitOfWork) -> SettingsRow:
    """The settings in force with their version, for a page that edits them."""
    return SettingsRow(*settings_in_force(uow.session))


def save_settings(uow: UnitOfWork, settings: CaseReviewSettings,
                  expected_version: int | None) -> SettingsRow:
    """Save the partnership's settings, as read at `expected_version` (0 for the defaults)."""
    validated(settings_errors(settings))
    row = _stored(uow)
    if row is None:
        row = CaseReviewRules()
        uow.session.add(row)
    else:  # refused, saying who and when, if someone saved them since they were read
        load_for_change(uow, CaseReviewRules, row.id, expected_version)
    for name, value in asdict(settings).items():
        setattr(row, name, value)
    uow.commit()
    return get_settings(uow)
