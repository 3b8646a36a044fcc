"""Field checks: emails, phone numbers, lengths and passphrases, each refused with one sentence."""

from __future__ import annotations

import pytest

from jagdesk.domain.common import validation as v


@pytest.mark.parametrize("value", [
    "",
    "priya.raman@hertsmere.gov.uk",
    "duty.team@herts.pnn.police.uk",
    "gp.practice@nhs.net",
    "first.last@council.gcsx.gov.uk",
    "o'brien+jag@example.org",
    "  padded@example.gov.uk  ",
])
def test_email_accepted(value: str) -> None:
    assert v.email_address(value) is None


@pytest.mark.parametrize("value", [
    "priya.raman",
    "priya.raman@hertsmere",
    "priya@@hertsmere.gov.uk",
    "priya raman@hertsmere.gov.uk",
    "@hertsmere.gov.uk",
    "priya@.",
])
def test_email_refused_with_example(value: str) -> None:
    assert v.email_address(value) == f"'{value}' is not an email address (name@example.gov.uk)."


def test_email_too_long() -> None:
    value = "a" * 250 + "@x.uk"
    assert v.email_address(value) == "The email address is too long: at most 254 characters."


def test_blank_optional_fields_are_empty_not_wrong() -> None:
    # A stray space in an empty box is no address and no number, not a malformed one.
    assert v.email_address("   ") is None
    assert v.phone_number("  ") is None


@pytest.mark.parametrize("value", [
    "",
    "020 7946 0101",
    "01632 960201",
    "07700 900123",
    "+44 (0)20 7946 0101",
    "01632-960201",
    "01632 960201 ext 12",
    "01632 960201 x123",
    "01632 960201 ext. 4",
])
def test_phone_accepted(value: str) -> None:
    assert v.phone_number(value) is None


@pytest.mark.parametrize("value", [
    "phone the desk",
    "12345",
    "0163 29602 0101 2345 6789 0123",
    "01632 960201 ext 1234567",
    "01632/960201",
])
def test_phone_refused(value: str) -> None:
    assert v.phone_number(value) == (
        f"'{value}' is not a phone number (digits, spaces, + and brackets only)."
    )


def test_required_text() -> None:
    assert v.required_text("Borehamwood", "locality name", 200) is None
    assert v.required_text("  ", "locality name", 200) == "Enter the locality name."
    assert v.required_text("x" * 201, "locality name", 200) == (
        "The locality name is too long: at most 200 characters."
    )
    assert v.required_text("x" * 200, "locality name", 200) is None


def test_collect_keeps_only_failures() -> None:
    assert v.collect(name=None, email="bad", phone="") == {"email": "bad"}


@pytest.mark.parametrize("value", ["", "short", "seven77"])
def test_passphrase_too_short(value: str) -> None:
    assert v.passphrase(value) == "The passphrase must have at least 8 characters."


def test_passphrase_long_enough() -> None:
    assert v.passphrase("eight888") is None
    assert v.passphrase("correct horse battery staple", "correct horse battery staple") is None


def test_passphrase_typed_differently() -> None:
    assert v.passphrase("correct horse", "correct hose") == "The two passphrases are not the same."
    # Too short is said first: there is no point asking to repeat it.
    assert v.passphrase("short", "other") == "The passphrase must have at least 8 characters."
