"""The partnership's ASB settings kept in the store (an ABC's length and review, the expiry warning,
the Respect Order's commencement): the rules and the register follow them, bad values are refused
with one sentence and nothing changed; the import's Opened on and Starts on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from jagdesk.domain.asb.powers import DEFAULT_SETTINGS
from jagdesk.errors import ValidationError
from jagdesk.services.asb.importing import import_interventions
from jagdesk.services.asb.reading import list_interventions
from jagdesk.services.asb.settings import SettingsRow, get_asb_settings, save_asb_settings
from jagdesk.services.asb.status import change_status
from jagdesk.store.opening import Store
from tests.support.asb_seed import TODAY, AsbPartnership, asb_partnership, record


@pytest.fixture
def partners(store: Store) -> AsbPartnership:
    return asb_partnership(store)


def settle(store: Store, **changes: object) -> None:
    with store.unit_of_work("officer") as uow:
        row = get_asb_settings(uow)
        save_asb_settings(uow, replace(row.settings, **changes), row.version)  # type: ignore[arg-type]


def test_the_defaults_until_the_partnership_saves_its_own(store: Store, partners: AsbPartnership) -> None:
    with store.unit_of_work("officer") as uow:
        assert get_asb_settings(uow) == SettingsRow(DEFAULT_SETTINGS, 0)
    abc = record(store, "ABC", person_id=partners.adult, opened_on=date(2024, 1, 3),
                 starts_on=date(2024, 1, 10), status="in force")
    assert (abc.ends_on, abc.next_review_on) == (date(2024, 7, 10), date(2024, 4, 10))
    settle(store, abc_months=12, abc_review_months=4)
    with store.unit_of_work("officer") as uow:
        [row] = list_interventions(uow, today=TODAY)
        assert get_asb_settings(uow).settings.abc_months == 12
    assert (row.ends_on, row.next_review_on) == (date(2025, 1, 10), date(2024, 5, 10))


@pytest.mark.parametrize(("changes", "field", "sentence"), [
    ({"abc_months": 0}, "abc_months", "An ABC's usual length is from 1 to 24 months, not 0."),
    ({"abc_review_months": 7}, "abc_review_months",
     "An ABC is reviewed before it ends: the review is at most its length."),
    ({"expiring_days": 400}, "expiring_days",
     "The warning before an order ends is from 1 to 365 days, not 400."),
    ({"respect_order_on": date(2025, 12, 31)}, "respect_order_on",
     "The Respect Order commenced under the Crime and Policing Act 2026: give a day in 2026 or later."),
])
def test_bad_settings_are_refused_with_one_sentence(store: Store, changes: dict[str, object], field: str,
                                                    sentence: str) -> None:
    with pytest.raises(ValidationError) as refused:
        settle(store, **changes)
    assert refused.value.errors == {field: sentence}
    with store.unit_of_work("officer") as uow:
        assert get_asb_settings(uow) == SettingsRow(DEFAULT_SETTINGS, 0)


def test_a_respect_order_is_judged_by_its_commencement_in_the_reference_data(
        store: Store, partners: AsbPartnership) -> None:
    with pytest.raises(ValidationError) as refused:
        record(store, "Respect Order", person_id=partners.adult, opened_on=date(2026, 10, 1))
    assert refused.value.errors == {"rules": "The Respect Order has not commenced: its commencement date "
                                             "is not yet in the reference data of the powers, so none can "
                                             "be recorded."}
    settle(store, respect_order_on=date(2026, 9, 1))
    with pytest.raises(ValidationError) as refused:
        record(store, "Respect Order", person_id=partners.adult, opened_on=date(2026, 8, 31))
    assert refused.value.errors == {"rules": "The Respect Order was not in force on 31 Aug 2026: it "
                                             "commenced on 1 Sep 2026."}
    order = record(store, "Respect Order", person_id=partners.adult, opened_on=date(2026, 9, 1))
    assert order.legal_basis == "Crime and Policing Act 2026 (Respect Orders)"
    # From then an adult's civil injunction is only for housing; a youth's is as before.
    with pytest.raises(ValidationError) as refused:
        record(store, "civil injunction", person_id=partners.adult, opened_on=date(2026, 9, 2))
    assert refused.value.errors == {"rules": "From 1 Sep 2026 an adult's civil injunction is only for "
                                             "housing; apply for a Respect Order instead."}
    housing = record(store, "civil injunction", person_id=partners.adult, opened_on=date(2026, 9, 2),
                     housing=True)
    assert "as amended by the Crime and Policing Act 2026" in housing.legal_basis
    before = record(store, "civil injunction", person_id=partners.adult, opened_on=date(2026, 8, 31))
    assert before.legal_basis == "ASB, Crime and Policing Act 2014 Part 1 (s1)"


def test_a_respect_order_applied_for_is_granted_only_once_in_force(store: Store,
                                                                    partners: AsbPartnership) -> None:
    settle(store, respect_order_on=date(2026, 9, 1))
    order = record(store, "Respect Order", person_id=partners.adult, opened_on=date(2026, 9, 5))
    with store.unit_of_work("officer") as uow:
        granted = change_status(uow, order.id, "granted", date(2026, 9, 20), order.version,
                                today=date(2026, 10, 1))
    assert (granted.status, granted.starts_on) == ("granted", date(2026, 9, 20))


def test_the_import_keeps_the_day_it_was_opened_apart_from_its_start(store: Store, tmp_path: Path,
                                                                       partners: AsbPartnership) -> None:
    register = tmp_path / "register.csv"
    register.write_text(
        "Kind,Name,Date of birth,Applied on,Starts on,Status\n"
        "ASBO,Mark Jones,1970-01-01,2014-09-01,2015-01-10,in force\n"
        "CBO,Lee Evans,1980-01-01,,2024-02-01,granted\n"
        "ABC,Tyler Evans,2000-01-01,2024-03-01,,offered\n"
        "Civil injunction,Reece Evans,1990-01-01,2024-03-01,,in force\n", encoding="utf-8")
    with store.unit_of_work("officer") as uow:
        done = import_interventions(uow, register)
    assert done.refusals == ("Line 5: Starts on is blank: a Civil Injunction that is in force started; "
                             "give the day it was signed, granted or served.",)
    with store.unit_of_work("officer") as uow:
        rows = {row.kind: row for row in list_interventions(uow, today=TODAY)}
    # An ASBO applied for before 20 October 2014 and granted after it is the law's, as registers have.
    assert (rows["ASBO"].opened_on, rows["ASBO"].starts_on) == (date(2014, 9, 1), date(2015, 1, 10))
    assert (rows["CBO"].opened_on, rows["CBO"].starts_on) == (date(2024, 2, 1), date(2024, 2, 1))
    assert (rows["ABC"].opened_on, rows["ABC"].starts_on) == (date(2024, 3, 1), None)
