"""Reference data rules: kinds of agency, GSS ward codes, and per-field checks of each record."""

from __future__ import annotations

import pytest

from jagdesk.domain.reference import (
    AgencyType,
    agency_errors,
    contact_errors,
    locality_errors,
    ward_errors,
)


def test_every_agency_type_has_a_label() -> None:
    assert AgencyType("fire").label == "Fire and rescue"
    assert AgencyType("youth").label == "Youth services"
    assert all(kind.label for kind in AgencyType)


def test_agency_fields() -> None:
    assert agency_errors("Hertfordshire Constabulary", "police") == {}
    assert agency_errors("", "police") == {"name": "Enter the agency name."}
    assert agency_errors("Victim Support", "charity") == {
        "agency_type": "Choose the kind of agency."
    }
    assert set(agency_errors(" ", "")) == {"name", "agency_type"}


def test_contact_fields() -> None:
    assert contact_errors("Priya Raman", "Community Safety Officer", "020 7946 0101",
                          "priya.raman@hertsmere.example.gov.uk") == {}
    assert contact_errors("Priya Raman", "", "", "") == {}
    errors = contact_errors("", "r" * 201, "call me", "priya")
    assert errors == {
        "name": "Enter the contact's name.",
        "role": "The role is too long: at most 200 characters.",
        "phone": "'call me' is not a phone number (digits, spaces, + and brackets only).",
        "email": "'priya' is not an email address (name@example.gov.uk).",
    }


def test_locality_fields() -> None:
    assert locality_errors("Borehamwood", "") == {}
    assert locality_errors("", "d" * 4001) == {
        "name": "Enter the locality name.",
        "description": "The description is too long: at most 4000 characters.",
    }


@pytest.mark.parametrize("code", ["E05004746", "e05004746", " E05004760 ", "W05000001",
                                  "S13002516", "N08000101"])
def test_gss_ward_code_accepted(code: str) -> None:
    assert ward_errors(code, "Aldenham East") == {}


@pytest.mark.parametrize("code", ["E0500474", "E050047466", "X05004746", "05004746E",
                                  "E05OO4746", "E05 004746"])
def test_gss_ward_code_refused(code: str) -> None:
    assert ward_errors(code, "Aldenham East") == {
        "code": f"'{code}' is not an ONS ward code (a letter and eight digits, as E05004746)."
    }


def test_ward_needs_code_and_name() -> None:
    assert ward_errors("", "") == {"code": "Enter the ward code.", "name": "Enter the ward name."}
