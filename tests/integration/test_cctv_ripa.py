"""RIPA covert authorisations in a real store (SQLite and PostgreSQL): the application and its crime
threshold, the magistrate's approval, reviews, renewal and cancellation with their refusals, the
central record read back from the PDF and CSV it is exported to, and the yearly return."""

from __future__ import annotations

import csv
import unicodedata
import uuid
from datetime import date, time
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from jagdesk.errors import ConflictError, JagdeskError
from jagdesk.exports.cctv.ripa_register_csv import write_register_csv
from jagdesk.exports.cctv.ripa_register_pdf import write_register_pdf
from jagdesk.services.cctv.authorisations import ApplicationInput, add_application, find_authorisation
from jagdesk.services.cctv.officers import save_officer
from jagdesk.services.cctv.ripa_lifecycle import add_review, cancel, record_decision, renew
from jagdesk.services.cctv.ripa_record import central_record, yearly_return
from jagdesk.services.people.people import PersonInput, save_person
from jagdesk.store.models import AuditEntry, RipaAuthorisation, RipaRenewal, RipaReview
from jagdesk.store.opening import Store


def _officer(store: Store) -> uuid.UUID:
    with store.unit_of_work("test") as uow:
        return save_officer(uow, None, None, "Dana Whitfield", "Head of Community Safety").id


def _apply(store: Store, officer: uuid.UUID, offence: str = "Theft", urn: str = "") -> uuid.UUID:
    with store.unit_of_work("test") as uow:
        person = save_person(uow, PersonInput(family_name="Ruddock", given_names="Lee"))
        return add_application(uow, ApplicationInput(
            "Op Lantern", offence, officer, urn=urn, description="Thefts from parked vans",
            subjects=("Unknown male, 20s",), subject_person_ids=(person.id,),
            necessity="Other means tried", authorised_on=date(2026, 6, 12))).id


def _version(store: Store, record_id: uuid.UUID) -> int:
    with store.unit_of_work() as uow:
        return uow.get(RipaAuthorisation, record_id).version


def _counts(store: Store) -> tuple[int, int, int, int]:
    with store.unit_of_work() as uow:
        return tuple(uow.session.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[return-value]
                     for model in (RipaAuthorisation, RipaReview, RipaRenewal, AuditEntry))


def test_an_authorisation_from_application_to_cancellation(store: Store, tmp_path: Path) -> None:
    officer = _officer(store)
    record_id = _apply(store, officer)
    with store.unit_of_work("test") as uow:
        row = find_authorisation(uow, "ripa-2026-001", today=date(2026, 6, 13))
    assert (row.urn, row.status, row.ends_on) == ("RIPA-2026-001", "pending", None)
    assert row.subjects == ("Lee Ruddock", "Unknown male, 20s")

    with store.unit_of_work("jp") as uow:
        row = record_decision(uow, record_id, _version(store, record_id), "approved",
                              date(2026, 6, 15), time(10, 30), "St Albans Magistrates' Court",
                              "J. Patel JP")
    assert (row.status, row.approved_on, row.ends_on) == ("active", date(2026, 6, 15),
                                                          date(2026, 9, 14))
    assert row.next_review_on == date(2026, 7, 13)
    with store.unit_of_work("test") as uow:
        row = add_review(uow, record_id, _version(store, record_id), date(2026, 7, 10),
                         "Dana Whitfield", "Still necessary")
    assert row.next_review_on == date(2026, 8, 7)
    with store.unit_of_work("test") as uow:
        row = renew(uow, record_id, _version(store, record_id), date(2026, 9, 10), "J. Patel JP")
    assert row.ends_on == date(2026, 12, 13)
    assert [(r.starts_on, r.ends_on) for r in row.renewals] == [(date(2026, 9, 14),
                                                                 date(2026, 12, 13))]
    with store.unit_of_work("test") as uow:
        assert find_authorisation(uow, "RIPA-2026-001", date(2026, 12, 1)).ending_soon
        row = cancel(uow, record_id, _version(store, record_id), date(2026, 11, 2),
                     "Dana Whitfield", "Offender identified and arrested")
        assert find_authorisation(uow, "RIPA-2026-001", date(2027, 1, 5)).status == "cancelled"

    with store.unit_of_work() as uow:
        record = central_record(uow, date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 5))
        figures = yearly_return(uow, 2026, date(2027, 1, 5))
        empty = yearly_return(uow, 2025, date(2027, 1, 5))
    assert (figures.applications, figures.granted, figures.refused_by_magistrate, figures.renewed,
            figures.cancelled, figures.lapsed) == (1, 1, 0, 1, 1, 0)
    assert (empty.applications, empty.granted, empty.renewed, empty.cancelled, empty.lapsed) == (
        0, 0, 0, 0, 0)

    pdf = tmp_path / "register.pdf"
    write_register_pdf(record, pdf)
    reader = pypdf.PdfReader(pdf)
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text() for p in reader.pages).split()))
    assert text.count("OFFICIAL-SENSITIVE") == 2 * len(reader.pages)
    assert f"Page 1 of {len(reader.pages)}" in text
    for expected in ("RIPA-2026-001", "Op Lantern", "Lee Ruddock", "Dana Whitfield",
                     "Head of Community Safety", "15/06/2026 to 13/12/2026", "10/07/2026",
                     "02/11/2026", "cancelled"):
        assert expected in text, expected
    out = tmp_path / "register.csv"
    write_register_csv(record, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        [row_read] = list(csv.DictReader(handle))
    assert row_read["URN"] == "RIPA-2026-001"
    assert row_read["Approved on"] == "2026-06-15" and row_read["Ends on"] == "2026-12-13"
    assert row_read["Renewals"].startswith("2026-09-10 to 2026-12-13")
    assert row_read["Status"] == "cancelled" and row_read["Lapsed"] == "no"


def test_an_offence_below_the_threshold_is_refused_and_nothing_saved(store: Store) -> None:
    officer = _officer(store)
    before = _counts(store)
    with store.unit_of_work("test") as uow, pytest.raises(
            JagdeskError, match=r"^Littering .* so the application is refused\.$"):
        add_application(uow, ApplicationInput("Op Bin", "Littering", officer))
    assert _counts(store) == before


def test_the_refusals_of_an_authorisations_life_change_nothing(store: Store) -> None:
    officer = _officer(store)
    record_id = _apply(store, officer, urn="HBC/RIPA/7")
    with store.unit_of_work("test") as uow:
        with pytest.raises(JagdeskError, match="only once a magistrate has approved"):
            add_review(uow, record_id, None, date(2026, 6, 20), "x")
        with pytest.raises(JagdeskError, match="Only an authorisation a magistrate has approved"):
            renew(uow, record_id, None, date(2026, 6, 20))
        with pytest.raises(JagdeskError, match="cannot be before the application"):
            record_decision(uow, record_id, None, "approved", date(2026, 6, 1))
        record_decision(uow, record_id, None, "approved", date(2026, 6, 15))
    before, version = _counts(store), _version(store, record_id)
    with store.unit_of_work("test") as uow:
        with pytest.raises(JagdeskError, match="lapsed at the end of 14/09/2026"):
            renew(uow, record_id, version, date(2026, 9, 15))
        with pytest.raises(JagdeskError, match="A review on 10/06/2026 is before"):
            add_review(uow, record_id, version, date(2026, 6, 10), "x")
        with pytest.raises(JagdeskError, match="cannot be before the magistrate's approval"):
            cancel(uow, record_id, version, date(2026, 6, 14), "x", "done")
        with pytest.raises(ConflictError):
            add_review(uow, record_id, version - 1, date(2026, 7, 1), "x")
    assert (_counts(store), _version(store, record_id)) == (before, version)
    # Left to run out, it lapses and says so; once cancelled it cannot be renewed.
    with store.unit_of_work() as uow:
        row = find_authorisation(uow, "hbc/ripa/7", date(2026, 9, 15))
        assert (row.status, row.lapsed) == ("lapsed", True)
        figures = yearly_return(uow, 2026, date(2026, 12, 31))
        assert (figures.lapsed, figures.cancelled) == (1, 0)
    with store.unit_of_work("test") as uow:
        cancel(uow, record_id, version, date(2026, 8, 1), "Dana Whitfield", "No longer needed")
        with pytest.raises(JagdeskError, match="a cancelled authorisation cannot be renewed"):
            renew(uow, record_id, None, date(2026, 8, 5))


def test_a_urn_is_never_used_twice(store: Store) -> None:
    officer = _officer(store)
    _apply(store, officer, urn="RIPA-9")
    with pytest.raises(JagdeskError, match="already used; a URN is never used twice"):
        _apply(store, officer, urn="ripa-9")
