"""The partnership's ASB settings, kept in the store: an ABC's usual length and review (6 and 3
months unless changed), the dashboard's warning before an order ends, and the day the Respect Order
commenced (the law's reference data, filled in once known)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date

from jagdesk.domain.asb.powers import DEFAULT_SETTINGS, Settings
from jagdesk.domain.common import validation as v
from jagdesk.services.common.records import save_settings_row, settings_row, validated
from jagdesk.store.models import AsbSettings
from jagdesk.store.uow import UnitOfWork

NAMES = tuple(f.name for f in fields(Settings))
# Before this day there was no Crime and Policing Act 2026 to commence.
EARLIEST_RESPECT_ORDER = date(2026, 1, 1)


@dataclass(frozen=True)
class SettingsRow:
    """The settings in force, and the version they were read at (0: the defaults, never saved)."""

    settings: Settings
    version: int


def get_asb_settings(uow: UnitOfWork) -> SettingsRow:
    """The settings in force with their version: the partnership's own, else the defaults."""
    row = settings_row(uow, AsbSettings)
    if row is None:
        return SettingsRow(DEFAULT_SETTINGS, 0)
    return SettingsRow(Settings(**{name: getattr(row, name) for name in NAMES}), row.version)


def asb_settings(uow: UnitOfWork) -> Settings:
    """The settings the rules are judged by."""
    return get_asb_settings(uow).settings


def _errors(settings: Settings) -> dict[str, str]:
    def months(value: int, what: str, most: int) -> str | None:
        return None if 1 <= value <= most else f"{what} is from 1 to {most} months, not {value}."
    respect = settings.respect_order_on
    return v.collect(
        abc_months=months(settings.abc_months, "An ABC's usual length", 24),
        abc_review_months=months(settings.abc_review_months, "An ABC's review", 24)
        or (None if settings.abc_review_months <= settings.abc_months or not 1 <= settings.abc_months <= 24
            else "An ABC is reviewed before it ends: the review is at most its length."),
        expiring_days=None if 1 <= settings.expiring_days <= 365
        else f"The warning before an order ends is from 1 to 365 days, not {settings.expiring_days}.",
        respect_order_on=None if respect is None or respect >= EARLIEST_RESPECT_ORDER
        else "The Respect Order commenced under the Crime and Policing Act 2026: give a day in 2026 "
             "or later.",
    )


def save_asb_settings(uow: UnitOfWork, settings: Settings, expected_version: int | None) -> SettingsRow:
    """Save the partnership's settings, as read at `expected_version` (0 for the defaults); refused
    with one sentence for a value out of range."""
    validated(_errors(settings))
    save_settings_row(uow, AsbSettings, expected_version, asdict(settings))
    return get_asb_settings(uow)
