"""The partnership's threshold and timescales for ASB case reviews, kept in the store."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from jagdesk.domain.case_review.settings import CaseReviewSettings, settings_errors
from jagdesk.services.common.records import save_settings_row, validated
from jagdesk.store.models import CaseReviewRules
from jagdesk.store.models.case_review import settings_in_force
from jagdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class SettingsRow:
    """The settings in force, and the version they were read at (0: the defaults, never saved)."""

    settings: CaseReviewSettings
    version: int


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
    save_settings_row(uow, CaseReviewRules, expected_version, asdict(settings))
    return get_settings(uow)
