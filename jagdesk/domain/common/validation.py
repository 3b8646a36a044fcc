"""Field checks shared by every kind of record; each returns the reason a value is refused, or None."""

from __future__ import annotations

import re

# Deliberately loose: one @, something either side, a dot in the domain. Councils use odd addresses
# (gcsx, pnn, nhs.net) and the aim is to catch typing slips, not to police RFC 5322.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# UK and international numbers as people write them: digits, spaces, +, brackets, dashes, "ext".
PHONE = re.compile(r"^\+?[0-9 ()\-]{6,25}( ?(ext|x)\.? ?[0-9]{1,6})?$", re.IGNORECASE)
# Control characters (Unicode category Cc) but tab, line feed and carriage return: no text of the
# partnership's has them, and PostgreSQL refuses NUL outright, so a store holding one cannot move.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_character(value: str) -> str | None:
    """The first control character in the text, named (NUL, or U+001B), or None if there is none."""
    found = CONTROL.search(value)
    if found is None:
        return None
    character = found.group()
    return "NUL" if character == "\x00" else f"U+{ord(character):04X}"


def required_text(value: str, what: str, max_length: int) -> str | None:
    """A required single line of text no longer than max_length."""
    if not value.strip():
        return f"Enter the {what}."
    return max_length_text(value, what, max_length)


def max_length_text(value: str, what: str, max_length: int) -> str | None:
    """Optional text no longer than max_length, without a NUL (which PostgreSQL cannot store)."""
    if "\x00" in value:
        return f"The {what} holds a NUL character, which cannot be stored; remove it."
    if len(value) > max_length:
        return f"The {what} is too long: at most {max_length} characters."
    return None


def email_address(value: str) -> str | None:
    """An optional email address."""
    if value.strip() and not EMAIL.match(value.strip()):
        return f"'{value}' is not an email address (name@example.gov.uk)."
    return max_length_text(value, "email address", 254)


def phone_number(value: str) -> str | None:
    """An optional phone number."""
    if value.strip() and not PHONE.match(value.strip()):
        return f"'{value}' is not a phone number (digits, spaces, + and brackets only)."
    return None


def collect(**checks: str | None) -> dict[str, str]:
    """The failed checks, keyed by field name."""
    return {name: reason for name, reason in checks.items() if reason}


MIN_PASSPHRASE = 8


def passphrase(value: str, repeated: str | None = None) -> str | None:
    """A new passphrase for an encrypted store: long enough, and typed the same twice."""
    if len(value) < MIN_PASSPHRASE:
        return f"The passphrase must have at least {MIN_PASSPHRASE} characters."
    if repeated is not None and repeated != value:
        return "The two passphrases are not the same."
    return None
