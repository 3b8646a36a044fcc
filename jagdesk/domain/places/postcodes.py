"""UK postcodes as people type them and as the ONS and Ordnance Survey write them."""

from __future__ import annotations

import re

# Outward code (area, district, sub-district letter) and inward code (sector, unit): "WD6 1AA",
# "EC1A 1BB", "M1 1AE"; the Girobank's "GIR 0AA" is the one that fits no rule.
_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?|GIR)([0-9][A-Z]{2})$")
_NOT_LETTER_OR_DIGIT = re.compile(r"[^A-Za-z0-9]")


def compact(text: str) -> str:
    """Letters and digits only, upper case: "wd6 1aa" and "WD6  1AA" are both "WD61AA"."""
    return _NOT_LETTER_OR_DIGIT.sub("", text or "").upper()


def normalise_postcode(text: str) -> str | None:
    """The postcode written as Royal Mail does ("wd61aa" -> "WD6 1AA"); None if it is not one."""
    found = _POSTCODE.match(compact(text))
    return f"{found.group(1)} {found.group(2)}" if found else None


def could_start_postcode(text: str) -> bool:
    """Whether what is typed could be the start of a postcode ("WD6 1", "wd61aa", "WD"): letters
    then a digit, or just one or two letters."""
    typed = compact(text)
    return bool(typed) and re.match(r"^[A-Z]{1,2}([0-9]|$)", typed) is not None
