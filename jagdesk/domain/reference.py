"""Reference data of the partnership: kinds of partner agency, and checks on agencies, contacts,
localities and wards."""

from __future__ import annotations

import re
from enum import StrEnum

from jagdesk.domain.common import validation as v


class AgencyType(StrEnum):
    """The kinds of partner agency a Community Safety Partnership brings together."""

    POLICE = "police"
    COUNCIL = "council"
    FIRE = "fire"
    PROBATION = "probation"
    HEALTH = "health"
    HOUSING = "housing"
    YOUTH = "youth"
    VOLUNTARY = "voluntary"
    OTHER = "other"

    @property
    def label(self) -> str:
        """What the type is called on screen and on paper."""
        return AGENCY_TYPE_TITLES[self]


AGENCY_TYPE_TITLES = {
    AgencyType.POLICE: "Police",
    AgencyType.COUNCIL: "Council",
    AgencyType.FIRE: "Fire and rescue",
    AgencyType.PROBATION: "Probation",
    AgencyType.HEALTH: "Health",
    AgencyType.HOUSING: "Housing",
    AgencyType.YOUTH: "Youth services",
    AgencyType.VOLUNTARY: "Voluntary",
    AgencyType.OTHER: "Other",
}

# ONS GSS codes: a letter, then eight digits (E05004746 is a ward in England).
GSS_CODE = re.compile(r"^[EWSN]\d{8}$")


def agency_errors(name: str, agency_type: str) -> dict[str, str]:
    """What is wrong with an agency's fields, by field."""
    type_reason = None
    if agency_type not in {t.value for t in AgencyType}:
        type_reason = "Choose the kind of agency."
    return v.collect(name=v.required_text(name, "agency name", 200), agency_type=type_reason)


def contact_errors(name: str, role: str, phone: str, email: str) -> dict[str, str]:
    """What is wrong with a contact's fields, by field."""
    return v.collect(
        name=v.required_text(name, "contact's name", 200),
        role=v.max_length_text(role, "role", 200),
        phone=v.phone_number(phone),
        email=v.email_address(email),
    )


def locality_errors(name: str, description: str) -> dict[str, str]:
    """What is wrong with a locality's fields, by field."""
    return v.collect(
        name=v.required_text(name, "locality name", 200),
        description=v.max_length_text(description, "description", 4000),
    )


def ward_errors(code: str, name: str) -> dict[str, str]:
    """What is wrong with a ward's fields, by field."""
    code_reason = v.required_text(code, "ward code", 20)
    if code_reason is None and not GSS_CODE.match(code.strip().upper()):
        code_reason = f"'{code}' is not an ONS ward code (a letter and eight digits, as E05004746)."
    return v.collect(code=code_reason, name=v.required_text(name, "ward name", 200))
